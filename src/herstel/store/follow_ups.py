"""Follow-up talks after the ten sessions, on the standard library's sqlite3 (written as the
ORM model `store.session_models.FollowUp` would be)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from herstel.store.rows import insert, new_id, read_utc, utc_text


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    created_at: datetime
    updated_at: datetime
    day: date
    time: str | None
    note: str | None


def add_follow_up(
    *,
    conn: sqlite3.Connection,
    trajectory_id: str,
    day: date,
    time: str | None,
    note: str | None,
    now: datetime,
) -> FollowUpRow:
    row = FollowUpRow(new_id(), now, now, day, time, note)
    insert(
        conn=conn,
        table="follow_up",
        values={
            "id": row.id, "trajectory_id": trajectory_id, "created_at": utc_text(now),
            "updated_at": utc_text(now), "day": day.isoformat(), "time": time, "note": note,
        },
    )  # fmt: skip
    return row


def follow_ups(*, conn: sqlite3.Connection, trajectory_id: str) -> list[FollowUpRow]:
    """Oldest first."""
    found = conn.execute(
        "SELECT id, created_at, updated_at, day, time, note FROM follow_up"
        " WHERE trajectory_id = ? ORDER BY day, time, created_at",
        (trajectory_id,),
    )
    return [
        FollowUpRow(ident, read_utc(made), read_utc(changed), date.fromisoformat(day), at, note)
        for ident, made, changed, day, at, note in found
    ]


def update_follow_up(*, conn: sqlite3.Connection, talk: FollowUpRow) -> None:
    conn.execute(
        "UPDATE follow_up SET time = ?, note = ?, updated_at = ? WHERE id = ?",
        (talk.time, talk.note, utc_text(talk.updated_at), talk.id),
    )


def delete_follow_up(*, conn: sqlite3.Connection, ident: str) -> None:
    """Gone, without a tombstone: every export carries all follow-ups, so the coach's herstel
    withdraws one the next export no longer holds."""
    conn.execute("DELETE FROM follow_up WHERE id = ?", (ident,))
