"""Keyword-only functions over a session for the structural layer (signals, the ladder, pattern
and biography notes, exercises and practice) and for the timeline of every entry kind."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import SQLModel, col, func, select

from herstel.core.entries import fold
from herstel.store.models import Checkin
from herstel.store.queries import new_id
from herstel.store.structural import BioNote, Exercise, LadderItem, PatternNote, Practice, Signal

if TYPE_CHECKING:
    from sqlmodel import Session

M = TypeVar("M", bound=SQLModel)

# The entry kinds of the timeline, as `log --kind` and JSON name them, oldest kind first.
KINDS: dict[str, type[Any]] = {
    "checkin": Checkin,
    "signal": Signal,
    "pattern": PatternNote,
    "bio": BioNote,
    "practice": Practice,
}


def add_record(
    *, session: Session, model: type[M], trajectory_id: str, now: datetime, values: dict[str, Any]
) -> M:
    """A new record of `model` with a fresh id and both timestamps set to `now`."""
    record = model(
        id=new_id(), trajectory_id=trajectory_id, created_at=now, updated_at=now, **values
    )
    session.add(record)
    return record


# --- the ladder -------------------------------------------------------------------------------


def ladder(*, session: Session, trajectory_id: str) -> list[LadderItem]:
    """The ladder as it stands (removed items left out), oldest first."""
    statement = (
        select(LadderItem)
        .where(LadderItem.trajectory_id == trajectory_id, col(LadderItem.removed_at).is_(None))
        .order_by(col(LadderItem.created_at))
    )
    return list(session.exec(statement).all())


def ladder_item_for(*, session: Session, trajectory_id: str, name: str) -> LadderItem | None:
    """The ladder item for a signal called `name` (case, accents and spacing aside)."""
    key = fold(name)
    return next(
        (
            item
            for item in ladder(session=session, trajectory_id=trajectory_id)
            if fold(item.signal) == key
        ),
        None,
    )


def link_signals(*, session: Session, item: LadderItem) -> int:
    """Link the signals logged under this item's name, and not yet linked, to it."""
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


# --- exercises --------------------------------------------------------------------------------


def exercises(*, session: Session, trajectory_id: str, stopped: bool = False) -> list[Exercise]:
    """The active exercises (with `stopped`, every one), oldest first."""
    statement = select(Exercise).where(Exercise.trajectory_id == trajectory_id)
    if not stopped:
        statement = statement.where(col(Exercise.stopped_at).is_(None))
    return list(session.exec(statement.order_by(col(Exercise.created_at))).all())


def practice_counts(
    *, session: Session, trajectory_id: str, since: date, until: date
) -> dict[str, int]:
    """How often each exercise was practised within since..until (both included)."""
    statement = (
        select(Practice.exercise_id, func.count())
        .where(
            Practice.trajectory_id == trajectory_id, Practice.day >= since, Practice.day <= until
        )
        .group_by(col(Practice.exercise_id))
    )
    return {exercise_id: count for exercise_id, count in session.exec(statement).all()}


def exercise_names(*, session: Session, trajectory_id: str) -> dict[str, str]:
    statement = select(Exercise.id, Exercise.name).where(Exercise.trajectory_id == trajectory_id)
    return dict(session.exec(statement).all())


# --- the timeline -----------------------------------------------------------------------------


def timeline(
    *,
    session: Session,
    trajectory_id: str,
    kinds: Iterable[str] = KINDS,
    since: date | None = None,
    until: date | None = None,
    last: int | None = None,
) -> list[Any]:
    """Entries of `kinds` within since..until (both included), the `last` N of them; in time
    order, oldest first."""
    found: list[Any] = []
    for kind in kinds:
        model = KINDS[kind]
        statement = select(model).where(model.trajectory_id == trajectory_id)
        if since is not None:
            statement = statement.where(model.day >= since)
        if until is not None:
            statement = statement.where(model.day <= until)
        statement = statement.order_by(col(model.day).desc(), col(model.created_at).desc())
        if last is not None:
            statement = statement.limit(last)
        found.extend(session.exec(statement).all())
    found.sort(key=moment_key)
    return found[-last:] if last is not None else found


def moment_key(entry: Any) -> tuple[date, str, datetime]:
    """When an entry happened, for ordering: its day, then its time of day (as given, else the
    local time it was written on that same day; else the start of the day)."""
    clock = getattr(entry, "time", None)
    if clock is None:
        written = entry.created_at.astimezone()
        clock = written.strftime("%H:%M") if written.date() == entry.day else ""
    return entry.day, clock, entry.created_at
