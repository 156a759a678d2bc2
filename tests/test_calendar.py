"""`herstel plan --ics FILE`: parsed back with icalendar, event by event; stable UIDs across a
move; all-day and timed events; cancelled sessions; a private file."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from conftest import TODAY, Invoke, refused, rows


def read(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")


def test_every_session_becomes_an_event(
    cli: Invoke, home: Path, tmp_path: Path, amsterdam: None
) -> None:
    cli("init", "--name", "Anna", "--coach", "Marieke", "--first-session", "2027-01-04",
        "--time", "10:00")  # fmt: skip
    assert cli("plan", "move", "2", "--time", "").exit_code == 0  # session 2 has no time
    target = tmp_path / "sessions.ics"
    result = cli("plan", "--ics", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        f"Wrote the sessions to {target}. Importing it again later updates them.\n"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = read(target)
    ids = [r[0] for r in rows(home / "herstel.db", "SELECT id FROM session ORDER BY number")]
    assert [str(e["uid"]) for e in events] == [f"{i}@herstel.invalid" for i in ids]
    assert [str(e["summary"]) for e in events] == [
        f"Coaching session {n} of 10 with Marieke" for n in range(1, 11)
    ]
    first = events[0]
    start = first.decoded("dtstart")
    assert start == datetime(2027, 1, 4, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert first["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert first.decoded("dtend") - start == timedelta(minutes=60)
    # Sessions without a time are all-day events.
    second = events[1]
    assert second.decoded("dtstart") == date(2027, 1, 18)
    assert second.decoded("dtend") == date(2027, 1, 19)
    assert not isinstance(second.decoded("dtstart"), datetime)
    # The others start at the first session's time, on their own days.
    from herstel.core.schedule import lay_out

    days = lay_out(date(2027, 1, 4), phase1_sessions=5, phase2_weeks=3)
    amsterdam = ZoneInfo("Europe/Amsterdam")
    for event, day in list(zip(events, days, strict=True))[2:]:
        start = event.decoded("dtstart")
        assert start == datetime(day.year, day.month, day.day, 10, 0, tzinfo=amsterdam)
        assert event.decoded("dtend") == start + timedelta(minutes=60)
    assert {str(e["status"]) for e in events} == {"CONFIRMED"}
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_uids_survive_a_move_and_cancelled_sessions_say_so(
    cli: Invoke, home: Path, tmp_path: Path, amsterdam: None
) -> None:
    cli("init", "--name", "Anna", "--first-session", "+3d")
    target = tmp_path / "plan.ics"
    cli("plan", "--ics", str(target))
    before = read(target)
    assert cli("plan", "move", "2", "--to", (TODAY + timedelta(days=20)).isoformat(),
               "--time", "16:15").exit_code == 0  # fmt: skip
    assert cli("plan", "cancel", "3", "--reason", "holiday").exit_code == 0
    assert cli("plan", "--ics", str(target)).exit_code == 0  # overwrites: the same file again
    after = read(target)
    assert [e["uid"] for e in after] == [e["uid"] for e in before]
    moved = after[1]
    later = TODAY + timedelta(days=20)
    assert moved.decoded("dtstart") == datetime(
        later.year, later.month, later.day, 16, 15, tzinfo=ZoneInfo("Europe/Amsterdam")
    )
    assert int(moved["sequence"]) > int(before[1]["sequence"])
    assert str(after[2]["status"]) == "CANCELLED"
    assert int(after[3]["sequence"]) == int(before[3]["sequence"])  # unchanged: same sequence
    # Summaries name no coach when there is none, and notes and reasons stay out.
    assert str(after[0]["summary"]) == "Coaching session 1 of 10"
    assert "holiday" not in target.read_text()


def test_timed_events_without_a_known_zone_are_written_in_utc(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from herstel.cli import calendar

    monkeypatch.setattr(calendar, "local_zone", lambda: None)
    cli("init", "--name", "Anna", "--first-session", "2027-01-04", "--time", "10:00")
    target = tmp_path / "utc.ics"
    cli("plan", "--ics", str(target))
    start = read(target)[0].decoded("dtstart")
    assert start.utcoffset() == timedelta(0)
    assert start == datetime(2027, 1, 4, 10, 0).astimezone()


def test_a_tz_rule_without_a_name_is_written_in_utc(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    try:
        cli("init", "--name", "Anna", "--first-session", "2027-01-04", "--time", "14:30")
        target = tmp_path / "rule.ics"
        assert cli("plan", "--ics", str(target)).exit_code == 0
        events = read(target)
        winter, summer = events[0].decoded("dtstart"), events[9].decoded("dtstart")
        assert winter == datetime(2027, 1, 4, 13, 30, tzinfo=UTC)  # 14:30 CET
        assert summer == datetime(2027, 6, 14, 12, 30, tzinfo=UTC)  # 14:30 CEST
        assert b"TZID" not in target.read_bytes()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_dutch_summaries_and_stdout(cli: Invoke) -> None:
    cli("--lang", "nl", "init", "--name", "Anna", "--coach", "Marieke", "--first-session",
        "2027-01-04")  # fmt: skip
    result = cli("plan", "--ics", "-")
    assert result.exit_code == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(result.stdout)
    events = list(calendar.walk("VEVENT"))
    assert str(events[3]["summary"]) == "Coachingsessie 4 van 10 met Marieke"


def test_bad_targets(cli: Invoke, started: Path, tmp_path: Path) -> None:
    assert refused(cli("plan", "--ics", str(tmp_path)), 1) == (
        f"{tmp_path} is a folder; give a file name."
    )
    missing = tmp_path / "nowhere" / "plan.ics"
    assert refused(cli("plan", "--ics", str(missing)), 1) == (
        f"The folder {missing.parent} doesn't exist."
    )
