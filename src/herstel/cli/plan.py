"""`herstel plan`: the ten sessions and how energy moved between them; moving, holding,
cancelling and noting a session; the plan as a calendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.core.schedule import Period
    from herstel.core.summary import DayFigures
    from herstel.store.exercise_models import Exercise
    from herstel.store.models import Trajectory
    from herstel.store.session_models import CoachingSession


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

    plan_app = new_app(help=t("help.plan"), invoke_without_command=True)

    @plan_app.callback()
    def plan_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        ics: str | None = typer.Option(
            None, "--ics", metavar=t("meta.file"), help=t("help.plan.ics")
        ),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if ics is not None:
            from herstel.cli.calendar import write_calendar

            if as_json:
                raise UsageError("usage.either", first="--ics", second="--json")

            write_calendar(ics)
        else:
            show_plan(as_json=as_json)

    number_help = t("help.plan.number")

    @plan_app.command("move", help=t("help.plan.move"), **command_options())
    def plan_move(
        number: str = typer.Argument(..., metavar="N", help=number_help),
        to: str | None = typer.Option(None, "--to", metavar=t("meta.date"), help=t("help.plan.to")),
        time: str | None = typer.Option(
            None, "--time", metavar=t("meta.time"), help=t("help.plan.time")
        ),
        shift_rest: bool = typer.Option(False, "--shift-rest", help=t("help.plan.shift_rest")),
    ) -> None:
        move_session(number, to=to, time=time, shift_rest=shift_rest)

    @plan_app.command("held", help=t("help.plan.held"), **command_options())
    def plan_held(
        number: str = typer.Argument(..., metavar="N", help=number_help),
        on: str | None = typer.Option(
            None, "--date", metavar=t("meta.date"), help=t("help.plan.held_date")
        ),
        note: str | None = typer.Option(
            None, "--note", metavar=t("meta.text"), help=t("help.plan.note_text")
        ),
    ) -> None:
        hold_session(number, on=on, note=note)

    @plan_app.command("cancel", help=t("help.plan.cancel"), **command_options())
    def plan_cancel(
        number: str = typer.Argument(..., metavar="N", help=number_help),
        reason: str | None = typer.Option(
            None, "--reason", metavar=t("meta.text"), help=t("help.plan.reason")
        ),
        undo: bool = typer.Option(False, "--undo", help=t("help.plan.undo")),
    ) -> None:
        if undo and reason is not None:
            raise UsageError("plan.undo_with_reason")
        cancel_session(number, reason=reason, undo=undo)

    @plan_app.command("note", help=t("help.plan.note"), **command_options())
    def plan_note(
        number: str = typer.Argument(..., metavar="N", help=number_help),
        text: str | None = typer.Argument(
            None, metavar=t("meta.text"), help=t("help.plan.note_text")
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.plan.edit")),
    ) -> None:
        note_session(number, text, edit=edit)

    app.add_typer(plan_app, name="plan")


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    """Everything `herstel plan` shows, read in one transaction."""

    trajectory: Trajectory
    today: date
    sessions: list[CoachingSession]
    periods: list[Period]
    figures: DayFigures
    exercises: list[Exercise]


def read_plan() -> PlanView:
    from herstel.cli.first_run import require_trajectory
    from herstel.core.schedule import periods
    from herstel.store.sessions import day_figures, first_entry_day, sessions
    from herstel.store.timeline import exercises

    trajectory = require_trajectory()
    rt = runtime()
    today = rt.today()
    with rt.store().reading() as session:
        slots = sessions(session=session, trajectory_id=trajectory.id)
        first = first_entry_day(session=session, trajectory_id=trajectory.id)
        figures = day_figures(session=session, trajectory_id=trajectory.id)
        agreed = [
            e
            for e in exercises(session=session, trajectory_id=trajectory.id, stopped=True)
            if e.session is not None
        ]
    found = periods(slots, today=today, first_entry=first)
    return PlanView(trajectory, today, slots, found, figures, agreed)


def next_line(slots: list[CoachingSession], today: date) -> str:
    """ "Next: session 4 of 10, Monday 15 February 2027, in 5 days." or that it is completed."""
    from herstel.core.schedule import next_session
    from herstel.core.trajectory import SESSIONS
    from herstel.i18n import format_day

    coming = next_session(slots, today=today)
    if coming is None:
        return t("plan.completed")
    days = (coming.planned_on - today).days
    when = (
        t("plan.in.today") if days == 0
        else t("plan.in.tomorrow") if days == 1
        else t("plan.in.days", days=days)
    )  # fmt: skip
    day = format_day(coming.planned_on)
    if coming.time:
        day = t("plan.day_at", day=day, time=coming.time)
    return t("plan.next", number=coming.number, of=SESSIONS, day=day, when=when)


# --- showing ----------------------------------------------------------------------------------


def show_plan(*, as_json: bool) -> None:
    view = read_plan()
    if as_json:
        console.emit_json(plan_json(view))
        return
    from herstel.core.trajectory import SESSIONS

    coach = view.trajectory.coach_name
    console.say(t("plan.title_with", coach=coach) if coach else t("plan.title"))
    console.say(next_line(view.sessions, view.today))
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
        console.show_table(headers, rows, styles=styles, widths=widths)
    passed = [
        s.number for s in view.sessions if s.status == "planned" and s.planned_on < view.today
    ]
    if passed:
        console.say()
        console.say(t("plan.hint_held", number=passed[-1]))
    figures = view.figures
    if view.periods and (figures.checkins or figures.signals or figures.patterns
                         or figures.practices):  # fmt: skip
        console.say()
        console.say(t("plan.periods"))
        for period in view.periods:
            _show_period(view, period)


def _session_rows(
    view: PlanView, shown: list[CoachingSession], *, last: bool
) -> tuple[list[list[str]], list[str | None]]:
    """The rows of one phase's table, with today's marker where it falls."""
    from herstel.core.schedule import date_of, next_session
    from herstel.i18n import format_day_short

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


def _details(view: PlanView, slot: CoachingSession) -> str:
    """Moved from, held on another day, why cancelled, the session's note, its exercises."""
    from herstel.i18n import format_day_short

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


def _show_period(view: PlanView, period: Period) -> None:
    from herstel.core.checkin import sparkline
    from herstel.core.summary import period_figures
    from herstel.i18n import format_day_short

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
    console.say_indented(title, 2)
    console.say_indented(period_line(figures), 4)
    if figures.checkins > 1:
        console.say_indented(sparkline(figures.energy, ascii_only=not console.rich_enabled()), 4)


def period_line(figures: Any) -> str:
    """ "energy 5.2 · sleep 6.8 h · 12 check-ins · ..." with only what there is."""
    from herstel.i18n import format_decimal

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


def session_json(slot: CoachingSession) -> dict[str, Any]:
    from herstel.core.schedule import date_of

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


def plan_json(view: PlanView) -> dict[str, Any]:
    from herstel.core.schedule import next_session
    from herstel.core.summary import period_figures
    from herstel.core.trajectory import SESSIONS

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
    }  # fmt: skip


# --- changing ---------------------------------------------------------------------------------


def _number(text: str) -> int:
    from herstel.core.schedule import check_number

    return check_number(text)


def _writing_sessions(session: Session) -> tuple[Trajectory, list[CoachingSession]]:
    from herstel.store import queries
    from herstel.store.sessions import sessions

    trajectory = queries.active_trajectory(session=session)
    if trajectory is None:
        raise HerstelError("trajectory.none")
    return trajectory, sessions(session=session, trajectory_id=trajectory.id)


def move_session(number_text: str, *, to: str | None, time: str | None, shift_rest: bool) -> None:
    from herstel.cli.forms import need_store
    from herstel.core.dates import parse_day, parse_time
    from herstel.core.schedule import moved
    from herstel.store.models import utc_now

    number = _number(number_text)
    rt = runtime()
    today = rt.today()
    day = None if to is None else parse_day(to, today=today, lang=language())
    clock: str | None = None  # None: keep the time; "": no time any more
    if time is not None:
        clock = parse_time(time).strftime("%H:%M") if time.strip() else ""
    if day is None and clock is None:
        raise UsageError("plan.move.nothing")
    need_store()
    now = utc_now()
    with rt.store().writing() as session:
        trajectory, slots = _writing_sessions(session)
        slot = slots[number - 1]
        if slot.status != "planned":
            raise HerstelError(f"plan.move.{slot.status}", number=number)
        old_day = slot.planned_on
        changes = {}
        if day is not None and day != old_day:
            changes = moved(slots, number, day, shift_rest=shift_rest, today=today)
        new_time = slot.time if clock is None else (clock or None)
        if not changes and new_time == slot.time:
            console.say(t("plan.move.unchanged", number=number))
            return
        _apply_moves(slots, changes, now=now)
        if new_time != slot.time:
            slot.time = new_time
            slot.updated_at = now
        if number == 1:  # the trajectory's first session follows session 1
            trajectory.first_session_on = slot.planned_on
            trajectory.first_session_time = slot.time
            trajectory.updated_at = now
    _say_moved(slot, old_day, shifted=sorted(n for n in changes if n != number))


def _apply_moves(slots: list[CoachingSession], changes: dict[int, date], *, now: Any) -> None:
    for slot in slots:
        if slot.number in changes:
            if slot.original_on is None:
                slot.original_on = slot.planned_on
            slot.planned_on = changes[slot.number]
            if slot.original_on == slot.planned_on:
                slot.original_on = None  # back where it was first planned
            slot.updated_at = now


def _say_moved(slot: CoachingSession, old_day: date, *, shifted: list[int]) -> None:
    from herstel.i18n import format_day

    day_text = format_day(slot.planned_on)
    if slot.time:
        day_text = t("plan.day_at", day=day_text, time=slot.time)
    if slot.planned_on != old_day:
        console.say(t("plan.moved", number=slot.number, day=day_text, old=format_day(old_day)))
    else:
        console.say(t("plan.retimed", number=slot.number, day=day_text))
    if shifted:
        delta = (slot.planned_on - old_day).days
        key = "plan.shifted_later" if delta > 0 else "plan.shifted_earlier"
        console.say(t(key, first=shifted[0], last=shifted[-1], days=abs(delta)))


def hold_session(number_text: str, *, on: str | None, note: str | None) -> None:
    from herstel.cli.forms import need_store
    from herstel.core.dates import parse_day
    from herstel.core.entries import check_text
    from herstel.core.schedule import held
    from herstel.i18n import format_day
    from herstel.store.models import utc_now

    number = _number(number_text)
    rt = runtime()
    today = rt.today()
    day = None if on is None else parse_day(on, today=today, lang=language())
    text = None if note is None else check_text(note, field="--note")
    need_store()
    now = utc_now()
    with rt.store().writing() as session:
        _, slots = _writing_sessions(session)
        slot = slots[number - 1]
        held_on = held(slots, number, day, today=today)
        slot.status = "held"
        slot.held_on = held_on
        if note is not None:
            slot.note = text
        slot.updated_at = now
    console.say(t("plan.held", number=number, day=format_day(held_on)))


def cancel_session(number_text: str, *, reason: str | None, undo: bool = False) -> None:
    """`plan cancel N`; with `undo`, the cancelled session planned again on its day."""
    from herstel.cli.forms import need_store
    from herstel.core.entries import check_text
    from herstel.core.schedule import cancellable, restorable
    from herstel.store.models import utc_now

    number = _number(number_text)
    text = None if reason is None else check_text(reason, field="--reason")
    need_store()
    rt = runtime()
    with rt.store().writing() as session:
        _, slots = _writing_sessions(session)
        (restorable if undo else cancellable)(slots, number)
        slot = slots[number - 1]
        slot.status = "planned" if undo else "cancelled"
        slot.cancel_reason = None if undo else text
        slot.updated_at = utc_now()
    console.say(t("plan.undone" if undo else "plan.cancelled", number=number))
    console.say(next_line(slots, rt.today()))


def note_session(number_text: str, text: str | None, *, edit: bool) -> None:
    from herstel.cli.forms import need_store
    from herstel.store.models import utc_now
    from herstel.ui import prompts

    number = _number(number_text)
    check = _note_check()
    note = None if text is None else check(text)
    need_store()
    rt = runtime()
    if text is None:
        with rt.store().reading() as session:
            current = _writing_sessions(session)[1][number - 1].note
        if edit:
            from herstel.ui.editor import edit_text

            note = check(edit_text(current or ""))
        elif prompts.interactive():
            note = check(prompts.ask_text(t("plan.ask.note", number=number),
                                          default=current or "", check=check))  # fmt: skip
        else:
            raise UsageError("plan.note.missing")
    elif edit:
        raise UsageError("plan.note.both")
    with rt.store().writing() as session:
        slot = _writing_sessions(session)[1][number - 1]
        if slot.note == note:
            console.say(t("plan.note.unchanged", number=number))
            return
        slot.note = note
        slot.updated_at = utc_now()
    console.say(t("plan.note.saved" if note else "plan.note.cleared", number=number))


def _note_check() -> Any:
    from herstel.core.entries import check_text

    return lambda value: check_text(value, field=t("meta.text"))
