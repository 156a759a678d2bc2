"""`herstel kompas`: the lasting compass ("een blijvend kompas") the method hands over at
session ten, to stay congruent after it: the early-warning ladder with what was agreed, the early
warnings and signs of being on track the client's own days showed, the beliefs recognised and
the new behaviour that held, the plan's goals and what came of them, and whom to call. The
coach's report carries the same, from the coach's store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from herstel.application.care import CRISIS_LINE_KEY
from herstel.core.care import CRISIS_LINE
from herstel.store.db import Store, sqlite_of
from herstel.store.kompas import LadderLine, kompas_rows
from herstel.store.plan import get_setting

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.application.insights import Insights

SIGNS_SHOWN = 5  # the strongest early warnings and good signs
BEHAVIOUR_SHOWN = 10  # the most recent new behaviours


@dataclass(frozen=True)
class Kompas:
    client: str
    first: date  # the days it learned from
    last: date
    ladder: list[LadderLine]
    warnings: list[str]  # signals that came before the low days (insights' early warnings)
    good: list[str]  # signals of days on track (insights' good signs)
    beliefs: list[tuple[str, str | None]]  # (belief key, own words), each once
    behaviours: list[str]  # new behaviour tried, newest first, each once
    exercises: list[str]  # exercises kept and practised
    goals: list[dict[str, Any]] = field(default_factory=list)  # part, text, status, outcome
    coach: str | None = None
    company_doctor: str | None = None
    crisis_line: str = CRISIS_LINE

    @property
    def empty(self) -> bool:
        return not (
            self.ladder or self.warnings or self.good or self.beliefs or self.behaviours
            or self.exercises or self.goals
        )  # fmt: skip


def read_kompas(
    *,
    session: Session,
    trajectory_id: str,
    client: str,
    found: Insights,
    goals: list[dict[str, Any]],
    coach: str | None,
    company_doctor: str | None,
) -> Kompas:
    """The kompas from what the caller's transaction read (`found`: insights over the whole
    trajectory)."""
    conn = sqlite_of(session.connection())
    ladder, notes = kompas_rows(conn=conn, trajectory_id=trajectory_id)
    beliefs: dict[tuple[str, str | None], None] = {}
    behaviours: dict[str, None] = {}
    for note in notes:
        if note.belief is not None:
            words = " ".join(note.belief_text.split()) if note.belief_text else None
            beliefs.setdefault((note.belief, words if note.belief == "other" else None))
        if note.new_behaviour and len(behaviours) < BEHAVIOUR_SHOWN:
            behaviours.setdefault(" ".join(note.new_behaviour.split()))
    kept = [e.name for e in found.exercises if e.last is None and e.practised]
    return Kompas(
        client=client, first=found.first, last=found.last, ladder=ladder,
        warnings=[w.what for w in found.signs.warnings[:SIGNS_SHOWN]],
        good=[g.what for g in found.signs.good[:SIGNS_SHOWN]],
        beliefs=list(beliefs), behaviours=list(behaviours), exercises=kept, goals=goals,
        coach=coach, company_doctor=company_doctor,
        crisis_line=get_setting(conn=conn, key=CRISIS_LINE_KEY) or CRISIS_LINE,
    )  # fmt: skip


def kompas(*, store: Store, today: date) -> Kompas:
    """The client's kompas, read in one transaction."""
    from herstel.application.insights import read_insights
    from herstel.application.plan import coach_plan
    from herstel.application.trajectory import trajectory_in
    from herstel.core.insights import Period

    with store.reading() as session:
        conn = sqlite_of(session.connection())
        trajectory = trajectory_in(conn=conn)
        found = read_insights(
            session=session, trajectory_id=trajectory.id, period=Period("all"), today=today
        )
        plan = coach_plan(conn=conn, trajectory_id=trajectory.id)
        return read_kompas(
            session=session, trajectory_id=trajectory.id, client=trajectory.client_name,
            found=found, goals=plan.goals, coach=trajectory.coach_name,
            company_doctor=trajectory.company_doctor,
        )  # fmt: skip


@dataclass(frozen=True)
class MonthLook:
    """What the monthly kompas check shows before it asks: the orange and red signals of the
    ladder logged this month (signal, colour)."""

    since: date
    signals: list[tuple[str, str]]
    note: str | None = None  # the note of today's check-in, if there is one (it is kept)
    ladder: bool = True  # the ladder holds an orange or a red signal to look out for


def month_look(*, store: Store, today: date) -> MonthLook:
    from herstel.application.trajectory import trajectory_in
    from herstel.store.checkins import checkin_on
    from herstel.store.kompas import has_strong_signals, strong_signals

    since = today.replace(day=1)
    with store.read() as conn:
        trajectory = trajectory_in(conn=conn)
        signals = strong_signals(
            conn=conn, trajectory_id=trajectory.id, since=since.isoformat(),
            until=today.isoformat(),
        )  # fmt: skip
        existing = checkin_on(conn=conn, trajectory_id=trajectory.id, day=today)
        ladder = has_strong_signals(conn=conn, trajectory_id=trajectory.id)
    note = None if existing is None else existing.values.note
    return MonthLook(since=since, signals=signals, note=note, ladder=ladder)
