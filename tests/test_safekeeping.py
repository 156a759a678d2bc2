"""`herstel backup` and `herstel restore` through the CLI: a concurrent writer, bad files."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused, rows, snapshot

FIXTURE_V2 = Path(__file__).parent / "fixtures" / "store-v2.db"


def integrity(path: Path) -> list[tuple[object, ...]]:
    return rows(path, "PRAGMA integrity_check")


def energies(cli: Invoke) -> list[int]:
    return [e["energy"] for e in json.loads(cli("log", "--json", "--kind", "checkin").stdout)]


def test_backup_in_the_home_with_the_date(cli: Invoke, started: Path, home: Path) -> None:
    cli("checkin", "--energy", "5", "--note", "a note")
    result = cli("backup")
    assert result.exit_code == 0, result.stderr
    copy = home / f"herstel-backup-{TODAY.isoformat()}.db"
    assert result.stdout == f"Your journal is copied to {copy}.\n"
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


def test_an_older_backup_is_brought_up_to_date(cli: Invoke, started: Path) -> None:
    result = cli("restore", str(FIXTURE_V2))
    assert result.exit_code == 0, result.stderr
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
    assert sorted(p.name for p in home.iterdir()) == ["herstel.db", "settings.json"]


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


def test_restore_while_another_herstel_holds_the_journal(
    cli: Invoke, started: Path, home: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    cli("backup", str(copy))
    other = sqlite3.connect(started)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM checkin").fetchone()
    try:
        before = snapshot(started)
        assert "has your journal open" in refused(cli("restore", str(copy)), 1)
        assert not (home / "backups").exists()
    finally:
        other.close()
    assert snapshot(started) == before
