"""`herstel remind` and `herstel nudge`: the gentle reminder (on, show, pause, off, and what the
scheduler runs), and the shell's nudge (docs/reminders.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from herstel.application import remind as application
from herstel.application.scheduler import Place
from herstel.cli.app import command_options, new_app
from herstel.cli.forms import ensure_trajectory
from herstel.cli.nudging import keep_nudge_state, nudge_words
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_day
from herstel.core.remind import check_at, check_every
from herstel.i18n import language, t
from herstel.ui import console
from herstel.ui import remind as ui


def register(app: typer.Typer) -> None:
    remind_app = new_app(help=t("help.remind"), invoke_without_command=True)

    @remind_app.callback()
    def remind_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        if ctx.invoked_subcommand is None:
            show(as_json=as_json)

    @remind_app.command("on", help=t("help.remind.on"), **command_options())
    def remind_on(
        at: str = typer.Option("20:00", "--at", metavar=t("meta.time"), help=t("help.remind.at")),
        every: str = typer.Option(
            "day", "--every", metavar="day|week|month", help=t("help.remind.every")
        ),
    ) -> None:
        turn_on(at, every)

    @remind_app.command("off", help=t("help.remind.off"), **command_options())
    def remind_off() -> None:
        turn_off()

    @remind_app.command("pause", help=t("help.remind.pause"), **command_options())
    def remind_pause(
        until: str = typer.Option(
            ..., "--until", metavar=t("meta.date"), help=t("help.remind.until")
        ),
    ) -> None:
        pause(until)

    @remind_app.command("fire", help=t("help.remind.fire"), **command_options())
    def remind_fire() -> None:
        fire()

    @remind_app.command("shell", help=t("help.remind.shell"), **command_options())
    def remind_shell() -> None:
        shell_line()

    app.add_typer(remind_app, name="remind")

    @app.command("nudge", help=t("help.nudge"), **command_options())
    def nudge_command() -> None:
        from herstel.nudge import nudge_line

        line = nudge_line(str(runtime().home), runtime().today().isoformat())
        if line is not None:  # in the language of this run (--lang), which Typer's way knows
            console.say(nudge_words())


def place() -> Place:
    return Place(sys.platform, os.environ)


def herstel_command() -> list[str]:
    """This herstel, by its full path: what a scheduler or a shell runs."""
    script = Path(sys.argv[0])
    if script.name == "herstel" and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "herstel"]


def show(*, as_json: bool) -> None:
    shown = application.reminder_status(home=runtime().home, place=place(), today=runtime().today())
    if as_json:
        console.emit_json(ui.reminder_json(shown))
        return
    for line in ui.status_lines(shown):
        console.say(line)


def turn_on(at_text: str, every_text: str) -> None:
    at, every = check_at(at_text), check_every(every_text)
    ensure_trajectory()
    rt = runtime()
    command = [*herstel_command(), "--home", str(rt.home), "remind", "fire"]
    shown = application.remind_on(
        home=rt.home, place=place(), at=at, every=every, today=rt.today(), command=command
    )
    keep_nudge_state()
    for line in ui.on_lines(shown):
        console.say(line)


def turn_off() -> None:
    application.remind_off(home=runtime().home, place=place())
    console.say(t("remind.off"))


def pause(until_text: str) -> None:
    rt = runtime()
    until = parse_day(until_text, today=rt.today(), lang=language())
    ensure_trajectory()
    reminder = application.remind_pause(home=rt.home, until=until, today=rt.today())
    console.say(ui.paused_line(until, reminder is not None))


def fire() -> None:
    rt = runtime()
    fired = application.remind_fire(
        home=rt.home, place=place(), store=rt.existing_store(), today=rt.today(),
        title="herstel", body=t("remind.notification"),
    )  # fmt: skip
    if fired.failed:
        console.error(t("remind.notify_failed"))
        raise typer.Exit(1)


def shell_line() -> None:
    """The line for a shell's start-up file, guarded for interactive shells (scp and rsync stay
    clean); on stdout alone, so that `herstel remind shell >> ~/.bashrc` works."""
    ensure_trajectory()
    keep_nudge_state()
    rt = runtime()
    from herstel.store.home import resolve_home

    default = {k: v for k, v in os.environ.items() if k != "HERSTEL_HOME"}
    home = None if resolve_home(None, default) == rt.home else str(rt.home)
    found = place().which("herstel")
    mine = herstel_command()
    command = ["herstel"] if found is not None and [str(Path(found).resolve())] == mine else mine
    shell = Path(os.environ.get("SHELL", "")).name
    console.say_whole(ui.shell_line(command, home=home, fish=shell == "fish"))
    console.note(t("remind.shell_hint", file=ui.start_file(shell)))
