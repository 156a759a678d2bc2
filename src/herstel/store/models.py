"""The tables, as SQLModel models. The schema itself is made by `migrations`; a test checks
that a migrated store and these models agree.

Every record has a UUID `id`, `created_at` and `updated_at` (UTC, timezone-aware) and the id of
its trajectory. Timestamps are stored as ISO 8601 text with offset, so they sort and read back
with their zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC ISO 8601 text; naive values are refused."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Trajectory(SQLModel, table=True):
    """One client's coaching trajectory: who, with whom, and the rhythm of the ten sessions."""

    __tablename__ = "trajectory"

    id: str = Field(primary_key=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    active: bool
    client_name: str
    coach_name: str | None
    first_session_on: date
    first_session_time: str | None  # "HH:MM", local
    phase1_sessions: int
    phase2_weeks: int
    focus: str
    # Back to work (all optional): the contract's hours a week, the first day of sick leave
    # (the Poortwachter clock), the company doctor's name, the day the ramp ended.
    contract_hours: float | None = None
    sick_since: date | None = None
    company_doctor: str | None = None
    work_done_on: date | None = None


class Setting(SQLModel, table=True):
    """A store-wide setting, such as the language."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
    updated_at: datetime = Field(sa_type=UTCDateTime)


class Tombstone(SQLModel, table=True):
    """What remains of a deleted record: enough for an export to carry the deletion."""

    __tablename__ = "tombstone"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    kind: str
    deleted_at: datetime = Field(sa_type=UTCDateTime)
    # The deleted record was private: its tombstone never leaves the computer either.
    private: bool = False


class Checkin(SQLModel, table=True):
    """The daily check-in: one per trajectory and day (the client's local date)."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("trajectory_id", "day", name="uq_checkin_day"),)

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    day: date
    energy: int
    sleep_hours: float | None
    sleep_quality: int | None
    food: int | None
    movement: int | None  # minutes
    relaxation: int | None  # minutes
    structure: int | None
    givers: list[str] | None = Field(sa_type=JSON)
    drainers: list[str] | None = Field(sa_type=JSON)
    note: str | None
    private: bool
    work_hours: float | None = None  # hours worked, on a day the ramp plans work
    carried_by: str | None = None  # meaning, willpower, neither
    work_givers: list[str] | None = Field(default=None, sa_type=JSON)
    work_drainers: list[str] | None = Field(default=None, sa_type=JSON)
    # The fields taken as they were the day before ("the rest as yesterday"), not answered.
    copied: list[str] | None = Field(default=None, sa_type=JSON)
