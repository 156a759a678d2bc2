"""The Typer app, built once the language is known so that every help text is translated."""

from __future__ import annotations

import os
from typing import Any

import typer

from herstel.cli.help import HerstelCommand, HerstelGroup, ListedCommand, plain_parameter
from herstel.i18n import t
from herstel.ui import console


def new_app(**kwargs: Any) -> typer.Typer:
    """A Typer app with herstel's help, no completion install and no locals in tracebacks."""
    return typer.Typer(
        cls=HerstelGroup,
        add_completion=False,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["--help", "-h"]},
        **kwargs,
    )


def command_options() -> dict[str, Any]:
    """Keyword arguments every `@app.command` takes."""
    return {"cls": HerstelCommand}


# Set by a shell that asks for completions (Typer's way): then every command is registered.
COMPLETE_VARIABLE = "_HERSTEL_COMPLETE"

# Which module registers each command, in the order the root help lists them (Typer lists
# single commands first, then groups). Only the one being run is built: Typer inspects every
# command's signature when it builds the app, and each area imports what it calls. The root help
# and an unknown command's error need only the names and their help (`help.<name>`), so they get
# stand-ins; tests/test_help.py checks they say what the real commands say.
AREAS = {
    "init": "setup",
    "where": "setup",
    "checkin": "checkin",
    "log": "log",
    "signal": "signals",
    "pattern": "notes",
    "bio": "notes",
    "show": "journal",
    "delete": "journal",
    "edit": "journal",
    "backup": "safekeeping",
    "restore": "safekeeping",
    "prepare": "prepare",
    "insights": "insights",
    "export": "export",
    "receive": "receive",
    "demo": "demo",
    "nudge": "remind",
    "config": "setup",
    "ladder": "signals",
    "remind": "remind",
    "exercise": "exercise",
    "plan": "plan",
    "kompas": "kompas",
    "work": "work",
    "questionnaire": "questionnaire",
    "coach": "coach",
}


def build_app(args: list[str] | None = None) -> Any:
    """The Click command behind `herstel`, with help in the current language.

    With `args` naming a command, only its area is registered. Otherwise (the root help, an
    unknown command) every command is listed by a stand-in that knows its name and help; `herstel`
    alone lists none, and a shell asking for completions gets every area registered whole."""
    import importlib

    named = next((arg for arg in args or [] if not arg.startswith("-")), None)
    completing = bool(os.environ.get(COMPLETE_VARIABLE))
    if completing or args is None:
        areas = list(dict.fromkeys(AREAS.values()))
    else:
        areas = [AREAS[named]] if named in AREAS else []
    stand_ins = not areas and args != []

    app = new_app(help=t("help.app"), invoke_without_command=True)
    # Typer's own shell completion: --install-completion and --show-completion on the root, and
    # the completions themselves when the shell asks through _HERSTEL_COMPLETE.
    app._add_completion = True

    @app.callback()
    def root(
        ctx: typer.Context,
        home: str | None = typer.Option(
            None, "--home", metavar=t("meta.dir"), help=t("help.global.home")
        ),
        lang: str | None = typer.Option(
            None, "--lang", metavar="nl|en", help=t("help.global.lang")
        ),
        version: bool = typer.Option(False, "--version", help=t("help.global.version")),
    ) -> None:
        # --home, --lang and --version are read before Typer runs (see herstel.cli.run);
        # they are declared here so that the help lists them.
        if ctx.invoked_subcommand is None:
            # Imported here, not at the top: the overview reads what every area wrote, and
            # its modules would cost every other command's start (docs/performance.md).
            from herstel.cli.overview import overview

            overview()

    for area in areas:
        importlib.import_module(f"herstel.cli.{area}").register(app)
    command = typer.main.get_command(app)
    if stand_ins and isinstance(command, HerstelGroup):
        for name in AREAS:
            command.add_command(ListedCommand(name, help=t(f"help.{name}")))
    completion_help = {
        "install_completion": t("help.global.install_completion"),
        "show_completion": t("help.global.show_completion"),
    }
    param: Any
    for param in command.params:
        if param.name in completion_help:  # Typer adds these two after building the group
            param.help = completion_help[param.name]
            plain_parameter(param)
            if param.name == "install_completion":
                param.callback = _install_completion
    return command


def _install_completion(ctx: Any, param: Any, value: Any) -> None:
    """Typer's --install-completion, saying what it did in the user's language."""
    if not value or ctx.resilient_parsing:
        return
    from typer._completion_shared import install

    shell, path = install(shell=value if isinstance(value, str) else None)
    console.say(t("completion.installed", shell=shell, path=str(path)))
    raise typer.Exit(0)
