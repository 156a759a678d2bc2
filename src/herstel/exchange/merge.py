"""Merging a client's export into the coach's store, in the caller's one transaction.

The rules, in order:
1. Deletions first: every tombstone in the file is kept, and the record it names is removed.
   A record with a tombstone is never brought back, so an older file cannot undo a deletion.
2. Records merge by id; a stored record is replaced only by one with a newer `updated_at`, so the
   same file twice changes nothing and an older file never undoes a newer one. A check-in also
   meets the stored check-in of its day: the newer one remains.
3. A record the file should carry but does not (it covers the ladder and the exercises always,
   and the entries of its period) was made private after it was shared: it is withdrawn, unless
   a newer file covered it too (that one has the last word).
   Likewise a record not held here is not added from a file older than another one that
   covered it and left it out: every file's time and period are kept for that.

Records are written in bulk with `INSERT ... ON CONFLICT DO UPDATE`: one statement a table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from herstel.errors import HerstelError

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.sql.expression import TableClause as Table

    from herstel.exchange.format import Export


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Kind:
    """One list of the export and where its records live."""

    attribute: str  # on Export
    kind: str  # as tombstones name it
    entry: bool  # an entry with a `day` (limited by the export's period)


# In the order they are written: ladder items before the signals that point at them, exercises
# before their practice.
KINDS = (
    Kind("sessions", "session", entry=False),
    Kind("follow_ups", "follow_up", entry=False),
    Kind("ladder", "ladder", entry=False),
    Kind("exercises", "exercise", entry=False),
    Kind("work_steps", "work_step", entry=False),
    Kind("checkins", "checkin", entry=True),
    Kind("signals", "signal", entry=True),
    Kind("pattern_notes", "pattern", entry=True),
    Kind("bio_notes", "bio", entry=True),
    Kind("practices", "practice", entry=True),
    Kind("questionnaire_answers", "questionnaire", entry=True),
)


# Ids go to SQLite as one JSON array: no limit on their number, one statement to prepare.
IN_LIST = "(SELECT value FROM json_each(?))"
# The tables the merge writes, by the kind that names them.
TABLES = {
    "trajectory": "trajectory", "client": "client", "imported_export": "imported_export",
    "tombstone": "tombstone", "session": "session", "ladder": "ladder_item",
    "exercise": "exercise", "checkin": "checkin", "signal": "signal", "pattern": "pattern_note",
    "bio": "bio_note", "practice": "practice", "work_step": "work_step",
    "questionnaire": "questionnaire_answer", "follow_up": "follow_up",
}  # fmt: skip


def tables(conn: Connection) -> dict[str, Table]:
    """Each table as SQL sees it: building the ORM models costs more than a merge itself."""
    from sqlalchemy import column, table

    found = {}
    for kind, name in TABLES.items():
        # Names are ours (TABLES), never the file's.
        names = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info('{name}')")]
        found[kind] = table(name, *(column(n) for n in names))
    return found


def merge_export(*, conn: Connection, export: Export, now: datetime) -> Counts:
    """Merge `export` into the store behind `conn` (inside the caller's transaction). A
    trajectory not in the store yet becomes a new client: the caller has made sure it is one."""
    table = tables(conn)
    counts = Counts()
    trajectory_id = export.trajectory.id
    _refuse_foreign_ids(conn, export)
    seen = Coverage(_covered(conn, trajectory_id))
    _merge_trajectory(conn, export, table, now=now, newest=not seen.newer_than(export, None))

    # 1. Deletions.
    tombstones = table["tombstone"]
    buried = _ids(conn, "tombstone", trajectory_id)
    fresh = [t for t in export.tombstones if t.id not in buried]
    if fresh:
        _write(conn, tombstones, [
            {"id": t.id, "trajectory_id": trajectory_id, "kind": t.kind,
             "deleted_at": _stored(t.deleted_at), "private": False}
            for t in fresh
        ], upsert=False)  # fmt: skip
        # Children before their parents, so that each row is counted where it is named.
        for kind in reversed(KINDS):
            ids = [t.id for t in fresh if t.kind == kind.kind]
            if ids:
                gone = conn.exec_driver_sql(
                    f"DELETE FROM {TABLES[kind.kind]} WHERE trajectory_id = ?"  # noqa: S608
                    f" AND id IN {IN_LIST}",
                    (trajectory_id, json.dumps(ids)),
                )
                counts.deleted += gone.rowcount
    buried.update(t.id for t in export.tombstones)

    # 2 and 3. Records, kind by kind.
    for kind in KINDS:
        _merge_kind(conn, export, kind, table, buried=buried, seen=seen, counts=counts)
    _remember(conn, table["imported_export"], export, now=now)
    return counts


@dataclass(frozen=True)
class Coverage:
    """The files imported before: when each was made, and the days its entries covered."""

    files: list[tuple[datetime, date | None, date | None]]

    def newer_than(self, export: Export, day: date | None) -> bool:
        """Did a file newer than `export` cover `day` (None: a record without a day, which
        every file carries)?"""
        return any(
            made > export.exported_at and (day is None or _in_period(day, since, until))
            for made, since, until in self.files
        )


def _covered(
    conn: Connection, trajectory_id: str
) -> list[tuple[datetime, date | None, date | None]]:
    rows = conn.exec_driver_sql(
        "SELECT exported_at, since, until FROM imported_export WHERE trajectory_id = ?",
        (trajectory_id,),
    )
    return [(_aware(made), _date(since), _date(until)) for made, since, until in rows]


def _remember(conn: Connection, imported: Table, export: Export, *, now: datetime) -> None:
    """This file's time and period, once (the same file again adds nothing)."""
    import uuid

    from sqlalchemy import select

    period = export.period
    same = conn.execute(
        select(imported.c.id).where(
            imported.c.trajectory_id == export.trajectory.id,
            imported.c.exported_at == _stored(export.exported_at),
            imported.c.since.is_(None)
            if period.since is None
            else imported.c.since == _stored(period.since),
            imported.c.until.is_(None)
            if period.until is None
            else imported.c.until == _stored(period.until),
        )
    ).first()
    if same is None:
        conn.execute(
            imported.insert().values(
                id=str(uuid.uuid4()), trajectory_id=export.trajectory.id,
                exported_at=_stored(export.exported_at), since=_stored(period.since),
                until=_stored(period.until), imported_at=_stored(now),
            )
        )  # fmt: skip


def _refuse_foreign_ids(conn: Connection, export: Export) -> None:
    """An id that belongs to another client's records or deletions here: refused, never moved
    across (nor a deletion recorded that another client's record would later run into)."""
    ids = [t.id for t in export.tombstones]
    for kind in KINDS:
        ids += [record.id for record in getattr(export, kind.attribute)]
    names = [TABLES[kind.kind] for kind in KINDS] + ["tombstone"]
    union = " UNION ALL ".join(
        f"SELECT 1 FROM {name} WHERE trajectory_id != ? AND id IN {IN_LIST}"  # noqa: S608
        for name in names
    )
    params = (export.trajectory.id, json.dumps(ids)) * len(names)
    if conn.exec_driver_sql(f"SELECT EXISTS ({union})", params).scalar():
        raise HerstelError("coach.import.foreign_ids")


def _merge_trajectory(
    conn: Connection, export: Export, table: dict[str, Table], *, now: datetime, newest: bool
) -> None:
    """The trajectory, by its `updated_at`; the client's language from the newest file."""
    from sqlalchemy import select, update

    incoming = export.trajectory
    trajectories, clients = table["trajectory"], table["client"]
    stored = conn.execute(
        select(trajectories.c.updated_at).where(trajectories.c.id == incoming.id)
    ).scalar_one_or_none()
    values = _values(incoming, exclude={"language"})
    if stored is None:
        conn.execute(trajectories.insert().values(active=True, **values))
        conn.execute(
            clients.insert().values(
                trajectory_id=incoming.id, language=incoming.language, last_import_at=_stored(now),
                public_key=export.client_key,
            )
        )  # fmt: skip
        return
    if incoming.updated_at > _aware(stored):
        conn.execute(update(trajectories).where(trajectories.c.id == incoming.id).values(**values))
    # The language and the client's key as the newest file says (a file from before version 3
    # knows no key: the one held stays).
    newest_says: dict[str, Any] = {}
    if newest:
        newest_says["language"] = incoming.language
        if export.client_key is not None:
            newest_says["public_key"] = export.client_key
    conn.execute(
        update(clients)
        .where(clients.c.trajectory_id == incoming.id)
        .values(last_import_at=_stored(now), **newest_says)
    )


def _aware(value: Any) -> datetime:
    """A stored timestamp (UTC ISO 8601 text, as plain SQL reads it) as a datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


@dataclass
class Changes:
    """What one kind's merge writes and removes."""

    written: list[dict[str, Any]]
    displaced: list[str]  # stored check-ins that a newer one of the same day replaces
    kept: set[str]  # stored check-ins newer than the file's one of the same day


def _merge_kind(
    conn: Connection,
    export: Export,
    kind: Kind,
    table: dict[str, Table],
    *,
    buried: set[str],
    seen: Coverage,
    counts: Counts,
) -> None:
    target = table[kind.kind]
    trajectory_id = export.trajectory.id
    day = ", day" if kind.entry else ", NULL"
    sql = f"SELECT id, updated_at{day} FROM {TABLES[kind.kind]} WHERE trajectory_id = ?"  # noqa: S608
    stored = {
        ident: (_aware(updated_at), _date(on))
        for ident, updated_at, on in conn.exec_driver_sql(sql, (trajectory_id,))
    }
    # A signal or practice whose ladder item or exercise is not held (withdrawn by a newer file)
    # is private on the client's side now: it stays out too.
    parent = {"signal": "ladder", "practice": "exercise"}.get(kind.kind)
    held = None if parent is None else _ids(conn, TABLES[parent], trajectory_id)
    changes = _changes(
        export, kind, target, stored, held=held, buried=buried, seen=seen, counts=counts
    )

    shared = {record.id for record in getattr(export, kind.attribute)} | changes.kept
    withdrawn = [
        ident
        for ident, (updated_at, day) in stored.items()
        if ident not in shared
        and ident not in changes.displaced
        and kind.kind != "session"
        and (day is None or _in_period(day, export.period.since, export.period.until))
        and updated_at <= export.exported_at
        # A newer file that covered it has the last word (it held the record, or withdrew it).
        and not seen.newer_than(export, day)
    ]
    counts.deleted += len(withdrawn)
    if kind.kind == "exercise" and withdrawn:
        counts.deleted += _practice_of(conn, withdrawn)  # they go with it
    doomed = changes.displaced + withdrawn
    if doomed:
        conn.exec_driver_sql(
            f"DELETE FROM {TABLES[kind.kind]} WHERE id IN {IN_LIST}",  # noqa: S608
            (json.dumps(doomed),),
        )
    if changes.written:
        _write(conn, target, changes.written, upsert=True)


def _changes(
    export: Export,
    kind: Kind,
    target: Table,
    stored: dict[str, tuple[datetime, Any]],
    *,
    held: set[str] | None,
    buried: set[str],
    seen: Coverage,
    counts: Counts,
) -> Changes:
    """Which of the file's records of one kind are new or newer than the ones held."""
    by_day = {day: ident for ident, (_, day) in stored.items()} if kind.kind == "checkin" else {}
    changes = Changes([], [], set())
    for record in getattr(export, kind.attribute):
        link = getattr(record, "ladder_item_id", None) or getattr(record, "exercise_id", None)
        known = stored.get(record.id)
        if (
            record.id in buried  # deleted
            or (held is not None and link is not None and link not in held)
            or (known is not None and record.updated_at <= known[0])
            # A newer file covered it and left it out: private since, or deleted unshared.
            or (known is None and seen.newer_than(export, getattr(record, "day", None)))
        ):
            counts.unchanged += 1
            continue
        replaces = known is not None
        other = by_day.get(record.day) if by_day else None
        if other is not None and other != record.id:
            if record.updated_at <= stored[other][0]:
                counts.unchanged += 1  # the day's check-in here is newer
                changes.kept.add(other)
                continue
            changes.displaced.append(other)  # the day's check-in, updated under another id
            replaces = True
        if replaces:
            counts.updated += 1
        else:
            counts.new += 1
        changes.written.append(_row(record, export.trajectory.id, private="private" in target.c))
    return changes


def _practice_of(conn: Connection, exercise_ids: list[str]) -> int:
    sql = f"SELECT count(*) FROM practice WHERE exercise_id IN {IN_LIST}"  # noqa: S608
    return int(conn.exec_driver_sql(sql, (json.dumps(exercise_ids),)).scalar_one())


def _ids(conn: Connection, name: str, trajectory_id: str) -> set[str]:
    sql = f"SELECT id FROM {name} WHERE trajectory_id = ?"  # noqa: S608 - our names
    return {row[0] for row in conn.exec_driver_sql(sql, (trajectory_id,))}


def _in_period(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _values(record: Any, exclude: set[str]) -> dict[str, Any]:
    """A model's fields as the store keeps them."""
    return {
        name: _stored(getattr(record, name))
        for name in type(record).model_fields
        if name not in exclude
    }


def _stored(value: Any) -> Any:
    """A value as the store keeps it (see `herstel.store.models`): timestamps as UTC ISO 8601
    text, days as YYYY-MM-DD, yes/no as 1/0, lists as JSON text."""
    if value is None or type(value) in (str, int, float):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return json.dumps(value)
    return value


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _row(record: Any, trajectory_id: str, *, private: bool) -> dict[str, Any]:
    from herstel.exchange.export import RENAMED

    row = {RENAMED.get(name, name): value for name, value in _values(record, {"kind"}).items()}
    row["trajectory_id"] = trajectory_id
    if isinstance(getattr(record, "weekdays", None), list):  # a ramp's step: "1,4", as stored
        row["weekdays"] = ",".join(str(day) for day in record.weekdays) or None
    if private:
        row["private"] = False  # what a client shared is, by definition, not private
    return row


def _write(conn: Connection, target: Table, rows: list[dict[str, Any]], *, upsert: bool) -> None:
    """One bulk statement. With `upsert`, a stored row is replaced only by a newer one."""
    from sqlalchemy.dialects.sqlite import insert

    statement = insert(target)
    if upsert:
        statement = statement.on_conflict_do_update(
            index_elements=[target.c.id],
            set_={c.name: statement.excluded[c.name] for c in target.columns if c.name != "id"},
            where=target.c.updated_at < statement.excluded.updated_at,
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=[target.c.id])
    conn.execute(statement, rows)
