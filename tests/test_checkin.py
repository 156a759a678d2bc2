"""`herstel checkin` and `herstel log` through the CLI, on a throwaway home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import TODAY, Invoke, rows, snapshot, strip_ids
from herstel.core.checkin import round_quarter
from herstel.core.sparkline import energy_sparkline


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def stored(store: Path) -> list[tuple[object, ...]]:
    return rows(
        store,
        "SELECT day, energy, sleep_hours, sleep_quality, food, movement, relaxation, structure,"
        " givers, drainers, note, private FROM checkin ORDER BY day",
    )


def test_three_days_then_an_update_leaves_three_merged_rows(cli: Invoke, started: Path) -> None:
    for offset, energy in ((-2, 4), (-1, 5), (0, 6)):
        result = cli(
            "checkin",
            "--date",
            day(offset),
            "--energy",
            str(energy),
            "--food",
            "3",
            "--giver",
            "walk",
        )
        assert result.exit_code == 0, result.stderr
    result = cli(
        "checkin",
        "--date",
        "yesterday",
        "--energy",
        "7",
        "--sleep-hours",
        "7,5",
        "--drainer",
        "meetings",
        "--giver",
        "music",
        "--giver",
        "tea",
    )
    assert result.exit_code == 0, result.stderr
    assert "energy 5 -> 7" in result.stdout
    assert "sleep 7 h 30 min;" in result.stdout  # hours said back as people say them
    assert stored(started) == [
        (day(-2), 4, None, None, 3, None, None, None, '["walk"]', None, None, 0),
        (day(-1), 7, 7.5, None, 3, None, None, None, '["music", "tea"]', '["meetings"]', None, 0),
        (day(0), 6, None, None, 3, None, None, None, '["walk"]', None, None, 0),
    ]


def test_every_field_is_stored(cli: Invoke, started: Path) -> None:
    result = cli(
        "checkin",
        "--energy",
        "3",
        "--sleep-hours",
        "6.1",
        "--sleep-quality",
        "2",
        "--food",
        "4",
        "--movement",
        "30",
        "--relaxation",
        "20",
        "--structure",
        "5",
        "--giver",
        "garden",
        "--drainer",
        "noise, email",
        "--note",
        "tired\n\tbut ok",
        "--private",
    )
    assert result.exit_code == 0, result.stderr
    assert "Sleep is kept as 6 h, to the quarter hour (you typed 6.1)." in result.stdout
    assert stored(started) == [
        (day(0), 3, 6.0, 2, 4, 30, 20, 5, '["garden"]', '["noise", "email"]', "tired\n\tbut ok", 1)
    ]
    ((created, updated, trajectory_id),) = rows(
        started, "SELECT created_at, updated_at, trajectory_id FROM checkin"
    )
    assert created == updated and str(created).endswith("+00:00")
    assert rows(started, "SELECT id FROM trajectory") == [(trajectory_id,)]


def test_update_keeps_what_is_not_given(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--energy", "5", "--note", "first", "--giver", "a").exit_code == 0
    result = cli("checkin", "--structure", "2")
    assert result.exit_code == 0, result.stderr
    assert "day structure 2" in result.stdout
    assert stored(started)[0][1:] == (5, None, None, None, None, None, 2, '["a"]', None, "first", 0)
    result = cli("checkin", "--structure", "2")
    assert "Nothing new" in result.stdout
    result = cli("checkin", "--not-private", "--note", "second")
    assert "note changed" in result.stdout
    assert "second" not in result.stdout  # what changed is named, not repeated


def test_the_very_first_checkin_has_no_sparkline_yet(cli: Invoke, started: Path) -> None:
    first = cli("checkin", "--energy", "4").stdout
    assert first == "Saved your check-in for today. Thank you for taking a moment.\n"
    assert "Energy" not in cli().stdout  # one day is no line yet


def test_saved_line_and_sparkline(cli: Invoke, started: Path) -> None:
    result = cli("checkin", "--date", "-3d", "--energy", "2")
    # Days before the first check-in are not missed days: the line starts at the first one.
    assert result.stdout.splitlines()[1].endswith(": [,...]")
    result = cli("checkin", "--energy", "10")
    lines = result.stdout.splitlines()
    assert lines[0] == "Saved your check-in for today. Thank you for taking a moment."
    assert lines[1].startswith("Energy since ")
    assert lines[1].endswith(": [,..#]")
    cli("checkin", "--date", "-20d", "--energy", "0")
    lines = cli("checkin", "--energy", "9").stdout.splitlines()
    assert lines[1] == "Energy, last 14 days: [..........,..*]"
    assert "\x1b[" not in result.stdout


def test_dutch_words_and_decimal_comma(cli: Invoke, started: Path) -> None:
    result = cli(
        "--lang", "nl", "checkin", "--date", "eergisteren", "--energy", "4", "--sleep-hours", "7,5"
    )
    assert result.exit_code == 0, result.stderr
    assert "is bewaard" in result.stdout
    result = cli(
        "--lang",
        "nl",
        "checkin",
        "--date",
        (TODAY - timedelta(days=5)).strftime("%-d-%-m-%Y"),
        "--energy",
        "6",
    )
    assert result.exit_code == 0, result.stderr
    assert [r[:3] for r in stored(started)] == [(day(-5), 6, None), (day(-2), 4, 7.5)]


BAD = [
    (("--energy", "11"), "--energy goes from 0 to 10"),
    (("--energy", "-1"), "--energy goes from 0 to 10"),
    (("--energy", "abc"), "whole number"),
    (("--energy", "5", "--sleep-hours", "25"), "--sleep-hours goes from 0 to 24"),
    (("--energy", "5", "--sleep-hours", "lang"), "needs a number"),
    (("--energy", "5", "--sleep-quality", "0"), "--sleep-quality goes from 1 to 5"),
    (("--energy", "5", "--food", "6"), "--food goes from 1 to 5"),
    (("--energy", "5", "--structure", "0"), "--structure goes from 1 to 5"),
    (("--energy", "5", "--movement", "1441"), "--movement goes from 0 to 1440"),
    (("--energy", "5", "--relaxation", "-5"), "--relaxation goes from 0 to 1440"),
    (("--energy", "5", "--date", "tomorrow"), "lies in the future"),
    (("--energy", "5", "--date", "2026-02-30"), "isn't a day on the calendar"),
    (("--energy", "5", "--date", "someday"), "isn't a date"),
    (("--energy", "5", "--note", "bell\x07"), "control characters"),
    (("--energy", "5", "--giver", "x" * 61), "60 characters"),
    (("--energy",), "needs a value"),
    (("--energie", "5"), "has no option --energie"),
    ((), "needs your energy"),
    (("--date", "yesterday"), "needs your energy"),
    (("--sleep-hours", "7"), "needs your energy"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_is_exit_2_one_line_and_changes_nothing(
    cli: Invoke, started: Path, args: tuple[str, ...], message: str
) -> None:
    cli("checkin", "--date", "-1d", "--energy", "5")
    before = snapshot(started)
    result = cli("checkin", *args)
    assert result.exit_code == 2, result
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert snapshot(started) == before


def test_nothing_given_off_a_terminal_is_a_usage_error_even_on_an_update(
    cli: Invoke, started: Path
) -> None:
    cli("checkin", "--energy", "5")
    before = snapshot(started)
    result = cli("checkin")
    assert result.exit_code == 2
    assert snapshot(started) == before


def test_date_with_a_time_is_the_day(cli: Invoke, started: Path) -> None:
    assert (
        cli("--lang", "nl", "checkin", "--date", "gisteren 14:30", "--energy", "3").exit_code == 0
    )
    assert stored(started)[0][:2] == (day(-1), 3)


def test_missing_energy_is_fine_for_an_update(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--energy", "5").exit_code == 0
    assert cli("checkin", "--sleep-hours", "8").exit_code == 0
    assert stored(started)[0][1:3] == (5, 8.0)


def test_checkin_without_trajectory_off_a_terminal(cli: Invoke) -> None:
    result = cli("checkin", "--energy", "5")
    assert result.exit_code == 1
    assert "herstel init" in result.stderr


def test_scripted_form_defaults_from_the_last_checkin(cli: Invoke, started: Path) -> None:
    answers: list[object] = [
        "6",
        "7,5",
        "4",
        "3",
        "20",
        "15",
        "4",
        "walk, tea",
        "noise",
        "ok",
        False,
    ]
    result = cli("checkin", "--date", "yesterday", answers=answers)
    assert result.exit_code == 0, result.stderr
    # Today: energy typed, not the rest as yesterday, then Enter for every suggestion
    # (yesterday's values, givers and drainers too), "-" clears one; the note is the day's own.
    answers = ["5", False, "", "", "", "", "-", "", "", "-", ""]
    result = cli("checkin", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert stored(started) == [
        (day(-1), 6, 7.5, 4, 3, 20, 15, 4, '["walk", "tea"]', '["noise"]', "ok", 0),
        (day(0), 5, 7.5, 4, 3, 20, None, 4, '["walk", "tea"]', None, None, 0),
    ]
    assert rows(started, "SELECT copied FROM checkin ORDER BY day") == [(None,), (None,)]


def test_form_on_the_same_day_can_empty_a_field(cli: Invoke, started: Path) -> None:
    cli("checkin", "--energy", "4", "--relaxation", "15", "--note", "first", "--giver", "tea")
    # Same day: every suggestion is the stored value; "-" empties relaxation and the note.
    answers: list[object] = ["5", "", "", "", "", "-", "", "", "", "-"]
    result = cli("checkin", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert "relaxation 15 min -> -" in result.stdout
    assert stored(started) == [
        (day(0), 5, None, None, None, None, None, None, '["tea"]', None, None, 0)
    ]


def test_value_options_end_the_questions(cli: Invoke, started: Path) -> None:
    # Given any field as a flag, the form asks only what is required and missing: nothing here.
    result = cli("checkin", "--energy", "3", "--note", "kort", "--private", answers=[])
    assert result.exit_code == 0, result.stderr
    assert stored(started)[0][1] == 3
    assert stored(started)[0][-2:] == ("kort", 1)


def test_log_lists_oldest_first(cli: Invoke, started: Path) -> None:
    for offset in (-1, -3, 0, -2):
        cli("checkin", "--date", day(offset), "--energy", str(offset + 5), "--note", f"n{offset}")
    result = cli("log")
    assert result.exit_code == 0
    blocks = [block.splitlines() for block in result.stdout.strip().split("\n\n")]
    assert [block[0].split("  ")[1] for block in blocks] == [
        "check-in: energy 2",
        "check-in: energy 3",
        "check-in: energy 4",
        "check-in: energy 5",
    ]
    assert [block[1] for block in blocks] == ["    n-3", "    n-2", "    n-1", "    n0"]
    last_two = cli("log", "--last", "2").stdout
    assert "n-1" in last_two and "n0" in last_two and "n-2" not in last_two
    window = cli("log", "--since", "-2d", "--until", "yesterday").stdout
    assert "n-2" in window and "n-1" in window and "n0" not in window and "n-3" not in window


def test_log_shows_every_field_and_the_whole_note(cli: Invoke, started: Path) -> None:
    cli(
        "checkin",
        "--energy",
        "4",
        "--sleep-hours",
        "7,5",
        "--sleep-quality",
        "3",
        "--food",
        "4",
        "--movement",
        "20",
        "--relaxation",
        "10",
        "--structure",
        "2",
        "--giver",
        "walk",
        "--drainer",
        "email, noise",
        "--note",
        "line one\nline [bold]two[/bold]",
        "--private",
    )
    lines = strip_ids(cli("log").stdout).splitlines()
    assert lines[0].endswith(
        "  check-in: energy 4, slept 7 h 30 min (3/5), food 4/5, day structure 2/5, moved 20 min,"
        " relaxed 10 min  (private)"
    )
    assert lines[1:] == [
        "    gave energy: walk",
        "    cost energy: email, noise",
        "    line one",
        "    line [bold]two[/bold]",
    ]


def test_log_json_shape(cli: Invoke, started: Path) -> None:
    cli("checkin", "--date", "-1d", "--energy", "4", "--giver", "sun", "--private")
    cli("checkin", "--energy", "6")
    result = cli("log", "--json")
    assert result.exit_code == 0
    assert result.stderr == ""
    entries = json.loads(result.stdout)
    assert [e["day"] for e in entries] == [day(-1), day(0)]
    first = entries[0]
    assert set(first) == {
        "kind",
        "id",
        "day",
        "energy",
        "sleep_hours",
        "sleep_quality",
        "food",
        "movement",
        "relaxation",
        "structure",
        "givers",
        "drainers",
        "work_hours",
        "carried_by",
        "work_givers",
        "work_drainers",
        "note",
        "copied",
        "private",
        "created_at",
        "updated_at",
    }
    assert first["kind"] == "checkin"
    assert first["work_hours"] is None and first["carried_by"] is None
    assert first["givers"] == ["sun"]
    assert first["drainers"] is None
    assert first["private"] is True
    assert first["created_at"].endswith("+00:00")
    assert json.loads(cli("log", "--json", "--since", "today").stdout)[0]["energy"] == 6


def test_log_empty_and_bad_options(cli: Invoke, started: Path) -> None:
    assert json.loads(cli("log", "--json").stdout) == []
    assert "Nothing here yet" in cli("log").stdout
    cli("checkin", "--energy", "5")
    assert cli("log", "--until", "yesterday").stdout == "Nothing in that period.\n"
    result = cli("log", "--since", "today", "--until", "yesterday")
    assert result.exit_code == 2
    assert "swap them" in result.stderr
    for args in (("--last", "0"), ("--last", "x"), ("--since", "gister")):
        result = cli("log", *args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1


def test_log_in_dutch(cli: Invoke, started: Path) -> None:
    cli("checkin", "--energy", "5", "--sleep-hours", "7.5")
    result = cli("--lang", "nl", "log")
    shown = result.stdout.splitlines()[0].split("  ")[1]
    assert shown == "check-in: energie 5, 7 uur 30 min geslapen"


WRITER = """
import sys
from herstel.cli import run
start = int(sys.argv[1])
for offset in range(start, start + 100):
    code = run(["checkin", "--date", f"-{offset}d", "--energy", str(offset % 11)])
    if code != 0:
        sys.exit(code)
"""


def test_four_processes_writing_at_once(started: Path, home: Path) -> None:
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(1 + 100 * n)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for n in range(4)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err
        # Nothing but the note that a day more than four weeks back was saved on that day.
        assert all(line.startswith(b"Saved on ") for line in err.splitlines()), err
    assert rows(started, "SELECT count(*), count(DISTINCT day) FROM checkin") == [(400, 400)]


@given(st.floats(min_value=0, max_value=24, allow_nan=False))
def test_quarter_rounding(hours: float) -> None:
    rounded = round_quarter(hours)
    assert abs(rounded - hours) <= 0.125 + 1e-9
    assert (rounded * 4).is_integer()
    assert 0 <= rounded <= 24


@settings(max_examples=50)
@given(st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=14))
def test_sparkline_has_one_character_a_day(levels: list[int | None]) -> None:
    for ascii_only in (True, False):
        line = energy_sparkline(levels, ascii_only=ascii_only)
        assert len(line) == len(levels)
        if ascii_only:
            assert line.isascii()


# --- typed values quoted short (issue 19) -------------------------------------------------------

LONG_WORD = "x" * 100_000
LONG_NUMBER = "7" * 100_000  # more digits than Python reads as a number at all


@pytest.mark.parametrize(
    "args",
    [
        ("checkin", "--energy", LONG_WORD),
        ("checkin", "--energy", LONG_NUMBER),
        ("checkin", "--date", LONG_WORD),
        ("checkin", "--sleep-hours", LONG_NUMBER),
        ("checkin", "--sleep-quality", LONG_WORD),
        ("checkin", "--food", LONG_NUMBER),
        ("checkin", "--movement", LONG_NUMBER),
        ("checkin", "--relaxation", LONG_WORD),
        ("checkin", "--structure", LONG_WORD),
        ("log", "--since", LONG_WORD),
        ("log", "--until", LONG_WORD),
        ("log", "--kind", LONG_WORD),
        ("log", "--last", LONG_NUMBER),
        ("signal", "tight jaw", "--type", LONG_WORD),
        ("signal", "tight jaw", "--type", "body", "--at", LONG_WORD),
        ("signal", "tight jaw", "--type", "body", "--intensity", LONG_NUMBER),
        ("signal", "tight jaw", "--type", "body", "--limit", LONG_WORD),
        ("signal", "tight jaw", "--type", "body", "--fit", LONG_WORD),
        ("pattern", "--situation", "a meeting", "--belief", LONG_WORD),
        ("bio", "--text", "school", "--at", LONG_WORD),
        ("insights", "--period", LONG_WORD),
        ("prepare", "--since", LONG_WORD),
        ("export", "--since", LONG_WORD),
        ("export", "--until", LONG_WORD),
        ("plan", "move", "3", "--to", LONG_WORD),
        ("config", "set", LONG_WORD, "x"),
        ("config", "set", "language", LONG_WORD),
        ("config", "set", "phase2-weeks", LONG_NUMBER),
        ("demo", "--weeks", LONG_NUMBER),
        ("demo", "--seed", LONG_NUMBER),
        ("show", LONG_WORD),
        ("edit", "today", "--energy", LONG_WORD),
        ("log", "--" + LONG_WORD),
        ("--lang", LONG_WORD, "log"),
    ],
    ids=lambda args: " ".join(a if len(a) < 20 else "LONG" for a in args),
)
def test_a_long_typed_value_is_quoted_short(
    cli: Invoke, started: Path, args: tuple[str, ...]
) -> None:
    """The docs promise a short value: at most 40 characters of it, in one line of stderr."""
    before = snapshot(started)
    result = cli(*args)
    assert result.exit_code == 2, result.stderr[:300]
    assert result.stderr.count("\n") == 1
    assert len(result.stderr) < 200, result.stderr[:300]
    assert "Traceback" not in result.stderr
    assert snapshot(started) == before
