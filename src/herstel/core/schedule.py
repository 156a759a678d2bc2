"""The ten sessions of a trajectory: their dates, which one comes next, the periods between them,
and the checks on moving, holding and cancelling one. Pure: `today` is always a parameter.

A session's *date* is `held_on` when held, else `planned_on`. Cancelled sessions are never period
boundaries, and the dates of the other sessions always run in session order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Protocol, TypeVar

from herstel.core.trajectory import FIRST_SESSION_MAX_AHEAD, SESSIONS
from herstel.errors import HerstelError, UsageError

PHASE1_GAP = timedelta(days=14)
STATUSES = ("planned", "held", "cancelled")


def lay_out(first: date, *, phase1_sessions: int, phase2_weeks: int) -> list[date]:
    """The ten planned dates: phase-1 sessions fourteen days apart, then every `phase2_weeks`.

    >>> [d.isoformat()[5:] for d in lay_out(date(2027, 1, 4), phase1_sessions=5, phase2_weeks=3)]
    ['01-04', '01-18', '02-01', '02-15', '03-01', '03-22', '04-12', '05-03', '05-24', '06-14']
    """
    phase2_gap = timedelta(weeks=phase2_weeks)
    dates = [first]
    for number in range(2, SESSIONS + 1):
        dates.append(dates[-1] + (PHASE1_GAP if number <= phase1_sessions else phase2_gap))
    return dates


def phase_of(number: int, *, phase1_sessions: int) -> int:
    return 1 if number <= phase1_sessions else 2


class Slot(Protocol):
    """What the schedule needs to know of a stored session."""

    @property
    def number(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def planned_on(self) -> date: ...
    @property
    def held_on(self) -> date | None: ...
    @property
    def original_on(self) -> date | None: ...


@dataclass(frozen=True)
class Plan:
    """A session as the checks see it: a copy that can be changed without touching the store."""

    number: int
    status: str
    planned_on: date
    held_on: date | None = None
    original_on: date | None = None

    @property
    def date(self) -> date:
        return self.held_on if self.status == "held" and self.held_on else self.planned_on


S = TypeVar("S", bound=Slot)


def date_of(slot: Slot) -> date:
    """A session's date: when it was held, else when it is planned."""
    return slot.held_on if slot.status == "held" and slot.held_on else slot.planned_on


def is_past(slot: Slot, *, today: date) -> bool:
    return slot.status != "cancelled" and date_of(slot) < today


def next_session(slots: Iterable[S], *, today: date) -> S | None:
    """The next session to come: the first planned one from today on; None when completed."""
    coming = [s for s in slots if s.status == "planned" and s.planned_on >= today]
    return min(coming, key=lambda s: s.number, default=None)


def after_the_ten(slots: Iterable[S], *, today: date) -> bool:
    """The ten are behind: none is still to come, and they were not all cancelled (then
    nothing took place, and there is no "after" to speak of)."""
    found = list(slots)
    return next_session(found, today=today) is None and any(s.status != "cancelled" for s in found)


def boundaries(slots: Iterable[Slot]) -> list[tuple[int, date]]:
    """The sessions that start a period: every one not cancelled, in order, with its date."""
    return sorted((s.number, date_of(s)) for s in slots if s.status != "cancelled")


@dataclass(frozen=True)
class Period:
    """The days from one session up to the day before the next (None: before session 1)."""

    session: int | None
    start: date
    end: date | None  # None: still open (the current period, or after the last session)
    current: bool

    def last_day(self, today: date) -> date:
        """The last day with data so far."""
        return today if self.end is None else min(self.end, today)


def periods(slots: Iterable[Slot], *, today: date, first_entry: date | None) -> list[Period]:
    """Every period that has begun, oldest first. A period before the first session is included
    when something was written then."""
    slots = list(slots)
    marks = boundaries(slots)
    start = current_start(slots, today=today, first_entry=first_entry)
    found: list[Period] = []
    if marks and first_entry is not None and first_entry < marks[0][1]:
        current = first_entry == start
        before_first = None if current else marks[0][1] - timedelta(days=1)
        found.append(Period(None, first_entry, before_first, current=current))
    if not marks and first_entry is not None:
        found.append(Period(None, first_entry, None, current=True))
    for index, (number, day) in enumerate(marks):
        if day >= today:  # a session today: the period before it runs on until tonight
            break
        current = day == start
        end = marks[index + 1][1] - timedelta(days=1) if index + 1 < len(marks) else None
        found.append(Period(number, day, None if current else end, current=current))
    return found


def current_start(slots: Iterable[Slot], *, today: date, first_entry: date | None) -> date:
    """Where the current period begins: the most recent past session's date, else the
    trajectory's first entry (else today)."""
    past = [date_of(s) for s in slots if is_past(s, today=today)]
    if past:
        return max(past)
    return first_entry if first_entry is not None and first_entry <= today else today


def period_of(
    slots: Iterable[Slot], *, today: date, first_entry: date | None, since: date | None = None
) -> tuple[date, int | None]:
    """The current period's first day (or `since`) and the session it began with, if any."""
    slots = list(slots)
    if since is not None:
        starting = [s.number for s in slots if s.status != "cancelled" and date_of(s) == since]
        return since, min(starting, default=None)
    start = current_start(slots, today=today, first_entry=first_entry)
    past = [s for s in slots if is_past(s, today=today) and date_of(s) == start]
    return start, max((s.number for s in past), default=None)


# --- changes ----------------------------------------------------------------------------------


def check_number(text: str) -> int:
    """A session number as typed: 1 to 10."""
    value = text.strip()
    if value.isascii() and value.isdigit() and len(value) <= 2 and 1 <= int(value) <= SESSIONS:
        return int(value)
    raise UsageError("plan.number", value=value)


def _find(slots: Sequence[Slot], number: int) -> Slot:
    for slot in slots:
        if slot.number == number:
            return slot
    raise HerstelError("plan.no_session", number=number)  # pragma: no cover - always ten


def check_order(plans: Sequence[Plan]) -> None:
    """The dates of sessions not cancelled run in session order, never two on one day."""
    kept = sorted((p for p in plans if p.status != "cancelled"), key=lambda p: p.number)
    for before, after in pairwise(kept):
        if after.date <= before.date:
            raise HerstelError(
                "plan.order",
                number=before.number,
                day=before.date,
                other=after.number,
                other_day=after.date,
            )


def moved(
    slots: Sequence[Slot], number: int, to: date, *, shift_rest: bool, today: date
) -> dict[int, date]:
    """The new planned dates a move gives (only the sessions that change), or an error.

    `shift_rest` moves every later planned session by the same number of days."""
    slot = _find(slots, number)
    if slot.status != "planned":
        raise HerstelError(f"plan.move.{slot.status}", number=number)
    if to < today:
        raise HerstelError("plan.move.past", number=number, day=to, iso=to.isoformat())
    if to > today + FIRST_SESSION_MAX_AHEAD:
        raise UsageError("plan.move.far", day=to)
    delta = to - slot.planned_on
    changes = {number: to}
    if shift_rest and delta:
        for later in slots:
            if later.number > number and later.status == "planned":
                changes[later.number] = later.planned_on + delta
    plans = [
        Plan(s.number, s.status, changes.get(s.number, s.planned_on), s.held_on) for s in slots
    ]
    try:
        check_order(plans)
    except HerstelError as error:
        if not shift_rest and error.params["number"] == number:
            try:  # hint at --shift-rest only when it would resolve it
                moved(slots, number, to, shift_rest=True, today=today)
            except HerstelError:
                raise error from None
            raise HerstelError("plan.order_shift", **error.params) from None
        raise
    return {n: day for n, day in changes.items() if day != _find(slots, n).planned_on}


def held(slots: Sequence[Slot], number: int, on: date | None, *, today: date) -> date:
    """The day a session was held (default: its planned day), or an error."""
    slot = _find(slots, number)
    if slot.status == "cancelled":
        raise HerstelError("plan.held.cancelled", number=number)
    day = on if on is not None else slot.planned_on
    if day > today:
        key = "plan.held.future" if on is not None else "plan.held.not_yet"
        raise HerstelError(key, number=number, day=day)
    plans = [
        Plan(s.number, "held" if s.number == number else s.status, s.planned_on, s.held_on)
        for s in slots
    ]
    plans = [replace(p, held_on=day) if p.number == number else p for p in plans]
    check_order(plans)
    return day


def cancellable(slots: Sequence[Slot], number: int) -> None:
    slot = _find(slots, number)
    if slot.status != "planned":
        raise HerstelError(f"plan.cancel.{slot.status}", number=number)


def restorable(slots: Sequence[Slot], number: int) -> None:
    """A cancelled session can be planned again on its day, if that keeps the order."""
    slot = _find(slots, number)
    if slot.status != "cancelled":
        raise HerstelError("plan.undo.not_cancelled", number=number)
    check_order([
        Plan(s.number, "planned" if s.number == number else s.status, s.planned_on, s.held_on)
        for s in slots
    ])  # fmt: skip


def relaid(
    slots: Sequence[Slot], *, phase1_sessions: int, phase2_weeks: int, today: date
) -> dict[int, date]:
    """After the phase-2 rhythm changes: new dates for the phase-2 sessions still to come that
    were never moved by hand, each the new interval after the session before it."""
    ordered = sorted(slots, key=lambda s: s.number)
    gap = timedelta(weeks=phase2_weeks)
    changes: dict[int, date] = {}
    previous: date | None = None
    for slot in ordered:
        own = changes.get(slot.number, date_of(slot))
        movable = (
            slot.number > phase1_sessions
            and slot.status == "planned"
            and slot.planned_on >= today
            and slot.original_on is None
        )
        if movable and previous is not None and previous + gap >= today:
            own = previous + gap
            if own != slot.planned_on:
                changes[slot.number] = own
        previous = own
    check_order([Plan(s.number, s.status, changes.get(s.number, s.planned_on), s.held_on)
                  for s in slots])  # fmt: skip
    return changes
