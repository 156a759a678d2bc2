"""Start-up stays light: what `--version` and `--help` import, checked in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlmodel", "sqlalchemy", "pydantic", "questionary", "prompt_toolkit", "dateutil")

PROBE = """
import json, sys
from herstel.__main__ import main
try:
    main({args!r})
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(sys.modules)))
"""


def modules_after(args: list[str], home: Path) -> set[str]:
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return set(json.loads(done.stderr))


def test_version_imports_nothing_heavy(home: Path) -> None:
    loaded = modules_after(["--version"], home)
    assert not {m for m in loaded if m.split(".")[0] in (*HEAVY, "typer", "rich", "click")}
    assert "herstel.cli" not in loaded


def test_help_does_not_load_the_database_stack(home: Path) -> None:
    loaded = modules_after(["--help"], home)
    assert "typer" in loaded
    assert not {m for m in loaded if m.split(".")[0] in (*HEAVY, "rich")}


def test_python_dash_m_works(home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "herstel", "--version"], capture_output=True, text=True, check=True
    )
    from herstel import __version__

    assert done.stdout == f"herstel {__version__}\n"


def test_running_a_command_does_not_load_pydantic_for_its_options(home: Path) -> None:
    # Typer would validate every option with pydantic; herstel's options are text it parses.
    loaded = modules_after(["where"], home)
    assert not {m for m in loaded if m.split(".")[0] in ("pydantic", "sqlmodel", "sqlalchemy")}


def test_help_of_every_command_stays_light(home: Path) -> None:
    commands = (
        ["signal"],
        ["ladder", "add"],
        ["pattern"],
        ["bio"],
        ["exercise", "done"],
        ["show"],
        ["edit"],
        ["delete"],
        ["backup"],
        ["restore"],
        ["plan"],
        ["plan", "move"],
        ["prepare"],
        ["insights"],
        ["demo"],
        ["export"],
    )
    for command in commands:
        loaded = modules_after([*command, "--help"], home)
        assert not {m for m in loaded if m.split(".")[0] in (*HEAVY, "rich")}, command


ORM = ("sqlmodel", "sqlalchemy", "pydantic")


def orm_modules(loaded: set[str]) -> set[str]:
    """The database stack and herstel's table models, among the modules a command loaded."""
    return {
        m
        for m in loaded
        if m.split(".")[0] in ORM or m == "herstel.store.models" or m.endswith("_models")
    }


def test_the_daily_commands_load_no_orm(home: Path) -> None:
    # The daily commands go to the store on the standard library's sqlite3: SQLModel's import
    # alone would cost several times the rest of such a command.
    from conftest import INIT

    env = {**os.environ, "HERSTEL_HOME": str(home)}
    herstel = [sys.executable, "-m", "herstel"]
    subprocess.run([*herstel, *INIT], env=env, check=True)
    subprocess.run([*herstel, "exercise", "add", "Walk", "--per-week", "3"], env=env, check=True)
    subprocess.run([*herstel, "ladder", "add", "tight", "--colour", "orange"], env=env, check=True)
    daily = [
        ["checkin", "--energy", "5", "--sleep-hours", "7,5", "--giver", "walk"],
        ["checkin", "--energy", "6"],  # an update
        ["signal", "tight", "--type", "body", "--intensity", "3"],
        ["exercise", "done", "walk", "--minutes", "20"],
        ["ladder"],
        ["log", "--json"],
        ["log"],
        ["plan"],
        ["plan", "--json"],
        [],  # herstel alone
    ]
    for command in daily:
        assert orm_modules(modules_after(command, home)) == set(), command
    shown = subprocess.run(
        [*herstel, "log", "--json", "--last", "1"], env=env, check=True, capture_output=True
    )
    entry = json.loads(shown.stdout)[0]
    assert orm_modules(modules_after(["show", entry["id"][:8]], home)) == set()


def test_the_plan_loads_the_calendar_package_only_for_a_calendar(home: Path) -> None:
    from conftest import INIT

    env = {**os.environ, "HERSTEL_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "herstel", *INIT], env=env, check=True)
    assert "icalendar" not in modules_after(["plan", "--json"], home)
    assert "icalendar" not in modules_after(["prepare", "--json"], home)
    assert "icalendar" in modules_after(["plan", "--ics", str(home / "plan.ics")], home)


def two_check_ins(home: Path) -> None:
    """A trajectory with check-ins on the two days before today: enough for a chart."""
    from conftest import INIT

    env = {**os.environ, "HERSTEL_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "herstel", *INIT], env=env, check=True)
    for days in ("-2d", "-1d"):
        subprocess.run(
            [sys.executable, "-m", "herstel", "checkin", "--date", days, "--energy", "5"],
            env=env, check=True,
        )  # fmt: skip


def test_insights_loads_the_chart_library_only_to_draw(home: Path) -> None:
    two_check_ins(home)
    loaded = modules_after(["insights", "--json"], home)
    assert "plotext" not in loaded and "rich" not in loaded
    # No entry model is built: insights reads its entries in plain SQL.
    built = {"herstel.store.signal_models", "herstel.store.note_models",
             "herstel.store.exercise_models"} & loaded  # fmt: skip
    assert not built
    assert "plotext" in modules_after(["insights"], home)


def test_export_loads_age_only_to_encrypt(home: Path) -> None:
    from conftest import INIT

    env = {**os.environ, "HERSTEL_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "herstel", *INIT], env=env, check=True)
    assert "pyrage" not in modules_after(["export", "--plain", "-o", str(home / "e.json")], home)
    assert "pyrage" not in modules_after(["export", "--preview"], home)


def test_only_the_html_report_loads_matplotlib(home: Path) -> None:
    two_check_ins(home)
    for args in (["prepare"], ["prepare", "--json"], ["insights"], ["insights", "--json"]):
        loaded = modules_after(args, home)
        assert "matplotlib" not in loaded and "herstel.cli.report" not in loaded, args
    assert "matplotlib" in modules_after(["prepare", "--html", str(home / "r.html")], home)
