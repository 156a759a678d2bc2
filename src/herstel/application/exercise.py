"""`herstel exercise`: the exercises agreed with the coach, and each time one was practised. Each
action is one sqlite3 transaction (`exercise done` is a daily command: no SQLAlchemy)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime

from herstel.application.trajectory import trajectory_in
from herstel.core.entries import find_named, week_of
from herstel.errors import HerstelError
from herstel.store import exercises as rows
from herstel.store.db import Store
from herstel.store.exercises import ExerciseRow, PracticeRow
from herstel.store.rows import new_id

__all__ = ["ExerciseRow", "PracticeRow"]


def _refuse_a_second(conn: sqlite3.Connection, trajectory_id: str, name: str) -> None:
    """Two active exercises never share a name (case, accents and spacing aside)."""
    active = rows.exercises(conn=conn, trajectory_id=trajectory_id)
    same = find_named(name, [(e.name, e) for e in active], prefix=False)
    if same:
        raise HerstelError("exercise.exists", name=same[0].name)


def _find(
    conn: sqlite3.Connection, trajectory_id: str, typed: str, *, prefix: bool = True
) -> ExerciseRow:
    """The active exercise `typed` names: its whole name or (with `prefix`) a unique start."""
    active = rows.exercises(conn=conn, trajectory_id=trajectory_id)
    found = find_named(typed, [(e.name, e) for e in active], prefix=prefix)
    if len(found) == 1:
        return found[0]
    every = rows.exercises(conn=conn, trajectory_id=trajectory_id, stopped=True)
    stopped = find_named(typed, [(e.name, e) for e in every if e.stopped_at], prefix=False)
    if stopped and not found:
        raise HerstelError("exercise.was_stopped", name=stopped[-1].name)
    if not active:
        if every:
            raise HerstelError("exercise.none_active")
        raise HerstelError("exercise.none_yet")
    if not found:
        names = ", ".join(e.name for e in active)
        raise HerstelError("exercise.no_match", name=typed.strip(), candidates=names)
    names = ", ".join(e.name for e in found)
    raise HerstelError("exercise.ambiguous", name=typed.strip(), candidates=names)


def refuse_a_second(*, store: Store, name: str) -> None:
    """Before the questions of a new exercise: refused when an active one has this name."""
    with store.read() as conn:
        _refuse_a_second(conn, trajectory_in(conn=conn).id, name)


@dataclass(frozen=True)
class NewExercise:
    name: str
    description: str | None = None
    per_week: int | None = None
    type: str | None = None  # mindfulness, breathing, movement, boundaries, reflection, other
    session: int | None = None  # the session (1-10) where it was agreed
    private: bool = False


def add_exercise(*, store: Store, exercise: NewExercise, now: datetime) -> ExerciseRow:
    """A new exercise; refused when an active one has the same name."""
    with store.write() as conn:
        trajectory_id = trajectory_in(conn=conn).id
        _refuse_a_second(conn, trajectory_id, exercise.name)
        saved = ExerciseRow(
            id=new_id(), trajectory_id=trajectory_id, created_at=now, updated_at=now,
            name=exercise.name, description=exercise.description, per_week=exercise.per_week,
            type=exercise.type, session=exercise.session, private=exercise.private,
        )  # fmt: skip
        rows.add_exercise(conn=conn, exercise=saved)
    return saved


def find_exercise(*, store: Store, name: str) -> ExerciseRow:
    """The active exercise `name` names (its whole name or a unique start), or the error that
    says why none."""
    with store.read() as conn:
        return _find(conn, trajectory_in(conn=conn).id, name)


@dataclass(frozen=True)
class NewPractice:
    day: date
    time: str | None  # "HH:MM", local
    minutes: int | None = None
    note: str | None = None
    private: bool = False


@dataclass(frozen=True)
class PracticeLogged:
    exercise: ExerciseRow
    practice: PracticeRow
    count: int  # how often the exercise was practised in the practice's ISO week
    this_week: bool  # that week is today's


def log_practice(
    *, store: Store, today: date, name: str, practice: NewPractice, now: datetime
) -> PracticeLogged:
    """One time the exercise `name` names was practised. The practice of a private exercise is
    private too: it would give the exercise's name away."""
    monday, sunday = week_of(practice.day)
    with store.write() as conn:
        trajectory_id = trajectory_in(conn=conn).id
        exercise = _find(conn, trajectory_id, name)
        saved = PracticeRow(
            id=new_id(), trajectory_id=trajectory_id, exercise_id=exercise.id, created_at=now,
            updated_at=now, day=practice.day, time=practice.time, minutes=practice.minutes,
            note=practice.note, private=practice.private or exercise.private,
        )  # fmt: skip
        rows.add_practice(conn=conn, practice=saved)
        counts = rows.practice_counts(
            conn=conn, trajectory_id=trajectory_id, since=monday, until=sunday
        )
    return PracticeLogged(
        exercise=exercise,
        practice=saved,
        count=counts.get(exercise.id, 0),
        this_week=practice.day >= week_of(today)[0],
    )


def stop_exercise(*, store: Store, name: str, now: datetime) -> ExerciseRow:
    """Stop the active exercise of this whole name: stopping is not undone as easily as a
    practice is noted. Its practice stays."""
    with store.write() as conn:
        exercise = _find(conn, trajectory_in(conn=conn).id, name, prefix=False)
        rows.stop_exercise(conn=conn, exercise_id=exercise.id, now=now)
    return replace(exercise, stopped_at=now, updated_at=now)


@dataclass(frozen=True)
class Exercises:
    items: list[ExerciseRow]  # oldest first
    practised_this_week: dict[str, int]  # exercise id -> times in today's ISO week
    any_stopped: bool  # none active, but some stopped


def exercises(*, store: Store, today: date, every: bool) -> Exercises:
    """The active exercises (with `every`, the stopped ones too) and this week's practice."""
    monday, sunday = week_of(today)
    with store.read() as conn:
        trajectory_id = trajectory_in(conn=conn).id
        found = rows.exercises(conn=conn, trajectory_id=trajectory_id, stopped=every)
        stopped = not found and bool(
            rows.exercises(conn=conn, trajectory_id=trajectory_id, stopped=True)
        )
        counts = rows.practice_counts(
            conn=conn, trajectory_id=trajectory_id, since=monday, until=sunday
        )
    return Exercises(items=found, practised_this_week=counts, any_stopped=stopped)
