"""What one run of herstel knows: its home, its language, its store (opened on first use)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from herstel.core.clock import Clock, clock_from
from herstel.errors import HerstelError
from herstel.i18n import choose_language, set_language
from herstel.store.db import Store, inspect_store, open_store
from herstel.store.home import (
    BACKUPS_NAME,
    COACH_STORE_NAME,
    SETTINGS_NAME,
    STORE_NAME,
    ensure_home,
)
from herstel.store.migrations import KEYS_VERSION
from herstel.store.settings import read_settings, write_settings

# Settings keys: deleted text may still be in the WAL of the client's or the coach's store.
FORGET_PENDING = "forget_pending"
COACH_FORGET_PENDING = "coach_forget_pending"


@dataclass
class Runtime:
    home: Path
    clock: Clock = field(default_factory=lambda: clock_from({}))  # the real clock
    cli_lang: str | None = None  # --lang, which beats every stored language for this run
    _store: Store | None = field(default=None, repr=False)
    _coach_store: Store | None = field(default=None, repr=False)

    @property
    def store_path(self) -> Path:
        return self.home / STORE_NAME

    @property
    def coach_store_path(self) -> Path:
        return self.home / COACH_STORE_NAME

    @property
    def settings_path(self) -> Path:
        return self.home / SETTINGS_NAME

    @property
    def backups_path(self) -> Path:
        return self.home / BACKUPS_NAME

    def store_exists(self) -> bool:
        """Whether the client's store is there (without creating it). Raises HerstelError for
        a file that is not herstel's or is from a newer herstel."""
        if self._store is not None:
            # Open in this run: looked at again, the file would be opened and closed beside the
            # store's own connection, and closing it drops every POSIX lock this process holds
            # on the file, the store's too (another process could then write over them).
            return True
        if self.home.exists() and not self.home.is_dir():
            raise HerstelError("home.unusable", path=str(self.home))
        return inspect_store(self.store_path).exists

    def use_language(self, stored: str) -> None:
        """After the stored language changed: --lang and HERSTEL_LANG still win for this run."""
        set_language(choose_language(cli=self.cli_lang, environ=os.environ, stored=stored))

    def store(self) -> Store:
        """The client's store, created or migrated on first use in this run."""
        if self._store is None:
            ensure_home(self.home)
            self._store = open_store(self.store_path, backups=self.backups_path, now=self.utc_now())
            if 0 < self._store.migrated_from < KEYS_VERSION:  # a journal begun without a key
                from herstel.application.setup import keep_client_key

                keep_client_key(home=self.home, now=self.utc_now())
            self._finish_forgetting(self._store, FORGET_PENDING)
        return self._store

    def existing_store(self) -> Store | None:
        """The client's store when there is one; None on a home without it (which stays so)."""
        return self.store() if self.store_exists() else None

    def coach_store(self) -> Store:
        """The coach's store of every client, created or migrated on first use in this run."""
        if self._coach_store is None:
            ensure_home(self.home)
            self._coach_store = open_store(
                self.coach_store_path, backups=self.backups_path, now=self.utc_now()
            )
            self._finish_forgetting(self._coach_store, COACH_FORGET_PENDING)
        return self._coach_store

    def _finish_forgetting(self, store: Store, key: str) -> None:
        """A delete that could not empty the WAL (another herstel held it) left a note in the
        settings file: empty it now, and drop the note once that worked."""
        settings = read_settings(self.home)
        if key in settings and store.forget_deleted(attempts=3):
            del settings[key]
            write_settings(self.home, settings)

    def forget_later(self, key: str = FORGET_PENDING) -> None:
        write_settings(self.home, {**read_settings(self.home), key: "yes"})

    def close(self) -> None:
        for store in (self._store, self._coach_store):
            if store is not None:
                store.close()
        self._store = self._coach_store = None

    def today(self) -> date:
        """The client's local date: the truth for days."""
        return self.clock.today

    def now(self) -> datetime:
        """The client's local wall-clock time (naive), where an entry defaults to "now"."""
        return self.clock.now

    def utc_now(self) -> datetime:
        """A record's timestamp (aware, UTC): one per action, handed to the application."""
        return self.clock.utc_now()


_current: Runtime | None = None


def set_runtime(runtime: Runtime | None) -> None:
    global _current  # noqa: PLW0603 - one runtime per run
    _current = runtime


def runtime() -> Runtime:
    if _current is None:
        raise RuntimeError("herstel.cli.run() sets the runtime")
    return _current
