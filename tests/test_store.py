"""The store's connection settings and its one-transaction writes, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import NOW_UTC
from herstel.store import queries
from herstel.store.db import Store, inspect_store, open_store, read_quietly
from herstel.store.models import Setting


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    yield opened  # type: ignore[misc]
    opened.close()


def test_every_connection_has_the_pragmas(store: Store) -> None:
    with store.reading() as session:
        values = {
            name: session.exec(text(f"PRAGMA {name}")).one()[0]  # type: ignore[call-overload]
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "secure_delete",
            )
        }
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
        "secure_delete": 1,
    }


def test_a_write_takes_the_lock_before_its_first_statement(store: Store) -> None:
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.writing() as session:
            session.exec(text("SELECT 1"))  # type: ignore[call-overload]
            # BEGIN IMMEDIATE already holds the write lock: another writer must wait.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_failing_write_leaves_nothing_behind(store: Store) -> None:
    now = datetime.now(UTC)
    with pytest.raises(RuntimeError), store.writing() as session:
        queries.put_setting(session=session, key="language", value="nl", now=now)
        session.flush()
        raise RuntimeError
    with store.reading() as session:
        assert queries.get_setting(session=session, key="language") is None


def test_timestamps_are_stored_in_utc_and_read_back_aware(store: Store) -> None:
    amsterdam = timezone(timedelta(hours=1))
    moment = datetime(2027, 1, 4, 14, 30, tzinfo=amsterdam)
    with store.writing() as session:
        queries.put_setting(session=session, key="language", value="nl", now=moment)
    raw = sqlite3.connect(store.path).execute("SELECT updated_at FROM setting").fetchone()[0]
    assert raw == "2027-01-04T13:30:00.000000+00:00"
    with store.reading() as session:
        stored = session.get(Setting, "language")
        assert stored is not None
        assert stored.updated_at == moment
        assert stored.updated_at.utcoffset() == timedelta(0)


def test_naive_timestamps_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive"), store.writing() as session:
        queries.put_setting(session=session, key="k", value="v", now=datetime(2027, 1, 4))
        session.flush()


def test_inspecting_a_closed_store_leaves_nothing_beside_it(store: Store, tmp_path: Path) -> None:
    store.close()
    assert rows_of(store.path, "PRAGMA journal_mode") == [("wal",)]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert inspect_store(store.path).exists
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no -wal, no -shm


def test_inspecting_a_store_in_use_reads_through_its_wal(store: Store) -> None:
    # Another herstel has it open, with a commit still in its WAL only.
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("PRAGMA wal_autocheckpoint=0")
        other.execute("CREATE TABLE later (x)")
        uris: list[str] = []

        def identity(uri: str) -> int:
            uris.append(uri)
            conn = sqlite3.connect(uri, uri=True)
            try:
                return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            finally:
                conn.close()

        tables = rows_of(store.path, "SELECT count(*) FROM sqlite_master")[0][0]
        assert read_quietly(store.path, identity) == tables
        assert ["immutable=1" in uri for uri in uris] == [False]
    finally:
        other.close()


def test_a_store_changed_while_read_quietly_is_read_again(store: Store) -> None:
    store.close()
    uris: list[str] = []

    def identity(uri: str) -> int:
        uris.append(uri)
        if len(uris) == 1:
            # Another herstel opens it, writes and checkpoints while this read goes on.
            other = sqlite3.connect(store.path, isolation_level=None)
            other.execute("CREATE TABLE meanwhile (x)")
            other.close()
            raise sqlite3.DatabaseError("database disk image is malformed")
        conn = sqlite3.connect(uri, uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()

    tables = read_quietly(store.path, identity)
    assert ["immutable=1" in uri for uri in uris] == [True, False]
    assert tables == rows_of(store.path, "SELECT count(*) FROM sqlite_master")[0][0]


def rows_of(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
