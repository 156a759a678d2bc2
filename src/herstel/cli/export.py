"""`herstel export`: what the client shares with the coach before a session, encrypted to the
coach's key (and the client's own) by default.

A coach key other than the one the last export went to is shown with both fingerprints and asked
about on a terminal; off one the export is refused, unless `--new-coach-key` names the new key's
fingerprint. A flag that takes the fingerprint, not a bare yes: left in a script, it confirms that
one key only, and a key swapped later is refused again."""

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
from herstel.core.text import visible_json
from herstel.errors import HerstelError, UsageError
from herstel.exchange.crypto import FINGERPRINT_DIGITS
from herstel.i18n import language, t
from herstel.ui import console, prompts
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
        new_key: str | None = typer.Option(
            None,
            "--new-coach-key",
            metavar=t("meta.fingerprint"),
            help=t("help.export.new_coach_key"),
        ),
        read: str | None = typer.Option(
            None, "--read", metavar=t("meta.file"), help=t("help.export.read")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.export.json")),
    ) -> None:
        flags = {
            "--output": output is not None, "--since": since is not None,
            "--until": until is not None, "--preview": preview, "--armor": armor,
            "--plain": plain, "--passphrase": passphrase, "--read": read is not None,
            "--json": as_json, "--new-coach-key": new_key is not None,
        }  # fmt: skip
        _refuse_together(flags)
        if read is not None:
            read_export(read)
        elif preview:
            preview_export(since, until, as_json=as_json)
        else:
            write_export(
                output, since, until, armor=armor, plain=plain, passphrase=passphrase,
                new_key=new_key,
            )  # fmt: skip


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
    ("--plain", "--new-coach-key"),
    ("--passphrase", "--new-coach-key"),
    ("--preview", "--new-coach-key"),
    ("--json", "--new-coach-key"),
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
        home=rt.home,
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
    new_key: str | None,
) -> None:
    first, last = _period(since, until)  # a bad date fails before anything else is asked
    confirmed = _new_key(new_key)
    if output is not None and output.startswith("-") and output != "-":
        raise UsageError("export.output_looks_like_option", value=output)
    to_stdout = output in (None, "-")
    if to_stdout and sys.stdout.isatty() and not (plain or armor):
        raise HerstelError("export.binary_to_terminal")
    require_trajectory()
    rt = runtime()
    now = rt.utc_now()
    secret = new_passphrase() if passphrase else None

    def written_to(key: str | None) -> exporting.WrittenExport:
        return exporting.write_export(
            store=rt.store(), home=rt.home, today=rt.today(), since=first, until=last,
            lang=language(), plain=plain, secret=secret, armor=armor, now=now, new_key=key,
        )  # fmt: skip

    try:
        written = written_to(confirmed)
    except exporting.CoachKeyChanged as changed:
        if not prompts.interactive():
            raise  # its message says how to go on
        for line in shown.key_change_lines(old=changed.old, new=changed.new):
            console.note(line)
        choices = [(False, t("export.key_changed.stop")), (True, t("export.key_changed.go_on"))]
        if not prompts.ask_choice(t("export.key_changed.ask"), choices, default=False):
            raise HerstelError("export.key_changed.kept") from None
        written = written_to(changed.new)
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


def _new_key(value: str | None) -> str | None:
    """`--new-coach-key`: the new key's fingerprint (spaces and dashes as one likes), or the
    key itself."""
    if value is None:
        return None
    given = value.strip()
    if given.startswith("age1"):
        return given
    digits = "".join(given.lower().replace("-", " ").split())
    if len(digits) != FINGERPRINT_DIGITS or not all(c in "0123456789abcdef" for c in digits):
        raise UsageError("export.new_key_bad")
    return digits


def read_export(source: str) -> None:
    """`export --read FILE`: the client's own export, decrypted and checked, as JSON."""
    data = read_user_file(source)
    secret = read_passphrase() if exporting.needs_passphrase(data) else None
    document = exporting.read_export(
        home=runtime().home, data=data, secret=secret, now=runtime().utc_now()
    )
    # The file may come from anyone: the same JSON to a parser, nothing that steers a terminal.
    console.write_bytes(visible_json(document.decode("utf-8")).encode("utf-8"))
