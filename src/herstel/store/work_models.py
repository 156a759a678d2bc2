"""The back-to-work ramp: the steps of the build-up schedule agreed with the company doctor.

A step's days (`starts_on`, `ends_on`, `advice_on`) are local dates; `ends_on` is empty when the
step lasts until the next one begins (or until the ramp is done). `weekdays` is the days of the
week it plans work, as ISO numbers ("1,3,5": Monday, Wednesday, Friday), empty when not agreed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class WorkStep(SQLModel, table=True):
    """One step of the ramp: days a week, hours a day, the level of the tasks."""

    __tablename__ = "work_step"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    starts_on: date
    ends_on: date | None
    days_per_week: int
    weekdays: str | None
    hours_per_day: float
    tasks: str  # presence, light, content, full
    mode: str  # therapeutic (arbeidstherapie), regular
    advice_on: date | None  # the company doctor's advice
    note: str | None
