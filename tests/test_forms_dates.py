"""A mistyped date is not taken silently: an entry dated well before the trajectory began, or
more than four weeks back, is confirmed on a terminal (no: nothing is saved) and noted off one
(saved, one line on stderr)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import Invoke
from test_interactive import finish, init_home, spawn


def checkins(home: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute("SELECT day, energy FROM checkin ORDER BY day").fetchall()
    finally:
        conn.close()


def test_off_a_terminal_a_day_long_ago_is_saved_with_a_note(cli: Invoke, started: Path) -> None:
    result = cli("checkin", "--date", "2025-01-01", "--energy", "5")
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Saved on Wednesday 1 January 2025, which is before your")
    dutch = cli("--lang", "nl", "signal", "moe", "--type", "body", "--at", "1-1-2025")
    assert dutch.exit_code == 0
    assert "Bewaard op woensdag 1 januari 2025, dat is voordat je traject begon" in dutch.stderr


def test_the_days_just_before_and_the_last_four_weeks_pass_quietly(
    cli: Invoke, started: Path
) -> None:
    for day in ("yesterday", "-7d"):
        result = cli("checkin", "--date", day, "--energy", "5")
        assert result.exit_code == 0 and result.stderr == "", result.stderr


def test_on_a_terminal_it_is_asked_and_no_saves_nothing(home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin", "--date", "2025-01-01", "--energy", "5")
    child.expect("Wednesday 1 January 2025 is before your trajectory began")
    child.send("\r")  # no, the default
    child.expect("Nothing was saved; give the day again with --date or --at")
    assert finish(child) == 1
    assert checkins(home) == []
    child = spawn(home, "checkin", "--date", "2025-01-01", "--energy", "5")
    child.expect("Save it on that day")
    child.send("\x1b[B\r")  # yes, that day
    child.expect("Saved your check-in")
    assert finish(child) == 0
    assert checkins(home) == [("2025-01-01", 5)]


def test_in_dutch_on_a_terminal_too(home: Path) -> None:
    init_home(home)
    child = spawn(home, "signal", "moe", "--type", "body", "--at", "1-1-2025", lang="nl")
    child.expect("Op die dag bewaren")
    child.send("\r")
    child.expect("Er is niets bewaard")
    assert finish(child) == 1
