"""`herstel coach ...`: the coach's side. Keys, importing clients' exports into `coach.db`, the
overview of every client, one client's report, the coach's notes, the client's copy of
everything held on them, and erasure."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import EXIT_FAILED, EXIT_OK, HerstelError, UsageError
from herstel.i18n import t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.core.coach import Named
    from herstel.exchange.format import ExportV1
    from herstel.exchange.merge import Counts
    from herstel.store.db import Store

REPORT_MARK = "<!-- herstel coach report -->"
COACH_EXPORT_MARK = b'"format": "herstel-coach-export"'


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

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
    ) -> None:
        add_note(client, note, session=session)

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

    app.add_typer(coach_app, name="coach")


# --- keys -------------------------------------------------------------------------------------


def make_key(*, rotate: bool) -> None:
    from herstel.exchange import crypto
    from herstel.store.home import ensure_home
    from herstel.store.models import utc_now

    home = ensure_home(runtime().home)
    had = bool(crypto.coach_identities(home)) if rotate else False
    identity = crypto.new_coach_identity(home, rotate=rotate, now=utc_now())
    recipient = str(identity.to_public())
    console.say(recipient)
    console.note(t("coach.key_made", path=str(home / crypto.COACH_IDENTITY_NAME)))
    if had:
        console.note(t("coach.key_rotated"))
    console.note(t("coach.key_how", key=recipient))


def show_key() -> None:
    from herstel.exchange import crypto

    identities = crypto.coach_identities(runtime().home)
    if not identities:
        raise HerstelError("coach.no_key")
    recipient = str(identities[-1].to_public())
    console.say(recipient)
    console.note(t("coach.key_how", key=recipient))


# --- import -----------------------------------------------------------------------------------


def import_files(files: list[str], *, new_client: bool) -> int:
    """Each file on its own: one line each, all or nothing per file; exit 1 if any failed."""
    if files.count("-") > 1:
        raise UsageError("coach.import.stdin_twice")
    secrets: dict[str, str] = {}  # the passphrase, once asked, for the next files of this run
    failed = 0
    for source in files:
        name = "-" if source == "-" else os.path.basename(source) or source
        try:
            export = read_import(source, secrets)
            client, counts = merge_file(export, new_client=new_client)
        except HerstelError as problem:
            failed += 1
            console.error(t("coach.import.failed", file=name, reason=problem.message()))
            continue
        console.say(
            t("coach.import.done", file=name, client=client, new=counts.new,
              updated=counts.updated, deleted=counts.deleted, unchanged=counts.unchanged)
        )  # fmt: skip
    return EXIT_FAILED if failed else EXIT_OK


def read_import(source: str, secrets: dict[str, str]) -> ExportV1:
    """The export in `source`, decrypted and checked against the format."""
    from herstel.cli.files import read_user_file
    from herstel.exchange import crypto
    from herstel.exchange.read import parse_export

    data = read_user_file(source)
    if crypto.is_encrypted(data):
        if crypto.needs_passphrase(data):
            if "passphrase" not in secrets:
                from herstel.cli.export import read_passphrase

                secrets["passphrase"] = read_passphrase()
            data = crypto.decrypt(data, identities=(), passphrase=secrets["passphrase"])
        else:
            identities = crypto.coach_identities(runtime().home)
            if not identities:
                raise HerstelError("coach.import.no_key", home=str(runtime().home))
            data = crypto.decrypt(data, identities=identities, passphrase=None)
    return parse_export(data)


def merge_file(export: ExportV1, *, new_client: bool) -> tuple[str, Counts]:
    """Merge one checked export into the coach's store, in one transaction."""
    from datetime import UTC, datetime, timedelta

    from herstel.store import coach as queries
    from herstel.ui import prompts

    if export.exported_at > datetime.now(UTC) + timedelta(days=1):
        # A clock far ahead would make this file newer than every real one to come.
        raise HerstelError("coach.import.future", day=export.exported_at.astimezone().date())
    store = runtime().coach_store()
    trajectory = export.trajectory
    with store.reading() as session:
        known = queries.is_client(session=session, trajectory_id=trajectory.id)
        namesakes = (
            [] if known
            else queries.same_name(session=session, name=trajectory.client_name,
                                   other_than=trajectory.id)
        )  # fmt: skip
    if namesakes and not new_client:
        if not prompts.interactive():
            raise HerstelError("coach.import.same_name", name=trajectory.client_name)
        question = t("coach.import.ask_new", name=trajectory.client_name)
        choices = [(False, t("coach.import.skip")), (True, t("coach.import.as_new"))]
        if not prompts.ask_choice(question, choices, default=False):
            raise HerstelError("coach.import.skipped")
    return trajectory.client_name, merge_into(store, export)


def merge_into(store: Store, export: ExportV1) -> Counts:
    """The merge in one BEGIN IMMEDIATE transaction; a store error leaves the store as it was
    and says so in one line."""
    import sqlite3
    from datetime import UTC, datetime

    from sqlalchemy.exc import SQLAlchemyError

    from herstel.exchange.merge import merge_export

    try:
        with store.writing() as session:
            now = datetime.now(UTC)  # not store.models.utc_now: its module builds ORM tables
            counts = merge_export(conn=session.connection(), export=export, now=now)
    except (SQLAlchemyError, sqlite3.Error) as problem:
        full = "full" in str(getattr(problem, "orig", problem)).lower()
        raise HerstelError("coach.import.full" if full else "coach.import.store") from None
    if counts.deleted:
        store.forget_deleted()
    return counts


# --- clients ----------------------------------------------------------------------------------


def has_coach_store() -> bool:
    from herstel.store.db import inspect_store

    return inspect_store(runtime().coach_store_path).exists


def _client(session: Any, typed: str) -> Named:
    from herstel.core.coach import find_client
    from herstel.store import coach as queries

    return find_client(typed, queries.named_clients(session=session))


def show_clients(*, as_json: bool) -> None:
    from herstel.core.coach import glance
    from herstel.core.schedule import next_session
    from herstel.store import coach as queries

    rt = runtime()
    today = rt.today()
    facts = []
    if has_coach_store():  # looking creates nothing
        with rt.coach_store().reading() as session:
            facts = queries.client_facts(session=session, today=today)
    facts.sort(key=lambda f: (f.name.casefold(), f.id))
    lines = []
    for fact in facts:
        coming = next_session(fact.sessions, today=today)
        figures = glance(energy=fact.energy, crossed=fact.crossed, today=today)
        imported = (today - fact.last_import_at.astimezone().date()).days
        lines.append((fact, coming, figures, imported))
    if as_json:
        console.emit_json([
            {
                "id": fact.id,
                "name": fact.name,
                "focus": fact.focus,
                "next_session": None if coming is None else {
                    "number": coming.number, "phase": coming.phase,
                    "planned_on": coming.planned_on.isoformat(),
                },
                "last_checkin": fact.last_checkin.isoformat() if fact.last_checkin else None,
                "energy_average_14d": figures.energy_average,
                "energy_average_before": figures.energy_before,
                "energy_trend": figures.energy_trend,
                "crossings_14d": figures.crossings,
                "last_import_at": fact.last_import_at.isoformat(),
                "days_since_import": imported,
            }
            for fact, coming, figures, imported in lines
        ])  # fmt: skip
        return
    if not facts:
        console.say(t("coach.clients.none"))
        return
    from collections import Counter

    from herstel.core.entries import fold
    from herstel.i18n import format_day_short, format_decimal

    rich = console.rich_enabled()
    twice = {name for name, n in Counter(fold(f.name) for f in facts).items() if n > 1}
    rows = []
    for fact, coming, figures, imported in lines:
        upcoming = t("coach.clients.completed")
        if coming is not None:
            day = format_day_short(coming.planned_on, year=coming.planned_on.year != today.year)
            upcoming = t("coach.clients.next", number=coming.number, phase=coming.phase, day=day)
        energy = "-"
        if figures.energy_average is not None:
            energy = format_decimal(figures.energy_average)
            if figures.energy_trend is not None:
                energy += " " + (ARROWS[figures.energy_trend] if rich
                                 else t(f"coach.trend.{figures.energy_trend}"))  # fmt: skip
        rows.append([
            f"{fact.name} ({fact.id[:8]})" if fold(fact.name) in twice else fact.name,
            t(f"focus.{fact.focus}"),
            upcoming,
            format_day_short(fact.last_checkin, year=fact.last_checkin.year != today.year)
            if fact.last_checkin else "-",
            energy,
            str(figures.crossings),
            t("coach.clients.days_ago", count=imported) if imported > 1
            else t(f"coach.clients.ago_{max(imported, 0)}"),
        ])  # fmt: skip
    headers = [t(f"coach.col.{name}") for name in
               ("client", "focus", "next", "last", "energy", "crossed", "imported")]  # fmt: skip
    console.show_table(headers, rows, wrap=True)


ARROWS = {"rising": "↑", "falling": "↓", "steady": "→"}


# --- report -----------------------------------------------------------------------------------


def show_report(
    typed: str,
    *,
    since: str | None,
    as_json: bool,
    markdown: str | None,
    html: str | None = None,
) -> None:
    from herstel.cli import insights, prepare
    from herstel.store import coach as queries
    from herstel.store.coach_models import Client
    from herstel.store.models import Trajectory

    prepare.one_output(json=as_json, markdown=markdown is not None, html=html is not None)
    start = prepare.parse_since(since)
    store = runtime().coach_store()
    with store.reading() as session:
        client = _client(session, typed)
        facts = session.get(Client, client.id)
        notes = queries.notes(session=session, trajectory_id=client.id)
        trajectory = session.get(Trajectory, client.id)
    assert facts is not None and trajectory is not None  # noqa: S101 - found a moment ago
    summary, context = prepare.gather_from(store, client.id, start)
    # Up to the day of the client's latest export: later weeks are not empty, only not yet seen.
    found = insights.gather(
        store, client.id, insights.Period("all"), last=_exported_on(store, client.id)
    )
    words = insights.Words(voice="coach")
    if as_json:
        console.emit_json({
            "client": {
                "id": client.id, "name": client.name, "focus": trajectory.focus,
                "language": facts.language, "last_import_at": facts.last_import_at.isoformat(),
            },
            **prepare.preparation_json(summary, context),
            "insights": {
                "first": found.first.isoformat(), "last": found.last.isoformat(),
                "checkins": len(found.days), **insights.findings_json(found, words),
            },
            "coach_notes": [
                {"id": n.id, "session": n.session, "created_at": n.created_at.isoformat(),
                 "text": n.text}
                for n in notes
            ],
        })  # fmt: skip
        return
    ascii_only = markdown is None and not console.rich_enabled()
    blocks = prepare.render(summary, context, ascii_only=ascii_only, voice="coach")
    blocks[0].level = 2
    heading = prepare.Block(
        t("coach.report.title", name=client.name, focus=t(f"focus.{trajectory.focus}")),
        [t("coach.report.imported", day=_day(facts.last_import_at.astimezone().date()))],
        level=1,
    )
    blocks.insert(0, heading)
    if html is not None:
        from herstel.cli import report

        parts: list[report.Part] = [*blocks[1:]]
        parts += report.trajectory_parts(found, words, period=(summary.first, summary.last))
        parts.append(_notes_block(notes))
        page = report.page(
            heading,
            parts,
            title=f"{client.name} · {blocks[1].heading}",  # the session it is for
            client=client.name,
            first=summary.first,
            last=summary.last,
            today=context.today,
            voice="coach",
        )
        report.write(html, page, written="coach.report.written")
        return
    blocks += insights.trajectory_blocks(found, words)
    blocks.append(_notes_block(notes))
    if markdown is None:
        prepare.show_blocks(blocks)
        return
    from herstel.cli.files import starts_with, write_user_file

    text = "\n".join([REPORT_MARK, *prepare.as_markdown(blocks)]) + "\n"
    if markdown == "-":
        console.write_bytes(text.encode("utf-8"))
        return
    mark = starts_with(REPORT_MARK.encode())
    path, _ = write_user_file(markdown, text.encode("utf-8"), ours=mark)
    console.say(t("coach.report.written", path=str(path)))


def _exported_on(store: Any, trajectory_id: str) -> Any:
    """The day (local) of the newest export imported for a client, or today."""
    from datetime import datetime

    from sqlalchemy import text

    with store.reading() as session:
        newest = (
            session.connection()
            .execute(
                text("SELECT max(exported_at) FROM imported_export WHERE trajectory_id = :t"),
                {"t": trajectory_id},
            )
            .scalar()
        )
    today = runtime().today()
    return (
        today if newest is None else min(today, datetime.fromisoformat(newest).astimezone().date())
    )


def _day(day: Any) -> str:
    from herstel.i18n import format_day_short

    return format_day_short(day)


def _notes_block(notes: list[Any]) -> Any:
    from herstel.cli.prepare import Block

    if not notes:
        return Block(t("coach.report.notes"), [t("coach.report.no_notes")])
    lines = []
    for note in notes:
        when = _day(note.created_at.astimezone().date())
        about = t("coach.report.session", number=note.session) if note.session else None
        label = f"{when} ({about})" if about else when
        lines.append(f"{label}: {' '.join(note.text.split())}")
    return Block(t("coach.report.notes"), lines)


# --- notes ------------------------------------------------------------------------------------


def add_note(typed: str, note: str | None, *, session: str | None) -> None:
    from herstel.core.entries import check_session, check_text
    from herstel.store import coach as queries
    from herstel.store.models import utc_now
    from herstel.ui import prompts

    number = None if session is None else check_session(session)
    text = None if note is None else check_text(note, field=t("coach.field.note"), required=True)
    store = runtime().coach_store()
    with store.reading() as reading:
        client = _client(reading, typed)
    if text is None:
        if not prompts.interactive():
            raise UsageError("coach.note.missing")
        asked = prompts.ask_text(
            t("coach.note.ask", name=client.name), required=True,
            check=lambda value: check_text(value, field=t("coach.field.note"), required=True),
        )  # fmt: skip
        text = check_text(asked, field=t("coach.field.note"), required=True)
    assert text is not None  # noqa: S101 - required above
    with store.writing() as writing:
        queries.add_note(
            session=writing, trajectory_id=client.id, number=number, note=text, now=utc_now()
        )
    console.say(
        t("coach.note.saved_session", name=client.name, number=number) if number
        else t("coach.note.saved", name=client.name)
    )  # fmt: skip


# --- the client's copy ------------------------------------------------------------------------


def export_client(typed: str, *, output: str | None) -> None:
    """Everything held on the client, as plain JSON (their right of access)."""
    from herstel.exchange.export import coach_export, export_bytes

    if output is not None and output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    store = runtime().coach_store()
    with store.reading() as session:
        client = _client(session, typed)
        document = coach_export(session=session, trajectory_id=client.id)
    data = export_bytes(document)
    if output is None or output == "-":
        console.write_bytes(data)
        return
    from herstel.cli.files import starts_with, write_user_file

    path, _ = write_user_file(output, data, ours=starts_with(COACH_EXPORT_MARK))
    console.say(t("coach.export.written", name=client.name, path=str(path)))


# --- erasure ----------------------------------------------------------------------------------


def forget_client(typed: str, *, yes: bool) -> None:
    from herstel.store import coach as queries
    from herstel.store.db import backup_copies
    from herstel.ui import prompts

    rt = runtime()
    store = rt.coach_store()
    with store.reading() as session:
        client = _client(session, typed)
        records, noted = queries.count_held(session=session, trajectory_id=client.id)
    backups = backup_copies(rt.coach_store_path, rt.backups_path)
    if not yes:
        if not prompts.interactive():
            raise UsageError("coach.forget.needs_yes", name=client.name)
        console.say(t("coach.forget.what", name=client.name, records=records, notes=noted))
        if backups:
            console.say(t("coach.forget.backups", count=len(backups)))
        choices = [(False, t("coach.forget.keep")), (True, t("coach.forget.confirm"))]
        if not prompts.ask_choice(t("coach.forget.ask"), choices, default=False):
            console.say(t("coach.forget.kept"))
            return
    with store.writing() as session:
        queries.erase_client(session=session, trajectory_id=client.id)
    emptied = store.forget_deleted()
    for backup in backups:
        backup.unlink(missing_ok=True)
    console.say(t("coach.forget.done", name=client.name))
    if backups:
        console.say(t("coach.forget.backups_gone", count=len(backups)))
    console.say(t("coach.forget.files"))
    if not emptied:
        from herstel.cli.runtime import COACH_FORGET_PENDING

        rt.forget_later(COACH_FORGET_PENDING)
        console.say(t("coach.forget.wal_pending"))
