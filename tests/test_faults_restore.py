"""A restore under attack: other herstels writing while it runs, and SIGKILL at any moment.

A restore writes the backup into the live store under the store's own write lock, after copying
the store as it was aside while holding that lock. So a check-in that another herstel saved
(exit 0) is in the restored store or in the copy kept aside, never lost; and a killed restore
leaves the store sound, with its old or its restored content, and the next restore leaves
nothing behind. The suite runs a few rounds; `HERSTEL_SOAK=1` many (docs/reliability.md)."""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from conftest import TODAY, Invoke
from faults import HERSTEL, finished, kill_after, rounds

WRITERS = 2
CHECKINS = 15  # per writer and round

# One writer: check-ins through herstel's command line, one run each (as many commands one
# after the other), printing each day's offset and exit code as soon as it is known.
WRITER = """
import sys
from herstel.cli import run
for offset in map(int, sys.argv[1:]):
    code = run(["checkin", "--date", f"-{offset}d", "--energy", str(offset % 11)])
    print("outcome", offset, code, flush=True)
"""

# A restore that starts once the writers are under way: after the first check-in of the round.
RESTORER = """
import os, sqlite3, sys, time
from herstel.cli import run
backup, written, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
store = os.path.join(os.environ["HERSTEL_HOME"], "herstel.db")
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    conn = sqlite3.connect(store)
    count = conn.execute("SELECT count(*) FROM checkin").fetchone()[0]
    conn.close()
    if count > written:
        break
    time.sleep(0.005)
time.sleep(delay)
sys.exit(run(["restore", backup]))
"""


def python(script: str, *args: str) -> subprocess.Popen[str]:
    """A herstel script in its own process, on the test's home (HERSTEL_HOME)."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def checkins(store: Path) -> set[tuple[str, int]]:
    """The store's check-ins as (day, energy), after integrity_check says it is sound."""
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return set(conn.execute("SELECT day, energy FROM checkin").fetchall())
    finally:
        conn.close()


def day_of(offset: int) -> str:
    return (TODAY - timedelta(days=offset)).isoformat()


def leftovers(home: Path) -> list[str]:
    """What a restore may leave while it runs: its staging folder, temp files."""
    found = [p.name for p in home.glob(".herstel.db.restore*")]
    found += [p.name for p in (home / "backups").glob(".*")] if (home / "backups").is_dir() else []
    return found


def test_writers_during_restores_lose_nothing(cli: Invoke, home: Path, tmp_path: Path) -> None:
    assert cli("init", "--name", "Sam", "--first-session", "today").exit_code == 0
    assert cli("checkin", "--date", "2015-01-01", "--energy", "3").exit_code == 0
    backup = tmp_path / "backup.db"
    assert cli("backup", str(backup)).exit_code == 0
    restored = checkins(backup)
    chance = random.Random(19)  # noqa: S311 - when to start the restore, not a secret
    kept_copies: set[str] = set()
    mid_way = 0
    for number in range(rounds(3, 40)):
        first = 1 + number * WRITERS * CHECKINS
        written = len(checkins(home / "herstel.db"))
        writers = [
            python(WRITER, *(str(first + w * CHECKINS + k) for k in range(CHECKINS)))
            for w in range(WRITERS)
        ]
        restorer = python(RESTORER, str(backup), str(written), str(chance.uniform(0.0, 0.1)))
        outcomes = [writer.communicate(timeout=60) for writer in writers]
        out, err = restorer.communicate(timeout=60)
        assert restorer.returncode == 0, err
        (kept,) = re.findall(r"is kept in (.+)\.$", out, flags=re.MULTILINE)
        assert kept not in kept_copies
        kept_copies.add(kept)
        saved = set()
        for (stdout, stderr), writer in zip(outcomes, writers, strict=True):
            assert writer.returncode == 0, stderr
            for found in re.findall(r"^outcome (\d+) (\d+)$", stdout, flags=re.MULTILINE):
                offset, code = map(int, found)
                assert code == 0, stderr  # a write waits for the restore; it does not fail
                saved.add((day_of(offset), offset % 11))
        assert len(saved) == WRITERS * CHECKINS
        now, before = checkins(home / "herstel.db"), checkins(Path(kept))
        assert saved <= now | before  # nothing saved is lost
        mid_way += bool(saved & before) and bool(saved & now)
        assert restored <= now  # the restore took: the backup's content is there
        assert now - restored <= saved  # and besides it only what was written after it
    assert mid_way  # the attack happened: writes went on before and after a restore
    assert leftovers(home) == []


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_restored_journal(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    assert cli("demo", "--weeks", "8").exit_code == 0  # a journal of a few dozen pages
    store = home / "herstel.db"
    full = tmp_path / "full.db"
    assert cli("backup", str(full)).exit_code == 0
    for offset in range(1, 8):  # a second content, told apart by these check-ins
        assert cli("checkin", "--date", f"-{offset + 500}d", "--energy", "1").exit_code == 0
    more = tmp_path / "more.db"
    assert cli("backup", str(more)).exit_code == 0
    contents = {full: checkins(full), more: checkins(more)}
    assert contents[full] != contents[more]

    started = time.monotonic()
    assert finished(home, "restore", str(full)).returncode == 0
    usual = time.monotonic() - started
    started = time.monotonic()
    assert cli("restore", str(full)).exit_code == 0
    work = time.monotonic() - started  # without Python starting
    chance = random.Random(23)  # noqa: S311 - when to kill, not a secret
    for number in range(rounds(6, 80)):
        target = (more, full)[number % 2]
        before = checkins(store)
        process = subprocess.Popen(
            [*HERSTEL, "--home", str(home), "restore", str(target)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Half the rounds kill at any moment of the run; the other half within the restore's
        # own work (from its staging folder on), which is short beside Python's start.
        if number % 4 < 2:
            kill_after(process, usual * chance.uniform(0.0, 1.1))
        else:
            while not list(home.glob(".herstel.db.restore-*")) and process.poll() is None:
                time.sleep(0.001)
            kill_after(process, work * chance.uniform(0.0, 1.1))
        assert checkins(store) in (before, contents[target])
        # The next restore goes on as usual and leaves nothing of the killed one.
        result = cli("restore", str(target))
        assert result.exit_code == 0, result.stderr
        assert checkins(store) == contents[target]
        assert leftovers(home) == []
    for kept in (home / "backups").glob("herstel-before-restore-*.db"):
        checkins(kept)  # each copy kept aside, even by a killed restore, is whole
    assert cli("log", "--json").exit_code == 0
