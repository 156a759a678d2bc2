"""Back to work: laying out the ramp, ending it, and the weeks it has run with the suggestion for
the coming one (`herstel work`), the company doctor's summary, and what carried the days. Each
action is one sqlite3 transaction; the rules are in `core.work` and docs/work.md."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from herstel.application.trajectory import trajectory_in
from herstel.core import work as rules
from herstel.core.poortwachter import Milestone, milestones
from herstel.core.work import Day, Dip, Span, Step, Suggestion, Week
from herstel.errors import HerstelError, UsageError
from herstel.i18n import format_day
from herstel.store import work as rows
from herstel.store.db import Store
from herstel.store.rows import TrajectoryRow, new_id

MAX_STEPS = 99


def began(trajectory: TrajectoryRow) -> date:
    """The day the trajectory began: its first session, or the day it was made if earlier."""
    return min(trajectory.created_at.astimezone().date(), trajectory.first_session_on)


@dataclass(frozen=True)
class NewStep:
    starts_on: date
    days_per_week: int
    hours_per_day: float
    tasks: str
    ends_on: date | None = None
    weekdays: tuple[int, ...] = ()
    mode: str = "regular"
    advice_on: date | None = None
    note: str | None = None


def _find(steps: list[Step], typed: str) -> tuple[int, Step]:
    """The step `typed` names: its number in the ramp (1, 2, ...) or the start of its id."""
    value = typed.strip().lower()
    if not steps:
        raise HerstelError("work.no_steps")
    if value.isdigit() and len(value) <= 2:
        number = int(value)
        if 1 <= number <= len(steps):
            return number, steps[number - 1]
        raise UsageError("work.step_unknown", value=typed.strip(), count=len(steps))
    found = [
        (n, s) for n, s in enumerate(steps, start=1) if len(value) >= 4 and s.id.startswith(value)
    ]
    if len(found) != 1:
        raise UsageError("work.step_unknown", value=typed.strip(), count=len(steps))
    return found[0]


def _check(
    conn: sqlite3.Connection, trajectory: TrajectoryRow, step: Step, *, others: list[Step]
) -> None:
    rules.check_layout(
        others, changed=step, began=began(trajectory), sick_since=trajectory.sick_since
    )
    if trajectory.work_done_on is not None and step.starts_on >= trajectory.work_done_on:
        raise UsageError("work.after_done", day=format_day(trajectory.work_done_on))


@dataclass(frozen=True)
class StepSaved:
    number: int
    step: Step
    changed: tuple[str, ...] = ()  # edit: the fields that changed


def add_step(*, store: Store, step: NewStep, now: datetime) -> StepSaved:
    """A new step of the ramp; refused when it overlaps another or starts too early."""
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        steps = rows.steps(conn=conn, trajectory_id=trajectory.id)
        if len(steps) >= MAX_STEPS:
            raise UsageError("work.too_many_steps", limit=MAX_STEPS)
        saved = Step(id=new_id(), **step.__dict__)
        _check(conn, trajectory, saved, others=steps)
        rows.add_step(conn=conn, trajectory_id=trajectory.id, step=saved, now=now)
        ordered = sorted([*steps, saved], key=lambda s: s.starts_on)
    return StepSaved(number=ordered.index(saved) + 1, step=saved)


STEP_FIELDS = (
    "starts_on", "ends_on", "days_per_week", "weekdays", "hours_per_day", "tasks", "mode",
    "advice_on", "note",
)  # fmt: skip


def edit_step(*, store: Store, ident: str, changes: Mapping[str, Any], now: datetime) -> StepSaved:
    """Change a step's fields (`changes` by field name, checked already; None empties an
    optional one). Days a week given without weekdays drop weekdays that no longer fit."""
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        steps = rows.steps(conn=conn, trajectory_id=trajectory.id)
        _, step = _find(steps, ident)
        updates = {name: changes[name] for name in STEP_FIELDS if name in changes}
        if updates.get("weekdays") is None and "weekdays" in updates:
            updates["weekdays"] = ()
        if (
            "days_per_week" in updates and "weekdays" not in updates
            and len(step.weekdays) != updates["days_per_week"]
        ):  # fmt: skip
            updates["weekdays"] = ()
        changed = replace(step, **updates)
        _check(conn, trajectory, changed, others=steps)
        names = tuple(n for n in STEP_FIELDS if getattr(step, n) != getattr(changed, n))
        if names:
            rows.update_step(conn=conn, step=changed, now=now)
        ordered = sorted(
            [changed if s.id == step.id else s for s in steps], key=lambda s: s.starts_on
        )
    return StepSaved(number=ordered.index(changed) + 1, step=changed, changed=names)


def delete_step(*, store: Store, ident: str, now: datetime) -> StepSaved:
    """Delete a step; the hours noted on its days stay. Refused when hours were noted on days
    no other step would then cover."""
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        steps = rows.steps(conn=conn, trajectory_id=trajectory.id)
        number, step = _find(steps, ident)
        rows.delete_step(conn=conn, trajectory_id=trajectory.id, step_id=step.id, now=now)
    return StepSaved(number=number, step=step)


def mark_done(*, store: Store, day: date | None, now: datetime) -> tuple[date | None, date | None]:
    """The ramp ends on `day` (back at full hours), or (None) is running again. Returns the day
    it was done before and now."""
    from herstel.store.plan import update_trajectory

    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        steps = rows.steps(conn=conn, trajectory_id=trajectory.id)
        if day is not None:
            if not steps:
                raise HerstelError("work.no_steps")
            first = min(s.starts_on for s in steps)
            if day <= first:
                raise UsageError("work.done_before_start", first=format_day(first))
        old = trajectory.work_done_on
        if old != day:
            update_trajectory(
                conn=conn, trajectory_id=trajectory.id, values={"work_done_on": day}, now=now
            )
    return old, day


# --- what `herstel work` shows ----------------------------------------------------------------


@dataclass(frozen=True)
class Carried:
    """Energy on the days each answer carried (bezieling, wilskracht, neither)."""

    answer: str
    days: int
    energy: float


@dataclass(frozen=True)
class WorkWord:
    """A giver or drainer marked as work, with the days it was named and their energy."""

    name: str
    giver: bool
    days: int
    energy: float


@dataclass(frozen=True)
class WorkOverview:
    trajectory: TrajectoryRow
    today: date
    spans: list[Span]  # the steps in order, each with its last day
    current: Step | None  # the step that covers today
    weeks: list[Week]
    dip: Dip | None
    suggestion: Suggestion | None
    therapeutic_days: int  # arbeidstherapie in a row up to today
    carried: list[Carried]
    words: list[WorkWord]
    average_energy: float | None  # over the days with an energy since the ramp began
    milestones: list[Milestone]

    @property
    def done_on(self) -> date | None:
        return self.trajectory.work_done_on


def _days(
    conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> dict[date, Day]:
    facts = rows.day_facts(conn=conn, trajectory_id=trajectory_id, since=since, until=until)
    return {
        day: Day(
            energy=f.get("energy"),  # type: ignore[arg-type]
            work_hours=f.get("work_hours"),  # type: ignore[arg-type]
            crossed=int(f.get("crossed", 0)),  # type: ignore[call-overload]
            orange=int(f.get("orange", 0)),  # type: ignore[call-overload]
            red=int(f.get("red", 0)),  # type: ignore[call-overload]
        )
        for day, f in sorted(facts.items())
    }


def carried_between(
    conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> tuple[list[Carried], list[WorkWord]]:
    by_answer: dict[str, list[int]] = {}
    by_word: dict[tuple[str, bool], list[int]] = {}
    for _, energy, carried, givers, drainers in rows.carried_by_days(
        conn=conn, trajectory_id=trajectory_id, since=since, until=until
    ):
        if carried is not None:
            by_answer.setdefault(carried, []).append(energy)
        for text, giver in ((givers, True), (drainers, False)):
            for name in (json.loads(text) if text else None) or []:
                by_word.setdefault((str(name), giver), []).append(energy)
    carried_list = [
        Carried(answer, len(levels), round(sum(levels) / len(levels), 1))
        for answer in rules.CARRIED_BY.values
        if (levels := by_answer.get(answer))
    ]
    words = sorted(
        (
            WorkWord(name, giver, len(levels), round(sum(levels) / len(levels), 1))
            for (name, giver), levels in by_word.items()
        ),
        key=lambda w: (not w.giver, -w.days, w.name.casefold()),
    )
    return carried_list, words


def overview_in(
    conn: sqlite3.Connection, trajectory: TrajectoryRow, *, today: date
) -> WorkOverview:
    """The ramp of `trajectory` as it stands on `today`, within the caller's transaction (the
    coach's report reads an imported client's this way)."""
    steps = rows.steps(conn=conn, trajectory_id=trajectory.id)
    done_on = trajectory.work_done_on
    since = min((s.starts_on for s in steps), default=today) - timedelta(days=7)
    until = max(today, since)
    days = _days(conn, trajectory.id, since, until)
    all_weeks = rules.weeks(
        steps, days, today=today, contract_hours=trajectory.contract_hours, done_on=done_on
    )
    start = min((s.starts_on for s in steps), default=today)
    energies = [d.energy for day, d in days.items() if day >= start and d.energy is not None]
    carried, words = carried_between(
        conn, trajectory.id, since if steps else today - timedelta(days=90), until
    )
    return WorkOverview(
        trajectory=trajectory,
        today=today,
        spans=rules.spans(steps, done_on=done_on),
        current=rules.step_on(steps, today, done_on=done_on),
        weeks=all_weeks,
        dip=rules.after_work_dip(steps, days, done_on=done_on),
        suggestion=None if done_on is not None and done_on <= today else rules.suggest(all_weeks),
        therapeutic_days=rules.therapeutic_days(steps, today=today, done_on=done_on),
        carried=carried,
        words=words,
        average_energy=round(sum(energies) / len(energies), 1) if energies else None,
        milestones=[]
        if trajectory.sick_since is None
        else milestones(trajectory.sick_since, done_on=done_on),
    )


def client_work(
    conn: sqlite3.Connection, trajectory_id: str, *, today: date
) -> WorkOverview | None:
    """A coach's client's ramp (None when they have none and never said what carried a day)."""
    from herstel.store.rows import trajectory_by_id

    trajectory = trajectory_by_id(conn=conn, trajectory_id=trajectory_id)
    if trajectory is None:
        return None
    found = overview_in(conn, trajectory, today=today)
    return found if found.spans or found.carried or found.words else None


def work_overview(*, store: Store, today: date) -> WorkOverview:
    with store.read() as conn:
        return overview_in(conn, trajectory_in(conn=conn), today=today)
