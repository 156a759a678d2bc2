"""`herstel prepare`: the current period summarised, to read before the next session, on screen,
as JSON, or as a Markdown file to print or mail."""

from __future__ import annotations

import os

import typer

from herstel.application.prepare import prepare_page, prepare_summary
from herstel.cli.app import command_options
from herstel.cli.files import starts_with, write_or_print
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.prepare import check_since
from herstel.i18n import language, t
from herstel.ui import console
from herstel.ui import questionnaires as questionnaires_ui
from herstel.ui.insights import Words, named_home
from herstel.ui.prepare import as_markdown, preparation_json, render, show_blocks
from herstel.ui.report import MARKDOWN_MARK, herstels, one_output, prepare_html


def register(app: typer.Typer) -> None:
    @app.command("prepare", help=t("help.prepare"), **command_options())
    def prepare_command(
        since: str | None = typer.Option(
            None, "--since", metavar=t("meta.date"), help=t("help.prepare.since")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        markdown: str | None = typer.Option(
            None, "--markdown", metavar=t("meta.file"), help=t("help.prepare.markdown")
        ),
        html: str | None = typer.Option(
            None, "--html", metavar=t("meta.file"), help=t("help.html")
        ),
    ) -> None:
        show_preparation(since=since, as_json=as_json, markdown=markdown, html=html)


def show_preparation(
    *, since: str | None, as_json: bool, markdown: str | None, html: str | None = None
) -> None:
    rt = runtime()
    one_output(json=as_json, markdown=markdown is not None, html=html is not None)
    start = check_since(since, today=rt.today(), lang=language())
    trajectory = require_trajectory()
    store = rt.store()
    if html is not None:
        page = prepare_page(store=store, trajectory_id=trajectory.id, today=rt.today(), since=start)
        words = Words(home=named_home(rt.home, os.environ))
        shown = prepare_html(page, client=trajectory.client_name, words=words)
        write_or_print(html, shown.encode("utf-8"), ours=herstels, said="prepare.written")
        return
    prepared = prepare_summary(
        store=store, trajectory_id=trajectory.id, today=rt.today(), since=start
    )
    summary, context = prepared.summary, prepared.context
    if as_json:
        scores = questionnaires_ui.scores_json(prepared.questionnaires)
        console.emit_json({**preparation_json(summary, context), "questionnaires": scores})
        return
    block = questionnaires_ui.scores_block(prepared.questionnaires)
    extra = [] if block is None else [block]
    if markdown is not None:
        blocks = [*render(summary, context, ascii_only=False), *extra]
        text = "\n".join([MARKDOWN_MARK, *as_markdown(blocks)]) + "\n"
        write_or_print(
            markdown,
            text.encode("utf-8"),
            ours=starts_with(MARKDOWN_MARK.encode()),
            said="prepare.written",
        )
        return
    show_blocks([*render(summary, context, ascii_only=console.bars_ascii()), *extra])
