"""Short ids, `herstel show ID` and `herstel delete ID` through the CLI."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import Invoke, refused, rows, snapshot
from herstel.core.entries import short_ids


def ids_in_log(cli: Invoke) -> list[str]:
    return re.findall(r"  id ([0-9a-f-]+)$", cli("log").stdout, flags=re.MULTILINE)


def full_ids(cli: Invoke) -> list[str]:
    return [entry["id"] for entry in json.loads(cli("log", "--json").stdout)]


@given(st.lists(st.uuids(), max_size=60, unique=True))
def test_short_ids_are_unique_prefixes_of_at_least_six(ids: list[uuid.UUID]) -> None:
    texts = [str(ident) for ident in ids]
    shorts = short_ids(texts)
    assert set(shorts) == set(texts)
    assert len(set(shorts.values())) == len(texts)
    for ident, short in shorts.items():
        assert ident.startswith(short) and len(short) >= 6
        # as short as it can be: one character less is the start of another id (or under six)
        shorter = short[:-1]
        assert len(shorter) < 6 or sum(t.startswith(shorter) for t in texts) > 1


def test_the_log_shows_each_entrys_short_id(cli: Invoke, started: Path) -> None:
    cli("checkin", "--energy", "5")
    cli("signal", "restless", "--type", "emotion")
    shown = ids_in_log(cli)
    assert len(shown) == 2
    assert [ident[: len(short)] for ident, short in zip(full_ids(cli), shown, strict=True)] == shown


def test_show_an_entry_whole(cli: Invoke, started: Path) -> None:
    cli("pattern", "--situation", "One more report\nand another", "--belief", "perfection")
    (short,) = ids_in_log(cli)
    result = cli("show", short)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"pattern note: belief 'perfect results'  id {short}")
    assert lines[1:] == ["    situation: One more report", "      and another"]
    (entry,) = json.loads(cli("log", "--json").stdout)
    assert json.loads(cli("show", short.upper(), "--json").stdout) == entry
    assert json.loads(cli("show", entry["id"], "--json").stdout) == entry


def insert_signal(store: Path, ident: str, what: str) -> None:
    conn = sqlite3.connect(store)
    try:
        (trajectory_id,) = conn.execute("SELECT id FROM trajectory").fetchone()
        conn.execute(
            "INSERT INTO signal (id, trajectory_id, created_at, updated_at, day, time, what, type,"
            " private) VALUES (?, ?, '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00',"
            " '2026-01-01', NULL, ?, 'body', 0)",
            (ident, trajectory_id, what),
        )
        conn.commit()
    finally:
        conn.close()


def test_an_id_that_fits_several_or_none_lists_the_candidates(cli: Invoke, started: Path) -> None:
    insert_signal(started, "abcd1111-0000-4000-8000-000000000001", "one")
    insert_signal(started, "abcd2222-0000-4000-8000-000000000002", "two")
    before = snapshot(started)
    message = refused(cli("show", "abcd"), 1)
    assert message == (
        "More than one id starts with 'abcd': abcd11 (signal), abcd22 (signal). "
        "Type a few more characters."
    )
    assert refused(cli("delete", "abcd", "--yes"), 1) == message
    assert refused(cli("show", "ffff"), 1).startswith("Nothing has an id starting with 'ffff'")
    assert snapshot(started) == before
    assert json.loads(cli("show", "abcd2", "--json").stdout)["what"] == "two"


@pytest.mark.parametrize("typed", ["abc", "xyz123", "12345g", "a" * 37, "a%", ""])
def test_what_is_no_id_is_a_usage_error(cli: Invoke, started: Path, typed: str) -> None:
    for command in (("show", typed), ("delete", typed, "--yes")):
        refused(cli(*command), 2)


def test_show_a_ladder_item_and_an_exercise(cli: Invoke, started: Path) -> None:
    cli("ladder", "add", "tight shoulders", "--colour", "orange", "--action", "walk")
    cli("exercise", "add", "Breathing", "--type", "breathing")
    item = json.loads(cli("ladder", "--json").stdout)[0]
    exercise = json.loads(cli("exercise", "--json").stdout)[0]
    assert json.loads(cli("show", item["id"][:8], "--json").stdout) == {"kind": "ladder", **item}
    shown = json.loads(cli("show", exercise["id"][:8], "--json").stdout)
    assert shown == {"kind": "exercise", **exercise}
    text = cli("show", exercise["id"][:8]).stdout
    assert "Breathing" in text and "breathing" in text


def test_delete_off_a_terminal_needs_yes(cli: Invoke, started: Path) -> None:
    cli("signal", "restless", "--type", "emotion")
    (short,) = ids_in_log(cli)
    before = snapshot(started)
    assert refused(cli("delete", short), 2) == (
        f"Deleting can't be undone: add --yes to delete {short}."
    )
    assert snapshot(started) == before


def test_delete_leaves_a_tombstone_and_no_bytes_of_the_text(
    cli: Invoke, started: Path, home: Path
) -> None:
    marker = "MARKER-" + uuid.uuid4().hex
    cli("checkin", "--energy", "4", "--note", f"keep this {uuid.uuid4().hex}")
    cli("signal", "headache", "--type", "body", "--situation", f"{marker} in a meeting")
    cli("pattern", "--situation", f"{marker}, again", "--reflection", marker)
    entries = json.loads(cli("log", "--json").stdout)
    doomed = [e for e in entries if e["kind"] != "checkin"]
    # Another connection stays open throughout, as another herstel might: the WAL file stays
    # too, and the text must be gone from it as well as from the store.
    other = sqlite3.connect(started)
    other.execute("SELECT count(*) FROM signal").fetchone()
    wal = started.with_name(started.name + "-wal")
    assert marker.encode() in wal.read_bytes() + started.read_bytes()
    for entry in doomed:
        result = cli("delete", entry["id"][:8], "--yes")
        assert result.exit_code == 0, result.stderr
    assert wal.exists()
    assert result.stdout == "Deleted the pattern note. Its text is gone from your journal file.\n"
    assert [e["kind"] for e in json.loads(cli("log", "--json").stdout)] == ["checkin"]
    assert sorted(rows(started, "SELECT id, kind FROM tombstone")) == sorted(
        (e["id"], e["kind"]) for e in doomed
    )
    for path in home.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
    other.close()


def test_delete_asks_on_a_terminal(cli: Invoke, started: Path) -> None:
    cli("bio", "--text", "School years")
    (short,) = ids_in_log(cli)
    result = cli("delete", short, answers=[False])
    assert result.exit_code == 0
    assert "School years" in result.stdout  # shown before the question
    assert result.stdout.endswith("Kept; nothing was deleted.\n")
    assert rows(started, "SELECT count(*) FROM bio_note") == [(1,)]
    result = cli("delete", short, answers=[True])
    assert result.exit_code == 0
    assert rows(started, "SELECT count(*) FROM bio_note") == [(0,)]


def test_deleting_an_exercise_deletes_its_practice_too(cli: Invoke, started: Path) -> None:
    cli("exercise", "add", "Walk")
    cli("exercise", "done", "walk", "--note", "round the lake")
    cli("exercise", "done", "walk")
    (exercise,) = json.loads(cli("exercise", "--json").stdout)
    result = cli("delete", exercise["id"], "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Practice deleted with it: 2."
    assert rows(started, "SELECT count(*) FROM practice") == [(0,)]
    assert sorted(kind for (kind,) in rows(started, "SELECT kind FROM tombstone")) == [
        "exercise",
        "practice",
        "practice",
    ]


def test_deleting_a_ladder_item_unlinks_its_signals(cli: Invoke, started: Path) -> None:
    cli("ladder", "add", "headache", "--colour", "red")
    cli("signal", "headache", "--type", "body")
    ((before,),) = rows(started, "SELECT updated_at FROM signal")
    (item,) = json.loads(cli("ladder", "--json").stdout)
    assert cli("delete", item["id"], "--yes").exit_code == 0
    ((link, after),) = rows(started, "SELECT ladder_item_id, updated_at FROM signal")
    assert link is None
    assert str(after) > str(before)  # changed, so that an export carries the change
    assert rows(started, "SELECT kind FROM tombstone") == [("ladder",)]


def test_show_and_delete_in_dutch(cli: Invoke, started: Path) -> None:
    cli("signal", "onrust", "--type", "emotie")
    (short,) = ids_in_log(cli)
    assert "onrust (emotie)" in cli("--lang", "nl", "show", short).stdout
    result = cli("--lang", "nl", "delete", short, "--yes")
    assert result.stdout == "Het signaal is verwijderd. De tekst staat niet meer in je dagboek.\n"


def test_delete_while_another_reader_holds_the_wal(cli: Invoke, started: Path, home: Path) -> None:
    marker = "MARKER-" + uuid.uuid4().hex
    cli("signal", "headache", "--type", "body", "--situation", marker)
    (short,) = ids_in_log(cli)
    reader = sqlite3.connect(started)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signal").fetchone()  # a snapshot that holds the WAL
    try:
        result = cli("delete", short, "--yes")
        assert result.exit_code == 0, result.stderr
        assert "Another herstel has the journal open" in result.stdout
        assert json.loads((home / "settings.json").read_text())["forget_pending"] == "yes"
    finally:
        reader.close()
    cli("log")  # the next run finishes the job
    assert "forget_pending" not in json.loads((home / "settings.json").read_text())
    for path in home.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
