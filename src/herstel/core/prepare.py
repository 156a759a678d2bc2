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
COLOUR_ORDER = ("red", "orange", "green", None)  # None: not on the ladder
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
    )


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
