"""`herstel plan`: the ten sessions and how energy moved between them; moving, holding,
cancelling and noting a session; the plan as a calendar file."""

from __future__ import annotations

from collections.abc import Callable

import typer

from herstel.application import plan as application
from herstel.application.plan import PlanView
from herstel.cli.app import command_options, new_app
from herstel.cli.calendar import write_calendar
from herstel.cli.first_run import require_trajectory
from herstel.cli.forms import need_store, parsed_move
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_day
from herstel.core.entries import check_text
from herstel.core.schedule import check_number
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console, prompts
from herstel.ui import plan as ui
from herstel.ui.editor import edit_text


def register(app: typer.Typer) -> None:
    plan_app = new_app(help=t("help.plan"), invoke_without_command=True)

    @plan_app.callback()
    def plan_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        ics: str | None = typer.Option(
            None, "--ics", metavar=t("meta.file"), help=t("help.plan.ics")
        ),
        milestones: bool = typer.Option(False, "--milestones", help=t("help.plan.milestones")),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if ics is not None and as_json:
            raise UsageError("usage.either", first="--ics", second="--json")
        if milestones and ics is None:
            raise UsageError("plan.milestones_without_ics")
        show_plan(as_json=as_json, ics=ics, milestones=milestones)

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

    @plan_app.command("follow-up", help=t("help.plan.follow_up"), **command_options())
    def plan_follow_up(
        on: str = typer.Option(
            ..., "--date", metavar=t("meta.date"), help=t("help.plan.follow_up_date")
        ),
        time: str | None = typer.Option(
            None, "--time", metavar=t("meta.time"), help=t("help.plan.follow_up_time")
        ),
        note: str | None = typer.Option(
            None, "--note", metavar=t("meta.text"), help=t("help.plan.follow_up_note")
        ),
        remove: bool = typer.Option(False, "--remove", help=t("help.plan.follow_up_remove")),
    ) -> None:
        add_follow_up(on, time=time, note=note, remove=remove)

    app.add_typer(plan_app, name="plan")


def read_plan() -> PlanView:
    """The plan; on a home without a trajectory, the init questions first (or the error)."""
    rt = runtime()
    view = application.read_plan(store=rt.existing_store(), today=rt.today())
    if view is None:
        require_trajectory()
        view = application.read_plan(store=rt.store(), today=rt.today())
        if view is None:  # pragma: no cover - started a moment ago
            raise HerstelError("trajectory.none")
    return view


def show_plan(*, as_json: bool, ics: str | None = None, milestones: bool = False) -> None:
    view = read_plan()
    if ics is not None:
        write_calendar(ics, view, milestones=milestones)
    elif as_json:
        console.emit_json(ui.plan_json(view))
    else:
        ui.show_plan(view)


# --- changing ---------------------------------------------------------------------------------


def move_session(number_text: str, *, to: str | None, time: str | None, shift_rest: bool) -> None:
    rt = runtime()
    today = rt.today()
    number, day, clock = parsed_move(number_text, to=to, time=time, today=today)
    result = application.move_session(
        store=rt.existing_store(), today=today, number=number, to=day, time=clock,
        shift_rest=shift_rest,
        now=runtime().utc_now(),
    )  # fmt: skip
    for line in ui.moved_lines(result):
        console.say(line)


def add_follow_up(on: str, *, time: str | None, note: str | None, remove: bool) -> None:
    """`plan follow-up --date DATE`: a talk after the ten, noted as a follow-up (changed, or
    with `remove` taken away, when that day has one)."""
    from herstel.core.dates import parse_time

    rt = runtime()
    today = rt.today()
    day = parse_day(on, today=today, lang=language())
    clock = None if time is None else parse_time(time).strftime("%H:%M")
    if remove and (time is not None or note is not None):
        raise UsageError("usage.either", first="--remove", second="--time/--note")
    text = None if note is None else (check_text(note, field="--note") or "")
    noted = application.add_follow_up(
        store=rt.existing_store(), today=today, day=day, time=clock, note=text,
        now=rt.utc_now(), remove=remove,
    )  # fmt: skip
    console.say(ui.follow_up_line(noted.talk, noted.outcome))


def hold_session(number_text: str, *, on: str | None, note: str | None) -> None:
    number = check_number(number_text)
    rt = runtime()
    today = rt.today()
    day = None if on is None else parse_day(on, today=today, lang=language())
    text = None if note is None else check_text(note, field="--note")
    result = application.hold_session(
        store=rt.existing_store(), today=today, number=number, on=day, note=text,
        keep_note=note is None,
        now=runtime().utc_now(),
    )  # fmt: skip
    for line in ui.held_lines(result):
        console.say(line)


def cancel_session(number_text: str, *, reason: str | None, undo: bool = False) -> None:
    """`plan cancel N`; with `undo`, the cancelled session planned again on its day."""
    number = check_number(number_text)
    text = None if reason is None else check_text(reason, field="--reason")
    rt = runtime()
    result = application.cancel_session(
        store=rt.existing_store(),
        number=number,
        reason=text,
        undo=undo,
        now=runtime().utc_now(),
    )
    for line in ui.cancelled_lines(result, undo=undo, today=rt.today()):
        console.say(line)


def note_session(number_text: str, text: str | None, *, edit: bool) -> None:
    number = check_number(number_text)
    check = _note_check()
    note = None if text is None else check(text)
    need_store()
    rt = runtime()
    if text is None:
        current = application.session_note(store=rt.existing_store(), number=number)
        if edit:
            note = check(edit_text(current or ""))
        elif prompts.interactive():
            note = check(prompts.ask_text(t("plan.ask.note", number=number),
                                          default=current or "", check=check))  # fmt: skip
        else:
            raise UsageError("plan.note.missing")
    elif edit:
        raise UsageError("plan.note.both")
    result = application.note_session(
        store=rt.existing_store(), number=number, note=note, now=runtime().utc_now()
    )
    console.say(ui.noted_line(result))


def _note_check() -> Callable[[str], str | None]:
    return lambda value: check_text(value, field=t("meta.text"))
