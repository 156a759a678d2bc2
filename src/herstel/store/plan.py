"""The trajectory, its ten sessions and the store-wide settings on the standard library's sqlite3:
what `herstel plan`, `init` and `config` read and write, without SQLAlchemy.

Values are written as the ORM writes them (see `herstel.store.rows`); the SQLModel tables
(`store.models.Trajectory`, `store.models.Setting`, `store.session_models.CoachingSession`) stay
the schema of record.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from herstel.core.schedule import lay_out, phase_of
from herstel.core.summary import DayFigures
from herstel.core.trajectory import TrajectoryPlan
from herstel.store.rows import (
    TrajectoryRow,
    active_trajectory,
    insert,
    new_id,
    read_day,
    read_utc,
    utc_text,
)


@dataclass(frozen=True)
class SessionRow:
    """One of the ten sessions, as stored (see `store.session_models.CoachingSession`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    number: int
    phase: int
    planned_on: date
    time: str | None
    original_on: date | None
    held_on: date | None
    status: str  # planned, held, cancelled
    note: str | None
    cancel_reason: str | None


@dataclass(frozen=True)
class AgreedExercise:
    """An exercise agreed at a session (stopped ones too), as the plan names it."""

    id: str
    name: str
    private: bool
    session: int


_SESSION_COLUMNS = (
    "id, trajectory_id, created_at, updated_at, number, phase, planned_on, time, original_on,"
    " held_on, status, note, cancel_reason"
)


def _session(row: sqlite3.Row) -> SessionRow:
    return SessionRow(
        id=row["id"],
        trajectory_id=row["trajectory_id"],
        created_at=read_utc(row["created_at"]),
        updated_at=read_utc(row["updated_at"]),
        number=row["number"],
        phase=row["phase"],
        planned_on=date.fromisoformat(row["planned_on"]),
        time=row["time"],
        original_on=read_day(row["original_on"]),
        held_on=read_day(row["held_on"]),
        status=row["status"],
        note=row["note"],
        cancel_reason=row["cancel_reason"],
    )


def sessions(*, conn: sqlite3.Connection, trajectory_id: str) -> list[SessionRow]:
    """The ten sessions, in order."""
    cursor = conn.cursor()  # rows by name, on any connection (a coach's is SQLAlchemy's)
    cursor.row_factory = sqlite3.Row
    found = cursor.execute(
        f"SELECT {_SESSION_COLUMNS} FROM session WHERE trajectory_id = ? ORDER BY number",  # noqa: S608
        (trajectory_id,),
    ).fetchall()
    return [_session(row) for row in found]


def save_session(*, conn: sqlite3.Connection, slot: SessionRow) -> None:
    """Write back what can change in a session: its days, time, status, note and reason."""
    conn.execute(
        "UPDATE session SET updated_at = ?, planned_on = ?, time = ?, original_on = ?,"
        " held_on = ?, status = ?, note = ?, cancel_reason = ? WHERE id = ?",
        (
            utc_text(slot.updated_at),
            slot.planned_on.isoformat(),
            slot.time,
            None if slot.original_on is None else slot.original_on.isoformat(),
            None if slot.held_on is None else slot.held_on.isoformat(),
            slot.status,
            slot.note,
            slot.cancel_reason,
            slot.id,
        ),
    )


# Tables with a `day`, for where the trajectory's entries begin. Names are ours, never the user's.
_ENTRY_TABLES = ("checkin", "signal", "pattern_note", "bio_note", "practice")


def first_entry_day(*, conn: sqlite3.Connection, trajectory_id: str) -> date | None:
    union = " UNION ALL ".join(
        f"SELECT min(day) FROM {table} WHERE trajectory_id = :t"  # noqa: S608
        for table in _ENTRY_TABLES
    )
    found = conn.execute(union, {"t": trajectory_id}).fetchall()
    days = [date.fromisoformat(row[0]) for row in found if row[0] is not None]
    return min(days, default=None)


def day_figures(*, conn: sqlite3.Connection, trajectory_id: str) -> DayFigures:
    """Every entry reduced to what the period figures need."""

    def query(sql: str) -> list[Any]:
        return list(conn.execute(sql, (trajectory_id,)).fetchall())

    day = date.fromisoformat
    checkins = {
        day(row[0]): (row[1], row[2])
        for row in query("SELECT day, energy, sleep_hours FROM checkin WHERE trajectory_id = ?")
    }
    signals = [
        (day(row[0]), row[1])
        for row in query('SELECT day, "limit" FROM signal WHERE trajectory_id = ?')
    ]
    patterns = [
        day(row[0]) for row in query("SELECT day FROM pattern_note WHERE trajectory_id = ?")
    ]
    practices = [day(row[0]) for row in query("SELECT day FROM practice WHERE trajectory_id = ?")]
    return DayFigures(checkins, signals, patterns, practices)


def agreed_exercises(*, conn: sqlite3.Connection, trajectory_id: str) -> list[AgreedExercise]:
    """Every exercise agreed at a session, stopped or not, oldest first."""
    found = conn.execute(
        "SELECT id, name, private, session FROM exercise"
        " WHERE trajectory_id = ? AND session IS NOT NULL ORDER BY created_at",
        (trajectory_id,),
    ).fetchall()
    return [
        AgreedExercise(id=row[0], name=row[1], private=bool(row[2]), session=row[3])
        for row in found
    ]


# --- the trajectory ---------------------------------------------------------------------------


def add_trajectory(
    *, conn: sqlite3.Connection, plan: TrajectoryPlan, now: datetime
) -> TrajectoryRow:
    """The active trajectory and its ten sessions, laid out from its first session and rhythm."""
    trajectory_id = new_id()
    stamp = utc_text(now)
    first_time = plan.first_session_time.strftime("%H:%M") if plan.first_session_time else None
    insert(
        conn=conn,
        table="trajectory",
        values={
            "id": trajectory_id,
            "created_at": stamp,
            "updated_at": stamp,
            "active": 1,
            "client_name": plan.client_name,
            "coach_name": plan.coach_name,
            "first_session_on": plan.first_session_on.isoformat(),
            "first_session_time": first_time,
            "phase1_sessions": plan.phase1_sessions,
            "phase2_weeks": plan.phase2_weeks,
            "focus": plan.focus,
            "contract_hours": plan.contract_hours,
            "sick_since": plan.sick_since.isoformat() if plan.sick_since else None,
        },
    )
    days = lay_out(
        plan.first_session_on,
        phase1_sessions=plan.phase1_sessions,
        phase2_weeks=plan.phase2_weeks,
    )
    for number, day in enumerate(days, start=1):
        insert(
            conn=conn,
            table="session",
            values={
                "id": new_id(),
                "trajectory_id": trajectory_id,
                "created_at": stamp,
                "updated_at": stamp,
                "number": number,
                "phase": phase_of(number, phase1_sessions=plan.phase1_sessions),
                "planned_on": day.isoformat(),
                # Sessions usually keep one slot: each starts at the first one's time.
                "time": first_time,
                "original_on": None,
                "held_on": None,
                "status": "planned",
                "note": None,
                "cancel_reason": None,
            },
        )
    found = active_trajectory(conn=conn)
    if found is None:  # pragma: no cover - written a moment ago in this transaction
        raise RuntimeError("the trajectory just written is not there")
    return found


# The trajectory's columns that change after init (names are ours, never the user's).
TRAJECTORY_COLUMNS = (
    "client_name",
    "coach_name",
    "focus",
    "phase2_weeks",
    "first_session_on",
    "first_session_time",
    "contract_hours",
    "sick_since",
    "company_doctor",
    "work_done_on",
)


def update_trajectory(
    *, conn: sqlite3.Connection, trajectory_id: str, values: dict[str, Any], now: datetime
) -> None:
    """Set some of the trajectory's columns (days as `date`), and its `updated_at`."""
    if not set(values) <= set(TRAJECTORY_COLUMNS):
        raise ValueError(
            f"not a trajectory setting: {sorted(set(values) - set(TRAJECTORY_COLUMNS))}"
        )
    stored = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
    assignments = ", ".join(f"{name} = ?" for name in stored)
    conn.execute(
        f"UPDATE trajectory SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608
        [*stored.values(), utc_text(now), trajectory_id],
    )


# --- store-wide settings (the `setting` table; herstel.application.settings is their one way) --


def get_setting(*, conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute('SELECT value FROM setting WHERE "key" = ?', (key,)).fetchone()
    return None if row is None else str(row[0])


def put_setting(*, conn: sqlite3.Connection, key: str, value: str, now: datetime) -> None:
    """Set `key` as the ORM would (`store.models.Setting`); an unchanged value keeps its
    `updated_at`."""
    stored = get_setting(conn=conn, key=key)
    if stored is None:
        conn.execute(
            'INSERT INTO setting ("key", value, updated_at) VALUES (?, ?, ?)',
            (key, value, utc_text(now)),
        )
    elif stored != value:
        conn.execute(
            'UPDATE setting SET value = ?, updated_at = ? WHERE "key" = ?',
            (value, utc_text(now), key),
        )


def delete_setting(*, conn: sqlite3.Connection, key: str) -> None:
    conn.execute('DELETE FROM setting WHERE "key" = ?', (key,))
