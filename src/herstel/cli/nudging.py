"""Keeping the nudge's state (`store/nudge_state.py`): the latest check-in's day and the line
`herstel nudge` prints, in the client's stored language. `checkin`, `config set language` and
`remind` keep it, and `delete` and `restore` (which may take a check-in away, or bring another
language) bring it up to date. It never fails a command."""

from __future__ import annotations

import sqlite3
from datetime import date

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError
from herstel.i18n import LANGUAGES, language, t_in
from herstel.store.nudge_state import read_state, write_state
from herstel.store.settings import read_settings


def checkin_command() -> str:
    """`herstel checkin`, with `--home` when this home is not the one a shell finds without it
    (HERSTEL_HOME or --home set it)."""
    import os
    import shlex

    from herstel.store.home import resolve_home

    home = runtime().home
    plain = {k: v for k, v in os.environ.items() if k != "HERSTEL_HOME"}
    if resolve_home(None, plain) == home:
        return "herstel checkin"
    return f"herstel --home {shlex.quote(str(home))} checkin"


def nudge_words(lang: str | None = None) -> str:
    """The nudge's line in `lang` (None: the language in effect)."""
    return t_in(lang or language(), "nudge.line", command=checkin_command())


def _line_values() -> dict[str, str | None]:
    """The line in the client's stored language (a one-off `--lang` changes nothing of it), or
    the one in effect while none is stored."""
    stored = read_settings(runtime().home).get("language")
    lang = stored if stored in LANGUAGES else language()
    return {"line": nudge_words(lang), "lang": lang}


def keep_nudge_state(*, checked_in: date | None = None) -> None:
    """The line; with `checked_in`, that day if it is the latest."""
    home = str(runtime().home)
    values = _line_values()
    if checked_in is not None:
        latest = read_state(home).get("checkin", "")
        values["checkin"] = max(latest, checked_in.isoformat())
    write_state(home, values)


def refresh_nudge_state() -> None:
    """After a check-in was deleted or the journal restored: the line in the language stored
    now, and the latest check-in's day as the store has it. Where no nudge is kept, or the
    store cannot be read, nothing is written (the command's own work is done)."""
    from herstel.application.checkin import latest_checkin_day

    rt = runtime()
    home = str(rt.home)
    if not read_state(home):
        return  # no nudge kept here: nothing to bring up to date
    try:
        latest = latest_checkin_day(store=rt.existing_store())
    except (HerstelError, sqlite3.Error, OSError):
        return
    write_state(home, {**_line_values(), "checkin": None if latest is None else latest.isoformat()})
