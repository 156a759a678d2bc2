"""Questionnaires (issue 22): an instrument the coach loads and assigns, sent along in the packet,
filled in by the client one question at a time (or with --answers), its answers in the export,
and the scores in the client's summary and the coach's report."""

from __future__ import annotations

import json
import os
import sys
from datetime import timedelta
from pathlib import Path

import pexpect
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TODAY, Invoke, refused, rows, snapshot
from herstel.errors import HerstelError
from pairs import Pair, ok
from terminal import Terminal

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "docs" / "questionnaires" / "energiebalans.toml"
FIRST = TODAY + timedelta(days=7)
DOWN = "\x1b[B"


@pytest.fixture
def pair(cli: Invoke, home: Path, tmp_path: Path) -> Pair:
    found = Pair(cli, home, tmp_path / "coach", tmp_path)
    pin = ok(found.coach("keygen")).strip()
    ok(cli("init", "--name", "Anna", "--coach", "Marieke", "--first-session", FIRST.isoformat()))
    ok(cli("config", "set", "coach-key", pin))
    found.export()
    return found


@pytest.fixture
def assigned(pair: Pair) -> Pair:
    ok(pair.coach("questionnaire", "add", str(EXAMPLE)))
    ok(pair.coach("questionnaire", "assign", "Anna", "energiebalans", "--sessions", "1,5,10"))
    pair.send_and_receive()
    return pair


def test_a_questionnaire_goes_from_coach_to_client_and_back(pair: Pair) -> None:
    loaded = ok(pair.coach("questionnaire", "add", str(EXAMPLE)))
    assert loaded.startswith("Loaded Energy balance (example) ('energiebalans', version 1)")
    assert "example, not a validated instrument" in loaded
    said = ok(
        pair.coach("questionnaire", "assign", "Anna", "energiebalans", "--sessions", "1,5,10")
    )
    assert "before session 1, 5, 10" in said
    assert "Energy balance (example): before session 1, 5, 10" in ok(
        pair.coach("plan", "show", "Anna")
    )

    packet = pair.folder / "one.age"
    sent = ok(pair.coach("send", "Anna", "-o", str(packet)))
    assert sent.startswith("Packet 1 for Anna (1 item) is in")
    taken = ok(pair.cli("receive", str(packet), "--yes"))
    assert "A questionnaire to fill in: Energy balance (example), before session 1, 5, 10" in taken
    listed = ok(pair.cli("questionnaire"))
    assert "before session 1" in listed and "herstel questionnaire fill energiebalans" in listed

    filled = ok(pair.cli("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,"))
    assert filled.startswith("Kept: Energy balance (example), 5 of 6 questions answered.")
    # Reversed: 3, 2, 1; then 2, 3: a mean of 2.2, in the band "changeable".
    assert "Energy balance 2.2 (changeable)" in filled
    assert "Looking after yourself: too few answers for a score" in filled  # a sum needs all
    kept = "SELECT questionnaire, session, items, answers FROM questionnaire_answer"
    assert rows(pair.db, kept) == [
        (
            "energiebalans", 1,
            '["leeg-wakker", "klein-leeg", "over-grens", "rust-nemen", "wat-geeft", "signalen"]',
            "[1, 2, 3, 2, 3, null]",
        )
    ]  # fmt: skip
    data = json.loads(ok(pair.cli("questionnaire", "--json")))
    first = data["questionnaires"][0]["sessions"][0]
    assert (first["session"], first["status"]) == (1, "done")
    assert first["scores"][0] == {
        "subscale": "balans", "method": "mean", "score": 2.2,
        "band": {"nl": "wisselend", "en": "changeable"},
    }  # fmt: skip
    assert [s["status"] for s in data["questionnaires"][0]["sessions"]] == ["done", "due", "later"]

    # The same again changes nothing; other answers change the one for that session.
    again = ok(pair.cli("questionnaire", "fill", "energiebalans", "--session", "1", "--answers",
                        "1,2,3,2,3,"))  # fmt: skip
    assert "nothing changed" in again
    ok(pair.cli("questionnaire", "fill", "energiebalans", "--session", "1", "--answers",
                "0,1,1,1,2,1"))  # fmt: skip
    assert rows(pair.db, "SELECT session, answers FROM questionnaire_answer") == [
        (1, "[0, 1, 1, 1, 2, 1]")
    ]

    # The answers travel in the next export and reach the coach's report.
    pair.export()
    report = ok(pair.coach("report", "Anna"))
    assert "Questionnaires" in report and "Energy balance: 2.3 (session 1" in report
    scores = json.loads(ok(pair.coach("report", "Anna", "--json")))["questionnaires"]
    assert scores[0]["fillings"][0]["scores"][1] == {
        "subscale": "kost", "method": "sum", "score": 10.0, "band": None
    }  # fmt: skip
    page = pair.folder / "report.html"
    ok(pair.coach("report", "Anna", "--html", str(page)))
    assert "spark-q-energiebalans-balans" in page.read_text(encoding="utf-8")
    assert "Energy balance: 2.3" in ok(pair.cli("prepare"))
    summary = json.loads(ok(pair.cli("prepare", "--json")))
    assert summary["questionnaires"][0]["name"] == "energiebalans"


def test_in_dutch(assigned: Pair) -> None:
    listed = ok(assigned.cli("--lang", "nl", "questionnaire"))
    assert "Vragenlijsten van je coach" in listed and "Energiebalans (voorbeeld)" in listed
    filled = ok(assigned.cli("--lang", "nl", "questionnaire", "fill", "energiebalans",
                             "--answers", "1,2,3,2,3,"))  # fmt: skip
    assert "Bewaard: Energiebalans (voorbeeld), 5 van 6 vragen beantwoord." in filled
    assert "Energiebalans 2,2 (wisselend)" in filled
    message = refused(
        assigned.cli(
            "--lang", "nl", "questionnaire", "fill", "energiebalans", "--answers", "7,,,,,"
        ),
        2,
    )
    assert message.startswith("Antwoord 1 ('7') staat niet op de schaal")


def test_without_a_questionnaire_nothing_is_asked(pair: Pair) -> None:
    assert "hasn't sent you a questionnaire" in ok(pair.cli("questionnaire"))
    assert ok(pair.cli("questionnaire", "--json")) == '{\n  "questionnaires": []\n}\n'
    message = refused(pair.cli("questionnaire", "fill", "energiebalans", "--answers", "1"), 2)
    assert "hasn't sent you a questionnaire" in message


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fill", "nope", "--answers", "1,2,3,4,0,1"), "There is no questionnaire 'nope'"),
        (("fill", "energiebalans", "--answers", "1,2"), "--answers has 2 answers"),
        (("fill", "energiebalans", "--answers", "1,2,3,4,5,1"), "Answer 5 ('5') isn't on the"),
        (("fill", "energiebalans", "--answers", "1,2,3,x,0,1"), "Answer 4 ('x') isn't on the"),
        (("fill", "energiebalans", "--answers", "-1,2,3,4,0,1"), "Answer 1 ('-1') isn't on the"),
        (("fill", "energiebalans", "--answers", ",,,,,"), "No question answered"),
        (("fill", "energiebalans", "--session", "3", "--answers", "1,2,3,4,0,1"),
         "isn't asked for session 3, only for session 1, 5, 10"),
        (("fill", "energiebalans", "--session", "11", "--answers", "1,2,3,4,0,1"), "--session"),
        (("fill", "energiebalans"), "--answers 3,2,,4 (there is no terminal"),
    ],
)  # fmt: skip
def test_answers_that_do_not_fit_change_nothing(
    assigned: Pair, args: tuple[str, ...], message: str
) -> None:
    before = snapshot(assigned.db)
    assert message in refused(assigned.cli("questionnaire", *args), 2)
    assert snapshot(assigned.db) == before


def test_a_questionnaire_filled_in_on_a_terminal(assigned: Pair) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "LANG")}
    env.update({"HERSTEL_HOME": str(assigned.home), "HERSTEL_LANG": "en", "TERM": "xterm",
                "LANG": "C.UTF-8"})  # fmt: skip
    child = Terminal(sys.executable, ["-m", "herstel", "questionnaire", "fill", "energiebalans"],
                     env=env, encoding="utf-8", dimensions=(30, 120), timeout=20)  # fmt: skip
    child.expect("How has your energy been")
    child.expect("1/6")
    child.send(DOWN * 2 + "\r")  # (skip), 0, then 1
    child.expect("2/6")
    child.send("\r")  # skipped
    for number in range(3, 7):
        child.expect(f"{number}/6")
        child.send(DOWN * 4 + "\r")  # 3
    child.expect("Kept: Energy balance")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert rows(assigned.db, "SELECT answers FROM questionnaire_answer") == [
        ("[1, null, 3, 3, 3, 3]",)
    ]


def test_the_coach_drops_a_questionnaire_and_the_answers_stay(assigned: Pair) -> None:
    ok(assigned.cli("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,"))
    said = ok(assigned.coach("questionnaire", "drop", "Anna", "energiebalans"))
    assert "is no longer asked of Anna" in said
    taken = assigned.send_and_receive("second.age")
    assert "is no longer asked; what you filled in stays yours" in taken
    assert "hasn't sent you a questionnaire" in ok(assigned.cli("questionnaire"))
    assert len(rows(assigned.db, "SELECT id FROM questionnaire_answer")) == 1
    assert "Energy balance: 2.2 (session 1" in ok(assigned.cli("prepare"))  # still scored
    again = assigned.send_and_receive("third.age")
    assert "questionnaire" not in again.lower()  # said once


def test_an_answer_kept_private_stays_home(assigned: Pair) -> None:
    ok(assigned.cli("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,",
                    "--private"))  # fmt: skip
    assigned.export()
    assert rows(assigned.coach_db, "SELECT id FROM questionnaire_answer") == []
    # Changed later without saying: still private. --not-private shares it.
    refill = ("questionnaire", "fill", "energiebalans", "--session", "1", "--answers")
    ok(assigned.cli(*refill, "1,2,3,2,3,4"))
    assert rows(assigned.db, "SELECT private FROM questionnaire_answer") == [(1,)]
    plain = assigned.folder / "plain.json"
    ok(assigned.cli("export", "--plain", "-o", str(plain)))
    assert json.loads(plain.read_bytes())["questionnaire_answers"] == []


def test_the_coach_forgets_the_answers_too(assigned: Pair) -> None:
    ok(assigned.cli("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,"))
    assigned.export()
    assert len(rows(assigned.coach_db, "SELECT id FROM questionnaire_answer")) == 1
    access = assigned.folder / "access.json"
    ok(assigned.coach("export", "Anna", "-o", str(access)))
    held = json.loads(access.read_bytes())
    assert len(held["questionnaire_answers"]) == 1
    assert held["proposals"]["questionnaires"][0]["name"] == "energiebalans"
    ok(assigned.coach("forget", "Anna", "--yes"))
    assert rows(assigned.coach_db, "SELECT id FROM questionnaire_answer") == []
    assert rows(assigned.coach_db, "SELECT name FROM instrument") == [("energiebalans",)]


# --- the coach's side: loading and assigning ---------------------------------------------------


def test_the_coach_lists_what_is_loaded(pair: Pair) -> None:
    assert "haven't loaded a questionnaire yet" in ok(pair.coach("questionnaire", "list"))
    ok(pair.coach("questionnaire", "add", str(EXAMPLE)))
    again = ok(pair.coach("questionnaire", "add", str(EXAMPLE)))
    assert "was already loaded" in again
    listed = json.loads(ok(pair.coach("questionnaire", "list", "--json")))["questionnaires"]
    assert [(q["name"], q["items"], q["example"]) for q in listed] == [("energiebalans", 6, True)]
    assert "CC0" in listed[0]["licence"]


def test_assigning_what_is_not_there(pair: Pair) -> None:
    before = snapshot(pair.coach_db)
    assert "haven't loaded a questionnaire yet" in refused(
        pair.coach("questionnaire", "assign", "Anna", "energiebalans", "--sessions", "1"), 2
    )
    ok(pair.coach("questionnaire", "add", str(EXAMPLE)))
    before = snapshot(pair.coach_db)
    for args, code, message in [
        (("Anna", "bat", "--sessions", "1"), 2, "You haven't loaded a questionnaire 'bat'. You"),
        (("Anna", "energiebalans", "--sessions", "0,5"), 2, "--sessions"),
        (("Anna", "energiebalans", "--sessions", "1,x"), 2, "--sessions"),
        (("Anna", "energiebalans"), 2, "--sessions"),
        (("Bert", "energiebalans", "--sessions", "1"), 1, "No client"),
    ]:
        assert message in refused(pair.coach("questionnaire", "assign", *args), code), args
    dropped = refused(pair.coach("questionnaire", "drop", "Anna", "bat"), 2)
    assert dropped == "'bat' isn't asked of Anna."
    assert snapshot(pair.coach_db) == before


VALID = EXAMPLE.read_text(encoding="utf-8")


def _broken(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


BAD_INSTRUMENTS = [
    ("not toml at all [[[", "toml", "it isn't TOML"),
    (VALID[: len(VALID) // 2], "toml", "it isn't TOML"),  # cut short
    ('{"format": "herstel-questionnaire"', "json", "it isn't JSON"),
    ("", "toml", "is empty"),
    (_broken("format_version = 1", "format_version = 2"), "toml", "unknown format version (2)"),
    (_broken('format = "herstel-questionnaire"', 'format = "other"'), "toml", "isn't a herstel"),
    (_broken('id = "klein-leeg"', 'id = "leeg-wakker"'), "toml", "same id twice, at items.1.id"),
    (_broken("values = [0, 1, 2, 3, 4]", "values = []"), "toml", "at scale.values"),
    (_broken("values = [0, 1, 2, 3, 4]", "values = [0, 1, 2, 4, 5]"), "toml",
     "outside the scale, at items.0.reverse"),
    (_broken('"wat-geeft", "signalen"]\nscore = "sum"', '"wat-geeft", "nog-een"]\nscore = "sum"'),
     "toml", "an item the instrument doesn't have, at subscales.2.items.2"),
    (_broken('score = "mean"', 'score = "median"'), "toml", "at subscales.0.score"),
    ("[" * 5000 + "]" * 5000, "json", "deeper"),
    ('{"format": "herstel-questionnaire", "pad": "' + "x" * (1024 * 1024) + '"}', "json",
     "larger"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "suffix", "message"), BAD_INSTRUMENTS)
def test_instruments_that_are_not_right_are_refused(
    pair: Pair, content: str, suffix: str, message: str
) -> None:
    path = pair.folder / f"instrument.{suffix}"
    path.write_text(content, encoding="utf-8")
    ok(pair.coach("questionnaire", "list"))  # the coach's store exists
    before = snapshot(pair.coach_db)
    shown = refused(pair.coach("questionnaire", "add", str(path)), 1)
    assert message in shown, shown
    assert "Energiebalans" not in shown  # where, never what
    assert snapshot(pair.coach_db) == before


def test_a_missing_instrument_file(pair: Pair) -> None:
    message = refused(pair.coach("questionnaire", "add", "/nowhere/x.toml"), 1)
    assert message == "There's no file /nowhere/x.toml."


def test_the_committed_instrument_schema_is_the_models_schema() -> None:
    import tomllib

    import jsonschema

    from herstel.exchange.schema import schema_text

    name = "herstel-questionnaire-v1.json"
    committed = (ROOT / "docs" / "schema" / name).read_text(encoding="utf-8")
    assert committed == schema_text(name)
    jsonschema.Draft202012Validator(json.loads(committed)).validate(tomllib.loads(VALID))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_the_instrument_reader_refuses_anything_else_cleanly(data: bytes) -> None:
    from herstel.exchange.instrument import parse_instrument

    for toml in (True, False):
        with pytest.raises(HerstelError):
            parse_instrument(data, toml=toml)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(0, 4)), min_size=6, max_size=6),
)
def test_scores_follow_the_rules(answers: list[int | None]) -> None:
    import tomllib

    from herstel.application.questionnaires import instrument_of, scores_of

    instrument = instrument_of(tomllib.loads(VALID))
    ids = [item.id for item in instrument.items]
    by_id = {score.subscale: score for score in scores_of(instrument, ids, answers)}
    counted = [4 - a if a is not None and n < 3 else a for n, a in enumerate(answers)]
    given_ = [c for c in counted if c is not None]
    balance = by_id["balans"].score
    if len(given_) * 2 < 6:
        assert balance is None
    else:
        assert balance == pytest.approx(sum(given_) / len(given_))
    costs = counted[:3]
    assert by_id["kost"].score == (None if None in costs else sum(costs))  # type: ignore[arg-type]


def _body(instrument: dict[str, object], **assigned: object) -> bytes:
    """A packet's body with one questionnaire, as `coach send` writes it."""
    return json.dumps({
        "format": "herstel-coach-packet", "format_version": 1,
        "trajectory_id": "0b6a1c7e-4d8f-4a55-9c1e-2f4b8a6d3e10", "sequence": 1,
        "sent_at": "2027-03-10T09:00:00+00:00", "signing_key": "0123 4567 89ab cdef 0123",
        "coach_key": "age1" + "q" * 58 + "+ed25519:" + "A" * 43, "coach_name": None,
        "plan_text": None, "goals": [], "exercises": [], "ladder": [], "sessions": [],
        "notes": [], "work_steps": [],
        "questionnaires": [{
            "id": "5b1f2c3d-0000-4000-8000-00000000b001",
            "updated_at": "2027-03-10T09:00:00+00:00", "name": "energiebalans",
            "sessions": [1, 5, 10], "instrument": instrument, **assigned,
        }],
    }).encode()  # fmt: skip


def test_a_packet_checks_the_instruments_it_carries() -> None:
    from herstel.exchange.instrument import parse_instrument
    from herstel.exchange.packet import parse_body

    # As the coach's store keeps it: every key written, as `coach send` sends it.
    instrument = parse_instrument(VALID.encode(), toml=True).model_dump(mode="json")
    assert parse_body(_body(instrument)).questionnaires[0].instrument.name == "energiebalans"
    doubled = json.loads(json.dumps(instrument))
    doubled["items"][1]["id"] = doubled["items"][0]["id"]
    for body, where in [
        (_body(doubled), "questionnaires.0.instrument.items.1.id"),
        (_body(instrument, sessions=[5, 1]), "questionnaires.0.sessions"),
        (_body(instrument, name="other"), "questionnaires.0.name"),
    ]:
        with pytest.raises(HerstelError) as problem:
            parse_body(body)
        assert problem.value.params["where"] == where


def test_a_client_is_asked_twenty_questionnaires_at_most(pair: Pair) -> None:
    for number in range(21):
        path = pair.folder / f"q{number}.toml"
        path.write_text(VALID.replace('name = "energiebalans"', f'name = "q{number}"'))
        ok(pair.coach("questionnaire", "add", str(path)))
    for number in range(20):
        ok(pair.coach("questionnaire", "assign", "Anna", f"q{number}", "--sessions", "1"))
    before = snapshot(pair.coach_db)
    message = refused(pair.coach("questionnaire", "assign", "Anna", "q20", "--sessions", "1"), 2)
    assert message == "A client can be asked 20 questionnaires at most; drop one first."
    assert snapshot(pair.coach_db) == before
    ok(pair.coach("questionnaire", "assign", "Anna", "q3", "--sessions", "5"))  # a change is fine
    sent = ok(pair.coach("send", "Anna", "-o", str(pair.folder / "full.age")))
    assert sent.startswith("Packet 1 for Anna (20 items) is in")


def test_answers_typed_at_once() -> None:
    import tomllib

    from herstel.application.questionnaires import instrument_of, parse_answers

    instrument = instrument_of(tomllib.loads(VALID))
    assert parse_answers(" 4, ,-,0,1,2", instrument) == (4, None, None, 0, 1, 2)


def test_an_answer_for_a_session_no_longer_asked_stays_listed(assigned: Pair) -> None:
    ok(assigned.cli("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,"))
    ok(assigned.coach("questionnaire", "assign", "Anna", "energiebalans", "--sessions", "5,10"))
    assert "now before session 5, 10" in assigned.send_and_receive("moved.age")
    listed = ok(assigned.cli("questionnaire"))
    assert "for session 1 (no longer asked then)" in listed
    data = json.loads(ok(assigned.cli("questionnaire", "--json")))["questionnaires"][0]
    assert [m["session"] for m in data["sessions"]] == [5, 10]
    assert [a["session"] for a in data["other"]] == [1]
