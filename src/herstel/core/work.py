"""Back to work: the ramp (opbouwschema) agreed with the company doctor, its checks, the hours it
plans, the weeks it has run and the suggestion for the coming week. Pure: no I/O; `today` is a
parameter. The rules are stated for people in docs/work.md; keep the two the same.

A step plans `hours_per_day` on `days_per_week` days. With `weekdays` those are the days; without,
any of Monday to Friday (or any day, for six or seven days) may be one, and a week plans the
step's hours on at most `days_per_week` of the days it covers: a full week days x hours, a week
the step begins on a Thursday at most two days. A step without an end lasts until the next
one begins, and the last one until the ramp is done (`work done`) or on and on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from herstel.core.dates import parse_hours, parse_whole
from herstel.core.entries import Choice, fold, week_of
from herstel.errors import UsageError
from herstel.i18n import format_day

HOURS_DAY = 24.0
HOURS_WEEK = 80.0
CONTRACT_MAX = 80.0
DAYS = (1, 7)

TASKS = Choice(
    ("presence", "light", "content", "full"),
    {
        "aanwezig": "presence",
        "aanwezigheid": "presence",
        "licht": "light",
        "inhoud": "content",
        "inhoudelijk": "content",
        "volledig": "full",
        "vol": "full",
    },
)
MODES = Choice(
    ("therapeutic", "regular"),
    {
        "arbeidstherapie": "therapeutic",
        "therapeutisch": "therapeutic",
        "regulier": "regular",
        "betaald": "regular",
        "paid": "regular",
    },
)
# What carried the day: bezieling (meaning), wilskracht (willpower), or neither.
CARRIED_BY = Choice(
    ("meaning", "willpower", "neither"),
    {
        "bezieling": "meaning",
        "wilskracht": "willpower",
        "geen": "neither",
        "geen-van-beide": "neither",
        "geen-van-beiden": "neither",
        "none": "neither",
    },
)

# Day names people type, Monday = 1 (ISO), English and Dutch, short and whole.
_WEEKDAYS = {
    **dict.fromkeys(("mon", "monday", "ma", "maandag"), 1),
    **dict.fromkeys(("tue", "tues", "tuesday", "di", "dinsdag"), 2),
    **dict.fromkeys(("wed", "wednesday", "wo", "woensdag"), 3),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday", "do", "donderdag"), 4),
    **dict.fromkeys(("fri", "friday", "vr", "vrijdag"), 5),
    **dict.fromkeys(("sat", "saturday", "za", "zaterdag"), 6),
    **dict.fromkeys(("sun", "sunday", "zo", "zondag"), 7),
}
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

THERAPEUTIC_GUIDE = 28  # days: the STECR guide says at most four weeks of arbeidstherapie
THERAPEUTIC_RULE = 42  # days: UWV, "as a rule no longer than six weeks"
DIP_DAYS = 3  # days on each side before the after-work dip is said
ENERGY_FALL = 1.0  # a week's average energy this much below the week before: hold


def round_quarter(hours: float) -> float:
    return int(hours * 4 + 0.5) / 4


def check_hours_per_day(text: str, *, name: str = "--hours") -> float:
    """Hours a day, as people type them (7,5 or 7:30), 0-24, to the quarter hour."""
    hours = parse_hours(text, name=name)
    if not 0 < hours <= HOURS_DAY:
        raise UsageError("number.out_of_range", name=name, value=text.strip(), low=0, high=24)
    return round_quarter(hours)


def check_days(text: str, *, name: str = "--days") -> int:
    return parse_whole(text, name=name, low=DAYS[0], high=DAYS[1])


def check_contract_hours(text: str, *, name: str = "contract-hours") -> float:
    hours = parse_hours(text, name=name)
    if not 0 < hours <= CONTRACT_MAX:
        raise UsageError("number.out_of_range", name=name, value=text.strip(), low=0, high=80)
    return round_quarter(hours)


def check_weekdays(text: str, *, name: str = "--weekdays") -> tuple[int, ...]:
    """ "mon,wed,fri" or "ma,wo,vr" (spaces too) as ISO day numbers, sorted, without repeats."""
    found: set[int] = set()
    for part in text.replace(" ", ",").split(","):
        word = fold(part).rstrip(".")
        if not word:
            continue
        if word not in _WEEKDAYS:
            raise UsageError("work.weekday_unknown", name=name, value=part.strip())
        found.add(_WEEKDAYS[word])
    if not found:
        raise UsageError("work.weekday_unknown", name=name, value=text.strip())
    return tuple(sorted(found))


def weekdays_text(days: Sequence[int]) -> str | None:
    """As stored: "1,3,5"; None for none."""
    return ",".join(str(d) for d in days) or None


def read_weekdays(text: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",")) if text else ()


@dataclass(frozen=True)
class Step:
    """One step of the ramp."""

    id: str
    starts_on: date
    ends_on: date | None  # as agreed; None: until the next step begins
    days_per_week: int
    weekdays: tuple[int, ...]  # ISO numbers (Monday 1); empty: not agreed
    hours_per_day: float
    tasks: str
    mode: str
    advice_on: date | None = None
    note: str | None = None

    @property
    def hours_per_week(self) -> float:
        return self.days_per_week * self.hours_per_day

    def work_days(self) -> tuple[int, ...]:
        """The days of the week it plans work."""
        if self.weekdays:
            return self.weekdays
        return (1, 2, 3, 4, 5) if self.days_per_week <= 5 else (1, 2, 3, 4, 5, 6, 7)

    def planned_on(self, day: date) -> float:
        """The hours of a day of work, on a day that may be one (the step covers `day`)."""
        return self.hours_per_day if day.isoweekday() in self.work_days() else 0.0

    def planned_in(self, dates: Sequence[date]) -> float:
        """The hours it plans on `dates`, days of one week that it covers."""
        days = sum(1 for d in dates if d.isoweekday() in self.work_days())
        return self.hours_per_day * (days if self.weekdays else min(days, self.days_per_week))


def check_step(step: Step) -> None:
    """One step on its own: its end after its start, its days and hours within reason."""
    if step.ends_on is not None and step.ends_on < step.starts_on:
        raise UsageError("work.ends_before_start")
    if step.weekdays and len(step.weekdays) != step.days_per_week:
        raise UsageError("work.weekdays_count", count=len(step.weekdays), days=step.days_per_week)
    if step.hours_per_week > HOURS_WEEK:
        raise UsageError("work.hours_week", hours=f"{step.hours_per_week:g}", limit="80")


@dataclass(frozen=True)
class Span:
    """A step with the days it covers: `until` is its last day (None: open)."""

    step: Step
    until: date | None


def spans(steps: Iterable[Step], *, done_on: date | None = None) -> list[Span]:
    """The steps in order, each with its last day: its own end, the day before the next step
    begins, or the day before the ramp was done."""
    ordered = sorted(steps, key=lambda s: s.starts_on)
    result: list[Span] = []
    for n, step in enumerate(ordered):
        ends = [step.ends_on] if step.ends_on is not None else []
        if n + 1 < len(ordered):
            ends.append(ordered[n + 1].starts_on - timedelta(days=1))
        if done_on is not None:
            ends.append(done_on - timedelta(days=1))
        result.append(Span(step, min(ends) if ends else None))
    return result


def check_layout(
    steps: Sequence[Step],
    *,
    changed: Step,
    began: date,
    sick_since: date | None,
) -> None:
    """The ramp with `changed` added or edited: steps follow each other in time, none starts
    before the trajectory began or before the sick leave did."""
    check_step(changed)
    if changed.starts_on < began:
        raise UsageError("work.before_trajectory", began=format_day(began))
    if sick_since is not None and changed.starts_on < sick_since:
        raise UsageError("work.before_sick_since", since=format_day(sick_since))
    for other in steps:
        if other.id == changed.id:
            continue
        if other.starts_on == changed.starts_on:
            raise UsageError("work.overlap", other=format_day(other.starts_on))
        first, second = sorted((other, changed), key=lambda s: s.starts_on)
        if first.ends_on is not None and first.ends_on >= second.starts_on:
            raise UsageError("work.overlap", other=format_day(other.starts_on))


def check_sick_since(day: date, *, today: date, steps: Sequence[Step]) -> None:
    """The first day of sick leave: not in the future, not after a step began."""
    if day > today:
        raise UsageError("work.sick_since_future", day=format_day(day))
    first = min((s.starts_on for s in steps), default=None)
    if first is not None and day > first:
        raise UsageError("work.sick_since_after_step", first=format_day(first))


def step_on(steps: Iterable[Step], day: date, *, done_on: date | None = None) -> Step | None:
    """The step that covers `day`, if any."""
    for span in spans(steps, done_on=done_on):
        if span.step.starts_on <= day and (span.until is None or day <= span.until):
            return span.step
    return None


def planned_on(steps: Iterable[Step], day: date, *, done_on: date | None = None) -> float:
    step = step_on(steps, day, done_on=done_on)
    return 0.0 if step is None else step.planned_on(day)


def planned_in_week(
    steps: Sequence[Step], dates: Sequence[date], *, done_on: date | None = None
) -> float:
    """The hours the ramp plans in one week's `dates`, each step on the days it covers."""
    covered: dict[str, tuple[Step, list[date]]] = {}
    for day in dates:
        step = step_on(steps, day, done_on=done_on)
        if step is not None:
            covered.setdefault(step.id, (step, []))[1].append(day)
    return sum(step.planned_in(days) for step, days in covered.values())


# --- the weeks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """What one day's entries say about the ramp."""

    energy: int | None = None
    work_hours: float | None = None
    crossed: int = 0  # signals that crossed a limit
    orange: int = 0  # signals at the ladder's orange
    red: int = 0  # signals at the ladder's red


@dataclass(frozen=True)
class Week:
    """One ISO week of the ramp."""

    monday: date
    step: Step | None  # the step on the week's last day it covers
    planned: float  # hours
    done: float | None  # hours noted; None: none noted
    share_planned: float | None  # of the contract, 0-1; None: no contract hours set
    share_done: float | None
    energy: float | None  # the week's average
    crossed: int
    orange: int
    red: int
    complete: bool  # its Sunday is before today

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def _share(hours: float | None, contract: float | None) -> float | None:
    if hours is None or not contract:
        return None
    return round(hours / contract, 3)


def weeks(
    steps: Sequence[Step],
    days: Mapping[date, Day],
    *,
    today: date,
    contract_hours: float | None,
    done_on: date | None = None,
) -> list[Week]:
    """Week by week, from the first step's week to today's (or the week the ramp ended)."""
    if not steps:
        return []
    first = min(s.starts_on for s in steps)
    last = today if done_on is None else min(today, done_on - timedelta(days=1))
    last = max(last, first)
    result: list[Week] = []
    monday = week_of(first)[0]
    while monday <= last:
        dates = [monday + timedelta(days=n) for n in range(7)]
        planned = planned_in_week(steps, dates, done_on=done_on)
        noted = [days[d].work_hours for d in dates if d in days and days[d].work_hours is not None]
        energies = [e for d in dates if d in days and (e := days[d].energy) is not None]
        covering = [s for d in dates if (s := step_on(steps, d, done_on=done_on)) is not None]
        done = sum(h for h in noted if h is not None) if noted else None
        result.append(
            Week(
                monday=monday,
                step=covering[-1] if covering else None,
                planned=round(planned, 2),
                done=None if done is None else round(done, 2),
                share_planned=_share(planned, contract_hours),
                share_done=_share(done, contract_hours),
                energy=round(sum(energies) / len(energies), 1) if energies else None,
                crossed=sum(days[d].crossed for d in dates if d in days),
                orange=sum(days[d].orange for d in dates if d in days),
                red=sum(days[d].red for d in dates if d in days),
                complete=dates[-1] < today,
            )
        )
        monday += timedelta(days=7)
    return result


@dataclass(frozen=True)
class Dip:
    """Energy on the one or two days after a work day, against the other days."""

    after: float
    other: float
    after_days: int
    other_days: int

    @property
    def difference(self) -> float:
        return round(self.after - self.other, 1)


def after_work_dip(
    steps: Sequence[Step], days: Mapping[date, Day], *, done_on: date | None = None
) -> Dip | None:
    """The delayed dip: a work day is a day with hours noted above zero (or, where none were
    noted that day, one the step plans); the days after are the next one or two that are not
    work days themselves, and the other days are the rest since the ramp began, work days
    included. None until there are DIP_DAYS days on each side."""
    if not steps:
        return None
    first = min(s.starts_on for s in steps)

    def worked(day: date) -> bool:
        if day < first:
            return False
        found = days.get(day)
        if found is not None and found.work_hours is not None:
            return found.work_hours > 0
        return planned_on(steps, day, done_on=done_on) > 0

    after: list[int] = []
    other: list[int] = []
    for day, found in days.items():
        if found.energy is None or day < first:
            continue
        previous = (day - timedelta(days=1), day - timedelta(days=2))
        is_after = not worked(day) and any(worked(d) for d in previous)
        (after if is_after else other).append(found.energy)
    if len(after) < DIP_DAYS or len(other) < DIP_DAYS:
        return None
    return Dip(
        after=round(sum(after) / len(after), 1),
        other=round(sum(other) / len(other), 1),
        after_days=len(after),
        other_days=len(other),
    )


# --- the suggestion ---------------------------------------------------------------------------

Advice = Literal["hold", "step_up", "step_back"]


@dataclass(frozen=True)
class Suggestion:
    """What the last complete week suggests for the coming one, and why (message keys)."""

    advice: Advice
    reasons: tuple[str, ...]
    week: date  # the Monday of the week it was judged on


def _troubles(week: Week, before: Week | None) -> list[str]:
    reasons = []
    if week.crossed:
        reasons.append("work.reason.crossed")
    if week.red:
        reasons.append("work.reason.red")
    if (
        before is not None and week.energy is not None and before.energy is not None
        and before.energy - week.energy >= ENERGY_FALL
    ):  # fmt: skip
        reasons.append("work.reason.energy_fell")
    if week.done is None:
        if week.planned > 0:
            reasons.append("work.reason.no_hours")
    elif week.done < week.planned:
        reasons.append("work.reason.hours_short")
    return reasons


def suggest(all_weeks: Sequence[Week]) -> Suggestion | None:
    """The rules of docs/work.md, on the last complete week of a running ramp:

    - step back after two or more crossed limits in the week;
    - hold after any crossed limit or red signal, when the week's energy fell a point or more
      against the week before, or when the planned hours were not done (or not noted);
    - step up after two steady weeks in a row (none of the above) with the planned hours done;
    - else hold: one steady week is a start."""
    complete = [w for w in all_weeks if w.complete and w.step is not None]
    if not complete:
        return None
    last = complete[-1]
    index = list(all_weeks).index(last)
    before = all_weeks[index - 1] if index > 0 else None
    if last.crossed >= 2:
        return Suggestion("step_back", ("work.reason.crossed_twice",), last.monday)
    troubles = _troubles(last, before)
    if troubles:
        return Suggestion("hold", tuple(troubles), last.monday)
    if before is not None and before.step is not None and before.complete:
        earlier = all_weeks[index - 2] if index > 1 else None
        if not _troubles(before, earlier):
            return Suggestion("step_up", ("work.reason.two_steady",), last.monday)
    return Suggestion("hold", ("work.reason.one_steady",), last.monday)


def therapeutic_days(steps: Sequence[Step], *, today: date, done_on: date | None = None) -> int:
    """Days of arbeidstherapie in a row up to today (0 when today's step is paid work)."""
    current = step_on(steps, today, done_on=done_on)
    if current is None or current.mode != "therapeutic":
        return 0
    start = current.starts_on
    for span in reversed(spans(steps, done_on=done_on)):
        if span.step.starts_on >= start:
            continue
        if span.step.mode != "therapeutic" or span.until != start - timedelta(days=1):
            break
        start = span.step.starts_on
    return (today - start).days + 1
