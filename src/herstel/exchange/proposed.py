"""What the coach proposes to one client, read from the coach's store as the packet's records
(`exchange/packet.py` declares their fields once): for `coach send`, `coach plan show` and the
coach's copy of a client (`coach export`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from herstel.store import proposals as queries

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlmodel import Session

    from herstel.store.coach_models import Proposal

PLAN = "plan"
GOAL = "goal"
EXERCISE = "exercise"
LADDER = "ladder"
SESSION = "session"
WORK_STEP = "work_step"
QUESTIONNAIRE = "questionnaire"
KINDS = (GOAL, EXERCISE, LADDER, SESSION, WORK_STEP, QUESTIONNAIRE)


def model_of(kind: str) -> type[BaseModel]:
    """The packet's model of a proposal of `kind`."""
    from herstel.exchange import packet

    models: dict[str, type[BaseModel]] = {
        GOAL: packet.GoalV1,
        EXERCISE: packet.ProposedExerciseV1,
        LADDER: packet.ProposedLadderItemV1,
        SESSION: packet.ProposedSessionV1,
        WORK_STEP: packet.ProposedWorkStepV1,
        QUESTIONNAIRE: packet.AssignedQuestionnaireV1,
    }
    return models[kind]


def record_of(proposal: Proposal) -> BaseModel:
    """A proposal as the packet carries it."""
    model = model_of(proposal.kind)
    stamps = {"updated_at": proposal.updated_at.isoformat()}
    if "created_at" in model.model_fields:
        stamps["created_at"] = proposal.created_at.isoformat()
    return model.model_validate_json(json.dumps({"id": proposal.id, **stamps, **proposal.data}))


@dataclass(frozen=True)
class Current:
    """Every current proposal for one client, and the notes the coach shared with them."""

    plan_text: str | None = None
    records: dict[str, list[Any]] = field(default_factory=dict)
    notes: list[Any] = field(default_factory=list)
    packets_sent: int = 0


def current(*, session: Session, trajectory_id: str) -> Current:
    from herstel.exchange.packet import SharedNoteV1

    by_kind: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    text = None
    for proposal in queries.proposals(session=session, trajectory_id=trajectory_id):
        if proposal.kind == PLAN:
            text = proposal.data.get("text")
        else:
            by_kind[proposal.kind].append(record_of(proposal))
    by_kind[SESSION].sort(key=lambda s: s.number)
    notes = [
        SharedNoteV1(id=n.id, updated_at=n.updated_at, session=n.session, text=n.text)
        for n in queries.shared_notes(session=session, trajectory_id=trajectory_id)
    ]
    sent = queries.packets_sent(session=session, trajectory_id=trajectory_id)
    return Current(plan_text=text, records=by_kind, notes=notes, packets_sent=sent)
