"""`herstel insights`: what the client's own data shows over a window, read in one transaction.
The same reading goes into the HTML page and the coach's report (`read_insights`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from herstel.application.work import Carried, WorkWord, carried_between
from herstel.core import insights as core
from herstel.core.insights import (
    Day,
    ExerciseMark,
    Factors,
    PatternMark,
    Patterns,
    Period,
    SignalMark,
    Signs,
    period_start,
)
from herstel.core.schedule import current_start, date_of
from herstel.core.trend import WINDOW, Trend, energy_trend
from herstel.store.db import Store, sqlite_of
from herstel.store.insights import insight_marks

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class Insights:
    """One trajectory's data over a window, and what it shows."""

    period: str  # all, current, or e.g. "4w"
    first: date
    last: date
    days: list[Day]
    signals: list[SignalMark]
    notes: list[PatternMark]
    exercises: list[ExerciseMark]
    sessions: list[tuple[int, date]]  # the non-cancelled sessions within the window
    ladder: dict[str, str]  # signal (case-folded) -> colour
    factors: Factors
    signs: Signs
    patterns: Patterns
    trend: Trend  # the one energy trend, up to `last` (it may look back before `first`)
    # What carried the days (bezieling, wilskracht, neither) and the words of work, with energy.
    carried: list[Carried] = field(default_factory=list)
    work_words: list[WorkWord] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.days or self.signals or self.notes or any(e.practised for e in self.exercises)
        )


def read_insights(*, session: Session, trajectory_id: str, period: Period, today: date) -> Insights:
    """Everything `insights` looks at up to `today` (for the coach: the day of the client's
    latest export), and the findings computed from it; read within the caller's transaction."""
    # The ORM's session functions import SQLAlchemy when loaded: only when insights are read.
    from herstel.store.sessions import first_entry_day, sessions
    from herstel.store.timeline import timeline

    slots = sessions(session=session, trajectory_id=trajectory_id)
    first_entry = first_entry_day(session=session, trajectory_id=trajectory_id)
    current = current_start(slots, today=today, first_entry=first_entry)
    dated = [(s.number, date_of(s)) for s in slots if s.status != "cancelled"]
    held = [day for _, day in dated if day <= today]
    begun = min([today, *held, *([first_entry] if first_entry else [])])
    first = period_start(period, today=today, current=current, begun=begun)
    marks = insight_marks(session=session, trajectory_id=trajectory_id, first=first, last=today)
    carried, work_words = carried_between(
        sqlite_of(session.connection()), trajectory_id, first, today
    )
    return Insights(
        carried=carried,
        work_words=work_words,
        period=period.name,
        first=first,
        last=today,
        days=marks.days,
        signals=marks.signals,
        notes=marks.notes,
        exercises=marks.exercises,
        sessions=[(number, day) for number, day in dated if first <= day <= today],
        ladder=marks.ladder,
        factors=core.factors(marks.days, marks.exercises),
        signs=core.signs(marks.days, marks.signals),
        patterns=core.patterns(marks.notes),
        trend=energy_trend(
            [
                (c.day, c.energy)
                for c in timeline(
                    session=session,
                    trajectory_id=trajectory_id,
                    kinds=("checkin",),
                    since=today - timedelta(days=2 * WINDOW - 1),
                    until=today,
                )
            ],
            last=today,
        ),
    )


def insights(*, store: Store, trajectory_id: str, period: Period, today: date) -> Insights:
    """`herstel insights`: one read transaction."""
    with store.reading() as session:
        return read_insights(
            session=session, trajectory_id=trajectory_id, period=period, today=today
        )
