"""The check-in's first question, asked before Typer is imported.

`herstel checkin` on a terminal opens with the energy question, and a tired person should see it
at once: Typer and the command's modules cost about a third more than the question itself (see
docs/performance.md). So `herstel.__main__` hands a bare `herstel checkin` here first: on a home
with a trajectory, the form's opening line and the energy question are shown with light modules
alone, and the answer goes on to the command as `--energy`, which asks the rest as ever.
Anything else (another command, options, no terminal, no trajectory yet) goes its usual way.
"""

from __future__ import annotations

import os
import sys

from herstel.core.checkin import FIELDS
from herstel.core.clock import clock_from
from herstel.errors import HerstelError
from herstel.i18n import choose_language, set_language, t
from herstel.store.db import has_trajectory
from herstel.store.drafts import has_draft
from herstel.store.home import STORE_NAME, resolve_home
from herstel.store.settings import read_settings
from herstel.ui import console, prompts

ENERGY = FIELDS[0]
# Set once the form's opening line is on screen, so that the check-in does not say it again.
shown: list[bool] = []


def ask_first(args: list[str]) -> list[str]:
    """`args`, with the energy asked and added when they are a bare `checkin` on a terminal."""
    if args != ["checkin"] or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return args
    os.umask(0o077)
    try:
        clock_from(os.environ)  # a bad pin is the command's to report
        home = resolve_home(None, os.environ)
        if not has_trajectory(home / STORE_NAME):
            return args  # the setup questions come first
        if has_draft(home, "checkin"):
            return args  # a check-in was stopped: the command offers to go on with it
    except HerstelError:
        return args
    stored = read_settings(home).get("language")
    set_language(choose_language(cli=None, environ=os.environ, stored=stored))
    console.say(t("checkin.form_hint", day=t("day.today")))
    shown.append(True)
    name = t(ENERGY.label_key)
    try:
        answer = prompts.ask_text(
            t(ENERGY.ask_key), check=lambda text: ENERGY.check(text, name=name), required=True
        )
    except HerstelError as problem:  # Ctrl-C or Ctrl-D: stopped, as in the form itself
        console.error(problem.message())
        raise SystemExit(problem.exit_code) from None
    return [*args, ENERGY.flag, answer.strip()]
