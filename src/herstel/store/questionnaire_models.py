"""Questionnaires: a client's answers (in the client's store, and as imported in the coach's),
and the instruments a coach holds (in the coach's store).

An answer keeps the items it answered (`items`, their ids in the instrument's order) and the
answers as given (`answers`, a whole number on the instrument's scale or null for a skipped
item), unscored: scores are computed from the instrument when they are shown
(`core/questionnaire.py`). One answer per questionnaire and session; filling it in again
changes it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import JSON, Field, SQLModel

from herstel.store.models import UTCDateTime


class QuestionnaireAnswer(SQLModel, table=True):
    __tablename__ = "questionnaire_answer"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    questionnaire: str  # the instrument's name
    instrument_version: str
    session: int | None  # the session it was filled in before
    day: date
    time: str | None
    items: list[str] = Field(sa_type=JSON)
    answers: list[int | None] = Field(sa_type=JSON)
    private: bool = False


class Instrument(SQLModel, table=True):
    """An instrument the coach loaded (`coach questionnaire add`): the file's content, checked."""

    __tablename__ = "instrument"

    name: str = Field(primary_key=True)
    version: str
    data: dict[str, Any] = Field(sa_type=JSON)
    added_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
