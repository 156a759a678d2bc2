"""The one error type herstel raises on purpose: a message key, its parameters, an exit code;
and what a failure from below (SQLite, the file system) says the person can act on."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# An error repeats at most this many characters of a typed value: a 100,000-character `--energy`
# is shown by its first characters and "…", not echoed whole.
VALUE_SHOWN = 40
# Parameters that are not typed values and are shown whole: a path the person needs to find,
# a place in a file (already short), lists herstel made to choose from, a line to add by hand.
SHOWN_WHOLE = frozenset(
    {"path", "folder", "home", "where", "candidates", "choices", "keys", "flags", "editor", "line"}
)


def shortened(value: str) -> str:
    """`value` as an error quotes it: at most VALUE_SHOWN characters."""
    return value if len(value) <= VALUE_SHOWN else value[: VALUE_SHOWN - 1] + "…"


class HerstelError(Exception):
    """Something could not be done. The message is a catalog key, translated when shown.

    Parameters must never carry journal text: they end up in error messages. A text parameter
    is a typed value, shortened to VALUE_SHOWN characters, unless it is named in SHOWN_WHOLE.
    """

    exit_code = EXIT_FAILED

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        """The message in the current language; a day among the parameters (a `date`) is
        written as people read it ("Mon 4 Jan 2027"), a typed value at most VALUE_SHOWN long."""
        from herstel.i18n import t

        return t(self.key, **{name: _shown(name, value) for name, value in self.params.items()})


def _shown(name: str, value: Any) -> Any:
    from datetime import date, datetime

    if isinstance(value, date) and not isinstance(value, datetime):
        from herstel.i18n import format_day_short

        return format_day_short(value)
    if isinstance(value, str) and name not in SHOWN_WHOLE:
        return shortened(value)
    return value


class UsageError(HerstelError):
    """The command line itself was wrong: exit 2."""

    exit_code = EXIT_USAGE


class OutputClosed(Exception):
    """The reader of our output went away (`herstel log | head`). Not an OSError, so that
    Typer does not turn it into exit 1 on the way out."""


# --- what a failure from below says -----------------------------------------------------------
#
# Every write is one transaction (or one file written through a temp file and renamed): when
# one of these stops it, nothing was changed, and the message can say so.

BUSY = "error.busy"  # another herstel holds the store's write lock past the busy timeout
DISK_FULL = "error.disk_full"
READ_ONLY = "error.read_only"  # {path}: the folder that cannot be written
NOT_ALLOWED = "error.not_allowed"  # {path}: what herstel has no permission for

# SQLite's primary result codes: the low byte of an extended code (SQLITE_IOERR_SHMSIZE, 4874,
# is SQLITE_IOERR, 10, with 19 << 8).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL = 5, 6, 13
# SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN: SQLite does not say why (it reports a full
# disk while growing its shared-memory file as SQLITE_IOERR_SHMSIZE): the folder tells.
_SQLITE_ASK_THE_FOLDER = frozenset({8, 10, 14})
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_NOT_ALLOWED_ERRNOS = frozenset({errno.EACCES, errno.EPERM})
# Bytes: with less room than this left, an I/O error is the disk being full. A check-in needs a
# few pages of WAL and a 32 KiB shared-memory file.
ROOM_NEEDED = 1024 * 1024


def cause_of(problem: BaseException, *, folder: Path | None = None) -> HerstelError | None:
    """What the person can act on behind `problem`: another herstel writing, a full disk, a
    read-only folder, or one herstel may not use; None when it is none of these (or unknown).

    `problem` may be sqlite3's error (with its `sqlite_errorcode`), SQLAlchemy's wrapping of it
    (`.orig`), an OSError, or anything raised while handling one of them. `folder` is where the
    store lives, asked when SQLite's code leaves the cause open."""
    for link in _chain(problem):
        found = _cause_of_one(link, folder)
        if found is not None:
            return found
    return None


def cause_behind(problem: HerstelError, *, folder: Path | None = None) -> HerstelError | None:
    """For an error herstel raised while handling a full disk or a read-only folder ("Couldn't
    write x", "Can't read the store"): that cause, which tells the person what to do. Busy and
    permissions are left to the message raised (a restore says itself who has the store open;
    a file that may not be read is not a folder that may not be written)."""
    if problem.__context__ is None:
        return None
    found = cause_of(problem.__context__, folder=folder)
    return found if found is not None and found.key in (DISK_FULL, READ_ONLY) else None


def _chain(problem: BaseException) -> list[BaseException]:
    """`problem`, what SQLAlchemy wrapped in it, and what it was raised from or while handling."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [problem]
    while todo and len(seen) < 8:
        link = todo.pop(0)
        if link is None or any(link is other for other in seen):
            continue
        seen.append(link)
        orig = getattr(link, "orig", None)
        todo += [
            orig if isinstance(orig, BaseException) else None,
            link.__cause__,
            link.__context__,
        ]
    return seen


def _cause_of_one(problem: BaseException, folder: Path | None) -> HerstelError | None:
    code = getattr(problem, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return HerstelError(BUSY)
        if primary == _SQLITE_FULL:
            return HerstelError(DISK_FULL)
        if primary in _SQLITE_ASK_THE_FOLDER and folder is not None:
            return _folder_cause(folder)
        return None
    if isinstance(problem, OSError):
        if problem.errno in _FULL_ERRNOS:
            return HerstelError(DISK_FULL)
        filename = problem.filename
        named = (
            Path(os.fsdecode(filename)) if filename and isinstance(filename, str | bytes) else None
        )
        if problem.errno == errno.EROFS:
            where = named.parent if named is not None else folder
            return HerstelError(READ_ONLY, path=str(where)) if where is not None else None
        if problem.errno in _NOT_ALLOWED_ERRNOS and named is not None:
            return HerstelError(NOT_ALLOWED, path=str(named))
    return None


def _folder_cause(folder: Path) -> HerstelError | None:
    """Why nothing can be written in `folder` (or the nearest folder above it that exists)."""
    place = folder
    while not place.is_dir() and place != place.parent:
        place = place.parent
    try:
        facts = os.statvfs(place)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return None
    if facts.f_flag & os.ST_RDONLY:
        return HerstelError(READ_ONLY, path=str(place))
    if facts.f_bavail * facts.f_frsize < ROOM_NEEDED:
        return HerstelError(DISK_FULL)
    if not os.access(place, os.W_OK | os.X_OK):
        return HerstelError(NOT_ALLOWED, path=str(place))
    return None
