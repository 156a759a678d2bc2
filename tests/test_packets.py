"""What the coach sends back (issue 22): the coach's proposals, one signed and encrypted packet
with all of them, and `herstel receive` taking it in once, never over the client's own words."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import NOW_UTC, TODAY, Invoke, refused, rows, snapshot
from herstel.errors import HerstelError
from pairs import Pair, ok

FIRST = TODAY + timedelta(days=7)
THIRD = FIRST + timedelta(days=28)  # phase 1 meets every two weeks


@pytest.fixture
def pair(cli: Invoke, home: Path, tmp_path: Path) -> Pair:
    found = Pair(cli, home, tmp_path / "coach", tmp_path)
    pin = ok(found.coach("keygen")).strip()
    ok(cli("init", "--name", "Anna", "--coach", "Marieke", "--first-session", FIRST.isoformat(),
           "--time", "10:00"))  # fmt: skip
    ok(cli("config", "set", "coach-key", pin))
    found.export()
    return found


def agree_a_plan(pair: Pair) -> None:
    """What a coach and client agree in a session, as the coach notes it."""
    ok(pair.coach("goal", "add", "Anna", "Two quiet hours each afternoon", "--part", "energy"))
    ok(pair.coach("goal", "add", "Anna", "Name what drove me then", "--part", "biography"))
    ok(pair.coach("plan", "text", "Anna", "Rest and rhythm first; work comes later."))
    ok(pair.coach("exercise", "add", "Anna", "Body scan", "--per-week", "3", "--type",
                  "mindfulness", "--session", "2"))  # fmt: skip
    ok(pair.coach("ladder", "add", "Anna", "Tight shoulders", "--colour", "orange", "--action",
                  "Stop and walk ten minutes"))  # fmt: skip
    later = (THIRD + timedelta(days=7)).isoformat()
    ok(pair.coach("plan", "move", "Anna", "3", "--to", later, "--time", "11:00"))
    ok(pair.coach("note", "Anna", "You did well to say no on Tuesday.", "--share"))
    ok(pair.coach("note", "Anna", "Keep an eye on the perfectionism."))


def test_a_plan_agreed_in_a_session_comes_home(pair: Pair) -> None:
    agree_a_plan(pair)
    shown = ok(pair.coach("plan", "show", "Anna"))
    assert "Two quiet hours each afternoon" in shown and "Keep an eye" not in shown
    packet = pair.send()
    assert (packet.stat().st_mode & 0o777) == 0o600
    assert b"Body scan" not in packet.read_bytes()  # encrypted to the client

    taken = ok(pair.cli("receive", str(packet), "--yes"))
    assert "From Marieke, sent" in taken
    assert "Goal (energy balance): Two quiet hours each afternoon" in taken
    assert "New exercise: Body scan: 3 times a week, mindfulness, agreed in session 2" in taken
    assert "On your ladder: Tight shoulders: orange, what to do: Stop and walk ten minutes" in taken
    assert "Session 3 moves to" in taken and "11:00" in taken
    assert "A note from your coach: You did well to say no on Tuesday." in taken
    assert "Keep an eye" not in taken  # the coach's own note stays with the coach
    assert "Rest and rhythm first; work comes later." in taken

    assert rows(pair.db, "SELECT name, per_week, type, session FROM exercise") == [
        ("Body scan", 3, "mindfulness", 2)
    ]
    assert rows(pair.db, "SELECT signal, colour, action FROM ladder_item") == [
        ("Tight shoulders", "orange", "Stop and walk ten minutes")
    ]
    later = (THIRD + timedelta(days=7)).isoformat()
    assert rows(pair.db, "SELECT planned_on, time, original_on FROM session WHERE number = 3") == [
        (later, "11:00", THIRD.isoformat())
    ]
    assert rows(pair.db, "SELECT planned_on FROM session WHERE number = 4") == [
        ((FIRST + timedelta(days=42)).isoformat(),)
    ]  # without --shift-rest, the later ones stay
    kinds = rows(pair.db, "SELECT kind FROM from_coach ORDER BY kind")
    assert [k for (k,) in kinds].count("goal") == 2 and ("note",) in kinds

    # The same packet again changes nothing, and says so.
    before = snapshot(pair.db)
    again = ok(pair.cli("receive", str(packet), "--yes"))
    assert again == "You already took in this packet (1); nothing changed.\n"
    assert snapshot(pair.db) == before


def test_the_plan_shows_the_trajectory_plan_and_its_goals(pair: Pair) -> None:
    agree_a_plan(pair)
    ok(pair.coach("goal", "done", "Anna", "1", "--outcome", "Most afternoons"))
    ok(pair.cli("receive", str(pair.send()), "--yes"))
    plan = ok(pair.cli("plan"))
    assert "Rest and rhythm first; work comes later." in plan
    assert "Two quiet hours each afternoon" in plan and "Most afternoons" in plan
    assert "You did well to say no on Tuesday." in plan
    data = json.loads(ok(pair.cli("plan", "--json")))
    assert data["trajectory_plan"]["text"] == "Rest and rhythm first; work comes later."
    goals = data["trajectory_plan"]["goals"]
    assert [(g["part"], g["status"], g["outcome"]) for g in goals] == [
        ("energy", "done", "Most afternoons"),
        ("biography", "open", None),
    ]
    assert [n["text"] for n in data["trajectory_plan"]["coach_notes"]] == [
        "You did well to say no on Tuesday."
    ]


def test_off_a_terminal_it_shows_and_waits_for_yes(pair: Pair) -> None:
    agree_a_plan(pair)
    packet = pair.send()
    before = snapshot(pair.db)
    shown = pair.cli("receive", str(packet))
    assert shown.exit_code == 2
    assert "New exercise: Body scan" in shown.stdout
    assert shown.stderr == "Add --yes to take this in (there is no terminal to ask on).\n"
    assert snapshot(pair.db) == before


def test_the_clients_own_changes_stay_and_the_difference_is_shown(pair: Pair) -> None:
    ok(pair.cli("exercise", "add", "Walk", "--per-week", "2"))
    pair.export()
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4", "--type", "movement"))
    ok(pair.coach("ladder", "add", "Anna", "Headache", "--colour", "orange", "--action", "Rest"))
    taken = ok(pair.cli("receive", str(pair.send("one.age")), "--yes"))
    # Walk was the client's own: the frequency they chose stays; what they left open is filled.
    assert "Walk, times a week: yours 2, your coach's 4" in taken
    assert rows(pair.db, "SELECT per_week, type FROM exercise") == [(2, "movement")]

    # The client changes the ladder's action; the coach then changes action and colour.
    ok(pair.cli("ladder", "add", "Headache", "--colour", "orange", "--action",
                "Lie down in the dark"))  # fmt: skip
    ok(pair.coach("ladder", "add", "Anna", "Headache", "--colour", "red", "--action", "Stop"))
    taken = ok(pair.cli("receive", str(pair.send("two.age")), "--yes"))
    assert "Headache, action: yours Lie down in the dark, your coach's Stop" in taken
    assert rows(pair.db, "SELECT colour, action FROM ladder_item") == [
        ("red", "Lie down in the dark")
    ]
    # Where the client did not change it since, the coach's new version is taken in.
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "5"))
    ok(pair.coach("ladder", "add", "Anna", "Headache", "--colour", "orange"))
    ok(pair.cli("receive", str(pair.send("three.age")), "--yes"))
    assert rows(pair.db, "SELECT colour, action FROM ladder_item") == [
        ("orange", "Lie down in the dark")
    ]
    assert rows(pair.db, "SELECT per_week FROM exercise") == [(2,)]  # still the client's own


def test_what_the_client_stopped_or_removed_stays_so(pair: Pair) -> None:
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    ok(pair.coach("ladder", "add", "Anna", "Headache", "--colour", "orange"))
    ok(pair.cli("receive", str(pair.send("one.age")), "--yes"))
    ok(pair.cli("ladder", "remove", "Headache"))
    ok(pair.cli("exercise", "stop", "Walk"))
    ok(pair.coach("ladder", "add", "Anna", "Headache", "--colour", "red"))
    ok(pair.cli("receive", str(pair.send("two.age")), "--yes"))
    assert rows(pair.db, "SELECT colour, removed_at IS NOT NULL FROM ladder_item") == [
        ("orange", 1)
    ]
    assert rows(pair.db, "SELECT count(*) FROM exercise") == [(1,)]


def test_an_older_packet_changes_nothing(pair: Pair) -> None:
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    first = pair.send("one.age")
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "6"))
    second = pair.send("two.age")
    ok(pair.cli("receive", str(second), "--yes"))
    before = snapshot(pair.db)
    older = ok(pair.cli("receive", str(first), "--yes"))
    assert older.startswith("This packet (1) is older than one you already took in (2)")
    assert snapshot(pair.db) == before
    assert rows(pair.db, "SELECT per_week FROM exercise") == [(6,)]


def test_a_packet_for_someone_else_is_refused(pair: Pair, tmp_path: Path) -> None:
    other = tmp_path / "bob"
    pin = ok(pair.coach("key")).strip()
    ok(pair.cli("--home", str(other), "init", "--name", "Bob", "--first-session", "today"))
    ok(pair.cli("--home", str(other), "config", "set", "coach-key", pin))
    ok(pair.cli("--home", str(other), "export", "-o", str(tmp_path / "bob.age")))
    ok(pair.coach("import", str(tmp_path / "bob.age")))
    ok(pair.coach("exercise", "add", "Bob", "Walk", "--per-week", "4"))
    before = snapshot(pair.db)
    message = refused(pair.cli("receive", str(pair.send("bob.packet", "Bob")), "--yes"), 1)
    assert message == "This packet is not for you: your key does not open it."
    assert snapshot(pair.db) == before


def test_a_packet_signed_by_another_coach_is_refused(pair: Pair, tmp_path: Path) -> None:
    stranger = ["--home", str(tmp_path / "stranger"), "coach"]
    ok(pair.cli(*stranger, "keygen"))
    plain = tmp_path / "plain.json"
    plain.write_text(ok(pair.cli("export", "--plain")))
    ok(pair.cli(*stranger, "import", str(plain)))
    ok(pair.cli(*stranger, "exercise", "add", "Anna", "Walk", "--per-week", "4"))
    ok(pair.cli(*stranger, "send", "Anna", "-o", str(tmp_path / "stranger.age")))
    before = snapshot(pair.db)
    message = refused(pair.cli("receive", str(tmp_path / "stranger.age"), "--yes"), 1)
    assert message.startswith("This packet is not signed by your coach's key")
    assert snapshot(pair.db) == before
    dutch = refused(pair.cli("--lang", "nl", "receive", str(tmp_path / "stranger.age")), 1)
    assert "niet ondertekend" in dutch


def _opened(pair: Pair, packet: Path) -> dict[str, object]:
    from herstel.exchange import crypto

    identity = crypto.client_identity(pair.home, create=False, now=NOW_UTC)
    assert identity is not None
    plain = crypto.decrypt(packet.read_bytes(), identities=[identity], passphrase=None)
    document: dict[str, object] = json.loads(plain)
    return document


def _sealed(pair: Pair, document: dict[str, object], path: Path) -> Path:
    from herstel.exchange import crypto

    identity = crypto.client_identity(pair.home, create=False, now=NOW_UTC)
    assert identity is not None
    data = json.dumps(document).encode()
    path.write_bytes(crypto.encrypt_to(data, [str(identity.to_public())], armor=True))
    return path


def test_a_packet_changed_on_the_way_is_refused(pair: Pair, tmp_path: Path) -> None:
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    document = _opened(pair, pair.send())
    body = json.loads(base64.b64decode(str(document["body"])))
    body["exercises"][0]["per_week"] = 14
    document["body"] = base64.b64encode(json.dumps(body).encode()).decode()
    changed = _sealed(pair, document, tmp_path / "changed.age")
    before = snapshot(pair.db)
    message = refused(pair.cli("receive", str(changed), "--yes"), 1)
    assert message.startswith("This packet is not signed by your coach's key")
    assert snapshot(pair.db) == before
    # Cut short on the way: damaged.
    whole = pair.send("whole.age").read_bytes()
    cut = tmp_path / "cut.age"
    cut.write_bytes(whole[: len(whole) // 2])
    assert refused(pair.cli("receive", str(cut), "--yes"), 1) == (
        "This file is damaged and can't be opened."
    )
    assert snapshot(pair.db) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "This file is empty."),
        (b'{"format": "herstel-coach-packet"}', "This is not a packet from your coach: it is not "
         "encrypted."),
        (b"not age at all", "This is not a packet from your coach: it is not encrypted."),
    ],
)  # fmt: skip
def test_a_file_that_is_no_packet_is_refused(
    pair: Pair, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.age"
    path.write_bytes(content)
    before = snapshot(pair.db)
    assert refused(pair.cli("receive", str(path), "--yes"), 1) == message
    assert snapshot(pair.db) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format_version=7), "This packet is from a newer herstel (format 7)"),
        (lambda d: d.update(format_version="1"), "This packet's format version (1) is unknown."),
        (lambda d: d.update(format="herstel-export"), "This is not a packet from herstel."),
        (lambda d: d.update(body="%%%"), "This packet is not as it should be (at body)"),
        (lambda d: d.update(signatures=[]), "This packet is not as it should be (at signatures)"),
        (lambda d: d.update(extra=1), "This packet is not as it should be (at extra)"),
    ],
)
def test_an_envelope_that_is_wrong_is_refused(
    pair: Pair, tmp_path: Path, change: object, message: str
) -> None:
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    document = _opened(pair, pair.send())
    change(document)  # type: ignore[operator]
    wrong = _sealed(pair, document, tmp_path / "wrong.age")
    before = snapshot(pair.db)
    assert refused(pair.cli("receive", str(wrong), "--yes"), 1).startswith(message)
    assert snapshot(pair.db) == before


def test_deep_and_huge_packets_are_refused(pair: Pair, tmp_path: Path) -> None:
    from herstel.exchange import crypto

    identity = crypto.client_identity(pair.home, create=False, now=NOW_UTC)
    assert identity is not None
    to = [str(identity.to_public())]
    deep = tmp_path / "deep.age"
    deep.write_bytes(crypto.encrypt_to(b"[" * 100_000 + b"]" * 100_000, to, armor=True))
    assert refused(pair.cli("receive", str(deep), "--yes"), 1).startswith("This file is")
    huge = tmp_path / "huge.age"
    huge.write_bytes(b"x" * (9 * 1024 * 1024))
    assert "over 8 MB" in refused(pair.cli("receive", str(huge), "--yes"), 1)


def test_without_a_pinned_coach_key_nothing_is_taken_in(pair: Pair, tmp_path: Path) -> None:
    solo = ["--home", str(tmp_path / "solo")]
    ok(pair.cli(*solo, "init", "--name", "Bob", "--first-session", "today"))
    plain = tmp_path / "bob.json"
    plain.write_text(ok(pair.cli(*solo, "export", "--plain")))
    ok(pair.coach("import", str(plain)))
    ok(pair.coach("exercise", "add", "Bob", "Walk", "--per-week", "4"))
    packet = pair.send("bob.age", "Bob")
    before = snapshot(tmp_path / "solo" / "herstel.db")
    message = refused(pair.cli(*solo, "receive", str(packet), "--yes"), 1)
    assert "herstel config set coach-key" in message
    assert snapshot(tmp_path / "solo" / "herstel.db") == before


def test_the_inbox_is_read_and_its_file_put_aside(pair: Pair) -> None:
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    inbox = pair.home / "inbox"
    inbox.mkdir()
    pair.send().rename(inbox / "from-marieke.age")
    overview = ok(pair.cli())
    assert "Something from your coach is waiting: herstel receive" in overview
    ok(pair.cli("receive", "--yes"))
    assert not (inbox / "from-marieke.age").exists()
    assert (inbox / "read" / "from-marieke.age").exists()
    assert "waiting" not in ok(pair.cli())
    empty = refused(pair.cli("receive"), 2)
    assert empty.startswith("Give the file from your coach, or save it in")


def test_receive_without_a_journal_is_refused(cli: Invoke, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.age"
    path.write_bytes(b"age")
    refused(cli("receive", str(path)), 1)
    assert not home.exists()


# --- the coach's side ---------------------------------------------------------------------


def test_the_coachs_bad_input_changes_nothing(pair: Pair) -> None:
    db = pair.coach_home / "coach.db"
    ok(pair.coach("goal", "add", "Anna", "Rest", "--part", "energy"))
    before = snapshot(db)
    assert "No client fits" in refused(
        pair.coach("goal", "add", "Nobody", "Rest", "--part", "energy"), 1
    )
    assert "--part" in refused(pair.coach("goal", "add", "Anna", "Rest"), 2)
    assert "--part" in refused(pair.coach("goal", "add", "Anna", "Rest", "--part", "x"), 2)
    assert refused(pair.coach("goal", "done", "Anna", "9", "--outcome", "x"), 2)
    assert refused(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "99"), 2)
    assert refused(pair.coach("ladder", "add", "Anna", "Headache"), 2)
    assert refused(pair.coach("ladder", "add", "Anna", "X", "--colour", "blue"), 2)
    assert refused(pair.coach("plan", "move", "Anna", "11", "--to", "tomorrow"), 2)
    assert refused(pair.coach("plan", "move", "Anna", "3", "--to", "someday"), 2)
    assert snapshot(db) == before
    target = pair.folder / "exists.age"
    target.write_text("mine")
    assert "already exists" in refused(pair.coach("send", "Anna", "-o", str(target)), 1)
    assert target.read_text() == "mine"
    assert snapshot(db) == before


def test_an_import_after_the_packet_withdraws_nothing(pair: Pair) -> None:
    agree_a_plan(pair)
    ok(pair.coach("exercise", "add", "Anna", "Walk", "--per-week", "4"))
    pair.export()  # an export made before the client took the packet in
    shown = ok(pair.coach("plan", "show", "Anna"))
    assert "Walk" in shown and "Two quiet hours" in shown
    ok(pair.cli("receive", str(pair.send()), "--yes"))
    pair.export()
    assert "Walk" in ok(pair.coach("plan", "show", "Anna"))


def test_forget_erases_what_the_coach_proposed(pair: Pair) -> None:
    agree_a_plan(pair)
    ok(pair.coach("forget", "Anna", "--yes"))
    db = pair.coach_home / "coach.db"
    assert rows(db, "SELECT count(*) FROM proposal") == [(0,)]
    assert rows(db, "SELECT count(*) FROM coach_note") == [(0,)]


def test_in_dutch(pair: Pair) -> None:
    agree_a_plan(pair)
    made = ok(pair.cli("--lang", "nl", "--home", str(pair.coach_home), "coach", "send", "Anna",
                       "-o", str(pair.folder / "nl.age")))  # fmt: skip
    assert made.startswith("Pakketje 1 voor Anna")
    taken = ok(pair.cli("--lang", "nl", "receive", str(pair.folder / "nl.age"), "--yes"))
    assert "Nieuwe oefening: Body scan" in taken
    assert "Sessie 3" in taken


# --- the reader, fuzzed -------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_packet_or_a_clear_refusal(data: bytes) -> None:
    from herstel.exchange.packet import parse_body, read_envelope

    for reader in (read_envelope, parse_body):
        try:
            reader(data)
        except HerstelError as problem:  # UsageError is one too
            assert problem.key.startswith("packet."), problem.key


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                  max_size=4),
    max_leaves=30,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([
    "format", "format_version", "trajectory_id", "sequence", "sent_at", "signing_key",
    "coach_key", "coach_name", "plan_text", "goals", "exercises", "ladder", "sessions", "notes",
    "work_steps"]), JSONISH, max_size=15))  # fmt: skip
def test_any_body_gives_a_packet_or_a_clear_refusal(document: dict[str, object]) -> None:
    from herstel.exchange.packet import PACKET_FORMAT, PACKET_VERSION, parse_body

    document = {"format": PACKET_FORMAT, "format_version": PACKET_VERSION, **document}
    try:
        parse_body(json.dumps(document).encode())
    except HerstelError as problem:
        assert problem.key.startswith("packet.")


# --- the format -----------------------------------------------------------------------------

SCHEMAS = Path(__file__).parent.parent / "docs" / "schema"


def test_the_committed_packet_schemas_are_the_models_schemas() -> None:
    from herstel.exchange.schema import schema_text

    for name in ("herstel-coach-packet-v1.json", "herstel-coach-packet-body-v1.json"):
        assert (SCHEMAS / name).read_text(encoding="utf-8") == schema_text(name), (
            f"docs/schema/{name} is stale: python -m herstel.exchange.schema"
        )


def test_a_real_packet_keeps_its_schemas(pair: Pair) -> None:
    import jsonschema

    agree_a_plan(pair)
    ok(pair.coach("step", "add", "Anna", "--from", (FIRST + timedelta(days=14)).isoformat(),
                  "--days", "2", "--hours", "2", "--tasks", "light"))  # fmt: skip
    document = _opened(pair, pair.send())
    body = json.loads(base64.b64decode(str(document["body"])))
    validator = jsonschema.Draft202012Validator
    for name, value in (
        ("herstel-coach-packet-v1.json", document),
        ("herstel-coach-packet-body-v1.json", body),
    ):
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        validator.check_schema(schema)
        validator(schema, format_checker=validator.FORMAT_CHECKER).validate(value)
    assert body["sequence"] == 1 and len(body["goals"]) == 2 and len(body["work_steps"]) == 1
    assert [s["number"] for s in body["sessions"]] == [3]
    assert body["sessions"][0]["was_on"] == THIRD.isoformat()
