"""`herstel plan`: the ten sessions and the periods between them; moving, holding, cancelling and
noting a session. All on sqlite3 (`plan` is a daily command: no SQLAlchemy on its way)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from herstel.application.trajectory import trajectory_in
from herstel.core.poortwachter import Milestone, milestones
from herstel.core.schedule import (
    Period,
    cancellable,
    date_of,
    held,
    moved,
    next_session,
    periods,
    restorable,
)
from herstel.core.summary import DayFigures
from herstel.core.trend import Trend, energy_trend
from herstel.errors import HerstelError, UsageError
from herstel.store.db import Store
from herstel.store.follow_ups import FollowUpRow, delete_follow_up, follow_ups, update_follow_up
from herstel.store.follow_ups import add_follow_up as add_follow_up_row
from herstel.store.plan import (
    AgreedExercise,
    SessionRow,
    agreed_exercises,
    day_figures,
    first_entry_day,
    save_session,
    sessions,
    update_trajectory,
)
from herstel.store.received import from_coach
from herstel.store.rows import TrajectoryRow, active_trajectory


@dataclass(frozen=True)
class CoachPlan:
    """The trajectory plan as the coach's last packet had it: its text, its goals (each the
    packet's JSON: part, text, status, outcome) and the notes the coach shared."""

    text: str | None = None
    goals: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.text or self.goals or self.notes)


def coach_plan(*, conn: sqlite3.Connection, trajectory_id: str) -> CoachPlan:
    rows = from_coach(conn=conn, trajectory_id=trajectory_id, kinds=("plan", "goal", "note"))
    text = next((r.data.get("text") for r in rows if r.kind == "plan"), None)
    return CoachPlan(
        text=text,
        goals=[r.data for r in rows if r.kind == "goal"],
        notes=[r.data for r in rows if r.kind == "note"],
    )


@dataclass(frozen=True)
class PlanView:
    """Everything `herstel plan` shows, read in one transaction."""

    trajectory: TrajectoryRow
    today: date
    sessions: list[SessionRow]
    periods: list[Period]
    figures: DayFigures
    exercises: list[AgreedExercise]
    trend: Trend  # the one energy trend: the last 14 days against the 14 before
    # The Poortwachter milestones from sick-since (none without it; none after the ramp ended).
    milestones: list[Milestone] = field(default_factory=list)
    coach_plan: CoachPlan = field(default_factory=CoachPlan)
    follow_ups: list[FollowUpRow] = field(default_factory=list)  # after the ten, oldest first


def read_plan(*, store: Store | None, today: date) -> PlanView | None:
    """The plan as it stands on `today`; None without a trajectory (an empty home stays empty)."""
    if store is None:
        return None
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return None
        slots = sessions(conn=conn, trajectory_id=trajectory.id)
        first = first_entry_day(conn=conn, trajectory_id=trajectory.id)
        figures = day_figures(conn=conn, trajectory_id=trajectory.id)
        agreed = agreed_exercises(conn=conn, trajectory_id=trajectory.id)
        plan = coach_plan(conn=conn, trajectory_id=trajectory.id)
        talks = follow_ups(conn=conn, trajectory_id=trajectory.id)
    found = periods(slots, today=today, first_entry=first)
    energy = ((day, level) for day, (level, _) in figures.checkins.items())
    trend = energy_trend(energy, last=today)
    marks = (
        []
        if trajectory.sick_since is None
        else milestones(trajectory.sick_since, done_on=trajectory.work_done_on)
    )
    return PlanView(trajectory, today, slots, found, figures, agreed, trend, marks, plan, talks)


@dataclass(frozen=True)
class FollowUpNoted:
    talk: FollowUpRow
    outcome: str  # added, changed, unchanged, removed


def add_follow_up(
    *,
    store: Store | None,
    today: date,
    day: date,
    time: str | None,
    note: str | None,
    now: datetime,
    remove: bool = False,
) -> FollowUpNoted:
    """A follow-up talk after the ten sessions (past or to come), noted as a follow-up; one a
    day: a second for the same day changes it (a time or a note not given stays; an empty
    note is none), `remove` takes it away. Refused while a session of the ten is still to
    come: that one is the next talk."""
    with _need(store).write() as conn:
        trajectory, slots = _active_sessions(conn)
        same = [f for f in follow_ups(conn=conn, trajectory_id=trajectory.id) if f.day == day]
        if remove:
            if not same:
                raise HerstelError("follow_up.none_on", day=day)
            delete_follow_up(conn=conn, ident=same[0].id)
            return FollowUpNoted(same[0], "removed")
        coming = next_session(slots, today=today)
        if coming is not None:
            raise HerstelError("follow_up.before_ten", number=coming.number)
        last = max((date_of(s) for s in slots if s.status != "cancelled"), default=None)
        if last is not None and day < last:
            raise UsageError("follow_up.before_last", day=last)
        if same:
            old = same[0]
            talk = replace(
                old, time=old.time if time is None else time,
                note=old.note if note is None else note or None,
                updated_at=max(now, old.updated_at),
            )  # fmt: skip
            if (talk.time, talk.note) == (old.time, old.note):
                return FollowUpNoted(old, "unchanged")
            update_follow_up(conn=conn, talk=talk)
            return FollowUpNoted(talk, "changed")
        talk = add_follow_up_row(
            conn=conn, trajectory_id=trajectory.id, day=day, time=time, note=note or None, now=now
        )
        return FollowUpNoted(talk, "added")


# --- changing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Moved:
    """A move or a new time: the session as it now is, the day it had, the others shifted with
    it. `changed` False: it already was so, and nothing was written."""

    session: SessionRow
    old_day: date
    shifted: list[int]
    changed: bool


@dataclass(frozen=True)
class Changed:
    """A session held, cancelled, planned again or noted: as it now is, with all ten after the
    change. `changed` False: it already was so, and nothing was written."""

    session: SessionRow
    sessions: list[SessionRow]
    changed: bool


def _active_sessions(conn: sqlite3.Connection) -> tuple[TrajectoryRow, list[SessionRow]]:
    trajectory = trajectory_in(conn=conn)
    return trajectory, sessions(conn=conn, trajectory_id=trajectory.id)


def _need(store: Store | None) -> Store:
    """An empty home stays empty: changing a session needs a store."""
    if store is None:
        raise HerstelError("trajectory.none")
    return store


def move_session(
    *,
    store: Store | None,
    today: date,
    number: int,
    to: date | None,
    time: str | None,
    shift_rest: bool,
    now: datetime,
) -> Moved:
    """Session `number` to day `to` (None: its day stays) and/or time `time` ("HH:MM"; "" for
    no time; None: its time stays); with `shift_rest`, every later planned session moves by as
    many days. Session 1 carries the trajectory's first session along."""
    with _need(store).write() as conn:
        trajectory, slots = _active_sessions(conn)
        slot = slots[number - 1]
        if slot.status != "planned":
            raise HerstelError(f"plan.move.{slot.status}", number=number)
        old_day = slot.planned_on
        changes: dict[int, date] = {}
        if to is not None and to != old_day:
            changes = moved(slots, number, to, shift_rest=shift_rest, today=today)
        new_time = slot.time if time is None else (time or None)
        if not changes and new_time == slot.time:
            return Moved(slot, old_day, [], changed=False)
        for index, stored in enumerate(slots):
            changed = stored
            if stored.number in changes:
                day = changes[stored.number]
                first = stored.planned_on if stored.original_on is None else stored.original_on
                # Back where it was first planned: no longer moved.
                original = None if first == day else first
                changed = replace(changed, planned_on=day, original_on=original, updated_at=now)
            if stored.number == number and new_time != stored.time:
                changed = replace(changed, time=new_time, updated_at=now)
            if changed is not stored:
                save_session(conn=conn, slot=changed)
                slots[index] = changed
        slot = slots[number - 1]
        if number == 1:  # the trajectory's first session follows session 1
            update_trajectory(
                conn=conn,
                trajectory_id=trajectory.id,
                values={"first_session_on": slot.planned_on, "first_session_time": slot.time},
                now=now,
            )
    return Moved(slot, old_day, sorted(n for n in changes if n != number), changed=True)


def hold_session(
    *,
    store: Store | None,
    today: date,
    number: int,
    on: date | None,
    note: str | None,
    keep_note: bool,
    now: datetime,
) -> Changed:
    """Session `number` held on `on` (None: its planned day), with `note` unless `keep_note`."""
    with _need(store).write() as conn:
        _, slots = _active_sessions(conn)
        slot = slots[number - 1]
        held_on = held(slots, number, on, today=today)
        slot = replace(
            slot,
            status="held",
            held_on=held_on,
            note=slot.note if keep_note else note,
            updated_at=now,
        )
        save_session(conn=conn, slot=slot)
        slots[number - 1] = slot
    return Changed(slot, slots, changed=True)


def cancel_session(
    *,
    store: Store | None,
    number: int,
    reason: str | None,
    undo: bool = False,
    now: datetime,
) -> Changed:
    """Session `number` cancelled (with `reason`); with `undo`, planned again on its day."""
    with _need(store).write() as conn:
        _, slots = _active_sessions(conn)
        (restorable if undo else cancellable)(slots, number)
        slot = replace(
            slots[number - 1],
            status="planned" if undo else "cancelled",
            cancel_reason=None if undo else reason,
            updated_at=now,
        )
        save_session(conn=conn, slot=slot)
        slots[number - 1] = slot
    return Changed(slot, slots, changed=True)


def session_note(*, store: Store | None, number: int) -> str | None:
    """The note of session `number` as it is now (to start an edit from)."""
    with _need(store).read() as conn:
        return _active_sessions(conn)[1][number - 1].note


def note_session(*, store: Store | None, number: int, note: str | None, now: datetime) -> Changed:
    """The note of session `number` set to `note` (None or "": cleared)."""
    with _need(store).write() as conn:
        _, slots = _active_sessions(conn)
        slot = slots[number - 1]
        if slot.note == note:
            return Changed(slot, slots, changed=False)
        slot = replace(slot, note=note, updated_at=now)
        save_session(conn=conn, slot=slot)
        slots[number - 1] = slot
    return Changed(slot, slots, changed=True)
