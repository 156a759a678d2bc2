"""The generated CLI reference is current, every command has help, and the docs pages exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from herstel.cli.docs import _walk, generate

ROOT = Path(__file__).parent.parent


def test_cli_reference_is_current() -> None:
    on_disk = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert on_disk == generate(), "docs/cli.md is stale: run python -m herstel.cli.docs"


def test_every_command_and_option_has_help() -> None:
    from typer._click import Context

    from herstel.cli.app import build_app

    root = build_app()
    for command, ctx in _walk(root, Context(root, info_name="herstel")):
        assert command.help, ctx.command_path
        for param in command.get_params(ctx):
            assert param.help or param.name == "help", (ctx.command_path, param.name)


def test_reference_pages_exist() -> None:
    for page in ("cli.md", "home.md", "exit-codes.md", "json-output.md", "performance.md"):
        assert (ROOT / "docs" / page).is_file(), page


def test_readme_names_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install ." in readme
    assert "pytest" in readme
    assert "not a medical device" in readme


def test_every_command_has_an_area() -> None:
    from typer._click import Context

    from herstel.cli.app import AREAS, build_app

    root = build_app()
    assert set(root.list_commands(Context(root))) == set(AREAS)
    for name in AREAS:  # building one area gives that command
        only = build_app([name, "--help"])
        assert name in only.list_commands(Context(only))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_root_help_stand_ins_say_what_the_commands_say(language: str) -> None:
    """The root help lists stand-ins rather than building every command (build_app): their
    names, order and help are the real commands', so the screen is the same either way."""
    from typer._click import Context

    from herstel.cli.app import build_app
    from herstel.cli.help import ListedCommand, render_help
    from herstel.i18n import set_language

    set_language(language)  # the home fixture sets English back
    built, listed = build_app(), build_app(["--help"])
    assert all(
        isinstance(listed.get_command(Context(listed), name), ListedCommand)
        for name in listed.list_commands(Context(listed))
    )
    screens = [render_help(Context(root, info_name="herstel"), root) for root in (built, listed)]
    assert screens[0] == screens[1]
    assert "checkin" in screens[1] and "coach" in screens[1]


def test_local_links_and_pictures_point_at_files() -> None:
    import re

    pages = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), ROOT / "docs/images/README.md"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), (page.name, target)
    picture = ROOT / "docs" / "images" / "insights.png"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
