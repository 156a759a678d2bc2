"""`herstel log`: every entry (check-ins, signals, pattern and biography notes, practice) in time
order, as a journal on screen or as JSON."""

from __future__ import annotations

import typer

from herstel.application.journal import read_log
from herstel.cli.app import command_options
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_period, parse_whole
from herstel.core.entries import Choice, fold
from herstel.core.text import clean_name
from herstel.errors import UsageError
from herstel.i18n import language, t
from herstel.store.db import has_trajectory
from herstel.store.journal import KIND_TABLES
from herstel.ui import console
from herstel.ui.journal import entry_json, show_log

KIND_NAMES = tuple(KIND_TABLES)
KIND_METAVAR = "|".join(KIND_NAMES)


def register(app: typer.Typer) -> None:
    @app.command("log", help=t("help.log"), **command_options())
    def log_command(
        kind: list[str] | None = typer.Option(
            None, "--kind", metavar=KIND_METAVAR, help=t("help.log.kind")
        ),
        since: str | None = typer.Option(
            None, "--since", metavar=t("meta.date"), help=t("help.log.since")
        ),
        until: str | None = typer.Option(
            None, "--until", metavar=t("meta.date"), help=t("help.log.until")
        ),
        last: str | None = typer.Option(None, "--last", metavar="N", help=t("help.log.last")),
        grep: str | None = typer.Option(
            None, "--grep", metavar=t("meta.text"), help=t("help.log.grep")
        ),
        private_only: bool = typer.Option(False, "--private-only", help=t("help.log.private")),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        log(
            kind or [],
            since=since,
            until=until,
            last=last,
            grep=grep,
            private_only=private_only,
            as_json=as_json,
        )


def check_kinds(typed: list[str]) -> list[str]:
    """The kinds asked for (commas also separate), in the timeline's order; all when none."""
    dutch = {"signaal": "signal", "patroon": "pattern", "terugblik": "bio", "oefening": "practice"}
    choice = Choice(KIND_NAMES, dutch)
    wanted = {
        choice.check(part, name="--kind")
        for text in typed
        for part in text.split(",")
        if part.strip()
    }
    if typed and not wanted:
        raise UsageError("choice.unknown", name="--kind", value="", choices="|".join(KIND_NAMES))
    return [kind for kind in KIND_NAMES if kind in wanted or not wanted]


def log(
    kinds: list[str],
    *,
    since: str | None,
    until: str | None,
    last: str | None,
    grep: str | None,
    private_only: bool,
    as_json: bool,
) -> None:
    rt = runtime()
    today = rt.today()
    wanted = check_kinds(kinds)
    first, end = parse_period(since, until, today=today, lang=language())
    count = None if last is None else parse_whole(last, name="--last", low=1, high=1_000_000)
    needle = None
    if grep is not None:
        needle = fold(clean_name(grep, field="--grep", required=True) or "")
    if not rt.store_exists() or not has_trajectory(rt.store_path):
        require_trajectory()  # the setup questions on a terminal, else the line about init
    found = read_log(
        store=rt.store(),
        kinds=wanted,
        since=first,
        until=end,
        last=count,
        needle=needle,
        private_only=private_only,
        with_ids=not as_json,
    )
    if as_json:
        console.emit_json([entry_json(entry, found.shown.names) for entry in found.entries])
        return
    if not found.entries:
        if needle is not None or private_only:
            console.say(t("log.none_found"))
        elif first or end:
            console.say(t("log.none_in_period"))
        else:
            console.say(t("log.none_of_kind") if kinds else t("log.empty"))
        return
    show_log(list(found.entries), today, found.shown)
