"""The coach's packet, version 1: what the coach proposes to one client, signed by the coach and
encrypted to the client.

Two layers, both strict pydantic models (like the export's, they are the format's definition;
`docs/schema/herstel-coach-packet-v1.json` and `herstel-coach-packet-body-v1.json` are generated
from them):

- the *envelope* (`PacketV1`): the format and version, the body as base64 of its exact JSON bytes,
  and one or two Ed25519 signatures over those bytes (two while a coach moves to a new signing
  key: the old and the new);
- the *body* (`PacketBodyV1`): the client's trajectory id, the packet's sequence number for that
  client, the fingerprint of the key that signed it, the coach's key from now on (a new one is
  announced here, signed by the old), and the whole current state of what the coach proposes:
  the trajectory plan's text and goals, exercises, ladder items, session days, notes the client
  may read, and steps of the ramp. The whole state, not a difference: a lost or reordered packet
  costs nothing.

The envelope is encrypted with age to the client's public key (from their newest export).
Reading never quotes a packet's content in an error: it names where the problem is.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import TYPE_CHECKING, Annotated, Final, Literal

from pydantic import Field, StringConstraints

from herstel.errors import HerstelError
from herstel.exchange.format import (
    Clock,
    Id,
    Name,
    Records,
    Stamp,
    Strict,
    Text,
    WorkStepV2,
)
from herstel.exchange.instrument import InstrumentName, InstrumentV1

if TYPE_CHECKING:
    from pydantic import ValidationError

PACKET_FORMAT: Final = "herstel-coach-packet"
PACKET_VERSION: Final = 1
# A packet carries a few hundred records at most; its body is bounded well above that, so that
# reading a hostile file stays cheap.
BODY_MAX = 4 * 1024 * 1024
PACKET_MAX = BODY_MAX * 2
MARKS_MAX = 200_000
RECORDS_MAX = 2000
SEQUENCE_MAX = 10**9

SigningKey = Annotated[str, StringConstraints(pattern=r"^ed25519:[A-Za-z0-9_-]{43}$")]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{4} ){4}[0-9a-f]{4}$")]
Pin = Annotated[
    str, StringConstraints(pattern=r"^age1[02-9ac-hj-np-z]{58}\+ed25519:[A-Za-z0-9_-]{43}$")
]
SessionNumber = Annotated[int, Field(ge=1, le=10)]
Part = Literal["energy", "biography", "practice", "exercises"]


def _list(model: type) -> object:
    return Annotated[Records[model], Field(max_length=RECORDS_MAX)]  # type: ignore[valid-type]


class GoalV1(Strict):
    """A goal of the trajectory plan, in one of the method's parts, and what came of it."""

    id: Id
    updated_at: Stamp
    part: Part
    text: Text
    status: Literal["open", "done", "dropped"]
    outcome: Text | None


class ProposedExerciseV1(Strict):
    """An exercise to practise between sessions."""

    id: Id
    updated_at: Stamp
    name: Name
    description: Text | None
    per_week: Annotated[int, Field(ge=1, le=21)] | None
    type: (
        Literal["mindfulness", "breathing", "movement", "boundaries", "reflection", "other"] | None
    )
    session: SessionNumber | None


class ProposedLadderItemV1(Strict):
    """A signal on the early-warning ladder, its colour and the action agreed."""

    id: Id
    updated_at: Stamp
    signal: Name
    colour: Literal["green", "orange", "red"]
    action: Text | None


class ProposedSessionV1(Strict):
    """A session's day (and time) as the coach plans it. `id` is the session's own id;
    `was_on` and `was_time` are the day and time the coach's import had before the coach moved
    it, so that the client's herstel can tell a move of the client's own from the schedule."""

    id: Id
    updated_at: Stamp
    number: SessionNumber
    planned_on: date
    time: Clock | None
    was_on: date
    was_time: Clock | None


class SharedNoteV1(Strict):
    """A note of the coach's that the client may read (about a session, or the whole)."""

    id: Id
    updated_at: Stamp
    session: SessionNumber | None
    text: Text


class ProposedWorkStepV1(WorkStepV2):
    """A step of the back-to-work ramp, as in the export (version 2)."""


class AssignedQuestionnaireV1(Strict):
    """A questionnaire the coach asks the client to fill in before the sessions named, with the
    whole instrument (the client's herstel has no other copy)."""

    id: Id
    updated_at: Stamp
    name: InstrumentName
    sessions: Annotated[list[SessionNumber], Field(min_length=1, max_length=10)]
    instrument: InstrumentV1


class PacketBodyV1(Strict):
    """What the signature covers."""

    format: Literal["herstel-coach-packet"]
    format_version: Literal[1]
    trajectory_id: Id
    sequence: Annotated[int, Field(ge=1, le=SEQUENCE_MAX)]
    sent_at: Stamp
    signing_key: Fingerprint  # of the key that signed it, the coach's current one
    coach_key: Pin  # the coach's key from now on, as `herstel coach key` prints it
    coach_name: Name | None
    plan_text: Text | None
    goals: _list(GoalV1)  # type: ignore[valid-type]
    exercises: _list(ProposedExerciseV1)  # type: ignore[valid-type]
    ladder: _list(ProposedLadderItemV1)  # type: ignore[valid-type]
    sessions: _list(ProposedSessionV1)  # type: ignore[valid-type]
    notes: _list(SharedNoteV1)  # type: ignore[valid-type]
    work_steps: _list(ProposedWorkStepV1)  # type: ignore[valid-type]
    questionnaires: Annotated[list[AssignedQuestionnaireV1], Field(max_length=20)]


class SignatureV1(Strict):
    key: SigningKey
    signature: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{86}$")]


class PacketV1(Strict):
    """The envelope: the body's exact bytes and the signatures over them."""

    format: Literal["herstel-coach-packet"]
    format_version: Literal[1]
    body: Annotated[str, StringConstraints(min_length=1, max_length=BODY_MAX * 4 // 3 + 4)]
    signatures: Annotated[list[SignatureV1], Field(min_length=1, max_length=2)]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def body_bytes(body: PacketBodyV1) -> bytes:
    return body.model_dump_json().encode("utf-8")


def envelope(body: bytes, signatures: list[tuple[str, bytes]]) -> bytes:
    """The envelope of `body` with each (public key, signature)."""
    document = {
        "format": PACKET_FORMAT,
        "format_version": PACKET_VERSION,
        "body": base64.b64encode(body).decode("ascii"),
        "signatures": [{"key": key, "signature": _b64(sig)} for key, sig in signatures],
    }
    return json.dumps(document, indent=1).encode("utf-8") + b"\n"


def _invalid(where: str) -> HerstelError:
    return HerstelError("packet.invalid", where=where[:120])


def _where(problem: ValidationError) -> str:
    from herstel.exchange.read import where_of

    return where_of(problem)


def _json(data: bytes, *, limit: int) -> object:
    if len(data) > limit:
        raise HerstelError("packet.too_big")
    if sum(map(data.count, (b",", b"[", b"{"))) > MARKS_MAX:
        raise HerstelError("packet.too_big")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HerstelError("packet.not_packet") from None
    except RecursionError:
        raise HerstelError("packet.too_deep") from None


def read_envelope(data: bytes) -> tuple[PacketV1, bytes]:
    """The envelope in `data` (already decrypted) and the body's bytes, checked for form only:
    the signatures are checked by `verified_body`."""
    from pydantic import ValidationError

    document = _json(data, limit=PACKET_MAX)
    if not isinstance(document, dict) or document.get("format") != PACKET_FORMAT:
        raise HerstelError("packet.not_packet")
    version = document.get("format_version")
    if type(version) is not int or version != PACKET_VERSION:
        newer = type(version) is int and version > PACKET_VERSION
        raise HerstelError(
            "packet.newer" if newer else "packet.bad_version", version=str(version)[:10]
        )
    try:
        packet = PacketV1.model_validate(document)
    except ValidationError as problem:
        raise _invalid(_where(problem)) from None
    try:
        body = base64.b64decode(packet.body, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid("body") from None
    return packet, body


def signed_by(packet: PacketV1, body: bytes, pinned: str) -> bool:
    """Whether one of the packet's signatures is by the key the client pinned, and holds."""
    from herstel.exchange.signing import verifies

    for signature in packet.signatures:
        if signature.key == pinned.strip():
            try:
                raw = _unb64(signature.signature)
            except (binascii.Error, ValueError):
                return False
            return verifies(body, raw, pinned)
    return False


def parse_body(body: bytes) -> PacketBodyV1:
    """The body, checked: the models, then what they cannot see one record at a time."""
    from pydantic import ValidationError

    from herstel.exchange.read import check_keys

    document = _json(body, limit=BODY_MAX)
    if not isinstance(document, dict) or document.get("format") != PACKET_FORMAT:
        raise _invalid("body.format")
    if document.get("format_version") != PACKET_VERSION:
        raise _invalid("body.format_version")
    del document  # the models parse the bytes again, strictly as JSON
    try:
        check_keys(json.loads(body), PacketBodyV1)
    except HerstelError as problem:
        raise _invalid(str(problem.params.get("where", ""))) from None
    try:
        parsed = PacketBodyV1.model_validate_json(body)
    except ValidationError as problem:
        raise _invalid(_where(problem)) from None
    _check_consistent(parsed)
    return parsed


def _check_consistent(body: PacketBodyV1) -> None:
    seen: set[str] = set()
    lists = {
        "goals": body.goals, "exercises": body.exercises, "ladder": body.ladder,
        "sessions": body.sessions, "notes": body.notes, "work_steps": body.work_steps,
        "questionnaires": body.questionnaires,
    }  # fmt: skip
    for name, records in lists.items():
        for number, record in enumerate(records):
            if record.id in seen:
                raise _invalid(f"{name}.{number}.id")
            seen.add(record.id)
    numbers: set[int] = set()
    for number, session in enumerate(body.sessions):
        if session.number in numbers:
            raise _invalid(f"sessions.{number}.number")
        numbers.add(session.number)
    signals: set[str] = set()
    names: set[str] = set()
    from herstel.core.entries import fold

    for number, item in enumerate(body.ladder):
        if fold(item.signal) in signals:
            raise _invalid(f"ladder.{number}.signal")
        signals.add(fold(item.signal))
    for number, exercise in enumerate(body.exercises):
        if fold(exercise.name) in names:
            raise _invalid(f"exercises.{number}.name")
        names.add(fold(exercise.name))
    _check_questionnaires(body.questionnaires)


def _check_questionnaires(assigned: list[AssignedQuestionnaireV1]) -> None:
    """One assignment per instrument, its sessions in order, each instrument as its own format
    asks (`exchange/instrument.py`)."""
    from herstel.exchange.instrument import check_instrument

    names: set[str] = set()
    for number, questionnaire in enumerate(assigned):
        where = f"questionnaires.{number}"
        if questionnaire.name in names or questionnaire.name != questionnaire.instrument.name:
            raise _invalid(f"{where}.name")
        names.add(questionnaire.name)
        if questionnaire.sessions != sorted(set(questionnaire.sessions)):
            raise _invalid(f"{where}.sessions")
        try:
            check_instrument(questionnaire.instrument)
        except HerstelError as problem:
            raise _invalid(f"{where}.instrument.{problem.params.get('where', '')}") from None
