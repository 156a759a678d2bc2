"""What the first review found: global options in any order, homes that cannot be used, output
that must stay ASCII, pipes that close, and failing commands that must leave no trace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import INIT, NOW_UTC, Invoke
from herstel.__main__ import asks_version
from herstel.store import db


def herstel(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "HERSTEL_HOME": str(home), **env}
    return subprocess.run(
        [sys.executable, "-m", "herstel", *args], env=full_env, capture_output=True, check=False
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--version"], True),
        (["--home", "x", "--version"], True),
        (["--lang", "nl", "--version"], True),
        (["--home=x", "--version"], True),
        (["where", "--version"], False),
        (["--home", "--version"], False),  # --version is the value of --home here
        ([], False),
    ],
)
def test_version_is_a_global_option_in_any_order(args: list[str], expected: bool) -> None:
    assert asks_version(args) is expected


def test_version_after_other_global_options_touches_nothing(home: Path) -> None:
    done = herstel("--lang", "nl", "--home", str(home), "--version", home=home)
    assert done.returncode == 0
    assert done.stdout.startswith(b"herstel ")
    assert not home.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("config",),
        ("config", "set", "name", "B"),
        ("checkin", "--energy", "5"),
        ("log",),
        ("init", "--name", "A"),
        ("init", "--first-session", "bla"),
        ("init", "--name", "A", "--first-session", "2027-01-04", "--focus", "x"),
    ],
)
def test_a_failing_command_leaves_an_empty_home_empty(
    cli: Invoke, home: Path, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.exit_code in (1, 2)
    assert not home.exists()


def test_a_home_that_is_a_file(cli: Invoke, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = cli("--home", str(blocker), *INIT)
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Can't use {blocker} as the herstel folder (is it a file, or not yours?).\n"
    )
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_help_and_errors_on_a_terminal_that_is_not_utf8(home: Path, encoding: str) -> None:
    done = herstel("--lang", "nl", "--help", home=home, PYTHONIOENCODING=encoding)
    assert done.returncode == 0
    text = done.stdout.decode(encoding)
    # What the encoding can carry is kept; in ASCII the accents are folded away.
    assert ("privedagboek" if encoding == "ascii" else "privédagboek") in text
    done = herstel("--lang", "nl", "where", home=home, PYTHONIOENCODING=encoding)
    assert done.returncode == 0
    assert "reservekopie" in done.stdout.decode(encoding)


def test_a_closed_pipe_is_no_error(home: Path) -> None:
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "herstel", "--help"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader goes away before herstel writes
    _, err = process.communicate(timeout=30)
    assert process.returncode in (0, 1)
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


def test_log_into_a_closed_pipe_exits_0(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    for offset in range(1, 40):
        cli("checkin", "--date", f"-{offset}d", "--energy", "5", "--note", "x" * 200)
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    for args in (["log"], ["log", "--json"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "herstel", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, (args, err)
        assert err == b""


def test_flag_with_a_value_and_missing_argument_are_named(cli: Invoke) -> None:
    assert cli("where", "--json=1").stderr == "--json takes no value; just write --json.\n"
    result = cli("--lang", "nl", "config", "set", "name")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "'herstel config set' heeft WAARDE nodig; zie 'herstel config set --help'.\n"
    )


def test_errors_never_replay_control_characters(cli: Invoke) -> None:
    result = cli("\x1b[31mred")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "?[31mred" in result.stderr


def test_lang_still_wins_after_the_stored_language_changes(cli: Invoke, home: Path) -> None:
    result = cli("--lang", "en", *INIT, "--language", "nl")
    assert "Your trajectory has started" in result.stdout
    result = cli("config", "set", "language", "en", env={"HERSTEL_LANG": "nl"})
    assert result.stdout.startswith("taal (language):")
    assert "Settings" in cli("config").stdout


def test_backups_are_pruned_by_version_and_time(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    db.migrate(path, backups=tmp_path / "unused", now=NOW_UTC)
    for version in (8, 9, 10, 11):
        db.backup(path, tmp_path / "backups", version=version, now=NOW_UTC)
    kept = sorted(p.name.split("-")[1] for p in (tmp_path / "backups").iterdir())
    assert kept == ["v0009", "v0010", "v0011"]
