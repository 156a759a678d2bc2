"""Copies of the store: a backup made while another herstel may be writing, and a restore that
puts a checked copy in place of the store's content, keeping the store as it was aside first.

A restore never swaps files. It writes the copy into the live store with SQLite's backup API,
which holds the store's own write lock from its first page to its commit; the store as it was
is copied aside while that lock is held. Another herstel's write therefore either committed
before (and is in the copy kept aside) or waits its turn (busy_timeout) and lands in the
restored store. Readers keep their snapshot meanwhile; a SIGKILL at any moment leaves the old
or the restored content, never a mix (the commit is SQLite's, through the WAL).

Only the standard library's sqlite3 is needed here.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from herstel.errors import BUSY, HerstelError
from herstel.store.db import (
    BUSY_TIMEOUT_MS,
    connect,
    inspect_store,
    migrate,
    read_quietly,
    readonly_uri,
)

# Primary result codes of a damaged file.
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# The setting a backup carries the client's key in (the copy only: the store never holds it).
IDENTITY_SETTING = "client-identity"


def copy_store(source: Path, target: Path, *, identity: str | None = None) -> None:
    """A consistent copy of the store at `source` as `target` (0600, through a temp file renamed
    into place). SQLite's backup API reads one snapshot, so another herstel may go on writing.
    The copy stands alone: its journal is a rollback journal, not a WAL beside it.

    The copy passes `PRAGMA integrity_check` before it is renamed into place. If it does not,
    nothing is left at `target`: HerstelError "backup.damaged" when the store itself is
    damaged (the backup API copies a damaged page as it is), "backup.failed" when only the
    copy is.

    With `identity` (the text of the client's key file), the copy carries it too, so that a
    restore on another computer brings the key along."""
    _copy(
        readonly_uri(source), target, scratch=target.parent, check=True, name=target,
        identity=identity,
    )  # fmt: skip


def _copy(
    uri: str, target: Path, *, scratch: Path, check: bool, name: Path, identity: str | None = None
) -> None:
    """The store behind `uri` copied as `target`, through a temp file in `scratch` (on the
    same file system). `name` is what an error names."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=scratch)
    os.close(fd)
    os.chmod(temp, 0o600)
    try:
        src = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(temp, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                if identity is not None:
                    dst.execute(
                        'INSERT OR REPLACE INTO setting ("key", value, updated_at)'
                        " VALUES (?, ?, ?)",
                        (IDENTITY_SETTING, identity, datetime.now(UTC).isoformat()),
                    )
                if check and not _sound(dst):
                    raise HerstelError(
                        "backup.damaged" if not _sound(src) else "backup.failed", path=str(name)
                    )
            except sqlite3.DatabaseError as error:
                # The backup API copies pages as they are: a copy too broken to be checked at
                # all is damage in the store. (A full disk or a lock is another error.)
                if check and error.sqlite_errorcode & 0xFF in _DAMAGED:
                    raise HerstelError("backup.damaged", path=str(name)) from None
                raise
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


def _sound(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


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


def kept_name(store: Path, backups: Path, now: datetime) -> Path:
    """Where the store as it was before a restore at `now` (aware) is kept: a name that sorts
    by time and is not taken yet."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"{store.stem}-before-restore-{stamp}{store.suffix}"
    number = 2
    while target.exists():
        target = backups / f"{store.stem}-before-restore-{stamp}-{number}{store.suffix}"
        number += 1
    return target


def restore(
    source: Path, *, store: Path, backups: Path, now: datetime
) -> tuple[Path | None, str | None]:
    """Put the content of `source` in place of the store's. The store as it was is copied into
    `backups` first, under the store's write lock (returned; None when there was no store),
    and the client's key a backup carries is taken out of the copy (returned; None: none).

    Refused, with the store untouched: `source` is no sound herstel store (missing, foreign,
    damaged, newer); the store itself is foreign or newer; another herstel holds the write lock
    longer than the busy timeout. `now` (aware) names the kept copy."""
    if not source.is_file():
        raise HerstelError("restore.missing", path=str(source))
    if not inspect_store(source).exists:  # foreign, unreadable and newer files are refused
        raise HerstelError("store.foreign", path=str(source))
    existed = inspect_store(store).exists  # a foreign or newer store is not overwritten
    with _staging(store) as folder:
        staging = folder / store.name
        # The copy is what gets restored: it, not `source`, is checked (and `source` is read
        # without leaving a -wal or -shm beside it).
        read_quietly(
            source, lambda uri: _copy(uri, staging, scratch=folder, check=False, name=source)
        )
        _check_sound(staging, source=source)
        created = not store.exists()
        if created:
            fd = os.open(store, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
        live = connect(store)
        try:
            _match_page_size(staging, live.execute("PRAGMA page_size").fetchone()[0])
            # Migrated in the staging folder (its backup of the old version stays in there):
            # the restored store has this herstel's schema from the moment it commits.
            migrate(staging, backups=folder / "backups", now=now)
            identity = _take_identity(staging)
            kept = _write_into(
                staging,
                live,
                keep=kept_name(store, backups, now) if existed else None,
                store=store,
                scratch=folder,
                name=source,
            )
            return kept, identity
        except BaseException:
            if created:  # an empty store of our own making is not left behind
                live.close()
                for suffix in ("", "-wal", "-shm"):
                    store.with_name(store.name + suffix).unlink(missing_ok=True)
            raise
        finally:
            live.close()


def _write_into(
    staging: Path,
    live: sqlite3.Connection,
    *,
    keep: Path | None,
    store: Path,
    scratch: Path,
    name: Path,
) -> Path | None:
    """Write the store at `staging` into `live` with the backup API, a page per step: after
    the first step the live store's write lock is held until the last one commits, and the
    store as it was is copied to `keep` right then."""
    source = sqlite3.connect(staging, isolation_level=None)
    try:
        # The lock is only known to be held after a first step that leaves pages to go.
        if source.execute("PRAGMA page_count").fetchone()[0] < 2:
            raise HerstelError("restore.damaged", path=str(name))
        kept: list[Path] = []
        steps = 0

        def progress(status: int, remaining: int, total: int) -> None:
            nonlocal steps
            if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                # Another herstel held the write lock all through the busy timeout.
                raise HerstelError(BUSY)
            steps += 1
            if steps == 1 and status == 0 and keep is not None:
                # Nobody else can commit now: a new read sees the last committed state.
                keep.parent.mkdir(mode=0o700, exist_ok=True)
                _copy(readonly_uri(store), keep, scratch=scratch, check=False, name=store)
                kept.append(keep)

        try:
            source.backup(live, pages=1, progress=progress)
        except BaseException:
            # The restore did not happen: no copy of the store "as it was before" is left.
            for copy in kept:
                copy.unlink(missing_ok=True)
            raise
    finally:
        source.close()
    return kept[0] if kept else None


def _take_identity(staging: Path) -> str | None:
    """The client's key a backup carries, taken out of the copy before it is restored."""
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        found = conn.execute(
            'SELECT value FROM setting WHERE "key" = ?', (IDENTITY_SETTING,)
        ).fetchone()
        if found is not None:
            conn.execute('DELETE FROM setting WHERE "key" = ?', (IDENTITY_SETTING,))
        return None if found is None else str(found[0])
    finally:
        conn.close()


def _check_sound(staging: Path, *, source: Path) -> None:
    """The copy about to be restored passes integrity_check and is a herstel store."""
    try:
        conn = sqlite3.connect(staging)
        try:
            sound = _sound(conn)
            conn.execute("SELECT count(*) FROM trajectory").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise HerstelError("restore.damaged", path=str(source)) from None
    if not sound:
        raise HerstelError("restore.damaged", path=str(source))


def _match_page_size(staging: Path, page_size: int) -> None:
    """The backup API cannot write into a store in WAL mode with another page size: the
    staging copy (still in rollback mode) is rebuilt with the store's."""
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        if conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size={int(page_size)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


STAGING_PREFIX = ".restore-"


@contextlib.contextmanager
def _staging(store: Path) -> Iterator[Path]:
    """A private folder beside the store for one restore's copies, removed afterwards.

    A restore that was killed leaves its folder behind: the next restore removes it. Each
    folder is flock'ed by the restore that uses it (the lock ends with its process), so that a
    restore running at the same moment is never mistaken for a killed one."""
    _remove_leftovers(store)
    while True:
        folder = Path(tempfile.mkdtemp(prefix=f".{store.name}{STAGING_PREFIX}", dir=store.parent))
        # Another restore may take it for a leftover before it is locked: then anew.
        try:
            fd = os.open(folder, os.O_RDONLY)
        except FileNotFoundError:
            continue
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(folder).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield folder
    finally:
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            os.close(fd)


def _remove_leftovers(store: Path) -> None:
    """Remove what killed restores left beside the store: staging folders nobody holds, and the
    staging file (and its journal) of an older herstel, which swapped files."""
    for path in store.parent.glob(f".{store.name}.restore*"):
        if not path.is_dir() or path.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # another restore is at work in it
            shutil.rmtree(path, ignore_errors=True)
        finally:
            os.close(fd)
