"""Files a command writes where the person asks (a calendar, a summary to print): 0600, through
a temp file renamed into place, and never over a file that herstel did not write. Files it reads
where the person points (an export): only regular files, up to a cap. And the passphrase such a
file is encrypted with."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from herstel.errors import HerstelError, UsageError
from herstel.i18n import t
from herstel.store.home import NotAFile, read_regular, write_private
from herstel.ui import console, prompts
from herstel.ui.page import PEEK

MAX_READ = 50 * 1024 * 1024  # bytes: an export of ten years of daily entries is a few MB


def write_user_file(
    target: str, data: bytes, *, ours: Callable[[bytes], bool]
) -> tuple[Path, bool]:
    """Write `data` to `target`; returns the path and whether a file was replaced. An existing
    file is replaced only when `ours` says herstel wrote it (e.g. last week's summary); anything
    else there is left alone. `ours` is given the file's first PEEK bytes, where herstel puts
    its mark, or all of an age file (up to MAX_READ): only decrypting it tells whose it is.
    Only a regular file is ever read: a pipe or a device by that name is refused unread."""
    if not target.strip():
        raise UsageError("file.no_name")
    path = Path(target).expanduser()
    if path.is_dir():
        raise HerstelError("file.is_folder", path=str(path))
    if not path.parent.is_dir():
        raise HerstelError("backup.no_folder", path=str(path.parent))
    replaced = path.exists()
    if replaced:
        try:
            existing = _existing(path)
        except NotAFile:
            raise HerstelError("file.not_a_file_out", path=str(path)) from None
        except OSError:
            raise HerstelError("file.unwritable", path=str(path)) from None
        if not ours(existing):
            raise HerstelError("file.not_ours", path=str(path))
    try:
        write_private(path, data)
    except OSError:
        raise HerstelError("file.unwritable", path=str(path)) from None
    return path, replaced


def write_or_print(target: str, data: bytes, *, ours: Callable[[bytes], bool], said: str) -> None:
    """`data` to `target` as `write_user_file` writes it, then the message `said` (with the
    path); "-" is standard output."""
    if target == "-":
        console.write_bytes(data)
        return
    path, _ = write_user_file(target, data, ours=ours)
    console.say(t(said, path=str(path)))


def _existing(path: Path) -> bytes:
    """What `ours` is shown of a file that is there (see write_user_file)."""
    from herstel.exchange.crypto import is_encrypted  # not on the way of `herstel plan`

    head = read_regular(path, limit=PEEK)[:PEEK]
    if not is_encrypted(head):
        return head
    whole = read_regular(path, limit=MAX_READ)
    return whole if len(whole) <= MAX_READ else b""  # larger than any export: not one of ours


def starts_with(mark: bytes) -> Callable[[bytes], bool]:
    """For files herstel marks at their start (a calendar, a summary)."""
    return lambda existing: mark in existing[:PEEK]


def read_user_file(source: str, *, limit: int = MAX_READ) -> bytes:
    """The bytes of a file named on the command line, or of standard input for "-". Only a
    regular file is read (a pipe or a device by that name is refused without waiting on it),
    and never more than `limit`: a larger file is refused."""
    if not source.strip():
        raise UsageError("file.no_name_read")
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            data = read_regular(Path(source).expanduser(), limit=limit)
        except RuntimeError:  # "~someone" who is not a user here
            raise HerstelError("export.read.missing", path=source) from None
        except FileNotFoundError:
            raise HerstelError("export.read.missing", path=source) from None
        except IsADirectoryError:
            raise HerstelError("file.is_folder", path=source) from None
        except NotAFile:
            raise HerstelError("file.not_a_file", path=source) from None
        except OSError:
            raise HerstelError("export.read.unreadable", path=source) from None
    if len(data) > limit:
        raise HerstelError("file.too_big", limit=limit // (1024 * 1024))
    return data


PASSPHRASE_ENV = "HERSTEL_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret
PASSPHRASE_MIN = 8


def new_passphrase() -> str:
    """A passphrase to encrypt with: from HERSTEL_PASSPHRASE, or asked twice on a terminal.
    Health data deserves more than a word: 8 characters or more."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        if len(given) < PASSPHRASE_MIN:
            raise UsageError("export.passphrase_short", least=PASSPHRASE_MIN)
        return given
    if not prompts.can_ask_secret():
        raise UsageError("export.passphrase_missing")
    tries = 3  # typed differently, or too short: asked again, a few times
    for attempt in range(1, tries + 1):
        first = prompts.ask_secret(t("export.ask.passphrase"))
        if len(first) < PASSPHRASE_MIN:
            if attempt == tries:
                raise UsageError("export.passphrase_short", least=PASSPHRASE_MIN)
            console.note(t("export.passphrase_short", least=PASSPHRASE_MIN))
            continue
        if prompts.ask_secret(t("export.ask.passphrase_again")) == first:
            return first
        if attempt < tries:
            console.note(t("export.passphrase_again"))
    raise HerstelError("export.passphrase_differs")


def read_passphrase() -> str:
    """The passphrase a file was encrypted with: from HERSTEL_PASSPHRASE, or asked once."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not prompts.can_ask_secret():
        raise UsageError("export.read.passphrase_missing")
    return prompts.ask_secret(t("export.ask.passphrase"))
