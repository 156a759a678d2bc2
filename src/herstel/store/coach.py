"""Keyword-only functions over the coach's store: its clients, their overview, the coach's notes,
and erasure. The overview reads every client with a handful of grouped queries in plain SQL, not
one round of queries per client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from herstel.core.coach import Named
from herstel.core.trend import WINDOW
from herstel.store.journal import RECORD_TABLES

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from herstel.store.coach_models import CoachNote


def _sql(statement: str) -> Any:
    """A statement of ours in SQLAlchemy's form; SQLAlchemy is imported when one is run, so that
    loading this module costs nothing on the way to `--help`."""
    from sqlalchemy import text

    return text(statement)


def named_clients(*, conn: Connection) -> list[Named]:
    rows = conn.execute(
        _sql("SELECT t.id, t.client_name FROM trajectory t JOIN client c ON c.trajectory_id = t.id")
    )
    return [Named(row[0], row[1]) for row in rows]


def same_name(*, conn: Connection, name: str, other_than: str) -> list[Named]:
    """Clients called `name` (case, accents and spacing aside) under another trajectory."""
    from herstel.core.entries import fold

    key = fold(name)
    return [c for c in named_clients(conn=conn) if fold(c.name) == key and c.id != other_than]


def is_client(*, conn: Connection, trajectory_id: str) -> bool:
    found = conn.execute(
        _sql("SELECT 1 FROM client WHERE trajectory_id = :t"), {"t": trajectory_id}
    )
    return found.first() is not None


@dataclass(frozen=True)
class SessionRow:
    """A session as the schedule functions read it."""

    number: int
    phase: int
    status: str
    planned_on: date
    held_on: date | None
    original_on: date | None


@dataclass(frozen=True)
class ClientFacts:
    """What `coach clients` shows of one client, before the figures are worked out."""

    id: str
    name: str
    focus: str
    last_import_at: datetime
    sessions: list[SessionRow]
    last_checkin: date | None
    energy: list[tuple[date, int]]  # the last 28 days' check-ins
    crossed: list[date]  # the last 14 days' crossed limits


def client_facts(*, conn: Connection, today: date) -> list[ClientFacts]:
    day = date.fromisoformat
    since_energy = (today - timedelta(days=2 * WINDOW - 1)).isoformat()
    since_crossed = (today - timedelta(days=WINDOW - 1)).isoformat()

    def grouped(sql: str, **params: Any) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        for row in conn.execute(_sql(sql), params):
            found.setdefault(row[0], []).append(row[1:])
        return found

    sessions = grouped(
        "SELECT trajectory_id, number, phase, status, planned_on, held_on, original_on"
        " FROM session ORDER BY trajectory_id, number"
    )
    last = {
        row[0]: day(row[1])
        for row in conn.execute(_sql("SELECT trajectory_id, max(day) FROM checkin GROUP BY 1"))
    }
    energy = grouped(
        "SELECT trajectory_id, day, energy FROM checkin WHERE day >= :d", d=since_energy
    )
    crossed = grouped(
        "SELECT trajectory_id, day FROM signal WHERE \"limit\" = 'crossed' AND day >= :d",
        d=since_crossed,
    )
    clients = conn.execute(
        _sql(
            "SELECT t.id, t.client_name, t.focus, c.last_import_at FROM trajectory t"
            " JOIN client c ON c.trajectory_id = t.id"
        )
    )
    facts = []
    for ident, name, focus, imported in clients:
        slots = [
            SessionRow(n, phase, status, day(planned),
                       day(held) if held else None, day(moved) if moved else None)
            for n, phase, status, planned, held, moved in sessions.get(ident, [])
        ]  # fmt: skip
        facts.append(
            ClientFacts(
                id=ident,
                name=name,
                focus=focus,
                last_import_at=datetime.fromisoformat(imported),
                sessions=slots,
                last_checkin=last.get(ident),
                energy=[(day(d), level) for d, level in energy.get(ident, [])],
                crossed=[day(d) for (d,) in crossed.get(ident, [])],
            )
        )
    return facts


@dataclass(frozen=True)
class ClientRecord:
    """What the coach's report says of a client besides their entries."""

    id: str
    name: str
    focus: str
    language: str  # as their newest export said
    last_import_at: datetime


def client_record(*, session: Session, trajectory_id: str) -> ClientRecord:
    row = (
        session.connection()
        .execute(
            _sql(
                "SELECT t.id, t.client_name, t.focus, c.language, c.last_import_at"
                " FROM trajectory t JOIN client c ON c.trajectory_id = t.id WHERE t.id = :t"
            ),
            {"t": trajectory_id},
        )
        .one()
    )
    return ClientRecord(row[0], row[1], row[2], row[3], datetime.fromisoformat(row[4]))


def newest_export(*, session: Session, trajectory_id: str) -> datetime | None:
    """When the client made the newest export imported of theirs."""
    newest = (
        session.connection()
        .execute(
            _sql("SELECT max(exported_at) FROM imported_export WHERE trajectory_id = :t"),
            {"t": trajectory_id},
        )
        .scalar()
    )
    return None if newest is None else datetime.fromisoformat(newest)


# --- the coach's notes ------------------------------------------------------------------------


def add_note(
    *, session: Session, trajectory_id: str, number: int | None, note: str, now: datetime,
    shared: bool = False,
) -> CoachNote:  # fmt: skip
    from herstel.store.coach_models import CoachNote
    from herstel.store.queries import add_record

    return add_record(
        session=session, model=CoachNote, trajectory_id=trajectory_id, now=now,
        values={"session": number, "text": note, "shared": shared},
    )  # fmt: skip


def notes(*, session: Session, trajectory_id: str) -> list[CoachNote]:
    """The coach's notes on a client, oldest first."""
    from sqlmodel import col, select

    from herstel.store.coach_models import CoachNote

    statement = (
        select(CoachNote)
        .where(CoachNote.trajectory_id == trajectory_id)
        .order_by(col(CoachNote.created_at))
    )
    return list(session.exec(statement).all())


# --- erasure ----------------------------------------------------------------------------------

# Every table that holds a client's rows, children before their parents.
CLIENT_TABLES = (
    "proposal", "from_coach", "coach_note", "client", "imported_export", "tombstone", "practice",
    "exercise", "signal", "ladder_item", "pattern_note", "bio_note", "checkin", "session",
    "work_step", "questionnaire_answer", "follow_up",
)  # fmt: skip


def count_held(*, session: Session, trajectory_id: str) -> tuple[int, int]:
    """How many records and how many coach notes the store holds on a client."""
    conn = session.connection()
    union = " UNION ALL ".join(
        f"SELECT count(*) FROM {table} WHERE trajectory_id = :t"  # noqa: S608 - our names
        for table in (*RECORD_TABLES.values(), "work_step", "questionnaire_answer", "follow_up")
    )
    records = sum(row[0] for row in conn.execute(_sql(union), {"t": trajectory_id}))
    noted = conn.execute(
        _sql(
            "SELECT (SELECT count(*) FROM coach_note WHERE trajectory_id = :t)"
            " + (SELECT count(*) FROM proposal WHERE trajectory_id = :t)"
        ),
        {"t": trajectory_id},
    ).scalar_one()
    return records, noted


def erase_client(*, session: Session, trajectory_id: str) -> None:
    """Every row of the client, and the trajectory itself (secure_delete zeroes the bytes)."""
    conn = session.connection()
    for table in CLIENT_TABLES:
        conn.execute(
            _sql(f"DELETE FROM {table} WHERE trajectory_id = :t"),  # noqa: S608 - our names
            {"t": trajectory_id},
        )
    conn.execute(_sql("DELETE FROM trajectory WHERE id = :t"), {"t": trajectory_id})
