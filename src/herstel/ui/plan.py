"""`herstel plan` as it is shown: the two tables of sessions, the periods with their figures, the
JSON, what a change says, and the plan as an RFC 5545 calendar.

Each session keeps one UID for good in the calendar, and its SEQUENCE grows with every change,
so that importing the file again after a move updates the event instead of adding a second one.
Notes and cancel reasons stay out: a calendar is often synced to someone else's server.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from herstel.application.plan import Changed, Moved, PlanView
from herstel.core.poortwachter import Milestone
from herstel.core.schedule import Period, after_the_ten, date_of, next_session
from herstel.core.sparkline import energy_sparkline
from herstel.core.summary import PeriodFigures, period_figures
from herstel.core.text import visible
from herstel.core.trajectory import SESSIONS
from herstel.i18n import format_day, format_day_short, format_decimal, t
from herstel.store.follow_ups import FollowUpRow
from herstel.store.plan import SessionRow
from herstel.ui import console
from herstel.ui.trend import trend_line
from herstel.ui.work import milestone_json, milestone_title, milestone_when

UID_DOMAIN = "herstel.invalid"  # RFC 2606: a name that is never anyone's host
SESSION_MINUTES = 60


class Coming(Protocol):
    """What the next-session line needs of a session."""

    @property
    def number(self) -> int: ...
    @property
    def planned_on(self) -> date: ...
    @property
    def time(self) -> str | None: ...


def next_line(slots: Sequence[SessionRow], today: date) -> str:
    """ "Next: session 4 of 10, Monday 15 February 2027, in 5 days." or that it is completed."""
    return coming_line(next_session(slots, today=today), today)


def coming_line(coming: Coming | None, today: date) -> str:
    """The line on the session to come (`herstel plan`, `herstel` alone); None: completed."""
    if coming is None:
        return t("plan.completed")
    days = (coming.planned_on - today).days
    when = (
        t("plan.in.today") if days == 0
        else t("plan.in.tomorrow") if days == 1
        else t("plan.in.days", days=days)
    )  # fmt: skip
    return t("plan.next", number=coming.number, of=SESSIONS, day=day_at(coming), when=when)


def day_at(slot: Coming) -> str:
    """ "Monday 4 January 2027" or "Monday 4 January 2027 at 10:00"."""
    day = format_day(slot.planned_on)
    return t("plan.day_at", day=day, time=slot.time) if slot.time else day


# --- showing ----------------------------------------------------------------------------------


def show_plan(view: PlanView) -> None:
    coach = view.trajectory.coach_name
    console.say(t("plan.title_with", coach=coach) if coach else t("plan.title"))
    console.say(next_line(view.sessions, view.today))
    if after_the_ten(view.sessions, today=view.today):
        console.say(t("plan.after_ten"))
    headers = [
        "", t("plan.col.number"), t("plan.col.day"), t("plan.col.time"), t("plan.col.status"),
        t("plan.col.details"),
    ]  # fmt: skip
    tables = []
    for phase in (1, 2):
        in_phase = [s for s in view.sessions if s.phase == phase]
        if in_phase:
            rows, styles = _session_rows(view, in_phase, last=in_phase[-1].number == SESSIONS)
            tables.append((phase, rows, styles))
    # The same column widths in both phases, so that the two tables line up.
    widths = [
        max(len(cell) for cell in column)
        for column in zip(headers, *(row for _, rows, _ in tables for row in rows), strict=True)
    ]
    for phase, rows, styles in tables:
        console.say()
        key = "plan.phase1" if phase == 1 else "plan.phase2"
        console.say(t(key, weeks=view.trajectory.phase2_weeks))
        console.show_table(headers, rows, styles=styles, widths=widths, wrap=True)
    passed = [
        s.number for s in view.sessions if s.status == "planned" and s.planned_on < view.today
    ]
    if passed:
        console.say()
        console.say(t("plan.hint_held", number=passed[-1]))
    if view.follow_ups:
        console.say()
        console.say(t("plan.follow_ups"))
        for talk in view.follow_ups:
            console.say_indented(follow_up_text(talk), 2)
    _show_coach_plan(view)
    _show_milestones(view)
    figures = view.figures
    if view.periods and (figures.checkins or figures.signals or figures.patterns
                         or figures.practices):  # fmt: skip
        console.say()
        console.say_indented(trend_line(view.trend), 0)
        console.say()
        console.say(t("plan.periods"))
        for period in view.periods:
            for line, indent in period_lines(view, period):
                console.say_indented(line, indent)


def _session_rows(
    view: PlanView, shown: list[SessionRow], *, last: bool
) -> tuple[list[list[str]], list[str | None]]:
    """The rows of one phase's table, with today's marker where it falls."""
    today = view.today
    coming = next_session(view.sessions, today=today)
    marker = "▸" if console.rich_enabled() else ">"
    rows: list[list[str]] = []
    styles: list[str | None] = []
    today_placed = any(date_of(s) == today and s.status != "cancelled" for s in view.sessions)
    later = [s for s in view.sessions if s.status != "cancelled" and date_of(s) > today]
    first_later = later[0].number if later else None
    for slot in shown:
        if not today_placed and slot.number == first_later:
            rows.append([marker, "", t("plan.today", day=format_day_short(today)), "", "", ""])
            styles.append("bold")
        day = date_of(slot)
        mark = marker if day == today and slot.status != "cancelled" else ""
        status = t(f"plan.status.{slot.status}")
        if slot.status == "planned" and day < today:
            status = t("plan.status.passed")  # its day is behind us; held or not, unsaid
        if coming is not None and slot.number == coming.number:
            status = t("plan.status.next")
        rows.append(
            [mark, str(slot.number), format_day_short(day), slot.time or "", status,
             _details(view, slot)]
        )  # fmt: skip
        styles.append(
            "dim" if slot.status == "cancelled"
            else "bold" if coming is not None and slot.number == coming.number
            else None
        )  # fmt: skip
    if not today_placed and first_later is None and last:
        rows.append([marker, "", t("plan.today", day=format_day_short(today)), "", "", ""])
        styles.append("bold")
    return rows, styles


def _details(view: PlanView, slot: SessionRow) -> str:
    """Moved from, held on another day, why cancelled, the session's note, its exercises."""
    parts: list[str] = []
    if slot.original_on is not None:
        parts.append(t("plan.moved_from", day=format_day_short(slot.original_on)))
    if slot.status == "held" and slot.held_on is not None and slot.held_on != slot.planned_on:
        parts.append(t("plan.planned_for", day=format_day_short(slot.planned_on)))
    if slot.cancel_reason:
        parts.append(t("plan.reason", reason=slot.cancel_reason))
    if slot.note:
        parts.append(slot.note)
    names = [e.name for e in view.exercises if e.session == slot.number]
    if names:
        parts.append(t("plan.exercises", names=", ".join(names)))
    return " · ".join(" ".join(part.split()) for part in parts)


def period_lines(view: PlanView, period: Period) -> list[tuple[str, int]]:
    """A period's title, its figures and (with two check-ins or more) its energy, each with
    its indent."""
    last = period.last_day(view.today)
    figures = period_figures(view.figures, period.start, last)
    start = format_day_short(period.start)
    if period.session is None:
        title = t("plan.period.before", start=start, end=format_day_short(last))
    elif period.current:
        title = t("plan.period.current", number=period.session, start=start)
    else:
        title = t("plan.period.since", number=period.session, start=start,
                  end=format_day_short(last))  # fmt: skip
    lines = [(title, 2), (period_line(figures), 4)]
    if figures.checkins > 1:
        spark = energy_sparkline(figures.energy, ascii_only=console.bars_ascii())
        lines.append((spark, 4))
    return lines


def period_line(figures: PeriodFigures) -> str:
    """ "energy 5.2 · sleep 6.8 h · 12 check-ins · ..." with only what there is."""
    if not (figures.checkins or figures.signals_near or figures.signals_crossed
            or figures.patterns or figures.practices):  # fmt: skip
        return t("plan.period.empty")
    parts = []
    if figures.energy_avg is not None:
        parts.append(t("plan.fig.energy", value=format_decimal(figures.energy_avg)))
    if figures.sleep_avg is not None:
        parts.append(t("plan.fig.sleep", value=format_decimal(figures.sleep_avg)))
    parts.append(counted("plan.fig.checkins", figures.checkins))
    if figures.signals_near:
        parts.append(counted("plan.fig.near", figures.signals_near))
    if figures.signals_crossed:
        parts.append(counted("plan.fig.crossed", figures.signals_crossed))
    if figures.patterns:
        parts.append(counted("plan.fig.patterns", figures.patterns))
    if figures.practices:
        parts.append(counted("plan.fig.practices", figures.practices))
    return " · ".join(parts)


def counted(key: str, count: int) -> str:
    """A count with its word: the `_one` form for exactly one."""
    return t(f"{key}_one") if count == 1 else t(key, count=count)


# --- JSON -------------------------------------------------------------------------------------


def session_json(slot: SessionRow) -> dict[str, Any]:
    return {
        "id": slot.id,
        "number": slot.number,
        "phase": slot.phase,
        "planned_on": slot.planned_on.isoformat(),
        "time": slot.time,
        "original_on": slot.original_on.isoformat() if slot.original_on else None,
        "held_on": slot.held_on.isoformat() if slot.held_on else None,
        "status": slot.status,
        "date": date_of(slot).isoformat(),
        "note": slot.note,
        "cancel_reason": slot.cancel_reason,
        "created_at": slot.created_at.isoformat(),
        "updated_at": slot.updated_at.isoformat(),
    }


# Milestones shown beside the sessions: from six weeks before the first session to six weeks
# after the last one (or after today, if later).
MILESTONE_MARGIN = timedelta(days=42)


def shown_milestones(view: PlanView) -> list[Milestone]:
    if not view.milestones or not view.sessions:
        return []
    first = min(date_of(s) for s in view.sessions) - MILESTONE_MARGIN
    last = max(view.today, *(date_of(s) for s in view.sessions)) + MILESTONE_MARGIN
    return [m for m in view.milestones if first <= (m.until or m.day) and m.day <= last]


def coach_plan_lines(view: PlanView) -> list[str]:
    """The trajectory plan, its goals and the coach's shared notes, as the last packet had them."""
    plan = view.coach_plan
    if plan.empty:
        return []
    lines = ["", t("plan.trajectory_plan")]
    if plan.text:
        lines += ["  " + line for line in visible(plan.text).splitlines()]
    if plan.goals:
        lines += ["", t("plan.goals")]
        for goal in plan.goals:
            status = goal["status"]
            status = "" if status == "open" else f" ({t(f'goal.status.{status}')})"
            part = goal["part"]
            part = t(f"goal.part.{part}")
            lines.append(f"  - [{part}] {visible(goal['text'], one_line=True)}{status}")
            if goal.get("outcome"):
                outcome = visible(goal["outcome"], one_line=True)
                lines.append("    " + t("goal.outcome", text=outcome))
    if plan.notes:
        lines += ["", t("plan.coach_notes")]
        lines += [f"  - {visible(note['text'], one_line=True)}" for note in plan.notes]
    return lines


def _show_coach_plan(view: PlanView) -> None:
    for line in coach_plan_lines(view):
        console.say(line)


def _show_milestones(view: PlanView) -> None:
    shown = shown_milestones(view)
    sick_since = view.trajectory.sick_since
    if not shown or sick_since is None:
        return
    console.say()
    console.say(t("plan.milestones", day=format_day(sick_since)))
    rows = [
        [milestone_when(m), t("plan.milestone_week", week=m.week), milestone_title(m),
         t("plan.milestone_past") if (m.until or m.day) < view.today else ""]
        for m in shown
    ]  # fmt: skip
    console.show_table([t("plan.col.day"), t("plan.col.week"), t("plan.col.milestone"), ""], rows)
    console.say(t("plan.milestones_note"))


def plan_json(view: PlanView) -> dict[str, Any]:
    coming = next_session(view.sessions, today=view.today)
    sessions = []
    for slot in view.sessions:
        agreed = [e for e in view.exercises if e.session == slot.number]
        sessions.append(
            {
                **session_json(slot),
                "exercises": [{"id": e.id, "name": e.name, "private": e.private} for e in agreed],
            }
        )
    periods = []
    for period in view.periods:
        last = period.last_day(view.today)
        figures = period_figures(view.figures, period.start, last)
        periods.append(
            {
                "session": period.session,
                "start": period.start.isoformat(),
                "end": period.end.isoformat() if period.end else None,
                "current": period.current,
                "days": (last - period.start).days + 1,
                "checkins": figures.checkins,
                "energy_avg": figures.energy_avg,
                "sleep_avg": figures.sleep_avg,
                "signals_near": figures.signals_near,
                "signals_crossed": figures.signals_crossed,
                "pattern_notes": figures.patterns,
                "practices": figures.practices,
                "energy": figures.energy,
            }
        )
    return {
        "today": view.today.isoformat(),
        "client": view.trajectory.client_name,
        "coach": view.trajectory.coach_name,
        "phase1_sessions": view.trajectory.phase1_sessions,
        "phase2_weeks": view.trajectory.phase2_weeks,
        "next": None if coming is None else {
            "number": coming.number,
            "of": SESSIONS,
            "planned_on": coming.planned_on.isoformat(),
            "time": coming.time,
            "in_days": (coming.planned_on - view.today).days,
        },
        "completed": coming is None,
        "sessions": sessions,
        "periods": periods,
        "energy_trend": view.trend.as_json(),
        "sick_since": None if view.trajectory.sick_since is None
        else view.trajectory.sick_since.isoformat(),
        "milestones": [milestone_json(m) for m in view.milestones],
        "follow_ups": [
            {"id": f.id, "day": f.day.isoformat(), "time": f.time, "note": f.note}
            for f in view.follow_ups
        ],
        "trajectory_plan": {
            "text": view.coach_plan.text,
            "goals": [
                {k: g.get(k) for k in ("id", "part", "text", "status", "outcome")}
                for g in view.coach_plan.goals
            ],
            "coach_notes": [
                {k: n.get(k) for k in ("id", "session", "text")} for n in view.coach_plan.notes
            ],
        },
    }  # fmt: skip


# --- what a change says -----------------------------------------------------------------------


def moved_lines(result: Moved) -> list[str]:
    slot = result.session
    if not result.changed:
        return [t("plan.move.unchanged", number=slot.number)]
    if slot.planned_on != result.old_day:
        lines = [
            t("plan.moved", number=slot.number, day=day_at(slot), old=format_day(result.old_day))
        ]
    else:
        lines = [t("plan.retimed", number=slot.number, day=day_at(slot))]
    if result.shifted:
        delta = (slot.planned_on - result.old_day).days
        key = "plan.shifted_later" if delta > 0 else "plan.shifted_earlier"
        lines.append(t(key, first=result.shifted[0], last=result.shifted[-1], days=abs(delta)))
    return lines


def follow_up_text(talk: FollowUpRow) -> str:
    day = format_day(talk.day)
    when = day if talk.time is None else t("plan.day_at", day=day, time=talk.time)
    return when if not talk.note else f"{when}: {visible(talk.note, one_line=True)}"


def follow_up_line(talk: FollowUpRow, outcome: str = "added") -> str:
    """Added, changed, unchanged or removed."""
    return t(f"plan.follow_up_{outcome}", when=follow_up_text(talk))


def held_lines(result: Changed) -> list[str]:
    """Held; at the tenth, the kompas is offered."""
    held_on = date_of(result.session)  # held: the day it was held
    lines = [t("plan.held", number=result.session.number, day=format_day(held_on))]
    if result.session.number == SESSIONS:
        lines += [t("plan.held_last"), t("plan.after_ten")]
    return lines


def cancelled_lines(result: Changed, *, undo: bool, today: date) -> list[str]:
    number = result.session.number
    lines = [t("plan.undone" if undo else "plan.cancelled", number=number)]
    if not undo:  # nine sessions now: how to have ten again, on another day
        held = sum(1 for s in result.sessions if s.status != "cancelled")
        lines.append(t("plan.cancelled_hint", number=number, count=held))
    return [*lines, next_line(result.sessions, today)]


def noted_line(result: Changed) -> str:
    number = result.session.number
    if not result.changed:
        return t("plan.note.unchanged", number=number)
    return t("plan.note.saved" if result.session.note else "plan.note.cleared", number=number)


# --- the calendar -----------------------------------------------------------------------------


def calendar_bytes(
    view: PlanView, *, now: datetime, zone: tzinfo | None, with_milestones: bool = False
) -> bytes:
    """The ten sessions, and the follow-up talks after them, as events; timed ones in `zone`
    (None: written in UTC, converted with the C library's own idea of local time, which every
    calendar reads correctly). With `with_milestones`, the Poortwachter milestones too, as
    whole days with neutral titles (a work calendar may sync them), each with a UID that stays
    the same."""
    import icalendar  # only for a calendar: `plan` itself stays light

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//herstel//herstel//" + t("ics.language_tag"))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", t("ics.name"))
    coach = view.trajectory.coach_name
    for slot in view.sessions:
        summary = (
            t("ics.summary_with", number=slot.number, of=SESSIONS, coach=coach)
            if coach
            else t("ics.summary", number=slot.number, of=SESSIONS)
        )
        event = _event(slot, summary, date_of(slot), slot.time, now=now, zone=zone)
        event.add("last-modified", slot.updated_at.astimezone(UTC))
        event.add("status", "CANCELLED" if slot.status == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
    for talk in view.follow_ups:  # after the ten: follow-ups, never an eleventh session
        summary = t("ics.follow_up_with", coach=coach) if coach else t("ics.follow_up")
        calendar.add_component(_event(talk, summary, talk.day, talk.time, now=now, zone=zone))
    for milestone in view.milestones if with_milestones else []:
        event = icalendar.Event()
        event.add("uid", milestone.uid(view.trajectory.id))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("summary", milestone_title(milestone, neutral=True))
        event.add("dtstart", milestone.day)
        event.add("dtend", (milestone.until or milestone.day) + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    if zone is not None:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _event(
    record: SessionRow | FollowUpRow,
    summary: str,
    day: date,
    clock: str | None,
    *,
    now: datetime,
    zone: tzinfo | None,
) -> Any:
    """A session or a follow-up as an event: its UID for good, a SEQUENCE that grows with each
    change, an hour when it has a time, else the day marked (not made busy)."""
    import icalendar

    event = icalendar.Event()
    event.add("uid", f"{record.id}@{UID_DOMAIN}")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("created", record.created_at.astimezone(UTC))
    event.add("sequence", sequence(record.created_at, record.updated_at))
    event.add("summary", summary)
    if clock:
        start = _local(day, clock, zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=SESSION_MINUTES))
    else:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a day marked, not a day made busy
    return event


def sequence(created: datetime, updated: datetime) -> int:
    """RFC 5545 SEQUENCE: 0 while a session was never changed, then one more than the whole
    seconds between its creation and its last change. It grows with every change made a second
    or more after the one before, and stays put while nothing changes; it fits in 32 bits for
    68 years."""
    if updated <= created:
        return 0
    return 1 + int((updated - created).total_seconds())


def _local(day: date, clock: str, zone: tzinfo | None) -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    naive = datetime(day.year, day.month, day.day, hour, minute)
    if zone is not None:
        return naive.replace(tzinfo=zone)
    return naive.astimezone().astimezone(UTC)  # the machine's zone, written as UTC
