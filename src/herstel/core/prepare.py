"""What to bring to the next session: the current period summarised. Pure: the entries come in
as records with the entry kinds' fields, and plain dataclasses go out.

Private entries are included (this is the client's own view); each item says whether it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from herstel.core.dates import parse_day
from herstel.core.summary import average, days_between
from herstel.core.trend import Trend, energy_trend
from herstel.errors import UsageError

LOWEST = 3
MOST_NAMED = 5
# "fit": not on the ladder, and a sign that what the client did fitted them: good news, apart.
COLOUR_ORDER = ("red", "orange", "green", "fit", None)  # None: not on the ladder
LIMIT_ORDER = {"crossed": 0, "near": 1}
BELIEF_ORDER = ("perfection", "no-burden", "nothing-wrong", "expectations", "other", None)


def check_since(text: str | None, *, today: date, lang: str) -> date | None:
    """`--since` as typed: a day up to today; None when not given (the current period)."""
    start = None if text is None else parse_day(text, today=today, lang=lang)
    if start is not None and start > today:
        raise UsageError("prepare.since_future", value=text or "")
    return start


@dataclass(frozen=True)
class Item:
    """One entry as the summary shows it."""

    id: str
    day: date
    text: str
    private: bool
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Said:
    """Something the client wrote in the period, quoted whole: a signal's circumstances, a
    check-in's note, a pattern note, a practice's note, a session's note, a look back."""

    id: str
    day: date
    time: str | None
    kind: str  # signal, checkin, pattern, practice, session, bio
    title: str  # what it is about: the signal, the exercise, the session's number, the stage
    fields: tuple[tuple[str, str], ...]  # (field, the client's text) in the form's order
    private: bool
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExerciseFigure:
    id: str
    name: str
    per_week: int | None
    practised: int
    intended: int | None
    private: bool


@dataclass(frozen=True)
class Preparation:
    first: date
    last: date
    session: int | None  # the session the period began with
    energy: list[int | None]  # one a day
    energy_average: float | None
    energy_trend: Trend  # the one trend: the last 14 days up to `last` against the 14 before
    sleep_average: float | None
    checkins: int
    lowest: list[Item]
    signals: list[tuple[str | None, list[Item]]]  # by ladder colour
    patterns: list[tuple[str | None, list[Item]]]  # by belief
    new_behaviours: list[Item]
    exercises: list[ExerciseFigure]
    givers: list[tuple[str, int]]
    drainers: list[tuple[str, int]]
    words: list[Said] = field(default_factory=list)  # the client's own words, newest first

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def empty(self) -> bool:
        return not (self.checkins or self.signals or self.patterns or any(
            e.practised for e in self.exercises
        ))  # fmt: skip


def prepare(
    *,
    first: date,
    last: date,
    session: int | None,
    checkins: Sequence[Any],
    signals: Sequence[Any],
    colours: dict[str, str],
    patterns: Sequence[Any],
    exercises: Sequence[Any],
    practised: dict[str, int],
    spans: dict[str, tuple[date, date | None]] | None = None,
    recent_energy: Iterable[tuple[date, int]] = (),
    practices: Sequence[Any] = (),
    bios: Sequence[Any] = (),
    session_notes: Sequence[tuple[str, int, date, str]] = (),
    exercise_names: dict[str, str] | None = None,
) -> Preparation:
    """The summary of `first`..`last` from the entries within it.

    `colours` maps a ladder item's id to its colour; `practised` an exercise's id to how often it
    was practised within the period; `spans` an exercise's id to the local days it was added and
    stopped (None: still going), so that the practice intended counts only the days it ran.
    Exercises never practised and no longer active are left out by the caller.
    `recent_energy`: (day, energy) of the check-ins in the four weeks up to `last`, which the
    trend compares (the period may be shorter or longer than those)."""
    by_day = {c.day: c for c in checkins}
    energy = [by_day[d].energy if d in by_day else None for d in days_between(first, last)]
    return Preparation(
        first=first,
        last=last,
        session=session,
        energy=energy,
        energy_average=average([c.energy for c in checkins]),
        energy_trend=energy_trend(recent_energy, last=last),
        sleep_average=average([c.sleep_hours for c in checkins if c.sleep_hours is not None]),
        checkins=len(checkins),
        lowest=_lowest(checkins),
        signals=_signals_by_colour(signals, colours),
        patterns=_patterns_by_belief(patterns),
        new_behaviours=[
            Item(p.id, p.day, p.new_behaviour, p.private) for p in patterns if p.new_behaviour
        ],
        exercises=_exercises(exercises, practised, spans or {}, first=first, last=last),
        givers=_most_named(c.givers for c in checkins),
        drainers=_most_named(c.drainers for c in checkins),
        words=own_words(
            checkins=checkins,
            signals=signals,
            patterns=patterns,
            practices=practices,
            bios=bios,
            session_notes=session_notes,
            exercise_names=exercise_names or {},
        ),
    )


SIGNAL_WORDS = ("location", "situation", "response")
PATTERN_WORDS = (
    "situation", "behaviour", "consequence", "unnoticed", "belief_text", "new_behaviour",
    "reflection",
)  # fmt: skip
BIO_WORDS = ("text", "drives", "pattern")
NOTE_WORDS = ("note",)
WORDS_OF = {
    "signal": SIGNAL_WORDS, "checkin": NOTE_WORDS, "pattern": PATTERN_WORDS,
    "practice": NOTE_WORDS, "bio": BIO_WORDS, "session": NOTE_WORDS,
}  # fmt: skip


def _texts(entry: Any, names: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple((name, getattr(entry, name)) for name in names if getattr(entry, name))


def own_words(
    *,
    checkins: Sequence[Any],
    signals: Sequence[Any],
    patterns: Sequence[Any],
    practices: Sequence[Any],
    bios: Sequence[Any],
    session_notes: Sequence[tuple[str, int, date, str]],  # (id, number, day, note)
    exercise_names: dict[str, str],
) -> list[Said]:
    """Everything the client wrote in the period, each under its day, newest first: what a coach
    reads to hear how the days went in the client's own words."""
    said: list[Said] = []
    for s in signals:
        texts = _texts(s, SIGNAL_WORDS)
        if texts or s.fit is not None:
            said.append(Said(s.id, s.day, s.time, "signal", s.what, texts, s.private,
                             {"fit": s.fit, "limit": s.limit, "type": s.type}))  # fmt: skip
    for c in checkins:
        if c.note:
            said.append(Said(c.id, c.day, None, "checkin", "", (("note", c.note),), c.private,
                             {"energy": c.energy}))  # fmt: skip
    for p in patterns:
        texts = _texts(p, PATTERN_WORDS)
        said.append(
            Said(p.id, p.day, p.time, "pattern", "", texts, p.private, {"belief": p.belief})
        )
    for x in practices:
        if x.note:
            name = exercise_names.get(x.exercise_id, "")
            said.append(Said(x.id, x.day, x.time, "practice", name, (("note", x.note),),
                             x.private, {"minutes": x.minutes}))  # fmt: skip
    for b in bios:
        texts = _texts(b, BIO_WORDS)
        if texts or b.life_stage:
            said.append(Said(b.id, b.day, b.time, "bio", b.life_stage or "", texts, b.private))
    for session_id, number, day, note in session_notes:
        said.append(Said(session_id, day, None, "session", str(number),
                         (("note", note),), False))  # fmt: skip
    return sorted(said, key=lambda x: (x.day, x.time or "99:99"), reverse=True)


def _lowest(checkins: Sequence[Any]) -> list[Item]:
    """The (up to) three days with the least energy; only days below the period's average, so
    that a good day is never listed among the hard ones."""
    mean = average([c.energy for c in checkins])
    below = [c for c in checkins if mean is not None and c.energy < mean]
    ranked = sorted(below, key=lambda c: (c.energy, c.day))[:LOWEST]
    return [
        Item(c.id, c.day, c.note or "", c.private, {"energy": c.energy})
        for c in sorted(ranked, key=lambda c: c.day)
    ]


def _signals_by_colour(
    signals: Sequence[Any], colours: dict[str, str]
) -> list[tuple[str | None, list[Item]]]:
    groups: dict[str | None, list[Any]] = {}
    for signal in signals:
        colour = colours.get(signal.ladder_item_id) if signal.ladder_item_id else None
        if colour is None and signal.fit is True:
            colour = "fit"
        groups.setdefault(colour, []).append(signal)
    found = []
    for colour in COLOUR_ORDER:
        members = sorted(
            groups.get(colour, []),
            key=lambda s: (LIMIT_ORDER.get(s.limit, 2), s.day, s.time or ""),
        )
        if members:
            found.append(
                (colour, [
                    Item(s.id, s.day, s.what, s.private,
                         {"type": s.type, "limit": s.limit, "intensity": s.intensity})
                    for s in members
                ])
            )  # fmt: skip
    return found


def _patterns_by_belief(patterns: Sequence[Any]) -> list[tuple[str | None, list[Item]]]:
    found = []
    for belief in BELIEF_ORDER:
        members = [p for p in patterns if p.belief == belief]
        if members:
            found.append(
                (belief, [
                    Item(p.id, p.day, p.situation, p.private, {"belief_text": p.belief_text})
                    for p in members
                ])
            )  # fmt: skip
    return found


def _exercises(
    exercises: Sequence[Any],
    practised: dict[str, int],
    spans: dict[str, tuple[date, date | None]],
    *,
    first: date,
    last: date,
) -> list[ExerciseFigure]:
    found = []
    for e in exercises:
        added, stopped = spans.get(e.id, (first, None))
        start = max(first, added)
        end = last if stopped is None else min(last, stopped)
        days = max(0, (end - start).days + 1)
        found.append(
            ExerciseFigure(
                id=e.id,
                name=e.name,
                per_week=e.per_week,
                practised=practised.get(e.id, 0),
                intended=None if e.per_week is None else round(e.per_week * days / 7),
                private=e.private,
            )
        )
    return found


def _most_named(lists: Iterable[Sequence[str] | None]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for names in lists:
        counts.update(names or [])
    return counts.most_common(MOST_NAMED)
