"""Opening a store: recognise it, migrate it, and hand out sessions that write in one
`BEGIN IMMEDIATE` transaction.

Nothing here writes to a file it does not recognise: a foreign file, a damaged store or a store
from a newer herstel is refused before any pragma that could change it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from herstel.errors import HerstelError, cause_of
from herstel.store.migrations import APPLICATION_ID, MIGRATIONS, Migration

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
BACKUPS_KEPT = 3

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
)


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for `path`; `#`, `%` and `?` in the name are escaped."""
    return f"{path.absolute().as_uri()}?mode=ro"


def read_quietly(path: Path, read: Callable[[str], T]) -> T:
    """`read(uri)` on the SQLite file at `path`, read-only and leaving no file beside it.

    A read-only connection to a file in WAL mode creates an empty `-wal` and a `-shm` that it
    cannot remove again, even beside a store that is then refused. With no `-wal` (nor a
    rollback `-journal`) beside the file, no connection has it open (the last one to close
    removes the WAL) and every committed page is in the file itself: then it is read as an
    immutable file, which creates nothing. That read takes no lock: when the file or its
    companions changed meanwhile (another herstel opened it and checkpointed), it is read
    again the usual way, through that herstel's WAL, whose files are its own."""
    before = _quiet(path)
    if before is not None:
        try:
            result = read(f"{readonly_uri(path)}&immutable=1")
        except sqlite3.DatabaseError:
            if _quiet(path) == before:
                raise
        else:
            if _quiet(path) == before:
                return result
    return read(readonly_uri(path))


def _quiet(path: Path) -> tuple[int, int, int, int] | None:
    """The identity and last change of the file at `path` when no connection has it open (no
    `-wal` or `-journal` beside it); None when one may have."""
    if any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal")):
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _identity(uri: str) -> tuple[int, int, int]:
    """application_id, user_version and the number of schema objects of the file at `uri`."""
    conn = sqlite3.connect(uri, uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()
    return app_id, version, tables


def schema_version() -> int:
    """The version this herstel writes: the number of migrations it knows."""
    return len(MIGRATIONS)


@dataclass(frozen=True)
class StoreState:
    exists: bool
    version: int


def inspect_store(path: Path) -> StoreState:
    """Recognise `path` without changing it: missing/empty, or herstel's at some version.

    Raises HerstelError for a foreign, unreadable or newer file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return StoreState(exists=False, version=0)
    except OSError:
        raise HerstelError("store.unreadable", path=str(path)) from None
    if not header:
        return StoreState(exists=False, version=0)
    if not header.startswith(SQLITE_MAGIC):
        raise HerstelError("store.foreign", path=str(path))
    try:
        app_id, version, tables = read_quietly(path, _identity)
    except sqlite3.DatabaseError:
        raise HerstelError("store.unreadable", path=str(path)) from None
    if app_id == 0 and version == 0 and tables == 0:
        return StoreState(exists=False, version=0)  # created, never migrated
    if app_id != APPLICATION_ID:
        raise HerstelError("store.foreign", path=str(path))
    if version > schema_version():
        raise HerstelError("store.newer", path=str(path))
    return StoreState(exists=True, version=version)


def has_trajectory(path: Path) -> bool:
    """Whether the store at `path` has an active trajectory, read without the database stack
    (so that a question can be on screen before SQLAlchemy has loaded)."""
    if not inspect_store(path).exists:
        return False
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        found = conn.execute("SELECT 1 FROM trajectory WHERE active LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return found is not None


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with herstel's pragmas, in autocommit mode (transactions are explicit)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


def backup(path: Path, backups: Path, *, version: int, now: datetime) -> Path:
    """Copy the store aside with SQLite's backup API (0600); keep the last few copies."""
    backups.mkdir(mode=0o700, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    # Zero-padded, so that names sort by version and time (v0010 after v0009).
    target = backups / f"{path.stem}-v{version:04d}-{stamp}{path.suffix}"
    _create_private(target)
    source = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    for old in backup_copies(path, backups)[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def backup_copies(path: Path, backups: Path) -> list[Path]:
    """The copies `backup` made of the store at `path`, oldest first."""
    return sorted(backups.glob(f"{path.stem}-v*{path.suffix}")) if backups.is_dir() else []


def migrate(
    path: Path, *, backups: Path, now: datetime, migrations: list[Migration] | None = None
) -> int:
    """Bring the store at `path` to the newest schema; returns the version it now has."""
    return _migrate(path, backups=backups, now=now, migrations=migrations)[1]


def _migrate(
    path: Path, *, backups: Path, now: datetime, migrations: list[Migration] | None = None
) -> tuple[int, int]:
    """Bring the store at `path` to the newest schema; returns the version it had (0: new)
    and the version it now has.

    All pending migrations and the version bump run in one BEGIN IMMEDIATE transaction, after
    the store has been copied aside. A failure leaves schema and version as they were.
    """
    steps = MIGRATIONS if migrations is None else migrations
    state = inspect_store(path)
    if state.exists and state.version == len(steps):
        return state.version, state.version
    if not state.exists:
        _create_private(path)
    elif state.version > 0:
        backup(path, backups, version=state.version, now=now)
    conn = connect(path)
    try:
        pending_rebuild = any(m.rebuild for m in steps[state.version :])
        if pending_rebuild:
            conn.execute("PRAGMA foreign_keys=OFF")  # has no effect inside a transaction
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for migration in steps[version:]:
                migration.apply(conn, now)
            if pending_rebuild and conn.execute("PRAGMA foreign_key_check").fetchall():
                raise HerstelError("store.migration_failed", path=str(path))
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={len(steps)}")
            conn.execute("COMMIT")
        except BaseException as error:
            conn.execute("ROLLBACK")
            if isinstance(error, HerstelError):
                raise
            if isinstance(error, sqlite3.Error):
                failed = HerstelError("store.migration_failed", path=str(path))
                raise (cause_of(error, folder=path.parent) or failed) from None
            raise
    finally:
        conn.close()
    return state.version, len(steps)


class Store:
    """An open store, reached two ways, each one transaction per block:

    - `read()` / `write()`: the standard library's sqlite3, for the daily commands, whose
      start-up cannot carry SQLAlchemy's import. Rows come back as `sqlite3.Row`.
    - `reading()` / `writing()`: a SQLModel session, for the rest (the engine is made, and
      SQLAlchemy imported, only when one of these is first used).

    `write()` and `writing()` begin with BEGIN IMMEDIATE: a writer takes the lock up front and
    waits its turn, rather than failing halfway under contention."""

    def __init__(self, path: Path, engine: Engine | None = None, *, migrated_from: int = 0) -> None:
        self.path = path
        # The schema version the store had when this run opened it (0: made now); the same as
        # the newest when it needed no migration. A step on the home that comes with a
        # migration (the client's key, with version 8) looks at it.
        self.migrated_from = migrated_from
        self._engine = engine
        self._conn: sqlite3.Connection | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _make_engine(self.path)
        return self._engine

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.path)
            self._conn.row_factory = sqlite3.Row
        return self._conn

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on sqlite3: what it reads is one consistent state."""
        with self._transaction("BEGIN") as conn:
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One BEGIN IMMEDIATE transaction on sqlite3: committed when the block ends, else
        rolled back."""
        with self._transaction("BEGIN IMMEDIATE") as conn:
            yield conn

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        conn.execute(begin)
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may have rolled back already (a failed COMMIT, a full disk): then a second
            # ROLLBACK would hide the first error.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One BEGIN IMMEDIATE transaction: committed when the block ends, else rolled back."""
        from sqlmodel import Session

        engine = self.engine.execution_options(herstel_write=True)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def connected(self, *, write: bool = False) -> Iterator[Connection]:
        """One transaction on a SQLAlchemy Core connection (BEGIN IMMEDIATE when `write`), for
        the ORM-less paths that write through Core: neither SQLModel nor SQLAlchemy's ORM is
        loaded (about a sixth of `coach import`, benchmarks/exchange.py)."""
        engine = self.engine.execution_options(herstel_write=True) if write else self.engine
        with engine.begin() as conn:
            yield conn

    def forget_deleted(self, attempts: int = 20) -> bool:
        """Move the WAL into the store and truncate it, so that deleted text (zeroed in the store
        by secure_delete) is gone from the WAL's bytes too: PASSIVE, FULL and RESTART leave it
        there. A reader in another process can hold the WAL for a moment: tried a few times.
        True when the WAL was emptied."""
        import time

        # A short busy timeout per try: a reader holding the WAL must not make us wait long.
        conn = sqlite3.connect(self.path, timeout=0.1, isolation_level=None)
        try:
            for _ in range(attempts):
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    return True
                time.sleep(0.05)
            return False
        except sqlite3.Error:
            # After the write has committed (a full disk can refuse the checkpoint): the
            # write stands, and the next checkpoint empties the WAL.
            return False
        finally:
            conn.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._engine is not None:
            self._engine.dispose()


def sqlite_of(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection, in its transaction: for the store
    functions written for `Store.read()`, without loading the table models."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)  # noqa: S101 - herstel's engines are sqlite3's
    return raw


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        f"sqlite:///{path}",
        hide_parameters=True,
        poolclass=NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is off; we issue BEGIN ourselves (below).
        dbapi_connection.isolation_level = None
        for pragma in PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A deferred BEGIN that reads and then writes fails with "database is locked" under
        # contention; a write takes the lock up front and waits its turn instead.
        write = conn.get_execution_options().get("herstel_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def open_store(path: Path, *, backups: Path, now: datetime) -> Store:
    """Open (creating or migrating as needed) the store at `path`."""
    before, _ = _migrate(path, backups=backups, now=now)
    return Store(path, migrated_from=before)
