"""`herstel receive`: what the coach sends back (a packet, see docs/coach.md), shown in plain
words and applied on a yes. The packet's texts are the coach's: shown through `visible`, so
that nothing in them can steer the terminal."""

from __future__ import annotations

from pathlib import Path

import typer

from herstel.application import receive as application
from herstel.cli.app import command_options
from herstel.cli.files import read_user_file
from herstel.cli.forms import need_store
from herstel.cli.runtime import runtime
from herstel.errors import UsageError
from herstel.exchange.packet import PACKET_MAX
from herstel.i18n import t
from herstel.store.home import inbox_files, put_aside
from herstel.ui import console, prompts
from herstel.ui import receive as ui


def register(app: typer.Typer) -> None:
    @app.command("receive", help=t("help.receive"), **command_options())
    def receive_command(
        file: str | None = typer.Argument(
            None, metavar=t("meta.file"), help=t("help.receive.file")
        ),
        yes: bool = typer.Option(False, "--yes", help=t("help.receive.yes")),
    ) -> None:
        receive(file, yes=yes)


def receive(file: str | None, *, yes: bool) -> None:
    rt = runtime()
    need_store()
    source = file
    if source is None:
        waiting = inbox_files(rt.home)
        if not waiting:
            raise UsageError("receive.no_file", inbox=str(rt.home / "inbox"))
        source = str(waiting[0])
    data = read_user_file(source, limit=PACKET_MAX)
    store = rt.store()
    pinned = application.pinned_signing_key(store=store)
    body = application.open_packet(home=rt.home, data=data, pinned=pinned, now=rt.utc_now())
    seen = application.receive(
        store=store, body=body, today=rt.today(), now=rt.utc_now(), apply=False
    )
    if seen.status != "new":
        console.say(ui.status_line(seen))
        _put_aside(source)
        return
    for line in ui.preview_lines(seen):
        console.say(line)
    if not seen.empty and not yes:
        if not prompts.interactive():
            raise UsageError("receive.needs_yes")
        choices = [(True, t("receive.apply")), (False, t("receive.later"))]
        if not prompts.ask_choice(t("receive.ask"), choices, default=True):
            console.say(t("receive.not_applied"))
            return
    done = application.receive(
        store=store, body=body, today=rt.today(), now=rt.utc_now(), apply=True
    )
    for line in ui.applied_lines(done):
        console.say(line)
    _put_aside(source)


def _put_aside(source: str) -> None:
    if source == "-":
        return
    moved = put_aside(Path(source).expanduser(), runtime().home)
    if moved is not None:
        console.note(t("receive.put_aside", path=str(moved)))
