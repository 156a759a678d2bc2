"""The daily check-in on the standard library's sqlite3: read, save (a second check-in for a
day merges into the first) and the energy of a row of days.

Written exactly as the ORM model `store.models.Checkin` would be (see `store/rows.py`); the
columns come from the fields' one declaration, `core.checkin.FIELDS`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from herstel.core.checkin import COLUMNS, FIELD, Change, CheckinFields, merge
from herstel.store.rows import insert, new_id, read_utc, utc_text

_SELECT = f"SELECT id, created_at, updated_at, day, copied, {', '.join(COLUMNS)} FROM checkin"  # noqa: S608


@dataclass(frozen=True)
class StoredCheckin:
    """A check-in as stored: its record fields and its values."""

    id: str
    created_at: datetime
    updated_at: datetime
    day: date
    values: CheckinFields


def read_names(text: str | None) -> tuple[str, ...] | None:
    """Givers or drainers as stored: JSON text, NULL, or JSON `null` (which the ORM writes when
    a list is emptied); an empty list reads as none."""
    names = None if text is None else json.loads(text)
    return tuple(names) if names else None


def _column(name: str, value: Any) -> Any:
    if name in FIELD and FIELD[name].many:
        return json.dumps(list(value)) if value else None
    return value


def _stored(row: sqlite3.Row) -> StoredCheckin:
    values: dict[str, Any] = {
        name: read_names(row[name]) if name in FIELD and FIELD[name].many else row[name]
        for name in COLUMNS
    }
    values["private"] = bool(values["private"])
    values["copied"] = frozenset(read_names(row["copied"]) or ())
    return StoredCheckin(
        id=row["id"],
        created_at=read_utc(row["created_at"]),
        updated_at=read_utc(row["updated_at"]),
        day=date.fromisoformat(row["day"]),
        values=CheckinFields(**values),
    )


def checkin_on(*, conn: sqlite3.Connection, trajectory_id: str, day: date) -> StoredCheckin | None:
    row = conn.execute(
        f"{_SELECT} WHERE trajectory_id = ? AND day = ?", (trajectory_id, day.isoformat())
    ).fetchone()
    return None if row is None else _stored(row)


def latest_checkin(*, conn: sqlite3.Connection, trajectory_id: str) -> StoredCheckin | None:
    row = conn.execute(
        f"{_SELECT} WHERE trajectory_id = ? ORDER BY day DESC LIMIT 1", (trajectory_id,)
    ).fetchone()
    return None if row is None else _stored(row)


def checkin_before(
    *, conn: sqlite3.Connection, trajectory_id: str, day: date, since: date
) -> StoredCheckin | None:
    """The most recent check-in before `day`, from `since` on, that is not private (what a
    private one holds is never carried into one that may be shared)."""
    row = conn.execute(
        f"{_SELECT} WHERE trajectory_id = ? AND day < ? AND day >= ? AND NOT private"
        " ORDER BY day DESC LIMIT 1",
        (trajectory_id, day.isoformat(), since.isoformat()),
    ).fetchone()
    return None if row is None else _stored(row)


def save_checkin(
    *,
    conn: sqlite3.Connection,
    trajectory_id: str,
    day: date,
    values: CheckinFields,
    now: datetime,
) -> tuple[StoredCheckin | None, list[Change] | None]:
    """Insert the day's check-in, or merge `values` into the one already there.

    Returns the stored check-in before the save (None for a new one) and, for an update, what
    changed (None for a new check-in)."""
    stored = checkin_on(conn=conn, trajectory_id=trajectory_id, day=day)
    if stored is None:
        columns = {"private": False} | {
            name: _column(name, value) for name, value in values.given().items()
        }
        copied = values.copied & set(values.given())
        if copied:
            columns["copied"] = json.dumps(sorted(copied))
        stamp = utc_text(now)
        insert(
            conn=conn,
            table="checkin",
            values={
                "id": new_id(),
                "trajectory_id": trajectory_id,
                "created_at": stamp,
                "updated_at": stamp,
                "day": day.isoformat(),
                **columns,
            },
        )
        return None, None
    merged, changes = merge(stored.values, values)
    if changes or merged.copied != stored.values.copied:
        updates = {change.field: _column(change.field, change.new) for change in changes}
        if merged.copied != stored.values.copied:
            updates["copied"] = json.dumps(sorted(merged.copied)) if merged.copied else None
        # Never older than what it replaces: a newer updated_at is what wins when the coach
        # imports the day's check-in again (a clock set back must not lose the change).
        updates["updated_at"] = utc_text(max(now, stored.updated_at + timedelta(microseconds=1)))
        assignments = ", ".join(f"{name} = ?" for name in updates)
        conn.execute(
            f"UPDATE checkin SET {assignments} WHERE id = ?",  # noqa: S608 - our column names
            [*updates.values(), stored.id],
        )
    return stored, changes


def first_checkin_day(*, conn: sqlite3.Connection, trajectory_id: str) -> date | None:
    row = conn.execute(
        "SELECT min(day) FROM checkin WHERE trajectory_id = ?", (trajectory_id,)
    ).fetchone()
    return None if row[0] is None else date.fromisoformat(row[0])


def energy_by_day(
    *, conn: sqlite3.Connection, trajectory_id: str, days: list[date]
) -> list[int | None]:
    """The energy of each of `days` (None where there was no check-in)."""
    if not days:
        return []
    found = conn.execute(
        "SELECT day, energy FROM checkin WHERE trajectory_id = ? AND day >= ? AND day <= ?",
        (trajectory_id, days[0].isoformat(), days[-1].isoformat()),
    ).fetchall()
    energy = {date.fromisoformat(day): level for day, level in found}
    return [energy.get(day) for day in days]


def named_before(
    *,
    conn: sqlite3.Connection,
    trajectory_id: str,
    columns: tuple[str, str] = ("givers", "drainers"),
) -> tuple[list[str], list[str]]:
    """Every giver and drainer (or, with `columns`, work's) named before, most used first, for
    the form to offer."""
    if not set(columns) <= {"givers", "drainers", "work_givers", "work_drainers"}:
        raise ValueError(f"not a list column: {columns}")
    givers: Counter[str] = Counter()
    drainers: Counter[str] = Counter()
    found = conn.execute(
        f"SELECT {columns[0]}, {columns[1]} FROM checkin WHERE trajectory_id = ?",  # noqa: S608
        (trajectory_id,),
    )
    for giver_list, drainer_list in found:
        givers.update(read_names(giver_list) or ())
        drainers.update(read_names(drainer_list) or ())
    return [name for name, _ in givers.most_common()], [name for name, _ in drainers.most_common()]
