"""Exercises and their practice, on the standard library's sqlite3 (`herstel exercise done` is a
daily command: no SQLAlchemy on its way).

The tables are those of `store/exercise_models.py`, written as the ORM writes them (see
`store/rows.py`): timestamps through `utc_text`, days as ISO text, booleans as 0/1.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from herstel.store.rows import insert, read_utc, utc_text


@dataclass(frozen=True)
class ExerciseRow:
    """An exercise agreed with the coach (`exercise_models.Exercise`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    name: str
    description: str | None
    per_week: int | None
    type: str | None
    session: int | None
    private: bool
    stopped_at: datetime | None = None


@dataclass(frozen=True)
class PracticeRow:
    """One time an exercise was practised (`exercise_models.Practice`)."""

    id: str
    trajectory_id: str
    exercise_id: str
    created_at: datetime
    updated_at: datetime
    day: date
    time: str | None
    minutes: int | None
    note: str | None
    private: bool


def _exercise(row: sqlite3.Row) -> ExerciseRow:
    return ExerciseRow(
        id=row["id"],
        trajectory_id=row["trajectory_id"],
        created_at=read_utc(row["created_at"]),
        updated_at=read_utc(row["updated_at"]),
        name=row["name"],
        description=row["description"],
        per_week=row["per_week"],
        type=row["type"],
        session=row["session"],
        private=bool(row["private"]),
        stopped_at=None if row["stopped_at"] is None else read_utc(row["stopped_at"]),
    )


def exercises(
    *, conn: sqlite3.Connection, trajectory_id: str, stopped: bool = False
) -> list[ExerciseRow]:
    """The active exercises (with `stopped`, every one), oldest first."""
    where = "" if stopped else " AND stopped_at IS NULL"
    columns = (
        "id, trajectory_id, created_at, updated_at, name, description, per_week, type, session,"
        " private, stopped_at"
    )
    found = conn.execute(
        f"SELECT {columns} FROM exercise WHERE trajectory_id = ?{where} ORDER BY created_at",  # noqa: S608
        (trajectory_id,),
    ).fetchall()
    return [_exercise(row) for row in found]


def add_exercise(*, conn: sqlite3.Connection, exercise: ExerciseRow) -> None:
    insert(
        conn=conn,
        table="exercise",
        values={
            "id": exercise.id,
            "trajectory_id": exercise.trajectory_id,
            "created_at": utc_text(exercise.created_at),
            "updated_at": utc_text(exercise.updated_at),
            "name": exercise.name,
            "description": exercise.description,
            "per_week": exercise.per_week,
            "type": exercise.type,
            "session": exercise.session,
            "private": int(exercise.private),
            "stopped_at": None if exercise.stopped_at is None else utc_text(exercise.stopped_at),
        },
    )


def stop_exercise(*, conn: sqlite3.Connection, exercise_id: str, now: datetime) -> None:
    stamp = utc_text(now)
    conn.execute(
        "UPDATE exercise SET stopped_at = ?, updated_at = ? WHERE id = ?",
        (stamp, stamp, exercise_id),
    )


def add_practice(*, conn: sqlite3.Connection, practice: PracticeRow) -> None:
    insert(
        conn=conn,
        table="practice",
        values={
            "id": practice.id,
            "trajectory_id": practice.trajectory_id,
            "exercise_id": practice.exercise_id,
            "created_at": utc_text(practice.created_at),
            "updated_at": utc_text(practice.updated_at),
            "day": practice.day.isoformat(),
            "time": practice.time,
            "minutes": practice.minutes,
            "note": practice.note,
            "private": int(practice.private),
        },
    )


def practice_counts(
    *, conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> dict[str, int]:
    """How often each exercise was practised within since..until (both included)."""
    found = conn.execute(
        "SELECT exercise_id, count(*) FROM practice"
        " WHERE trajectory_id = ? AND day >= ? AND day <= ? GROUP BY exercise_id",
        (trajectory_id, since.isoformat(), until.isoformat()),
    ).fetchall()
    return {exercise_id: count for exercise_id, count in found}


def update_exercise(*, conn: sqlite3.Connection, exercise: ExerciseRow) -> None:
    """Store the exercise's fields and `updated_at` as they now are."""
    conn.execute(
        "UPDATE exercise SET name = ?, description = ?, per_week = ?, type = ?, session = ?,"
        " updated_at = ? WHERE id = ?",
        (
            exercise.name,
            exercise.description,
            exercise.per_week,
            exercise.type,
            exercise.session,
            utc_text(exercise.updated_at),
            exercise.id,
        ),
    )
