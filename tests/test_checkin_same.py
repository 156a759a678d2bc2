"""A check-in like yesterday's: the energy, then one question that takes the rest as it was.
What it takes is marked as copied; insights leave it out; the export carries the mark."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from conftest import TODAY, Invoke, rows
from herstel.ui import prompts
from test_interactive import finish, init_home, spawn


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


FULL = (
    "--energy", "5", "--sleep-hours", "7,5", "--sleep-quality", "4", "--food", "3",
    "--movement", "0", "--relaxation", "20", "--structure", "4", "--giver", "walk",
    "--giver", "tea", "--drainer", "email", "--note", "a quiet day",
)  # fmt: skip
COLUMNS = (
    "SELECT day, energy, sleep_hours, sleep_quality, food, movement, relaxation, structure,"
    " givers, drainers, note, copied FROM checkin ORDER BY day"
)
COPIED = '["drainers", "food", "givers", "movement", "relaxation", "sleep_hours", "sleep_quality", "structure"]'  # noqa: E501


def test_the_rest_as_yesterday_is_energy_and_enter(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    result = cli("checkin", answers=["6", ""])  # the energy, Enter: the rest as yesterday
    assert result.exit_code == 0, result.stderr
    (offer,) = [asked for asked in prompts.asked if "rest" in asked]
    assert offer == (
        "The rest as yesterday? slept 7 h 30 min (4/5); food 3/5; moved 0 min; relaxed 20 min;"
        " day structure 4/5; gave energy: walk, tea; cost energy: email"
    )
    assert "Saved your check-in for today" in result.stdout
    # Everything but the energy taken, and marked; the note is the day's own, never copied.
    assert rows(started, COLUMNS)[1] == (
        day(0),
        6,
        7.5,
        4,
        3,
        0,
        20,
        4,
        '["walk", "tea"]',
        '["email"]',
        None,
        COPIED,
    )
    (entry,) = [e for e in json.loads(cli("log", "--json").stdout) if e["day"] == day(0)]
    assert entry["copied"] == json.loads(COPIED) and entry["note"] is None


def test_answering_a_copied_field_again_takes_its_mark_away(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    assert cli("checkin", answers=["6", ""]).exit_code == 0
    # The same food as before, but now said for today: no longer a copy; the rest still is.
    result = cli("checkin", "--food", "3", "--movement", "15")
    assert result.exit_code == 0, result.stderr
    assert "movement 0 min -> 15 min" in result.stdout
    copied = json.loads(str(rows(started, "SELECT copied FROM checkin ORDER BY day")[1][0]))
    assert "food" not in copied and "movement" not in copied and "sleep_hours" in copied


def test_reopening_the_day_and_pressing_enter_keeps_the_marks(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    assert cli("checkin", answers=["6", ""]).exit_code == 0
    # The day's form again: the energy typed anew, Enter on every suggestion (no offer now).
    result = cli("checkin", answers=["6", *([""] * 9)])
    assert result.exit_code == 0, result.stderr
    assert "Nothing new for today" in result.stdout
    assert not any("The rest as" in asked for asked in prompts.asked)
    assert rows(started, COLUMNS)[1][11] == COPIED
    # A value changed in the form is the day's own from then on.
    result = cli("checkin", answers=["6", "", "", "2", *([""] * 6)])
    assert "food 3 -> 2" in result.stdout
    assert "food" not in json.loads(str(rows(started, COLUMNS)[1][11]))


def test_a_private_day_is_never_offered_to_copy(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL, "--private").exit_code == 0
    answers: list[object] = ["6", "", "", "", "", "", "", "", "", ""]
    result = cli("checkin", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert not any("The rest as" in asked for asked in prompts.asked)
    # Nor are its givers suggested for a day that may be shared.
    assert rows(started, COLUMNS)[1][8:10] == (None, None)


def test_saying_no_asks_each_with_yesterdays_answer(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    # No; then Enter takes yesterday's answer for each, the givers and drainers too.
    answers: list[object] = [
        "6",
        False,
        "",
        "",
        "4",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    result = cli("checkin", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert rows(started, COLUMNS)[1] == (
        day(0),
        6,
        7.5,
        4,
        4,
        0,
        20,
        4,
        '["walk", "tea"]',
        '["email"]',
        None,
        None,
    )


def test_an_older_checkin_is_offered_by_its_day_and_a_week_is_too_long(
    cli: Invoke, started: Path
) -> None:
    assert cli("checkin", "--date", day(-3), *FULL).exit_code == 0
    assert cli("checkin", answers=["6", ""]).exit_code == 0
    assert any(asked.startswith("The rest as on ") for asked in prompts.asked)
    assert rows(started, COLUMNS)[1][11] == COPIED
    # Eight days after the last check-in: nothing is offered, the questions come as always.
    later = TODAY + timedelta(days=8)
    env = {"HERSTEL_TODAY": f"{later.isoformat()}T20:00"}
    answers: list[object] = ["4", "", "", "", "", "", "", "", "", ""]
    assert cli("checkin", answers=answers, env=env).exit_code == 0
    assert not any("The rest as" in asked for asked in prompts.asked)


def test_an_update_of_the_day_and_flags_are_never_offered_the_rest(
    cli: Invoke, started: Path
) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    assert cli("checkin", "--energy", "6").exit_code == 0  # flags: nothing asked, nothing taken
    assert rows(started, COLUMNS)[1] == (day(0), 6, *([None] * 10))
    answers: list[object] = ["7", "", "", "", "", "", "", "", "", ""]
    assert cli("checkin", answers=answers).exit_code == 0  # today again: its own answers
    assert not any("The rest as" in asked for asked in prompts.asked)


def test_dutch_offer(cli: Invoke, started: Path) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    result = cli("--lang", "nl", "checkin", answers=["6", ""])
    assert result.exit_code == 0, result.stderr
    assert any(asked.startswith("Verder zoals gisteren? ") for asked in prompts.asked)
    assert "Je check-in voor vandaag is bewaard" in result.stdout


def test_on_a_day_of_work_the_work_questions_are_still_asked(cli: Invoke, started: Path) -> None:
    step = ("work", "step", "add", "--from", day(0), "--days", "7", "--hours", "2",
            "--tasks", "presence")  # fmt: skip
    assert cli(*step).exit_code == 0, cli(*step).stderr
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    # The energy, the rest as yesterday, then hours worked (the step's 2), what carried the
    # day and work's givers and drainers: about today's work, never copied.
    answers: list[object] = ["6", "", "1,5", "meaning", "", ""]
    result = cli("checkin", answers=answers)
    assert result.exit_code == 0, result.stderr
    found = rows(started, "SELECT work_hours, carried_by, copied FROM checkin ORDER BY day")[1]
    assert found == (1.5, "meaning", COPIED)


def test_insights_leave_what_was_copied_out(cli: Invoke, started: Path) -> None:
    """Fourteen days like the first: insights learn from one answered day, not from fourteen."""
    assert cli("checkin", "--date", day(-14), *FULL).exit_code == 0
    for offset in range(-13, 1):
        env = {"HERSTEL_TODAY": f"{day(offset)}T20:00"}
        assert cli("checkin", answers=[str(5 + offset % 3), ""], env=env).exit_code == 0
    document = json.loads(cli("insights", "--json").stdout)
    text = json.dumps(document)
    assert "tea" not in text and "email" not in text  # copied givers and drainers: not learned
    # The same days answered by hand (the marks taken away): now they are learned from.
    import sqlite3

    with sqlite3.connect(started) as conn:
        conn.execute("UPDATE checkin SET copied = NULL")
    conn.close()
    answered = json.dumps(json.loads(cli("insights", "--json").stdout))
    assert "tea" in answered and "email" in answered


def test_log_json_lists_work_words_and_marks_as_lists(cli: Invoke, started: Path) -> None:
    assert cli("work", "step", "add", "--from", day(0), "--days", "7", "--hours", "2",
               "--tasks", "presence").exit_code == 0  # fmt: skip
    assert cli("checkin", "--energy", "5", "--work-giver", "team").exit_code == 0
    (entry,) = json.loads(cli("log", "--json").stdout)
    assert entry["work_givers"] == ["team"] and entry["copied"] is None


def test_export_carries_the_mark_and_the_coach_keeps_it(
    cli: Invoke, started: Path, tmp_path: Path
) -> None:
    assert cli("checkin", "--date", "yesterday", *FULL).exit_code == 0
    assert cli("checkin", answers=["6", ""]).exit_code == 0
    out = tmp_path / "anna.json"
    assert cli("export", "--plain", "-o", str(out)).exit_code == 0
    document = json.loads(out.read_text())
    assert document["format_version"] == 5
    assert [c["copied"] for c in document["checkins"]] == [None, json.loads(COPIED)]
    coach = tmp_path / "coach"
    assert cli("--home", str(coach), "coach", "import", str(out)).exit_code == 0
    assert rows(coach / "coach.db", "SELECT copied FROM checkin ORDER BY day") == [
        (None,),
        (COPIED,),
    ]


def test_three_keys_on_a_terminal(home: Path) -> None:
    init_home(home)
    spawn_args = ("checkin", "--date", "yesterday", *FULL)
    child = spawn(home, *spawn_args)
    assert finish(child) == 0
    child = spawn(home, "checkin")
    child.expect("How much energy")
    child.send("6\r")
    child.expect("The rest as yesterday")
    child.expect("Yes, the same")
    child.send("\r")
    child.expect("Saved your check-in")
    assert finish(child) == 0
    assert rows(home / "herstel.db", COLUMNS)[1][1:3] == (6, 7.5)
