"""`herstel signal` and `herstel ladder`: a signal logged against the early-warning ladder, and the
ladder itself. Each action is one sqlite3 transaction (no SQLAlchemy on these daily commands)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from herstel.application.care import CareLine, care_in
from herstel.application.trajectory import trajectory_in
from herstel.core.entries import find_named
from herstel.errors import HerstelError
from herstel.store import signals as rows
from herstel.store.db import Store
from herstel.store.rows import new_id
from herstel.store.signals import LadderItemRow, SignalRow

__all__ = ["LadderItemRow", "SignalRow"]


@dataclass(frozen=True)
class NewSignal:
    """A signal as checked from the flags and the form: language-free values."""

    day: date
    time: str | None  # "HH:MM", local
    what: str
    type: str  # body, emotion
    location: str | None = None
    intensity: int | None = None
    limit: str | None = None  # none, near, crossed
    fit: bool | None = None
    situation: str | None = None
    response: str | None = None
    private: bool = False


@dataclass(frozen=True)
class SignalLogged:
    signal: SignalRow
    ladder_item: LadderItemRow | None  # the ladder item of the same name, when there is one
    care: CareLine | None = None  # a very hard day: who can help (at most once a day)

    @property
    def near_a_limit(self) -> bool:
        return self.signal.limit in ("near", "crossed")


def log_signal(
    *, store: Store, signal: NewSignal, now: datetime, today: date | None = None
) -> SignalLogged:
    """Save the signal, linked to the ladder item of its name when there is one. With `today`,
    a signal that makes a very hard day brings the care line (`application/care.py`)."""
    care = None
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        trajectory_id = trajectory.id
        item = rows.ladder_item_for(conn=conn, trajectory_id=trajectory_id, name=signal.what)
        saved = SignalRow(
            id=new_id(),
            trajectory_id=trajectory_id,
            created_at=now,
            updated_at=now,
            day=signal.day,
            time=signal.time,
            what=signal.what,
            type=signal.type,
            location=signal.location,
            intensity=signal.intensity,
            limit=signal.limit,
            fit=signal.fit,
            situation=signal.situation,
            response=signal.response,
            ladder_item_id=None if item is None else item.id,
            private=signal.private,
        )
        rows.add_signal(conn=conn, signal=saved)
        if today is not None:
            care = care_in(conn=conn, trajectory=trajectory, day=signal.day, today=today, now=now)
    return SignalLogged(signal=saved, ladder_item=item, care=care)


@dataclass(frozen=True)
class LadderSaved:
    item: LadderItemRow
    outcome: Literal["added", "updated", "unchanged"]
    linked: int  # signals noted earlier under its name, linked to it now


def save_ladder_item(
    *,
    store: Store,
    signal: str,
    colour: str,
    action: str | None,
    set_action: bool,
    private: bool | None,
    now: datetime,
) -> LadderSaved:
    """A new signal on the ladder (earlier signals of its name are linked to it); for one already
    there, its colour is updated, and its action (`set_action`: also to none) and privacy where
    given (`private` None: left as it is)."""
    with store.write() as conn:
        trajectory_id = trajectory_in(conn=conn).id
        item = rows.ladder_item_for(conn=conn, trajectory_id=trajectory_id, name=signal)
        if item is None:
            item = LadderItemRow(
                id=new_id(), trajectory_id=trajectory_id, created_at=now, updated_at=now,
                signal=signal, colour=colour, action=action, private=bool(private),
            )  # fmt: skip
            rows.add_ladder_item(conn=conn, item=item)
            return LadderSaved(item, "added", rows.link_signals(conn=conn, item=item))
        changed = replace(
            item,
            colour=colour,
            action=action if set_action else item.action,
            private=item.private if private is None else private,
        )
        if changed == item:
            return LadderSaved(item, "unchanged", 0)
        changed = replace(changed, updated_at=now)
        rows.update_ladder_item(conn=conn, item=changed)
    return LadderSaved(changed, "updated", 0)


@dataclass(frozen=True)
class Ladder:
    items: list[LadderItemRow]  # oldest first


def ladder(*, store: Store) -> Ladder:
    """The ladder as it stands."""
    with store.read() as conn:
        return Ladder(rows.ladder(conn=conn, trajectory_id=trajectory_in(conn=conn).id))


def remove_ladder_item(*, store: Store, name: str, now: datetime) -> LadderItemRow:
    """Take the item of this name off the ladder; the signals logged against it keep their link.
    `name` must be its whole name (case, accents and spacing aside)."""
    with store.write() as conn:
        items = rows.ladder(conn=conn, trajectory_id=trajectory_in(conn=conn).id)
        found = find_named(name, [(item.signal, item) for item in items], prefix=False)
        if not items:
            raise HerstelError("ladder.no_match_empty", what=name)
        if not found:
            raise HerstelError(
                "ladder.no_match", what=name, candidates=", ".join(item.signal for item in items)
            )
        removed = replace(found[0], removed_at=now, updated_at=now)
        rows.update_ladder_item(conn=conn, item=removed)
    return removed
