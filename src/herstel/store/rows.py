"""The daily commands' way to the store: plain SQL on the standard library's sqlite3.

SQLModel's table models (`store/*models.py`) stay the schema of record; what is written here is
written exactly as they would write it, so that a row written by either path reads back the same
through the other (`tests/test_store_paths.py` checks it):

- timestamps: UTC ISO 8601 text with offset and microseconds (`utc_text`);
- days: `YYYY-MM-DD` text; booleans: 0/1; lists (givers, drainers): JSON text or NULL.

Functions take the connection keyword-only, as the ORM functions take the session, and return
plain dataclasses: nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any


def new_id() -> str:
    return str(uuid.uuid4())


def utc_text(moment: datetime) -> str:
    """A timestamp as the ORM stores it (see `store.models.UTCDateTime`)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def read_utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def read_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def json_list(values: tuple[str, ...] | list[str] | None) -> str | None:
    """A list as SQLAlchemy's JSON type writes it; None (NULL) for no list at all."""
    return None if values is None else json.dumps(list(values))


def read_list(text: str | None) -> list[str] | None:
    """A stored list; SQL NULL and JSON 'null' (what the ORM writes for None on an update) are
    both no list."""
    value = None if text is None else json.loads(text)
    return None if value is None else [str(item) for item in value]


@dataclass(frozen=True)
class TrajectoryRow:
    """The active trajectory, as the daily commands need it."""

    id: str
    created_at: datetime
    updated_at: datetime
    client_name: str
    coach_name: str | None
    first_session_on: date
    first_session_time: str | None
    phase1_sessions: int
    phase2_weeks: int
    focus: str
    contract_hours: float | None = None
    sick_since: date | None = None
    company_doctor: str | None = None
    work_done_on: date | None = None


def active_trajectory(*, conn: sqlite3.Connection) -> TrajectoryRow | None:
    return _trajectory(conn, "active", ())


def trajectory_by_id(*, conn: sqlite3.Connection, trajectory_id: str) -> TrajectoryRow | None:
    """A trajectory by its id (a coach's store holds one per client)."""
    return _trajectory(conn, "id = ?", (trajectory_id,))


def _trajectory(
    conn: sqlite3.Connection, where: str, params: tuple[str, ...]
) -> TrajectoryRow | None:
    # A cursor of its own with named rows: `conn` may also be the one under a SQLModel session
    # (store.db.sqlite_of), whose own rows must stay tuples.
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    columns = (
        "id, created_at, updated_at, client_name, coach_name, first_session_on,"
        " first_session_time, phase1_sessions, phase2_weeks, focus, contract_hours, sick_since,"
        " company_doctor, work_done_on"
    )
    sql = f"SELECT {columns} FROM trajectory WHERE {where} LIMIT 1"  # noqa: S608 - ours
    row = cursor.execute(sql, params).fetchone()
    if row is None:
        return None
    return TrajectoryRow(
        id=row["id"],
        created_at=read_utc(row["created_at"]),
        updated_at=read_utc(row["updated_at"]),
        client_name=row["client_name"],
        coach_name=row["coach_name"],
        first_session_on=date.fromisoformat(row["first_session_on"]),
        first_session_time=row["first_session_time"],
        phase1_sessions=row["phase1_sessions"],
        phase2_weeks=row["phase2_weeks"],
        focus=row["focus"],
        contract_hours=row["contract_hours"],
        sick_since=read_day(row["sick_since"]),
        company_doctor=row["company_doctor"],
        work_done_on=read_day(row["work_done_on"]),
    )


def insert(*, conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> None:
    """One row into `table` (a name of ours, never typed by a person)."""
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))  # noqa: S608
