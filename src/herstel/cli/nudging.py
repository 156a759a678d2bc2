"""Keeping the nudge's state (`store/nudge_state.py`): the latest check-in's day and the line
`herstel nudge` prints, in the client's language. `checkin`, `config set language` and
`remind` call it (and `delete` and `restore`, which may take a check-in away); it never fails a
command."""

from __future__ import annotations

from datetime import date

from herstel.cli.runtime import runtime
from herstel.i18n import LANGUAGES, language, t_in
from herstel.store.nudge_state import read_state, write_state
from herstel.store.settings import read_settings


def keep_nudge_state(*, checked_in: date | None = None) -> None:
    """The line in the client's stored language (a one-off `--lang` changes nothing of it), or
    the one in effect while none is stored; with `checked_in`, that day if it is the latest."""
    home = runtime().home
    stored = read_settings(home).get("language")
    lang = stored if stored in LANGUAGES else language()
    values: dict[str, str | None] = {"line": t_in(lang, "nudge.line"), "lang": lang}
    if checked_in is not None:
        latest = read_state(str(home)).get("checkin", "")
        values["checkin"] = max(latest, checked_in.isoformat())
    write_state(str(home), values)


def refresh_nudge_state() -> None:
    """After a check-in was deleted or the journal restored: the latest check-in's day as the
    store has it now."""
    from herstel.application.checkin import latest_checkin_day

    rt = runtime()
    if not read_state(str(rt.home)):
        return  # no nudge kept here: nothing to bring up to date
    latest = latest_checkin_day(store=rt.existing_store())
    write_state(str(rt.home), {"checkin": None if latest is None else latest.isoformat()})
