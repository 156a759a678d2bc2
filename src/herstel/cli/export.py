"""`herstel export`: what the client shares with the coach before a session, encrypted to the
coach's key (and the client's own) by default."""

from __future__ import annotations

import sys
from datetime import date

import typer

from herstel.application import export as exporting
from herstel.cli.app import command_options
from herstel.cli.files import new_passphrase, read_passphrase, read_user_file, write_user_file
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_period
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console
from herstel.ui import export as shown


def register(app: typer.Typer) -> None:
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
    return parse_period(since, until, today=runtime().today(), lang=language())


def preview_export(since: str | None, until: str | None, *, as_json: bool) -> None:
    first, last = _period(since, until)
    require_trajectory()
    rt = runtime()
    built = exporting.build_export(
        store=rt.store(),
        today=rt.today(),
        since=first,
        until=last,
        lang=language(),
        now=runtime().utc_now(),
    )
    if as_json:
        console.emit_json(shown.preview_json(built))
    else:
        shown.show_preview(built)


def write_export(
    output: str | None,
    since: str | None,
    until: str | None,
    *,
    armor: bool,
    plain: bool,
    passphrase: bool,
) -> None:
    first, last = _period(since, until)  # a bad date fails before anything else is asked
    if output is not None and output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    to_stdout = output in (None, "-")
    if to_stdout and sys.stdout.isatty() and not (plain or armor):
        raise HerstelError("export.binary_to_terminal")
    require_trajectory()
    rt = runtime()
    now = rt.utc_now()
    written = exporting.write_export(
        store=rt.store(), home=rt.home, today=rt.today(), since=first, until=last,
        lang=language(), plain=plain, secret=new_passphrase() if passphrase else None,
        armor=armor, now=now,
    )  # fmt: skip
    if written.identity_made is not None:
        console.note(t("export.identity_made", path=str(written.identity_made)))
    if output is None or output == "-":
        console.write_bytes(written.data)
        for line in shown.done_lines(written, to_stdout=True):
            console.note(line)
        return
    path, replaced = write_user_file(
        output, written.data,
        ours=lambda existing: exporting.is_own_export(home=rt.home, existing=existing, now=now),
    )  # fmt: skip
    console.say(t("export.replaced" if replaced else "export.written", path=str(path)))
    for line in shown.done_lines(written, to_stdout=False):
        console.say(line)


def read_export(source: str) -> None:
    """`export --read FILE`: the client's own export, decrypted and checked, as JSON."""
    data = read_user_file(source)
    secret = read_passphrase() if exporting.needs_passphrase(data) else None
    console.write_bytes(
        exporting.read_export(
            home=runtime().home, data=data, secret=secret, now=runtime().utc_now()
        )
    )
