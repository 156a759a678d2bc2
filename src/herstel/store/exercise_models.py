"""Exercises agreed with the coach, and each time one was practised.

Entries carry the local `day` they are about and, when known, the local `time` ("HH:MM"), like a
session's date and time; `created_at` and `updated_at` are UTC timestamps, as on every record.
Each area's tables live in their own module, so that a command builds only the models it uses
(building a SQLModel table costs several milliseconds of start-up).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class Exercise(SQLModel, table=True):
    """An exercise agreed with the coach, to practise between sessions. Stopping one sets
    `stopped_at`; its practice stays."""

    __tablename__ = "exercise"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    name: str
    description: str | None
    per_week: int | None
    type: str | None  # mindfulness, breathing, movement, boundaries, reflection, other
    session: int | None  # the session (1-10) where it was agreed
    private: bool
    stopped_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Practice(SQLModel, table=True):
    """One time an exercise was practised."""

    __tablename__ = "practice"
    __table_args__ = (Index("ix_practice_day", "trajectory_id", "day"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    exercise_id: str = Field(foreign_key="exercise.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    time: str | None
    minutes: int | None
    note: str | None
    private: bool
