"""`herstel log` over every kind: time order, `--kind`, periods, JSON shapes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused, snapshot, strip_ids

COMMON = {"kind", "id", "day", "private", "created_at", "updated_at"}
SHAPES = {
    "checkin": COMMON
    | {
        "energy",
        "copied",
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
    },
    "signal": COMMON
    | {
        "time",
        "what",
        "type",
        "where",
        "intensity",
        "limit",
        "fit",
        "situation",
        "response",
        "ladder_item_id",
    },
    "pattern": COMMON
    | {
        "time",
        "situation",
        "behaviour",
        "consequence",
        "unnoticed",
        "belief",
        "belief_text",
        "new_behaviour",
        "reflection",
    },
    "bio": COMMON | {"time", "life_stage", "text", "drives", "pattern"},
    "practice": COMMON | {"time", "exercise_id", "exercise", "minutes", "note"},
}


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def journal(cli: Invoke, started: Path) -> Path:
    """A few days with one entry of every kind, written out of time order."""
    steps = [
        ("checkin", "--date", "-2d", "--energy", "4"),
        ("signal", "headache", "--type", "body", "--at", "yesterday 20:00"),
        ("pattern", "--situation", "Said yes again", "--at", "yesterday 09:15"),
        ("bio", "--life-stage", "Childhood", "--at", "-3d"),
        ("exercise", "add", "Breathing"),
        ("exercise", "done", "breath", "--minutes", "10", "--at", "-2d 07:00"),
        ("checkin", "--date", "yesterday", "--energy", "6"),
        ("signal", "calm", "--type", "emotion", "--fit", "yes", "--at", "-2d 21:30"),
    ]
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
    return started


def test_every_kind_in_time_order(cli: Invoke, journal: Path) -> None:
    entries = json.loads(cli("log", "--json").stdout)
    assert [(e["kind"], e["day"], e.get("time")) for e in entries] == [
        ("bio", day(-3), None),
        ("checkin", day(-2), None),  # a day without a time comes first in its day
        ("practice", day(-2), "07:00"),
        ("signal", day(-2), "21:30"),
        ("checkin", day(-1), None),
        ("pattern", day(-1), "09:15"),
        ("signal", day(-1), "20:00"),
    ]
    for entry in entries:
        assert set(entry) == SHAPES[entry["kind"]], entry["kind"]
    practice = entries[2]
    assert practice["exercise"] == "Breathing" and practice["minutes"] == 10
    assert entries[3]["fit"] is True and entries[6]["fit"] is None


def test_on_screen_each_kind_says_what_it_is(cli: Invoke, journal: Path) -> None:
    blocks = strip_ids(cli("log").stdout).strip().split("\n\n")
    headings = [block.splitlines()[0].split("  ", 1)[1] for block in blocks]
    assert headings == [
        "looking back",
        "check-in: energy 4",
        "practised Breathing: 10 min",
        "calm (emotion): felt right",
        "check-in: energy 6",
        "pattern note",
        "headache (body signal)",
    ]
    assert blocks[5].splitlines()[1] == "    situation: Said yes again"
    dutch = cli("--lang", "nl", "log", "--kind", "signal").stdout
    assert "calm (emotie): klopte voor mij" in dutch
    assert "headache (lichaamssignaal)" in dutch


def test_kind_filters_and_repeats(cli: Invoke, journal: Path) -> None:
    def kinds(*args: str) -> list[str]:
        result = cli("log", "--json", *args)
        assert result.exit_code == 0, result.stderr
        return [e["kind"] for e in json.loads(result.stdout)]

    assert kinds("--kind", "signal") == ["signal", "signal"]
    assert kinds("--kind", "signal", "--kind", "BIO") == ["bio", "signal", "signal"]
    assert kinds("--kind", "checkin,practice") == ["checkin", "practice", "checkin"]
    assert kinds("--kind", "pattern", "--since", "today") == []
    assert cli("log", "--kind", "pattern", "--since", "today").stdout == (
        "Nothing in that period.\n"
    )


def test_last_and_period_count_every_kind(cli: Invoke, journal: Path) -> None:
    last = json.loads(cli("log", "--json", "--last", "3").stdout)
    assert [(e["kind"], e["day"]) for e in last] == [
        ("checkin", day(-1)),
        ("pattern", day(-1)),
        ("signal", day(-1)),
    ]
    window = json.loads(cli("log", "--json", "--since", "-2d", "--until", "-2d").stdout)
    assert [e["kind"] for e in window] == ["checkin", "practice", "signal"]
    both = json.loads(cli("log", "--json", "--kind", "signal", "--last", "1").stdout)
    assert [(e["kind"], e["day"]) for e in both] == [("signal", day(-1))]


@pytest.mark.parametrize(
    "args", [("--kind", "diary"), ("--kind", ""), ("--kind", "signal", "--last", "0")]
)
def test_bad_kind_is_a_usage_error(cli: Invoke, journal: Path, args: tuple[str, ...]) -> None:
    before = snapshot(journal)
    result = cli("log", *args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert snapshot(journal) == before


def test_private_entries_are_marked_in_the_clients_own_log(cli: Invoke, started: Path) -> None:
    cli("pattern", "--situation", "Only for me", "--private")
    (entry,) = json.loads(cli("log", "--json").stdout)
    assert entry["private"] is True
    assert strip_ids(cli("log").stdout).splitlines()[0].endswith("pattern note  (private)")


def test_log_through_a_pipe_is_plain_ascii_safe(cli: Invoke, started: Path) -> None:
    cli("signal", "hartkloppingen", "--type", "body", "--situation", "Café vol, te druk 😵")
    result = cli("log", env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout
    assert "Café vol, te druk 😵" in result.stdout  # UTF-8 output keeps the words as written


def test_last_follows_the_time_of_day_not_the_order_of_writing(cli: Invoke, started: Path) -> None:
    cli("signal", "written first", "--type", "body", "--at", "yesterday 20:00")
    cli("signal", "written later", "--type", "body", "--at", "yesterday 08:00")
    cli("pattern", "--situation", "other kind", "--at", "-3d")
    (last,) = json.loads(cli("log", "--json", "--last", "1").stdout)
    assert last["what"] == "written first"
    both = json.loads(cli("log", "--json", "--last", "2", "--kind", "signal").stdout)
    assert [e["what"] for e in both] == ["written later", "written first"]


def test_kind_in_dutch_and_nothing_of_a_kind(cli: Invoke, started: Path) -> None:
    cli("signal", "onrust", "--type", "emotie")
    assert cli("log", "--kind", "bio").stdout == "Nothing of that kind yet.\n"
    result = cli("--lang", "nl", "log", "--kind", "signaal", "--json")
    assert [e["what"] for e in json.loads(result.stdout)] == ["onrust"]
    assert json.loads(cli("log", "--json", "--kind", "terugblik").stdout) == []


def test_the_log_and_the_store_name_the_same_kinds() -> None:
    from herstel.cli.log import KIND_NAMES
    from herstel.store import journal, timeline
    from herstel.ui.journal import JSON_KEYS

    assert tuple(timeline.KIND_TABLES) == tuple(journal.KIND_TABLES) == KIND_NAMES
    assert tuple(JSON_KEYS) == KIND_NAMES
    assert set(SHAPES) == set(KIND_NAMES)


@pytest.fixture
def words(cli: Invoke, started: Path) -> Path:
    steps = [
        (
            "checkin",
            "--date",
            "-3d",
            "--energy",
            "5",
            "--note",
            "Koffie in het café",
            "--giver",
            "Zon",
        ),
        ("signal", "Onrust", "--type", "emotion", "--situation", "Een OVERTUIGING die knaagt"),
        ("pattern", "--situation", "Te veel ja gezegd", "--belief-text", "Ik moet sterk zijn"),
        ("bio", "--life-stage", "Studie", "--drives", "Erkenning", "--private"),
        ("exercise", "add", "Ademruimte"),
        ("exercise", "done", "adem", "--note", "rustig", "--private"),
    ]
    for args in steps:
        assert cli(*args).exit_code == 0, args
    return started


@pytest.mark.parametrize(
    ("needle", "kinds"),
    [
        ("cafe", ["checkin"]),  # accents folded
        ("CAFÉ", ["checkin"]),
        ("zon", ["checkin"]),  # givers are searched too
        ("overtuiging", ["signal"]),  # case folded
        ("onrust", ["signal"]),  # the signal's own name
        ("sterk zijn", ["pattern"]),
        ("erkenning", ["bio"]),
        ("ademruimte", ["practice"]),  # the exercise's name
        ("e", ["checkin", "signal", "pattern", "bio", "practice"]),
        ("nowhere", []),
    ],
)
def test_grep_over_every_text_field(
    cli: Invoke, words: Path, needle: str, kinds: list[str]
) -> None:
    result = cli("log", "--json", "--grep", needle)
    assert result.exit_code == 0, result.stderr
    assert [e["kind"] for e in json.loads(result.stdout)] == kinds


def test_grep_and_private_only_with_last_and_kind(cli: Invoke, words: Path) -> None:
    private = json.loads(cli("log", "--json", "--private-only").stdout)
    assert [e["kind"] for e in private] == ["bio", "practice"]
    last = json.loads(cli("log", "--json", "--private-only", "--last", "1").stdout)
    assert [e["kind"] for e in last] == ["practice"]
    both = json.loads(cli("log", "--json", "--grep", "e", "--kind", "signal,bio").stdout)
    assert [e["kind"] for e in both] == ["signal", "bio"]
    assert cli("log", "--grep", "nowhere").stdout == "Nothing found.\n"
    assert cli("--lang", "nl", "log", "--grep", "nergens").stdout == "Niets gevonden.\n"
    shown = strip_ids(cli("log", "--grep", "café").stdout)
    assert shown.splitlines()[1:] == ["    gave energy: Zon", "    Koffie in het café"]


@pytest.mark.parametrize("needle", ["", "   ", "a\x07b"])
def test_a_bad_grep_is_a_usage_error(cli: Invoke, words: Path, needle: str) -> None:
    before = snapshot(words)
    refused(cli("log", "--grep", needle), 2)
    assert snapshot(words) == before
