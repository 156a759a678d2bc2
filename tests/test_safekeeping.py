"""`herstel backup` and `herstel restore` through the CLI: a concurrent writer, bad files."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import NOW, TODAY, Invoke, refused, rows, snapshot

FIXTURE_V2 = Path(__file__).parent / "fixtures" / "store-v2.db"


def integrity(path: Path) -> list[tuple[object, ...]]:
    return rows(path, "PRAGMA integrity_check")


def sound(path: Path) -> bool:
    try:
        return integrity(path) == [("ok",)]
    except sqlite3.DatabaseError:  # too broken to be checked at all
        return False


def energies(cli: Invoke) -> list[int]:
    return [e["energy"] for e in json.loads(cli("log", "--json", "--kind", "checkin").stdout)]


def test_backup_in_the_home_with_the_date(cli: Invoke, started: Path, home: Path) -> None:
    cli("checkin", "--energy", "5", "--note", "a note")
    result = cli("backup")
    assert result.exit_code == 0, result.stderr
    copy = home / f"herstel-backup-{TODAY.isoformat()}.db"
    assert result.stdout == f"Your journal is copied to {copy}.\nChecked: the copy is sound.\n"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert integrity(copy) == [("ok",)]
    assert rows(copy, "SELECT energy, note FROM checkin") == [(5, "a note")]
    assert not copy.with_name(copy.name + "-wal").exists()  # the copy stands alone
    second = cli("backup").stdout
    assert second != result.stdout and "herstel-backup-" in second  # the time is added


def test_backup_to_a_file_never_overwrites(cli: Invoke, started: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert cli("backup", str(target)).exit_code == 0
    before = target.read_bytes()
    cli("checkin", "--energy", "3")
    assert refused(cli("backup", str(target)), 1).startswith(f"{target} already exists")
    assert target.read_bytes() == before
    refused(cli("backup", str(tmp_path / "no" / "such" / "folder.db")), 1)


def test_nothing_to_back_up_in_an_empty_home(cli: Invoke, home: Path) -> None:
    assert refused(cli("backup"), 1) == "There is no journal here yet, so nothing to back up."
    assert not home.exists()


WRITER = """
import sys
from herstel.cli import run
for offset in range(1, 201):
    if run(["checkin", "--date", f"-{offset}d", "--energy", str(offset % 11)]) != 0:
        sys.exit(1)
"""


def test_backup_while_another_herstel_writes(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER], env=env)
    counts = []
    try:
        while rows(started, "SELECT count(*) FROM checkin") == [(0,)]:
            time.sleep(0.05)  # copies are taken while the writer is at work
        for number in range(8):
            target = tmp_path / f"copy-{number}.db"
            result = cli("backup", str(target))
            assert result.exit_code == 0, result.stderr
            assert integrity(target) == [("ok",)]
            counts.append(rows(target, "SELECT count(*) FROM checkin")[0][0])
    finally:
        assert writer.wait(timeout=120) == 0
    assert counts == sorted(counts)  # each copy is one moment of the store
    assert any(0 < count < 200 for count in counts)  # and some were taken mid-way
    final = tmp_path / "final.db"
    cli("backup", str(final))
    assert rows(final, "SELECT count(*) FROM checkin") == [(200,)]


def test_restore_puts_the_backup_back_and_keeps_the_journal_aside(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    cli("checkin", "--date", "yesterday", "--energy", "4")
    target = tmp_path / "copy.db"
    cli("backup", str(target))
    cli("checkin", "--energy", "7")
    assert energies(cli) == [4, 7]
    result = cli("restore", str(target))
    assert result.exit_code == 0, result.stderr
    assert energies(cli) == [4]
    (kept,) = (home / "backups").iterdir()
    assert result.stdout.splitlines() == [
        f"Your journal is restored from {target}.",
        f"Your journal as it was before is kept in {kept}.",
    ]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert rows(kept, "SELECT energy FROM checkin ORDER BY day") == [(4,), (7,)]
    assert cli("checkin", "--energy", "6").exit_code == 0  # the restored journal takes writes
    assert energies(cli) == [4, 6]
    assert rows(started, "PRAGMA journal_mode") == [("wal",)]


def test_an_older_backup_is_brought_up_to_date(cli: Invoke, started: Path, home: Path) -> None:
    before = FIXTURE_V2.read_bytes()
    result = cli("restore", str(FIXTURE_V2))
    assert result.exit_code == 0, result.stderr
    assert FIXTURE_V2.read_bytes() == before  # brought up to date in a copy
    (kept,) = (home / "backups").iterdir()  # and only the journal as it was is kept aside
    assert kept.name.startswith("herstel-before-restore-")
    assert rows(started, "PRAGMA user_version") == rows(kept, "PRAGMA user_version")
    entries = json.loads(cli("log", "--json").stdout)
    assert [e["note"] for e in entries] == ["Fixture note", None]
    assert cli("signal", "onrust", "--type", "emotion").exit_code == 0


def _text(bad: Path, store: Path) -> None:
    bad.write_text("just some text\n")


def _truncated(bad: Path, store: Path) -> None:
    bad.write_bytes(FIXTURE_V2.read_bytes()[:9000])


def _newer(bad: Path, store: Path) -> None:
    shutil.copy(store, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA user_version=99")
    conn.close()


def _other_program(bad: Path, store: Path) -> None:
    shutil.copy(store, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA application_id=0")
    conn.close()


def _missing(bad: Path, store: Path) -> None:
    pass


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_text, "isn't a herstel file"),
        (_truncated, "Can't read"),
        (_newer, "written by a newer herstel"),
        (_other_program, "isn't a herstel file"),
        (_missing, "There is no file"),
    ],
)
def test_a_bad_file_is_refused_and_the_journal_untouched(
    cli: Invoke,
    started: Path,
    home: Path,
    tmp_path: Path,
    make: Callable[[Path, Path], None],
    expected: str,
) -> None:
    cli("checkin", "--energy", "5")
    bad = tmp_path / "bad.db"
    make(bad, started)
    before = snapshot(started)
    message = refused(cli("restore", str(bad)), 1)
    assert expected in message
    assert snapshot(started) == before
    assert not (home / "backups").exists()
    assert sorted(p.name for p in home.iterdir()) == [
        "client-identity.txt",
        "herstel.db",
        "nudge-state",  # the check-in keeps it (herstel.store.nudge_state)
        "settings.json",
    ]


def test_restoring_the_journal_onto_itself_is_refused(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    refused(cli("restore", str(started)), 1)
    assert snapshot(started) == before


def test_file_names_with_hashes_and_percents(cli: Invoke, started: Path, tmp_path: Path) -> None:
    cli("checkin", "--energy", "5")
    target = tmp_path / "my #1 100% backup?.db"
    assert cli("backup", str(target)).exit_code == 0
    cli("checkin", "--energy", "7")
    result = cli("restore", str(target))
    assert result.exit_code == 0, result.stderr
    assert energies(cli) == [5]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("my")) == [target.name]


def test_a_backup_by_its_bare_name_from_anywhere(cli: Invoke, started: Path, home: Path) -> None:
    cli("checkin", "--energy", "5")
    cli("backup")
    name = f"herstel-backup-{TODAY.isoformat()}.db"
    cli("checkin", "--energy", "7")
    assert cli("restore", name).exit_code == 0
    assert energies(cli) == [5]


def test_the_language_follows_the_restored_journal(cli: Invoke, home: Path, tmp_path: Path) -> None:
    cli("init", "--name", "Anna", "--first-session", "2027-01-04", "--language", "nl")
    dutch = tmp_path / "dutch.db"
    cli("backup", str(dutch))
    cli("config", "set", "language", "en")
    assert cli("restore", str(dutch)).exit_code == 0
    assert json.loads((home / "settings.json").read_text())["language"] == "nl"
    assert "Instellingen" in cli("config").stdout


def test_restore_while_another_herstel_has_the_journal_open(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    cli("checkin", "--energy", "5")
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    cli("checkin", "--date", "yesterday", "--energy", "7")
    other = sqlite3.connect(started)
    try:
        other.execute("BEGIN")
        assert other.execute("SELECT count(*) FROM checkin").fetchone() == (2,)
        result = cli("restore", str(copy))
        assert result.exit_code == 0, result.stderr
        # A reader keeps the moment it started reading; its next read sees the restored store.
        assert other.execute("SELECT count(*) FROM checkin").fetchone() == (2,)
        other.execute("COMMIT")
        assert other.execute("SELECT energy FROM checkin").fetchall() == [(5,)]
    finally:
        other.close()
    assert integrity(started) == [("ok",)]
    (kept,) = (home / "backups").glob("herstel-before-restore-*.db")
    assert rows(kept, "SELECT energy FROM checkin ORDER BY day") == [(7,), (5,)]


def test_a_restore_waits_for_a_write_in_progress(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    writer = sqlite3.connect(started, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE trajectory SET focus = focus")

    def commit_soon() -> None:
        time.sleep(0.5)  # a sleep, not threading.Timer: a timed wait never ends under faketime
        writer.execute("COMMIT")

    release = threading.Thread(target=commit_soon)
    release.start()
    try:
        began = time.monotonic()
        result = cli("restore", str(copy))
        waited = time.monotonic() - began
    finally:
        release.join()
        writer.close()
    assert result.exit_code == 0, result.stderr
    assert waited >= 0.4  # it waited for the write to commit, and then went on
    assert integrity(started) == [("ok",)]


def test_the_copy_kept_aside_is_named_by_the_runs_clock(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    for _ in range(2):
        assert cli("restore", str(copy)).exit_code == 0
    names = {p.name for p in (home / "backups").glob("herstel-before-restore-*.db")}
    assert len(names) == 2
    utc = NOW.astimezone(UTC)
    for name in names:
        stamp = datetime.strptime(name[len("herstel-before-restore-") : -3], "%Y%m%dT%H%M%S%fZ")
        assert timedelta(0) <= stamp.replace(tzinfo=UTC) - utc < timedelta(minutes=1)


def corrupt_a_page(store: Path, table: str) -> None:
    """Overwrite the body of `table`'s first page with garbage, as a failing disk might."""
    conn = sqlite3.connect(store)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    with store.open("r+b") as handle:
        handle.seek((root[0] - 1) * page_size + 8)
        handle.write(b"\xff" * (page_size - 8))
    assert not sound(store)


def test_a_damaged_journal_gives_no_backup(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    for day in range(1, 6):
        cli("checkin", "--date", f"-{day}d", "--energy", str(day), "--note", f"day {day}")
    corrupt_a_page(started, "checkin")
    target = tmp_path / "copy.db"
    message = refused(cli("backup", str(target)), 1)
    assert message == (
        f"Your journal is damaged, so no sound copy could be made; nothing was written to "
        f"{target}. Restore a recent backup with: herstel restore FILE"
    )
    assert list(tmp_path.glob("copy.db*")) == []  # nor a temp file
    refused(cli("backup"), 1)
    assert not list(home.glob("*backup*"))


def test_a_restore_mends_a_damaged_journal(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    for day in range(1, 6):
        cli("checkin", "--date", f"-{day}d", "--energy", str(day))
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    corrupt_a_page(started, "checkin")
    result = cli("restore", str(copy))
    assert result.exit_code == 0, result.stderr
    assert integrity(started) == [("ok",)]
    assert energies(cli) == [5, 4, 3, 2, 1]
    (kept,) = (home / "backups").glob("herstel-before-restore-*.db")
    assert not sound(kept)  # the damaged journal as it was, for whoever mends it


def test_a_restore_into_a_new_home(cli: Invoke, started: Path, tmp_path: Path) -> None:
    cli("checkin", "--energy", "5")
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    elsewhere = tmp_path / "new-laptop"
    result = cli("--home", str(elsewhere), "restore", str(copy))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Your journal is restored from {copy}.\n"  # nothing to keep aside
    store = elsewhere / "herstel.db"
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o700
    assert rows(store, "SELECT energy FROM checkin") == [(5,)]
    # The backup carried the key: the same key on the new laptop, 0600, and not in the store.
    key = elsewhere / "client-identity.txt"
    assert key.read_bytes() == (started.parent / "client-identity.txt").read_bytes()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "Your own key came back with it" in result.stderr
    assert rows(store, "SELECT count(*) FROM setting WHERE key = 'client-identity'") == [(0,)]
    assert sorted(p.name for p in elsewhere.iterdir()) == [
        "client-identity.txt",
        "herstel.db",
        "settings.json",
    ]


def test_refusing_a_newer_or_damaged_store_leaves_nothing_beside_it(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer" / "herstel.db"
    newer.parent.mkdir()
    shutil.copy(started, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    assert rows(newer, "PRAGMA journal_mode") == [("wal",)]  # as herstel leaves it
    damaged = tmp_path / "damaged" / "herstel.db"
    damaged.parent.mkdir()
    damaged.write_bytes(started.read_bytes()[:5000])
    for store in (newer, damaged):
        before = sorted(p.name for p in store.parent.iterdir())
        refused(cli("--home", str(store.parent), "log"), 1)
        refused(cli("restore", str(store)), 1)
        assert sorted(p.name for p in store.parent.iterdir()) == before
    assert sorted(p.name for p in home.iterdir()) == [
        "client-identity.txt",
        "herstel.db",
        "settings.json",
    ]


def test_a_restore_removes_what_a_killed_restore_left(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    shutil.copy(copy, home / ".herstel.db.restore")  # as an older herstel left it
    (home / ".herstel.db.restore-journal").write_bytes(b"")
    stale = home / ".herstel.db.restore-k1ll3d"
    stale.mkdir(mode=0o700)
    shutil.copy(copy, stale / "herstel.db")
    running = home / ".herstel.db.restore-busy"  # another restore's, at work right now
    running.mkdir(mode=0o700)
    held = os.open(running, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert cli("restore", str(copy)).exit_code == 0
        assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == [running.name]
    finally:
        os.close(held)
    assert cli("restore", str(copy)).exit_code == 0
    assert sorted(p.name for p in home.iterdir()) == [
        "backups",
        "client-identity.txt",
        "herstel.db",
        "settings.json",
    ]
    assert sorted(p.name for p in (home / "backups").iterdir() if p.name.startswith(".")) == []


def test_a_restore_that_cannot_get_the_journal_says_so(
    cli: Invoke, started: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from herstel.store import db

    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    cli("checkin", "--energy", "7")
    # The busy timeout shortened from 10 s, so that the test need not wait that long.
    monkeypatch.setattr(
        db,
        "PRAGMAS",
        (*(p for p in db.PRAGMAS if "busy" not in p), "PRAGMA busy_timeout=200"),
    )
    writer = sqlite3.connect(started, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        before = snapshot(started)
        assert refused(cli("restore", str(copy)), 1) == (
            "Another herstel is writing to your journal just now. Nothing was changed; try again "
            "in a moment."
        )
        assert snapshot(started) == before
    finally:
        writer.close()
    assert energies(cli) == [7]
    assert not (home / "backups").exists()  # nothing kept aside: nothing was done
    assert not list(home.glob(".herstel.db.restore*"))
