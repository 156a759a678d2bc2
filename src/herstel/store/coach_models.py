"""The coach's own tables in `coach.db`: when each client's exports came in, and the coach's
notes. Imports never touch the notes; `coach forget` removes both with the client.

The client's records themselves live in the same tables as in a client's store, one trajectory
per client.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from herstel.store.models import UTCDateTime


class Client(SQLModel, table=True):
    """A client as the coach's store knows them: one per imported trajectory."""

    __tablename__ = "client"

    trajectory_id: str = Field(primary_key=True, foreign_key="trajectory.id", ondelete="CASCADE")
    language: str  # the client's language, as their newest export said
    last_import_at: datetime = Field(sa_type=UTCDateTime)
    public_key: str | None = None  # the client's age key ("age1..."), as their newest export said
    packets_sent: int = 0  # the sequence number of the last packet sent to the client


class CoachNote(SQLModel, table=True):
    """What strikes the coach, about the client or about one session."""

    __tablename__ = "coach_note"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    session: int | None  # the session (1-10) it is about; None: the client as a whole
    text: str
    shared: bool = False  # the client may read it: it goes with the next packet


class ImportedExport(SQLModel, table=True):
    """An export file taken in: when the client made it and which days its entries covered
    (None: no limit). An older file may not add back what a newer one covered and left out."""

    __tablename__ = "imported_export"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    exported_at: datetime = Field(sa_type=UTCDateTime)
    since: date | None
    until: date | None
    imported_at: datetime = Field(sa_type=UTCDateTime)


class Proposal(SQLModel, table=True):
    """What the coach proposes to one client (a goal, the plan's text, an exercise, a ladder
    item, a session's day, a step of the ramp), kept apart from what the client's exports bring,
    so that an import never withdraws it. `data` holds the fields as the packet carries them
    (`exchange/packet.py` declares them)."""

    __tablename__ = "proposal"

    id: str = Field(primary_key=True)
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    kind: str  # goal, plan, exercise, ladder, session, work_step
    data: dict[str, Any] = Field(sa_type=JSON)


class FromCoach(SQLModel, table=True):
    """In a client's store: one record a packet from the coach brought, with the coach's version
    last applied (`data`) and, where it became a record of the client's own (an exercise, a
    ladder item, a session, a step), that record's id. A goal, the plan's text and a shared note
    are the coach's: they live here only."""

    __tablename__ = "from_coach"

    id: str = Field(primary_key=True)  # the coach's id for it
    trajectory_id: str = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    kind: str  # goal, plan, note, exercise, ladder, session, work_step
    record_id: str | None
    data: dict[str, Any] = Field(sa_type=JSON)
    sequence: int  # the packet it last came with
    received_at: datetime = Field(sa_type=UTCDateTime)
