"""Keyword-only functions over a session for the structural layer (the ladder, exercises and
their practice) and for the timeline of every entry kind.

The models of each area are imported where they are used, so that a command builds only the
tables it needs; the timeline first asks SQLite which kinds have entries at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import col, func, select

from herstel.core.entries import fold
from herstel.store.journal import KIND_TABLES, RECORD_TABLES, moment_key

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.store.exercise_models import Exercise
    from herstel.store.signal_models import LadderItem


def model_of(kind: str) -> Any:
    """The model of a record kind, imported on first use."""
    if kind in ("ladder", "exercise"):
        from herstel.store.exercise_models import Exercise
        from herstel.store.signal_models import LadderItem

        return LadderItem if kind == "ladder" else Exercise
    if kind == "checkin":
        from herstel.store.models import Checkin

        return Checkin
    if kind == "signal":
        from herstel.store.signal_models import Signal

        return Signal
    if kind in ("pattern", "bio"):
        from herstel.store.note_models import BioNote, PatternNote

        return PatternNote if kind == "pattern" else BioNote
    from herstel.store.exercise_models import Practice

    return Practice


def kind_of(entry: Any) -> str:
    return next(kind for kind, table in RECORD_TABLES.items() if table == entry.__tablename__)


# --- records by id ----------------------------------------------------------------------------


def _union(select_for: str) -> str:
    # Table names come from RECORD_TABLES, never from the user.
    return " UNION ALL ".join(
        f"SELECT '{kind}', id FROM {table} WHERE trajectory_id = :trajectory_id{select_for}"  # noqa: S608
        for kind, table in RECORD_TABLES.items()
    )


def record_ids(*, session: Session, trajectory_id: str) -> list[str]:
    """The id of every record of the trajectory (entries, ladder items, exercises)."""
    statement = text(_union(""))
    return [
        row[1] for row in session.connection().execute(statement, {"trajectory_id": trajectory_id})
    ]


def records_starting(*, session: Session, trajectory_id: str, prefix: str) -> list[tuple[str, Any]]:
    """(kind, record) for every record whose id starts with `prefix`."""
    # `prefix` is hex and dashes only (core.entries.check_id): nothing to escape in LIKE.
    statement = text(_union(" AND id LIKE :prefix"))
    params = {"trajectory_id": trajectory_id, "prefix": prefix + "%"}
    found = session.connection().execute(statement, params).all()
    return [(kind, session.get(model_of(kind), ident)) for kind, ident in found]


def delete_record(*, session: Session, kind: str, record: Any, now: datetime) -> int:
    """Delete `record`, leaving a contentless tombstone (and one for each practice of a deleted
    exercise). A deleted ladder item's signals lose their link, which changes them. Returns the
    number of records deleted."""
    from herstel.store.models import Tombstone

    doomed = [(kind, record)]
    if kind == "exercise":
        from herstel.store.exercise_models import Practice

        practices = session.exec(select(Practice).where(Practice.exercise_id == record.id)).all()
        doomed += [("practice", practice) for practice in practices]
    if kind == "ladder":
        from herstel.store.signal_models import Signal

        for signal in session.exec(select(Signal).where(Signal.ladder_item_id == record.id)).all():
            signal.ladder_item_id = None
            signal.updated_at = now
    for doomed_kind, doomed_record in reversed(doomed):  # practice first, then its exercise
        session.add(
            Tombstone(
                id=doomed_record.id,
                trajectory_id=doomed_record.trajectory_id,
                kind=doomed_kind,
                deleted_at=now,
                # The practice of a private exercise is as private as the exercise.
                private=doomed_record.private or (kind == "exercise" and record.private),
            )
        )
        session.delete(doomed_record)
        # Without relationships the ORM does not know the order; the rows go one by one.
        session.flush()
    return len(doomed)


# --- the ladder -------------------------------------------------------------------------------


def ladder(*, session: Session, trajectory_id: str, removed: bool = False) -> list[LadderItem]:
    """The ladder as it stands (with `removed`, also the items taken off it), oldest first."""
    from herstel.store.signal_models import LadderItem

    statement = select(LadderItem).where(LadderItem.trajectory_id == trajectory_id)
    if not removed:
        statement = statement.where(col(LadderItem.removed_at).is_(None))
    return list(session.exec(statement.order_by(col(LadderItem.created_at))).all())


def ladder_item_for(*, session: Session, trajectory_id: str, name: str) -> LadderItem | None:
    """The ladder item for a signal called `name` (case, accents and spacing aside)."""
    key = fold(name)
    items = ladder(session=session, trajectory_id=trajectory_id)
    return next((item for item in items if fold(item.signal) == key), None)


def link_signals(*, session: Session, item: LadderItem) -> int:
    """Link the signals logged under this item's name, and not yet linked, to it."""
    from herstel.store.signal_models import Signal

    statement = select(Signal).where(
        Signal.trajectory_id == item.trajectory_id, col(Signal.ladder_item_id).is_(None)
    )
    key = fold(item.signal)
    linked = 0
    for signal in session.exec(statement).all():
        if fold(signal.what) == key:
            signal.ladder_item_id = item.id
            linked += 1
    return linked


def ladder_colours(*, session: Session, ids: set[str]) -> dict[str, str]:
    """The colour of each ladder item in `ids` (removed ones too: history)."""
    if not ids:
        return {}
    from herstel.store.signal_models import LadderItem

    statement = select(LadderItem.id, LadderItem.colour).where(col(LadderItem.id).in_(ids))
    return dict(session.exec(statement).all())


# --- exercises --------------------------------------------------------------------------------


def exercises(*, session: Session, trajectory_id: str, stopped: bool = False) -> list[Exercise]:
    """The active exercises (with `stopped`, every one), oldest first."""
    from herstel.store.exercise_models import Exercise

    statement = select(Exercise).where(Exercise.trajectory_id == trajectory_id)
    if not stopped:
        statement = statement.where(col(Exercise.stopped_at).is_(None))
    return list(session.exec(statement.order_by(col(Exercise.created_at))).all())


def practice_counts(
    *, session: Session, trajectory_id: str, since: date, until: date
) -> dict[str, int]:
    """How often each exercise was practised within since..until (both included)."""
    from herstel.store.exercise_models import Practice

    statement = (
        select(Practice.exercise_id, func.count())
        .where(
            Practice.trajectory_id == trajectory_id, Practice.day >= since, Practice.day <= until
        )
        .group_by(col(Practice.exercise_id))
    )
    return {exercise_id: count for exercise_id, count in session.exec(statement).all()}


def exercise_names(*, session: Session, trajectory_id: str) -> dict[str, str]:
    from herstel.store.exercise_models import Exercise

    statement = select(Exercise.id, Exercise.name).where(Exercise.trajectory_id == trajectory_id)
    return dict(session.exec(statement).all())


# --- the timeline -----------------------------------------------------------------------------


def kinds_with_entries(*, session: Session, trajectory_id: str, kinds: Iterable[str]) -> list[str]:
    """Which of `kinds` have any entry in this trajectory: one small query in plain SQL, so that
    the models of kinds never used are not built."""
    wanted = list(kinds)
    # Table names come from KIND_TABLES, never from the user.
    union = " UNION ALL ".join(
        f"SELECT '{kind}' WHERE EXISTS "  # noqa: S608
        f"(SELECT 1 FROM {KIND_TABLES[kind]} WHERE trajectory_id = :trajectory_id)"
        for kind in wanted
    )
    found = {
        row[0]
        for row in session.connection().execute(text(union), {"trajectory_id": trajectory_id})
    }
    return [kind for kind in wanted if kind in found]


def timeline(
    *,
    session: Session,
    trajectory_id: str,
    kinds: Iterable[str] = KIND_TABLES,
    since: date | None = None,
    until: date | None = None,
    last: int | None = None,
) -> list[Any]:
    """Entries of `kinds` within since..until (both included), the `last` N of them; in time
    order, oldest first."""
    found: list[Any] = []
    for kind in kinds_with_entries(session=session, trajectory_id=trajectory_id, kinds=kinds):
        model = model_of(kind)
        conditions = [model.trajectory_id == trajectory_id]
        if since is not None:
            conditions.append(model.day >= since)
        if until is not None:
            conditions.append(model.day <= until)
        if last is not None:
            # The last N by day, and every other entry of the earliest of those days: within a
            # day the order is by time, which an entry written later may put earlier.
            nth_day = select(model.day).where(*conditions).order_by(col(model.day).desc())
            first_day = session.exec(nth_day.offset(last - 1).limit(1)).first()
            if first_day is not None:
                conditions.append(model.day >= first_day)
        found.extend(session.exec(select(model).where(*conditions)).all())
    found.sort(key=moment_key)
    return found[-last:] if last is not None else found
