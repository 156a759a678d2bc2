"""`herstel export` through the CLI: the format checked against the committed JSON Schema,
private records held back, periods, tombstones, age encryption (to the coach and the client,
armored, with a passphrase), reading back, preview, and every bad input."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import decrypt, x25519

from conftest import TODAY, Invoke, refused, rows, snapshot
from journals import build_template, copy_home

SCHEMAS = Path(__file__).parent.parent / "docs" / "schema"
SCHEMA = SCHEMAS / "herstel-export-v5.json"  # the current version's
FIXTURES = Path(__file__).parent / "fixtures"
COACH = x25519.Identity.generate()
COACH_KEY = str(COACH.to_public())


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def ok(cli: Invoke, *args: str, env: dict[str, str] | None = None) -> str:
    result = cli(*args, env=env)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


def valid(document: dict[str, Any]) -> dict[str, Any]:
    """`document`, after checking it against the committed schema of its version."""
    version = document.get("format_version")
    path = SCHEMAS / f"herstel-export-v{version}.json" if version in (1, 2, 3, 4) else SCHEMA
    schema = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator
    validator.check_schema(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(document)
    return document


def test_the_schema_checks_formats_too() -> None:
    export = json.loads((FIXTURES / "export-v1.json").read_bytes())
    export["checkins"][0]["day"] = "25/11/2026"
    with pytest.raises(jsonschema.ValidationError, match="is not a 'date'"):
        valid(export)
    export = json.loads((FIXTURES / "export-v1.json").read_bytes())
    export["exported_at"] = "yesterday-ish"
    with pytest.raises(jsonschema.ValidationError, match="is not a 'date-time'"):
        valid(export)


def plain(cli: Invoke, *args: str) -> dict[str, Any]:
    return valid(json.loads(ok(cli, "export", "--plain", *args)))


def build_journal(cli: Invoke) -> None:
    """A trajectory with every kind of record, some of them private, and one deleted."""
    ok(cli, "init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-20d",
       "--time", "10:00")  # fmt: skip
    ok(cli, "plan", "held", "1", "--note", "A good start")
    ok(cli, "ladder", "add", "Tight chest", "--colour", "orange", "--action", "Walk")
    ok(cli, "ladder", "add", "Clenched jaw", "--colour", "red", "--private")
    ok(cli, "checkin", "--date", "-10d", "--energy", "3", "--sleep-hours", "6,5",
       "--giver", "walk", "--drainer", "mail", "--note", "Tired\nbut here")  # fmt: skip
    ok(cli, "checkin", "--date", "-5d", "--energy", "6", "--note", "Private day", "--private")
    ok(cli, "checkin", "--date", "-1d", "--energy", "7")
    ok(cli, "signal", "Tight chest", "--type", "body", "--limit", "near", "--at", "-9d 14:00",
       "--where", "chest")  # fmt: skip
    ok(cli, "signal", "Clenched jaw", "--type", "body", "--at", "-8d")
    ok(cli, "signal", "Shame", "--type", "emotion", "--at", "-7d", "--private")
    ok(cli, "pattern", "--situation", "Said yes again", "--belief", "no-burden", "--at", "-6d")
    ok(cli, "bio", "--life-stage", "School", "--drives", "Being needed", "--at", "-4d")
    ok(cli, "exercise", "add", "Body scan", "--per-week", "3", "--session", "1")
    ok(cli, "exercise", "add", "Secret walk", "--private")
    ok(cli, "exercise", "done", "Body", "--at", "-3d", "--minutes", "10")
    ok(cli, "exercise", "done", "Secret", "--at", "-2d")
    ok(cli, "checkin", "--date", "-2d", "--energy", "4", "--note", "Deleted later")
    found = json.loads(ok(cli, "log", "--json", "--grep", "Deleted later"))
    ok(cli, "delete", found[0]["id"], "--yes")


@pytest.fixture(scope="session")
def journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("export-journal"), build_journal)


@pytest.fixture
def journal(journal_template: Path, home: Path) -> Path:
    """A copy of that journal, for one test to export and change."""
    return copy_home(journal_template, home)


def test_a_plain_export_holds_what_was_shared_and_nothing_private(
    cli: Invoke, journal: Path
) -> None:
    export = plain(cli)
    assert (export["format"], export["format_version"]) == ("herstel-export", 5)
    assert export["period"] == {"since": None, "until": None}
    assert export["trajectory"]["client_name"] == "Anna"
    assert export["trajectory"]["language"] == "en"
    assert len(export["sessions"]) == 10
    assert export["sessions"][0]["note"] == "A good start"
    assert export["sessions"][0]["status"] == "held"
    assert [i["signal"] for i in export["ladder"]] == ["Tight chest"]
    assert [e["name"] for e in export["exercises"]] == ["Body scan"]
    assert [(c["day"], c["energy"], c["note"]) for c in export["checkins"]] == [
        (day(-10), 3, "Tired\nbut here"),
        (day(-1), 7, None),
    ]
    first = export["checkins"][0]
    assert (first["sleep_hours"], first["givers"], first["drainers"]) == (6.5, ["walk"], ["mail"])
    assert [s["what"] for s in export["signals"]] == ["Tight chest"]
    # The signal on the private ladder item bears its name: it stays behind too.
    (chest,) = export["signals"]
    assert chest["ladder_item_id"] == export["ladder"][0]["id"]
    assert (chest["time"], chest["where"]) == ("14:00", "chest")
    assert [p["situation"] for p in export["pattern_notes"]] == ["Said yes again"]
    assert [b["drives"] for b in export["bio_notes"]] == ["Being needed"]
    # Practice of the private exercise stays behind with it.
    assert [(p["exercise_id"], p["minutes"]) for p in export["practices"]] == [
        (export["exercises"][0]["id"], 10)
    ]
    assert [t["kind"] for t in export["tombstones"]] == ["checkin"]
    text = json.dumps(export)
    for secret in ("Private day", "Shame", "Secret walk", "Deleted later", "Clenched jaw"):
        assert secret not in text
    assert "private" not in {key for c in export["checkins"] for key in c}


def test_periods_limit_entries_only(cli: Invoke, journal: Path) -> None:
    export = plain(cli, "--since", "-9d", "--until", "-3d")
    assert export["period"] == {"since": day(-9), "until": day(-3)}
    assert export["checkins"] == []
    assert [s["day"] for s in export["signals"]] == [day(-9)]
    assert [p["day"] for p in export["practices"]] == [day(-3)]
    # The trajectory, sessions, ladder and exercises always travel whole.
    assert len(export["sessions"]) == 10 and len(export["ladder"]) == 1
    assert len(export["exercises"]) == 1
    assert plain(cli, "--since", "yesterday")["checkins"][0]["day"] == day(-1)


def test_export_to_a_file(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    result = cli("export", "--plain", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Your export is in {target}.",
        "Not encrypted: keep this file to yourself. Shared: 18 records, 6 of them entries of "
        "your journal; kept here as private: 4.",
    ]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    valid(json.loads(target.read_bytes()))
    assert cli("export", "--plain", "-o", str(target)).exit_code == 0  # its own file again
    mine = tmp_path / "mine.txt"
    mine.write_text("my own notes")
    assert "herstel didn't write it" in refused(cli("export", "--plain", "-o", str(mine)), 1)
    assert mine.read_text() == "my own notes"


def test_without_a_coach_key_export_asks_for_one(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    before = snapshot(journal)
    key = (journal.parent / "client-identity.txt").read_bytes()  # made by init
    message = refused(cli("export", "-o", str(tmp_path / "x.age")), 1)
    assert message.startswith("Your coach's key isn't set yet.")
    assert "herstel config set coach-key" in message
    assert not (tmp_path / "x.age").exists()
    assert (journal.parent / "client-identity.txt").read_bytes() == key
    assert snapshot(journal) == before


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("age1", "That isn't an age public key:"),
        ("age1notakey", "That isn't an age public key:"),
        (COACH_KEY[:-1], "That isn't an age public key:"),
        (COACH_KEY + "q", "That isn't an age public key:"),
        ("ssh-ed25519 AAAA", "That isn't an age public key:"),
        (str(COACH), "That's a secret key, and it should never leave your coach's computer."),
    ],
    # The keys are made afresh in each process: ids that do not hold them, so that every
    # pytest-xdist worker collects the same tests.
    ids=["short", "not-a-key", "one-character-less", "one-character-more", "ssh", "secret"],
)
def test_coach_key_is_checked(cli: Invoke, journal: Path, value: str, start: str) -> None:
    before = snapshot(journal)
    assert refused(cli("config", "set", "coach-key", value), 2).startswith(start)
    assert snapshot(journal) == before


def test_ones_own_key_is_not_the_coachs(cli: Invoke, journal: Path, home: Path) -> None:
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    ok(cli, "export", "--preview")
    assert cli("export", "-o", str(home.parent / "x.age")).exit_code == 0
    own = str(client(home).to_public())
    message = refused(cli("config", "set", "coach-key", own), 2)
    assert message.startswith("That's your own key, not your coach's")
    # "none" clears the key again.
    ok(cli, "config", "set", "coach-key", "none")
    assert rows(journal, "SELECT value FROM setting WHERE key = 'coach-key'") == []
    assert refused(cli("export", "-o", str(home.parent / "y.age")), 1).startswith(
        "Your coach's key isn't set yet."
    )


def test_coach_key_is_stored_and_shown(cli: Invoke, journal: Path) -> None:
    result = cli("config", "set", "coach-key", f"  {COACH_KEY} ")
    assert result.exit_code == 0, result.stderr
    assert rows(journal, "SELECT value FROM setting WHERE key = 'coach-key'") == [(COACH_KEY,)]
    assert json.loads(ok(cli, "config", "--json"))["coach_key"] == COACH_KEY
    assert COACH_KEY in ok(cli, "config")


def encrypted_export(cli: Invoke, journal: Path, tmp_path: Path, *args: str) -> bytes:
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    target = tmp_path / "export.age"
    result = cli("export", "-o", str(target), *args)
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    return target.read_bytes()


def client(home: Path) -> x25519.Identity:
    path = home / "client-identity.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = next(line for line in path.read_text().splitlines() if line.startswith("AGE-"))
    return x25519.Identity.from_str(secret)


def test_encrypted_to_the_coach_and_the_client(
    cli: Invoke, journal: Path, tmp_path: Path, home: Path
) -> None:
    data = encrypted_export(cli, journal, tmp_path)
    assert data.startswith(b"age-encryption.org/v1\n")
    assert b"Tight chest" not in data
    for identity in (COACH, client(home)):
        valid(json.loads(decrypt(data, [identity])))
    with pytest.raises(Exception, match="No matching keys"):
        decrypt(data, [x25519.Identity.generate()])
    # The client reads it back through herstel.
    back = json.loads(ok(cli, "export", "--read", str(tmp_path / "export.age")))
    assert valid(back)["checkins"][0]["note"] == "Tired\nbut here"
    # The same identity serves the next export.
    first = (home / "client-identity.txt").read_text()
    encrypted_export(cli, journal, tmp_path)
    assert (home / "client-identity.txt").read_text() == first


def test_armored_for_an_email(cli: Invoke, journal: Path, tmp_path: Path, home: Path) -> None:
    data = encrypted_export(cli, journal, tmp_path, "--armor")
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert data.decode("ascii")  # text through and through
    valid(json.loads(decrypt(data, [COACH])))
    assert json.loads(ok(cli, "export", "--read", str(tmp_path / "export.age")))["format"]
    # Armored to stdout, e.g. into a mail program.
    result = cli("export", "--armor")
    assert result.stdout.startswith("-----BEGIN AGE ENCRYPTED FILE-----")
    assert "Encrypted for your coach and for you." in result.stderr


def test_a_flipped_byte_or_another_key_is_a_clear_error(
    cli: Invoke, journal: Path, tmp_path: Path, home: Path
) -> None:
    data = bytearray(encrypted_export(cli, journal, tmp_path))
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(bytes(data))
    message = refused(cli("export", "--read", str(damaged)), 1)
    assert message == "This file is damaged; it can't be decrypted."
    stranger = x25519.Identity.generate()
    (home / "client-identity.txt").write_text(f"{stranger}\n")
    message = refused(cli("export", "--read", str(tmp_path / "export.age")), 1)
    assert message == "This export wasn't encrypted for you; your key can't open it."


def test_passphrase(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    # age's scrypt takes a second or so each way here: one round trip only.
    env = {"HERSTEL_PASSPHRASE": "correct horse battery staple"}
    target = tmp_path / "export.age"
    result = cli("export", "--passphrase", "--armor", "-o", str(target), env=env)
    assert result.exit_code == 0, result.stderr
    assert "Give your coach the passphrase another way" in result.stdout
    data = target.read_bytes()
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    back = json.loads(ok(cli, "export", "--read", str(target), env=env))
    assert valid(back)["trajectory"]["client_name"] == "Anna"


def test_passphrase_needs_a_terminal_or_the_variable(cli: Invoke, journal: Path) -> None:
    message = refused(cli("export", "--passphrase", "-o", "x.age"), 2)
    assert message.startswith("--passphrase needs a terminal")


def test_a_short_passphrase_is_refused(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.age"
    message = refused(
        cli("export", "--passphrase", "-o", str(target), env={"HERSTEL_PASSPHRASE": "kort"}), 2
    )
    assert message.startswith("A passphrase needs 8 characters or more")
    assert not target.exists()


def test_passphrase_asked_twice_on_a_terminal(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.age"
    answers = ["first words", "other words"] * 3  # three tries, each typed differently
    result = cli("export", "--passphrase", "-o", str(target), answers=answers)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "The two passphrases differ; once more, please.",
        "The two passphrases differ; once more, please.",
        "The two passphrases differ; nothing was written.",
    ]
    assert not target.exists()
    # Too short, then two that differ, then right: asked again each time, then written.
    answers = ["kort", "tulpen in de wind", "tulpen in de wond", "tulpen in de wind",
               "tulpen in de wind"]  # fmt: skip
    result = cli("export", "--passphrase", "-o", str(target), answers=answers)
    assert result.exit_code == 0, result.stderr
    assert "8 characters or more" in result.stderr
    assert "once more, please" in result.stderr
    assert target.read_bytes().startswith(b"age-encryption.org/v1\n")


def test_preview(cli: Invoke, journal: Path, tmp_path: Path, home: Path) -> None:
    before = snapshot(journal)
    lines = ok(cli, "export", "--preview", "--since", "-9d").splitlines()
    assert lines[:2] == ["What an export would share", f"Entries from {_short(-9)} on."]
    row = next(line for line in lines if line.startswith("check-ins"))
    assert row.split() == ["check-ins", "1", "1", "private,", "1", "outside", "the", "period"]
    assert "Shared, by the periods between your sessions:" in lines
    assert "Nothing was written." in lines
    counts = json.loads(ok(cli, "export", "--preview", "--json"))
    assert counts["shared"]["checkin"] == 2 and counts["private"]["checkin"] == 1
    assert counts["private"] == {
        "checkin": 1, "signal": 2, "pattern": 0, "bio": 0, "practice": 1, "ladder": 1,
        "exercise": 1,
    }  # fmt: skip
    # Session 1 was 20 days ago, session 2 six days ago: everything shared falls in one of them.
    assert [(p["session"], p["start"], p["checkin"], p["signal"]) for p in counts["periods"]] == [
        (1, day(-20), 1, 1),
        (2, day(-6), 1, 0),
    ]
    until = json.loads(ok(cli, "export", "--preview", "--json", "--until", "-7d"))
    # The period decides first: the private check-in of 5 days ago is outside it.
    assert until["until"] == day(-7) and until["outside_period"]["checkin"] == 2
    assert until["private"]["checkin"] == 0
    assert snapshot(journal) == before
    assert (home / "client-identity.txt").exists()  # made by init, not by the preview


def _short(offset: int) -> str:
    from herstel.i18n import format_day_short

    return format_day_short(TODAY + timedelta(days=offset))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--plain", "--passphrase"), "Choose --plain or --passphrase, not both."),
        (("--plain", "--armor"), "Choose --plain or --armor, not both."),
        (("--preview", "-o", "x"), "Choose --preview or --output, not both."),
        (("--json",), "--json goes with --preview; the export itself is JSON already."),
        (("--read", "x", "--plain"), "Choose --read or --plain, not both."),
        (("--read", "x", "--json"), "Choose --read or --json, not both."),
        (("--since", "someday", "--plain"), "'someday' isn't a date herstel knows."),
        (("--since", "today", "--until", "-3d", "--plain"), None),
        (("--output",), "--output needs a value."),
    ],
)
def test_bad_flags(cli: Invoke, journal: Path, args: tuple[str, ...], message: str | None) -> None:
    before = snapshot(journal)
    shown = refused(cli("export", *args), 2)
    if message is not None:
        assert shown.startswith(message), shown
    assert snapshot(journal) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "This isn't an export: it isn't JSON."),
        (b'{"format": "something-else"}', "This JSON isn't a herstel export."),
        (b'{"format": "herstel-export", "format_version": 6}', "newer than this herstel"),
        (b'{"format": "herstel-export", "format_version": "1"}', "unknown format version"),
    ],
)
def test_reading_what_is_not_an_export(
    cli: Invoke, journal: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    assert message in refused(cli("export", "--read", str(path)), 1)


def test_a_tampered_export_names_the_place_not_the_content(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    export = plain(cli)
    export["checkins"][0]["energy"] = 11
    export["checkins"][0]["note"] = "A secret sentence"
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(export))
    message = refused(cli("export", "--read", str(path)), 1)
    assert (
        message
        == "This export doesn't match its format: 1 problem(s), the first at checkins.0.energy."
    )
    assert "secret" not in message
    export["checkins"][0]["energy"] = 5
    export["checkins"][0]["mood"] = "extra"
    path.write_text(json.dumps(export))
    assert "checkins.0.mood" in refused(cli("export", "--read", str(path)), 1)


def test_the_committed_schema_is_the_models_schema() -> None:
    from herstel.exchange.schema import schema_text

    names = [f"herstel-export-v{n}.json" for n in (1, 2, 3, 4, 5)] + [
        "herstel-questionnaire-v1.json"
    ]
    for name in names:
        assert (SCHEMAS / name).read_text(encoding="utf-8") == schema_text(name), (
            f"docs/schema/{name} is stale: python -m herstel.exchange.schema"
        )


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("export-v*.json")))
def test_every_released_format_version_still_reads(fixture: Path) -> None:
    from herstel.exchange.format import FORMAT_VERSION
    from herstel.exchange.read import parse_export

    export = parse_export(fixture.read_bytes())
    valid(json.loads(fixture.read_bytes()))  # against its own version's schema
    assert export.format_version == FORMAT_VERSION  # read as the current version
    assert len(export.sessions) == 10


def test_every_version_has_its_fixture() -> None:
    from herstel.exchange.format import FORMAT_VERSION

    for version in range(1, FORMAT_VERSION + 1):
        assert (FIXTURES / f"export-v{version}.json").exists()


def _typable(text: str) -> bool:
    """Text the CLI takes: something besides white space, no control characters but newlines
    and tabs."""
    from herstel.core.text import has_forbidden_control

    return bool(text.strip()) and not has_forbidden_control(text, allow_newlines=True)


NOTES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200
).filter(_typable)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    energy=st.integers(min_value=0, max_value=10),
    quarter_hours=st.integers(min_value=0, max_value=96),
    note=NOTES,
)
def test_a_checkin_round_trips_through_an_export(
    cli: Invoke, home: Path, energy: int, quarter_hours: int, note: str
) -> None:
    import shutil

    from herstel.exchange.read import parse_export

    shutil.rmtree(home, ignore_errors=True)
    ok(cli, "init", "--name", "Anna", "--first-session", "today")
    sleep = f"{quarter_hours / 4:g}"
    ok(cli, "checkin", "--energy", str(energy), "--sleep-hours", sleep, "--note", note)
    export = parse_export(ok(cli, "export", "--plain").encode("utf-8"))
    (checkin,) = export.checkins
    assert (checkin.energy, checkin.sleep_hours) == (energy, quarter_hours / 4)
    assert checkin.note == note.strip()


def test_deleted_private_records_leave_no_tombstone_in_an_export(
    cli: Invoke, journal: Path
) -> None:
    secret = json.loads(ok(cli, "log", "--json", "--private-only", "--kind", "checkin"))[0]
    ok(cli, "delete", secret["id"], "--yes")
    walk = json.loads(ok(cli, "exercise", "list", "--json", "--all"))
    private_exercise = next(e for e in walk if e["private"])
    ok(cli, "delete", private_exercise["id"], "--yes")
    assert rows(journal, "SELECT kind, private FROM tombstone ORDER BY kind") == [
        ("checkin", 0), ("checkin", 1), ("exercise", 1), ("practice", 1),
    ]  # fmt: skip
    export = plain(cli)
    assert [t["kind"] for t in export["tombstones"]] == ["checkin"]
    assert secret["id"] not in json.dumps(export)


def test_reading_without_a_key_of_ones_own(
    cli: Invoke, journal: Path, tmp_path: Path, home: Path
) -> None:
    encrypted_export(cli, journal, tmp_path)
    (home / "client-identity.txt").unlink()
    message = refused(cli("export", "--read", str(tmp_path / "export.age")), 1)
    assert message.startswith("There's no key of yours in this herstel folder")
    assert refused(cli("export", "--read", str(tmp_path / "missing.age")), 1) == (
        f"There's no file {tmp_path / 'missing.age'}."
    )
    assert refused(cli("export", "--read", str(tmp_path)), 1).endswith("give a file name.")


def test_an_armored_export_pasted_with_blank_lines_reads(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    data = encrypted_export(cli, journal, tmp_path, "--armor")
    pasted = tmp_path / "pasted.txt"
    pasted.write_bytes(b"\n\n  " + data + b"\n\n")
    assert json.loads(ok(cli, "export", "--read", str(pasted)))["format"] == "herstel-export"


def test_more_than_fifty_givers_is_refused(cli: Invoke, journal: Path) -> None:
    before = snapshot(journal)
    many = ",".join(f"giver {n}" for n in range(51))
    assert refused(cli("checkin", "--energy", "5", "--giver", many), 2) == (
        "--giver takes 50 names at most."
    )
    assert snapshot(journal) == before


def test_files_herstel_did_not_write_are_left_alone(
    cli: Invoke, journal: Path, tmp_path: Path, home: Path
) -> None:
    data = encrypted_export(cli, journal, tmp_path)  # export.age, encrypted to the client too
    result = cli("export", "-o", str(tmp_path / "export.age"))
    assert result.stdout.splitlines()[0] == (
        f"Your export is in {tmp_path / 'export.age'} (it replaces your earlier one)."
    )
    # An age file for someone else (the coach's own mail, say) is not replaced.
    from pyrage import encrypt

    theirs = tmp_path / "from-marieke.age"
    theirs.write_bytes(encrypt(b"for the coach only", [COACH.to_public()]))
    before = theirs.read_bytes()
    message = refused(cli("export", "-o", str(theirs)), 1)
    assert message.endswith("herstel didn't write it; choose another name.")
    assert theirs.read_bytes() == before
    assert data.startswith(b"age-")


def test_init_makes_the_key_and_the_export_carries_its_public_half(
    cli: Invoke, journal: Path, home: Path
) -> None:
    from herstel.exchange.crypto import identities_in

    path = home / "client-identity.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    public = str(identities_in(path)[0].to_public())
    assert plain(cli)["client_key"] == public
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    assert "Made your own key" not in cli("export", "--armor").stderr  # it was there already


def test_an_export_that_makes_the_key_says_where_it_is(
    cli: Invoke, journal: Path, tmp_path: Path, home: Path
) -> None:
    (home / "client-identity.txt").unlink()  # lost: a new one is made, and said
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    first = cli("export", "--armor")
    assert f"Made your own key, so that you can read your exports back: {home}" in first.stderr
    assert "take it along when you move to another computer" in first.stderr
    assert "Made your own key" not in cli("export", "--armor").stderr


def test_an_option_is_no_file_name(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    message = refused(cli("export", "--plain", "-o", "-armor"), 2)
    assert message == "'-armor' looks like an option, not a file name; nothing was written."
    assert not Path("-armor").exists()


def test_an_export_with_no_entries_says_so(cli: Invoke, journal: Path) -> None:
    result = cli("export", "--plain", "--since", "+5d")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["checkins"] == []
    assert result.stderr.splitlines() == [
        "Not encrypted: keep it to yourself. Shared: 12 records, 0 of them entries of your "
        "journal; kept here as private: 0.",
        "There were no entries to share in this period; the export holds the plan, the ladder "
        "and the exercises.",
    ]


def test_reading_from_stdin(cli: Invoke, journal: Path) -> None:
    export = ok(cli, "export", "--plain").encode()
    result = cli("export", "--read", "-", stdin=export)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["trajectory"]["client_name"] == "Anna"


# --- a new coach key ------------------------------------------------------------------------------

OTHER = x25519.Identity.generate()
OTHER_KEY = str(OTHER.to_public())


def fingerprint_of(key: str) -> str:
    """What `printf %s KEY | sha256sum` gives, cut and grouped as herstel shows it."""
    import hashlib

    digits = hashlib.sha256(key.encode()).hexdigest()[:20]
    return " ".join(digits[n : n + 4] for n in range(0, 20, 4))


def remembered(journal: Path) -> list[tuple[object, ...]]:
    return rows(journal, "SELECT value, updated_at FROM setting WHERE key = 'coach-key-exported'")


def exported_once(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    """The coach's key set and exported to once, then another key set in its place."""
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    ok(cli, "export", "-o", str(tmp_path / "first.age"))
    ok(cli, "config", "set", "coach-key", OTHER_KEY)


def test_the_first_export_remembers_the_key_and_the_same_key_asks_nothing(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    assert remembered(journal) == []
    ok(cli, "export", "-o", str(tmp_path / "first.age"))
    ((key, stamp),) = remembered(journal)
    assert key == COACH_KEY
    # Again to the same key, on a "terminal" (scripted: a question would fail the test).
    result = cli("export", "-o", str(tmp_path / "second.age"), answers=[])
    assert result.exit_code == 0, result.stderr
    assert "changed" not in result.stderr
    assert remembered(journal) == [(key, stamp)]  # nothing written again
    assert decrypt((tmp_path / "second.age").read_bytes(), [COACH])


def test_a_changed_key_off_a_terminal_is_refused_with_both_fingerprints(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    exported_once(cli, journal, tmp_path)
    before = snapshot(journal)
    target = tmp_path / "second.age"
    message = refused(cli("export", "-o", str(target)), 1)
    old, new = fingerprint_of(COACH_KEY), fingerprint_of(OTHER_KEY)
    assert message == (
        f"Your coach's key has changed since your last export (it was {old}, now it is {new}); "
        f"nothing was written. Once your coach has confirmed {new} is theirs, run herstel "
        f"export on a terminal, or add --new-coach-key '{new}'."
    )
    assert not target.exists()
    assert snapshot(journal) == before
    # To stdout (a pipe) just the same: not a byte of the export.
    assert refused(cli("export", "--armor"), 1).startswith("Your coach's key has changed")
    dutch = refused(cli("--lang", "nl", "export", "-o", str(target)), 1)
    assert dutch.startswith("De sleutel van je coach is veranderd sinds je vorige export")
    assert old in dutch and new in dutch
    assert not target.exists()
    assert remembered(journal)[0][0] == COACH_KEY


@pytest.mark.parametrize(
    "confirm",
    [
        fingerprint_of,
        lambda key: fingerprint_of(key).replace(" ", "-").upper(),
        lambda key: fingerprint_of(key).replace(" ", ""),
        lambda key: key,
    ],
    ids=["as-shown", "dashes-capitals", "run-together", "the-key-itself"],
)
def test_the_flag_confirms_the_new_key_off_a_terminal(
    cli: Invoke, journal: Path, tmp_path: Path, confirm: Any
) -> None:
    exported_once(cli, journal, tmp_path)
    target = tmp_path / "second.age"
    ok(cli, "export", "-o", str(target), "--new-coach-key", confirm(OTHER_KEY))
    assert decrypt(target.read_bytes(), [OTHER])
    assert remembered(journal)[0][0] == OTHER_KEY
    ok(cli, "export", "-o", str(tmp_path / "third.age"))  # the new key is the known one now


def test_the_flag_confirms_only_the_key_it_names(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    exported_once(cli, journal, tmp_path)
    before = snapshot(journal)
    target = tmp_path / "second.age"
    # The old key's fingerprint, or a typo in the new one's: not the key that is set.
    new = fingerprint_of(OTHER_KEY)
    wrong = new[:-1] + ("0" if new[-1] != "0" else "1")
    for other in (fingerprint_of(COACH_KEY), wrong, COACH_KEY):
        message = refused(cli("export", "-o", str(target), "--new-coach-key", other), 1)
        assert message == (
            f"That isn't the fingerprint of the coach key set now ({fingerprint_of(OTHER_KEY)}); "
            "nothing was written."
        )
    # Left in a script after the key it named was exported to, it still checks the key set.
    ok(cli, "export", "-o", str(target), "--new-coach-key", fingerprint_of(OTHER_KEY))
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    message = refused(cli("export", "-o", str(tmp_path / "x.age"), "--new-coach-key",
                          fingerprint_of(OTHER_KEY)), 1)  # fmt: skip
    assert message.startswith("That isn't the fingerprint")
    assert remembered(journal)[0][0] == OTHER_KEY
    assert snapshot(journal) != before  # (the export to the new key was remembered)


@pytest.mark.parametrize("value", ["", "abc", "g" * 20, "0" * 21, "age"])
def test_the_flag_takes_a_fingerprint(cli: Invoke, journal: Path, value: str) -> None:
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    message = refused(cli("export", "--armor", "--new-coach-key", value), 2)
    assert message == (
        "--new-coach-key takes the new key's fingerprint as herstel showed it: 20 characters, "
        "0-9 and a-f."
    )


@pytest.mark.parametrize("other", ["--plain", "--passphrase", "--preview", "--read"])
def test_the_flag_goes_only_with_an_export_to_the_coach(
    cli: Invoke, journal: Path, other: str
) -> None:
    args = [other, "x"] if other == "--read" else [other]
    message = refused(cli("export", *args, "--new-coach-key", fingerprint_of(COACH_KEY)), 2)
    assert "--new-coach-key" in message and "not both" in message


def test_the_question_on_a_terminal(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    exported_once(cli, journal, tmp_path)
    before = snapshot(journal)
    target = tmp_path / "second.age"
    result = cli("export", "-o", str(target), answers=[False])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Your coach's key has changed since your last export.",
        f"  last export:  {fingerprint_of(COACH_KEY)}",
        f"  now:          {fingerprint_of(OTHER_KEY)}",
        "Read the new fingerprint to your coach, or ask them to read theirs (herstel coach key "
        "shows it): the two should be the same. If you didn't change the key yourself, stop here.",
        "Nothing was written; your next export asks again.",
    ]
    assert not target.exists()
    assert snapshot(journal) == before
    result = cli("export", "-o", str(target), answers=[True])
    assert result.exit_code == 0, result.stderr
    assert decrypt(target.read_bytes(), [OTHER])
    assert remembered(journal)[0][0] == OTHER_KEY


def test_a_passphrase_or_plain_export_leaves_the_remembered_key_alone(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    # Before any export to the coach: nothing is remembered by the others.
    ok(cli, "config", "set", "coach-key", COACH_KEY)
    ok(cli, "export", "--plain", "-o", str(tmp_path / "mine.json"))
    secret = {"HERSTEL_PASSPHRASE": "tulpen in de wind"}
    ok(cli, "export", "--passphrase", "-o", str(tmp_path / "p.age"), env=secret)
    assert remembered(journal) == []
    # After one: a changed key holds up neither, and neither takes the new key as known.
    ok(cli, "export", "-o", str(tmp_path / "first.age"))
    ok(cli, "config", "set", "coach-key", OTHER_KEY)
    ok(cli, "export", "--plain", "-o", str(tmp_path / "mine.json"))
    ok(cli, "export", "--passphrase", "-o", str(tmp_path / "p2.age"), env=secret)
    assert remembered(journal)[0][0] == COACH_KEY
    assert refused(cli("export", "-o", str(tmp_path / "x.age")), 1).startswith(
        "Your coach's key has changed"
    )


def test_a_key_changed_in_the_store_by_someone_else_is_caught(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    import sqlite3

    ok(cli, "config", "set", "coach-key", COACH_KEY)
    ok(cli, "export", "-o", str(tmp_path / "first.age"))
    conn = sqlite3.connect(journal)
    with conn:
        conn.execute("UPDATE setting SET value = ? WHERE key = 'coach-key'", (OTHER_KEY,))
    conn.close()
    message = refused(cli("export", "-o", str(tmp_path / "x.age")), 1)
    assert fingerprint_of(COACH_KEY) in message and fingerprint_of(OTHER_KEY) in message
    assert not (tmp_path / "x.age").exists()


def test_the_question_in_a_real_terminal(journal: Path, tmp_path: Path, home: Path) -> None:
    import os
    import sys

    import pexpect

    from conftest import invoke
    from terminal import Terminal

    for args in (("config", "set", "coach-key", COACH_KEY),
                 ("export", "-o", str(tmp_path / "first.age")),
                 ("config", "set", "coach-key", OTHER_KEY)):  # fmt: skip
        assert invoke(*args).exit_code == 0
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "LANG")}
    env.update({"HERSTEL_HOME": str(home), "HERSTEL_LANG": "en", "TERM": "xterm",
                "LANG": "C.UTF-8"})  # fmt: skip
    target = tmp_path / "second.age"

    def export(answer: str) -> tuple[str, int]:
        child = Terminal(sys.executable, ["-m", "herstel", "export", "-o", str(target)],
                         env=env, encoding="utf-8", dimensions=(30, 120), timeout=20)  # fmt: skip
        child.expect("Encrypt this export to the new key")
        screen = child.before
        child.send(answer)
        child.expect(pexpect.EOF)
        screen += child.before
        child.close()
        return screen, int(child.exitstatus if child.exitstatus is not None else -1)

    before = snapshot(journal)
    screen, code = export("\r")  # Enter: the default, no
    assert code == 1
    assert fingerprint_of(COACH_KEY) in screen and fingerprint_of(OTHER_KEY) in screen
    assert "Nothing was written; your next export asks again." in screen
    assert not target.exists()
    assert snapshot(journal) == before
    screen, code = export("\x1b[B\r")  # down to yes
    assert code == 0, screen
    assert "Your export is in" in screen
    assert decrypt(target.read_bytes(), [OTHER])
    assert remembered(journal)[0][0] == OTHER_KEY
