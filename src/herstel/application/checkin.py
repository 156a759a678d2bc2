"""The daily check-in: what its form starts from, and saving it (a second check-in for a day
merges into the first)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from herstel.application.care import CareLine, care_in
from herstel.application.trajectory import trajectory_in
from herstel.core.checkin import Change, CheckinFields, last_days
from herstel.core.work import planned_on, step_on
from herstel.errors import UsageError
from herstel.store import checkins
from herstel.store import work as work_rows
from herstel.store.db import Store
from herstel.store.rows import active_trajectory


@dataclass(frozen=True)
class CheckinForm:
    """What the questions after the first start from."""

    has_trajectory: bool = False
    existing: CheckinFields | None = None  # the day's check-in, when updating it
    latest: CheckinFields | None = None  # the day's, else the most recent one
    # Per list field (givers, drainers): the names given before, most used first.
    named: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # A day of work: the ramp plans work on it (its hours in `planned_hours`, the default of
    # "hours worked"), or, without a ramp, a weekday of someone who works and is not on leave.
    work_day: bool = False
    planned_hours: float | None = None  # None: no step plans work that day (not asked)
    # For a day not checked in yet: the check-in before it (within PREVIOUS_DAYS), which the
    # form offers to take the rest from ("the rest as yesterday"), and its day.
    previous: CheckinFields | None = None
    previous_day: date | None = None


# How far back "the rest as before" looks: after a longer gap the days are not alike enough.
PREVIOUS_DAYS = 7


def checkin_form(*, store: Store | None, day: date) -> CheckinForm:
    """The defaults of the day's form; an empty form on a home without a trajectory."""
    if store is None:
        return CheckinForm()
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return CheckinForm()
        existing = checkins.checkin_on(conn=conn, trajectory_id=trajectory.id, day=day)
        latest = existing or checkins.latest_checkin(conn=conn, trajectory_id=trajectory.id)
        givers, drainers = checkins.named_before(conn=conn, trajectory_id=trajectory.id)
        work_givers, work_drainers = checkins.named_before(
            conn=conn, trajectory_id=trajectory.id, columns=("work_givers", "work_drainers")
        )
        steps = work_rows.steps(conn=conn, trajectory_id=trajectory.id)
        before = None
        if existing is None:
            before = checkins.checkin_before(
                conn=conn,
                trajectory_id=trajectory.id,
                day=day,
                since=day - timedelta(days=PREVIOUS_DAYS),
            )
    done_on = trajectory.work_done_on
    planned = planned_on(steps, day, done_on=done_on) if steps else 0.0
    working = (
        not steps and trajectory.sick_since is None and trajectory.contract_hours is not None
        and day.isoweekday() <= 5
    )  # fmt: skip
    return CheckinForm(
        has_trajectory=True,
        existing=None if existing is None else existing.values,
        latest=None if latest is None else latest.values,
        named={
            "givers": tuple(givers),
            "drainers": tuple(drainers),
            "work_givers": tuple(work_givers),
            "work_drainers": tuple(work_drainers),
        },
        work_day=planned > 0 or working,
        planned_hours=planned if planned > 0 else None,
        previous=None if before is None else before.values,
        previous_day=None if before is None else before.day,
    )


@dataclass(frozen=True)
class SavedCheckin:
    day: date
    changes: tuple[Change, ...] | None  # None: a new check-in; empty: nothing changed
    days: tuple[date, ...]  # the sparkline's days (none before the very first check-in)
    levels: tuple[int | None, ...]  # the energy of each of `days`
    care: CareLine | None = None  # a very hard day: who can help (at most once a day)


def save_checkin(
    *, store: Store, today: date, day: date, values: CheckinFields, now: datetime
) -> SavedCheckin:
    """Save the day's check-in in one transaction, which also reads the sparkline's days."""
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        if values.energy is None and (
            checkins.checkin_on(conn=conn, trajectory_id=trajectory.id, day=day) is None
        ):
            raise UsageError("checkin.energy_missing")
        if values.work_hours is not None:
            steps = work_rows.steps(conn=conn, trajectory_id=trajectory.id)
            if step_on(steps, day, done_on=trajectory.work_done_on) is None:
                raise UsageError("work.no_step_on_day")
        _, changes = checkins.save_checkin(
            conn=conn, trajectory_id=trajectory.id, day=day, values=values, now=now
        )
        first = checkins.first_checkin_day(conn=conn, trajectory_id=trajectory.id)
        # Days before the very first check-in are not missed days: they are not shown.
        days = [d for d in last_days(max(day, today)) if first is None or d >= first]
        levels = checkins.energy_by_day(conn=conn, trajectory_id=trajectory.id, days=days)
        care = care_in(conn=conn, trajectory=trajectory, day=day, today=today, now=now)
    return SavedCheckin(
        day=day,
        changes=None if changes is None else tuple(changes),
        days=tuple(days),
        levels=tuple(levels),
        care=care,
    )


def latest_checkin_day(*, store: Store | None) -> date | None:
    """The day of the most recent check-in (None: none, or no store)."""
    if store is None:
        return None
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return None
        latest = checkins.latest_checkin(conn=conn, trajectory_id=trajectory.id)
    return None if latest is None else latest.day
