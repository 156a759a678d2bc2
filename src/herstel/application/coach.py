"""The coach's side, one function per action: keys, importing a client's export into `coach.db`,
the overview of every client, one client's report (read in one transaction), the coach's notes,
the client's copy of everything held on them, and erasure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from herstel.application.work import WorkOverview, client_work
from herstel.core.coach import Glance, Named, find_client, glance
from herstel.core.schedule import next_session
from herstel.core.text import visible
from herstel.errors import HerstelError, cause_of
from herstel.exchange import crypto
from herstel.exchange.export import coach_export, export_bytes
from herstel.exchange.merge import Counts, merge_export
from herstel.store import coach as queries
from herstel.store.coach import ClientFacts, SessionRow
from herstel.store.db import Store, sqlite_of

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.application.insights import Insights
    from herstel.application.kompas import Kompas
    from herstel.application.prepare import Prepared
    from herstel.exchange.format import Export


# --- keys -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoachKey:
    recipient: str  # the public key clients encrypt their exports to
    signing: str  # the public half of the key the coach's packets are signed with
    path: Path  # the file of the coach's identities
    rotated: bool = False  # an older key was there and is kept beside the new one
    signing_made: Path | None = None  # the signing key's file, when made now

    @property
    def pin(self) -> str:
        """What a client pins with `config set coach-key`: both public keys, one line."""
        from herstel.exchange.signing import pin

        return pin(self.recipient, self.signing)


def make_key(*, home: Path, rotate: bool, now: datetime) -> CoachKey:
    """A new identity for the coach (`coach keygen`); with `rotate`, added after the older ones.
    The signing key is made with the first identity and kept through a rotation."""
    had = bool(crypto.coach_identities(home)) if rotate else False
    identity = crypto.new_coach_identity(home, rotate=rotate, now=now)
    signing, made = _signing(home, now=now)
    return CoachKey(
        str(identity.to_public()), signing, home / crypto.COACH_IDENTITY_NAME, had, made
    )


def current_key(*, home: Path, now: datetime) -> CoachKey:
    """The coach's newest public key and the signing key (`coach key`); a coach home made
    before herstel signed its packets gets its signing key here, on first use."""
    identities = crypto.coach_identities(home)
    if not identities:
        raise HerstelError("coach.no_key")
    signing, made = _signing(home, now=now)
    return CoachKey(
        str(identities[-1].to_public()), signing, home / crypto.COACH_IDENTITY_NAME,
        signing_made=made,
    )  # fmt: skip


def _signing(home: Path, *, now: datetime) -> tuple[str, Path | None]:
    from herstel.exchange import signing

    path = home / signing.SIGNING_NAME
    existed = path.exists()
    key = signing.signing_key(home, create=True, now=now)
    if key is None:  # pragma: no cover - create=True always gives one
        raise HerstelError("coach.no_key")
    return signing.public_text(key), None if existed else path


# --- import -----------------------------------------------------------------------------------


def check_not_ahead(*, export: Export, now: datetime) -> None:
    """A file made more than a day from now (by a clock far ahead) would be newer than every
    real one to come: refused before the coach's store is opened."""
    if export.exported_at > now + timedelta(days=1):
        raise HerstelError("coach.import.future", day=export.exported_at.astimezone().date())


def namesakes(*, store: Store, export: Export) -> list[Named]:
    """Other clients of the export's client's name, when the export is of someone new."""
    trajectory = export.trajectory
    with store.connected() as conn:
        if queries.is_client(conn=conn, trajectory_id=trajectory.id):
            return []
        return queries.same_name(conn=conn, name=trajectory.client_name, other_than=trajectory.id)


def merge_into(*, store: Store, export: Export, now: datetime) -> Counts:
    """The merge in one BEGIN IMMEDIATE transaction; a store error leaves the store as it was
    and says so in one line."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    try:
        with store.connected(write=True) as conn:
            counts = merge_export(conn=conn, export=export, now=now)
    except (SQLAlchemyError, sqlite3.Error) as problem:
        # Busy, a full disk or a read-only folder said as such, as everywhere (errors.cause_of).
        cause = cause_of(problem, folder=store.path.parent)
        raise (cause or HerstelError("coach.import.store")) from None
    if counts.deleted:
        store.forget_deleted()
    return counts


# --- clients ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientLine:
    """One client in the overview."""

    fact: ClientFacts
    coming: SessionRow | None  # the next session; None when completed
    figures: Glance
    imported: int  # days since the newest import
    work: WorkOverview | None = None  # their ramp, if they have one


def client_overview(*, store: Store | None, today: date) -> list[ClientLine]:
    """Every client, by name (`coach clients`); none without a coach's store (looking creates
    nothing)."""
    facts: list[ClientFacts] = []
    ramps: dict[str, WorkOverview | None] = {}
    if store is not None:
        with store.connected() as conn:  # Core: the overview needs no ORM (exchange.py)
            facts = queries.client_facts(conn=conn, today=today)
            raw = sqlite_of(conn)
            ramps = {fact.id: client_work(raw, fact.id, today=today) for fact in facts}
    facts.sort(key=lambda f: (f.name.casefold(), f.id))
    return [
        ClientLine(
            fact=fact,
            coming=next_session(fact.sessions, today=today),
            figures=glance(energy=fact.energy, crossed=fact.crossed, today=today),
            imported=(today - fact.last_import_at.astimezone().date()).days,
            work=ramps.get(fact.id),
        )
        for fact in facts
    ]


def client_in(session: Session, typed: str) -> Named:
    """The client `typed` names; the error for none or several lists the candidates' names,
    which came from their exports: visible, like every text of theirs the coach is shown."""
    try:
        return find_client(typed, queries.named_clients(conn=session.connection()))
    except HerstelError as problem:
        shown = {
            name: visible(value, one_line=True) if isinstance(value, str) else value
            for name, value in problem.params.items()
        }
        raise type(problem)(problem.key, **shown) from None


def find_coach_client(*, store: Store, typed: str) -> Named:
    """The client `typed` names (their name, a start of it, or a start of their id)."""
    with store.reading() as session:
        return client_in(session, typed)


# --- report -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteLine:
    """One of the coach's notes, as the report shows it."""

    id: str
    session: int | None
    created_at: datetime
    text: str


@dataclass(frozen=True)
class ClientReport:
    """`coach report`: the client, their period's summary, their whole trajectory up to their
    newest export, and the coach's notes."""

    client: queries.ClientRecord
    prepared: Prepared
    found: Insights
    notes: list[NoteLine]
    work: WorkOverview | None = None  # the back-to-work ramp, if they have one
    kompas: Kompas | None = None  # the client's kompas, as the coach's store has it


def client_report(*, store: Store, typed: str, today: date, since: date | None) -> ClientReport:
    """Everything the coach's report on one client says, read in one transaction."""
    # Imported here: only the report reads them, and they were a twentieth of `coach import`
    # (benchmarks/exchange.py).
    from herstel.application.insights import read_insights
    from herstel.application.kompas import read_kompas
    from herstel.application.prepare import read_preparation
    from herstel.core.insights import Period
    from herstel.store.proposals import proposals

    with store.reading() as session:
        named = client_in(session, typed)
        client = queries.client_record(session=session, trajectory_id=named.id)
        notes = [
            NoteLine(n.id, n.session, n.created_at, n.text)
            for n in queries.notes(session=session, trajectory_id=named.id)
        ]
        prepared = read_preparation(
            session=session, trajectory_id=named.id, today=today, since=since
        )
        # Up to the day of the client's latest export: later weeks are not empty, only not yet
        # seen.
        newest = queries.newest_export(session=session, trajectory_id=named.id)
        last = today if newest is None else min(today, newest.astimezone().date())
        found = read_insights(
            session=session, trajectory_id=named.id, period=Period("all"), today=last
        )
        work = client_work(sqlite_of(session.connection()), named.id, today=last)
        # The goals as the coach holds them (part, text, status, outcome): their rows' data,
        # without the packet's models, which a report need not load.
        goals = proposals(session=session, trajectory_id=named.id, kind="goal")
        kompas = read_kompas(
            session=session, trajectory_id=named.id, client=client.name, found=found,
            goals=[goal.data for goal in goals], coach=None, company_doctor=None,
        )  # fmt: skip
    return ClientReport(
        client=client, prepared=prepared, found=found, notes=notes, work=work, kompas=kompas
    )


# --- notes ------------------------------------------------------------------------------------


def add_note(
    *, store: Store, client: Named, number: int | None, note: str, now: datetime,
    shared: bool = False,
) -> None:  # fmt: skip
    """The coach's note on `client` (about session `number`, or the client as a whole); a
    `shared` one goes to the client with the next packet."""
    with store.writing() as session:
        queries.add_note(
            session=session, trajectory_id=client.id, number=number, note=note, now=now,
            shared=shared,
        )  # fmt: skip


# --- the client's copy ------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientCopy:
    client: Named
    data: bytes  # everything held on the client, as plain JSON


def export_client(*, store: Store, typed: str, now: datetime) -> ClientCopy:
    """Everything held on the client (their right of access), read in one transaction."""
    with store.reading() as session:
        client = client_in(session, typed)
        document = coach_export(session=session, trajectory_id=client.id, now=now)
    return ClientCopy(client=client, data=export_bytes(document))


# --- erasure ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Held:
    """What erasing a client removes."""

    client: Named
    records: int
    notes: int


def held_on(*, store: Store, typed: str) -> Held:
    with store.reading() as session:
        client = client_in(session, typed)
        records, noted = queries.count_held(session=session, trajectory_id=client.id)
    return Held(client=client, records=records, notes=noted)


def forget_client(*, store: Store, client: Named, backups: list[Path]) -> bool:
    """Every row of the client gone, their bytes with them, and the store's backups (which hold
    them too); True when the WAL could be emptied now."""
    with store.writing() as session:
        queries.erase_client(session=session, trajectory_id=client.id)
    emptied = store.forget_deleted()
    for backup in backups:
        backup.unlink(missing_ok=True)
    return emptied
