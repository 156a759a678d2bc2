"""`herstel demo` through the CLI: what a demo journal holds (and the effects built into it for
`insights` to find), that the same seed gives the same journal, and every refusal."""

from __future__ import annotations

import json
import statistics
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import NOW, TODAY, Invoke, refused, rows, snapshot

CHECKINS = "SELECT day, energy, sleep_hours, givers, drainers, private FROM checkin ORDER BY day"
SIGNALS = (
    'SELECT signal.day, what, type, location, intensity, "limit", fit, ladder_item.signal'
    " FROM signal LEFT JOIN ladder_item ON ladder_item.id = signal.ladder_item_id"
    " ORDER BY signal.day, signal.time"
)
SESSIONS = "SELECT number, status, planned_on, original_on, held_on FROM session ORDER BY number"
ENTRY_TABLES = ("checkin", "signal", "pattern_note", "bio_note", "practice")
RECORD_TABLES = (*ENTRY_TABLES, "ladder_item", "exercise", "session", "trajectory")


def demo(cli: Invoke, home: Path, *args: str, lang: str = "en") -> Path:
    """A demo in `home`; returns the store's path."""
    result = cli("--home", str(home), "--lang", lang, "demo", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return home / "herstel.db"


def day(text: object) -> date:
    return date.fromisoformat(str(text))


def content(store: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without their ids (fresh uuids) and the links made of them."""
    found = {}
    for table in RECORD_TABLES:
        names = [
            row[1]
            for row in rows(store, f"PRAGMA table_info({table})")
            if not str(row[1]).endswith("id")
        ]
        columns = ", ".join(f'"{name}"' for name in names)
        found[table] = sorted(
            rows(store, f"SELECT {columns} FROM {table}"),  # noqa: S608 - our own table names
            key=repr,
        )
    return found


# --- what a demo holds ---------------------------------------------------------------------------


def test_the_commands_to_try_name_a_home_given_with_the_flag(cli: Invoke, tmp_path: Path) -> None:
    elsewhere = tmp_path / "a demo"
    shown = cli("--home", str(elsewhere), "demo", "--weeks", "2").stdout
    assert f"  herstel --home '{elsewhere}' insights\n" in shown


def test_demo_fills_an_empty_home(cli: Invoke, home: Path) -> None:
    result = cli("demo")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == (
        f"A made-up journal of 16 weeks is ready in {home}.\n"
        "Have a look around:\n"
        "  herstel plan\n"  # HERSTEL_HOME points here: the commands need no --home
        "  herstel insights\n"
        "  herstel prepare\n"
    )
    store = home / "herstel.db"
    today = TODAY
    first = today - timedelta(days=16 * 7 - 1)

    [trajectory] = rows(
        store,
        "SELECT client_name, coach_name, first_session_on, first_session_time, phase1_sessions,"
        " phase2_weeks, focus, active FROM trajectory",
    )
    assert trajectory == ("Demo", "Marieke", first.isoformat(), "14:30", 5, 3, "self-relation", 1)
    assert rows(store, "SELECT value FROM setting WHERE key = 'language'") == [("en",)]
    assert json.loads((home / "settings.json").read_text())["language"] == "en"

    # Check-ins on about seven days in eight, one a day, from the first day up to yesterday.
    checkins = rows(store, CHECKINS)
    days = [day(row[0]) for row in checkins]
    assert 0.85 <= len(checkins) / (16 * 7) <= 0.90
    assert len(set(days)) == len(days)
    assert min(days) >= first
    assert max(days) < today
    assert all(0 <= row[1] <= 10 for row in checkins)
    # Energy starts depleted and recovers towards 6-7.
    energy = [row[1] for row in checkins]
    assert statistics.mean(energy[:14]) < 4.5
    assert statistics.mean(energy[-28:]) > 5.5
    assert [row[5] for row in checkins].count(1) == 1  # one private check-in, nothing else
    for table in ("signal", "pattern_note", "bio_note", "practice", "ladder_item", "exercise"):
        assert rows(store, f"SELECT count(*) FROM {table} WHERE private") == [(0,)]  # noqa: S608

    # Givers and drainers named again and again.
    givers = Counter(name for row in checkins for name in json.loads(str(row[3] or "[]")))
    drainers = Counter(name for row in checkins for name in json.loads(str(row[4] or "[]")))
    assert set(givers) == {"walk", "music", "friends"}
    assert set(drainers) == {"email", "meetings", "noise"}
    assert min(givers.values()) > 6
    assert min(drainers.values()) > 6

    # Sessions held as planned, but session 3, which moved two days later; the rest to come.
    for number, status, planned_on, original_on, held_on in rows(store, SESSIONS):
        if day(planned_on) < today:
            assert status == "held"
            assert held_on == planned_on
        else:
            assert (status, held_on) == ("planned", None)
        if number == 3:
            assert day(planned_on) - day(original_on) == timedelta(days=2)
        else:
            assert original_on is None
    assert rows(store, "SELECT count(*) FROM session WHERE status = 'held'") == [(7,)]

    # The ladder, the beliefs, the exercises and their practice.
    assert sorted(rows(store, "SELECT colour, signal FROM ladder_item")) == [
        ("green", "calm"),
        ("orange", "tight shoulders"),
        ("red", "headache"),
    ]
    assert rows(store, "SELECT count(*) FROM ladder_item WHERE action IS NULL") == [(0,)]
    beliefs = Counter(row[0] for row in rows(store, "SELECT belief FROM pattern_note"))
    assert set(beliefs) == {"perfection", "no-burden"}
    assert sum(beliefs.values()) >= 10
    assert rows(store, "SELECT count(*) FROM bio_note") == [(3,)]
    exercises = rows(store, "SELECT name, per_week, type, session FROM exercise ORDER BY session")
    assert exercises == [
        ("breathing space", 5, "breathing", 1),
        ("body scan", 3, "mindfulness", 2),
        ("walk without phone", 2, "movement", 4),
    ]
    practised = rows(
        store,
        "SELECT exercise.name, count(*), min(practice.minutes) FROM practice"
        " JOIN exercise ON exercise.id = practice.exercise_id GROUP BY exercise.name",
    )
    assert {row[0] for row in practised} == {row[0] for row in exercises}
    assert all(int(str(row[2])) > 0 for row in practised)


def test_demo_timestamps_are_evenings_of_the_entry_day(cli: Invoke, home: Path) -> None:
    store = demo(cli, home, "--weeks", "3")
    # The pinned clock's now, with the minutes the test takes.
    now = NOW.astimezone(UTC) + timedelta(minutes=5)
    for table in ENTRY_TABLES:
        for entry_day, created, updated in rows(
            store,
            f"SELECT day, created_at, updated_at FROM {table}",  # noqa: S608
        ):
            written = datetime.fromisoformat(str(created))
            assert written.tzinfo is not None
            assert written.utcoffset() == timedelta(0)
            assert created == updated
            assert written < now
            local = written.astimezone()
            assert local.date() == day(entry_day)
            assert 20 <= local.hour <= 22


def test_sleep_drives_energy(cli: Invoke, home: Path) -> None:
    checkins = rows(demo(cli, home), CHECKINS)
    sleep = statistics.median(float(str(row[2])) for row in checkins)
    longer = [int(str(row[1])) for row in checkins if float(str(row[2])) > sleep]
    shorter = [int(str(row[1])) for row in checkins if float(str(row[2])) <= sleep]
    assert statistics.mean(longer) - statistics.mean(shorter) >= 1.5
    assert all(4.5 <= float(str(row[2])) <= 9 for row in checkins)
    assert all(float(str(row[2])) * 4 == int(float(str(row[2])) * 4) for row in checkins)


def test_tight_shoulders_warn_before_a_dip(cli: Invoke, home: Path) -> None:
    store = demo(cli, home)
    checkins = rows(store, CHECKINS)
    energy = sorted(int(str(row[1])) for row in checkins)
    dips = {day(row[0]) for row in checkins if int(str(row[1])) <= 2}
    assert len(dips) >= 7  # every 9-15 days
    assert len(dips) <= len(checkins) / 5  # the lowest fifth...
    assert energy[len(dips)] >= 3  # ...and no other day that low

    signals = rows(store, SIGNALS)
    shoulders = [row for row in signals if row[1] == "tight shoulders"]
    assert {row[2:8] for row in shoulders} <= {
        ("body", "shoulders", intensity, "near", 0, "tight shoulders") for intensity in (3, 4)
    }
    warned = {day(row[0]) for row in shoulders}
    before = [dip for dip in dips if warned & {dip - timedelta(days=1), dip - timedelta(days=2)}]
    assert len(before) / len(dips) >= 0.8
    unrelated = [
        warning
        for warning in warned
        if not dips & {warning + timedelta(days=1), warning + timedelta(days=2)}
    ]
    assert len(unrelated) <= 3

    crossed = [row for row in signals if row[5] == "crossed"]
    assert crossed
    assert {day(row[0]) for row in crossed} <= dips
    assert {row[1] for row in crossed} <= {"headache", "exhausted"}

    # Signs of being on track: mostly on days with energy 7 or more.
    by_day = {day(row[0]): int(str(row[1])) for row in checkins}
    fitting = [row for row in signals if row[6] == 1]
    assert {row[1] for row in fitting} <= {"calm", "light chest"}
    assert len(fitting) >= 3
    assert sum(by_day.get(day(row[0]), 0) >= 7 for row in fitting) / len(fitting) >= 0.6
    assert {row[1] for row in signals} >= {"restless", "heavy head"}


def test_signals_named_on_the_ladder_are_linked_to_it(cli: Invoke, home: Path) -> None:
    signals = rows(demo(cli, home), SIGNALS)
    ladder = {"calm", "tight shoulders", "headache"}
    for row in signals:
        assert row[7] == (row[1] if row[1] in ladder else None)


# --- the same seed, the same journal --------------------------------------------------------------


def test_the_same_seed_gives_the_same_journal(cli: Invoke, tmp_path: Path) -> None:
    first = content(demo(cli, tmp_path / "a", "--weeks", "6", "--seed", "7"))
    again = content(demo(cli, tmp_path / "b", "--weeks", "6", "--seed", "7"))
    other = content(demo(cli, tmp_path / "c", "--weeks", "6", "--seed", "8"))
    default = content(demo(cli, tmp_path / "d", "--weeks", "6"))
    seed_one = content(demo(cli, tmp_path / "e", "--weeks", "6", "--seed", "1"))
    assert again == first
    assert other["checkin"] != first["checkin"]
    assert default == seed_one


def test_dutch_tells_the_same_story_in_dutch(cli: Invoke, tmp_path: Path) -> None:
    result = cli("--home", str(tmp_path / "nl"), "--lang", "nl", "demo", "--weeks", "6")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        f"Een verzonnen dagboek van 6 weken staat klaar in {tmp_path / 'nl'}.\nKijk gerust rond:\n"
    )
    dutch = tmp_path / "nl" / "herstel.db"
    english = demo(cli, tmp_path / "en", "--weeks", "6")
    assert json.loads((tmp_path / "nl" / "settings.json").read_text())["language"] == "nl"
    assert rows(dutch, "SELECT value FROM setting WHERE key = 'language'") == [("nl",)]

    givers = {g for row in rows(dutch, CHECKINS) for g in json.loads(str(row[3] or "[]"))}
    assert givers <= {"wandelen", "muziek", "vrienden"}
    assert sorted(rows(dutch, "SELECT colour, signal FROM ladder_item")) == [
        ("green", "rust in mijn lijf"),
        ("orange", "strakke schouders"),
        ("red", "hoofdpijn"),
    ]
    shoulders = rows(dutch, "SELECT location FROM signal WHERE what = 'strakke schouders'")
    assert shoulders
    assert set(shoulders) == {("schouders",)}
    names = rows(dutch, "SELECT name FROM exercise ORDER BY session")
    assert names == [("ademruimte",), ("bodyscan",)]  # the third comes in session 4
    # The numbers are those of the English demo.
    numbers = "SELECT day, energy, sleep_hours, food, movement, structure FROM checkin"
    assert rows(dutch, numbers) == rows(english, numbers)
    assert rows(dutch, SESSIONS) == rows(english, SESSIONS)


def test_dutch_catalog_of_the_demo_matches_the_english_one() -> None:
    from herstel.core.demo import EN, NL

    def shape(value: object) -> object:
        if isinstance(value, dict):
            return {key: shape(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [shape(item) for item in value]
        return type(value).__name__ if isinstance(value, str) else value

    assert shape(EN) == shape(NL)


# --- refusals ----------------------------------------------------------------------------------


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder for temporary files, ours alone (the demo suggests a folder in it)."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_second_demo_changes_nothing(cli: Invoke, home: Path, temp: Path) -> None:
    store = demo(cli, home, "--weeks", "2")
    before = snapshot(store)
    settings_file = (home / "settings.json").read_bytes()
    message = refused(cli("demo"), 1)
    assert message == (
        "This herstel folder already holds a journal; the demo only fills an empty one. "
        f"Try: herstel --home {temp / 'herstel-demo'} demo"
    )
    assert snapshot(store) == before
    assert (home / "settings.json").read_bytes() == settings_file
    # Once that folder holds a demo too, the next free one is suggested.
    demo(cli, temp / "herstel-demo", "--weeks", "2")
    message = refused(cli("demo"), 1)
    assert message.endswith(f"Try: herstel --home {temp / 'herstel-demo-2'} demo")


def test_never_in_the_folder_herstel_uses_by_itself(
    cli: Invoke, home: Path, temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without --home or HERSTEL_HOME the home is the platform's folder for herstel's data,
    # where the person's real journal will live: the demo refuses it and names another.
    monkeypatch.delenv("HERSTEL_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(home.parent / "data"))
    message = refused(cli("demo"), 2)
    assert message == (
        "The demo needs a folder of its own, apart from your journal. "
        f"Try: herstel --home {temp / 'herstel-demo'} demo"
    )
    assert not (home.parent / "data").exists()


def test_a_real_journal_is_never_filled(cli: Invoke, home: Path) -> None:
    result = cli("init", "--name", "Anna", "--first-session", "2027-01-04")
    assert result.exit_code == 0, result.stderr
    store = home / "herstel.db"
    before = snapshot(store)
    message = refused(cli("--lang", "nl", "demo"), 1)
    assert message.startswith("In deze herstel-map staat al een dagboek;")
    assert snapshot(store) == before
    assert rows(store, "SELECT count(*) FROM checkin") == [(0,)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--weeks", "0"], "--weeks goes from 2 to 260; '0' is outside that."),
        (["--weeks", "1"], "--weeks goes from 2 to 260; '1' is outside that."),
        (["--weeks", "261"], "--weeks goes from 2 to 260; '261' is outside that."),
        (["--weeks", "x"], "--weeks needs a whole number, not 'x'."),
        (["--weeks", "3.5"], "--weeks needs a whole number, not '3.5'."),
        (["--seed", "x"], "--seed needs a whole number, not 'x'."),
        (["--seed", "-1"], "--seed goes from 0 to 999999999; '-1' is outside that."),
    ],
)
def test_a_bad_flag_is_a_usage_error_and_creates_nothing(
    cli: Invoke, home: Path, args: list[str], message: str
) -> None:
    assert refused(cli("demo", *args), 2) == message
    assert not home.exists()


# --- invariants ----------------------------------------------------------------------------------


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 999_999_999), weeks=st.integers(2, 60))
def test_every_demo_keeps_the_rules(cli: Invoke, seed: int, weeks: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = demo(cli, Path(folder), "--weeks", str(weeks), "--seed", str(seed))
        check_rules(store, weeks=weeks, today=TODAY)


def check_rules(store: Path, *, weeks: int, today: date) -> None:
    first = today - timedelta(days=7 * weeks - 1)
    checkins = rows(store, CHECKINS)
    days = [day(row[0]) for row in checkins]
    assert len(days) == len(set(days))
    assert 0.85 <= len(days) / (7 * weeks) <= 0.90
    assert all(0 <= int(str(row[1])) <= 10 for row in checkins)
    for table in ENTRY_TABLES:
        [(low, high)] = rows(store, f"SELECT min(day), max(day) FROM {table}")  # noqa: S608
        if low is not None:
            assert first <= day(low)
            assert day(high) < today
    for _, status, planned_on, _, held_on in rows(store, SESSIONS):
        if day(planned_on) < today:
            assert (status, held_on) == ("held", planned_on)
        else:
            assert status == "planned"
    ladder = {str(row[0]) for row in rows(store, "SELECT signal FROM ladder_item")}
    for row in rows(store, SIGNALS):
        assert row[7] == (row[1] if row[1] in ladder else None)
    [(orphans,)] = rows(
        store,
        "SELECT count(*) FROM practice LEFT JOIN exercise ON exercise.id = practice.exercise_id"
        " WHERE exercise.id IS NULL",
    )
    assert orphans == 0


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 999_999_999),
    weeks=st.integers(2, 260),
    today=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    lang=st.sampled_from(["en", "nl"]),
)
def test_the_generator_keeps_the_rules_on_any_day(
    seed: int, weeks: int, today: date, lang: str
) -> None:
    from herstel.core.demo import build_demo

    journal = build_demo(seed=seed, weeks=weeks, today=today, lang=lang)
    first = today - timedelta(days=7 * weeks - 1)
    assert journal.first_day == first
    days = [checkin.day for checkin in journal.checkins]
    assert days == sorted(set(days))
    assert 0.85 <= len(days) / (7 * weeks) <= 0.90
    assert all(0 <= checkin.energy <= 10 for checkin in journal.checkins)
    entries = [
        *journal.checkins,
        *journal.signals,
        *journal.patterns,
        *journal.bios,
        *journal.practices,
    ]
    assert all(first <= entry.day < today for entry in entries)
    assert all(entry.written.date() == entry.day for entry in entries)
    for outcome in journal.sessions:
        if outcome.planned_on < today:
            assert (outcome.status, outcome.held_on) == ("held", outcome.planned_on)
        else:
            assert (outcome.status, outcome.held_on) == ("planned", None)
        assert outcome.written is None or outcome.written.date() < today
    moved = [s for s in journal.sessions if s.original_on is not None]
    assert len(moved) <= 1
    assert build_demo(seed=seed, weeks=weeks, today=today, lang=lang) == journal
