"""What one run of herstel knows: its home, its language, its store (opened on first use)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from herstel.store.home import (
    BACKUPS_NAME,
    COACH_STORE_NAME,
    SETTINGS_NAME,
    STORE_NAME,
    ensure_home,
)

if TYPE_CHECKING:
    from herstel.store.db import Store


@dataclass
class Runtime:
    home: Path
    _store: Store | None = field(default=None, repr=False)

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

    def store(self) -> Store:
        """The client's store, created or migrated on first use in this run."""
        if self._store is None:
            from herstel.store.db import open_store

            ensure_home(self.home)
            self._store = open_store(self.store_path, backups=self.backups_path)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @staticmethod
    def today() -> date:
        """The client's local date: the truth for days."""
        return date.today()


_current: Runtime | None = None


def set_runtime(runtime: Runtime | None) -> None:
    global _current  # noqa: PLW0603 - one runtime per run
    _current = runtime


def runtime() -> Runtime:
    if _current is None:
        raise RuntimeError("herstel.cli.run() sets the runtime")
    return _current
