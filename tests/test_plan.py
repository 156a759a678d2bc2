"""`herstel plan` through the CLI: the ten sessions laid out at init, moves, holds, cancels and
notes, the periods between sessions, exercises under their session, and every bad input."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, next_session_line, refused, rows, snapshot
from herstel.i18n import format_day

SESSIONS = (
    "SELECT number, phase, planned_on, time, original_on, held_on, status, note, cancel_reason"
    " FROM session ORDER BY number"
)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def plan(cli: Invoke) -> dict[str, object]:
    result = cli("plan", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    value = json.loads(result.stdout)
    assert isinstance(value, dict)
    return value


def sessions(cli: Invoke) -> list[dict[str, object]]:
    found = plan(cli)["sessions"]
    assert isinstance(found, list)
    return found


@pytest.fixture
def underway(cli: Invoke, home: Path) -> Path:
    """A trajectory whose first session was 40 days ago, at 10:00: sessions 1-3 lie in the
    past (-40, -26, -12), session 4 is in two days, then every three weeks."""
    result = cli("init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-40d",
                 "--time", "10:00")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return home / "herstel.db"


def test_init_lays_out_the_ten_sessions_of_the_example(cli: Invoke, home: Path) -> None:
    result = cli("init", "--name", "Anna", "--first-session", "2027-01-04", "--phase2-weeks", "3")
    assert result.exit_code == 0, result.stderr
    found = sessions(cli)
    assert [s["planned_on"] for s in found] == [
        "2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15", "2027-03-01",
        "2027-03-22", "2027-04-12", "2027-05-03", "2027-05-24", "2027-06-14",
    ]  # fmt: skip
    assert [s["phase"] for s in found] == [1] * 5 + [2] * 5
    assert {s["status"] for s in found} == {"planned"}
    assert list(found[0]) == [
        "id", "number", "phase", "planned_on", "time", "original_on", "held_on", "status",
        "date", "note", "cancel_reason", "created_at", "updated_at", "exercises",
    ]  # fmt: skip
    stored = rows(home / "herstel.db", SESSIONS)
    assert [r[:3] for r in stored][:2] == [(1, 1, "2027-01-04"), (2, 1, "2027-01-18")]


def test_another_rhythm_and_the_first_sessions_time(cli: Invoke) -> None:
    cli("init", "--name", "Anna", "--first-session", "2027-01-04", "--time", "9:30",
        "--phase1-sessions", "4", "--phase2-weeks", "4")  # fmt: skip
    found = sessions(cli)
    assert [s["planned_on"] for s in found][3:6] == ["2027-02-15", "2027-03-15", "2027-04-12"]
    assert [s["phase"] for s in found] == [1] * 4 + [2] * 6
    assert [s["time"] for s in found] == ["09:30"] * 10


def test_the_plan_on_screen(cli: Invoke, underway: Path) -> None:
    result = cli("plan")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Your trajectory with Marieke"
    assert lines[1] == f"Next: session 4 of 10, {format_day(day(2))} at 10:00, in 2 days."
    assert "Phase 1: every two weeks" in lines
    assert "Phase 2: every 3 weeks" in lines
    text = result.stdout
    assert "\x1b" not in text  # not a terminal: no colour codes
    # Today's marker sits between session 3 (past) and session 4.
    marker = next(n for n, line in enumerate(lines) if line.startswith(">"))
    assert "today" in lines[marker]
    assert lines[marker - 1].split()[0] == "3"
    assert lines[marker + 1].split()[:1] == ["4"]
    assert "next" in lines[marker + 1]
    # Past sessions never marked held are "passed", with one quiet line on how to note them.
    assert "passed" in lines[marker - 1]
    assert "Sessions marked 'passed' can be noted as held, e.g. herstel plan held 3" in lines
    cli("plan", "held", "1")
    cli("plan", "held", "2")
    cli("plan", "held", "3")
    assert "passed" not in cli("plan").stdout


def test_the_plan_in_dutch(cli: Invoke, underway: Path) -> None:
    from herstel.i18n import names, set_language

    result = cli("--lang", "nl", "plan")
    assert result.exit_code == 0, result.stderr
    set_language("nl")
    weekday = names("weekdays")[day(2).weekday()]
    assert f"Volgende: sessie 4 van 10, {weekday} " in result.stdout
    assert "Fase 2: eens per 3 weken" in result.stdout
    assert "volgende" in result.stdout and "gepland" in result.stdout


def test_overview_names_the_next_session(cli: Invoke, started: Path) -> None:
    assert next_session_line() in cli().stdout.splitlines()


def test_move_one_session(cli: Invoke, underway: Path) -> None:
    target = day(5)
    result = cli("plan", "move", "4", "--to", target.isoformat(), "--time", "15:00")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        f"Session 4 is now on {format_day(target)} at 15:00 (was {format_day(day(2))}).\n"
    )
    stored = rows(underway, SESSIONS)
    assert stored[3][2:5] == (target.isoformat(), "15:00", day(2).isoformat())
    assert stored[4][2] == day(16).isoformat()  # the rest stays
    shown = cli("plan").stdout
    assert "moved from" in shown
    # Back to where it was first planned: no longer "moved".
    cli("plan", "move", "4", "--to", day(2).isoformat())
    assert rows(underway, SESSIONS)[3][2:5] == (day(2).isoformat(), "15:00", None)


def test_move_with_shift_rest(cli: Invoke, underway: Path) -> None:
    before = rows(underway, SESSIONS)
    result = cli("plan", "move", "4", "--to", day(20).isoformat(), "--shift-rest")
    assert result.exit_code == 0, result.stderr
    assert "Sessions 5 to 10 moved along, 18 days later." in result.stdout
    after = rows(underway, SESSIONS)
    for old, new in zip(before[3:], after[3:], strict=True):
        assert date.fromisoformat(str(new[2])) == date.fromisoformat(str(old[2])) + timedelta(18)
        assert new[4] == old[2]  # original_on keeps the first planned day
    assert after[:3] == before[:3]  # the past sessions stay where they were


def test_move_out_of_order_is_refused_without_shift_rest(cli: Invoke, underway: Path) -> None:
    before = snapshot(underway)
    message = refused(cli("plan", "move", "4", "--to", day(20).isoformat()), 1)
    assert "session 5" in message and "--shift-rest" in message
    message = refused(cli("plan", "move", "5", "--to", day(1).isoformat(), "--shift-rest"), 1)
    assert "session 4" in message
    assert snapshot(underway) == before


def test_shift_rest_is_suggested_only_where_it_would_help(cli: Invoke, underway: Path) -> None:
    # Session 3 was held later than planned, 5 days ago: moving session 2 past it is refused,
    # and --shift-rest (which moves planned sessions only) would not help, so it is not offered.
    assert cli("plan", "held", "3", "--date", "-5d").exit_code == 0
    message = refused(cli("plan", "held", "2", "--date", "-3d"), 1)
    assert "--shift-rest" not in message
    cli("plan", "held", "1")
    message = refused(cli("plan", "move", "4", "--to", day(20).isoformat()), 1)
    assert "--shift-rest" in message


def test_move_only_the_time_and_clear_it(cli: Invoke, underway: Path) -> None:
    result = cli("plan", "move", "5", "--time", "14.30")
    assert result.stdout == f"Session 5 is now on {format_day(day(16))} at 14:30.\n"
    assert rows(underway, SESSIONS)[4][2:5] == (day(16).isoformat(), "14:30", None)
    cli("plan", "move", "5", "--time", "")
    assert rows(underway, SESSIONS)[4][3] is None
    result = cli("plan", "move", "5", "--to", day(16).isoformat())
    assert result.stdout == "Session 5 is already planned then; nothing changed.\n"


def test_moving_session_one_moves_the_first_session(cli: Invoke) -> None:
    cli("init", "--name", "Anna", "--first-session", "+3d")
    assert cli("plan", "move", "1", "--to", "+5d", "--time", "11:00").exit_code == 0
    config = json.loads(cli("config", "--json").stdout)
    assert (config["first_session"], config["time"]) == (day(5).isoformat(), "11:00")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("move", "1", "--to", "+5d"), "Session 1 has been held, so it can't be moved."),
        (
            ("move", "3", "--to", "+5d"),
            "Session 3 is cancelled, so it can't be moved. To plan it again: "
            "herstel plan cancel 3 --undo",
        ),
        (("cancel", "1"), "Session 1 has been held, so it can't be cancelled."),
        (
            ("cancel", "3"),
            "Session 3 is already cancelled. To plan it again: herstel plan cancel 3 --undo",
        ),
        (("held", "3"), "Session 3 is cancelled, so it can't be marked as held."),
    ],
)
def test_held_and_cancelled_sessions_stay_as_they_are(
    cli: Invoke, underway: Path, args: tuple[str, ...], message: str
) -> None:
    assert cli("plan", "held", "1").exit_code == 0
    assert cli("plan", "cancel", "3").exit_code == 0
    before = snapshot(underway)
    assert refused(cli("plan", *args), 1) == message
    assert snapshot(underway) == before


def test_held(cli: Invoke, underway: Path) -> None:
    result = cli("plan", "held", "1", "--note", "Good talk about\nmy mornings")
    assert result.stdout == f"Noted: session 1 was held on {format_day(day(-40))}.\n"
    result = cli("plan", "held", "2", "--date", "-25d")
    assert result.exit_code == 0, result.stderr
    stored = rows(underway, SESSIONS)
    assert stored[0][5:8] == (day(-40).isoformat(), "held", "Good talk about\nmy mornings")
    assert stored[1][2] == day(-26).isoformat()  # planned_on stays
    assert stored[1][5:7] == (day(-25).isoformat(), "held")
    found = sessions(cli)
    assert found[1]["date"] == day(-25).isoformat()
    # Held again with another day: a correction, not a second session.
    assert cli("plan", "held", "2", "--date", "-26d").exit_code == 0
    assert rows(underway, SESSIONS)[1][5] == day(-26).isoformat()


def test_held_in_the_future_is_refused(cli: Invoke, underway: Path) -> None:
    before = snapshot(underway)
    message = refused(cli("plan", "held", "4"), 1)
    assert message.startswith("Session 4 is planned for") and "--date" in message
    assert refused(cli("plan", "held", "3", "--date", "tomorrow"), 1).endswith(
        "is still to come; a session can be marked as held once it's been."
    )
    # Held on a day after session 3's: out of order.
    assert "session 3" in refused(cli("plan", "held", "2", "--date", "-10d"), 1)
    assert snapshot(underway) == before


def test_cancel(cli: Invoke, underway: Path) -> None:
    result = cli("plan", "cancel", "4", "--reason", "Marieke is ill")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Session 4 is cancelled.",
        "9 sessions are left. Would you rather plan it on another day? Undo with herstel plan "
        "cancel 4 --undo, then herstel plan move 4 --to DATE.",
        f"Next: session 5 of 10, {format_day(day(16))} at 10:00, in 16 days.",
    ]
    assert rows(underway, SESSIONS)[3][6:] == ("cancelled", None, "Marieke is ill")
    found = plan(cli)
    assert found["next"] == {
        "number": 5, "of": 10, "planned_on": day(16).isoformat(), "time": "10:00", "in_days": 16
    }  # fmt: skip
    # A cancelled session is no boundary: the sessions around it may come closer.
    assert cli("plan", "move", "5", "--to", day(1).isoformat()).exit_code == 0


def test_a_cancelled_session_planned_again(cli: Invoke, underway: Path) -> None:
    assert cli("plan", "cancel", "5", "--reason", "Holiday").exit_code == 0
    result = cli("plan", "cancel", "5", "--undo")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Session 5 is planned again."
    assert rows(underway, SESSIONS)[4][6:] == ("planned", None, None)
    before = snapshot(underway)
    assert refused(cli("plan", "cancel", "5", "--undo"), 1) == "Session 5 isn't cancelled."
    message = refused(cli("plan", "cancel", "5", "--undo", "--reason", "x"), 2)
    assert message == "--undo plans the session again; it takes no --reason."
    assert snapshot(underway) == before
    # Planned again only where it keeps the order.
    cli("plan", "cancel", "5")
    cli("plan", "move", "6", "--to", day(10).isoformat())
    assert "session 5" in refused(cli("plan", "cancel", "5", "--undo"), 1).lower()


def test_note(cli: Invoke, underway: Path) -> None:
    result = cli("plan", "note", "4", "Ask about\tthe mornings")
    assert result.stdout == "Saved the note with session 4.\n"
    assert rows(underway, SESSIONS)[3][7] == "Ask about\tthe mornings"
    assert "Ask about the mornings" in cli("plan").stdout
    result = cli("plan", "note", "4", "Ask about\tthe mornings")
    assert result.stdout == "The note of session 4 stays as it was.\n"
    result = cli("plan", "note", "4", "")
    assert result.stdout == "Removed the note of session 4.\n"
    assert rows(underway, SESSIONS)[3][7] is None


def test_note_in_the_editor(cli: Invoke, underway: Path, tmp_path: Path) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "Bring the sleep diary\\n" > "$1"\n')
    editor.chmod(0o700)
    result = cli("plan", "note", "4", "--edit", env={"VISUAL": str(editor)})
    assert result.exit_code == 0, result.stderr
    assert rows(underway, SESSIONS)[3][7] == "Bring the sleep diary"


def test_note_asks_on_a_terminal(cli: Invoke, underway: Path) -> None:
    result = cli("plan", "note", "2", answers=["Felt heard"])
    assert result.exit_code == 0, result.stderr
    assert rows(underway, SESSIONS)[1][7] == "Felt heard"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("move", "0", "--to", "+3d"),
            "There are ten sessions: give a number from 1 to 10 ('0' isn't one).",
        ),
        (("move", "11", "--to", "+3d"), "There are ten sessions: give a number from 1 to 10"),
        (("held", "four"), None),
        (("cancel", "-1"), None),
        (("note", "12", "x"), None),
        (("move", "4", "--to", "someday"), "'someday' isn't a date herstel knows."),
        (("move", "4", "--to", "31-2-2027"), None),
        (("move", "4", "--time", "25:00"), "'25:00' isn't a time; write it like 14:30."),
        (("move", "4"), "Say where to move it: --to DATE, --time HH:MM, or both."),
        (("held", "1", "--date", "gisteren?"), None),
        (("note", "4"), "Give the note as text after the number, or use --edit."),
        (("note", "4", "x", "--edit"), "Give the note as text or use --edit, not both."),
        (("note", "4", "bell\x07"), None),
        (("cancel", "4", "--reason", "esc\x1b[31m"), None),
        (("held", "1", "--note", "\x00"), None),
        (("move", "4", "--to", "+3d", "--shift"), None),
        (("move", "7" * 5000, "--to", "+3d"), "There are ten sessions: give a number from 1 to 10"),
    ],
)
def test_bad_input_changes_nothing(
    cli: Invoke, underway: Path, args: tuple[str, ...], message: str | None
) -> None:
    before = snapshot(underway)
    shown = refused(cli("plan", *args), 2)
    if message is not None:
        assert shown.startswith(message), shown
    assert "\x1b" not in shown and "\x07" not in shown
    assert snapshot(underway) == before


@pytest.mark.parametrize(
    ("args", "code", "key"),
    [
        (("move", "4", "--to", "-1d"), 1, "has already passed"),
        (("move", "4", "--to", "+400d"), 2, "more than a year away"),  # like init's
    ],
)
def test_moves_into_the_past_or_far_ahead_are_refused(
    cli: Invoke, underway: Path, args: tuple[str, ...], code: int, key: str
) -> None:
    before = snapshot(underway)
    assert key in refused(cli("plan", *args), code)
    assert snapshot(underway) == before


def test_a_first_session_more_than_a_year_away_is_refused(cli: Invoke, home: Path) -> None:
    message = refused(cli("init", "--name", "Anna", "--first-session", "+400d"), 2)
    assert "year" in message
    assert not home.exists() or not (home / "herstel.db").exists()


def test_plan_without_a_trajectory(cli: Invoke, home: Path) -> None:
    assert refused(cli("plan"), 1) == "There is no trajectory here yet. Start with: herstel init"
    assert refused(cli("plan", "move", "4", "--to", "+3d"), 1).startswith("There is no")
    assert refused(cli("plan", "--ics", "x.ics"), 1).startswith("There is no")
    assert not home.exists()


def test_exercises_show_under_their_session(cli: Invoke, underway: Path) -> None:
    cli("exercise", "add", "Body scan", "--session", "2", "--per-week", "3")
    cli("exercise", "add", "Breathing space", "--session", "2", "--private")
    cli("exercise", "add", "Walk", "--per-week", "5")
    found = sessions(cli)
    assert [e["name"] for e in found[1]["exercises"]] == ["Body scan", "Breathing space"]  # type: ignore[index]
    assert all(not s["exercises"] for n, s in enumerate(found) if n != 1)
    row = next(line for line in cli("plan").stdout.splitlines() if line.split()[:1] == ["2"])
    assert "exercises: Body scan, Breathing space" in row
    assert "Walk" not in cli("plan").stdout


def test_periods_between_sessions(cli: Invoke, underway: Path) -> None:
    # Before session 1, in period 1 (-40..-27), period 2 (-26..-13), and the current one.
    for offset, energy, sleep in ((-45, 2, "6"), (-40, 4, "7"), (-30, 6, "8"),
                                  (-20, 3, "5,5"), (-5, 5, "7"), (-1, 7, "8")):  # fmt: skip
        result = cli("checkin", "--date", f"{offset}d", "--energy", str(energy),
                     "--sleep-hours", sleep)  # fmt: skip
        assert result.exit_code == 0, result.stderr
    cli("signal", "Tight chest", "--type", "body", "--limit", "near", "--at", "-20d")
    cli("signal", "Snapping at the kids", "--type", "emotion", "--limit", "crossed", "--at", "-19d")
    assert cli("pattern", "--situation", "Said yes again", "--at", "-3d").exit_code == 0
    cli("exercise", "add", "Body scan")
    cli("exercise", "done", "Body scan", "--at", "-2d")
    cli("exercise", "done", "Body scan", "--at", "today")
    cli("plan", "cancel", "3")  # so period 2 runs on until today
    periods = plan(cli)["periods"]
    assert isinstance(periods, list)
    assert [(p["session"], p["start"], p["end"], p["current"]) for p in periods] == [
        (None, day(-45).isoformat(), day(-41).isoformat(), False),
        (1, day(-40).isoformat(), day(-27).isoformat(), False),
        (2, day(-26).isoformat(), None, True),  # the current period: open
    ]
    before, first, current = periods
    assert (before["checkins"], before["energy_avg"], before["sleep_avg"]) == (1, 2.0, 6.0)
    assert (first["checkins"], first["energy_avg"], first["sleep_avg"]) == (2, 5.0, 7.5)
    assert first["energy"][:1] == [4] and len(first["energy"]) == 14
    assert current["checkins"] == 3
    assert current["energy_avg"] == 5.0
    assert (current["signals_near"], current["signals_crossed"]) == (1, 1)
    assert (current["pattern_notes"], current["practices"]) == (1, 2)
    assert current["days"] == 27
    shown = cli("plan").stdout
    assert "Since session 2" in shown
    assert "energy 5.0 · sleep 6.8 h · 3 check-ins" in shown
    assert (
        "1 signal near the limit · 1 signal over the limit · 1 pattern note · 2 times practised"
        in shown
    )


def test_plan_with_no_colour_and_a_non_utf8_terminal(cli: Invoke, underway: Path) -> None:
    result = cli("plan", env={"NO_COLOR": "1", "PYTHONIOENCODING": "ascii"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout


def test_a_store_from_before_sessions_gets_them(cli: Invoke, home: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "store-v2.db"
    home.mkdir(mode=0o700)
    shutil.copy(fixture, home / "herstel.db")
    first, phase1, weeks, clock = rows(
        home / "herstel.db",
        "SELECT first_session_on, phase1_sessions, phase2_weeks, first_session_time"
        " FROM trajectory",
    )[0]
    from herstel.core.schedule import lay_out

    expected = lay_out(date.fromisoformat(str(first)), phase1_sessions=int(str(phase1)),
                       phase2_weeks=int(str(weeks)))  # fmt: skip
    found = sessions(cli)
    assert [s["planned_on"] for s in found] == [d.isoformat() for d in expected]
    assert [s["time"] for s in found] == [clock] * 10
    assert {s["status"] for s in found} == {"planned"}


def test_config_set_phase2_weeks_follows_in_the_plan(cli: Invoke) -> None:
    cli("init", "--name", "Anna", "--first-session", "+3d")
    planned = [date.fromisoformat(str(s["planned_on"])) for s in sessions(cli)]
    eighth = planned[7] + timedelta(days=2)
    assert cli("plan", "move", "8", "--to", eighth.isoformat()).exit_code == 0
    result = cli("config", "set", "phase2-weeks", "4")
    assert result.exit_code == 0, result.stderr
    found = [date.fromisoformat(str(s["planned_on"])) for s in sessions(cli)]
    four = timedelta(weeks=4)
    # Phase 1 stays; 6 and 7 follow 5; 8 was moved by hand and stays; 9 and 10 follow it.
    assert found == [
        *planned[:5], planned[4] + four, planned[4] + 2 * four, eighth, eighth + four,
        eighth + 2 * four,
    ]  # fmt: skip
    assert result.stdout.splitlines()[-1] == (
        "Sessions 6, 7, 9 and 10 now follow every 4 weeks; 'herstel plan' shows them."
    )


def test_either_a_calendar_or_json(cli: Invoke, started: Path, tmp_path: Path) -> None:
    message = refused(cli("plan", "--ics", str(tmp_path / "x.ics"), "--json"), 2)
    assert message == "Choose --ics or --json, not both."
    assert not (tmp_path / "x.ics").exists()
    message = refused(cli("prepare", "--json", "--markdown", str(tmp_path / "x.md")), 2)
    assert message == "Choose --json or --markdown, not both."
