"""The early-warning ladder and the signals logged against it, on the standard library's sqlite3
(`herstel signal` and `herstel ladder` are daily commands: no SQLAlchemy on their way).

The tables are those of `store/signal_models.py`, written as the ORM writes them (see
`store/rows.py`): timestamps through `utc_text`, days as ISO text, booleans as 0/1.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from herstel.core.entries import fold
from herstel.store.rows import insert, read_utc, utc_text


@dataclass(frozen=True)
class LadderItemRow:
    """A known signal on the ladder (`signal_models.LadderItem`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    signal: str
    colour: str  # green, orange, red
    action: str | None
    private: bool
    removed_at: datetime | None = None


@dataclass(frozen=True)
class SignalRow:
    """A body or emotional signal (`signal_models.Signal`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    day: date
    time: str | None
    what: str
    type: str
    location: str | None
    intensity: int | None
    limit: str | None
    fit: bool | None
    situation: str | None
    response: str | None
    ladder_item_id: str | None
    private: bool


_LADDER_COLUMNS = (
    "id, trajectory_id, created_at, updated_at, signal, colour, action, private, removed_at"
)


def _ladder_item(row: sqlite3.Row) -> LadderItemRow:
    return LadderItemRow(
        id=row["id"],
        trajectory_id=row["trajectory_id"],
        created_at=read_utc(row["created_at"]),
        updated_at=read_utc(row["updated_at"]),
        signal=row["signal"],
        colour=row["colour"],
        action=row["action"],
        private=bool(row["private"]),
        removed_at=None if row["removed_at"] is None else read_utc(row["removed_at"]),
    )


def ladder(
    *, conn: sqlite3.Connection, trajectory_id: str, removed: bool = False
) -> list[LadderItemRow]:
    """The ladder as it stands (with `removed`, also the items taken off it), oldest first."""
    where = "" if removed else " AND removed_at IS NULL"
    found = conn.execute(
        f"SELECT {_LADDER_COLUMNS} FROM ladder_item WHERE trajectory_id = ?{where}"  # noqa: S608
        " ORDER BY created_at",
        (trajectory_id,),
    ).fetchall()
    return [_ladder_item(row) for row in found]


def ladder_item_for(
    *, conn: sqlite3.Connection, trajectory_id: str, name: str
) -> LadderItemRow | None:
    """The ladder item for a signal called `name` (case, accents and spacing aside)."""
    key = fold(name)
    items = ladder(conn=conn, trajectory_id=trajectory_id)
    return next((item for item in items if fold(item.signal) == key), None)


def add_ladder_item(*, conn: sqlite3.Connection, item: LadderItemRow) -> None:
    insert(
        conn=conn,
        table="ladder_item",
        values={
            "id": item.id,
            "trajectory_id": item.trajectory_id,
            "created_at": utc_text(item.created_at),
            "updated_at": utc_text(item.updated_at),
            "signal": item.signal,
            "colour": item.colour,
            "action": item.action,
            "private": int(item.private),
            "removed_at": None if item.removed_at is None else utc_text(item.removed_at),
        },
    )


def update_ladder_item(*, conn: sqlite3.Connection, item: LadderItemRow) -> None:
    """Store the item's colour, action, privacy, removal and `updated_at` as they now are."""
    conn.execute(
        "UPDATE ladder_item SET colour = ?, action = ?, private = ?, removed_at = ?,"
        " updated_at = ? WHERE id = ?",
        (
            item.colour,
            item.action,
            int(item.private),
            None if item.removed_at is None else utc_text(item.removed_at),
            utc_text(item.updated_at),
            item.id,
        ),
    )


def link_signals(*, conn: sqlite3.Connection, item: LadderItemRow) -> int:
    """Link the signals logged under this item's name, and not yet linked, to it."""
    key = fold(item.signal)
    unlinked = conn.execute(
        "SELECT id, what FROM signal WHERE trajectory_id = ? AND ladder_item_id IS NULL",
        (item.trajectory_id,),
    ).fetchall()
    ids = [row["id"] for row in unlinked if fold(row["what"]) == key]
    conn.executemany(
        "UPDATE signal SET ladder_item_id = ? WHERE id = ?", [(item.id, ident) for ident in ids]
    )
    return len(ids)


def add_signal(*, conn: sqlite3.Connection, signal: SignalRow) -> None:
    values: dict[str, Any] = {
        "id": signal.id,
        "trajectory_id": signal.trajectory_id,
        "created_at": utc_text(signal.created_at),
        "updated_at": utc_text(signal.updated_at),
        "day": signal.day.isoformat(),
        "time": signal.time,
        "what": signal.what,
        "type": signal.type,
        "location": signal.location,
        "intensity": signal.intensity,
        '"limit"': signal.limit,  # a word SQL keeps for itself
        "fit": None if signal.fit is None else int(signal.fit),
        "situation": signal.situation,
        "response": signal.response,
        "ladder_item_id": signal.ladder_item_id,
        "private": int(signal.private),
    }
    insert(conn=conn, table="signal", values=values)


def red_crossed_days(
    *, conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> list[date]:
    """The days from `since` to `until` with a signal over the limit on a red signal of the
    ladder (one the client has not taken off it)."""
    found = conn.execute(
        "SELECT DISTINCT s.day FROM signal s JOIN ladder_item l ON l.id = s.ladder_item_id"
        " WHERE s.trajectory_id = ? AND s.\"limit\" = 'crossed' AND l.colour = 'red'"
        " AND l.removed_at IS NULL AND s.day BETWEEN ? AND ?",
        (trajectory_id, since.isoformat(), until.isoformat()),
    )
    return [date.fromisoformat(day) for (day,) in found]
