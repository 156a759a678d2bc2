"""What came from the coach, in a client's store (`coach_models.FromCoach`), on the standard
library's sqlite3: `herstel plan` and `herstel` alone read it, and they stay light.

Each row is one record of the coach's as the last packet applied had it (`data`, the packet's
JSON), with the client's own record it became, if any (`record_id`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from herstel.store.rows import read_utc, utc_text

SEQUENCE_SETTING = "coach-packet-sequence"


@dataclass(frozen=True)
class FromCoachRow:
    id: str
    kind: str  # goal, plan, note, exercise, ladder, session, work_step
    record_id: str | None
    data: dict[str, Any]
    sequence: int
    received_at: datetime


def from_coach(
    *, conn: sqlite3.Connection, trajectory_id: str, kinds: tuple[str, ...] = ()
) -> list[FromCoachRow]:
    """What came from the coach (of `kinds`, or all), in the order it first came."""
    where = f" AND kind IN ({', '.join('?' for _ in kinds)})" if kinds else ""
    found = conn.execute(
        "SELECT id, kind, record_id, data, sequence, received_at FROM from_coach"  # noqa: S608
        f" WHERE trajectory_id = ?{where} ORDER BY rowid",
        (trajectory_id, *kinds),
    ).fetchall()
    return [
        FromCoachRow(
            id=row[0],
            kind=row[1],
            record_id=row[2],
            data=json.loads(row[3]),
            sequence=row[4],
            received_at=read_utc(row[5]),
        )
        for row in found
    ]


def keep_from_coach(*, conn: sqlite3.Connection, trajectory_id: str, row: FromCoachRow) -> None:
    """Store (or replace) the coach's version of one record."""
    conn.execute(
        "INSERT INTO from_coach (id, trajectory_id, kind, record_id, data, sequence, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " record_id = excluded.record_id, data = excluded.data, sequence = excluded.sequence,"
        " received_at = excluded.received_at",
        (
            row.id, trajectory_id, row.kind, row.record_id, json.dumps(row.data),
            row.sequence, utc_text(row.received_at),
        ),
    )  # fmt: skip


def drop_from_coach(*, conn: sqlite3.Connection, ident: str) -> None:
    conn.execute("DELETE FROM from_coach WHERE id = ?", (ident,))
