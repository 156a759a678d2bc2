"""`herstel` on its own: where things stand, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from herstel.core.checkin import last_days
from herstel.core.entries import week_of
from herstel.core.schedule import after_the_ten, next_session
from herstel.store import checkins, exercises, journal
from herstel.store.db import Store
from herstel.store.follow_ups import FollowUpRow, follow_ups
from herstel.store.journal import EntriesContext, Record, SessionSlot
from herstel.store.rows import active_trajectory

RECENT = 3


@dataclass(frozen=True)
class ExerciseWeek:
    name: str
    practised: int  # times this ISO week
    per_week: int | None


@dataclass(frozen=True)
class Overview:
    client_name: str
    coach_name: str | None
    next_session: SessionSlot | None  # None: the trajectory is completed
    todays_energy: int | None  # None: no check-in yet today
    days: tuple[date, ...]  # the sparkline's days (none before the very first check-in)
    levels: tuple[int | None, ...]
    recent: tuple[Record, ...]  # the last few entries, oldest first
    shown: EntriesContext
    exercises: tuple[ExerciseWeek, ...]  # the active ones
    after_ten: bool = False  # the ten are behind (core.schedule.after_the_ten)
    follow_up: FollowUpRow | None = None  # after the ten: the next follow-up talk, if noted


def overview(*, store: Store | None, today: date) -> Overview | None:
    """Where things stand; None on a home without a trajectory (which stays empty)."""
    if store is None:
        return None
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return None
        todays = checkins.checkin_on(conn=conn, trajectory_id=trajectory.id, day=today)
        first = checkins.first_checkin_day(conn=conn, trajectory_id=trajectory.id)
        # Days before the very first check-in are not missed days: they are not shown.
        days = [d for d in last_days(today) if first is not None and d >= first]
        levels = checkins.energy_by_day(conn=conn, trajectory_id=trajectory.id, days=days)
        recent = journal.timeline(conn=conn, trajectory_id=trajectory.id, last=RECENT)
        shown = journal.entries_context(conn=conn, trajectory_id=trajectory.id, entries=recent)
        active = exercises.exercises(conn=conn, trajectory_id=trajectory.id)
        monday, sunday = week_of(today)
        counts = exercises.practice_counts(
            conn=conn, trajectory_id=trajectory.id, since=monday, until=sunday
        )
        slots = journal.session_slots(conn=conn, trajectory_id=trajectory.id)
        coming = [f for f in follow_ups(conn=conn, trajectory_id=trajectory.id) if f.day >= today]
    return Overview(
        client_name=trajectory.client_name,
        coach_name=trajectory.coach_name,
        next_session=next_session(slots, today=today),
        after_ten=after_the_ten(slots, today=today),
        follow_up=coming[0] if coming else None,
        todays_energy=None if todays is None else todays.values.energy,
        days=tuple(days),
        levels=tuple(levels),
        recent=tuple(recent),
        shown=shown,
        exercises=tuple(
            ExerciseWeek(exercise.name, counts.get(exercise.id, 0), exercise.per_week)
            for exercise in active
        ),
    )
