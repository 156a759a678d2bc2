"""The clock: the real one, or the day HERSTEL_TODAY pins, read once per run."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import INIT, NOW, Invoke, refused, rows
from herstel.core.clock import PIN_VARIABLE, SINCE_VARIABLE, clock_from


def test_without_a_pin_the_real_clock() -> None:
    real = datetime(2027, 3, 31, 23, 59, 30)
    assert clock_from({}, real_now=real).now == real
    assert clock_from({PIN_VARIABLE: "  "}, real_now=real).today == date(2027, 3, 31)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_a_pinned_day_is_that_day_at_noon(day: date) -> None:
    clock = clock_from({PIN_VARIABLE: day.isoformat()})
    assert clock.today == day
    assert clock.now == datetime(day.year, day.month, day.day, 12, 0)


def test_a_pinned_moment_is_that_moment() -> None:
    clock = clock_from({PIN_VARIABLE: "2028-02-29T23:59"})
    assert clock.now == datetime(2028, 2, 29, 23, 59)


@pytest.mark.parametrize("pin", ["tomorrow", "2027-02-30", "31-3-2027", "2027-03-31T25:00"])
def test_a_pin_that_is_no_day_is_a_usage_error(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch, pin: str
) -> None:
    monkeypatch.setenv(PIN_VARIABLE, pin)
    message = refused(cli("where"), 2)
    assert message.startswith(f"HERSTEL_TODAY='{pin}' isn't a day")


def test_the_pinned_day_is_the_day_of_every_entry(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_VARIABLE, "2028-02-29T21:15")
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "6").exit_code == 0
    assert cli("signal", "tired", "--type", "body").exit_code == 0
    monkeypatch.setenv(PIN_VARIABLE, "2028-03-01T08:00")
    assert cli("checkin", "--energy", "4").exit_code == 0
    entries = cli("log", "--json").stdout
    assert '"day": "2028-02-29"' in entries
    assert '"day": "2028-03-01"' in entries
    assert '"time": "21:15"' in entries


def test_a_pinned_clock_without_since_keeps_timestamps_in_order_on_the_pinned_day() -> None:
    first = clock_from({PIN_VARIABLE: "2028-02-29T10:00"}).utc_now()
    second = clock_from({PIN_VARIABLE: "2028-02-29T10:00"}).utc_now()
    assert first < second  # two runs, one after the other
    assert first.astimezone().date() == date(2028, 2, 29)


def test_a_pinned_clock_with_since_runs_on_from_the_pinned_moment() -> None:
    import time

    clock = clock_from({PIN_VARIABLE: "2027-03-31T23:59", SINCE_VARIABLE: str(time.time() - 30)})
    stamp = clock.utc_now().astimezone().replace(tzinfo=None)
    assert datetime(2027, 3, 31, 23, 59, 30) <= stamp < datetime(2027, 3, 31, 23, 59, 40)


def test_a_since_still_ahead_stamps_the_moments_before_the_pinned_one() -> None:
    import time

    clock = clock_from({PIN_VARIABLE: "2027-03-31T12:00", SINCE_VARIABLE: str(time.time() + 600)})
    stamp = clock.utc_now().astimezone().replace(tzinfo=None)
    assert datetime(2027, 3, 31, 11, 49, 50) <= stamp < datetime(2027, 3, 31, 11, 50, 10)


def test_an_update_is_never_older_than_what_it_replaces(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "5").exit_code == 0
    # The clock set back an hour: the update still comes after the check-in it changes.
    # (Within the day: in the hour after midnight, back to midnight itself.)
    back = NOW.replace(hour=NOW.hour - 1) if NOW.hour else NOW.replace(minute=0, second=0)
    monkeypatch.setenv(PIN_VARIABLE, back.isoformat())
    assert cli("checkin", "--energy", "7").exit_code == 0
    [(created, updated)] = rows(home / "herstel.db", "SELECT created_at, updated_at FROM checkin")
    assert str(updated) > str(created)


# --- a time zone Python cannot use (issue 19) ---------------------------------------------------

# Each command in turn, in one process, as if started in `zone`: TZ set and read anew before it.
_IN_ZONE = """
import io, json, os, sys, time
from herstel.cli import run
zone, commands = sys.argv[1], json.loads(sys.argv[2])
said = []
for command in commands:
    os.environ["TZ"] = zone
    time.tzset()
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        code = run(command)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    said.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(said))
"""

ZONE_NOTE = (
    "The time zone in TZ is a day or more from UTC, which can't be right; herstel uses UTC for "
    "this run.\n"
)


@pytest.mark.parametrize("zone", ["UTC+24", "UTC-24", "XXX-23YYY-25,M3.5.0,M10.5.0"])
def test_a_time_zone_a_day_from_utc_is_kept_in_utc(cli: Invoke, home: Path, zone: str) -> None:
    """POSIX lets TZ say what Python's datetime cannot hold (`astimezone()` raises a ValueError
    there): every command runs in UTC instead, and says so once."""
    import json
    import os
    import subprocess
    import sys

    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "5", "--date", "yesterday").exit_code == 0
    calendar = home.parent / "sessions.ics"
    commands = [
        ["checkin", "--energy", "6"],
        ["signal", "tight jaw", "--type", "body"],
        ["log"],
        ["insights"],
        ["plan", "--ics", str(calendar)],
        ["export", "--plain", "-o", str(home.parent / "export.json")],
    ]
    done = subprocess.run(
        [sys.executable, "-c", _IN_ZONE, zone, json.dumps(commands)],
        env={**os.environ, "TZ": zone},
        capture_output=True,
        check=True,
    )
    for command, (code, out, err) in zip(commands, json.loads(done.stdout), strict=True):
        assert (code, err) == (0, ZONE_NOTE), (command, err)
        assert out
    assert "DTSTART" in calendar.read_text()
    assert [
        day for (day,) in rows(home / "herstel.db", "SELECT day FROM checkin ORDER BY day")
    ] == [
        (NOW.date() - timedelta(days=1)).isoformat(),  # on the 1st too
        NOW.date().isoformat(),
    ]


@pytest.mark.parametrize("zone", ["UTC+23:59", "Europe/Amsterdam", "Pacific/Kiritimati"])
def test_a_time_zone_python_can_use_is_used_without_a_word(cli: Invoke, zone: str) -> None:
    import json
    import os
    import subprocess
    import sys

    assert cli(*INIT).exit_code == 0
    done = subprocess.run(
        [sys.executable, "-c", _IN_ZONE, zone, json.dumps([["checkin", "--energy", "6"]])],
        env={**os.environ, "TZ": zone},
        capture_output=True,
        check=True,
    )
    [(code, _out, err)] = json.loads(done.stdout)
    assert (code, err) == (0, "")
