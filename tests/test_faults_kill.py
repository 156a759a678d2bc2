"""Killed at any moment: a check-in or a coach's import stopped by SIGKILL (a crash, a power cut,
a closed laptop lid) leaves the store sound, with the write there whole or not at all.

Each round starts a real herstel process and kills it after a random moment within its usual
run. The suite runs a few rounds; `HERSTEL_SOAK=1` many (docs/reliability.md)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import NOW
from faults import HERSTEL, finished, kill_after, rounds
from herstel.core.clock import PIN_VARIABLE, SINCE_VARIABLE
from journals import TEMPLATE_LEAD


def herstel(home: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*HERSTEL, "--home", str(home), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def sound(store: Path) -> sqlite3.Connection:
    """The store opened as the next herstel would (WAL recovered); integrity_check is ok."""
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return conn


def test_a_checkin_killed_at_any_moment_is_there_whole_or_not_at_all(home: Path) -> None:
    assert finished(home, "init", "--name", "Sam", "--first-session", "today").returncode == 0
    chance = random.Random(19)  # noqa: S311 - when to kill, not a secret
    saved = set()
    for number in range(1, rounds(4, 60) + 1):
        day = f"-{number}d"
        process = herstel(
            home, "checkin", "--date", day, "--energy", str(number % 11), "--note", f"day {number}"
        )
        code = kill_after(process, chance.uniform(0.0, 0.6))
        if code == 0:
            saved.add(f"day {number}")
        conn = sound(home / "herstel.db")
        try:
            rows = conn.execute("SELECT energy, note FROM checkin").fetchall()
        finally:
            conn.close()
        notes = {note for _, note in rows}
        assert saved <= notes  # what was saved stays saved
        for energy, note in rows:  # and every row is whole
            assert note.startswith("day ") and energy == int(note.split()[1]) % 11
    result = finished(home, "log", "--json")
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def client_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain export of a made-up journal of 4 weeks, made on the pinned day as the tests'
    coach imports it (before the `home` fixture pins the clock, so pinned here too)."""
    folder = tmp_path_factory.mktemp("client")
    client = folder / "home"
    target = folder / "export.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PIN_VARIABLE, NOW.isoformat(timespec="seconds"))
        patch.setenv(SINCE_VARIABLE, str(time.time() + TEMPLATE_LEAD))
        assert finished(client, "demo", "--weeks", "4").returncode == 0
        result = finished(client, "export", "--plain", "-o", str(target))
    assert result.returncode == 0, result.stderr
    return target


def test_an_import_killed_at_any_moment_is_there_whole_or_not_at_all(
    home: Path, client_export: Path
) -> None:
    coach = home
    chance = random.Random(23)  # noqa: S311 - when to kill, not a secret
    started = time.monotonic()
    assert finished(coach, "coach", "import", str(client_export)).returncode == 0
    usual = time.monotonic() - started
    store = coach / "coach.db"
    conn = sound(store)
    try:
        whole = conn.execute("SELECT count(*) FROM checkin").fetchone()[0]
    finally:
        conn.close()
    assert whole > 0
    for _ in range(rounds(1, 40)):
        store.unlink()
        for extra in ("coach.db-wal", "coach.db-shm"):
            (coach / extra).unlink(missing_ok=True)
        process = herstel(coach, "coach", "import", str(client_export))
        kill_after(process, chance.uniform(0.0, usual))
        if store.exists():
            conn = sound(store)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                held = 0
                if "checkin" in tables:
                    held = conn.execute("SELECT count(*) FROM checkin").fetchone()[0]
            finally:
                conn.close()
            assert held in (0, whole)
        again = finished(coach, "coach", "import", str(client_export))  # and it can go on
        assert again.returncode == 0, again.stderr
        conn = sound(store)
        try:
            assert conn.execute("SELECT count(*) FROM checkin").fetchone()[0] == whole
        finally:
            conn.close()
