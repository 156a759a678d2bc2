"""The coach's own tables in `coach.db`: when each client's exports came in, and the coach's
notes. Imports never touch the notes; `coach forget` removes both with the client.

The client's records themselves live in the same tables as in a client's store, one trajectory
per client.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class Client(SQLModel, table=True):
    """A client as the coach's store knows them: one per imported trajectory."""

    __tablename__ = "client"

    trajectory_id: str = Field(primary_key=True, foreign_key="trajectory.id", ondelete="CASCADE")
    language: str  # the client's language, as their export said
    first_import_at: datetime = Field(sa_type=UTCDateTime)
    last_import_at: datetime = Field(sa_type=UTCDateTime)
    last_exported_at: datetime = Field(sa_type=UTCDateTime)  # when the newest file was made


class CoachNote(SQLModel, table=True):
    """What strikes the coach, about the client or about one session."""

    __tablename__ = "coach_note"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    session: int | None  # the session (1-10) it is about; None: the client as a whole
    text: str
