"""The coach's side through the CLI, with a client's home and a coach's home on one machine:
keys, import (twice, newer, older, withdrawn, namesakes), every bad file, the overview, the
report, notes, the client's copy and erasure."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pyrage import encrypt, x25519

from conftest import TODAY, Invoke, Result, refused, rows, snapshot
from journals import build_template, copy_home

DOCS = Path(__file__).parent.parent / "docs" / "schema"
FIXTURES = Path(__file__).parent / "fixtures"


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def ok(cli: Invoke, *args: str, env: dict[str, str] | None = None) -> str:
    result = cli(*args, env=env)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


@dataclass
class Coach:
    home: Path
    key: str  # the line `coach keygen` printed: the age key, "+", the signing key

    @property
    def recipient(self) -> str:
        return self.key.partition("+")[0]

    @property
    def store(self) -> Path:
        return self.home / "coach.db"


@dataclass(frozen=True)
class Templates:
    client: Path  # a client's home with a bit of everything, the coach's key set
    coach: Path  # the coach's home, with its key
    key: str  # the coach's public key


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """A coach and a client, made once: every test gets copies of their homes."""
    folder = tmp_path_factory.mktemp("coach-and-client")
    keys: dict[str, str] = {}

    def build(cli: Invoke) -> None:
        result = cli("--home", str(folder / "coach"), "coach", "keygen")
        assert result.exit_code == 0, result.stderr
        keys["coach"] = result.stdout.strip()
        build_client(cli, keys["coach"])

    client = build_template(folder, build)
    return Templates(client=client, coach=folder / "coach", key=keys["coach"])


@pytest.fixture
def coach(templates: Templates, tmp_path: Path) -> Coach:
    home = tmp_path / "coach"
    shutil.copytree(templates.coach, home)
    return Coach(home, templates.key)


def as_coach(cli: Invoke, coach: Coach, *args: str, **kwargs: Any) -> Result:
    return cli("--home", str(coach.home), "coach", *args, **kwargs)


def build_client(cli: Invoke, coach_key: str) -> None:
    """A client's home with a bit of everything, the coach's key set."""
    ok(cli, "init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-20d")
    ok(cli, "config", "set", "coach-key", coach_key)
    ok(cli, "plan", "held", "1")
    ok(cli, "ladder", "add", "Tight chest", "--colour", "orange")
    ok(cli, "checkin", "--date", "-10d", "--energy", "3", "--sleep-hours", "6", "--note", "Low")
    ok(cli, "checkin", "--date", "-2d", "--energy", "6")
    ok(cli, "checkin", "--date", "-1d", "--energy", "7", "--note", "Mine alone", "--private")
    ok(cli, "signal", "Tight chest", "--type", "body", "--limit", "crossed", "--at", "-3d")
    ok(cli, "pattern", "--situation", "Said yes again", "--belief", "no-burden", "--at", "-4d")
    ok(cli, "exercise", "add", "Body scan", "--per-week", "3")
    ok(cli, "exercise", "done", "Body", "--at", "-2d")


@pytest.fixture
def client(templates: Templates, coach: Coach, home: Path) -> Path:
    """A copy of that client's home; returns the home."""
    copy_home(templates.client, home)
    return home


def export_to(cli: Invoke, path: Path, *args: str) -> Path:
    ok(cli, "export", "-o", str(path), *args)
    return path


def another_client(cli: Invoke, tmp_path: Path, name: str, export: Path) -> None:
    """A second client's home (started three days ago), exported plain to `export`."""
    other = tmp_path / f"home-of-{name}"
    ok(cli, "--home", str(other), "init", "--name", name, "--first-session", "-3d")
    ok(cli, "--home", str(other), "export", "--plain", "-o", str(export))


def imported(result: Result) -> dict[str, int]:
    """The counts of the one line an import said of one file."""
    assert result.exit_code == 0, result.stderr
    line = result.stdout.strip()
    assert line.count("\n") == 0, line
    records, counts = line.rsplit(": ", 2)[1:]
    parts = counts.rstrip(".").replace("; ", ", ").split(", ")
    found = {part.split(" ", 1)[1]: int(part.split(" ", 1)[0]) for part in parts}
    # The records the file held: what its export said it shared (the same words on both sides).
    assert int(records.split()[0]) == found["new"] + found["updated"] + found["unchanged"]
    return found


def table(path: Path, name: str, columns: str = "*") -> list[tuple[object, ...]]:
    return rows(path, f"SELECT {columns} FROM {name} ORDER BY id")  # noqa: S608 - test names


def on_day(path: Path, when: str) -> list[tuple[object, ...]]:
    """The check-ins (id, energy) a store holds for one day."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, energy FROM checkin WHERE day = ?", (when,)).fetchall()
    finally:
        conn.close()


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (what the store holds, whatever its bytes)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}  # noqa: S608
    finally:
        conn.close()


# --- keys ---------------------------------------------------------------------------------------


def test_keygen_makes_a_private_key_and_prints_the_public_one(
    cli: Invoke, coach: Coach, home: Path
) -> None:
    identity = coach.home / "coach-identity.txt"
    assert coach.key.startswith("age1") and "+ed25519:" in coach.key
    assert stat.S_IMODE(identity.stat().st_mode) == 0o600
    assert stat.S_IMODE(coach.home.stat().st_mode) == 0o700
    secret = next(line for line in identity.read_text().splitlines() if line.startswith("AGE-"))
    assert str(x25519.Identity.from_str(secret).to_public()) == coach.recipient
    signing = coach.home / "coach-signing-key.pem"
    assert stat.S_IMODE(signing.stat().st_mode) == 0o600
    assert "PRIVATE KEY" in signing.read_text()
    shown = as_coach(cli, coach, "key")
    assert shown.stdout == coach.key + "\n"
    assert f"herstel config set coach-key {coach.key}" in shown.stderr
    # A client takes it as it is.
    ok(cli, "init", "--name", "Bo", "--first-session", "today")
    ok(cli, "config", "set", "coach-key", coach.key)


def test_keygen_never_overwrites_a_key(cli: Invoke, coach: Coach) -> None:
    identity = coach.home / "coach-identity.txt"
    before = identity.read_bytes()
    message = refused(as_coach(cli, coach, "keygen"), 1)
    assert "already have a key" in message and "--rotate" in message
    assert identity.read_bytes() == before


def test_a_rotated_key_keeps_the_old_one_for_older_exports(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    old = export_to(cli, tmp_path / "old.age")
    new_key = ok(cli, "--home", str(coach.home), "coach", "keygen", "--rotate").strip()
    assert new_key != coach.key
    assert as_coach(cli, coach, "key").stdout.strip() == new_key
    identity = (coach.home / "coach-identity.txt").read_text()
    assert identity.count("AGE-SECRET-KEY-") == 2
    assert stat.S_IMODE((coach.home / "coach-identity.txt").stat().st_mode) == 0o600
    ok(cli, "config", "set", "coach-key", new_key)
    new = export_to(cli, tmp_path / "new.age", "--new-coach-key", new_key)
    assert imported(as_coach(cli, coach, "import", str(old)))["new"] > 0
    assert imported(as_coach(cli, coach, "import", str(new)))["new"] == 0


def test_no_key_yet(cli: Invoke, tmp_path: Path) -> None:
    assert "herstel coach keygen" in refused(cli("--home", str(tmp_path / "c"), "coach", "key"), 1)


# --- import -------------------------------------------------------------------------------------


def test_an_export_imports_once_and_again_changes_nothing(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    export = export_to(cli, tmp_path / "anna.age")
    first = imported(as_coach(cli, coach, "import", str(export)))
    # 10 sessions, 1 ladder item, 1 exercise, 2 shared check-ins, 1 signal, 1 pattern, 1 practice
    assert first == {"new": 17, "updated": 0, "deleted": 0, "unchanged": 0}
    assert stat.S_IMODE(coach.store.stat().st_mode) == 0o600
    held = content(coach.store)
    again = imported(as_coach(cli, coach, "import", str(export)))
    assert again == {"new": 0, "updated": 0, "deleted": 0, "unchanged": 17}
    after = content(coach.store)
    assert {k: v for k, v in after.items() if k != "client"} == {
        k: v for k, v in held.items() if k != "client"
    }
    assert sorted(table(coach.store, "checkin", "day, energy")) == [(day(-10), 3), (day(-2), 6)]
    # What the client kept private never reached the coach.
    assert not rows(coach.store, "SELECT 1 FROM checkin WHERE note = 'Mine alone'")
    assert table(coach.store, "trajectory", "client_name, active") == [("Anna", 1)]


def test_newer_exports_update_and_delete_and_older_ones_undo_nothing(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    older = export_to(cli, tmp_path / "older.age")
    assert imported(as_coach(cli, coach, "import", str(older)))["new"] == 17
    ok(cli, "checkin", "--date", "-10d", "--energy", "4")  # an update
    pattern = json.loads(ok(cli, "log", "--json", "--kind", "pattern"))[0]["id"]
    ok(cli, "delete", pattern, "--yes")
    ok(cli, "checkin", "--date", "today", "--energy", "5")  # new
    newer = export_to(cli, tmp_path / "newer.age")
    counts = imported(as_coach(cli, coach, "import", str(newer)))
    assert counts == {"new": 1, "updated": 1, "deleted": 1, "unchanged": 15}
    assert sorted(table(coach.store, "checkin", "day, energy")) == [
        (day(-10), 4),
        (day(-2), 6),
        (day(0), 5),
    ]
    assert table(coach.store, "pattern_note") == []
    held = content(coach.store)
    counts = imported(as_coach(cli, coach, "import", str(older)))
    assert counts["new"] == counts["updated"] == counts["deleted"] == 0
    after = content(coach.store)
    assert {k: v for k, v in after.items() if k != "client"} == {
        k: v for k, v in held.items() if k != "client"
    }


def test_an_entry_made_private_after_it_was_shared_is_withdrawn(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "a.age"))))
    low = json.loads(ok(cli, "log", "--json", "--kind", "checkin"))[0]
    assert low["note"] == "Low"
    ok(cli, "edit", low["id"], "--private")
    counts = imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "b.age"))))
    assert counts["deleted"] == 1
    assert not rows(coach.store, "SELECT 1 FROM checkin WHERE note = 'Low'")
    # An export of a period says nothing of entries outside it: those stay.
    ok(cli, "edit", low["id"], "--not-private")
    imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "c.age"))))
    part = export_to(cli, tmp_path / "d.age", "--since", "-3d")
    assert imported(as_coach(cli, coach, "import", str(part)))["deleted"] == 0
    assert rows(coach.store, "SELECT 1 FROM checkin WHERE note = 'Low'")


def test_a_newer_checkin_of_the_same_day_replaces_the_one_held(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    first = export_to(cli, tmp_path / "first.json", "--plain")
    imported(as_coach(cli, coach, "import", str(first)))
    document = json.loads(first.read_bytes())
    # The same day, another id (a restore, another device): the newer one wins, one row remains.
    replacement = dict(document["checkins"][0])
    replacement["id"] = "00000000-0000-4000-8000-000000000001"
    replacement["updated_at"] = "2099-01-01T00:00:00+00:00"
    replacement["energy"] = 9
    document["checkins"][0] = replacement
    second = tmp_path / "second.json"
    second.write_text(json.dumps(document))
    counts = imported(as_coach(cli, coach, "import", str(second)))
    assert counts["updated"] == 1
    assert on_day(coach.store, day(-10)) == [(replacement["id"], 9)]
    # The older one, imported again, does not come back beside it.
    imported(as_coach(cli, coach, "import", str(first)))
    assert on_day(coach.store, day(-10)) == [(replacement["id"], 9)]


def test_passphrase_exports_import_with_the_passphrase(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    env = {"HERSTEL_PASSPHRASE": "correct horse battery"}
    path = tmp_path / "pass.age"
    ok(cli, "export", "--passphrase", "-o", str(path), env=env)
    assert imported(as_coach(cli, coach, "import", str(path), env=env))["new"] == 17
    wrong = as_coach(cli, coach, "import", str(path), env={"HERSTEL_PASSPHRASE": "not it at all"})
    assert "passphrase isn't right" in refused(wrong, 1)


def test_armored_and_plain_exports_and_stdin_import(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    armored = export_to(cli, tmp_path / "anna.txt", "--armor")
    assert imported(as_coach(cli, coach, "import", str(armored)))["new"] == 17
    plain = export_to(cli, tmp_path / "anna.json", "--plain")
    result = as_coach(cli, coach, "import", "-", stdin=plain.read_bytes())
    assert imported(result)["unchanged"] == 17
    assert result.stdout.startswith("-: Anna: ")


def test_a_namesake_is_not_merged_into_the_client_held(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    ok(cli, "export", "--plain", "-o", str(tmp_path / "anna.json"))
    imported(as_coach(cli, coach, "import", str(tmp_path / "anna.json")))
    other = tmp_path / "other"
    ok(cli, "--home", str(other), "init", "--name", "anna ", "--first-session", "-3d")
    ok(cli, "--home", str(other), "checkin", "--energy", "5")
    ok(cli, "--home", str(other), "export", "--plain", "-o", str(tmp_path / "namesake.json"))
    before = snapshot(coach.store)
    message = refused(as_coach(cli, coach, "import", str(tmp_path / "namesake.json")), 1)
    assert message.startswith("namesake.json: not imported.") and "--new-client" in message
    assert snapshot(coach.store) == before
    # On a terminal it asks; "no" leaves the file.
    result = as_coach(cli, coach, "import", str(tmp_path / "namesake.json"), answers=[False])
    assert result.exit_code == 1 and "Left aside, as you chose" in result.stderr
    assert snapshot(coach.store) == before
    result = as_coach(cli, coach, "import", str(tmp_path / "namesake.json"), answers=[True])
    assert imported(result)["new"] == 11
    assert len(table(coach.store, "trajectory")) == 2
    # Now a name alone is ambiguous, and the error lists both.
    message = refused(as_coach(cli, coach, "report", "Anna"), 1)
    assert message.count("Anna") + message.count("anna") >= 3
    ids = [r[0] for r in table(coach.store, "trajectory", "id")]
    assert all(ident[:8] in message for ident in ids)
    for ident in ids:
        assert as_coach(cli, coach, "report", ident[:8], "--json").exit_code == 0


def test_new_client_flag_off_a_terminal(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    ok(cli, "export", "--plain", "-o", str(tmp_path / "a.json"))
    another_client(cli, tmp_path, "Anna", tmp_path / "b.json")
    result = as_coach(cli, coach, "import", "--new-client", str(tmp_path / "a.json"),
                      str(tmp_path / "b.json"))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    assert len(table(coach.store, "trajectory")) == 2


# --- bad files ----------------------------------------------------------------------------------


def valid_plain(cli: Invoke, tmp_path: Path) -> dict[str, Any]:
    path = export_to(cli, tmp_path / "valid.json", "--plain")
    return json.loads(path.read_bytes())


def nested(depth: int) -> bytes:
    return b'{"format": "herstel-export", "x": ' + b"[" * depth + b"]" * depth + b"}"


def mutated(document: dict[str, Any], change: str) -> bytes:
    copy = json.loads(json.dumps(document))
    if change == "missing":
        del copy["checkins"][0]["energy"]
    elif change == "extra":
        copy["checkins"][0]["mood"] = "fine"
    elif change == "wrong_type":
        copy["checkins"][0]["energy"] = "3"
    elif change == "out_of_range":
        copy["checkins"][0]["energy"] = 11
    elif change == "newer":
        copy["format_version"] = 6
    elif change == "not_export":
        copy["format"] = "something-else"
    elif change == "coach_export":
        copy["format"] = "herstel-coach-export"
        copy["coach_notes"] = []
    elif change == "naive_time":
        copy["exported_at"] = "2026-11-29T10:00:00"
    elif change == "dangling":
        copy["practices"][0]["exercise_id"] = "00000000-0000-4000-8000-00000000dead"
    elif change == "twice":
        copy["signals"].append(copy["signals"][0])
    text = json.dumps(copy)
    if change == "nan":
        text = text.replace('"sleep_hours": 6.0', '"sleep_hours": NaN')
        assert "NaN" in text
    return text.encode()


BAD = {
    "not_json": ("plain text, not JSON", "isn't JSON"),
    "truncated": (None, "isn't JSON"),
    "empty": (b"", "This file is empty"),
    "secret_key": (b"# created: 2026\nAGE-SECRET-KEY-1QQQ\n", "This is a secret key"),
    "random": (os.urandom(4096), "isn't JSON"),
    "json_list": (b"[1, 2, 3]", "isn't a herstel export"),
    "deep": (nested(100_000), "nested far too deep"),
    "not_export": ("mutate", "isn't a herstel export"),
    "coach_export": ("mutate", "herstel coach import takes only"),
    "newer": ("mutate", "update herstel"),
    "missing": ("mutate", "checkins.0.energy"),
    "extra": ("mutate", "checkins.0.mood"),
    "wrong_type": ("mutate", "checkins.0.energy"),
    "out_of_range": ("mutate", "checkins.0.energy"),
    "nan": ("mutate", "checkins.0.sleep_hours"),
    "naive_time": ("mutate", "exported_at"),
    "dangling": ("mutate", "practices.0.exercise_id"),
    "twice": ("mutate", "signals.1.id"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_is_refused_in_one_line_and_the_store_stays_as_it_was(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path, case: str
) -> None:
    document = valid_plain(cli, tmp_path)
    imported(as_coach(cli, coach, "import", str(tmp_path / "valid.json")))
    given, expected = BAD[case]
    if given == "mutate":
        data = mutated(document, case)
    elif case == "truncated":
        data = (tmp_path / "valid.json").read_bytes()[:-300]
    else:
        data = given if isinstance(given, bytes) else str(given).encode()
    bad = tmp_path / f"{case}.json"
    bad.write_bytes(data)
    before = snapshot(coach.store)
    message = refused(as_coach(cli, coach, "import", str(bad)), 1)
    assert message.startswith(f"{case}.json: not imported. "), message
    assert expected in message, message
    assert snapshot(coach.store) == before
    if case in ("missing", "nan", "wrong_type"):
        assert "Low" not in message  # where the problem is, never what the file says


def test_encrypted_files_that_cannot_be_opened(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    export = export_to(cli, tmp_path / "anna.age")
    imported(as_coach(cli, coach, "import", str(export)))
    before = snapshot(coach.store)
    stranger = x25519.Identity.generate().to_public()
    (tmp_path / "stranger.age").write_bytes(encrypt(b'{"format": "herstel-export"}', [stranger]))
    message = refused(as_coach(cli, coach, "import", str(tmp_path / "stranger.age")), 1)
    assert "wasn't encrypted for you" in message
    data = bytearray(export.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "flipped.age").write_bytes(bytes(data))
    message = refused(as_coach(cli, coach, "import", str(tmp_path / "flipped.age")), 1)
    assert "damaged" in message
    assert snapshot(coach.store) == before


def test_files_too_big_missing_or_folders(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "a.age"))))
    before = snapshot(coach.store)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: no need to write 50 MB
    assert "over 50 MB" in refused(as_coach(cli, coach, "import", str(big)), 1)
    assert "There's no file" in refused(as_coach(cli, coach, "import", "nowhere.age"), 1)
    assert "folder" in refused(as_coach(cli, coach, "import", str(tmp_path)), 1)
    assert snapshot(coach.store) == before


def test_a_bad_file_among_good_ones(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    good = export_to(cli, tmp_path / "good.age")
    (tmp_path / "bad.json").write_text("{")
    result = as_coach(cli, coach, "import", str(tmp_path / "bad.json"), str(good))
    assert result.exit_code == 1
    assert result.stderr.startswith("bad.json: not imported.")
    assert result.stderr.count("\n") == 1
    assert result.stdout.startswith("good.age: Anna: 17 records: 17 new")


def test_import_needs_a_key_for_an_encrypted_file(
    cli: Invoke, client: Path, tmp_path: Path
) -> None:
    export = export_to(cli, tmp_path / "anna.age")
    result = cli("--home", str(tmp_path / "fresh"), "coach", "import", str(export))
    assert "herstel coach keygen" in refused(result, 1)


def test_usage_errors(cli: Invoke, coach: Coach) -> None:
    assert refused(as_coach(cli, coach, "import"), 2)
    assert "once" in refused(as_coach(cli, coach, "import", "-", "-"), 2)


# --- the coach's views --------------------------------------------------------------------------


@pytest.fixture
def held(cli: Invoke, coach: Coach, client: Path, tmp_path: Path) -> Coach:
    imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "anna.age"))))
    return coach


def test_clients_at_a_glance(cli: Invoke, held: Coach) -> None:
    (anna,) = json.loads(as_coach(cli, held, "clients", "--json").stdout)
    assert anna["name"] == "Anna"
    assert anna["focus"] == "unknown"
    assert anna["last_checkin"] == day(-2)  # the private one of yesterday stayed home
    assert anna["energy_average_14d"] == 4.5
    assert anna["energy_average_before"] is None and anna["energy_trend"]["direction"] is None
    assert anna["crossings_14d"] == 1
    assert anna["days_since_import"] == 0
    # Session 1 was held; session 2 has passed without being noted as held: 3 is next.
    assert anna["next_session"]["number"] == 3 and anna["next_session"]["phase"] == 1
    plain = as_coach(cli, held, "clients").stdout
    assert "Anna" in plain and "3 of 10, phase 1" in plain and "today" in plain
    assert plain == as_coach(cli, held).stdout  # `herstel coach` alone shows the same


def test_the_trend_arrow_compares_two_fortnights(
    cli: Invoke, coach: Coach, home: Path, tmp_path: Path
) -> None:
    ok(cli, "init", "--name", "Bo", "--first-session", "-40d")
    for offset in range(-27, -13):
        ok(cli, "checkin", "--date", f"{offset}d", "--energy", "3")
    for offset in range(-13, 0):
        ok(cli, "checkin", "--date", f"{offset}d", "--energy", "6")
    ok(cli, "checkin", "--date", "today", "--energy", "6")
    ok(cli, "export", "--plain", "-o", str(tmp_path / "bo.json"))
    imported(as_coach(cli, coach, "import", str(tmp_path / "bo.json")))
    (bo,) = json.loads(as_coach(cli, coach, "clients", "--json").stdout)
    assert (
        bo["energy_average_14d"],
        bo["energy_average_before"],
        bo["energy_trend"]["direction"],
    ) == (
        6.0,
        3.0,
        "rising",
    )
    assert "6.0 rising" in as_coach(cli, coach, "clients").stdout


def test_no_clients_yet(cli: Invoke, coach: Coach) -> None:
    assert "No clients yet" in as_coach(cli, coach, "clients").stdout
    assert json.loads(as_coach(cli, coach, "clients", "--json").stdout) == []
    assert "no clients yet" in refused(as_coach(cli, coach, "report", "Anna"), 1)


def test_report_notes_and_their_privacy(cli: Invoke, held: Coach, tmp_path: Path) -> None:
    ok(cli, "--home", str(held.home), "coach", "note", "anna", "Seems more rested")
    ok(cli, "--home", str(held.home), "coach", "note", "ANN", "Ask about sleep", "--session", "2")
    report = json.loads(as_coach(cli, held, "report", "Anna", "--json").stdout)
    assert report["client"]["name"] == "Anna"
    assert [(n["session"], n["text"]) for n in report["coach_notes"]] == [
        (None, "Seems more rested"),
        (2, "Ask about sleep"),
    ]
    assert report["checkins"] == 1  # the current period: from session 2, six days ago
    text = as_coach(cli, held, "report", "Anna").stdout
    assert text.startswith("Anna, focus: not clear yet")
    assert "Your notes as coach" in text and "(session 2): Ask about sleep" in text
    target = tmp_path / "report.md"
    ok(cli, "--home", str(held.home), "coach", "report", "Anna", "--markdown", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "# Anna, focus: not clear yet" in target.read_text()
    # An import never touches the notes.
    imported(as_coach(cli, held, "import", str(tmp_path / "anna.age")))
    assert len(table(held.store, "coach_note")) == 2
    assert "--session" in refused(as_coach(cli, held, "note", "Anna", "x", "--session", "11"), 2)
    assert refused(as_coach(cli, held, "note", "Anna"), 2)
    assert "No client fits 'Bo'" in refused(as_coach(cli, held, "note", "Bo", "x"), 1)


def test_report_since_a_day(cli: Invoke, held: Coach) -> None:
    report = json.loads(as_coach(cli, held, "report", "Anna", "--since", "-15d", "--json").stdout)
    assert report["since"] == day(-15)
    assert report["checkins"] == 2
    assert refused(as_coach(cli, held, "report", "Anna", "--since", "+3d"), 2)


def test_coach_export_holds_everything_with_the_notes(
    cli: Invoke, held: Coach, tmp_path: Path
) -> None:
    ok(cli, "--home", str(held.home), "coach", "note", "Anna", "Keep an eye on sleep")
    ok(cli, "--home", str(held.home), "coach", "note", "Anna", "Well done", "--share")
    ok(cli, "--home", str(held.home), "coach", "goal", "add", "Anna", "Rest", "--part", "energy")
    ok(cli, "--home", str(held.home), "coach", "exercise", "add", "Anna", "Walk", "--per-week", "3")
    document = json.loads(as_coach(cli, held, "export", "Anna").stdout)
    schema = json.loads((DOCS / "herstel-coach-export-v5.json").read_text())
    validator = jsonschema.Draft202012Validator
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(document)
    assert (document["format"], document["format_version"]) == ("herstel-coach-export", 5)
    assert [(n["text"], n["shared"]) for n in document["coach_notes"]] == [
        ("Keep an eye on sleep", False),
        ("Well done", True),
    ]
    proposals = document["proposals"]
    assert [g["text"] for g in proposals["goals"]] == ["Rest"]
    assert [(e["name"], e["per_week"]) for e in proposals["exercises"]] == [("Walk", 3)]
    assert proposals["packets_sent"] == 0
    assert len(document["checkins"]) == 2 and len(document["sessions"]) == 10
    target = tmp_path / "anna-held.json"
    ok(cli, "--home", str(held.home), "coach", "export", "Anna", "-o", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The coach's copy is for the client to read: import refuses it.
    message = refused(as_coach(cli, held, "import", str(target)), 1)
    assert "herstel coach import takes only a client's own export" in message


def test_forget_erases_every_byte(cli: Invoke, coach: Coach, home: Path, tmp_path: Path) -> None:
    marker = "Zqxmarker"
    ok(cli, "init", "--name", f"Anna {marker}", "--first-session", "-20d")
    ok(cli, "checkin", "--date", "-2d", "--energy", "5", "--note", f"{marker} note")
    ok(cli, "signal", f"{marker} chest", "--type", "body", "--at", "-2d")
    ok(cli, "export", "--plain", "-o", str(tmp_path / "a.json"))
    imported(as_coach(cli, coach, "import", str(tmp_path / "a.json")))
    ok(cli, "--home", str(coach.home), "coach", "note", "Anna", f"{marker} coach")
    ok(cli, "--home", str(coach.home), "coach", "goal", "add", "Anna", f"{marker} goal", "--part",
       "energy")  # fmt: skip
    # Another client stays.
    another_client(cli, tmp_path, "Bo", tmp_path / "b.json")
    imported(as_coach(cli, coach, "import", str(tmp_path / "b.json")))
    # A pre-migration backup of the coach store holds the client too.
    backups = coach.home / "backups"
    backups.mkdir()
    (backups / "coach-v0005-20260101T000000000000Z.db").write_bytes(coach.store.read_bytes())
    (backups / "herstel-v0005-20260101T000000000000Z.db").write_bytes(b"the client's own")

    assert "--yes" in refused(as_coach(cli, coach, "forget", "Anna"), 2)
    kept = as_coach(cli, coach, "forget", "Anna", answers=[False])
    assert "automatic backups of your coach store (1)" in kept.stdout
    assert "Nothing was erased" in kept.stdout
    assert (backups / "coach-v0005-20260101T000000000000Z.db").exists()

    result = as_coach(cli, coach, "forget", "Anna", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "erased" in result.stdout
    for path in coach.home.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path
    assert not (backups / "coach-v0005-20260101T000000000000Z.db").exists()
    assert (backups / "herstel-v0005-20260101T000000000000Z.db").exists()
    assert [r[0] for r in table(coach.store, "trajectory", "client_name")] == ["Bo"]
    assert rows(coach.store, "PRAGMA integrity_check") == [("ok",)]
    for name in ("checkin", "signal", "session", "coach_note", "tombstone", "client"):
        assert all(r[0] for r in rows(coach.store, f"SELECT trajectory_id != '' FROM {name}"))  # noqa: S608
    assert len(table(coach.store, "session")) == 10


def test_coach_commands_in_dutch(cli: Invoke, held: Coach) -> None:
    result = cli("--home", str(held.home), "--lang", "nl", "coach", "clients")
    assert "Cliënt" in result.stdout and "3 van 10, fase 1" in result.stdout
    message = refused(cli("--home", str(held.home), "--lang", "nl", "coach", "report", "Xo"), 1)
    assert message.startswith("Geen cliënt past bij 'Xo'")


def test_where_names_the_coach_key(cli: Invoke, home: Path) -> None:
    paths = json.loads(ok(cli, "where", "--json"))
    assert paths["coach_identity"] == str(home / "coach-identity.txt")


def test_the_committed_coach_schema_is_the_models_schema() -> None:
    from herstel.exchange.schema import schema_text

    for name in (
        "herstel-coach-export-v1.json",
        "herstel-coach-export-v2.json",
        "herstel-coach-export-v3.json",
        "herstel-coach-export-v4.json",
        "herstel-coach-export-v5.json",
    ):
        assert (DOCS / name).read_text(encoding="utf-8") == schema_text(name), (
            "docs/schema is stale: python -m herstel.exchange.schema"
        )


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("coach-export-v*.json")))
def test_every_released_coach_format_still_reads(fixture: Path) -> None:
    from herstel.exchange import coach_format
    from herstel.exchange import format as fmt

    version = int(fixture.stem.removeprefix("coach-export-v"))
    model = getattr(fmt, f"CoachExportV{version}", None) or getattr(
        coach_format, f"CoachExportV{version}"
    )
    document = model.model_validate_json(fixture.read_bytes())
    assert document.format_version == version
    assert document.coach_notes


# --- what review found ----------------------------------------------------------------------


def plain_export(cli: Invoke, path: Path) -> dict[str, Any]:
    ok(cli, "export", "--plain", "-o", str(path))
    return json.loads(path.read_bytes())


def test_an_export_from_a_clock_far_ahead_is_refused(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    document = plain_export(cli, tmp_path / "now.json")
    document["exported_at"] = "2099-01-01T00:00:00+00:00"
    ahead = tmp_path / "ahead.json"
    ahead.write_text(json.dumps(document))
    message = refused(as_coach(cli, coach, "import", str(ahead)), 1)
    assert "still to come" in message and "clock" in message
    # So a real export later still brings its new entries.
    imported(as_coach(cli, coach, "import", str(tmp_path / "now.json")))
    ok(cli, "checkin", "--date", "today", "--energy", "5")
    assert (
        imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "b.age"))))["new"]
        == 1
    )


def test_a_held_checkin_newer_than_the_files_one_of_its_day_stays(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    document = plain_export(cli, tmp_path / "a.json")
    imported(as_coach(cli, coach, "import", str(tmp_path / "a.json")))
    held_id = document["checkins"][0]["id"]
    # A later file (a restored backup, say) with another, older check-in for that day.
    older = dict(document["checkins"][0])
    older["id"] = "00000000-0000-4000-8000-000000000002"
    older["updated_at"] = "2001-01-01T00:00:00+00:00"
    document["checkins"][0] = older
    later = datetime.fromisoformat(document["exported_at"]) + timedelta(minutes=1)
    document["exported_at"] = later.isoformat()
    (tmp_path / "b.json").write_text(json.dumps(document))
    counts = imported(as_coach(cli, coach, "import", str(tmp_path / "b.json")))
    assert counts["deleted"] == 0
    assert on_day(coach.store, day(-10)) == [(held_id, 3)]


def test_counts_follow_the_practice_of_a_withdrawn_or_deleted_exercise(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    ok(cli, "exercise", "done", "Body", "--at", "-3d")
    document = plain_export(cli, tmp_path / "a.json")
    imported(as_coach(cli, coach, "import", str(tmp_path / "a.json")))
    # The next file leaves the exercise out, and so its practice (as when made private).
    document["exercises"], document["practices"] = [], []
    later = datetime.fromisoformat(document["exported_at"]) + timedelta(minutes=1)
    document["exported_at"] = later.isoformat()
    (tmp_path / "b.json").write_text(json.dumps(document))
    counts = imported(as_coach(cli, coach, "import", str(tmp_path / "b.json")))
    assert counts["deleted"] == 3  # the exercise and its two practices
    assert table(coach.store, "practice") == []


def test_deletions_count_each_record_once_whatever_their_order(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    ok(cli, "exercise", "done", "Body", "--at", "-3d")
    imported(as_coach(cli, coach, "import", str(export_to(cli, tmp_path / "a.age"))))
    body = json.loads(ok(cli, "exercise", "list", "--json"))[0]["id"]
    ok(cli, "delete", body, "--yes")  # tombstones for the exercise and its two practices
    export = export_to(cli, tmp_path / "b.age")
    # Practice first, then the exercise: neither is lost to the other's cascade uncounted.
    assert imported(as_coach(cli, coach, "import", str(export)))["deleted"] == 3


def test_a_deletion_may_not_carry_another_clients_id(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    anna = plain_export(cli, tmp_path / "anna.json")
    imported(as_coach(cli, coach, "import", str(tmp_path / "anna.json")))
    another_client(cli, tmp_path, "Bo", tmp_path / "bo.json")
    bo = json.loads((tmp_path / "bo.json").read_bytes())
    bo["tombstones"] = [
        {"id": anna["checkins"][0]["id"], "kind": "checkin", "deleted_at": bo["exported_at"]}
    ]
    (tmp_path / "bo.json").write_text(json.dumps(bo))
    before = snapshot(coach.store)
    assert "another client" in refused(as_coach(cli, coach, "import", str(tmp_path / "bo.json")), 1)
    assert snapshot(coach.store) == before


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_moments_off_the_calendar_are_refused_in_one_line(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path, moment: str
) -> None:
    document = plain_export(cli, tmp_path / "a.json")
    document["checkins"][0]["created_at"] = moment
    (tmp_path / "edge.json").write_text(json.dumps(document))
    result = as_coach(cli, coach, "import", str(tmp_path / "edge.json"), str(tmp_path / "a.json"))
    assert result.exit_code == 1
    assert result.stderr == "edge.json: not imported. This export doesn't match its format: " \
        "1 problem(s), the first at checkins.0.created_at.\n"  # fmt: skip
    assert result.stdout.startswith("a.json: Anna: 17 records: 17 new")


def test_a_device_is_never_read_whole(cli: Invoke, coach: Coach) -> None:
    assert "isn't a regular file" in refused(as_coach(cli, coach, "import", "/dev/zero"), 1)


def test_namesakes_are_told_apart_by_their_ids(
    cli: Invoke, coach: Coach, client: Path, tmp_path: Path
) -> None:
    ok(cli, "export", "--plain", "-o", str(tmp_path / "a.json"))
    another_client(cli, tmp_path, "Anna", tmp_path / "b.json")
    as_coach(
        cli, coach, "import", "--new-client", str(tmp_path / "a.json"), str(tmp_path / "b.json")
    )
    shown = as_coach(cli, coach, "clients").stdout
    for ident in [r[0] for r in table(coach.store, "trajectory", "id")]:
        assert f"Anna ({ident[:8]})" in shown


def test_looking_creates_no_store(cli: Invoke, tmp_path: Path) -> None:
    home = tmp_path / "empty"
    assert "No clients yet" in cli("--home", str(home), "coach").stdout
    assert not (home / "coach.db").exists()


def test_forget_says_what_else_went_and_what_stays(cli: Invoke, held: Coach) -> None:
    backups = held.home / "backups"
    backups.mkdir()
    (backups / "coach-v0005-20260101T000000000000Z.db").write_bytes(b"old")
    said = ok(cli, "--home", str(held.home), "coach", "forget", "anna", "--yes")
    assert "backups of your coach store (1) are deleted too" in said
    assert "Files you wrote yourself" in said


def test_no_key_points_at_the_home(cli: Invoke, client: Path, tmp_path: Path) -> None:
    export = export_to(cli, tmp_path / "anna.age")
    nowhere = tmp_path / "fresh"
    message = refused(cli("--home", str(nowhere), "coach", "import", str(export)), 1)
    assert f"({nowhere})" in message and "Is --home right?" in message


def test_the_overview_keeps_every_column_on_a_narrow_terminal(held: Coach, tmp_path: Path) -> None:
    import pexpect

    env = {**os.environ, "HERSTEL_HOME": str(held.home), "TERM": "xterm", "LANG": "C.UTF-8"}
    env.pop("NO_COLOR", None)
    for lang in ("en", "nl"):
        child = pexpect.spawn(
            sys.executable, ["-m", "herstel", "--lang", lang, "coach"], env=env,
            encoding="utf-8", dimensions=(30, 80), timeout=30,
        )  # fmt: skip
        child.expect(pexpect.EOF)
        child.close()
        screen = child.before
        assert child.exitstatus == 0, screen
        assert "Anna" in screen
        assert ("today" if lang == "en" else "vandaag") in screen


def test_the_report_speaks_about_the_client_not_to_them(cli: Invoke, held: Coach) -> None:
    report = as_coach(cli, held, "report", "Anna", "--since", "-15d").stdout
    assert "Energy averaged" in report and "Your energy" not in report
    assert "over the limit" in report and "my limit" not in report
    assert "Orange on the ladder:" in report and "your ladder" not in report
    dutch = cli("--home", str(held.home), "--lang", "nl", "coach", "report", "Anna",
                "--since", "-15d").stdout  # fmt: skip
    assert "De energie was gemiddeld" in dutch and "over de grens" in dutch


def test_every_coach_voice_message_exists_in_both_languages() -> None:
    import string

    from herstel.i18n import en, nl
    from herstel.ui.prepare import COACH_VOICE

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for client, coach_key in COACH_VOICE.items():
        for catalog in (en.MESSAGES, nl.MESSAGES):
            assert fields(catalog[coach_key]) == fields(catalog[client]), coach_key
