"""`herstel prepare`: the current period (or the days since a given one) summarised, read in one
transaction; with `--html`, the whole trajectory's insights read in that same transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from herstel.application.insights import Insights, read_insights
from herstel.core.insights import Period
from herstel.core.prepare import Preparation, prepare
from herstel.core.schedule import date_of, next_session, period_of
from herstel.core.trend import WINDOW
from herstel.store.db import Store

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.application.questionnaires import InstrumentScores


@dataclass(frozen=True)
class Context:
    """What the summary says around the figures: the next session, and today."""

    today: date
    next_number: int | None
    next_day: date | None
    next_note: str | None  # what the client noted for the next session


@dataclass(frozen=True)
class Prepared:
    """The summary of a period and what is said around it."""

    summary: Preparation
    context: Context
    questionnaires: list[InstrumentScores] = field(default_factory=list)


@dataclass(frozen=True)
class PreparedPage:
    """The summary, and what the whole trajectory shows, for the HTML page."""

    prepared: Prepared
    found: Insights


def read_preparation(
    *, session: Session, trajectory_id: str, today: date, since: date | None
) -> Prepared:
    """The summary of one trajectory (the client's, or one of the coach's clients) from `since`,
    or over the current period; read within the caller's transaction."""
    # The ORM's store modules import SQLAlchemy when loaded: only when a summary is read.
    from herstel.store.sessions import first_entry_day, sessions
    from herstel.store.timeline import (
        exercise_names,
        exercises,
        ladder_colours,
        practice_counts,
        timeline,
    )

    slots = sessions(session=session, trajectory_id=trajectory_id)
    first_entry = first_entry_day(session=session, trajectory_id=trajectory_id)
    first, number = period_of(slots, today=today, first_entry=first_entry, since=since)
    entries = timeline(session=session, trajectory_id=trajectory_id, since=first, until=today)
    by_kind: dict[str, list[Any]] = {}
    for entry in entries:
        by_kind.setdefault(entry.__tablename__, []).append(entry)
    signals = by_kind.get("signal", [])
    linked = {s.ladder_item_id for s in signals if s.ladder_item_id}
    colours = ladder_colours(session=session, ids=linked)
    practised = practice_counts(
        session=session, trajectory_id=trajectory_id, since=first, until=today
    )
    agreed = [
        e
        for e in exercises(session=session, trajectory_id=trajectory_id, stopped=True)
        if e.stopped_at is None or practised.get(e.id)
    ]
    coming = next_session(slots, today=today)
    trend_first = today - timedelta(days=2 * WINDOW - 1)
    recent = (
        by_kind.get("checkin", [])  # the period holds the trend's four weeks already
        if first <= trend_first
        else timeline(
            session=session,
            trajectory_id=trajectory_id,
            kinds=("checkin",),
            since=trend_first,
            until=today,
        )
    )
    summary = prepare(
        first=first,
        last=today,
        session=number,
        checkins=by_kind.get("checkin", []),
        signals=signals,
        colours=colours,
        patterns=by_kind.get("pattern_note", []),
        exercises=agreed,
        practised=practised,
        recent_energy=[(c.day, c.energy) for c in recent],
        practices=by_kind.get("practice", []),
        bios=by_kind.get("bio_note", []),
        session_notes=[
            (slot.id, slot.number, date_of(slot), slot.note)
            for slot in slots
            if slot.note and slot.status != "cancelled" and first <= date_of(slot) <= today
        ],
        exercise_names=(
            exercise_names(session=session, trajectory_id=trajectory_id)
            if any(p.note for p in by_kind.get("practice", []))
            else {}
        ),
        spans={
            e.id: (
                e.created_at.astimezone().date(),  # local days: the client's days
                None if e.stopped_at is None else e.stopped_at.astimezone().date(),
            )
            for e in agreed
        },
    )
    context = Context(
        today=today,
        next_number=None if coming is None else coming.number,
        next_day=None if coming is None else coming.planned_on,
        next_note=None if coming is None else coming.note,
    )
    from herstel.application.questionnaires import questionnaire_scores

    scores = questionnaire_scores(session=session, trajectory_id=trajectory_id)
    return Prepared(summary=summary, context=context, questionnaires=scores)


def prepare_summary(
    *, store: Store, trajectory_id: str, today: date, since: date | None
) -> Prepared:
    """`herstel prepare` (on screen, --json, --markdown): one read transaction."""
    with store.reading() as session:
        return read_preparation(
            session=session, trajectory_id=trajectory_id, today=today, since=since
        )


def prepare_page(
    *, store: Store, trajectory_id: str, today: date, since: date | None
) -> PreparedPage:
    """`herstel prepare --html`: the summary and the whole trajectory's insights, read in one
    transaction."""
    with store.reading() as session:
        prepared = read_preparation(
            session=session, trajectory_id=trajectory_id, today=today, since=since
        )
        found = read_insights(
            session=session, trajectory_id=trajectory_id, period=Period("all"), today=today
        )
    return PreparedPage(prepared=prepared, found=found)
