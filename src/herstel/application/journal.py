"""The journal: every entry in time order (`log`), one record by the start of its id (`show`,
`delete`, `edit`), and deleting or changing it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from herstel.application.trajectory import trajectory_in
from herstel.core.entries import fold, short_ids, week_of
from herstel.errors import HerstelError, UsageError
from herstel.i18n import t
from herstel.store import exercises, journal
from herstel.store.db import Store
from herstel.store.journal import EntriesContext, Record

# The fields `--grep` searches: every text the person wrote, and the names they gave.
TEXT_FIELDS = {
    "checkin": ("note", "givers", "drainers"),
    "signal": ("what", "location", "situation", "response"),
    "pattern": (
        "situation",
        "behaviour",
        "consequence",
        "unnoticed",
        "belief_text",
        "new_behaviour",
        "reflection",
    ),
    "bio": ("life_stage", "text", "drives", "pattern"),
    "practice": ("note",),
}


def _all_text(entry: Record, exercise_names: Mapping[str, str]) -> str:
    parts: list[str] = []
    for name in TEXT_FIELDS[entry.kind]:
        value = getattr(entry, name)
        if isinstance(value, list):
            parts.extend(value)
        elif value:
            parts.append(value)
    if entry.kind == "practice":
        parts.append(exercise_names.get(entry.exercise_id, ""))
    return "\n".join(parts)


@dataclass(frozen=True)
class Journal:
    entries: tuple[Record, ...]  # oldest first
    shown: EntriesContext  # what showing them takes


def read_log(
    *,
    store: Store,
    kinds: Sequence[str],
    since: date | None = None,
    until: date | None = None,
    last: int | None = None,
    needle: str | None = None,
    private_only: bool = False,
    with_ids: bool = True,
) -> Journal:
    """The entries of `kinds` within since..until, with `needle` (folded: case and accents
    aside) in their texts and only the private ones when asked; then the `last` N of those."""
    filtered = needle is not None or private_only
    with store.read() as conn:
        trajectory = trajectory_in(conn=conn)
        found = journal.timeline(
            conn=conn,
            trajectory_id=trajectory.id,
            kinds=kinds,
            since=since,
            until=until,
            last=None if filtered else last,  # filters first, then the last N of what is left
        )
        shown = journal.entries_context(
            conn=conn, trajectory_id=trajectory.id, entries=found, with_ids=with_ids
        )
    if private_only:
        found = [entry for entry in found if entry.private]
    if needle is not None:
        found = [entry for entry in found if needle in fold(_all_text(entry, shown.names))]
    if filtered and last is not None:
        found = found[-last:]
    return Journal(tuple(found), shown)


@dataclass(frozen=True)
class FoundRecord:
    record: Record
    shown: EntriesContext  # with the record's short id
    practised_this_week: int  # for an exercise; 0 otherwise


def _find(conn: Any, trajectory_id: str, prefix: str) -> Record:
    """The one record whose id starts with `prefix`; exit 1 (listing the candidates' short ids
    and kinds) when none or several do."""
    found = journal.records_starting(conn=conn, trajectory_id=trajectory_id, prefix=prefix)
    if len(found) == 1:
        return found[0]
    if not found:
        raise HerstelError("id.none", value=prefix)
    shorts = short_ids(journal.record_ids(conn=conn, trajectory_id=trajectory_id))
    candidates = ", ".join(f"{shorts[r.id]} ({t(f'kind.{r.kind}')})" for r in found)
    raise HerstelError("id.several", value=prefix, candidates=candidates)


def find_record(*, store: Store, today: date, prefix: str) -> FoundRecord:
    """The one record whose id starts with `prefix` (checked: `core.entries.check_id`), with
    what showing it takes."""
    with store.read() as conn:
        trajectory = trajectory_in(conn=conn)
        found = _find(conn, trajectory.id, prefix)
        shown = journal.entries_context(conn=conn, trajectory_id=trajectory.id, entries=[found])
        week = 0
        if found.kind == "exercise":
            monday, sunday = week_of(today)
            counts = exercises.practice_counts(
                conn=conn, trajectory_id=trajectory.id, since=monday, until=sunday
            )
            week = counts.get(found.id, 0)
    return FoundRecord(found, shown, week)


@dataclass(frozen=True)
class Deleted:
    kind: str
    count: int  # records deleted: with an exercise, its practice too
    emptied: bool  # the deleted text is gone from the WAL as well (else: later)


def delete_record(*, store: Store, kind: str, ident: str, prefix: str, now: datetime) -> Deleted:
    """Delete the record, leave a tombstone, and make sure the text is gone from the store's
    bytes. `prefix` is the id as typed, for the message when it was deleted meanwhile."""
    # The ORM's delete (tombstones, cascades to practice): delete is not a daily command.
    from herstel.store.timeline import delete_record as delete
    from herstel.store.timeline import model_of

    with store.writing() as session:
        current = session.get(model_of(kind), ident)
        if current is None:  # deleted by another herstel meanwhile
            raise HerstelError("id.none", value=prefix)
        count = delete(session=session, kind=kind, record=current, now=now)
    return Deleted(kind, count, store.forget_deleted())


def change_entry(
    *,
    store: Store,
    kind: str,
    ident: str,
    changed: Mapping[str, Any],
    fields: Sequence[str],
    now: datetime,
) -> tuple[str, ...]:
    """Change an entry other than a check-in (which changes as a second check-in on its day):
    `changed` by field name, already checked; `fields` the kind's own, in their order. Returns
    the names of the fields that changed, in that order."""
    from herstel.store.exercise_models import Exercise
    from herstel.store.timeline import ladder_item_for, model_of

    with store.writing() as session:
        record = session.get(model_of(kind), ident)
        if record is None:
            raise HerstelError("id.none", value=ident[:8])
        order = [*fields, "day", "time", "private"]
        names = [
            name for name in order if name in changed and getattr(record, name) != changed[name]
        ]
        for name in names:
            setattr(record, name, changed[name])
        if kind == "bio" and not any(getattr(record, name) for name in fields):
            raise UsageError("bio.empty")  # a look back with nothing in it is no look back
        if kind == "practice" and not record.private:
            exercise = session.get(Exercise, record.exercise_id)
            if exercise is not None and exercise.private:
                record.private = True  # practice of a private exercise would give its name away
                names = [name for name in names if name != "private"]
        if kind == "signal" and "what" in names:
            item = ladder_item_for(
                session=session, trajectory_id=record.trajectory_id, name=record.what
            )
            record.ladder_item_id = None if item is None else item.id
        if names:  # never older than what it replaces (see store.checkins.save_checkin)
            record.updated_at = max(now, record.updated_at + timedelta(microseconds=1))
    return tuple(names)
