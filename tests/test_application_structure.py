"""The structural layer's application functions (signal, ladder, pattern, bio, exercise), called
directly with a store in a temporary folder and a pinned day; rows written on sqlite3 read back
alike through the ORM's models, and the other way round."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import stores
from conftest import NOW, TODAY
from herstel.application import exercise, notes, signals
from herstel.core.entries import week_of
from herstel.errors import HerstelError
from herstel.store import exercises as exercise_rows
from herstel.store import queries
from herstel.store import signals as signal_rows
from herstel.store.db import Store
from herstel.store.exercise_models import Exercise, Practice
from herstel.store.note_models import BioNote, PatternNote
from herstel.store.signal_models import LadderItem, Signal
from stores import stamp


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    """A store without a trajectory."""
    with stores.opened(tmp_path) as opened:
        yield opened


@pytest.fixture
def store(empty: Store) -> Store:
    return stores.started(empty, stores.plan(first_session_on=TODAY))


def dump(store: Store) -> list[tuple[Any, ...]]:
    """Every row of the structural tables, for "nothing changed"."""
    tables = ("ladder_item", "signal", "pattern_note", "bio_note", "exercise", "practice")
    with store.read() as conn:
        return [
            (table, *row)
            for table in tables
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
        ]


def same_as_orm(row: Any, model: Any, store: Store) -> None:
    """The row a sqlite3 function wrote, read back through the ORM: every field alike."""
    with store.reading() as session:
        record = session.get(model, row.id)
    assert record is not None
    for field in dataclasses.fields(row):
        assert getattr(record, field.name) == getattr(row, field.name), field.name
    assert set(type(record).model_fields) == {f.name for f in dataclasses.fields(row)}


def a_signal(what: str = "tight shoulders", **values: Any) -> signals.NewSignal:
    moment = {"day": TODAY, "time": NOW.strftime("%H:%M"), "type": "body"}
    return signals.NewSignal(**{**moment, "what": what, **values})


# --- signal and ladder --------------------------------------------------------------------------


def test_a_signal_is_saved_as_the_orm_reads_it(store: Store) -> None:
    logged = signals.log_signal(
        store=store,
        signal=a_signal(
            location="neck", intensity=4, limit="near", fit=False, situation="a meeting\nlong",
            response="a walk", private=True,
        ),
        now=stamp(),
    )  # fmt: skip
    assert logged.ladder_item is None
    assert logged.near_a_limit
    assert logged.signal.day == TODAY and logged.signal.fit is False
    same_as_orm(logged.signal, Signal, store)


def test_a_signal_meets_the_ladder_item_of_its_name(store: Store) -> None:
    saved = signals.save_ladder_item(
        store=store, signal="Tight shoulders", colour="orange", action="stop and stretch",
        set_action=True, private=None,
        now=stamp(),
    )  # fmt: skip
    logged = signals.log_signal(
        store=store, signal=a_signal("tight  SHOULDERS", limit="none"), now=stamp()
    )
    assert logged.ladder_item == saved.item
    assert logged.signal.ladder_item_id == saved.item.id
    assert not logged.near_a_limit
    same_as_orm(logged.signal, Signal, store)


def test_a_new_ladder_item_links_the_signals_noted_before(store: Store) -> None:
    signals.log_signal(store=store, signal=a_signal("Héadache"), now=stamp())
    signals.log_signal(store=store, signal=a_signal("headache"), now=stamp())
    signals.log_signal(store=store, signal=a_signal("tired"), now=stamp())
    saved = signals.save_ladder_item(
        store=store,
        signal="headache",
        colour="red",
        action=None,
        set_action=False,
        private=True,
        now=stamp(),
    )
    assert (saved.outcome, saved.linked) == ("added", 2)
    assert saved.item.private and saved.item.removed_at is None
    same_as_orm(saved.item, LadderItem, store)
    from sqlmodel import select

    with store.reading() as session:
        linked = [s.what for s in session.exec(select(Signal)).all() if s.ladder_item_id]
    assert sorted(linked) == ["Héadache", "headache"]


def test_an_item_on_the_ladder_takes_what_is_given(store: Store) -> None:
    first = signals.save_ladder_item(
        store=store, signal="restless", colour="orange", action="breathe", set_action=True,
        private=True,
        now=stamp(),
    ).item  # fmt: skip
    same = signals.save_ladder_item(
        store=store, signal="Restless", colour="orange", action=None, set_action=False,
        private=None,
        now=stamp(),
    )  # fmt: skip
    assert same.outcome == "unchanged" and same.item == first
    changed = signals.save_ladder_item(
        store=store,
        signal="restless",
        colour="red",
        action=None,
        set_action=True,
        private=None,
        now=stamp(),
    )
    assert changed.outcome == "updated"
    assert (changed.item.colour, changed.item.action, changed.item.private) == ("red", None, True)
    assert changed.item.created_at == first.created_at
    assert changed.item.updated_at > first.updated_at
    same_as_orm(changed.item, LadderItem, store)
    assert signals.ladder(store=store).items == [changed.item]


def test_the_ladder_is_oldest_first_without_what_was_removed(store: Store) -> None:
    for name, colour in (("a", "red"), ("b", "green"), ("c", "orange")):
        signals.save_ladder_item(
            store=store,
            signal=name,
            colour=colour,
            action=None,
            set_action=False,
            private=None,
            now=stamp(),
        )
    removed = signals.remove_ladder_item(store=store, name="B", now=stamp())
    assert removed.signal == "b" and removed.removed_at is not None
    assert removed.updated_at == removed.removed_at
    same_as_orm(removed, LadderItem, store)
    assert [item.signal for item in signals.ladder(store=store).items] == ["a", "c"]


def test_removing_what_is_not_on_the_ladder_changes_nothing(store: Store) -> None:
    signals.save_ladder_item(
        store=store,
        signal="headache",
        colour="red",
        action=None,
        set_action=False,
        private=None,
        now=stamp(),
    )
    before = dump(store)
    with pytest.raises(HerstelError) as refused:
        signals.remove_ladder_item(
            store=store, name="head", now=stamp()
        )  # the whole name, not a start
    assert refused.value.key == "ladder.no_match"
    assert refused.value.params == {"what": "head", "candidates": "headache"}
    assert dump(store) == before


def test_an_item_the_orm_wrote_reads_back_alike_on_sqlite3(store: Store) -> None:
    now = datetime(2026, 12, 3, 19, 0, 0, 123456, tzinfo=UTC)
    with store.writing() as session:
        trajectory = queries.active_trajectory(session=session)
        assert trajectory is not None
        written = queries.add_record(
            session=session, model=LadderItem, trajectory_id=trajectory.id, now=now,
            values={"signal": "sigh", "colour": "green", "action": "x\ny", "private": True},
        )  # fmt: skip
    with store.read() as conn:
        (read,) = signal_rows.ladder(conn=conn, trajectory_id=written.trajectory_id)
    for field in dataclasses.fields(read):
        assert getattr(read, field.name) == getattr(written, field.name), field.name


def test_without_a_trajectory_nothing_is_written(empty: Store) -> None:
    before = dump(empty)
    for action in (
        lambda: signals.log_signal(store=empty, signal=a_signal(), now=stamp()),
        lambda: signals.ladder(store=empty),
        lambda: exercise.add_exercise(
            store=empty, exercise=exercise.NewExercise("walk"), now=stamp()
        ),
        lambda: notes.write_bio(
            store=empty, note=notes.NewBio(day=TODAY, time=None, text="x"), now=stamp()
        ),
    ):
        with pytest.raises(HerstelError) as refused:
            action()
        assert refused.value.key == "trajectory.none"
    assert dump(empty) == before


# --- pattern and bio ----------------------------------------------------------------------------


def test_a_pattern_note_is_saved_as_the_orm_reads_it(store: Store) -> None:
    note = notes.NewPattern(
        day=TODAY - timedelta(days=1), time=None, situation="the deadline", behaviour="late",
        belief="other", belief_text="I must", private=True,
    )  # fmt: skip
    saved = notes.write_pattern(store=store, note=note, now=stamp())
    assert saved.day == TODAY - timedelta(days=1) and saved.belief_text == "I must"
    same_as_orm(saved, PatternNote, store)


def test_a_bio_note_is_saved_as_the_orm_reads_it(store: Store) -> None:
    saved = notes.write_bio(
        store=store,
        note=notes.NewBio(day=TODAY, time="09:30", life_stage="school", drives="x"),
        now=stamp(),
    )
    assert (saved.text, saved.private) == (None, False)
    same_as_orm(saved, BioNote, store)


# --- exercise -----------------------------------------------------------------------------------


def test_an_exercise_is_saved_and_a_second_of_its_name_refused(store: Store) -> None:
    saved = exercise.add_exercise(
        store=store,
        exercise=exercise.NewExercise(
            "Body scan", description="ten minutes", per_week=3, type="mindfulness", session=2
        ),
        now=stamp(),
    )
    same_as_orm(saved, Exercise, store)
    before = dump(store)
    for attempt in (
        lambda: exercise.refuse_a_second(store=store, name="body  SCAN"),
        lambda: exercise.add_exercise(
            store=store, exercise=exercise.NewExercise("Bódy scan"), now=stamp()
        ),
    ):
        with pytest.raises(HerstelError) as refused:
            attempt()
        assert (refused.value.key, refused.value.params) == (
            "exercise.exists",
            {"name": "Body scan"},
        )
    assert dump(store) == before


def test_a_practice_counts_in_its_week(store: Store) -> None:
    exercise.add_exercise(
        store=store, exercise=exercise.NewExercise("breathing", per_week=5), now=stamp()
    )
    today = exercise.log_practice(
        store=store, today=TODAY, name="breath",
        practice=exercise.NewPractice(day=TODAY, time="08:00", minutes=10, note="calm"),
        now=stamp(),
    )  # fmt: skip
    assert (today.exercise.name, today.count, today.this_week) == ("breathing", 1, True)
    same_as_orm(today.practice, Practice, store)
    last_week = TODAY - timedelta(days=7)
    earlier = exercise.log_practice(
        store=store, today=TODAY, name="breathing",
        practice=exercise.NewPractice(day=last_week, time=None),
        now=stamp(),
    )  # fmt: skip
    assert (earlier.count, earlier.this_week) == (1, False)
    listed = exercise.exercises(store=store, today=TODAY, every=False)
    assert listed.practised_this_week == {today.exercise.id: 1}
    assert week_of(last_week)[1] < week_of(TODAY)[0]


def test_the_practice_of_a_private_exercise_is_private(store: Store) -> None:
    exercise.add_exercise(
        store=store, exercise=exercise.NewExercise("journal", private=True), now=stamp()
    )
    logged = exercise.log_practice(
        store=store, today=TODAY, name="journal",
        practice=exercise.NewPractice(day=TODAY, time=None, private=False),
        now=stamp(),
    )  # fmt: skip
    assert logged.practice.private
    same_as_orm(logged.practice, Practice, store)


def test_a_stopped_exercise_is_listed_only_with_every(store: Store) -> None:
    exercise.add_exercise(store=store, exercise=exercise.NewExercise("walk"), now=stamp())
    with pytest.raises(HerstelError) as refused:
        exercise.stop_exercise(store=store, name="wa", now=stamp())  # stopping takes the whole name
    assert refused.value.key == "exercise.no_match"
    stopped = exercise.stop_exercise(store=store, name="Walk", now=stamp())
    assert stopped.stopped_at is not None and stopped.updated_at == stopped.stopped_at
    same_as_orm(stopped, Exercise, store)
    active = exercise.exercises(store=store, today=TODAY, every=False)
    assert (active.items, active.any_stopped) == ([], True)
    assert exercise.exercises(store=store, today=TODAY, every=True).items == [stopped]
    before = dump(store)
    with pytest.raises(HerstelError) as refused:
        exercise.log_practice(
            store=store, today=TODAY, name="walk",
            practice=exercise.NewPractice(day=TODAY, time=None),
            now=stamp(),
        )  # fmt: skip
    assert (refused.value.key, refused.value.params) == ("exercise.was_stopped", {"name": "walk"})
    assert dump(store) == before


def test_an_ambiguous_start_names_the_candidates(store: Store) -> None:
    for name in ("breathing", "breaks"):
        exercise.add_exercise(store=store, exercise=exercise.NewExercise(name), now=stamp())
    with pytest.raises(HerstelError) as refused:
        exercise.find_exercise(store=store, name="brea")
    assert refused.value.key == "exercise.ambiguous"
    assert refused.value.params["candidates"] == "breathing, breaks"
    assert exercise.find_exercise(store=store, name="breat").name == "breathing"


def test_an_exercise_the_orm_wrote_reads_back_alike_on_sqlite3(store: Store) -> None:
    now = datetime(2026, 12, 3, 19, 0, 0, 5, tzinfo=UTC)
    with store.writing() as session:
        trajectory = queries.active_trajectory(session=session)
        assert trajectory is not None
        written = queries.add_record(
            session=session, model=Exercise, trajectory_id=trajectory.id, now=now,
            values={"name": "n", "description": None, "per_week": 2, "type": "other",
                    "session": 1, "private": False, "stopped_at": now},
        )  # fmt: skip
    with store.read() as conn:
        (read,) = exercise_rows.exercises(
            conn=conn, trajectory_id=written.trajectory_id, stopped=True
        )
    for field in dataclasses.fields(read):
        assert getattr(read, field.name) == getattr(written, field.name), field.name


def test_the_stored_day_is_iso_text(store: Store) -> None:
    signals.log_signal(store=store, signal=a_signal(fit=True), now=stamp())
    conn = sqlite3.connect(store.path)
    try:
        day, fit, private = conn.execute("SELECT day, fit, private FROM signal").fetchone()
    finally:
        conn.close()
    assert (day, fit, private) == (TODAY.isoformat(), 1, 0)
    assert isinstance(date.fromisoformat(day), date)
