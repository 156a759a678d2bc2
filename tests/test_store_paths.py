"""The store's two ways, sqlite3 for the daily commands and the ORM for the rest: the same
pragmas, the same one-transaction writes, and rows that read back alike either way."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import NOW_UTC
from herstel.core.trajectory import TrajectoryPlan
from herstel.store import queries, rows
from herstel.store.db import Store, open_store
from herstel.store.models import Trajectory


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    yield opened
    opened.close()


def test_the_sqlite3_way_has_the_pragmas(store: Store) -> None:
    with store.read() as conn:
        values = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
        values["secure_delete"] = conn.execute("PRAGMA secure_delete").fetchone()[0]
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
        "secure_delete": 1,
    }


def test_a_sqlite3_write_takes_the_lock_up_front(store: Store) -> None:
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_failing_sqlite3_write_leaves_nothing_behind(store: Store) -> None:
    class Refused(Exception):
        pass

    now = rows.utc_text(datetime.now(UTC))
    with pytest.raises(Refused), store.write() as conn:
        conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('x', 'y', ?)", (now,))
        raise Refused
    with store.read() as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone()[0] == 0
    # The connection is usable again: the failed transaction was rolled back, not left open.
    with store.write() as conn:
        conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('x', 'y', ?)", (now,))
    with store.reading() as session:
        assert queries.get_setting(session=session, key="x") == "y"


def test_the_engine_is_made_only_for_an_orm_session(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    try:
        with opened.read() as conn:
            conn.execute("SELECT 1")
        assert opened._engine is None
        with opened.reading():
            pass
        assert opened._engine is not None
    finally:
        opened.close()


PLAN = TrajectoryPlan(
    client_name="Anna",
    coach_name="Marieke",
    first_session_on=date(2027, 1, 4),
    first_session_time=None,
    phase1_sessions=5,
    phase2_weeks=3,
    focus="unknown",
    language="en",
)


def test_a_trajectory_written_by_the_orm_reads_back_alike_through_sqlite3(store: Store) -> None:
    now = datetime(2026, 12, 3, 19, 0, 0, 123456, tzinfo=UTC)
    with store.writing() as session:
        written: Trajectory = queries.add_trajectory(session=session, plan=PLAN, now=now)
    with store.read() as conn:
        read = rows.active_trajectory(conn=conn)
    assert read is not None
    for name in rows.TrajectoryRow.__dataclass_fields__:
        assert getattr(read, name) == getattr(written, name), name


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=5))]
        ),
    )
)
def test_timestamps_are_written_as_the_orm_writes_them(moment: datetime) -> None:
    from herstel.store.models import UTCDateTime

    orm = UTCDateTime().process_bind_param(moment, None)
    assert rows.utc_text(moment) == orm
    assert rows.read_utc(rows.utc_text(moment)) == moment


@given(st.one_of(st.none(), st.lists(st.text(min_size=1, max_size=20), max_size=5)))
def test_lists_are_written_as_the_orm_writes_them(values: list[str] | None) -> None:
    from sqlalchemy import JSON, create_engine

    engine = create_engine("sqlite://")
    processor = JSON().bind_processor(engine.dialect)
    assert processor is not None
    orm = None if values is None else processor(values)
    assert rows.json_list(values) == orm
    assert rows.read_list(rows.json_list(values)) == values
    engine.dispose()


def test_a_list_the_orm_emptied_reads_back_as_none() -> None:
    assert rows.read_list("null") is None
    assert rows.read_list(None) is None


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        rows.utc_text(datetime(2027, 1, 4, 12, 0))
