"""The coach's questionnaires, one function per action: an instrument loaded from its file
(`exchange/instrument.py`) into the coach's store, the instruments held, and a questionnaire
assigned to a client for some sessions (a proposal of kind "questionnaire", which the next
packet takes along with the whole instrument) or no longer asked.

Apart from `application/questionnaires.py` (the client's side and the scores), which the
summaries read: this side stands on the coach's client lookup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from herstel.application.coach import client_in
from herstel.application.proposals import Proposed, saved_proposal
from herstel.application.questionnaires import KIND, instrument_of
from herstel.errors import UsageError
from herstel.store import proposals as proposed
from herstel.store import questionnaires as queries
from herstel.store.db import Store

# As many as one packet carries (`exchange/packet.py`).
QUESTIONNAIRES_MAX = 20

if TYPE_CHECKING:
    from herstel.exchange.instrument import InstrumentV1


@dataclass(frozen=True)
class Loaded:
    name: str
    version: str
    title: dict[str, str]
    items: int
    subscales: int
    example: bool
    status: str  # new, updated, same


def add_instrument(*, store: Store, data: bytes, toml: bool, now: datetime) -> Loaded:
    """The instrument in `data`, checked, kept in the coach's store under its name (one of that
    name already there is replaced: assignments take the new one with the next change)."""
    from herstel.exchange.instrument import parse_instrument

    instrument = parse_instrument(data, toml=toml)
    with store.writing() as session:
        status = queries.save_instrument(
            session=session, name=instrument.name, version=instrument.version,
            data=instrument.model_dump(mode="json"), now=now,
        )  # fmt: skip
    return Loaded(
        name=instrument.name, version=instrument.version, title=instrument.title.model_dump(),
        items=len(instrument.items), subscales=len(instrument.subscales),
        example=instrument.example, status=status,
    )  # fmt: skip


def instruments(*, store: Store) -> list[InstrumentV1]:
    with store.reading() as session:
        return [instrument_of(row.data) for row in queries.instruments(session=session)]


def assign(
    *, store: Store, typed: str, name: str, sessions: tuple[int, ...], now: datetime
) -> Proposed:
    """Questionnaire `name` for the client, to fill in before `sessions`; assigned before, it
    gets these sessions and the instrument as the coach holds it now."""
    with store.writing() as session:
        client = client_in(session, typed)
        found = queries.instrument(session=session, name=name.strip().lower())
        if found is None:
            known = ", ".join(row.name for row in queries.instruments(session=session))
            raise UsageError(
                "coach.questionnaire.unknown" if known else "coach.questionnaire.none_loaded",
                name=name.strip()[:40], known=known,
            )  # fmt: skip
        same = [
            p
            for p in proposed.proposals(session=session, trajectory_id=client.id, kind=KIND)
            if p.data["name"] == found.name
        ]
        listed = proposed.proposals(session=session, trajectory_id=client.id, kind=KIND)
        if not same and len(listed) >= QUESTIONNAIRES_MAX:
            raise UsageError("coach.questionnaire.too_many", count=QUESTIONNAIRES_MAX)
        data = {"name": found.name, "sessions": sorted(set(sessions)), "instrument": found.data}
        return saved_proposal(session, client, KIND, data, now, same[0].id if same else None)


def unassign(*, store: Store, typed: str, name: str) -> Proposed:
    """No longer ask the client for questionnaire `name` (the next packet says so; what they
    filled in stays theirs)."""
    with store.writing() as session:
        client = client_in(session, typed)
        listed = proposed.proposals(session=session, trajectory_id=client.id, kind=KIND)
        same = [p for p in listed if p.data["name"] == name.strip().lower()]
        if not same:
            raise UsageError(
                "coach.questionnaire.not_assigned", name=name.strip()[:40], client=client.name
            )
        proposed.delete_proposal(session=session, ident=same[0].id)
        return Proposed(client, KIND, same[0].id, 0, dict(same[0].data))
