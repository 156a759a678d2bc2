"""`herstel exercise` through the CLI: adding, listing, practising and stopping exercises, this
week's count, finding an exercise by the start of its name, and every bad input."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from conftest import NOW, TODAY, Invoke, Result, refused, rows, snapshot, strip_ids
from herstel.core.clock import PIN_VARIABLE

EXERCISES = (
    "SELECT name, description, per_week, type, session, private, stopped_at"
    " FROM exercise ORDER BY created_at"
)
PRACTICE = (
    "SELECT exercise.name, practice.day, practice.time, practice.minutes, practice.note,"
    " practice.private FROM practice JOIN exercise ON exercise.id = practice.exercise_id"
    " ORDER BY practice.created_at"
)
JSON_KEYS = [
    "id",
    "name",
    "description",
    "type",
    "per_week",
    "session",
    "practised_this_week",
    "private",
    "stopped_at",
    "created_at",
    "updated_at",
]
NO_TRAJECTORY = "There is no trajectory here yet. Start with: herstel init\n"


def exercises(store: Path) -> list[tuple[object, ...]]:
    return rows(store, EXERCISES)


def practice(store: Path) -> list[tuple[object, ...]]:
    return rows(store, PRACTICE)


def add(cli: Invoke, name: str, *flags: str) -> None:
    result = cli("exercise", "add", name, *flags)
    assert result.exit_code == 0, result.stderr


def done(cli: Invoke, name: str, *flags: str) -> Result:
    result = cli("exercise", "done", name, *flags)
    assert result.exit_code == 0, result.stderr
    return result


def listed(cli: Invoke, *flags: str) -> list[dict[str, object]]:
    result = cli("exercise", "list", "--json", *flags)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


# --- add --------------------------------------------------------------------------------------


def test_add_with_every_flag_stores_every_field(cli: Invoke, started: Path) -> None:
    result = cli(
        "exercise",
        "add",
        "Body scan",
        "--description",
        "Lie down,\n\tand go through the body slowly",
        "--per-week",
        "3",
        "--type",
        "mindfulness",
        "--session",
        "2",
        "--private",
        answers=[],  # a terminal, as far as the prompts know: still nothing may be asked
    )
    assert result.exit_code == 0, result.stderr
    assert exercises(started) == [
        ("Body scan", "Lie down,\n\tand go through the body slowly", 3, "mindfulness", 2, 1, None)
    ]
    assert result.stdout == (
        'Added the exercise Body scan.\nWhen you have done it: herstel exercise done "Body scan"\n'
    )
    ((ident, trajectory, created, updated),) = rows(
        started, "SELECT id, trajectory_id, created_at, updated_at FROM exercise"
    )
    assert uuid.UUID(str(ident))
    assert rows(started, "SELECT id FROM trajectory") == [(trajectory,)]
    assert created == updated
    assert datetime.fromisoformat(str(created)).utcoffset() == timedelta(0)


def test_only_the_name_is_needed_off_a_terminal(cli: Invoke, started: Path) -> None:
    add(cli, "  Walk   slowly  ")
    assert exercises(started) == [("Walk slowly", None, None, None, None, 0, None)]


def test_dutch_words_are_stored_in_english(cli: Invoke, started: Path) -> None:
    result = cli("--lang", "nl", "exercise", "add", "Wandelen", "--type", "beweging")
    assert result.exit_code == 0, result.stderr
    assert "De oefening Wandelen is toegevoegd." in result.stdout
    add(cli, "Iets", "--type", "ANDERS")
    assert [row[3] for row in exercises(started)] == ["movement", "other"]


def test_add_asks_the_rest_in_a_form(cli: Invoke, started: Path) -> None:
    answers: list[object] = [
        "Rêverie",  # name
        "Sit and let the thoughts drift",  # description
        "3",  # per week
        "reflection",  # type
        "2",  # session
    ]
    result = cli("exercise", "add", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert "Enter skips a question marked (optional)." in result.stdout
    assert "Added the exercise Rêverie." in result.stdout
    assert exercises(started) == [
        ("Rêverie", "Sit and let the thoughts drift", 3, "reflection", 2, 0, None)
    ]


def test_every_question_of_the_form_can_be_skipped(cli: Invoke, started: Path) -> None:
    result = cli("exercise", "add", "Walk", answers=["", "-", "", ""])
    assert result.exit_code == 0, result.stderr
    assert exercises(started) == [("Walk", None, None, None, None, 0, None)]


def test_no_name_off_a_terminal_is_a_usage_error(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    message = refused(cli("exercise", "add", "--per-week", "3"), 2)
    assert message == "NAME is needed; add it to the command."
    assert snapshot(started) == before


@pytest.mark.parametrize(
    "again",
    ["Body scan", "body scan", "BODY SCAN", "Bödy  Scän", "Body\u0301 scan", " body scan "],
)
def test_a_name_already_there_is_refused(cli: Invoke, started: Path, again: str) -> None:
    add(cli, "Body scan", "--per-week", "3")
    before = snapshot(started)
    message = refused(cli("exercise", "add", again, "--per-week", "5"), 1)
    assert message == (
        "You already have an exercise called Body scan; stop it first, or pick another name."
    )
    assert snapshot(started) == before
    assert exercises(started) == [("Body scan", None, 3, None, None, 0, None)]


def test_a_stopped_name_can_be_added_again(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    assert cli("exercise", "stop", "walk").exit_code == 0
    add(cli, "walk", "--per-week", "2")
    stored = exercises(started)
    assert [row[:3] for row in stored] == [("Walk", None, None), ("walk", None, 2)]
    assert stored[0][-1] is not None
    assert stored[1][-1] is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--per-week", "0"), "--per-week goes from 1 to 21; '0' is outside that."),
        (("--per-week", "22"), "--per-week goes from 1 to 21; '22' is outside that."),
        (("--per-week", "2,5"), "--per-week needs a whole number, not '2,5'."),
        (("--session", "0"), "--session goes from 1 to 10; '0' is outside that."),
        (("--session", "11"), "--session goes from 1 to 10; '11' is outside that."),
        (
            ("--type", "yoga"),
            "--type can be mindfulness|breathing|movement|boundaries|reflection|other;"
            " 'yoga' isn't one of them.",
        ),
        (("--description", "bell\x07"), "--description contains characters that can't be"),
        (("--description", "x\x1b[31m"), "--description contains characters that can't be"),
    ],
)
def test_bad_add_values_are_exit_2_and_nothing_written(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str
) -> None:
    before = snapshot(started)
    message = refused(cli("exercise", "add", "Walk", *args), 2)
    assert message.startswith(expected)
    assert snapshot(started) == before
    assert exercises(started) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("", "NAME can't be empty."),
        ("   ", "NAME can't be empty."),
        ("walk\tslowly", "NAME contains characters that can't be stored"),
        ("walk\nslowly", "NAME contains characters that can't be stored"),
        ("x" * 81, "NAME can be 80 characters at most."),
    ],
)
def test_a_bad_name_is_exit_2(cli: Invoke, started: Path, name: str, expected: str) -> None:
    before = snapshot(started)
    assert refused(cli("exercise", "add", name), 2).startswith(expected)
    assert snapshot(started) == before


# --- list -------------------------------------------------------------------------------------


def test_list_as_text(cli: Invoke, started: Path) -> None:
    add(cli, "Rêverie", "--description", "Sit still,\n\tbreathe", "--per-week", "3")
    add(cli, "Box breathing", "--type", "breathing", "--private")
    done(cli, "rev")
    expected = (
        "exercise                 type       this week  what it involves\n"
        "Rêverie                  -          1 of 3     Sit still, breathe\n"
        "Box breathing (private)  breathing  0          -\n"
    )
    for args in (("exercise",), ("exercise", "list")):
        result = cli(*args)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == expected
        assert result.stderr == ""


def test_list_as_json(cli: Invoke, started: Path) -> None:
    add(cli, "Zitten", "--description", "Sit", "--per-week", "7", "--type", "mindfulness")
    add(cli, "Ademen", "--session", "4", "--private")  # added later, sorts first by name
    done(cli, "zit")
    done(cli, "zit", "--at", "yesterday")
    data = listed(cli)
    assert [list(item) for item in data] == [JSON_KEYS, JSON_KEYS]
    ids = [ident for (ident,) in rows(started, "SELECT id FROM exercise ORDER BY created_at")]
    assert [item["id"] for item in data] == ids
    first, second = data
    this_week = 2 if TODAY.weekday() > 0 else 1  # yesterday was last week on a Monday
    assert {k: first[k] for k in JSON_KEYS[1:9]} == {
        "name": "Zitten",
        "description": "Sit",
        "type": "mindfulness",
        "per_week": 7,
        "session": None,
        "practised_this_week": this_week,
        "private": False,
        "stopped_at": None,
    }
    assert {k: second[k] for k in JSON_KEYS[1:9]} == {
        "name": "Ademen",
        "description": None,
        "type": None,
        "per_week": None,
        "session": 4,
        "practised_this_week": 0,
        "private": True,
        "stopped_at": None,
    }
    for item in data:
        created = datetime.fromisoformat(str(item["created_at"]))
        assert created.utcoffset() == timedelta(0)
        assert item["created_at"] == item["updated_at"]
    assert str(first["created_at"]) < str(second["created_at"])
    assert cli("exercise", "--json").stdout == cli("exercise", "list", "--json").stdout


def test_no_exercises_yet(cli: Invoke, started: Path) -> None:
    result = cli("exercise")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "No exercises yet. Add one you agreed with your coach: herstel exercise add NAME\n"
    )
    assert listed(cli) == []
    assert listed(cli, "--all") == []
    message = refused(cli("exercise", "done", "walk"), 1)
    assert message == "You have no exercises yet. Add one with: herstel exercise add NAME"
    assert refused(cli("exercise", "stop", "walk"), 1) == message
    assert rows(started, "SELECT count(*) FROM practice") == [(0,)]


def test_this_week_starts_on_monday(cli: Invoke, started: Path) -> None:
    today = TODAY
    monday = today - timedelta(days=today.weekday())
    sunday_before = monday - timedelta(days=1)
    add(cli, "Walk", "--per-week", "3")
    result = done(cli, "walk", "--at", sunday_before.isoformat())
    assert result.stdout.splitlines()[1] == "Practised that week: 1 (you intended 3)."
    assert listed(cli)[0]["practised_this_week"] == 0
    result = done(cli, "walk", "--at", monday.isoformat())
    assert result.stdout.splitlines()[1] == "Practised this week: 1 (you intended 3)."
    result = done(cli, "walk")
    assert result.stdout.splitlines()[1] == "Practised this week: 2 (you intended 3)."
    assert listed(cli)[0]["practised_this_week"] == 2
    assert "2 of 3" in cli("exercise").stdout
    assert [row[1] for row in practice(started)] == [
        sunday_before.isoformat(),
        monday.isoformat(),
        today.isoformat(),
    ]


def test_the_week_line_without_an_intention(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    result = done(cli, "walk", "--at", "-7d")
    assert result.stdout.splitlines()[1] == "Practised that week: 1."
    result = done(cli, "walk")
    assert result.stdout.splitlines()[1] == "Practised this week: 1."


def test_lists_in_dutch(cli: Invoke, started: Path) -> None:
    add(cli, "Rêverie", "--type", "breathing", "--per-week", "3", "--private")
    add(cli, "Walk", "--description", "Round the block")
    result = cli("--lang", "nl", "exercise", "done", "rev", "--at", "vandaag")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Opgeschreven: Rêverie (vandaag).\nDeze week 1 keer geoefend (je wilde 3 keer).\n"
    )
    assert cli("exercise", "stop", "walk").exit_code == 0
    result = cli("--lang", "nl", "exercise", "list", "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "oefening         soort       deze week  omschrijving\n"
        "Rêverie (privé)  ademhaling  1 van 3    -\n"
        "Walk (gestopt)   -           0          Round the block\n"
    )
    result = cli("--lang", "nl", "exercise", "done", "yoga")
    assert refused(result, 1) == "Er is geen oefening die 'yoga' heet. Jouw oefeningen: Rêverie."


# --- done -------------------------------------------------------------------------------------


def test_done_with_every_flag(cli: Invoke, started: Path) -> None:
    add(cli, "Walk", "--per-week", "2")
    yesterday = TODAY - timedelta(days=1)
    result = cli(
        "exercise",
        "done",
        "Walk",
        "--at",
        "yesterday 14:30",
        "--minutes",
        "25",
        "--note",
        "Slow,\n\tin the rain",
        "--private",
        answers=[],  # nothing may be asked when every flag is there
    )
    assert result.exit_code == 0, result.stderr
    assert practice(started) == [
        ("Walk", yesterday.isoformat(), "14:30", 25, "Slow,\n\tin the rain", 1)
    ]
    assert result.stdout.startswith("Noted: Walk (")
    assert "14:30)." in result.stdout.splitlines()[0]


def test_done_without_flags_is_now(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    before = NOW.replace(second=0, microsecond=0)
    result = done(cli, "walk")
    ((name, day, clock, minutes, note, private),) = practice(started)
    assert (name, minutes, note, private) == ("Walk", None, None, 0)
    assert before <= datetime.fromisoformat(f"{day}T{clock}") <= NOW
    assert result.stdout.splitlines()[0] == f"Noted: Walk (today {clock})."


def test_done_asks_minutes_and_note_in_a_form(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    result = cli("exercise", "done", "walk", answers=["15", "Felt calmer", True])
    assert result.exit_code == 0, result.stderr
    assert "Good that you took the time." in result.stdout
    assert [row[3:] for row in practice(started)] == [(15, "Felt calmer", 1)]


@pytest.mark.parametrize("minutes", ["0", "1440"])
def test_minutes_at_the_edges_are_taken(cli: Invoke, started: Path, minutes: str) -> None:
    add(cli, "Walk")
    done(cli, "walk", "--minutes", minutes)
    assert [row[3] for row in practice(started)] == [int(minutes)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("reve", "Rêverie"),  # the start, without the accent
        ("RÊV", "Rêverie"),
        ("re\u0302verie", "Rêverie"),  # the accent as a combining character
        ("rêverie", "Rêverie"),
        ("  box   b ", "Box breathing"),
        ("box", "Box breathing"),
        ("walk", "Walk"),  # a whole name wins over the start of a longer one
        ("walk ", "Walk"),
        ("walk s", "Walk slowly"),
    ],
)
def test_done_finds_the_exercise_by_a_unique_start(
    cli: Invoke, started: Path, typed: str, expected: str
) -> None:
    for name in ("Rêverie", "Box breathing", "Walk", "Walk slowly"):
        add(cli, name)
    result = done(cli, typed)
    assert result.stdout.startswith(f"Noted: {expected} (")
    assert [row[0] for row in practice(started)] == [expected]


def test_a_start_that_fits_several_is_refused_with_both_names(cli: Invoke, started: Path) -> None:
    add(cli, "Rêverie")
    add(cli, "Reve walk")
    add(cli, "Box breathing")
    before = snapshot(started)
    message = refused(cli("exercise", "done", "REVE"), 1)
    assert message == (
        "'REVE' fits several exercises: Rêverie, Reve walk. Type a bit more of the name."
    )
    assert snapshot(started) == before
    assert practice(started) == []
    assert snapshot(started) == before


def test_stop_takes_the_whole_name_only(cli: Invoke, started: Path) -> None:
    add(cli, "Rêverie")
    add(cli, "Box breathing")
    before = snapshot(started)
    message = refused(cli("exercise", "stop", "box"), 1)
    assert message == "No exercise is called 'box'. Yours are: Rêverie, Box breathing."
    assert snapshot(started) == before
    assert cli("exercise", "stop", "REVERIE").exit_code == 0
    assert [e["name"] for e in json.loads(cli("exercise", "--json").stdout)] == ["Box breathing"]


def test_practice_of_a_private_exercise_is_private(cli: Invoke, started: Path) -> None:
    add(cli, "Only mine", "--private")
    result = cli("exercise", "done", "only", "--not-private", "--note", "fine")
    assert result.exit_code == 0, result.stderr
    (entry,) = json.loads(cli("log", "--json").stdout)
    assert (entry["exercise"], entry["private"]) == ("Only mine", True)
    # On a terminal the question is not asked either: it could only give the name away.
    assert (
        cli("exercise", "done", "only", "--note", "x", "--minutes", "5", answers=[]).exit_code == 0
    )


def test_a_second_exercise_of_the_same_name_is_refused_before_any_question(
    cli: Invoke, started: Path
) -> None:
    add(cli, "Walk")
    before = snapshot(started)
    result = cli("exercise", "add", "WALK", answers=[])  # a question would fail the test
    refused(result, 1)
    assert snapshot(started) == before


def test_list_with_every_exercise_stopped_points_to_all(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    cli("exercise", "stop", "walk")
    assert cli("exercise").stdout == (
        "No exercise is running now; 'herstel exercise --all' shows them all.\n"
    )


def test_a_name_that_matches_nothing_lists_the_exercises(cli: Invoke, started: Path) -> None:
    add(cli, "Rêverie")
    add(cli, "Box breathing")
    before = snapshot(started)
    message = refused(cli("exercise", "done", "yoga", "--minutes", "10"), 1)
    assert message == "No exercise is called 'yoga'. Yours are: Rêverie, Box breathing."
    assert refused(cli("exercise", "done", "reverie x"), 1).startswith("No exercise is called")
    assert snapshot(started) == before
    assert practice(started) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--minutes", "-1"), "--minutes goes from 0 to 1440; '-1' is outside that."),
        (("--minutes", "1441"), "--minutes goes from 0 to 1440; '1441' is outside that."),
        (("--minutes", "x"), "--minutes needs a whole number, not 'x'."),
        (("--minutes", "7,5"), "--minutes needs a whole number, not '7,5'."),
        (("--at", "tomorrow"), "'tomorrow' lies in the future"),
        (("--at", (TODAY + timedelta(days=1)).isoformat()), "lies in the future"),
        (("--at", "someday"), "'someday' isn't a date herstel knows."),
        (("--at", "2027-02-30"), "'2027-02-30' isn't a day on the calendar."),
        (("--at", "today 25:00"), "'25:00' isn't a time"),
        (("--note", "bell\x07"), "--note contains characters that can't be stored"),
        (("--note", "back\x08space"), "--note contains characters that can't be stored"),
        (("--note", "\x1b[2Jwiped"), "--note contains characters that can't be stored"),
        (("--note", "nul\x00"), "--note contains characters that can't be stored"),
    ],
)
def test_bad_done_values_are_exit_2_and_nothing_written(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str
) -> None:
    add(cli, "Walk")
    before = snapshot(started)
    assert expected in refused(cli("exercise", "done", "walk", *args), 2)
    assert snapshot(started) == before
    assert practice(started) == []


def test_a_bad_flag_wins_over_a_name_that_matches_nothing(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    assert "--minutes" in refused(cli("exercise", "done", "yoga", "--minutes", "x"), 2)


def test_a_later_time_today_is_the_future(
    cli: Invoke, started: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_VARIABLE, f"{TODAY.isoformat()}T14:00")
    later = datetime.combine(TODAY, time(14, 5))
    add(cli, "Walk")
    before = snapshot(started)
    result = cli("exercise", "done", "walk", "--at", f"today {later:%H:%M}")
    assert "lies in the future" in refused(result, 2)
    assert snapshot(started) == before


def test_newlines_and_tabs_in_a_note_are_kept(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    note = "First round:\n\tcalm\n\n\tsecond round: tired"
    done(cli, "walk", "--note", note)
    assert [row[4] for row in practice(started)] == [note]
    (entry,) = json.loads(cli("log", "--json").stdout)
    assert entry["note"] == note
    shown = cli("log").stdout.splitlines()
    assert shown[1:] == [
        "    First round:",
        "        calm",
        "    ",
        "        second round: tired",
    ]


LONG = "Vandaag ging het ademen rustiger dan gisteren. " * 2200  # about 100 KB


@pytest.mark.parametrize(
    "text",
    [
        LONG,
        "Rustig 😌 daarna 🌿🌬️ en 👩🏽‍🦱",
        "מדיטציה בבוקר — تأمل صباحي",
        "cafe\u0301 na\u0308ief e\u0308\u0301n",  # combining accents, kept as typed
    ],
)
def test_any_note_is_stored_and_shown_intact(cli: Invoke, started: Path, text: str) -> None:
    add(cli, "Ademen")
    done(cli, "ademen", "--note", text)
    assert [row[4] for row in practice(started)] == [text.strip()]
    (entry,) = json.loads(cli("log", "--json", "--kind", "practice").stdout)
    assert entry["note"] == text.strip()
    shown = cli("log")
    assert shown.exit_code == 0, shown.stderr
    assert f"\n    {text.strip()}\n" in shown.stdout


def test_a_name_in_any_script_is_kept(cli: Invoke, started: Path) -> None:
    name = "Adem 🌬️ נשימה"
    add(cli, name)
    done(cli, "adem")
    assert exercises(started)[0][0] == name
    assert f"{name}  -" in cli("exercise").stdout
    assert f"practised {name}" in cli("log").stdout


# --- stop -------------------------------------------------------------------------------------


def test_stop_keeps_the_practice_and_hides_the_exercise(cli: Invoke, started: Path) -> None:
    add(cli, "Walk", "--per-week", "2")
    add(cli, "Rêverie")
    done(cli, "walk", "--minutes", "20")
    done(cli, "walk")
    result = cli("exercise", "stop", "WALK")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Stopped Walk. What you practised stays in your log.\n"
    ((stopped, updated, created),) = rows(
        started, "SELECT stopped_at, updated_at, created_at FROM exercise WHERE name = 'Walk'"
    )
    assert stopped is not None
    assert stopped == updated
    assert str(stopped) > str(created)
    assert [row[0] for row in practice(started)] == ["Walk", "Walk"]

    assert [item["name"] for item in listed(cli)] == ["Rêverie"]
    assert "Walk" not in cli("exercise").stdout
    every = listed(cli, "--all")
    assert [item["name"] for item in every] == ["Walk", "Rêverie"]
    assert every[0]["stopped_at"] == datetime.fromisoformat(str(stopped)).isoformat()
    assert every[0]["practised_this_week"] == 2
    assert every[1]["stopped_at"] is None
    assert "Walk (stopped)  -     2 of 2" in cli("exercise", "--all").stdout
    assert (
        cli("exercise", "--all", "--json").stdout
        == cli("exercise", "list", "--all", "--json").stdout
    )

    logged = json.loads(cli("log", "--json").stdout)
    assert [(e["kind"], e["exercise"]) for e in logged] == [("practice", "Walk")] * 2


def test_a_stopped_exercise_cannot_be_practised_or_stopped_again(
    cli: Invoke, started: Path
) -> None:
    add(cli, "Walk")
    add(cli, "Rêverie")
    assert cli("exercise", "stop", "Walk").exit_code == 0
    before = snapshot(started)
    message = refused(cli("exercise", "done", "walk"), 1)
    assert message == 'You stopped Walk earlier. To take it up again: herstel exercise add "Walk"'
    assert refused(cli("exercise", "stop", "walk"), 1) == message
    assert snapshot(started) == before
    assert practice(started) == []


def test_the_only_exercise_stopped_cannot_be_practised(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    assert cli("exercise", "stop", "walk").exit_code == 0
    before = snapshot(started)
    result = cli("exercise", "done", "walk")
    refused(result, 1)
    assert "You stopped Walk earlier" in result.stderr
    result = cli("exercise", "done", "yoga")
    refused(result, 1)
    assert "None of your exercises is running now" in result.stderr
    assert snapshot(started) == before
    assert practice(started) == []


# --- log --------------------------------------------------------------------------------------


def test_practice_in_the_log(cli: Invoke, started: Path) -> None:
    add(cli, "Walk")
    add(cli, "Rêverie")
    yesterday = TODAY - timedelta(days=1)
    done(cli, "walk", "--at", "yesterday 14:30", "--minutes", "20", "--note", "Rain", "--private")
    done(cli, "rêv", "--at", "yesterday 09:00")
    assert cli("signal", "tired", "--type", "body", "--at", "yesterday 12:00").exit_code == 0

    result = cli("log", "--json", "--kind", "practice")
    assert result.exit_code == 0, result.stderr
    first, second = json.loads(result.stdout)
    assert list(first) == [
        "kind",
        "id",
        "day",
        "time",
        "exercise_id",
        "exercise",
        "minutes",
        "note",
        "private",
        "created_at",
        "updated_at",
    ]
    ids = dict(rows(started, "SELECT name, id FROM exercise"))
    assert (first["kind"], first["exercise"], first["exercise_id"]) == (
        "practice",
        "Rêverie",
        ids["Rêverie"],
    )
    assert (first["time"], first["minutes"], first["note"], first["private"]) == (
        "09:00",
        None,
        None,
        False,
    )
    assert second["kind"] == "practice"
    assert second["exercise"] == "Walk"
    assert second["exercise_id"] == ids["Walk"]
    assert (second["day"], second["time"], second["minutes"]) == (
        yesterday.isoformat(),
        "14:30",
        20,
    )
    assert (second["note"], second["private"]) == ("Rain", True)
    every = json.loads(cli("log", "--json").stdout)
    assert [e["kind"] for e in every] == ["practice", "signal", "practice"]

    shown = strip_ids(cli("log", "--kind", "practice").stdout)
    assert "09:00  practised Rêverie\n" in shown
    assert "14:30  practised Walk: 20 min  (private)\n    Rain\n" in shown


# --- no trajectory ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("exercise",),
        ("exercise", "--json"),
        ("exercise", "list", "--all"),
        ("exercise", "add", "Walk"),
        ("exercise", "add", "Walk", "--per-week", "3", "--type", "movement"),
        ("exercise", "done", "walk"),
        ("exercise", "done", "walk", "--minutes", "10", "--at", "yesterday"),
        ("exercise", "stop", "walk"),
    ],
)
def test_without_a_trajectory_nothing_is_created(
    cli: Invoke, home: Path, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert refused(result, 1) + "\n" == NO_TRAJECTORY
    assert not (home / "herstel.db").exists()
    assert not home.exists()
