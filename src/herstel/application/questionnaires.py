"""Questionnaires on the client's side, and their scores on either side.

The coach's side (loading an instrument, assigning it) is `application/coach_questionnaires.py`;
the next packet takes the instrument along. The client's herstel keeps what it received in
`from_coach` (kind "questionnaire"), lists what is due and done (`overview`), and keeps the
answers (`form`, `parse_answers`, `fill`), one per questionnaire and session: filling one in
again changes it. Scores are computed when shown (`scores_of`), as `core/questionnaire.py`
says; `questionnaire_scores` gives them over the sessions, in either store, to `prepare` and the
coach's report."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from herstel.core.questionnaire import Subscale, band_of, subscale_score
from herstel.errors import HerstelError, UsageError
from herstel.store import questionnaires as queries
from herstel.store.db import Store, sqlite_of
from herstel.store.questionnaires import AnswerRow
from herstel.store.received import from_coach

if TYPE_CHECKING:
    from herstel.exchange.instrument import InstrumentV1

KIND = "questionnaire"


# --- scores -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """One subscale's score (None: too few items answered), with its band's label if any."""

    subscale: str
    title: dict[str, str]  # nl, en
    method: str
    score: float | None
    band: dict[str, str] | None  # nl, en


def scores_of(
    instrument: InstrumentV1, items: Sequence[str], answers: Sequence[int | None]
) -> list[Score]:
    """Each subscale's score of one filled-in questionnaire. Items the instrument no longer has
    are left out; items it has that were not asked count as skipped."""
    given = dict(zip(items, answers, strict=True))
    reverse = frozenset(item.id for item in instrument.items if item.reverse)
    low, high = instrument.scale.values[0], instrument.scale.values[-1]
    found: list[Score] = []
    for sub in instrument.subscales:
        labels = {f"{n}": band.label.model_dump() for n, band in enumerate(sub.bands)}
        subscale = Subscale(
            id=sub.id, items=tuple(sub.items), method=sub.score,
            bands=tuple((band.min, band.max, f"{n}") for n, band in enumerate(sub.bands)),
        )  # fmt: skip
        score = subscale_score(subscale, given, reverse=reverse, low=low, high=high)
        band = band_of(subscale, score)
        found.append(
            Score(sub.id, sub.title.model_dump(), sub.score, score, labels.get(band or ""))
        )
    return found


def instrument_of(data: dict[str, Any]) -> InstrumentV1:
    """An instrument as stored (checked when it came in: by `coach questionnaire add`, or in the
    packet)."""
    from herstel.exchange.instrument import InstrumentV1

    return InstrumentV1.model_validate(data)


# --- the client's side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Assigned:
    """A questionnaire the coach asked for, as the last packet had it."""

    name: str
    sessions: tuple[int, ...]
    instrument: InstrumentV1


def assigned_questionnaires(
    *, conn: sqlite3.Connection, trajectory_id: str, dropped: bool = False
) -> list[Assigned]:
    """What the coach asks for now (with `dropped`, also what they no longer ask for)."""
    return [
        Assigned(
            name=row.data["name"],
            sessions=tuple(row.data["sessions"]),
            instrument=instrument_of(row.data["instrument"]),
        )
        for row in from_coach(conn=conn, trajectory_id=trajectory_id, kinds=(KIND,))
        if dropped or not row.data.get("dropped")
    ]


@dataclass(frozen=True)
class Moment:
    """One session a questionnaire is asked for: `status` done, due (the next to fill in),
    later, or passed (the session is behind; it can still be filled in)."""

    session: int
    planned_on: date
    status: str
    filled_on: date | None = None
    scores: list[Score] = field(default_factory=list)


@dataclass(frozen=True)
class Listed:
    name: str
    instrument: InstrumentV1
    moments: list[Moment]
    other: list[AnswerRow] = field(default_factory=list)  # filled in for no assigned session


def _moments(
    assigned: Assigned, slots: Sequence[Any], answers: Sequence[AnswerRow]
) -> list[Moment]:
    by_session = {a.session: a for a in answers if a.questionnaire == assigned.name}
    moments: list[Moment] = []
    due_given = False
    for number in assigned.sessions:
        slot = slots[number - 1]
        answer = by_session.get(number)
        if answer is not None:
            scores = scores_of(assigned.instrument, answer.items, answer.answers)
            moments.append(Moment(number, slot.planned_on, "done", answer.day, scores))
        elif slot.status != "planned":
            moments.append(Moment(number, slot.planned_on, "passed"))
        else:
            moments.append(Moment(number, slot.planned_on, "later" if due_given else "due"))
            due_given = True
    return moments


def overview(*, store: Store) -> list[Listed]:
    """Every questionnaire the coach asked for, and per session whether it is done."""
    from herstel.store.plan import sessions

    with store.read() as conn:
        trajectory = _trajectory(conn)
        slots = sessions(conn=conn, trajectory_id=trajectory)
        answers = queries.answers(conn=conn, trajectory_id=trajectory)
        listed = []
        for assigned in assigned_questionnaires(conn=conn, trajectory_id=trajectory):
            moments = _moments(assigned, slots, answers)
            other = [
                a
                for a in answers
                if a.questionnaire == assigned.name and a.session not in assigned.sessions
            ]
            listed.append(Listed(assigned.name, assigned.instrument, moments, other))
        return listed


def _trajectory(conn: sqlite3.Connection) -> str:
    from herstel.store.rows import active_trajectory

    trajectory = active_trajectory(conn=conn)
    if trajectory is None:
        raise HerstelError("trajectory.none")
    return trajectory.id


@dataclass(frozen=True)
class Form:
    """What filling one in asks: the instrument, for which session, and the answers given last
    time for that session (None: not filled in yet)."""

    name: str
    instrument: InstrumentV1
    session: int | None
    before: tuple[int | None, ...] | None


def form(*, store: Store, name: str, session: int | None) -> Form:
    """The questionnaire `name` to fill in for `session` (by default: the one due, else the
    latest passed one not filled in, else the last one asked for)."""
    from herstel.store.plan import sessions

    with store.read() as conn:
        trajectory = _trajectory(conn)
        every = assigned_questionnaires(conn=conn, trajectory_id=trajectory)
        found = next((a for a in every if a.name == name.strip().lower()), None)
        if found is None:
            known = ", ".join(a.name for a in every)
            raise UsageError(
                "questionnaire.unknown" if known else "questionnaire.none_assigned",
                name=name.strip()[:40], known=known,
            )  # fmt: skip
        answers = queries.answers(conn=conn, trajectory_id=trajectory, questionnaire=found.name)
        if session is None:
            moments = _moments(found, sessions(conn=conn, trajectory_id=trajectory), answers)
            due = [m for m in moments if m.status == "due"]
            passed = [m for m in moments if m.status == "passed"]
            session = (due or passed[-1:] or moments[-1:])[0].session
        elif session not in found.sessions:
            raise UsageError(
                "questionnaire.session_not_asked", number=session,
                sessions=", ".join(map(str, found.sessions)),
            )  # fmt: skip
        before = next((a for a in answers if a.session == session), None)
        previous = None
        if before is not None:
            given = dict(zip(before.items, before.answers, strict=True))
            values = set(found.instrument.scale.values)  # the scale may have changed since
            previous = tuple(
                value if (value := given.get(item.id)) in values else None
                for item in found.instrument.items
            )
        return Form(found.name, found.instrument, session, previous)


def parse_answers(text: str, instrument: InstrumentV1) -> tuple[int | None, ...]:
    """`3,2,,4`: one answer per item in order; empty (or `-`) skips one. UsageError for a count
    that does not match or a value not on the scale."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != len(instrument.items):
        raise UsageError(
            "questionnaire.answers_count", given=len(parts), count=len(instrument.items)
        )
    values = instrument.scale.values
    found: list[int | None] = []
    for number, part in enumerate(parts, start=1):
        if part in ("", "-"):
            found.append(None)
            continue
        try:
            value = int(part)
        except ValueError:
            value = None
        if value is None or value not in values:
            raise UsageError(
                "questionnaire.answer_off_scale", number=number, value=part[:10],
                values=", ".join(map(str, values)),
            )  # fmt: skip
        found.append(value)
    return tuple(found)


@dataclass(frozen=True)
class Filled:
    name: str
    instrument: InstrumentV1
    session: int | None
    answered: int
    status: str  # new, changed, same
    scores: list[Score]


def fill(
    *, store: Store, form: Form, answers: tuple[int | None, ...], private: bool | None,
    today: date, now: datetime, time: str | None,
) -> Filled:  # fmt: skip
    """The answers to `form`, kept: a new answer, or the one for that session changed
    (`private` None: as it was, else shared)."""
    from herstel.store.rows import new_id

    if len(answers) != len(form.instrument.items):
        raise UsageError(
            "questionnaire.answers_count", given=len(answers), count=len(form.instrument.items)
        )
    if all(answer is None for answer in answers):
        raise UsageError("questionnaire.nothing")
    items = tuple(item.id for item in form.instrument.items)
    with store.write() as conn:
        trajectory = _trajectory(conn)
        found = queries.answers(conn=conn, trajectory_id=trajectory, questionnaire=form.name)
        before = next((a for a in found if a.session == form.session), None)
        if private is None:
            private = False if before is None else before.private
        answer = AnswerRow(
            id=new_id() if before is None else before.id, trajectory_id=trajectory,
            created_at=now if before is None else before.created_at,
            updated_at=now if before is None else max(now, before.updated_at),
            questionnaire=form.name, instrument_version=form.instrument.version,
            session=form.session, day=today, time=time, items=items, answers=answers,
            private=private,
        )  # fmt: skip
        if before is None:
            status = "new"
            queries.add_answer(conn=conn, answer=answer)
        elif (before.items, before.answers, before.private) == (items, answers, private):
            status = "same"
        else:
            status = "changed"
            queries.update_answer(conn=conn, answer=answer)
    answered = sum(answer is not None for answer in answers)
    scores = scores_of(form.instrument, items, answers)
    return Filled(form.name, form.instrument, form.session, answered, status, scores)


# --- scores over the sessions: the client's own, and in the coach's report ---------------------


@dataclass(frozen=True)
class Filling:
    session: int | None
    day: date
    answered: int
    scores: list[Score]


@dataclass(frozen=True)
class InstrumentScores:
    """One questionnaire's scores, per time it was filled in, oldest session first. Without
    the instrument (a coach who holds none of that name) there are no scores, only counts."""

    name: str
    title: dict[str, str] | None
    subscales: list[tuple[str, dict[str, str]]]
    fillings: list[Filling]
    ranges: list[tuple[float, float]] = field(
        default_factory=list
    )  # each subscale's lowest, highest


def scores_over_sessions(
    *, conn: sqlite3.Connection, trajectory_id: str, known: dict[str, InstrumentV1]
) -> list[InstrumentScores]:
    found: dict[str, list[AnswerRow]] = {}
    for answer in queries.answers(conn=conn, trajectory_id=trajectory_id):
        found.setdefault(answer.questionnaire, []).append(answer)
    result = []
    for name, answers in found.items():
        instrument = known.get(name)
        fillings = [
            Filling(
                answer.session,
                answer.day,
                sum(a is not None for a in answer.answers),
                [] if instrument is None else scores_of(instrument, answer.items, answer.answers),
            )
            for answer in answers
        ]
        subscales = (
            []
            if instrument is None
            else [(s.id, s.title.model_dump()) for s in instrument.subscales]
        )
        title = None if instrument is None else instrument.title.model_dump()
        ranges = [] if instrument is None else [_range(instrument, s) for s in instrument.subscales]
        result.append(InstrumentScores(name, title, subscales, fillings, ranges))
    return result


def _range(instrument: InstrumentV1, subscale: Any) -> tuple[float, float]:
    low, high = instrument.scale.values[0], instrument.scale.values[-1]
    count = 1 if subscale.score == "mean" else len(subscale.items)
    return float(low * count), float(high * count)


def questionnaire_scores(*, session: Any, trajectory_id: str) -> list[InstrumentScores]:
    """The scores of one trajectory's questionnaires, in either store, within the caller's
    transaction: with the instrument as it was sent to the client (the client's store), as it
    is assigned to them (the coach's), else as the coach holds it."""
    from herstel.store import proposals as proposed

    conn = sqlite_of(session.connection())
    known = {row.name: instrument_of(row.data) for row in queries.instruments(session=session)}
    for p in proposed.proposals(session=session, trajectory_id=trajectory_id, kind=KIND):
        known[p.data["name"]] = instrument_of(p.data["instrument"])
    for a in assigned_questionnaires(conn=conn, trajectory_id=trajectory_id, dropped=True):
        known[a.name] = a.instrument
    return scores_over_sessions(conn=conn, trajectory_id=trajectory_id, known=known)
