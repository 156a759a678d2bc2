"""`herstel export`: what the client shares with the coach before a session, encrypted to the
coach's key (and the client's own) by default."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from herstel.core.schedule import Period
    from herstel.exchange.export import Held
    from herstel.exchange.format import ExportV1

PASSPHRASE_ENV = "HERSTEL_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret
PLAIN_MARK = b'"format": "herstel-export"'
KINDS = ("checkin", "signal", "pattern", "bio", "practice")
SHARED_KINDS = ("ladder", "exercise")


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    @app.command("export", help=t("help.export"), **command_options())
    def export_command(
        output: str | None = typer.Option(
            None, "-o", "--output", metavar=t("meta.file"), help=t("help.export.output")
        ),
        since: str | None = typer.Option(
            None, "--since", metavar=t("meta.date"), help=t("help.export.since")
        ),
        until: str | None = typer.Option(
            None, "--until", metavar=t("meta.date"), help=t("help.export.until")
        ),
        preview: bool = typer.Option(False, "--preview", help=t("help.export.preview")),
        armor: bool = typer.Option(False, "--armor", help=t("help.export.armor")),
        plain: bool = typer.Option(False, "--plain", help=t("help.export.plain")),
        passphrase: bool = typer.Option(False, "--passphrase", help=t("help.export.passphrase")),
        read: str | None = typer.Option(
            None, "--read", metavar=t("meta.file"), help=t("help.export.read")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.export.json")),
    ) -> None:
        flags = {
            "--output": output is not None, "--since": since is not None,
            "--until": until is not None, "--preview": preview, "--armor": armor,
            "--plain": plain, "--passphrase": passphrase, "--read": read is not None,
            "--json": as_json,
        }  # fmt: skip
        _refuse_together(flags)
        if read is not None:
            read_export(read)
        elif preview:
            preview_export(since, until, as_json=as_json)
        else:
            write_export(output, since, until, armor=armor, plain=plain, passphrase=passphrase)


# Flags that make no sense with each other; the first of each pair is named in the error.
_APART = (
    ("--plain", "--passphrase"),
    ("--plain", "--armor"),
    ("--preview", "--output"),
    ("--preview", "--armor"),
    ("--preview", "--plain"),
    ("--preview", "--passphrase"),
    ("--json", "--output"),
    ("--json", "--armor"),
    ("--json", "--plain"),
    ("--json", "--passphrase"),
)


def _refuse_together(flags: dict[str, bool]) -> None:
    if flags["--read"]:
        others = [name for name, given in flags.items() if given and name != "--read"]
        if others:
            raise UsageError("usage.either", first="--read", second=others[0])
    if flags["--json"] and not flags["--preview"]:
        raise UsageError("export.json_with_preview")
    for first, second in _APART:
        if flags[first] and flags[second]:
            raise UsageError("usage.either", first=first, second=second)


def _period(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    from herstel.core.dates import parse_period

    return parse_period(since, until, today=runtime().today(), lang=language())


def build(since: str | None, until: str | None) -> tuple[ExportV1, Held]:
    from pydantic import ValidationError

    from herstel.cli.first_run import require_trajectory
    from herstel.exchange.export import build_export
    from herstel.exchange.read import where_of
    from herstel.store import queries
    from herstel.store.models import utc_now

    first, last = _period(since, until)
    trajectory = require_trajectory()
    with runtime().store().reading() as session:
        stored_language = queries.get_setting(session=session, key="language") or language()
        try:
            return build_export(
                session=session, trajectory_id=trajectory.id, language=stored_language,
                since=first, until=last, now=utc_now(),
            )  # fmt: skip
        except ValidationError as problem:
            # A record the format cannot carry: say which field, never what it holds.
            raise HerstelError("export.store_invalid", where=where_of(problem)) from None


# --- preview ----------------------------------------------------------------------------------


def counts(export: ExportV1) -> dict[str, int]:
    return {
        "checkin": len(export.checkins),
        "signal": len(export.signals),
        "pattern": len(export.pattern_notes),
        "bio": len(export.bio_notes),
        "practice": len(export.practices),
        "ladder": len(export.ladder),
        "exercise": len(export.exercises),
        "session": len(export.sessions),
        "tombstone": len(export.tombstones),
    }


def by_period(export: ExportV1) -> list[tuple[Period, dict[str, int]]]:
    """The shared entries of each period between sessions (conventions), by kind; periods
    with nothing shared are left out."""
    from herstel.core.schedule import periods

    days = {
        "checkin": [e.day for e in export.checkins],
        "signal": [e.day for e in export.signals],
        "pattern": [e.day for e in export.pattern_notes],
        "bio": [e.day for e in export.bio_notes],
        "practice": [e.day for e in export.practices],
    }
    today = runtime().today()
    first = min((d for found in days.values() for d in found), default=None)
    rows = []
    for period in periods(export.sessions, today=today, first_entry=first):
        last = period.last_day(today)
        counted = {
            kind: sum(1 for d in found if period.start <= d <= last) for kind, found in days.items()
        }
        if any(counted.values()):
            rows.append((period, counted))
    return rows


def preview_export(since: str | None, until: str | None, *, as_json: bool) -> None:
    export, held = build(since, until)
    shared = counts(export)
    split = by_period(export)
    if as_json:
        console.emit_json(
            {
                "since": export.period.since.isoformat() if export.period.since else None,
                "until": export.period.until.isoformat() if export.period.until else None,
                "shared": shared,
                "private": {kind: held.private.get(kind, 0) for kind in (*KINDS, *SHARED_KINDS)},
                "outside_period": {kind: held.outside.get(kind, 0) for kind in KINDS},
                "periods": [
                    {
                        "session": period.session,
                        "start": period.start.isoformat(),
                        "end": period.end.isoformat() if period.end else None,
                        **counted,
                    }
                    for period, counted in split
                ],
            }
        )
        return
    console.say(t("export.preview.title"))
    console.say(_period_line(export))
    console.say()
    rows = [
        (t(f"export.kind.{kind}"), str(shared[kind]), _held_cell(kind, held))
        for kind in (*KINDS, *SHARED_KINDS, "session", "tombstone")
    ]
    console.show_table(
        [t("export.col.what"), t("export.col.shared"), t("export.col.held")],
        [list(row) for row in rows],
    )
    if split:
        from herstel.i18n import format_day_short

        console.say()
        console.say(t("export.preview.by_period"))
        period_rows = []
        for period, counted in split:
            start = format_day_short(period.start)
            label = (
                t("export.period_row.before", start=start) if period.session is None
                else t("export.period_row.session", number=period.session, start=start)
            )  # fmt: skip
            period_rows.append([label, *(str(counted[kind]) for kind in KINDS)])
        headers = [t("export.col.period"), *(t(f"export.kind.{kind}") for kind in KINDS)]
        console.show_table(headers, period_rows, wrap=True)
    console.say()
    console.say(t("export.preview.private_note"))
    console.say(t("export.preview.nothing_written"))


def _held_cell(kind: str, held: Held) -> str:
    parts = []
    if held.private.get(kind):
        parts.append(t("export.held.private", count=held.private[kind]))
    if held.outside.get(kind):
        parts.append(t("export.held.outside", count=held.outside[kind]))
    return ", ".join(parts)


def _period_line(export: ExportV1) -> str:
    from herstel.i18n import format_day_short

    since, until = export.period.since, export.period.until
    if since and until:
        return t("export.period.between", since=format_day_short(since),
                 until=format_day_short(until))  # fmt: skip
    if since:
        return t("export.period.since", since=format_day_short(since))
    if until:
        return t("export.period.until", until=format_day_short(until))
    return t("export.period.all")


# --- writing ----------------------------------------------------------------------------------


def write_export(
    output: str | None,
    since: str | None,
    until: str | None,
    *,
    armor: bool,
    plain: bool,
    passphrase: bool,
) -> None:
    from herstel.cli.first_run import require_trajectory
    from herstel.cli.setup import coach_key
    from herstel.exchange.export import export_bytes

    _period(since, until)  # a bad date fails before anything else is asked
    if output is not None and output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    if to_terminal and not (plain or armor):
        raise HerstelError("export.binary_to_terminal")
    require_trajectory()
    recipient = None if plain or passphrase else coach_key()
    if not plain and not passphrase and recipient is None:
        raise HerstelError("export.no_coach_key")
    secret = _passphrase() if passphrase else None

    export, held = build(since, until)
    data, how = _encrypt(export_bytes(export), recipient=recipient, secret=secret, armor=armor)
    entries = sum(counts(export)[kind] for kind in KINDS)
    private = sum(held.private[kind] for kind in KINDS)
    if output is None or output == "-":
        console.write_bytes(data)
        key = "export.done.plain_stdout" if how == "plain" else f"export.done.{how}"
        console.note(t(key, entries=entries, private=private))
        if not entries:
            console.note(t("export.empty"))
        return
    path, replaced = _write_file(output, data)
    console.say(t("export.replaced" if replaced else "export.written", path=str(path)))
    console.say(t(f"export.done.{how}", entries=entries, private=private))
    if not entries:
        console.say(t("export.empty"))


def _encrypt(
    data: bytes, *, recipient: str | None, secret: str | None, armor: bool
) -> tuple[bytes, str]:
    """The export as it travels, and how: "passphrase", "coach" or "plain"."""
    from herstel.exchange import crypto
    from herstel.store.models import utc_now

    if secret is not None:
        return crypto.encrypt_with_passphrase(data, secret, armor=armor), "passphrase"
    if recipient is None:
        return data, "plain"
    home = runtime().home
    made = not (home / crypto.IDENTITY_NAME).exists()
    identity = crypto.client_identity(home, create=True, now=utc_now())
    if identity is None:  # pragma: no cover - create=True always gives one
        raise HerstelError("export.read.no_identity")
    if made:
        console.note(t("export.identity_made", path=str(home / crypto.IDENTITY_NAME)))
    return crypto.encrypt_to(data, [recipient, str(identity.to_public())], armor=armor), "coach"


def _write_file(output: str, data: bytes) -> tuple[Path, bool]:
    from herstel.cli.files import write_user_file
    from herstel.exchange import crypto
    from herstel.store.models import utc_now

    def ours(existing: bytes) -> bool:
        """An earlier export of this client's: plain, or encrypted to the client's own key."""
        if PLAIN_MARK in existing[:512]:
            return True
        if not crypto.is_encrypted(existing):
            return False
        own = crypto.client_identity(runtime().home, create=False, now=utc_now())
        return own is not None and crypto.opens_with(existing, own)

    return write_user_file(output, data, ours=ours)


def _passphrase() -> str:
    """From HERSTEL_PASSPHRASE, or asked twice on a terminal."""
    from herstel.ui import prompts

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return _long_enough(given)
    if not prompts.can_ask_secret():
        raise UsageError("export.passphrase_missing")
    tries = 3  # typed differently, or too short: asked again, a few times
    for attempt in range(1, tries + 1):
        first = prompts.ask_secret(t("export.ask.passphrase"))
        if len(first) < PASSPHRASE_MIN:
            if attempt == tries:
                raise UsageError("export.passphrase_short", least=PASSPHRASE_MIN)
            console.note(t("export.passphrase_short", least=PASSPHRASE_MIN))
            continue
        if prompts.ask_secret(t("export.ask.passphrase_again")) == first:
            return first
        if attempt < tries:
            console.note(t("export.passphrase_again"))
    raise HerstelError("export.passphrase_differs")


PASSPHRASE_MIN = 8


def _long_enough(passphrase: str) -> str:
    """Health data deserves more than a word: a passphrase of 8 characters or more."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise UsageError("export.passphrase_short", least=PASSPHRASE_MIN)
    return passphrase


# --- reading back -----------------------------------------------------------------------------


def read_export(source: str) -> None:
    """`export --read FILE`: the client's own export, decrypted and checked, as JSON."""
    from herstel.cli.files import read_user_file
    from herstel.exchange import crypto
    from herstel.exchange.export import export_bytes
    from herstel.exchange.read import parse_export
    from herstel.store.models import utc_now

    data = read_user_file(source)
    if crypto.is_encrypted(data):
        if crypto.needs_passphrase(data):
            secret = read_passphrase()
            data = crypto.decrypt(data, identities=(), passphrase=secret)
        else:
            identity = crypto.client_identity(runtime().home, create=False, now=utc_now())
            data = crypto.decrypt(
                data, identities=[] if identity is None else [identity], passphrase=None
            )
    console.write_bytes(export_bytes(parse_export(data)))


def read_passphrase() -> str:
    from herstel.ui import prompts

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not prompts.can_ask_secret():
        raise UsageError("export.read.passphrase_missing")
    return prompts.ask_secret(t("export.ask.passphrase"))
