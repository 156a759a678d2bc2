"""Keyword-only functions over what the coach proposes to a client (`coach_models.Proposal`), the
notes the client may read, and the count of packets sent. Imports never touch these rows."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.store.coach_models import CoachNote, Proposal


def proposals(*, session: Session, trajectory_id: str, kind: str | None = None) -> list[Proposal]:
    """The coach's proposals to a client (of one kind, or all), oldest first."""
    from sqlmodel import col, select

    from herstel.store.coach_models import Proposal

    statement = select(Proposal).where(Proposal.trajectory_id == trajectory_id)
    if kind is not None:
        statement = statement.where(Proposal.kind == kind)
    return list(session.exec(statement.order_by(col(Proposal.created_at), col(Proposal.id))).all())


def save_proposal(
    *,
    session: Session,
    trajectory_id: str,
    kind: str,
    data: dict[str, Any],
    now: datetime,
    ident: str | None = None,
) -> Proposal:
    """A new proposal, or (with `ident` of one already there) its new data. `updated_at` only
    grows: the client keeps the newest it received."""
    from herstel.store.coach_models import Proposal
    from herstel.store.rows import new_id

    found = None if ident is None else session.get(Proposal, ident)
    if found is None:
        found = Proposal(
            id=ident or new_id(), trajectory_id=trajectory_id, created_at=now, updated_at=now,
            kind=kind, data=data,
        )  # fmt: skip
    elif found.data != data:
        found.data = data
        found.updated_at = max(now, found.updated_at)
    session.add(found)
    return found


def delete_proposal(*, session: Session, ident: str) -> None:
    from herstel.store.coach_models import Proposal

    found = session.get(Proposal, ident)
    if found is not None:
        session.delete(found)


def shared_notes(*, session: Session, trajectory_id: str) -> list[CoachNote]:
    """The coach's notes the client may read, oldest first."""
    from sqlmodel import col, select

    from herstel.store.coach_models import CoachNote

    statement = (
        select(CoachNote)
        .where(CoachNote.trajectory_id == trajectory_id, CoachNote.shared == True)  # noqa: E712
        .order_by(col(CoachNote.created_at))
    )
    return list(session.exec(statement).all())


def next_sequence(*, session: Session, trajectory_id: str) -> int:
    """The next packet's number for a client, counted as sent."""
    from herstel.store.coach_models import Client

    client = session.get(Client, trajectory_id)
    assert client is not None  # noqa: S101 - callers found the client first
    client.packets_sent += 1
    session.add(client)
    return client.packets_sent


def packets_sent(*, session: Session, trajectory_id: str) -> int:
    from herstel.store.coach_models import Client

    client = session.get(Client, trajectory_id)
    return 0 if client is None else client.packets_sent
