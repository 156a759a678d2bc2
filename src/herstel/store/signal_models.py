"""The early-warning ladder and the body and emotional signals logged against it.

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
