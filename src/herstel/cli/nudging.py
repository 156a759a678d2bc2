"""Keeping the nudge's state (`store/nudge_state.py`): the latest check-in's day and the line
`herstel nudge` prints, in the client's language. `checkin`, `config set language` and
`remind` call it; it never fails a command."""

from __future__ import annotations

from datetime import date

from herstel.cli.runtime import runtime
from herstel.i18n import language, t
from herstel.store.nudge_state import read_state, write_state


def keep_nudge_state(*, checked_in: date | None = None) -> None:
    """The line in the language in effect; with `checked_in`, that day if it is the latest."""
    home = str(runtime().home)
    values: dict[str, str | None] = {"line": t("nudge.line"), "lang": language()}
    if checked_in is not None:
        stored = read_state(home).get("checkin", "")
        values["checkin"] = max(stored, checked_in.isoformat())
    write_state(home, values)
