"""Pattern notes and biography notes.

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
