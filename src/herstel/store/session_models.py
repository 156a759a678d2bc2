"""The ten coaching sessions of a trajectory, laid out when the trajectory starts.

`planned_on` and `time` ("HH:MM") are local; `original_on` keeps the first planned day once a
session has moved; `held_on` is the day it took place. A session's *date* is `held_on` when held,
else `planned_on` (see `herstel.core.schedule`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class CoachingSession(SQLModel, table=True):
    """One of the ten sessions: planned, held or cancelled."""

    __tablename__ = "session"
    __table_args__ = (UniqueConstraint("trajectory_id", "number", name="uq_session_number"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    number: int
    phase: int
    planned_on: date
    time: str | None
    original_on: date | None
    held_on: date | None
    status: str  # planned, held, cancelled
    note: str | None
    cancel_reason: str | None


class FollowUp(SQLModel, table=True):
    """A follow-up talk after the ten sessions: noted as one, never as an eleventh session."""

    __tablename__ = "follow_up"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    time: str | None  # "HH:MM", local
    note: str | None
