"""A form stopped with Ctrl-C or Ctrl-D keeps what was typed as a draft (0600, in the home's
drafts folder, never exported); the next run of that command offers to go on with it, and a
draft can be dropped. On a real terminal, in both languages."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pexpect

from conftest import Invoke
from test_interactive import finish, init_home, spawn


def rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def draft(home: Path, kind: str) -> dict[str, object]:
    path = home / "drafts" / f"{kind}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    found: dict[str, object] = json.loads(path.read_text())
    return found


def test_a_stopped_signal_is_kept_and_offered_again(home: Path) -> None:
    init_home(home)
    child = spawn(home, "signal", "headache")
    child.expect("body")
    child.send("\r")
    child.expect("Where")
    child.send("behind the eyes\r")
    child.expect("How strong")
    child.sendintr()
    child.expect("What you typed is kept: the next herstel signal offers to go on with it")
    assert finish(child) == 1
    assert rows(home, "SELECT * FROM signal") == []
    kept = draft(home, "signal")
    assert kept["values"] == {"what": "headache", "type": "body", "location": "behind the eyes"}
    child = spawn(home, "signal", "headache")
    child.expect("You started noting a signal")
    child.send("\r")  # go on
    child.expect("How strong")  # the answers given before are not asked again
    child.send("3\r")
    for question in ("limit", "feel right", "going on", "do with it"):
        child.expect(question)
        child.send("\r")
    child.expect("Noted: headache")
    assert finish(child) == 0
    assert rows(home, "SELECT what, location, intensity FROM signal") == [
        ("headache", "behind the eyes", 3)
    ]
    assert not (home / "drafts" / "signal.json").exists()


def test_a_checkin_stopped_with_ctrl_d_goes_on_in_dutch(home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin", lang="nl")
    child.expect("energie")
    child.send("6\r")
    child.expect("uur")
    child.send("7:30\r")
    child.expect("Hoe goed")
    child.sendcontrol("d")
    child.expect("Wat je typte is bewaard")
    assert finish(child) == 1
    assert rows(home, "SELECT * FROM checkin") == []
    assert draft(home, "checkin")["values"] == {"energy": 6, "sleep_hours": 7.5}
    child = spawn(home, "checkin", lang="nl")
    child.expect("Je was begonnen aan een check-in")
    child.send("\r")
    child.expect("Hoe goed")  # sleep quality: where it stopped
    child.send("4\r")
    for _ in range(8):
        child.expect(r"\?")
        child.send("\r")
    child.expect("bewaard")
    assert finish(child) == 0
    assert rows(home, "SELECT energy, sleep_hours, sleep_quality FROM checkin") == [(6, 7.5, 4)]
    assert not (home / "drafts" / "checkin.json").exists()


def test_a_draft_can_be_dropped(home: Path) -> None:
    init_home(home)
    child = spawn(home, "pattern")
    child.expect("What was the situation")
    child.send("A long story about the week, typed with care\r")
    child.expect("What did you do")
    child.sendintr()
    assert finish(child) == 1
    assert draft(home, "pattern")["values"] == {
        "situation": "A long story about the week, typed with care"
    }
    child = spawn(home, "pattern")
    child.expect("You started a pattern note")
    child.send("\x1b[B\r")  # down: start again
    child.expect("What you typed then is dropped")
    child.expect("What was the situation")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert not (home / "drafts" / "pattern.json").exists()  # nothing typed: nothing kept


def test_off_a_terminal_a_draft_is_neither_offered_nor_taken(cli: Invoke, home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin")
    child.expect("energy")
    child.send("2\r")
    child.expect("hours")
    child.sendintr()
    assert finish(child) == 1
    result = cli("checkin", "--energy", "5")
    assert result.exit_code == 0, result.stderr
    assert rows(home, "SELECT energy FROM checkin") == [(5,)]
    # Saved: that day's check-in is there, so its draft is gone too.
    assert not (home / "drafts" / "checkin.json").exists()
    assert "drafts" not in json.dumps(cli("export", "--plain", "-o", "-").stdout)
