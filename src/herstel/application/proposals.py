"""The coach's proposals to a client, and the packet that takes them home.

What the coach proposes (the trajectory plan's text and goals, exercises, ladder items, session
days, steps of the ramp) is kept in `proposal` rows, apart from what the client's exports bring:
an import of an export made before the client received a packet withdraws nothing. A note of
the coach's marked shared goes along too. `send_packet` puts the whole current state in one
packet, signed with the coach's signing key and encrypted to the client's age key."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from herstel.application.coach import client_in
from herstel.core.coach import Named
from herstel.core.entries import fold
from herstel.errors import HerstelError, UsageError
from herstel.store import proposals as queries
from herstel.store.db import Store, sqlite_of

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.store.coach_models import Proposal

from herstel.exchange.proposed import (
    EXERCISE,
    GOAL,
    LADDER,
    PLAN,
    QUESTIONNAIRE,
    SESSION,
    WORK_STEP,
    current,
    model_of,
)


def _data(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """The fields of a proposal as stored: JSON values, without the id and timestamps."""
    return {
        name: (value.isoformat() if isinstance(value, date) else value)
        for name, value in values.items()
        if name not in ("id", "created_at", "updated_at")
    }


@dataclass(frozen=True)
class Proposed:
    """What a proposal command saved: the client, the record, and its number in its list."""

    client: Named
    kind: str
    id: str
    number: int
    data: dict[str, Any]
    changed: bool = True
    moved: tuple[int, ...] = ()  # a move: the later sessions that moved along


def saved_proposal(
    session: Session, client: Named, kind: str, data: dict[str, Any], now: datetime,
    ident: str | None = None,
) -> Proposed:  # fmt: skip
    _model_check(kind, data, ident=ident, now=now)
    before = None if ident is None else _existing(session, client, kind, ident)
    saved = queries.save_proposal(
        session=session, trajectory_id=client.id, kind=kind, data=data, now=now, ident=ident
    )
    session.flush()
    listed = queries.proposals(session=session, trajectory_id=client.id, kind=kind)
    number = next(n for n, p in enumerate(listed, start=1) if p.id == saved.id)
    return Proposed(client, kind, saved.id, number, dict(saved.data), changed=before != data)


def _model_check(kind: str, data: dict[str, Any], *, ident: str | None, now: datetime) -> None:
    """The packet's model takes it (a programming error otherwise: the commands check first)."""
    if kind == PLAN:
        return
    from pydantic import ValidationError

    from herstel.store.rows import new_id

    model = model_of(kind)
    stamps = {"updated_at": now.isoformat(), "created_at": now.isoformat()}
    if "created_at" not in model.model_fields:
        del stamps["created_at"]
    try:
        model.model_validate_json(json.dumps({"id": ident or new_id(), **stamps, **data}))
    except ValidationError as problem:  # pragma: no cover - the commands check every value
        raise HerstelError("packet.invalid", where=str(problem.errors()[0]["loc"])) from None


def _existing(session: Session, client: Named, kind: str, ident: str) -> dict[str, Any] | None:
    for proposal in queries.proposals(session=session, trajectory_id=client.id, kind=kind):
        if proposal.id == ident:
            return dict(proposal.data)
    return None


def _find(session: Session, client: Named, kind: str, typed: str) -> Proposal:
    """A proposal by its number in its list (1, 2, ...) or the start of its id."""
    listed = queries.proposals(session=session, trajectory_id=client.id, kind=kind)
    value = typed.strip().lower()
    if value.isdigit() and len(value) <= 3 and 1 <= int(value) <= len(listed):
        return listed[int(value) - 1]
    found = [p for p in listed if len(value) >= 4 and p.id.startswith(value)]
    if len(found) != 1:
        raise UsageError(f"coach.{kind}_unknown", value=typed.strip()[:40], count=len(listed))
    return found[0]


# --- the trajectory plan ----------------------------------------------------------------------


def add_goal(*, store: Store, typed: str, text: str, part: str, now: datetime) -> Proposed:
    with store.writing() as session:
        client = client_in(session, typed)
        data = {"part": part, "text": text, "status": "open", "outcome": None}
        return saved_proposal(session, client, GOAL, data, now)


def change_goal(
    *, store: Store, typed: str, goal: str, changes: dict[str, Any], now: datetime
) -> Proposed:
    """A goal's text or part, or its status: done (with its outcome), dropped, or open again."""
    with store.writing() as session:
        client = client_in(session, typed)
        found = _find(session, client, GOAL, goal)
        data = {**found.data, **changes}
        if data["status"] == "open":
            data["outcome"] = changes.get("outcome")
        return saved_proposal(session, client, GOAL, data, now, ident=found.id)


def plan_text(*, store: Store, typed: str) -> tuple[Named, str | None]:
    with store.reading() as session:
        client = client_in(session, typed)
        found = queries.proposals(session=session, trajectory_id=client.id, kind=PLAN)
        return client, (found[0].data.get("text") if found else None)


def set_plan_text(*, store: Store, typed: str, text: str | None, now: datetime) -> Proposed:
    """The plan's free text (None: none)."""
    with store.writing() as session:
        client = client_in(session, typed)
        found = queries.proposals(session=session, trajectory_id=client.id, kind=PLAN)
        ident = found[0].id if found else None
        return saved_proposal(session, client, PLAN, {"text": text}, now, ident=ident)


# --- exercises and the ladder -----------------------------------------------------------------


def propose_exercise(
    *, store: Store, typed: str, values: dict[str, Any], now: datetime
) -> Proposed:
    """An exercise (name, description, per_week, type, session); one already proposed under the
    same name gets the values given."""
    with store.writing() as session:
        client = client_in(session, typed)
        same = [
            p
            for p in queries.proposals(session=session, trajectory_id=client.id, kind=EXERCISE)
            if fold(p.data["name"]) == fold(values["name"])
        ]
        base = {"description": None, "per_week": None, "type": None, "session": None}
        if same:
            given = {k: v for k, v in values.items() if v is not None}
            return saved_proposal(
                session, client, EXERCISE, {**same[0].data, **given}, now, same[0].id
            )
        return saved_proposal(session, client, EXERCISE, {**base, **values}, now)


def propose_ladder_item(
    *, store: Store, typed: str, values: dict[str, Any], now: datetime
) -> Proposed:
    """A ladder item (signal, colour, action); one already proposed for the same signal gets the
    values given."""
    with store.writing() as session:
        client = client_in(session, typed)
        same = [
            p
            for p in queries.proposals(session=session, trajectory_id=client.id, kind=LADDER)
            if fold(p.data["signal"]) == fold(values["signal"])
        ]
        if same:
            given = {k: v for k, v in values.items() if v is not None}
            return saved_proposal(
                session, client, LADDER, {**same[0].data, **given}, now, same[0].id
            )
        if values.get("colour") is None:
            raise UsageError("form.missing", flag="--colour")
        return saved_proposal(session, client, LADDER, {"action": None, **values}, now)


# --- sessions ---------------------------------------------------------------------------------


def propose_move(
    *,
    store: Store,
    typed: str,
    number: int,
    to: date | None,
    time: str | None,
    shift_rest: bool,
    today: date,
    now: datetime,
) -> Proposed:
    """Session `number` on day `to` and/or at `time` ("" for none), as the client's newest
    export has the sessions with the coach's earlier moves on top; `shift_rest` moves every
    later planned session by as many days."""
    from herstel.core.schedule import moved
    from herstel.store.plan import sessions

    with store.writing() as session:
        client = client_in(session, typed)
        slots = sessions(conn=sqlite_of(session.connection()), trajectory_id=client.id)
        earlier = {
            p.id: p
            for p in queries.proposals(session=session, trajectory_id=client.id, kind=SESSION)
        }
        slots = [
            replace(
                s,
                planned_on=date.fromisoformat(earlier[s.id].data["planned_on"]),
                time=earlier[s.id].data["time"],
            )
            if s.id in earlier
            else s
            for s in slots
        ]
        slot = slots[number - 1]
        if slot.status != "planned":
            raise HerstelError(f"plan.move.{slot.status}", number=number)
        changes: dict[int, date] = {}
        if to is not None and to != slot.planned_on:
            changes = moved(slots, number, to, shift_rest=shift_rest, today=today)
        new_time = slot.time if time is None else (time or None)
        result: Proposed | None = None
        for other in slots:
            if other.number not in changes and other.number != number:
                continue
            imported = earlier[other.id].data if other.id in earlier else None
            data = {
                "number": other.number,
                "planned_on": changes.get(other.number, other.planned_on).isoformat(),
                "time": new_time if other.number == number else other.time,
                "was_on": imported["was_on"] if imported else other.planned_on.isoformat(),
                "was_time": imported["was_time"] if imported else other.time,
            }
            saved = saved_proposal(session, client, SESSION, data, now, ident=other.id)
            if other.number == number:
                result = saved
        assert result is not None  # noqa: S101 - the session itself is always saved
        later = tuple(sorted(n for n in changes if n != number))
        return replace(result, moved=later, changed=bool(changes) or new_time != slot.time)


# --- the ramp ---------------------------------------------------------------------------------


def propose_step(*, store: Store, typed: str, values: dict[str, Any], now: datetime) -> Proposed:
    """A step of the ramp, checked against the client's steps and the coach's other ones."""
    from herstel.application.work import began
    from herstel.core.work import Step, check_layout
    from herstel.store.rows import new_id, trajectory_by_id
    from herstel.store.work import steps

    with store.writing() as session:
        client = client_in(session, typed)
        conn = sqlite_of(session.connection())
        trajectory = trajectory_by_id(conn=conn, trajectory_id=client.id)
        assert trajectory is not None  # noqa: S101 - a client has a trajectory
        proposed = [
            Step(id=p.id, **_step_values(p.data))
            for p in queries.proposals(session=session, trajectory_id=client.id, kind=WORK_STEP)
        ]
        ident = new_id()
        step = Step(id=ident, **{"weekdays": (), "ends_on": None, "mode": "regular", **values})
        others = [*steps(conn=conn, trajectory_id=client.id), *proposed]
        check_layout(
            others, changed=step, began=began(trajectory), sick_since=trajectory.sick_since
        )
        data = _data(WORK_STEP, {**step.__dict__, "weekdays": list(step.weekdays)})
        return saved_proposal(session, client, WORK_STEP, data, now, ident=ident)


def _step_values(data: dict[str, Any]) -> dict[str, Any]:
    day = date.fromisoformat
    return {
        **data,
        "starts_on": day(data["starts_on"]),
        "ends_on": None if data["ends_on"] is None else day(data["ends_on"]),
        "advice_on": None if data["advice_on"] is None else day(data["advice_on"]),
        "weekdays": tuple(data["weekdays"]),
    }


# --- what is proposed, and the packet ---------------------------------------------------------


@dataclass(frozen=True)
class Proposals:
    """Everything the coach proposes to one client, as the next packet will carry it."""

    client: Named
    plan_text: str | None
    goals: list[Any]
    exercises: list[Any]
    ladder: list[Any]
    sessions: list[Any]
    notes: list[Any]
    work_steps: list[Any]
    questionnaires: list[Any]
    packets_sent: int

    def count(self) -> int:
        lists = (self.goals, self.exercises, self.ladder, self.sessions, self.notes)
        others = (self.work_steps, self.questionnaires)
        return sum(map(len, (*lists, *others))) + (self.plan_text is not None)


def _proposals(session: Session, client: Named) -> Proposals:
    found = current(session=session, trajectory_id=client.id)
    return Proposals(
        client=client, plan_text=found.plan_text, goals=found.records[GOAL],
        exercises=found.records[EXERCISE], ladder=found.records[LADDER],
        sessions=found.records[SESSION], notes=found.notes, work_steps=found.records[WORK_STEP],
        questionnaires=found.records[QUESTIONNAIRE], packets_sent=found.packets_sent,
    )  # fmt: skip


def proposals(*, store: Store, typed: str) -> Proposals:
    with store.reading() as session:
        return _proposals(session, client_in(session, typed))


@dataclass(frozen=True)
class Sent:
    proposals: Proposals
    sequence: int
    data: bytes  # the packet, encrypted to the client


def send_packet(
    *, store: Store, home: Path, typed: str, coach_name: str | None, now: datetime
) -> Sent:
    """One packet with every current proposal for the client, signed and encrypted; the client's
    count of packets sent goes up in the same transaction (nothing counts when it fails)."""
    from herstel.application.coach import current_key
    from herstel.exchange import crypto, packet, signing
    from herstel.store.coach_models import Client

    key = current_key(home=home, now=now)
    private = signing.signing_key(home, create=False, now=now)
    assert private is not None  # noqa: S101 - current_key made it
    with store.writing() as session:
        client = client_in(session, typed)
        row = session.get(Client, client.id)
        if row is None or row.public_key is None:
            raise HerstelError("send.no_client_key", name=client.name)
        state = _proposals(session, client)
        sequence = queries.next_sequence(session=session, trajectory_id=client.id)
        body = packet.PacketBodyV1(
            format=packet.PACKET_FORMAT, format_version=packet.PACKET_VERSION,
            trajectory_id=client.id, sequence=sequence, sent_at=now,
            signing_key=signing.fingerprint(key.signing), coach_key=key.pin,
            coach_name=coach_name, plan_text=state.plan_text, goals=state.goals,
            exercises=state.exercises, ladder=state.ladder, sessions=state.sessions,
            notes=state.notes, work_steps=state.work_steps,
            questionnaires=state.questionnaires,
        )  # fmt: skip
        raw = packet.body_bytes(body)
        signed = packet.envelope(raw, [(key.signing, signing.sign(raw, private))])
        data = crypto.encrypt_to(signed, [row.public_key], armor=True)
    return Sent(proposals=replace(state, packets_sent=sequence), sequence=sequence, data=data)
