"""`herstel coach goal|plan|exercise|ladder|step|send`: what the coach proposes to a client, and
the packet that takes it home. Registered on the coach's app by `cli/coach.py`.

Every text here is the coach's own; the client's name (from their export) is shown through
`core.text.visible`, as everywhere on the coach's side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from herstel.application import proposals as application
from herstel.cli.app import command_options, new_app
from herstel.cli.files import write_user_file
from herstel.cli.forms import parsed_move
from herstel.cli.runtime import runtime
from herstel.cli.step_options import REQUIRED, parsed, step_options
from herstel.core.entries import (
    COLOUR,
    EXERCISE_TYPE,
    GOAL_PART,
    check_name,
    check_per_week,
    check_session,
    check_text,
)
from herstel.errors import HerstelError, UsageError
from herstel.i18n import t
from herstel.store.home import ensure_home
from herstel.ui import console
from herstel.ui import proposals as ui


def register(coach_app: typer.Typer) -> None:
    _register_goals(coach_app)
    _register_plan(coach_app)
    _register_records(coach_app)


def _client_arg() -> Any:
    return typer.Argument(..., metavar=t("meta.client"), help=t("help.coach.client"))


def _register_goals(coach_app: typer.Typer) -> None:
    client_arg = _client_arg()
    text_option = typer.Option(None, "--text", metavar=t("meta.text"), help=t("help.goal.text"))
    goal_app = new_app(help=t("help.coach.goal"), no_args_is_help=True)

    @goal_app.command("add", help=t("help.coach.goal.add"), **command_options())
    def goal_add(
        client: str = client_arg,
        text: str = typer.Argument(..., metavar=t("meta.text"), help=t("help.goal.text")),
        part: str | None = typer.Option(
            None, "--part", metavar=GOAL_PART.metavar, help=t("help.goal.part")
        ),
    ) -> None:
        if part is None:
            raise UsageError("form.missing", flag="--part")
        checked = GOAL_PART.check(part, name="--part")
        saved = application.add_goal(
            store=runtime().coach_store(), typed=client, text=_required(text),
            part=checked, now=runtime().utc_now(),
        )  # fmt: skip
        console.say(ui.saved_line(saved))

    @goal_app.command("done", help=t("help.coach.goal.done"), **command_options())
    def goal_done(
        client: str = client_arg,
        goal: str = typer.Argument(..., metavar=t("meta.goal"), help=t("help.goal.which")),
        outcome: str | None = typer.Option(
            None, "--outcome", metavar=t("meta.text"), help=t("help.goal.outcome")
        ),
    ) -> None:
        changes = {"status": "done", "outcome": _text(outcome) if outcome is not None else None}
        _change_goal(client, goal, changes)

    @goal_app.command("edit", help=t("help.coach.goal.edit"), **command_options())
    def goal_edit(
        client: str = client_arg,
        goal: str = typer.Argument(..., metavar=t("meta.goal"), help=t("help.goal.which")),
        text: str | None = text_option,
        part: str | None = typer.Option(
            None, "--part", metavar=GOAL_PART.metavar, help=t("help.goal.part")
        ),
        outcome: str | None = typer.Option(
            None, "--outcome", metavar=t("meta.text"), help=t("help.goal.outcome")
        ),
        reopen: bool = typer.Option(False, "--open", help=t("help.goal.open")),
    ) -> None:
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = _required(text)
        if part is not None:
            changes["part"] = GOAL_PART.check(part, name="--part")
        if outcome is not None:
            changes["outcome"] = _text(outcome)
        if reopen:
            changes["status"] = "open"
        if not changes:
            raise UsageError("coach.goal.edit_nothing")
        _change_goal(client, goal, changes)

    @goal_app.command("drop", help=t("help.coach.goal.drop"), **command_options())
    def goal_drop(
        client: str = client_arg,
        goal: str = typer.Argument(..., metavar=t("meta.goal"), help=t("help.goal.which")),
    ) -> None:
        _change_goal(client, goal, {"status": "dropped"})

    coach_app.add_typer(goal_app, name="goal")


def _register_plan(coach_app: typer.Typer) -> None:
    client_arg = _client_arg()
    plan_app = new_app(help=t("help.coach.plan"), no_args_is_help=True)

    @plan_app.command("show", help=t("help.coach.plan.show"), **command_options())
    def plan_show(
        client: str = client_arg,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        found = application.proposals(store=runtime().coach_store(), typed=client)
        if as_json:
            console.emit_json(ui.proposals_json(found))
            return
        for line in ui.proposals_lines(found):
            console.say(line)

    @plan_app.command("text", help=t("help.coach.plan.text"), **command_options())
    def plan_text(
        client: str = client_arg,
        text: str | None = typer.Argument(None, metavar=t("meta.text"), help=t("help.plan_text")),
        edit: bool = typer.Option(False, "--edit", help=t("help.plan.edit")),
    ) -> None:
        set_text(client, text, edit=edit)

    @plan_app.command("move", help=t("help.coach.plan.move"), **command_options())
    def plan_move(
        client: str = client_arg,
        number: str = typer.Argument(..., metavar="N", help=t("help.plan.number")),
        to: str | None = typer.Option(None, "--to", metavar=t("meta.date"), help=t("help.plan.to")),
        time: str | None = typer.Option(
            None, "--time", metavar=t("meta.time"), help=t("help.plan.time")
        ),
        shift_rest: bool = typer.Option(False, "--shift-rest", help=t("help.plan.shift_rest")),
    ) -> None:
        move(client, number, to=to, time=time, shift_rest=shift_rest)

    coach_app.add_typer(plan_app, name="plan")

    @coach_app.command("send", help=t("help.coach.send"), **command_options())
    def coach_send(
        client: str = client_arg,
        output: str | None = typer.Option(
            None, "-o", "--output", metavar=t("meta.file"), help=t("help.coach.send_output")
        ),
    ) -> None:
        send(client, output=output)


def _register_records(coach_app: typer.Typer) -> None:
    client_arg = _client_arg()
    exercise_app = new_app(help=t("help.coach.exercise"), no_args_is_help=True)

    @exercise_app.command("add", help=t("help.coach.exercise.add"), **command_options())
    def exercise_add(
        client: str = client_arg,
        name: str = typer.Argument(..., metavar=t("meta.name"), help=t("help.exercise.name")),
        description: str | None = typer.Option(
            None, "--description", metavar=t("meta.text"), help=t("help.exercise.description")
        ),
        per_week: str | None = typer.Option(
            None, "--per-week", metavar="N", help=t("help.exercise.per_week")
        ),
        kind: str | None = typer.Option(
            None, "--type", metavar=EXERCISE_TYPE.metavar, help=t("help.exercise.type")
        ),
        session: str | None = typer.Option(
            None, "--session", metavar="1-10", help=t("help.exercise.session")
        ),
    ) -> None:
        values = {
            "name": check_name(name, field=t("meta.name")),
            "description": None if description is None else _text(description),
            "per_week": None if per_week is None else check_per_week(per_week),
            "type": None if kind is None else EXERCISE_TYPE.check(kind, name="--type"),
            "session": None if session is None else check_session(session),
        }
        saved = application.propose_exercise(
            store=runtime().coach_store(), typed=client, values=values, now=runtime().utc_now()
        )
        console.say(ui.saved_line(saved))

    coach_app.add_typer(exercise_app, name="exercise")

    ladder_app = new_app(help=t("help.coach.ladder"), no_args_is_help=True)

    @ladder_app.command("add", help=t("help.coach.ladder.add"), **command_options())
    def ladder_add(
        client: str = client_arg,
        signal: str = typer.Argument(..., metavar=t("meta.what"), help=t("help.ladder.what")),
        colour: str | None = typer.Option(
            None, "--colour", metavar=COLOUR.metavar, help=t("help.ladder.colour")
        ),
        action: str | None = typer.Option(
            None, "--action", metavar=t("meta.text"), help=t("help.ladder.action")
        ),
    ) -> None:
        values = {
            "signal": check_name(signal, field=t("meta.what")),
            "colour": None if colour is None else COLOUR.check(colour, name="--colour"),
            "action": None if action is None else _text(action),
        }
        saved = application.propose_ladder_item(
            store=runtime().coach_store(), typed=client, values=values, now=runtime().utc_now()
        )
        console.say(ui.saved_line(saved))

    coach_app.add_typer(ladder_app, name="ladder")

    step_app = new_app(help=t("help.coach.step"), no_args_is_help=True)

    @step_app.command("add", help=t("help.coach.step.add"), **command_options())
    @step_options
    def step_add(client: str = client_arg, **typed: str | None) -> None:
        values = parsed(typed)
        for name, flag in REQUIRED:
            if name not in values:
                raise UsageError("form.missing", flag=flag)
        saved = application.propose_step(
            store=runtime().coach_store(), typed=client, values=values, now=runtime().utc_now()
        )
        console.say(ui.saved_line(saved))

    coach_app.add_typer(step_app, name="step")


def _text(value: str, *, required: bool = False) -> str | None:
    return check_text(value, field=t("meta.text"), required=required)


def _required(value: str) -> str:
    checked = _text(value, required=True)
    if checked is None:
        raise UsageError("form.missing", flag=t("meta.text"))
    return checked


def _change_goal(client: str, goal: str, changes: dict[str, Any]) -> None:
    saved = application.change_goal(
        store=runtime().coach_store(), typed=client, goal=goal, changes=changes,
        now=runtime().utc_now(),
    )  # fmt: skip
    console.say(ui.saved_line(saved))


def set_text(client: str, text: str | None, *, edit: bool) -> None:
    if text is not None and edit:
        raise UsageError("usage.either", first=t("meta.text"), second="--edit")
    store = runtime().coach_store()
    if text is None:
        if not edit:
            raise UsageError("coach.plan.text_missing")
        from herstel.ui.editor import edit_text

        _, current = application.plan_text(store=store, typed=client)
        text = edit_text(current or "")
    saved = application.set_plan_text(
        store=store, typed=client, text=_text(text), now=runtime().utc_now()
    )
    console.say(ui.saved_line(saved))


def move(
    client: str, number_text: str, *, to: str | None, time: str | None, shift_rest: bool
) -> None:
    rt = runtime()
    number, day, clock = parsed_move(number_text, to=to, time=time, today=rt.today())
    saved = application.propose_move(
        store=rt.coach_store(), typed=client, number=number, to=day, time=clock,
        shift_rest=shift_rest, today=rt.today(), now=rt.utc_now(),
    )  # fmt: skip
    console.say(ui.saved_line(saved))


def send(client: str, *, output: str | None) -> None:
    """The packet to `output` (0600), or to standard output for "-"; the line to say on stderr."""
    if output is None:
        raise UsageError("form.missing", flag="-o")
    if output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    if output != "-" and Path(output).expanduser().exists():
        # Never over another file: an encrypted one cannot be told from a client's export.
        raise HerstelError("file.not_ours", path=output)
    rt = runtime()
    home = ensure_home(rt.home)
    sent = application.send_packet(
        store=rt.coach_store(), home=home, typed=client, coach_name=None, now=rt.utc_now()
    )
    if output == "-":
        console.write_bytes(sent.data)
        console.note(ui.sent_line(sent, path=None))
        return
    path, _ = write_user_file(output, sent.data, ours=lambda _: False)
    console.say(ui.sent_line(sent, path=str(path)))
