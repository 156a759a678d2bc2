"""`herstel coach ...`: the coach's side. Keys, importing clients' exports into `coach.db`, the
overview of every client, one client's report, the coach's notes, the client's copy of
everything held on them, and erasure.

An export is text from another person: it is stored as the client wrote it, and every name or
text of it (and the name of the file it came in) is shown through `core.text.visible`, so that no
escape code in it reaches the coach's terminal."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import typer

from herstel.application import coach as coaching
from herstel.cli import coach_plan, coach_questionnaire
from herstel.cli.app import command_options, new_app
from herstel.cli.clients import show_clients
from herstel.cli.files import (
    read_passphrase,
    read_user_file,
    starts_with,
    write_or_print,
    write_user_file,
)
from herstel.cli.runtime import COACH_FORGET_PENDING, runtime
from herstel.core.entries import check_session, check_text
from herstel.core.prepare import check_since
from herstel.core.text import visible, visible_json
from herstel.errors import EXIT_FAILED, EXIT_OK, HerstelError, UsageError
from herstel.exchange import crypto
from herstel.exchange.read import parse_export
from herstel.i18n import language, t
from herstel.store.db import backup_copies
from herstel.store.home import ensure_home
from herstel.ui import console, prompts

if TYPE_CHECKING:
    from herstel.exchange.format import Export
    from herstel.exchange.merge import Counts

COACH_EXPORT_MARK = b'"format": "herstel-coach-export"'


def register(app: typer.Typer) -> None:
    coach_app = new_app(help=t("help.coach"), invoke_without_command=True)

    @coach_app.callback()
    def coach_show(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is None:
            show_clients(as_json=False)

    @coach_app.command("keygen", help=t("help.coach.keygen"), **command_options())
    def coach_keygen(
        rotate: bool = typer.Option(False, "--rotate", help=t("help.coach.rotate")),
    ) -> None:
        make_key(rotate=rotate)

    @coach_app.command("key", help=t("help.coach.key"), **command_options())
    def coach_key() -> None:
        show_key()

    @coach_app.command("import", help=t("help.coach.import"), **command_options())
    def coach_import(
        files: list[str] = typer.Argument(..., metavar=t("meta.files"), help=t("help.coach.files")),
        new_client: bool = typer.Option(False, "--new-client", help=t("help.coach.new_client")),
    ) -> int:
        return import_files(files, new_client=new_client)

    client_help = t("help.coach.client")

    @coach_app.command("clients", help=t("help.coach.clients"), **command_options())
    def coach_clients(as_json: bool = typer.Option(False, "--json", help=t("help.json"))) -> None:
        show_clients(as_json=as_json)

    @coach_app.command("report", help=t("help.coach.report"), **command_options())
    def coach_report(
        client: str = typer.Argument(..., metavar=t("meta.client"), help=client_help),
        since: str | None = typer.Option(
            None, "--since", metavar=t("meta.date"), help=t("help.prepare.since")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        markdown: str | None = typer.Option(
            None, "--markdown", metavar=t("meta.file"), help=t("help.coach.markdown")
        ),
        html: str | None = typer.Option(
            None, "--html", metavar=t("meta.file"), help=t("help.html")
        ),
    ) -> None:
        show_report(client, since=since, as_json=as_json, markdown=markdown, html=html)

    @coach_app.command("note", help=t("help.coach.note"), **command_options())
    def coach_note(
        client: str = typer.Argument(..., metavar=t("meta.client"), help=client_help),
        note: str | None = typer.Argument(None, metavar=t("meta.text"), help=t("help.coach.text")),
        session: str | None = typer.Option(
            None, "--session", metavar="1-10", help=t("help.coach.session")
        ),
        share: bool = typer.Option(False, "--share", help=t("help.coach.share")),
    ) -> None:
        add_note(client, note, session=session, share=share)

    @coach_app.command("export", help=t("help.coach.export"), **command_options())
    def coach_export(
        client: str = typer.Argument(..., metavar=t("meta.client"), help=client_help),
        output: str | None = typer.Option(
            None, "-o", "--output", metavar=t("meta.file"), help=t("help.coach.output")
        ),
    ) -> None:
        export_client(client, output=output)

    @coach_app.command("forget", help=t("help.coach.forget"), **command_options())
    def coach_forget(
        client: str = typer.Argument(..., metavar=t("meta.client"), help=client_help),
        yes: bool = typer.Option(False, "--yes", help=t("help.coach.yes")),
    ) -> None:
        forget_client(client, yes=yes)

    coach_plan.register(coach_app)
    coach_questionnaire.register(coach_app)
    app.add_typer(coach_app, name="coach")


# --- keys -------------------------------------------------------------------------------------


def make_key(*, rotate: bool) -> None:
    home = ensure_home(runtime().home)
    key = coaching.make_key(home=home, rotate=rotate, now=runtime().utc_now())
    console.say(key.pin)
    console.note(t("coach.key_made", path=str(key.path)))
    if key.signing_made is not None:
        console.note(t("coach.signing_made", path=str(key.signing_made)))
    if key.rotated:
        console.note(t("coach.key_rotated"))
    console.note(t("coach.key_how", key=key.pin))


def show_key() -> None:
    """The line a client pins, on stdout; how and the fingerprints to read out, on stderr."""
    from herstel.exchange.signing import fingerprint

    key = coaching.current_key(home=runtime().home, now=runtime().utc_now())
    console.say(key.pin)
    if key.signing_made is not None:
        console.note(t("coach.signing_made", path=str(key.signing_made)))
    console.note(t("coach.key_how", key=key.pin))
    console.note(t("coach.key_fingerprint", fingerprint=crypto.fingerprint(key.recipient)))
    console.note(t("coach.signing_fingerprint", fingerprint=fingerprint(key.signing)))


# --- import -----------------------------------------------------------------------------------


def import_files(files: list[str], *, new_client: bool) -> int:
    """Each file on its own: one line each, all or nothing per file; exit 1 if any failed."""
    if files.count("-") > 1:
        raise UsageError("coach.import.stdin_twice")
    if any(not source.strip() for source in files):
        raise UsageError("file.no_name_read")
    secrets: dict[str, str] = {}  # the passphrase, once asked, for the next files of this run
    failed = 0
    for source in files:
        # A file's name may come from the sender too (an attachment saved as it was sent).
        name = visible("-" if source == "-" else os.path.basename(source) or source, one_line=True)
        try:
            export = read_import(source, secrets)
            client, counts = merge_file(export, new_client=new_client)
        except HerstelError as problem:
            failed += 1
            reason = visible(problem.message(), one_line=True)
            console.error(t("coach.import.failed", file=name, reason=reason))
            continue
        client = visible(client, one_line=True)
        console.say(
            t("coach.import.done", file=name, client=client, new=counts.new,
              updated=counts.updated, deleted=counts.deleted, unchanged=counts.unchanged,
              records=counts.new + counts.updated + counts.unchanged)
        )  # fmt: skip
    return EXIT_FAILED if failed else EXIT_OK


def read_import(source: str, secrets: dict[str, str]) -> Export:
    """The export in `source`, decrypted and checked against the format."""
    data = read_user_file(source)
    if crypto.is_encrypted(data):
        if crypto.needs_passphrase(data):
            if "passphrase" not in secrets:
                secrets["passphrase"] = read_passphrase()
            data = crypto.decrypt(data, identities=(), passphrase=secrets["passphrase"])
        else:
            identities = crypto.coach_identities(runtime().home)
            if not identities:
                raise HerstelError("coach.import.no_key", home=str(runtime().home))
            data = crypto.decrypt(data, identities=identities, passphrase=None)
    return parse_export(data)


def merge_file(export: Export, *, new_client: bool) -> tuple[str, Counts]:
    """Merge one checked export into the coach's store, in one transaction."""
    coaching.check_not_ahead(export=export, now=runtime().utc_now())
    store = runtime().coach_store()
    name = visible(export.trajectory.client_name, one_line=True)
    if not new_client and coaching.namesakes(store=store, export=export):
        if not prompts.interactive():
            raise HerstelError("coach.import.same_name", name=name)
        question = t("coach.import.ask_new", name=name)
        choices = [(False, t("coach.import.skip")), (True, t("coach.import.as_new"))]
        if not prompts.ask_choice(question, choices, default=False):
            raise HerstelError("coach.import.skipped")
    return export.trajectory.client_name, coaching.merge_into(
        store=store, export=export, now=runtime().utc_now()
    )


# --- clients ----------------------------------------------------------------------------------


# --- report -----------------------------------------------------------------------------------


def show_report(
    typed: str,
    *,
    since: str | None,
    as_json: bool,
    markdown: str | None,
    html: str | None = None,
) -> None:
    # Imported here: the report's rendering (insights, the summary, the page) is a fifth of
    # every other coach command's start-up, `coach import` first (benchmarks/exchange.py).
    from herstel.ui.coach_report import report_blocks, report_html, report_json
    from herstel.ui.prepare import as_markdown, show_blocks
    from herstel.ui.report import REPORT_MARK, herstels, one_output

    rt = runtime()
    one_output(json=as_json, markdown=markdown is not None, html=html is not None)
    start = check_since(since, today=rt.today(), lang=language())
    report = coaching.client_report(
        store=rt.coach_store(), typed=typed, today=rt.today(), since=start
    )
    if as_json:
        console.emit_json(report_json(report))
        return
    if html is not None:
        write_or_print(
            html, report_html(report).encode("utf-8"), ours=herstels, said="coach.report.written"
        )
        return
    blocks = report_blocks(report, ascii_only=markdown is None and console.bars_ascii())
    if markdown is None:
        show_blocks(blocks)
        return
    text = "\n".join([REPORT_MARK, *as_markdown(blocks)]) + "\n"
    write_or_print(
        markdown,
        text.encode("utf-8"),
        ours=starts_with(REPORT_MARK.encode()),
        said="coach.report.written",
    )


# --- notes ------------------------------------------------------------------------------------


def add_note(typed: str, note: str | None, *, session: str | None, share: bool = False) -> None:
    number = None if session is None else check_session(session)
    text = None if note is None else check_text(note, field=t("coach.field.note"), required=True)
    store = runtime().coach_store()
    client = coaching.find_coach_client(store=store, typed=typed)
    name = visible(client.name, one_line=True)
    if text is None:
        if not prompts.interactive():
            raise UsageError("coach.note.missing")
        asked = prompts.ask_text(
            t("coach.note.ask", name=name), required=True,
            check=lambda value: check_text(value, field=t("coach.field.note"), required=True),
        )  # fmt: skip
        text = check_text(asked, field=t("coach.field.note"), required=True)
    assert text is not None  # noqa: S101 - required above
    coaching.add_note(
        store=store, client=client, number=number, note=text, now=runtime().utc_now(), shared=share
    )
    console.say(
        t("coach.note.saved_session", name=name, number=number) if number
        else t("coach.note.saved", name=name)
    )  # fmt: skip
    if share:
        console.say(t("coach.note.shared", name=name))


# --- the client's copy ------------------------------------------------------------------------


def export_client(typed: str, *, output: str | None) -> None:
    """Everything held on the client, as plain JSON (their right of access)."""
    if output is not None and output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    copy = coaching.export_client(
        store=runtime().coach_store(), typed=typed, now=runtime().utc_now()
    )
    # The same JSON to a parser, and nothing in it that could steer a terminal it is shown on.
    data = visible_json(copy.data.decode("utf-8")).encode("utf-8")
    if output is None or output == "-":
        console.write_bytes(data)
        return
    path, _ = write_user_file(output, data, ours=starts_with(COACH_EXPORT_MARK))
    name = visible(copy.client.name, one_line=True)
    console.say(t("coach.export.written", name=name, path=str(path)))


# --- erasure ----------------------------------------------------------------------------------


def forget_client(typed: str, *, yes: bool) -> None:
    rt = runtime()
    store = rt.coach_store()
    held = coaching.held_on(store=store, typed=typed)
    client = held.client
    name = visible(client.name, one_line=True)
    backups = backup_copies(rt.coach_store_path, rt.backups_path)
    if not yes:
        if not prompts.interactive():
            raise UsageError("coach.forget.needs_yes", name=name)
        console.say(t("coach.forget.what", name=name, records=held.records,
                      notes=held.notes))  # fmt: skip
        if backups:
            console.say(t("coach.forget.backups", count=len(backups)))
        choices = [(False, t("coach.forget.keep")), (True, t("coach.forget.confirm"))]
        if not prompts.ask_choice(t("coach.forget.ask"), choices, default=False):
            console.say(t("coach.forget.kept"))
            return
    emptied = coaching.forget_client(store=store, client=client, backups=backups)
    console.say(t("coach.forget.done", name=name))
    if backups:
        console.say(t("coach.forget.backups_gone", count=len(backups)))
    console.say(t("coach.forget.files"))
    if not emptied:
        rt.forget_later(COACH_FORGET_PENDING)
        console.say(t("coach.forget.wal_pending"))
