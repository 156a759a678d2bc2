"""Migrations: from blank, from the first schema kept as a fixture file, failures, newer stores."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import NOW_UTC, Invoke, rows, snapshot
from herstel.errors import HerstelError
from herstel.store import db
from herstel.store.migrations import APPLICATION_ID, MIGRATIONS, Migration

FIXTURE_V1 = Path(__file__).parent / "fixtures" / "store-v1.db"
FIXTURE_VERSION = 1
# A store as the check-in release left it: a trajectory and two check-ins (one private).
FIXTURE_V2 = Path(__file__).parent / "fixtures" / "store-v2.db"


def schema(path: Path) -> dict[str, object]:
    """Tables with their columns (name, type, not null, pk), foreign keys and indexes."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        result: dict[str, object] = {}
        for table in tables:
            columns = [(*r[1:4], r[5]) for r in conn.execute(f"PRAGMA table_info('{table}')")]
            keys = [(*r[2:5], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")]
            indexes = sorted(
                (r[1], r[2], r[3], [c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")])
                for r in conn.execute(f"PRAGMA index_list('{table}')")
            )
            result[table] = {"columns": columns, "foreign_keys": keys, "indexes": indexes}
        return result
    finally:
        conn.close()


def models_schema(tmp_path: Path) -> dict[str, object]:
    from sqlmodel import SQLModel, create_engine

    # Importing them registers the tables.
    from herstel.store import (  # noqa: F401
        coach_models,
        exercise_models,
        models,
        note_models,
        questionnaire_models,
        session_models,
        signal_models,
        work_models,
    )

    path = tmp_path / "models.db"
    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    return schema(path)


def test_blank_store_gets_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    assert db.migrate(path, backups=tmp_path / "backups", now=NOW_UTC) == len(MIGRATIONS)
    assert schema(path) == models_schema(tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new store


def test_first_schema_fixture_upgrades_with_data_intact(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    home.mkdir(mode=0o700)
    shutil.copy(FIXTURE_V1, home / "herstel.db")
    before = rows(home / "herstel.db", "SELECT * FROM trajectory")
    tombstones = rows(home / "herstel.db", "SELECT * FROM tombstone")
    result = cli("--lang", "en", "config", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"name": "Fixture Client"' in result.stdout
    # Version 7 adds the back-to-work columns, empty for every trajectory made before.
    assert rows(home / "herstel.db", "SELECT * FROM trajectory") == [
        (*t, None, None, None, None) for t in before
    ]
    # Tombstones gain `private` (version 5): false for every one made before.
    assert rows(home / "herstel.db", "SELECT * FROM tombstone") == [(*t, 0) for t in tombstones]
    assert schema(home / "herstel.db") == models_schema(tmp_path)
    assert rows(home / "herstel.db", "PRAGMA user_version") == [(len(MIGRATIONS),)]
    (backup,) = (home / "backups").iterdir()
    assert rows(backup, "PRAGMA user_version") == [(FIXTURE_VERSION,)]


def test_checkin_store_upgrades_to_the_structural_layer(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    home.mkdir(mode=0o700)
    shutil.copy(FIXTURE_V2, home / "herstel.db")
    checkins = rows(home / "herstel.db", "SELECT * FROM checkin ORDER BY day")
    result = cli("signal", "onrust", "--type", "emotion")
    assert result.exit_code == 0, result.stderr
    # Hours worked, what carried the day and work's givers and drainers (7) come in empty, and
    # so does what was taken from the day before (11).
    assert rows(home / "herstel.db", "SELECT * FROM checkin ORDER BY day") == [
        (*c, None, None, None, None, None) for c in checkins
    ]
    assert schema(home / "herstel.db") == models_schema(tmp_path)
    assert rows(home / "herstel.db", "PRAGMA user_version") == [(len(MIGRATIONS),)]
    entries = json.loads(cli("log", "--json").stdout)
    assert [(e["kind"], e["day"]) for e in entries][:2] == [
        ("checkin", "2026-10-01"),
        ("checkin", "2026-10-02"),
    ]
    assert entries[0]["note"] == "Fixture note" and entries[1]["private"] is True
    assert entries[2]["kind"] == "signal" and entries[2]["what"] == "onrust"
    (backup,) = (home / "backups").iterdir()
    assert rows(backup, "PRAGMA user_version") == [(2,)]


def _extra_migration(conn: sqlite3.Connection, now: datetime) -> None:
    conn.execute("CREATE TABLE later (id VARCHAR NOT NULL PRIMARY KEY)")


def test_pending_migration_copies_the_store_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    shutil.copy(FIXTURE_V1, path)
    backups = tmp_path / "backups"
    steps = [*MIGRATIONS, Migration("later", _extra_migration)]
    assert db.migrate(path, backups=backups, now=NOW_UTC, migrations=steps) == len(steps)
    copies = list(backups.iterdir())
    assert len(copies) == 1
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    assert rows(copies[0], "SELECT client_name FROM trajectory") == [("Fixture Client",)]
    assert rows(copies[0], "PRAGMA user_version") == [(FIXTURE_VERSION,)]
    assert rows(path, "SELECT count(*) FROM later") == [(0,)]
    assert rows(path, "SELECT client_name FROM trajectory") == [("Fixture Client",)]


def test_only_the_last_few_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    shutil.copy(FIXTURE_V1, path)
    for second in range(db.BACKUPS_KEPT + 2):  # each named by its moment, later each time
        db.backup(path, tmp_path / "backups", version=1, now=NOW_UTC + timedelta(seconds=second))
    assert len(list((tmp_path / "backups").iterdir())) == db.BACKUPS_KEPT


def _half_then_fail(conn: sqlite3.Connection, now: datetime) -> None:
    conn.execute("CREATE TABLE half_done (id INTEGER)")
    conn.execute("ALTER TABLE trajectory ADD COLUMN extra VARCHAR")
    conn.execute("INSERT INTO no_such_table VALUES (1)")  # fails halfway


def test_a_migration_failing_halfway_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    shutil.copy(FIXTURE_V1, path)
    before_schema = schema(path)
    steps = [*MIGRATIONS, Migration("breaks", _half_then_fail)]
    with pytest.raises(HerstelError) as caught:
        db.migrate(path, backups=tmp_path / "backups", now=NOW_UTC, migrations=steps)
    assert caught.value.key == "store.migration_failed"
    assert schema(path) == before_schema
    assert rows(path, "PRAGMA user_version") == [(FIXTURE_VERSION,)]
    assert rows(path, "SELECT client_name FROM trajectory") == [("Fixture Client",)]


def _rebuild_trajectory(conn: sqlite3.Connection, now: datetime) -> None:
    # SQLite's documented rebuild: new table, copy, drop, rename.
    ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'trajectory'").fetchone()[0]
    conn.execute(ddl.replace("CREATE TABLE trajectory", "CREATE TABLE trajectory_new", 1))
    conn.execute("INSERT INTO trajectory_new SELECT * FROM trajectory")
    conn.execute("DROP TABLE trajectory")
    conn.execute("ALTER TABLE trajectory_new RENAME TO trajectory")


def _rebuild_losing_rows(conn: sqlite3.Connection, now: datetime) -> None:
    ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'trajectory'").fetchone()[0]
    conn.execute(ddl.replace("CREATE TABLE trajectory", "CREATE TABLE trajectory_new", 1))
    conn.execute("DROP TABLE trajectory")
    conn.execute("ALTER TABLE trajectory_new RENAME TO trajectory")


def test_a_table_rebuild_keeps_child_rows(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    shutil.copy(FIXTURE_V1, path)
    steps = [*MIGRATIONS, Migration("rebuild", _rebuild_trajectory, rebuild=True)]
    db.migrate(path, backups=tmp_path / "backups", now=NOW_UTC, migrations=steps)
    # With foreign keys on, DROP TABLE would have cascaded into the tombstones.
    assert rows(path, "SELECT count(*) FROM tombstone") == [(1,)]


def test_a_rebuild_that_breaks_foreign_keys_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "herstel.db"
    shutil.copy(FIXTURE_V1, path)
    before = schema(path)
    steps = [*MIGRATIONS, Migration("bad rebuild", _rebuild_losing_rows, rebuild=True)]
    with pytest.raises(HerstelError):
        db.migrate(path, backups=tmp_path / "backups", now=NOW_UTC, migrations=steps)
    assert schema(path) == before
    assert rows(path, "SELECT count(*) FROM tombstone") == [(1,)]


def test_a_newer_store_is_refused_untouched(cli: Invoke, started: Path) -> None:
    conn = sqlite3.connect(started)
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    conn.close()
    before = snapshot(started)
    result = cli("config")
    assert result.exit_code == 1
    assert "newer herstel" in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(started) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,energy\nAnna,5\n", "isn't a herstel file"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "Can't read"),
    ],
)
def test_a_foreign_or_damaged_file_is_left_untouched(
    cli: Invoke, home: Path, content: bytes, message: str
) -> None:
    home.mkdir(mode=0o700)
    (home / "herstel.db").write_bytes(content)
    result = cli("init", "--name", "A", "--first-session", "2027-01-04")
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert (home / "herstel.db").read_bytes() == content
    assert sorted(p.name for p in home.iterdir()) == ["herstel.db"]


def test_another_programs_sqlite_file_is_left_untouched(cli: Invoke, home: Path) -> None:
    home.mkdir(mode=0o700)
    conn = sqlite3.connect(home / "herstel.db")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(home / "herstel.db")
    result = cli("config")
    assert result.exit_code == 1
    assert "isn't a herstel file" in result.stderr
    assert snapshot(home / "herstel.db") == before
