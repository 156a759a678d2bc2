"""`herstel kompas`: the lasting compass to keep after session ten, on screen, as JSON, as
Markdown or as one printable page; and `kompas check`, the short monthly look after the ten
(docs/kompas.md)."""

from __future__ import annotations

import typer

from herstel.application.kompas import kompas, month_look
from herstel.cli.app import command_options, new_app
from herstel.cli.files import starts_with, write_or_print
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.errors import UsageError
from herstel.i18n import t
from herstel.ui import console
from herstel.ui.kompas import blocks, kompas_json, month_lines
from herstel.ui.prepare import Block

MARK = "<!-- herstel kompas -->"


def register(app: typer.Typer) -> None:
    kompas_app = new_app(help=t("help.kompas"), invoke_without_command=True)

    @kompas_app.callback()
    def kompas_command(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        markdown: str | None = typer.Option(
            None, "--markdown", metavar=t("meta.file"), help=t("help.kompas.markdown")
        ),
        html: str | None = typer.Option(
            None, "--html", metavar=t("meta.file"), help=t("help.kompas.html")
        ),
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_kompas(as_json=as_json, markdown=markdown, html=html)

    @kompas_app.command("check", help=t("help.kompas.check"), **command_options())
    def kompas_check(
        energy: str | None = typer.Option(None, "--energy", metavar="0-10", help=t("help.energy")),
        note: str | None = typer.Option(
            None, "--note", metavar=t("meta.text"), help=t("help.kompas.note")
        ),
    ) -> None:
        check_month(energy, note)

    app.add_typer(kompas_app, name="kompas")


def show_kompas(*, as_json: bool, markdown: str | None, html: str | None) -> None:
    from herstel.ui.prepare import as_markdown, show_blocks
    from herstel.ui.report import MARKDOWN_MARK, REPORT_MARK, herstels, one_output

    one_output(json=as_json, markdown=markdown is not None, html=html is not None)
    require_trajectory()
    rt = runtime()
    found = kompas(store=rt.store(), today=rt.today())
    if as_json:
        console.emit_json(kompas_json(found))
        return
    shown = blocks(found)
    if markdown is not None:
        text = "\n".join([MARK, *as_markdown(shown)]) + "\n"
        # Any Markdown herstel wrote (a kompas, a summary, a report) may be replaced, as any
        # page of herstel's may by a page; a file herstel did not write never is.
        marks = [starts_with(mark.encode()) for mark in (MARK, MARKDOWN_MARK, REPORT_MARK)]

        def ours(head: bytes) -> bool:
            return any(mark(head) for mark in marks)

        write_or_print(markdown, text.encode("utf-8"), ours=ours, said="kompas.written")
        return
    if html is not None:
        from herstel.ui.report import html_page

        head, *parts = shown
        head = Block(head.heading, [line for line in head.lines if line], level=1)
        page = html_page(
            head, parts, title=f"{found.client} · {head.heading}", client=found.client,
            first=found.first, last=found.last, today=rt.today(),
        )  # fmt: skip
        write_or_print(html, page.encode("utf-8"), ours=herstels, said="kompas.written")
        return
    show_blocks(shown)


def check_month(energy_text: str | None, note_text: str | None) -> None:
    """The monthly kompas check: this month's orange and red signals, then the energy and one
    free line, kept as the day's check-in."""
    from herstel.application.checkin import save_checkin
    from herstel.cli.nudging import keep_nudge_state
    from herstel.core.checkin import CheckinFields, check_energy, check_note
    from herstel.ui import prompts
    from herstel.ui.checkin import saved_lines

    energy = None if energy_text is None else check_energy(energy_text)
    note = None if note_text is None else check_note(note_text)
    require_trajectory()
    rt = runtime()
    look = month_look(store=rt.store(), today=rt.today())
    if energy is None and not prompts.interactive():
        raise UsageError("kompas.energy_missing")
    for line in month_lines(look):
        console.say(line)
    if energy is None:
        energy = check_energy(
            prompts.ask_text(t("kompas.ask.energy"), check=check_energy, required=True)
        )
        if note is None:
            note = check_note(prompts.ask_text(t("kompas.ask.note"), check=check_note))
    if note is not None and look.note:  # the day's own note stays: the line goes after it
        note = check_note(f"{look.note}\n\n{note}")
    saved = save_checkin(
        store=rt.store(), today=rt.today(), day=rt.today(),
        values=CheckinFields(energy=energy, note=note), now=rt.utc_now(),
    )  # fmt: skip
    keep_nudge_state(checked_in=rt.today())
    for line in saved_lines(saved, rt.today()):
        console.say(line)
