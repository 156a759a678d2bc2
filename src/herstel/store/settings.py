"""The small settings file that start-up reads before any query (the language).

The store holds the same values; the file is a fast copy, so a missing or damaged file is
simply ignored. Whatever is in the home under its name (a folder, a pipe, a link to a device,
JSON nested a million deep, a file no one may read) never stops a command: only a regular file
is opened, without waiting, and only its first SETTINGS_MAX bytes are read. `load_settings`
also says whether the file was there and could not be used, for `herstel.cli.run` to note
once; `read_settings` just gives the values.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import NamedTuple

from herstel.store.home import SETTINGS_NAME, read_regular, write_private

SETTINGS_MAX = 64 * 1024  # bytes: the file holds a few short values
# The keys herstel writes there, each a text: the language, and the erasures still to finish
# (herstel.cli.runtime's FORGET_PENDING and COACH_FORGET_PENDING).
KNOWN_KEYS = frozenset({"language", "forget_pending", "coach_forget_pending"})


class Settings(NamedTuple):
    values: dict[str, str]
    damaged: bool  # there, and not a JSON object whose known values are texts
    path: Path


def load_settings(home: Path) -> Settings:
    """The settings file's values ({} without one), and whether it was there but unusable."""
    path = home / SETTINGS_NAME
    raw = _read(path)
    if raw is None:
        return Settings({}, damaged=False, path=path)
    try:
        data = json.loads(raw) if len(raw) <= SETTINGS_MAX else None
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested far too deep
        data = None
    if not isinstance(data, dict):
        return Settings({}, damaged=True, path=path)
    values = {str(k): v for k, v in data.items() if isinstance(v, str)}
    # Damaged when a value herstel writes is not what it writes; a key it does not know (from
    # a newer herstel, perhaps) is passed by without a word.
    known = [key for key in data if key in KNOWN_KEYS]
    return Settings(values, damaged=any(key not in values for key in known), path=path)


def read_settings(home: Path) -> dict[str, str]:
    return load_settings(home).values


def _read(path: Path) -> bytes | None:
    """The file's first bytes; None when there is none; b"" (no JSON) for what is there but
    cannot be read as a file (a folder, a pipe, a device, a file no one may read)."""
    try:
        return read_regular(path, limit=SETTINGS_MAX)
    except (FileNotFoundError, NotADirectoryError):  # no file, or no home folder yet
        return None
    except OSError:
        return b""


def write_settings(home: Path, settings: dict[str, str]) -> None:
    """The file anew (over a damaged one too). A folder in its place is left alone: the store
    holds the values, and each run notes that the file cannot be read."""
    data = json.dumps(settings, indent=2, sort_keys=True).encode() + b"\n"
    with contextlib.suppress(IsADirectoryError):
        write_private(home / SETTINGS_NAME, data)
