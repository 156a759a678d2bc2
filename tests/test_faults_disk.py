"""Errors that say the cause: a full disk, a read-only folder, another herstel writing.

Each write is one transaction (or one file written through a temp file and renamed), so when
one of these stops it the message can say that nothing was changed, and the store is exactly as
it was: the same rows, `integrity_check` ok, and herstel works again once there is room.

The disk is real: a small tmpfs mounted for the test (Linux, as root; skipped elsewhere), filled
to the last byte. Read-only is a tmpfs remounted read-only (root ignores file modes). Busy is
another connection holding `BEGIN IMMEDIATE`: in the suite with a short busy timeout, in the
soak mode (HERSTEL_SOAK=1) against the real ten seconds, with sixteen writers at once.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import INIT, Invoke, refused
from faults import SOAK, rounds
from herstel.errors import cause_of
from herstel.store import db

FULL = "The disk is full. Nothing was changed; make some room and try again."
BUSY = (
    "Another herstel is writing to your journal just now. Nothing was changed; try again in a "
    "moment."
)
FULL_NL = "De schijf is vol. Er is niets veranderd; maak wat ruimte vrij en probeer het opnieuw."
BUSY_NL = (
    "Een andere herstel schrijft net in je dagboek. Er is niets veranderd; probeer het zo nog eens."
)


def read_only(folder: Path) -> str:
    return f"{folder} is read-only, so herstel can't write there. Nothing was changed."


# --- a small disk -----------------------------------------------------------------------------


def _mount(place: Path, options: str) -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    place.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(place)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs ({done.stderr.decode()[:80]})")


def _remount(place: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(place)], check=True)


@contextlib.contextmanager
def _own_disk(place: Path) -> Iterator[Path]:
    """A tmpfs of 8 MB mounted at `place`, unmounted afterwards."""
    _mount(place, "size=8m,mode=0700")
    try:
        yield place
    finally:
        subprocess.run(["umount", "-l", str(place)], check=False)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A disk of 8 MB of our own."""
    with _own_disk(tmp_path / "disk") as place:
        yield place


def fill(disk: Path, *, room: int = 0) -> Path:
    """Fill `disk` up to the last byte but `room` (rounded to tmpfs's pages); returns the file
    that takes the space, to delete to make room again."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out:
        for block in (b"\0" * 65536, b"\0" * 4096, b"\0"):
            try:
                while out.write(block):
                    pass
            except OSError as problem:
                assert problem.errno == errno.ENOSPC
    if room:
        os.truncate(filler, max(0, filler.stat().st_size - room))
    return filler


def content(store: Path) -> list[str]:
    """Every row of every table, as SQL, after `integrity_check` said ok."""
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return list(conn.iterdump())
    finally:
        conn.close()


def files(folder: Path) -> set[str]:
    """What is in `folder`, without SQLite's -wal and -shm (there while a store is open)."""
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))}


def journal(cli: Invoke, home: Path) -> str:
    """A home with a trajectory and a few entries; returns the check-in's id."""
    assert cli("--home", str(home), *INIT).exit_code == 0
    assert cli("--home", str(home), "checkin", "--energy", "5", "--note", "calm").exit_code == 0
    assert cli("--home", str(home), "signal", "tight jaw", "--type", "body").exit_code == 0
    listed = cli("--home", str(home), "log", "--json", "--kind", "checkin")
    return str(json.loads(listed.stdout)[0]["id"])


def writes(home: Path, disk: Path, checkin_id: str) -> list[tuple[str, ...]]:
    """A command of each kind that writes: the store by sqlite3 and by SQLAlchemy, a copy of the
    store, the settings, and files the person names."""
    return [
        ("checkin", "--energy", "6", "--date", "yesterday"),
        ("signal", "heavy head", "--type", "body"),
        ("delete", checkin_id, "--yes"),
        ("config", "set", "name", "Bea"),
        ("backup",),
        ("backup", str(disk / "copy.db")),
        ("export", "-o", str(disk / "out.json"), "--plain"),
        ("plan", "--ics", str(disk / "sessions.ics")),
        ("prepare", "--markdown", str(disk / "summary.md")),
    ]


@pytest.mark.parametrize("held_open", [False, True], ids=["closed", "held-open"])
def test_a_full_disk_says_so_and_changes_nothing(cli: Invoke, disk: Path, held_open: bool) -> None:
    """Closed: the first thing that needs room is SQLite's shared-memory file (an I/O error, which
    only the free space explains). Held open by another herstel: the WAL cannot grow (SQLITE_FULL).
    Files the person names hit ENOSPC. Each says the disk is full, in one line."""
    home = disk / "home"
    checkin_id = journal(cli, home)
    store = home / "herstel.db"
    before, there = content(store), files(home)
    other = sqlite3.connect(store) if held_open else None
    try:
        if other is not None:
            other.execute("SELECT count(*) FROM checkin").fetchone()
        filler = fill(disk)
        for args in writes(home, disk, checkin_id):
            assert refused(cli("--home", str(home), *args), 1) == FULL, args
        assert (
            refused(cli("--home", str(home), "--lang", "nl", "checkin", "--energy", "7"), 1)
            == FULL_NL
        )
    finally:
        if other is not None:
            other.close()
    filler.unlink()
    assert content(store) == before
    assert files(home) == there
    assert files(disk) == {"home"}  # no copy, export, calendar or summary, not even half of one
    assert (
        cli("--home", str(home), "checkin", "--energy", "6", "--date", "yesterday").exit_code == 0
    )


def test_init_on_a_full_disk_says_so_and_can_start_again(cli: Invoke, disk: Path) -> None:
    filler = fill(disk)
    home = disk / "home"
    assert refused(cli("--home", str(home), *INIT), 1) == FULL
    filler.unlink()
    assert cli("--home", str(home), *INIT).exit_code == 0
    assert content(home / "herstel.db")


def test_nearly_full_disks_never_break_the_store(cli: Invoke, disk: Path) -> None:
    """A little room left, a different amount each round: a write either happens whole (exit 0)
    or says the disk is full; never another message, and the store stays sound."""
    home = disk / "home"
    journal(cli, home)
    store = home / "herstel.db"
    chance = random.Random(19)  # noqa: S311 - how much room each round leaves, not a secret
    for round_number in range(rounds(2, 25)):
        filler = fill(disk, room=chance.randrange(0, 256 * 1024))
        done = [
            cli("--home", str(home), *args)
            for args in [
                ("checkin", "--energy", "6", "--date", f"-{round_number + 1}d"),
                ("signal", "heavy head", "--type", "body"),
                ("config", "set", "name", f"Bea {round_number}"),
                ("backup",),
                ("export", "-o", str(disk / "out.json"), "--plain"),
                ("prepare", "--markdown", str(disk / "summary.md")),
            ]
        ]
        filler.unlink()
        for result in done:
            assert result.exit_code == 0 or refused(result, 1) == FULL, result.stderr
        content(store)  # integrity ok
        for made in [disk / "out.json", disk / "summary.md", *home.glob("herstel-backup-*")]:
            made.unlink(missing_ok=True)


# --- a read-only folder -----------------------------------------------------------------------


@pytest.fixture
def frozen(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own tmpfs, made read-only by the test with `_remount(place, "ro")`."""
    with _own_disk(tmp_path / "frozen") as place:
        yield place


def test_a_read_only_home_says_so_and_changes_nothing(cli: Invoke, frozen: Path) -> None:
    home = frozen / "home"
    checkin_id = journal(cli, home)
    store = home / "herstel.db"
    before, there = content(store), files(home)
    _remount(frozen, "ro")
    try:
        for args in writes(home, home, checkin_id):  # the files named in the home too
            assert refused(cli("--home", str(home), *args), 1) == read_only(home), args
        # A new home there: the folder it would be made in is the read-only one.
        assert refused(cli("--home", str(frozen / "new"), *INIT), 1) == read_only(frozen)
    finally:
        _remount(frozen, "rw")
    assert content(store) == before
    assert files(home) == there
    assert files(frozen) == {"home"}


def test_files_named_in_a_read_only_folder_say_so(cli: Invoke, started: Path, frozen: Path) -> None:
    """The store is fine; the folder the person names for a file is not."""
    _remount(frozen, "ro")
    before = content(started)
    try:
        for args in (
            ("backup", str(frozen / "copy.db")),
            ("export", "-o", str(frozen / "out.json"), "--plain"),
            ("plan", "--ics", str(frozen / "sessions.ics")),
            ("prepare", "--markdown", str(frozen / "summary.md")),
        ):
            assert refused(cli(*args), 1) == read_only(frozen), args
    finally:
        _remount(frozen, "rw")
    assert content(started) == before
    assert not list(frozen.iterdir())


# --- another herstel writing ------------------------------------------------------------------


def _hold_the_write_lock(store: Path) -> sqlite3.Connection:
    """Another herstel in the middle of a write: BEGIN IMMEDIATE, and not yet committed."""
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_the_busy_error_of_both_ways_to_the_store_is_recognised(started: Path) -> None:
    """The mapping itself, on SQLite's own errors: sqlite3's, and SQLAlchemy's wrapping of it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    holder = _hold_the_write_lock(started)
    try:
        waiting = sqlite3.connect(started, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError) as raw:
            waiting.execute("BEGIN IMMEDIATE")
        waiting.close()
        engine = create_engine(f"sqlite:///{started}", connect_args={"timeout": 0})
        with pytest.raises(OperationalError) as wrapped, engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            conn.execute(text("DELETE FROM checkin"))
        engine.dispose()
    finally:
        holder.close()
    for problem in (raw.value, wrapped.value):
        found = cause_of(problem)
        assert found is not None
        assert found.message() == BUSY


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """herstel run in this process waits 0.2 s for the write lock instead of ten."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(
        db,
        "PRAGMAS",
        tuple("PRAGMA busy_timeout=200" if p.startswith("PRAGMA busy_timeout") else p
              for p in db.PRAGMAS),
    )  # fmt: skip


def test_a_write_while_another_herstel_writes_says_try_again(
    cli: Invoke, home: Path, started: Path, short_wait: None
) -> None:
    checkin_id = journal_id(cli)
    before = content(started)
    holder = _hold_the_write_lock(started)
    try:
        for args in (
            ("checkin", "--energy", "6", "--date", "yesterday"),  # sqlite3
            ("signal", "heavy head", "--type", "body"),
            ("delete", checkin_id, "--yes"),  # SQLAlchemy
            ("edit", checkin_id, "--energy", "3"),
            ("config", "set", "name", "Bea"),
            ("exercise", "add", "Breathing"),
            ("plan", "held", "1"),
        ):
            assert refused(cli(*args), 1) == BUSY, args
        assert refused(cli("--lang", "nl", "checkin", "--energy", "7"), 1) == BUSY_NL
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert content(started) == before
    assert cli("checkin", "--energy", "6", "--date", "yesterday").exit_code == 0


def journal_id(cli: Invoke) -> str:
    assert cli("checkin", "--energy", "5").exit_code == 0
    return str(json.loads(cli("log", "--json", "--kind", "checkin").stdout)[0]["id"])


@pytest.mark.skipif(not SOAK, reason="waits out the real busy timeout: soak mode only")
def test_sixteen_writers_behind_a_held_lock_each_say_try_again(
    cli: Invoke, home: Path, started: Path
) -> None:
    """The attack as it was: sixteen herstels writing at once while another holds the lock past
    the ten seconds herstel waits. Each says to try again; none a generic store error."""
    checkin_id = journal_id(cli)
    before = content(started)
    env = {**os.environ, "HERSTEL_HOME": str(home)}
    for _ in range(rounds(0, 2)):
        holder = _hold_the_write_lock(started)
        try:
            writers = [
                subprocess.Popen(
                    [sys.executable, "-m", "herstel", *args],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                for n in range(16)
                for args in [
                    ("checkin", "--energy", str(n % 11), "--date", f"-{n + 1}d")
                    if n % 2
                    else ("delete", checkin_id, "--yes")
                ]
            ]
            start = time.monotonic()
            said = [writer.communicate(timeout=60)[1].decode() for writer in writers]
            assert time.monotonic() - start >= db.BUSY_TIMEOUT_MS / 1000
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert [writer.returncode for writer in writers] == [1] * 16
        assert said == [BUSY + "\n"] * 16
        assert content(started) == before
