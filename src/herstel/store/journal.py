"""The journal on the standard library's sqlite3: every entry kind in time order, any record
found by the start of its id, and the small figures showing them takes.

A record comes back as a `Record`: its kind and its columns, read as the ORM models
(`store/*models.py`) read them (timestamps as aware datetimes, days as dates, 0/1 as booleans,
givers and drainers as lists), so that what is shown is the same whichever way it was read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from herstel.core.entries import short_ids
from herstel.store.rows import read_day, read_utc

# The entry kinds of the timeline, as `log --kind` and JSON name them, and their tables.
KIND_TABLES = {
    "checkin": "checkin",
    "signal": "signal",
    "pattern": "pattern_note",
    "bio": "bio_note",
    "practice": "practice",
}
# Records that are not timeline entries, but can be shown and deleted by id like them.
RECORD_TABLES = {**KIND_TABLES, "ladder": "ladder_item", "exercise": "exercise"}

_MOMENTS = frozenset({"created_at", "updated_at", "removed_at", "stopped_at"})
_DAYS = frozenset({"day"})
_BOOLEANS = frozenset({"private", "fit"})
_LISTS = frozenset({"givers", "drainers", "work_givers", "work_drainers", "copied"})


@dataclass(frozen=True)
class Record:
    """One record of any kind: `kind` and its columns, each also an attribute
    (`record.energy`), as on the ORM's model."""

    kind: str
    columns: Mapping[str, Any]

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not the dataclass's own fields.
        try:
            return self.__dict__["columns"][name]
        except KeyError:
            raise AttributeError(name) from None


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _MOMENTS:
        return read_utc(value)
    if name in _DAYS:
        return date.fromisoformat(value)
    if name in _BOOLEANS:
        return bool(value)
    if name in _LISTS:
        return json.loads(value)  # a list, or None for the JSON null the ORM writes
    return value


def record(kind: str, row: sqlite3.Row) -> Record:
    return Record(kind, {name: _value(name, row[name]) for name in row.keys()})  # noqa: SIM118


def moment_key(entry: Any) -> tuple[date, str, datetime]:
    """When an entry happened, for ordering: its day, then its time of day (as given, else the
    local time it was written on that same day; else the start of the day)."""
    clock = getattr(entry, "time", None)
    if clock is None:
        written = entry.created_at.astimezone()
        clock = written.strftime("%H:%M") if written.date() == entry.day else ""
    return entry.day, clock, entry.created_at


def timeline(
    *,
    conn: sqlite3.Connection,
    trajectory_id: str,
    kinds: Iterable[str] = KIND_TABLES,
    since: date | None = None,
    until: date | None = None,
    last: int | None = None,
) -> list[Record]:
    """Entries of `kinds` within since..until (both included), the `last` N of them; in time
    order, oldest first."""
    found: list[Record] = []
    for kind in kinds:
        table = KIND_TABLES[kind]  # a name of ours, never typed by a person
        conditions = ["trajectory_id = ?"]
        params: list[Any] = [trajectory_id]
        if since is not None:
            conditions.append("day >= ?")
            params.append(since.isoformat())
        if until is not None:
            conditions.append("day <= ?")
            params.append(until.isoformat())
        if last is not None:
            # The last N by day, and every other entry of the earliest of those days: within a
            # day the order is by time, which an entry written later may put earlier.
            nth_day = conn.execute(
                f"SELECT day FROM {table} WHERE {' AND '.join(conditions)}"  # noqa: S608
                " ORDER BY day DESC LIMIT 1 OFFSET ?",
                [*params, last - 1],
            ).fetchone()
            if nth_day is not None:
                conditions.append("day >= ?")
                params.append(nth_day[0])
        rows = conn.execute(
            f"SELECT * FROM {table} WHERE {' AND '.join(conditions)}",  # noqa: S608
            params,
        ).fetchall()
        found.extend(record(kind, row) for row in rows)
    found.sort(key=moment_key)
    return found[-last:] if last is not None else found


def _union(condition: str) -> str:
    # Table names come from RECORD_TABLES, never from the user.
    return " UNION ALL ".join(
        f"SELECT '{kind}', id FROM {table} WHERE trajectory_id = ?{condition}"  # noqa: S608
        for kind, table in RECORD_TABLES.items()
    )


def record_ids(*, conn: sqlite3.Connection, trajectory_id: str) -> list[str]:
    """The id of every record of the trajectory (entries, ladder items, exercises)."""
    found = conn.execute(_union(""), [trajectory_id] * len(RECORD_TABLES)).fetchall()
    return [row[1] for row in found]


def records_starting(*, conn: sqlite3.Connection, trajectory_id: str, prefix: str) -> list[Record]:
    """Every record whose id starts with `prefix`."""
    # `prefix` is hex and dashes only (core.entries.check_id): nothing to escape in LIKE.
    params = [trajectory_id, prefix + "%"] * len(RECORD_TABLES)
    found = conn.execute(_union(" AND id LIKE ?"), params).fetchall()
    return [get_record(conn=conn, kind=kind, ident=ident) for kind, ident in found]


def get_record(*, conn: sqlite3.Connection, kind: str, ident: str) -> Record:
    table = RECORD_TABLES[kind]
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (ident,)).fetchone()  # noqa: S608
    return record(kind, row)


def exercise_names(*, conn: sqlite3.Connection, trajectory_id: str) -> dict[str, str]:
    found = conn.execute("SELECT id, name FROM exercise WHERE trajectory_id = ?", (trajectory_id,))
    return {ident: name for ident, name in found}


def ladder_colours(*, conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    """The colour of each ladder item in `ids` (removed ones too: history)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = conn.execute(
        f"SELECT id, colour FROM ladder_item WHERE id IN ({marks})",  # noqa: S608
        sorted(ids),
    )
    return {ident: colour for ident, colour in found}


@dataclass(frozen=True)
class SessionSlot:
    """What the overview's line on the next session needs of a session."""

    number: int
    status: str
    planned_on: date
    time: str | None
    held_on: date | None
    original_on: date | None


def session_slots(*, conn: sqlite3.Connection, trajectory_id: str) -> list[SessionSlot]:
    """The ten sessions, in order."""
    found = conn.execute(
        "SELECT number, status, planned_on, time, held_on, original_on FROM session"
        " WHERE trajectory_id = ? ORDER BY number",
        (trajectory_id,),
    ).fetchall()
    return [
        SessionSlot(
            number=row["number"],
            status=row["status"],
            planned_on=date.fromisoformat(row["planned_on"]),
            time=row["time"],
            held_on=read_day(row["held_on"]),
            original_on=read_day(row["original_on"]),
        )
        for row in found
    ]


@dataclass(frozen=True)
class EntriesContext:
    """What showing entries takes besides the entries themselves."""

    names: Mapping[str, str]  # exercise id -> name, for practice
    colours: Mapping[str, str]  # ladder item id -> colour, for signals
    shorts: Mapping[str, str]  # record id -> short id


def entries_context(
    *, conn: sqlite3.Connection, trajectory_id: str, entries: list[Record], with_ids: bool = True
) -> EntriesContext:
    """Read, in the caller's transaction, what showing `entries` takes."""
    names: dict[str, str] = {}
    if any(entry.kind == "practice" for entry in entries):
        names = exercise_names(conn=conn, trajectory_id=trajectory_id)
    ids = {entry.ladder_item_id for entry in entries if getattr(entry, "ladder_item_id", None)}
    shorts: dict[str, str] = {}
    if with_ids:
        shorts = short_ids(record_ids(conn=conn, trajectory_id=trajectory_id))
    return EntriesContext(names, ladder_colours(conn=conn, ids=ids), shorts)
