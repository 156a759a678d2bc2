"""`herstel signal` (a body or emotional signal) and `herstel ladder` (the early-warning ladder
made with the coach: each known signal, its colour and the action agreed for it)."""

from __future__ import annotations

import typer

from herstel.application import signals as application
from herstel.cli import forms
from herstel.cli.app import command_options, new_app
from herstel.cli.runtime import runtime
from herstel.core.entries import COLOUR, FIT, LIMIT, SIGNAL_TYPE, check_name
from herstel.i18n import language, t
from herstel.ui import console
from herstel.ui import signals as ui
from herstel.ui.signals import ladder_json, ladder_questions, signal_questions


def register(app: typer.Typer) -> None:
    @app.command("signal", help=t("help.signal"), **command_options())
    def signal_command(
        what: str | None = typer.Argument(None, metavar=t("meta.what"), help=t("help.signal.what")),
        type_: str | None = typer.Option(
            None, "--type", metavar=SIGNAL_TYPE.metavar, help=t("help.signal.type")
        ),
        where: str | None = typer.Option(
            None, "--where", metavar=t("meta.text"), help=t("help.signal.where")
        ),
        intensity: str | None = typer.Option(
            None, "--intensity", metavar="1-5", help=t("help.signal.intensity")
        ),
        limit: str | None = typer.Option(
            None, "--limit", metavar=LIMIT.metavar, help=t("help.signal.limit")
        ),
        fit: str | None = typer.Option(
            None, "--fit", metavar=FIT.metavar, help=t("help.signal.fit")
        ),
        situation: str | None = typer.Option(
            None, "--situation", metavar=t("meta.text"), help=t("help.signal.situation")
        ),
        response: str | None = typer.Option(
            None, "--response", metavar=t("meta.text"), help=t("help.signal.response")
        ),
        at: str | None = typer.Option(None, "--at", metavar=t("meta.moment"), help=t("help.at")),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.edit_text")),
    ) -> None:
        typed = {
            "what": what,
            "type": type_,
            "location": where,
            "intensity": intensity,
            "limit": limit,
            "fit": fit,
            "situation": situation,
            "response": response,
        }
        log_signal(typed, at=at, private=private, edit=edit)

    ladder_app = new_app(help=t("help.ladder"), invoke_without_command=True)

    @ladder_app.callback()
    def ladder_show(
        ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help=t("help.json"))
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_ladder(as_json=as_json)

    @ladder_app.command("add", help=t("help.ladder.add"), **command_options())
    def ladder_add(
        what: str | None = typer.Argument(None, metavar=t("meta.what"), help=t("help.ladder.what")),
        colour: str | None = typer.Option(
            None, "--colour", metavar=COLOUR.metavar, help=t("help.ladder.colour")
        ),
        action: str | None = typer.Option(
            None, "--action", metavar=t("meta.text"), help=t("help.ladder.action")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.ladder.private"), show_default=False
        ),
    ) -> None:
        add_to_ladder({"signal": what, "colour": colour, "action": action}, private=private)

    @ladder_app.command("list", help=t("help.ladder.list"), **command_options())
    def ladder_list(as_json: bool = typer.Option(False, "--json", help=t("help.json"))) -> None:
        show_ladder(as_json=as_json)

    @ladder_app.command("remove", help=t("help.ladder.remove"), **command_options())
    def ladder_remove(
        what: str = typer.Argument(..., metavar=t("meta.what"), help=t("help.ladder.what")),
    ) -> None:
        remove_from_ladder(what)

    app.add_typer(ladder_app, name="ladder")


# --- signal -----------------------------------------------------------------------------------


def log_signal(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    rt = runtime()
    day, clock = forms.when(at, lang=language())
    if edit:
        forms.checked(signal_questions(), typed)  # a bad flag stops before the editor opens
        edited = forms.edit_typed(signal_questions(), typed)
        if edited is None:
            console.say(t("editor.unchanged"))
            return
        typed = edited
    values, private = forms.fill(
        signal_questions(), typed, private=private, private_key="form.ask.private",
        positional="what", draft="signal",
    )  # fmt: skip
    fit = None if values["fit"] is None else values["fit"] == "yes"
    signal = application.NewSignal(day=day, time=clock, **{**values, "fit": fit}, private=private)
    logged = application.log_signal(
        store=rt.store(), signal=signal, now=runtime().utc_now(), today=rt.today()
    )
    forms.saved("signal")
    when = forms.moment_label(day, clock, today=rt.today())
    for line in ui.signal_lines(logged, when=when):
        console.say(line)


# --- ladder -----------------------------------------------------------------------------------


def add_to_ladder(typed: dict[str, str | None], *, private: bool | None) -> None:
    """A new signal on the ladder; for one already there, its colour and action are updated."""
    values, _ = forms.fill(ladder_questions(), typed, private=private, positional="signal")
    saved = application.save_ladder_item(
        store=runtime().store(),
        signal=values["signal"],
        colour=values["colour"],
        action=values["action"],
        set_action=values["action"] is not None or typed["action"] is not None,
        private=private,
        now=runtime().utc_now(),
    )
    for line in ui.saved_lines(saved):
        console.say(line)


def show_ladder(*, as_json: bool) -> None:
    forms.ensure_trajectory()
    found = application.ladder(store=runtime().store())
    if as_json:
        console.emit_json([ladder_json(item) for item in found.items])
        return
    ui.show_ladder(found)


def remove_from_ladder(what: str) -> None:
    name = check_name(what, field=t("meta.what"))
    forms.need_store()
    removed = application.remove_ladder_item(
        store=runtime().store(), name=name, now=runtime().utc_now()
    )
    console.say(t("ladder.removed", what=removed.signal))
