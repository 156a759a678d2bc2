"""Every test runs on a throwaway home, in English, with no locale or colour settings leaking in."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from herstel import i18n
from herstel.cli import run
from herstel.cli.runtime import set_runtime
from herstel.core.clock import PIN_VARIABLE, SINCE_VARIABLE, clock_from
from herstel.ui import prompts

# Where PYTHONDONTWRITEBYTECODE is set (some CI machines set it), every `python -m herstel` a
# test starts would compile herstel from source again: a third of a short command's time.
# The tests write their bytecode instead, outside the tree.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    _PYCACHE = str(Path(tempfile.gettempdir()) / f"herstel-tests-pycache-{os.getuid()}")
    os.environ["PYTHONPYCACHEPREFIX"] = _PYCACHE
    sys.pycache_prefix = _PYCACHE
    sys.dont_write_bytecode = False

# The moment every test runs at: herstel reads it from HERSTEL_TODAY, never from the machine's
# clock, so the suite gives the same answer on any day and across midnight. To run it on another
# day: HERSTEL_TEST_TODAY=2028-02-29 pytest (noon), or HERSTEL_TEST_TODAY=2027-03-31T23:59.
_PIN = os.environ.get("HERSTEL_TEST_TODAY", "2026-12-03T20:00")
NOW: datetime = clock_from({PIN_VARIABLE: _PIN}).now
NOW_UTC: datetime = NOW.astimezone(UTC)  # the pinned moment, as the store functions take it
TODAY: date = NOW.date()


LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "HERSTEL_LANG", "NO_COLOR", "HERSTEL_DEBUG")
# pytest-xdist's workers have COLUMNS=80 and LINES=24 set: a terminal's own size must speak.
SIZE_VARS = ("COLUMNS", "LINES")


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """pyproject.toml's addopts ask pytest-xdist for --numprocesses; run without xdist
    (`-p no:xdist`), the option is taken here and means nothing: one process runs everything."""
    if not pluginmanager.has_plugin("xdist"):
        parser.addoption("--numprocesses", help="(pytest-xdist is not loaded: ignored)")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HERSTEL_HOME points at a fresh folder (not yet created) for each test."""
    path = tmp_path / "home"
    monkeypatch.setenv("HERSTEL_HOME", str(path))
    monkeypatch.setenv(PIN_VARIABLE, NOW.isoformat(timespec="seconds"))
    # Record timestamps run on from NOW at the clock's pace from the test's start, in every
    # herstel the test runs or starts: in order, and on the pinned day.
    monkeypatch.setenv(SINCE_VARIABLE, str(time.time()))
    for var in (*LOCALE_VARS, *SIZE_VARS):
        monkeypatch.delenv(var, raising=False)
    yield path
    prompts.script(None)
    i18n.set_language("en")
    set_runtime(None)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


Invoke = Callable[..., Result]


def strip_ids(text: str) -> str:
    """The log as plain text without the short ids that end each heading."""
    return re.sub(r"  id [0-9a-f-]{6,36}$", "", text, flags=re.MULTILINE)


def refused(result: Result, code: int) -> str:
    """The one line on stderr of a refused command (and nothing on stdout)."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.endswith("\n")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr.rstrip("\n")


def invoke(
    *args: str,
    answers: list[object] | None = None,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
) -> Result:
    """Run herstel in-process through Typer's CliRunner isolation; stdout and stderr apart."""
    runner = CliRunner()
    prompts.script(answers)
    with runner.isolation(input=stdin, env=env) as (out, err, _):
        code = run(list(args))
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    if answers is not None:
        assert prompts._script == [], f"answers left over: {prompts._script}"
        prompts.script(None)
    return Result(code, stdout, stderr)


@pytest.fixture
def cli() -> Invoke:
    """`invoke`, for the test's own home."""
    return invoke


def snapshot(path: Path) -> str:
    """A fingerprint of every byte of the store and of its WAL (an empty WAL is no WAL)."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    digest.update(b"|" + (wal.read_bytes() if wal.exists() else b""))
    return digest.hexdigest()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


AFTER_TEN = (
    "A lighter rhythm from here, if it suits you: a short kompas check once a month (herstel"
    " kompas check), a reminder weekly or monthly (herstel remind on --every month). Your"
    " journal simply goes on."
)


def after_ten_lines(first: date = date(2027, 1, 4)) -> list[str]:
    """The line `herstel` alone adds under the next session's once the ten are behind (a
    suite run on a later day: HERSTEL_TEST_TODAY)."""
    return [AFTER_TEN] if next_session_line(first).startswith("Your trajectory is") else []


def next_session_line(first: date = date(2027, 1, 4)) -> str:
    """What `plan` and the overview say of the next session of a trajectory started with
    `first` (5 sessions in phase 1, every 3 weeks after), as seen today."""
    from herstel.core.schedule import lay_out
    from herstel.i18n import format_day

    today = TODAY
    coming = [
        (n, d)
        for n, d in enumerate(lay_out(first, phase1_sessions=5, phase2_weeks=3), 1)
        if d >= today
    ]
    if not coming:
        return (
            "Your trajectory is complete: all sessions are behind you. Your kompas to keep: "
            "herstel kompas"
        )
    number, day = coming[0]
    days = (day - today).days
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    return f"Next: session {number} of 10, {format_day(day)}, {when}."


INIT = ("init", "--name", "Anna", "--coach", "Marieke", "--first-session", "2027-01-04")


@pytest.fixture
def started(cli: Invoke, home: Path) -> Path:
    """A home with a trajectory; returns the store's path."""
    result = cli(*INIT)
    assert result.exit_code == 0, result.stderr
    return home / "herstel.db"
