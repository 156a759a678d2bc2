"""The structural layer's tables: signals, the early-warning ladder, pattern and biography notes,
exercises and their practice. Apart from `models` so that the daily check-in, which needs none of
them, does not pay for building them.

Entries carry the local `day` they are about and, when known, the local `time` ("HH:MM"), like a
session's date and time; `created_at` and `updated_at` are UTC timestamps, as on every record.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class LadderItem(SQLModel, table=True):
    """A known signal on the early-warning ladder, made with the coach: its colour and the action
    agreed for it. Removing one sets `removed_at`; its history stays."""

    __tablename__ = "ladder_item"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    signal: str
    colour: str  # green, orange, red
    action: str | None
    private: bool
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Signal(SQLModel, table=True):
    """A body or emotional signal, logged when it happened."""

    __tablename__ = "signal"
    __table_args__ = (Index("ix_signal_day", "trajectory_id", "day"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    time: str | None  # "HH:MM", local
    what: str
    type: str  # body, emotion
    location: str | None  # where in the body (--where)
    intensity: int | None  # 1-5
    limit: str | None  # none, near, crossed
    fit: bool | None  # did it say that what I was doing fits me (klopt) or not
    situation: str | None
    response: str | None  # what I did with it
    ladder_item_id: str | None = Field(
        default=None, foreign_key="ladder_item.id", ondelete="SET NULL"
    )
    private: bool


class PatternNote(SQLModel, table=True):
    """The reflection questions on one situation, in the method's order."""

    __tablename__ = "pattern_note"
    __table_args__ = (Index("ix_pattern_note_day", "trajectory_id", "day"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    time: str | None
    situation: str
    behaviour: str | None
    consequence: str | None
    unnoticed: str | None  # the choice made without noticing
    belief: str | None  # perfection, no-burden, nothing-wrong, expectations, other
    belief_text: str | None  # the belief in one's own words, with `other`
    new_behaviour: str | None
    reflection: str | None
    private: bool


class BioNote(SQLModel, table=True):
    """A look back at a period of one's life: what drove one then, which pattern shows."""

    __tablename__ = "bio_note"
    __table_args__ = (Index("ix_bio_note_day", "trajectory_id", "day"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    time: str | None
    life_stage: str | None
    text: str | None
    drives: str | None
    pattern: str | None
    private: bool


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
