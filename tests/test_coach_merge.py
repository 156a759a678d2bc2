"""The import's promises, tested where inputs vary: any client journal survives export, import
and the coach's export whole; importing again or importing an older file changes nothing; a
process killed mid-import or a full disk leaves the store as it was; and no bytes, however
broken, make the importer fail with anything but its own one-line error."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pyrage import encrypt, x25519

from conftest import NOW_UTC
from herstel.application.coach import merge_into
from herstel.core.trajectory import TrajectoryPlan
from herstel.errors import HerstelError
from herstel.exchange import crypto
from herstel.exchange.export import build_export, coach_export, export_bytes
from herstel.exchange.format import ExportV1
from herstel.exchange.read import parse_export
from herstel.store.db import Store, open_store
from herstel.store.queries import add_record, add_trajectory
from herstel.store.timeline import delete_record, model_of
from stores import stamp

FIXTURE = Path(__file__).parent / "fixtures" / "export-v1.json"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FIRST = date(2026, 3, 2)
SLOW = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# --- client journals, made in a store as herstel itself makes them ---------------------------

WORDS = st.text(alphabet="abcdefgh ijkéë", min_size=1, max_size=24).map(str.strip).filter(bool)
NOTES = st.none() | WORDS
DAYS = st.integers(min_value=0, max_value=120)


@st.composite
def records(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """Records of every kind, as (kind, values) with a day offset in place of the day."""
    found: list[tuple[str, dict[str, Any]]] = []
    for offset in draw(st.lists(DAYS, unique=True, max_size=12)):
        found.append(("checkin", {
            "day": offset, "energy": draw(st.integers(0, 10)),
            "sleep_hours": draw(st.none() | st.integers(0, 48).map(lambda q: q / 4)),
            "sleep_quality": None, "food": None, "movement": draw(st.none() | st.integers(0, 90)),
            "relaxation": None, "structure": draw(st.none() | st.integers(1, 5)),
            "givers": draw(st.none() | st.lists(WORDS, min_size=1, max_size=3)),
            "drainers": None, "note": draw(NOTES), "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 3))):
        found.append(("ladder", {
            "signal": draw(WORDS), "colour": draw(st.sampled_from(["green", "orange", "red"])),
            "action": draw(NOTES), "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 8))):
        found.append(("signal", {
            "day": draw(DAYS), "time": draw(st.none() | st.just("14:30")), "what": draw(WORDS),
            "type": draw(st.sampled_from(["body", "emotion"])), "location": draw(NOTES),
            "intensity": draw(st.none() | st.integers(1, 5)),
            "limit": draw(st.sampled_from([None, "none", "near", "crossed"])),
            "fit": draw(st.none() | st.booleans()), "situation": draw(NOTES), "response": None,
            "ladder": draw(st.none() | st.integers(0, 2)), "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 4))):
        found.append(("pattern", {
            "day": draw(DAYS), "time": None, "situation": draw(WORDS), "behaviour": draw(NOTES),
            "consequence": None, "unnoticed": None,
            "belief": draw(st.sampled_from([None, "perfection", "no-burden"])),
            "belief_text": None, "new_behaviour": draw(NOTES), "reflection": None,
            "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 2))):
        found.append(("bio", {
            "day": draw(DAYS), "time": None, "life_stage": draw(NOTES), "text": draw(NOTES),
            "drives": draw(NOTES), "pattern": None, "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 2))):
        found.append(("exercise", {
            "name": draw(WORDS), "description": None,
            "per_week": draw(st.none() | st.integers(1, 7)), "type": None, "session": None,
            "private": draw(st.booleans()),
        }))  # fmt: skip
    for _ in range(draw(st.integers(0, 6))):
        found.append(("practice", {
            "day": draw(DAYS), "time": None, "minutes": draw(st.none() | st.integers(0, 60)),
            "note": draw(NOTES), "private": draw(st.booleans()),
            "exercise": draw(st.integers(0, 1)),
        }))  # fmt: skip
    return found


@dataclass
class Journal:
    """A client's store, written as herstel writes it, with the clock in our hands."""

    store: Store
    trajectory_id: str
    kept: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of live records
    tick: int = 0

    def now(self, base: datetime) -> datetime:
        self.tick += 1
        return base + timedelta(seconds=self.tick)

    def add(self, found: list[tuple[str, dict[str, Any]]], *, at: datetime) -> None:
        with self.store.writing() as session:
            ladder = [i for k, i in self.kept if k == "ladder"]
            exercises = [i for k, i in self.kept if k == "exercise"]
            for kind, given in found:
                values = dict(given)
                if "day" in values:
                    values["day"] = FIRST + timedelta(days=values["day"])
                if kind == "signal":
                    pick = values.pop("ladder")
                    values["ladder_item_id"] = ladder[pick] if pick is not None and pick < len(
                        ladder) else None  # fmt: skip
                if kind == "practice":
                    pick = values.pop("exercise")
                    if pick >= len(exercises):
                        continue
                    values["exercise_id"] = exercises[pick]
                if kind == "checkin" and any(
                    k == "checkin" and session.get(model_of(k), i).day == values["day"]
                    for k, i in self.kept
                ):
                    continue  # one check-in a day
                record = add_record(
                    session=session, model=model_of(kind), trajectory_id=self.trajectory_id,
                    now=self.now(at), values=values,
                )  # fmt: skip
                self.kept.append((kind, record.id))
                if kind == "ladder":
                    ladder.append(record.id)
                if kind == "exercise":
                    exercises.append(record.id)

    def change(self, choices: list[int], *, at: datetime) -> None:
        """For each choice, one live record: edited, made private or shared, or deleted."""
        with self.store.writing() as session:
            for choice in choices:
                if not self.kept:
                    return
                kind, ident = self.kept[choice % len(self.kept)]
                record = session.get(model_of(kind), ident)
                if record is None:  # went with its exercise
                    self.kept.remove((kind, ident))
                    continue
                when = self.now(at)
                action = choice % 3
                if action == 0:
                    delete_record(session=session, kind=kind, record=record, now=when)
                    session.flush()
                    self.kept = [(k, i) for k, i in self.kept if session.get(model_of(k), i)]
                    continue
                if action == 1:
                    record.private = not record.private
                elif kind == "checkin":
                    record.energy = (record.energy + 1) % 11
                elif hasattr(record, "note"):
                    record.note = "changed"
                else:
                    record.private = not record.private
                record.updated_at = when

    def export(self, at: datetime, since: date | None = None) -> ExportV1:
        with self.store.reading() as session:
            export, _ = build_export(
                conn=session.connection(), trajectory_id=self.trajectory_id, language="en",
                since=since, until=None, now=at,
            )  # fmt: skip
        return export


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as path:
        yield Path(path)


def new_journal(folder: Path, name: str = "client.db", client: str = "Anna") -> Journal:
    store = open_store(folder / name, backups=folder / "backups", now=NOW_UTC)
    plan = TrajectoryPlan(
        client_name=client, coach_name="Marieke", first_session_on=FIRST,
        first_session_time=None, phase1_sessions=5, phase2_weeks=3, focus="unknown",
        language="en",
    )  # fmt: skip
    with store.writing() as session:
        trajectory = add_trajectory(session=session, plan=plan, now=START)
    return Journal(store, trajectory.id)


def held_records(store: Store, trajectory_id: str) -> dict[str, Any]:
    """What the coach's export says the coach holds, without the moment it was made."""
    with store.reading() as session:
        document = coach_export(session=session, trajectory_id=trajectory_id, now=stamp())
    return comparable(document)


def comparable(export: ExportV1) -> dict[str, Any]:
    found = json.loads(export.model_dump_json())
    for key in ("format", "format_version", "exported_at", "coach_notes", "proposals"):
        found.pop(key, None)
    found["tombstones"] = sorted(found["tombstones"], key=lambda t: t["id"])
    return found


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, the time of the last import aside."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}  # noqa: S608
    finally:
        conn.close()
    found["client"] = [row[:2] for row in found.get("client", [])]
    return found


# --- round trips ------------------------------------------------------------------------------


@SLOW
@given(
    first=records(),
    later=records(),
    choices=st.lists(st.integers(0, 10_000), max_size=10),
    since=DAYS,
)
def test_any_journal_round_trips_and_older_files_undo_nothing(
    folder: Path,
    first: list[tuple[str, dict[str, Any]]],
    later: list[tuple[str, dict[str, Any]]],
    choices: list[int],
    since: int,
) -> None:
    with tempfile.TemporaryDirectory(dir=folder) as here:
        place = Path(here)
        journal = new_journal(place)
        journal.add(first, at=START)
        older = journal.export(START + timedelta(days=1))
        journal.change(choices, at=START + timedelta(days=2))
        journal.add(later, at=START + timedelta(days=2))
        newer = journal.export(START + timedelta(days=3))

        # Exported, imported into an empty store: the coach's export gives the same records.
        coach = open_store(place / "coach.db", backups=place / "backups", now=NOW_UTC)
        merge_into(store=coach, export=older, now=datetime.now(UTC))
        assert held_records(coach, journal.trajectory_id) == comparable(older)
        # Importing it three more times changes nothing.
        before = content(coach.path)
        for _ in range(3):
            counts = merge_into(store=coach, export=older, now=datetime.now(UTC))
            assert (counts.new, counts.updated, counts.deleted) == (0, 0, 0)
        assert content(coach.path) == before
        # The newer file brings the store to exactly what it holds.
        merge_into(store=coach, export=newer, now=datetime.now(UTC))
        assert held_records(coach, journal.trajectory_id) == comparable(newer)
        # And the older one, after it, changes nothing.
        after_newer = content(coach.path)
        counts = merge_into(store=coach, export=older, now=datetime.now(UTC))
        assert (counts.new, counts.updated, counts.deleted) == (0, 0, 0)
        assert content(coach.path) == after_newer
        # Nor does an export of part of the same journal: what lies outside its period stays.
        part = journal.export(START + timedelta(days=4), since=FIRST + timedelta(days=since))
        counts = merge_into(store=coach, export=part, now=datetime.now(UTC))
        assert (counts.new, counts.updated, counts.deleted) == (0, 0, 0)
        assert held_records(coach, journal.trajectory_id) == comparable(newer)

        # Newer first, then older, holds the same as newer alone.
        other = open_store(place / "coach-2.db", backups=place / "backups", now=NOW_UTC)
        merge_into(store=other, export=newer, now=datetime.now(UTC))
        merge_into(store=other, export=older, now=datetime.now(UTC))
        assert held_records(other, journal.trajectory_id) == comparable(newer)
        # Nothing private ever reached the coach.
        for kind in ("checkin", "signal", "pattern_note", "bio_note", "practice", "exercise",
                     "ladder_item"):  # fmt: skip
            conn = sqlite3.connect(other.path)
            assert conn.execute(f"SELECT count(*) FROM {kind} WHERE private").fetchone() == (0,)  # noqa: S608
            conn.close()
        for store in (journal.store, coach, other):
            store.close()


# --- a crash and a full disk ------------------------------------------------------------------


def big_export(folder: Path, days: int) -> ExportV1:
    journal = new_journal(folder, "big-client.db", client="Bo")
    many: list[tuple[str, dict[str, Any]]] = [
        ("checkin", {"day": offset, "energy": offset % 11, "sleep_hours": 7.0,
                     "sleep_quality": None, "food": None, "movement": None, "relaxation": None,
                     "structure": None, "givers": ["walk"], "drainers": None,
                     "note": f"day {offset}", "private": False})
        for offset in range(days)
    ]  # fmt: skip
    with journal.store.writing() as session:
        for kind, given in many:
            values = {**given, "day": FIRST + timedelta(days=given["day"])}
            add_record(session=session, model=model_of(kind), trajectory_id=journal.trajectory_id,
                       now=START, values=values)  # fmt: skip
    export = journal.export(START + timedelta(days=1))
    journal.store.close()
    return export


# herstel, run by a driver that pauses it mid-transaction once this many rows are inserted, so
# that the test can kill it there. The test's own code: nothing in herstel waits for a test.
PAUSING = """
import sys, time
from sqlalchemy import event
from sqlalchemy.engine import Engine

limit, written = int(sys.argv[1]), 0

@event.listens_for(Engine, "after_cursor_execute")
def pause(conn, cursor, statement, parameters, context, executemany):
    global written
    if statement.lstrip().upper().startswith("INSERT"):
        written += len(parameters) if executemany else 1
        if written >= limit:
            sys.stderr.write("paused\\n")
            sys.stderr.flush()
            time.sleep(120)

from herstel.__main__ import main
main(sys.argv[2:])
"""


def test_a_process_killed_mid_import_leaves_the_store_as_it_was(folder: Path) -> None:
    home = folder / "coach-home"
    home.mkdir(mode=0o700)
    small = new_journal(folder)
    small.add([("checkin", {"day": 1, "energy": 5, "sleep_hours": None, "sleep_quality": None,
                            "food": None, "movement": None, "relaxation": None,
                            "structure": None, "givers": None, "drainers": None,
                            "note": "before", "private": False})], at=START)  # fmt: skip
    coach = open_store(home / "coach.db", backups=home / "backups", now=NOW_UTC)
    merge_into(store=coach, export=small.export(START + timedelta(days=1)), now=datetime.now(UTC))
    coach.close()
    before = content(home / "coach.db")
    path = folder / "big.json"
    path.write_bytes(export_bytes(big_export(folder, 3000)))

    env = {**os.environ, "HERSTEL_HOME": str(home)}
    with subprocess.Popen(
        [sys.executable, "-c", PAUSING, "1000", "coach", "import", str(path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as child:  # fmt: skip
        try:
            assert child.stderr is not None
            assert child.stderr.readline() == b"paused\n"  # mid-transaction, rows written
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(home / "coach.db")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert content(home / "coach.db") == before
    # And the store takes the same file afterwards.
    done = subprocess.run(
        [sys.executable, "-m", "herstel", "coach", "import", str(path)],
        env={**os.environ, "HERSTEL_HOME": str(home)}, capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"3010 new" in done.stdout


def test_a_full_disk_leaves_the_store_as_it_was(folder: Path) -> None:
    from sqlalchemy import event

    small = new_journal(folder)
    coach = open_store(folder / "coach.db", backups=folder / "backups", now=NOW_UTC)
    merge_into(store=coach, export=small.export(START + timedelta(days=1)), now=datetime.now(UTC))
    before = content(coach.path)
    pages = sqlite3.connect(coach.path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(coach.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    with pytest.raises(HerstelError) as caught:
        merge_into(store=coach, export=big_export(folder, 2000), now=datetime.now(UTC))
    assert caught.value.key == "error.disk_full"
    assert caught.value.message() == (
        "The disk is full. Nothing was changed; make some room and try again."
    )
    coach.close()
    conn = sqlite3.connect(coach.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert content(coach.path) == before


# --- any bytes ----------------------------------------------------------------------------------

COACH = x25519.Identity.generate()


def import_bytes(data: bytes, store: Store) -> None:
    """What `coach import` does with a file's bytes, without the command line around it."""
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, identities=[COACH], passphrase=None)
    merge_into(store=store, export=parse_export(data), now=datetime.now(UTC))


@pytest.fixture(scope="module")
def fuzz_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as path:
        store = open_store(Path(path) / "coach.db", backups=Path(path) / "backups", now=NOW_UTC)
        merge_into(store=store, export=parse_export(FIXTURE.read_bytes()), now=datetime.now(UTC))
        yield store
        store.close()


def only_our_error(data: bytes, store: Store) -> None:
    """Importing `data` succeeds, or fails with herstel's one-line error and changes nothing."""
    before = content(store.path)
    try:
        import_bytes(data, store)
    except HerstelError as problem:
        assert problem.message().strip()
        assert "\n" not in problem.message()
        assert content(store.path) == before


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=3000))
def test_any_bytes_give_only_our_error(fuzz_store: Store, data: bytes) -> None:
    only_our_error(data, fuzz_store)


@settings(max_examples=60, deadline=None)
@given(prefix=st.sampled_from([b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----\n",
                               b'{"format": "herstel-export", "format_version": 1']),
       rest=st.binary(max_size=600))  # fmt: skip
def test_bytes_that_look_like_an_export_give_only_our_error(
    fuzz_store: Store, prefix: bytes, rest: bytes
) -> None:
    only_our_error(prefix + rest, fuzz_store)


MOMENTS = st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | MOMENTS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*here, key))
    elif isinstance(value, list):
        for number, inner in enumerate(value):
            found += paths(inner, (*here, number))
    return found


@settings(max_examples=300, deadline=None)
@given(
    choice=st.integers(min_value=0),
    action=st.sampled_from(["replace", "delete", "duplicate"]),
    value=JSON_VALUES,
    encrypted=st.booleans(),
)
def test_mutated_exports_give_only_our_error(
    fuzz_store: Store, choice: int, action: str, value: Any, encrypted: bool
) -> None:
    document = json.loads(FIXTURE.read_bytes())
    where = paths(document)[1:]
    target = where[choice % len(where)]
    parent = document
    for step in target[:-1]:
        parent = parent[step]
    last = target[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, list):
        parent.append(parent[last])
    else:
        assume(False)
    data = json.dumps(document).encode()
    if encrypted:
        data = encrypt(data, [COACH.to_public()])
    only_our_error(data, fuzz_store)


@settings(max_examples=40, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_a_flipped_bit_in_an_encrypted_export_gives_only_our_error(
    fuzz_store: Store, position: int, bit: int
) -> None:
    data = bytearray(encrypt(FIXTURE.read_bytes(), [COACH.to_public()]))
    data[position % len(data)] ^= 1 << bit
    with pytest.raises(HerstelError):
        import_bytes(bytes(data), fuzz_store)
