"""`herstel questionnaire`: the questionnaires the coach sent, what is due and done, and filling
one in (one item at a time on a terminal, `--answers` elsewhere)."""

from __future__ import annotations

import typer

from herstel.application import questionnaires as application
from herstel.cli.app import command_options, new_app
from herstel.cli.forms import need_store
from herstel.cli.runtime import runtime
from herstel.core.entries import check_session
from herstel.errors import UsageError
from herstel.i18n import t
from herstel.ui import console, prompts
from herstel.ui import questionnaires as ui


def register(app: typer.Typer) -> None:
    questionnaire_app = new_app(help=t("help.questionnaire"), invoke_without_command=True)

    @questionnaire_app.callback()
    def questionnaire_list(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        need_store()
        listed = application.overview(store=runtime().store())
        if as_json:
            console.emit_json(ui.overview_json(listed))
            return
        for line in ui.overview_lines(listed):
            console.say(line)

    @questionnaire_app.command("fill", help=t("help.questionnaire.fill"), **command_options())
    def questionnaire_fill(
        name: str = typer.Argument(..., metavar=t("meta.name"), help=t("help.questionnaire.name")),
        session: str | None = typer.Option(
            None, "--session", metavar="1-10", help=t("help.questionnaire.session")
        ),
        answers: str | None = typer.Option(
            None, "--answers", metavar="3,2,,4", help=t("help.questionnaire.answers")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.questionnaire.private")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        fill(name, session=session, answers=answers, private=private, as_json=as_json)

    app.add_typer(questionnaire_app, name="questionnaire")


def fill(
    name: str, *, session: str | None, answers: str | None, private: bool | None, as_json: bool
) -> None:
    number = None if session is None else check_session(session)
    if answers is None and (as_json or not prompts.interactive()):
        raise UsageError("questionnaire.answers_needed")
    need_store()
    rt = runtime()
    store = rt.store()
    form = application.form(store=store, name=name, session=number)
    if answers is not None:
        given = application.parse_answers(answers, form.instrument)
    else:
        given = _ask(form)
    now = rt.now()
    filled = application.fill(
        store=store, form=form, answers=given, private=private, today=rt.today(),
        now=rt.utc_now(), time=now.strftime("%H:%M"),
    )  # fmt: skip
    if as_json:
        console.emit_json(ui.filled_json(filled))
        return
    for line in ui.filled_lines(filled):
        console.say(line)


def _ask(form: application.Form) -> tuple[int | None, ...]:
    """Each item in turn; Enter keeps the answer given before (or skips)."""
    for line in ui.intro_lines(
        form.instrument, session=form.session, again=form.before is not None
    ):
        console.say(line)
    console.say("")
    choices = ui.item_choices(form.instrument)
    found: list[int | None] = []
    for number in range(len(form.instrument.items)):
        default = None if form.before is None else form.before[number]
        question = ui.item_question(form.instrument, number)
        found.append(prompts.ask_choice(question, choices, default=default))
    return tuple(found)
