"""`herstel coach questionnaire add|list|assign|drop`: the instruments the coach holds, and which
a client is asked to fill in before which sessions (the next packet takes them along).
Registered on the coach's app by `cli/coach.py`."""

from __future__ import annotations

from pathlib import Path

import typer

from herstel.cli.app import command_options, new_app
from herstel.cli.files import read_user_file
from herstel.cli.runtime import runtime
from herstel.core.entries import check_session
from herstel.errors import UsageError
from herstel.i18n import t
from herstel.ui import console

# Imported inside the commands: every `coach` command registers these, and only they need the
# questionnaires' application and words (docs/performance.md).


def register(coach_app: typer.Typer) -> None:
    questionnaire_app = new_app(help=t("help.coach.questionnaire"), no_args_is_help=True)
    client_arg = typer.Argument(..., metavar=t("meta.client"), help=t("help.coach.client"))
    name_arg = typer.Argument(..., metavar=t("meta.name"), help=t("help.questionnaire.name"))

    @questionnaire_app.command("add", help=t("help.coach.questionnaire.add"), **command_options())
    def questionnaire_add(
        file: str = typer.Argument(
            ..., metavar=t("meta.file"), help=t("help.coach.questionnaire.file")
        ),
    ) -> None:
        from herstel.application import coach_questionnaires as application
        from herstel.exchange.instrument import FILE_MAX
        from herstel.ui import questionnaires as ui

        data = read_user_file(file, limit=FILE_MAX)
        loaded = application.add_instrument(
            store=runtime().coach_store(), data=data,
            toml=Path(file).suffix.lower() == ".toml", now=runtime().utc_now(),
        )  # fmt: skip
        console.say(ui.loaded_line(loaded))

    @questionnaire_app.command("list", help=t("help.coach.questionnaire.list"), **command_options())
    def questionnaire_list(
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        from herstel.application import coach_questionnaires as application
        from herstel.ui import questionnaires as ui

        found = application.instruments(store=runtime().coach_store())
        if as_json:
            console.emit_json({"questionnaires": ui.instruments_json(found)})
            return
        for line in ui.instruments_lines(found):
            console.say(line)

    @questionnaire_app.command(
        "assign", help=t("help.coach.questionnaire.assign"), **command_options()
    )
    def questionnaire_assign(
        client: str = client_arg,
        name: str = name_arg,
        sessions: str | None = typer.Option(
            None, "--sessions", metavar="1,5,10", help=t("help.coach.questionnaire.sessions")
        ),
    ) -> None:
        if sessions is None:
            raise UsageError("form.missing", flag="--sessions")
        numbers = tuple(
            check_session(part, name="--sessions") for part in sessions.split(",") if part.strip()
        )
        if not numbers:
            raise UsageError("form.missing", flag="--sessions")
        from herstel.application import coach_questionnaires as application
        from herstel.ui import proposals as proposals_ui

        saved = application.assign(
            store=runtime().coach_store(), typed=client, name=name, sessions=numbers,
            now=runtime().utc_now(),
        )  # fmt: skip
        console.say(proposals_ui.saved_line(saved))

    @questionnaire_app.command("drop", help=t("help.coach.questionnaire.drop"), **command_options())
    def questionnaire_drop(client: str = client_arg, name: str = name_arg) -> None:
        from herstel.application import coach_questionnaires as application
        from herstel.ui import proposals as proposals_ui

        dropped = application.unassign(store=runtime().coach_store(), typed=client, name=name)
        console.say(proposals_ui.dropped_line(dropped))

    coach_app.add_typer(questionnaire_app, name="questionnaire")
