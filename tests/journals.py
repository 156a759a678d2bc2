"""Journals that many tests read: each is built once a session, through the CLI as a user would,
in a template home; every test then gets a copy of that home of its own to change."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import LOCALE_VARS, NOW, SIZE_VARS, Invoke, invoke
from herstel import i18n
from herstel.cli.runtime import set_runtime
from herstel.core.clock import PIN_VARIABLE, SINCE_VARIABLE
from herstel.ui import prompts

Build = Callable[[Invoke], None]
TEMPLATE_LEAD = 600  # seconds: how long before the pinned moment a template starts


def build_template(folder: Path, build: Build) -> Path:
    """Run `build` against a new home in `folder`, as the `home` fixture would set a test up
    (the pinned clock, no locale or colour settings); returns the home, its store at rest."""
    home = folder / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HERSTEL_HOME", str(home))
        patch.setenv(PIN_VARIABLE, NOW.isoformat(timespec="seconds"))
        # The template's records are stamped in the minutes before the pinned moment (at the
        # clock's pace), so that every test's own writes, stamped from it on, come after them
        # whatever the time of day (the real one used to be taken: a noon pin then ran back).
        patch.setenv(SINCE_VARIABLE, str(time.time() + TEMPLATE_LEAD))
        for var in (*LOCALE_VARS, *SIZE_VARS):
            patch.delenv(var, raising=False)
        set_runtime(None)
        try:
            build(invoke)
        finally:
            prompts.script(None)
            i18n.set_language("en")
            set_runtime(None)
    store = home / "herstel.db"
    # Everything into the store file itself, so that a copy of the folder is the whole journal.
    conn = sqlite3.connect(store)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert not store.with_name("herstel.db-wal").exists()
    return home


def copy_home(template: Path, home: Path) -> Path:
    """A copy of a template home at `home` (modes kept: the folder 0700, the files 0600);
    returns its store's path."""
    shutil.copytree(template, home)
    return home / "herstel.db"
