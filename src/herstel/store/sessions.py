"""Keyword-only functions over the sessions of a trajectory, on the ORM, for the commands that
read through it (insights, prepare, the demo). `herstel plan` reads and writes the same rows on
sqlite3: `herstel.store.plan`."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import col, select

from herstel.core.schedule import lay_out, phase_of
from herstel.store.rows import new_id
from herstel.store.session_models import CoachingSession

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.store.models import Trajectory


def add_sessions(*, session: Session, trajectory: Trajectory, now: datetime) -> None:
    """The ten sessions, laid out from the trajectory's first session and rhythm."""
    days = lay_out(
        trajectory.first_session_on,
        phase1_sessions=trajectory.phase1_sessions,
        phase2_weeks=trajectory.phase2_weeks,
    )
    for number, day in enumerate(days, start=1):
        session.add(
            CoachingSession(
                id=new_id(),
                trajectory_id=trajectory.id,
                created_at=now,
                updated_at=now,
                number=number,
                phase=phase_of(number, phase1_sessions=trajectory.phase1_sessions),
                planned_on=day,
                # Sessions usually keep one slot: each starts at the first one's time.
                time=trajectory.first_session_time,
                original_on=None,
                held_on=None,
                status="planned",
                note=None,
                cancel_reason=None,
            )
        )


def sessions(*, session: Session, trajectory_id: str) -> list[CoachingSession]:
    """The ten sessions, in order."""
    statement = (
        select(CoachingSession)
        .where(CoachingSession.trajectory_id == trajectory_id)
        .order_by(col(CoachingSession.number))
    )
    return list(session.exec(statement).all())


# Tables with a `day`, for where the trajectory's entries begin. Names are ours, never the user's.
_ENTRY_TABLES = ("checkin", "signal", "pattern_note", "bio_note", "practice")


def first_entry_day(*, session: Session, trajectory_id: str) -> date | None:
    union = " UNION ALL ".join(
        f"SELECT min(day) FROM {table} WHERE trajectory_id = :t"  # noqa: S608
        for table in _ENTRY_TABLES
    )
    found = session.connection().execute(text(union), {"t": trajectory_id}).all()
    days = [date.fromisoformat(row[0]) for row in found if row[0] is not None]
    return min(days, default=None)
