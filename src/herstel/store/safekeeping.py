"""Copies of the store: a backup made while another herstel may be writing, and a restore that
puts a checked copy in place of the store, keeping the store as it was aside first.

Only the standard library's sqlite3 is needed here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from herstel.errors import HerstelError
from herstel.store.db import BUSY_TIMEOUT_MS, inspect_store, readonly_uri


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of the store at `source` as `target` (0600, through a temp file renamed
    into place). SQLite's backup API reads one snapshot, so another herstel may go on writing.
    The copy stands alone: its journal is a rollback journal, not a WAL beside it."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(temp, 0o600)
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(temp, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def backup_name(home: Path, now: datetime) -> Path:
    """herstel-backup-YYYY-MM-DD.db in the home (`now`: the local moment of the run); a second
    one that day gets the time as well."""
    target = home / f"herstel-backup-{now.date().isoformat()}.db"
    stamp = now.strftime("%H%M%S")
    number = 1
    while target.exists():
        suffix = stamp if number == 1 else f"{stamp}-{number}"
        target = home / f"herstel-backup-{now.date().isoformat()}-{suffix}.db"
        number += 1
    return target


def check_restorable(path: Path) -> int:
    """The version of the herstel store at `path`; HerstelError for anything else: a missing,
    foreign, damaged or newer file."""
    if not path.is_file():
        raise HerstelError("restore.missing", path=str(path))
    state = inspect_store(path)  # foreign, unreadable and newer files are refused here
    if not state.exists:
        raise HerstelError("store.foreign", path=str(path))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            conn.execute("SELECT count(*) FROM trajectory").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise HerstelError("restore.damaged", path=str(path)) from None
    if verdict != [("ok",)]:
        raise HerstelError("restore.damaged", path=str(path))
    return state.version


def restore(source: Path, *, store: Path, backups: Path) -> Path | None:
    """Put a copy of `source` in place of `store`. The store as it was is copied into `backups`
    first (returned; None when there was no store). Refused, with the store untouched, when
    `source` is no sound herstel store or another herstel holds the store open."""
    check_restorable(source)
    staging = store.with_name(f".{store.name}.restore")
    copy_store(source, staging)
    try:
        kept = None
        if inspect_store(store).exists:
            _close_wal(store)  # refused first when another herstel has it open
            backups.mkdir(mode=0o700, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            kept = backups / f"{store.stem}-before-restore-{stamp}{store.suffix}"
            copy_store(store, kept)
        os.replace(staging, store)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        raise
    return kept


def _close_wal(store: Path) -> None:
    """Fold the WAL into the store and leave WAL mode, so that no WAL of the old store is left to
    be read with the new one. Only possible when no other herstel has the store open."""
    conn = sqlite3.connect(store, isolation_level=None, timeout=1)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (mode,) = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError:
        raise HerstelError("restore.busy") from None
    finally:
        conn.close()
    if mode != "delete":
        raise HerstelError("restore.busy")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            store.with_name(store.name + suffix).unlink()
