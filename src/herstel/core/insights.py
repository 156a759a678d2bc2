"""What the client's own data shows: energy over time, what goes with energy, personal early
warnings, patterns and practice. Pure functions over plain data; no I/O, no wording.

Every finding is a description of the client's days, never a cause: "on days after more than seven
hours of sleep your energy was higher", not "sleep raises your energy". A finding is made only
where both sides rest on at least `MIN_DAYS` days.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from herstel.errors import UsageError

MIN_DAYS = 3  # each side of a comparison: fewer days say nothing
MOVING_DAYS = 7  # the moving average of energy
WARNING_DAYS = 2  # a signal "came before" a low day when it came on one of the two days before
FIFTH = 5  # low-energy days: the lowest fifth; good days: the highest fifth
TOP_SIGNALS = 3  # early warnings and good signs shown
# A signal stands out when the share of its days in the window that matters is at least this
# many times the share of all logged days there.
STANDS_OUT = 1.5
# ... and chance alone would put it there that often less than once in twenty times (a signal
# logged on four days, three of them before a dip, is not yet a pattern).
BY_CHANCE = 0.05

# The check-in's dimensions, in the order of the check-in itself.
DIMENSIONS = (
    "energy",
    "sleep_hours",
    "sleep_quality",
    "food",
    "movement",
    "relaxation",
    "structure",
)
NUMERIC_FACTORS = DIMENSIONS[1:]


@dataclass(frozen=True)
class Day:
    """One check-in: its day, energy and the factors it holds (None where skipped)."""

    day: date
    energy: int
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    food: int | None = None
    movement: int | None = None
    relaxation: int | None = None
    structure: int | None = None
    givers: tuple[str, ...] = ()
    drainers: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignalMark:
    day: date
    what: str
    limit: str | None = None
    fit: bool | None = None


@dataclass(frozen=True)
class PatternMark:
    id: str
    day: date
    belief: str | None
    new_behaviour: str | None = None
    private: bool = False


@dataclass(frozen=True)
class ExerciseMark:
    """An exercise, the days it ran (`first` to `last`, None: still running) and its practice."""

    id: str
    name: str
    per_week: int | None
    first: date
    last: date | None = None
    practised: tuple[date, ...] = ()


def mean(values: Sequence[float]) -> float:
    """The plain average (statistics.mean is exact, with fractions, and many times slower)."""
    return sum(values) / len(values)


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# --- energy over time ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EnergyPoint:
    day: date
    energy: int
    average: float  # over the check-ins of the last MOVING_DAYS days, this one included


def energy_series(days: Sequence[Day]) -> list[EnergyPoint]:
    """Daily energy, oldest first, with its moving average over the last seven calendar days
    (the check-ins there are; a missed day is simply not counted)."""
    ordered = sorted(days, key=lambda d: d.day)
    points = []
    start = 0
    total = 0
    for end, current in enumerate(ordered):
        total += current.energy
        while (current.day - ordered[start].day).days >= MOVING_DAYS:
            total -= ordered[start].energy
            start += 1
        points.append(EnergyPoint(current.day, current.energy, total / (end - start + 1)))
    return points


def iso_week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> list[date]:
    """The Mondays of every ISO week from `first`'s to `last`'s."""
    start, end = monday(first), monday(last)
    return [start + timedelta(weeks=n) for n in range((end - start).days // 7 + 1)]


def weekly_averages(days: Sequence[Day], weeks: Sequence[date]) -> dict[str, list[float | None]]:
    """For each dimension, its average per ISO week (by Monday), None for a week without it."""
    sums: dict[tuple[str, date], list[float]] = defaultdict(list)
    for d in days:
        for name in DIMENSIONS:
            value = getattr(d, name)
            if value is not None:
                sums[name, monday(d.day)].append(float(value))
    return {
        name: [mean(sums[name, week]) if sums.get((name, week)) else None for week in weeks]
        for name in DIMENSIONS
    }


# --- what goes with energy ----------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    average: float
    days: int


@dataclass(frozen=True)
class Finding:
    """Energy on days with a factor against days without it, the same day or the next."""

    factor: str  # a dimension, or "giver", "drainer", "exercise"
    name: str | None  # the giver, drainer or exercise; None for a dimension
    threshold: float | None  # numeric factors: "with" means above this, the median
    when: str  # "same_day" or "next_day"
    with_: Side
    without: Side
    correlation: float | None  # Spearman's rank correlation of factor and energy

    @property
    def difference(self) -> float:
        return self.with_.average - self.without.average


@dataclass(frozen=True)
class Thin:
    """A factor there was data for, but too little on one side to compare."""

    factor: str
    name: str | None
    with_days: int
    without_days: int


@dataclass
class Factors:
    findings: list[Finding] = field(default_factory=list)
    thin: list[Thin] = field(default_factory=list)


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing their average rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        value = values[order[i]]
        while j + 1 < len(order) and values[order[j + 1]] == value:
            j += 1
        rank = (i + j) / 2 + 1
        for k in order[i : j + 1]:
            result[k] = rank
        i = j + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation; None with fewer than three pairs or a constant side."""
    if len(xs) < MIN_DAYS or len(xs) != len(ys):
        return None
    rx, ry = ranks(xs), ranks(ys)
    middle = (len(rx) + 1) / 2  # the mean of ranks 1..n, ties or not
    dx = [a - middle for a in rx]
    dy = [b - middle for b in ry]
    sxx = sum(a * a for a in dx)
    syy = sum(b * b for b in dy)
    if sxx == 0 or syy == 0:
        return None
    sxy: float = sum(map(operator.mul, dx, dy))
    return sxy / math.sqrt(sxx * syy)


@dataclass(frozen=True)
class _Energies:
    """The check-in days in order, with each one's energy and the next day's (None: no
    check-in the next day)."""

    days: list[date]
    same: list[int]
    next: list[int | None]


def _compare(
    values: Sequence[float | None],
    energies: _Energies,
    *,
    above: float | None,
    factor: str,
    name: str | None,
) -> tuple[list[Finding], Thin | None]:
    """The same-day and next-day comparisons of one factor, `values` being the factor on each
    check-in day (None where there is nothing to say)."""
    findings: list[Finding] = []
    most = (0, 0)
    cut = 0.0 if above is None else above
    for when, ys in (("same_day", energies.same), ("next_day", energies.next)):
        pairs = [(x, y) for x, y in zip(values, ys, strict=True) if x is not None and y is not None]
        with_ = [y for x, y in pairs if x > cut]
        without = [y for x, y in pairs if x <= cut]
        if len(with_) < MIN_DAYS or len(without) < MIN_DAYS:
            most = max(most, (len(with_), len(without)), key=lambda p: (min(p), sum(p)))
            continue
        findings.append(
            Finding(
                factor=factor,
                name=name,
                threshold=above,
                when=when,
                with_=Side(mean(with_), len(with_)),
                without=Side(mean(without), len(without)),
                correlation=spearman([x for x, _ in pairs], [y for _, y in pairs]),
            )
        )
    thin = None if findings or most == (0, 0) else Thin(factor, name, *most)
    return findings, thin


def named_often(lists: Iterable[Sequence[str]]) -> list[str]:
    """Names given on at least MIN_DAYS days (compared without case), in their latest spelling,
    most often named first."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for names in lists:
        for key in {n.casefold(): n for n in names}.items():
            counts[key[0]] += 1
            spelling[key[0]] = key[1]
    return [spelling[k] for k, n in counts.most_common() if n >= MIN_DAYS]


def factors(days: Sequence[Day], exercises: Sequence[ExerciseMark] = ()) -> Factors:
    """Energy with and without each factor, ordered by the size of the difference.

    Numeric factors compare days above the client's own median with days at or below it. Sleep
    belongs to the night before its check-in's day, so "the same day" is the day after that night.
    Givers and drainers count when named on at least three days; an exercise counts on the days
    it ran."""
    ordered = sorted(days, key=lambda d: d.day)
    energy = {d.day: d.energy for d in ordered}
    energies = _Energies(
        [d.day for d in ordered],
        [d.energy for d in ordered],
        [None if (after := _next_day(d.day)) is None else energy.get(after) for d in ordered],
    )
    result = Factors()

    def add(found: tuple[list[Finding], Thin | None]) -> None:
        result.findings.extend(found[0])
        if found[1] is not None:
            result.thin.append(found[1])

    for name in NUMERIC_FACTORS:
        values = [None if (v := getattr(d, name)) is None else float(v) for d in ordered]
        given = [v for v in values if v is not None]
        if given:
            cut = round_cut(name, split_point(given))
            add(_compare(values, energies, above=cut, factor=name, name=None))
    for kind in ("givers", "drainers"):
        folded = [{n.casefold() for n in getattr(d, kind)} for d in ordered]
        for named in named_often(getattr(d, kind) for d in ordered):
            key = named.casefold()
            flags = [1.0 if key in names else 0.0 for names in folded]
            add(_compare(flags, energies, above=None, factor=kind[:-1], name=named))
    for exercise in exercises:
        practised = set(exercise.practised)
        flags_or_none = [
            (1.0 if day in practised else 0.0) if _running(exercise, day) else None
            for day in energies.days
        ]
        add(_compare(flags_or_none, energies, above=None, factor="exercise", name=exercise.name))
    result.findings.sort(key=lambda f: (-abs(f.difference), f.factor, f.name or "", f.when))
    return result


def round_cut(name: str, value: float) -> float:
    """The split as a person would say it: hours of sleep to the half hour (7, 6.5), minutes to
    ten or, from an hour on, a quarter (30, 20, 75), ratings whole (3, not 3.5). Halves go up."""
    if name == "sleep_hours":
        return math.floor(value * 2 + 0.5) / 2
    if name in ("movement", "relaxation"):
        step = 10 if value < 60 else 15
        return float(math.floor(value / step + 0.5) * step)
    return float(math.floor(value + 0.5))


def split_point(values: Sequence[float]) -> float:
    """Where a numeric factor splits: "above" is more than the client's own median. Where ties
    at the median leave fewer than three days above it (most nights 8 hours, say), the split
    moves down to the next value below, so that the days at the median count as "above"."""
    middle = median(values)
    above = sum(1 for v in values if v > middle)
    lower = [v for v in values if v < middle]
    if above < MIN_DAYS and lower:
        step = max(lower)
        if sum(1 for v in values if v <= step) >= MIN_DAYS:
            return step
    return middle


def _next_day(day: date) -> date | None:
    return None if day == date.max else day + timedelta(days=1)


def _running(exercise: ExerciseMark, day: date) -> bool:
    return _start(exercise) <= day and (exercise.last is None or day <= exercise.last)


def _start(exercise: ExerciseMark) -> date:
    """The first day an exercise ran: when it was added, or the first practice logged earlier
    (a practice written down later, with the day it happened)."""
    return min([exercise.first, *exercise.practised])


# --- early warnings and good signs --------------------------------------------------------------


@dataclass(frozen=True)
class SignalFinding:
    """How a signal went with the days that matter (low or crossed; or good)."""

    what: str  # in its latest spelling
    days: int  # days it was logged on
    matched: int  # of those, days in the window that matters
    otherwise: int  # of those, days outside it
    events: int  # the days that matter that it came with (or before)
    of_events: int  # all the days that matter
    share: float  # matched / days
    base: float  # the share of all logged days in the window that matters


@dataclass
class Signs:
    """Early warnings: signals in the two days before a low-energy day or a crossed limit.
    Good signs: signals that said "this fits me" on days with the most energy."""

    low_at_most: int | None = None  # energy at or below this is a low-energy day
    low_days: int = 0
    crossings: int = 0
    warnings: list[SignalFinding] = field(default_factory=list)
    good_at_least: int | None = None
    good_days: int = 0
    good: list[SignalFinding] = field(default_factory=list)


def fifth_threshold(energies: Sequence[int], *, lowest: bool) -> int | None:
    """The energy at the edge of the lowest (or highest) fifth, ties included; None when there
    is no such fifth: fewer than five check-ins, or every day alike. Where the ties would take in
    the other end too (most days alike), the fifth stops short of it."""
    if len(energies) < FIFTH or min(energies) == max(energies):
        return None
    ordered = sorted(energies, reverse=not lowest)
    edge = ordered[math.ceil(len(ordered) / FIFTH) - 1]
    if edge == ordered[-1]:
        edge = (
            max(e for e in ordered if e != edge) if lowest else min(e for e in ordered if e != edge)
        )
    return edge


def signs(days: Sequence[Day], signals: Sequence[SignalMark]) -> Signs:
    result = Signs()
    energies = [d.energy for d in days]
    low = fifth_threshold(energies, lowest=True)
    low_days = set() if low is None else {d.day for d in days if d.energy <= low}
    crossed = {s.day for s in signals if s.limit == "crossed"}
    events = low_days | crossed
    result.low_at_most, result.low_days, result.crossings = low, len(low_days), len(crossed)
    logged = {d.day for d in days} | {s.day for s in signals}
    window = {
        date.fromordinal(e.toordinal() - n)
        for e in events
        for n in range(1, WARNING_DAYS + 1)
        if e.toordinal() > n  # no day before 1 January of year 1
    }
    # A signal that said "this fits me" is no warning, whatever came after it.
    result.warnings = _signal_findings(
        [s for s in signals if s.fit is not True],
        logged,
        window,
        events,
        came_with=lambda day, event: 1 <= (event - day).days <= WARNING_DAYS,
    )[:TOP_SIGNALS]

    good = fifth_threshold(energies, lowest=False)
    good_days = set() if good is None else {d.day for d in days if d.energy >= good}
    result.good_at_least, result.good_days = good, len(good_days)
    result.good = _signal_findings(
        [s for s in signals if s.fit is True],
        {d.day for d in days},
        good_days,
        good_days,
        came_with=lambda day, event: day == event,
    )[:TOP_SIGNALS]
    return result


def chance_of_at_least(hits: int, tries: int, share: float) -> float:
    """How likely `hits` or more of `tries` days fall in a window that holds `share` of all days,
    by chance alone (the binomial tail)."""
    return sum(
        math.comb(tries, k) * share**k * (1 - share) ** (tries - k) for k in range(hits, tries + 1)
    )


def _signal_findings(
    signals: Sequence[SignalMark],
    logged: set[date],
    window: set[date],
    events: set[date],
    *,
    came_with: Callable[[date, date], bool],
) -> list[SignalFinding]:
    """Signals that fall in `window` clearly more often than logged days in general do (at least
    STANDS_OUT times as often, and more often than chance would make it, see BY_CHANCE),
    strongest first. Each needs at least MIN_DAYS days and to have come with at least two of
    the `events`."""
    if not events or not logged:
        return []
    base = len(window & logged) / len(logged)
    days_of: dict[str, set[date]] = defaultdict(set)
    spelling: dict[str, str] = {}
    for s in sorted(signals, key=lambda s: s.day):
        key = " ".join(s.what.casefold().split())
        if s.day in logged:
            days_of[key].add(s.day)
            spelling[key] = s.what
    found = []
    for key, days in days_of.items():
        matched = len(days & window)
        if len(days) < MIN_DAYS or matched / len(days) < base * STANDS_OUT or not matched:
            continue
        if chance_of_at_least(matched, len(days), base) >= BY_CHANCE:
            continue
        came = sum(1 for e in events if any(came_with(d, e) for d in days))
        if came < 2:
            continue
        found.append(
            SignalFinding(
                what=spelling[key],
                days=len(days),
                matched=matched,
                otherwise=len(days) - matched,
                events=came,
                of_events=len(events),
                share=matched / len(days),
                base=base,
            )
        )
    found.sort(key=lambda f: (-(f.share - f.base), -f.events, f.what.casefold()))
    return found


# --- patterns and practice ----------------------------------------------------------------------


@dataclass
class Patterns:
    by_month: list[tuple[str, dict[str | None, int]]]  # ("2027-01", {belief: notes})
    new_behaviours: list[PatternMark]  # oldest first


def patterns(notes: Sequence[PatternMark]) -> Patterns:
    months: dict[str, Counter[str | None]] = defaultdict(Counter)
    for note in notes:
        months[note.day.strftime("%Y-%m")][note.belief] += 1
    tried = sorted(
        (n for n in notes if n.new_behaviour and n.new_behaviour.strip()), key=lambda n: n.day
    )
    return Patterns(
        by_month=[(month, dict(months[month])) for month in sorted(months)],
        new_behaviours=tried,
    )


@dataclass(frozen=True)
class PracticeWeek:
    week: date  # its Monday
    practised: int


@dataclass(frozen=True)
class ExercisePractice:
    exercise: ExerciseMark
    weeks: list[PracticeWeek]  # every week it ran within the period, oldest first


def practice(exercises: Sequence[ExerciseMark], first: date, last: date) -> list[ExercisePractice]:
    """Practice per ISO week, for the weeks of `first`..`last` in which each exercise ran."""
    result = []
    for exercise in exercises:
        counts = Counter(monday(d) for d in exercise.practised if first <= d <= last)
        begin = max(first, _start(exercise))
        end = last if exercise.last is None else min(last, exercise.last)
        if begin > end and not counts:
            continue
        weeks = weeks_between(begin, end) if begin <= end else sorted(counts)
        result.append(
            ExercisePractice(exercise, [PracticeWeek(w, counts.get(w, 0)) for w in weeks])
        )
    return result


# --- the window -------------------------------------------------------------------------------

PERIOD_WORDS = {
    "all": "all",
    "alles": "all",
    "current": "current",
    "huidig": "current",
    "huidige": "current",
}
PERIOD_SPAN = re.compile(r"(\d{1,4})\s*([wm])")


@dataclass(frozen=True)
class Period:
    """What `--period` names: `all`, `current`, or a count of weeks (`w`) or months (`m`)."""

    kind: str
    count: int = 0

    @property
    def name(self) -> str:
        return f"{self.count}{self.kind}" if self.count else self.kind


def parse_period(text: str) -> Period:
    """`--period` checked before anything is read: all, current, 4w, 3m (and Dutch words)."""
    word = " ".join(text.strip().casefold().split())
    named = PERIOD_WORDS.get(word)
    if named is not None:
        return Period(named)
    span = PERIOD_SPAN.fullmatch(word)
    if span is None or int(span[1]) == 0:
        raise UsageError("insights.period_bad", value=text)
    return Period(span[2], int(span[1]))


def period_start(period: Period, *, today: date, current: date, begun: date) -> date:
    """The first day of the window, up to today: never before the journal `begun` (its first
    entry, or its first session when that came earlier)."""
    from dateutil.relativedelta import relativedelta  # not on the way to `--help`

    if period.kind == "all":
        return begun
    if period.kind == "current":
        return max(current, begun)
    try:
        if period.kind == "w":
            start = today - timedelta(weeks=period.count) + timedelta(days=1)
        else:
            start = today - relativedelta(months=period.count) + timedelta(days=1)
    except (OverflowError, ValueError):  # further back than the calendar goes
        return begun
    return max(start, begun)
