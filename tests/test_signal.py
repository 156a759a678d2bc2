"""`herstel signal` through the CLI: flags, the scripted form, `--at`, and every bad input."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from conftest import NOW, TODAY, Invoke, rows, snapshot
from herstel.core.clock import PIN_VARIABLE

SIGNALS = (
    'SELECT what, type, location, intensity, "limit", fit, situation, response, private, day,'
    " time FROM signal ORDER BY created_at"
)


def signals(store: Path) -> list[tuple[object, ...]]:
    return rows(store, SIGNALS)


def test_every_field_as_a_flag_asks_nothing(cli: Invoke, started: Path) -> None:
    result = cli(
        "signal",
        "tight shoulders",
        "--type",
        "body",
        "--where",
        "neck",
        "--intensity",
        "3",
        "--limit",
        "near",
        "--fit",
        "no",
        "--situation",
        "Meeting ran late\n\tand then another",
        "--response",
        "went for a walk",
        "--at",
        "yesterday 14:30",
        "--private",
        answers=[],  # a terminal, as far as the prompts know: still nothing may be asked
    )
    assert result.exit_code == 0, result.stderr
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert signals(started) == [
        (
            "tight shoulders",
            "body",
            "neck",
            3,
            "near",
            0,
            "Meeting ran late\n\tand then another",
            "went for a walk",
            1,
            yesterday,
            "14:30",
        )
    ]
    assert result.stdout.startswith("Noted: tight shoulders (")
    assert "14:30" in result.stdout


def test_only_what_and_type_are_needed_off_a_terminal(cli: Invoke, started: Path) -> None:
    before = NOW.replace(second=0, microsecond=0)
    result = cli("signal", "restless", "--type", "emotion")
    assert result.exit_code == 0, result.stderr
    ((what, kind, *empty, private, day, clock),) = signals(started)
    assert (what, kind, private) == ("restless", "emotion", 0)
    assert empty == [None] * 6
    moment = datetime.fromisoformat(f"{day}T{clock}")
    assert before <= moment <= NOW


def test_dutch_words_are_stored_in_english(cli: Invoke, started: Path) -> None:
    args = ("--type", "lichaam", "--limit", "over", "--fit", "klopt-niet")
    result = cli("--lang", "nl", "signal", "hoofdpijn", *args)
    assert result.exit_code == 0, result.stderr
    assert signals(started)[0][:6] == ("hoofdpijn", "body", None, None, "crossed", 0)
    assert "Opgeschreven: hoofdpijn" in result.stdout
    assert "over een grens" in result.stdout


def test_the_form_asks_what_no_flag_gave(cli: Invoke, started: Path) -> None:
    answers: list[object] = [
        "gespannen kaak",  # what
        "body",  # type
        "",  # where: skipped
        "4",  # intensity
        "crossed",  # limit
        None,  # fit: skipped
        "Lange vergadering",  # situation
        "-",  # response: skipped
        True,  # keep it private
    ]
    result = cli("signal", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert signals(started)[0][:9] == (
        "gespannen kaak",
        "body",
        None,
        4,
        "crossed",
        None,
        "Lange vergadering",
        None,
        1,
    )
    assert "Enter skips" in result.stdout


def test_no_private_question_without_words_of_ones_own(cli: Invoke, started: Path) -> None:
    answers: list[object] = ["emotion", "", "2", "none", "yes", "", ""]
    result = cli("signal", "calm", answers=answers)  # the name alone: the whole form
    assert result.exit_code == 0, result.stderr
    assert signals(started)[0][:9] == ("calm", "emotion", None, 2, "none", 1, None, None, 0)


def test_at_a_day_alone_keeps_no_time_and_a_time_alone_is_today(cli: Invoke, started: Path) -> None:
    result = cli("signal", "tired", "--type", "body", "--at", "-2d")
    assert result.exit_code == 0, result.stderr
    assert signals(started)[0][-2:] == ((TODAY - timedelta(days=2)).isoformat(), None)
    result = cli("signal", "tired", "--type", "body", "--at", "0.00")
    assert result.exit_code == 0, result.stderr
    assert signals(started)[1][-2:] == (TODAY.isoformat(), "00:00")
    result = cli("signal", "tired", "--type", "body", "--at", "4-1-2027 9.30")
    assert result.exit_code == 2  # in English 4-1-2027 could be 4 January or 1 April
    assert "write it as 2027-01-04 or 2027-04-01" in result.stderr
    dutch = cli("--lang", "nl", "signal", "moe", "--type", "body", "--at", "eergisteren 9.30")
    assert dutch.exit_code == 0, dutch.stderr
    assert signals(started)[2][-2:] == ((TODAY - timedelta(days=2)).isoformat(), "09:30")


def test_bytes_a_non_utf8_terminal_could_not_decode_are_stored_as_text(
    cli: Invoke, started: Path
) -> None:
    # Python hands undecodable bytes over as surrogate escapes, which SQLite cannot store:
    # the UTF-8 they were is recovered, anything else becomes the replacement character.
    result = cli("signal", "caf\udcc3\udca9", "--type", "body", "--situation", "x\udcffy")
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT what, situation FROM signal") == [("café", "x\ufffdy")]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--type", "mind"), "--type can be body|emotion; 'mind' isn't one of them."),
        (("--type", "body", "--limit", "far"), "--limit can be none|near|crossed"),
        (("--type", "body", "--fit", "maybe"), "--fit can be yes|no"),
        (("--type", "body", "--intensity", "0"), "--intensity goes from 1 to 5"),
        (("--type", "body", "--intensity", "6"), "--intensity goes from 1 to 5"),
        (("--type", "body", "--intensity", "2,5"), "--intensity needs a whole number"),
        (("--type", "body", "--at", "someday"), "isn't a date herstel knows"),
        (("--type", "body", "--at", "tomorrow"), "lies in the future"),
        (("--type", "body", "--at", "today 25:00"), "'25:00' isn't a time"),
        (("--type", "body", "--situation", "bell\x07"), "--situation contains characters"),
        (("--type", "body", "--where", "neck\nand back"), "--where contains characters"),
        (("--type", "body", "--where", "x" * 81), "--where can be 80 characters at most"),
        ((), "--type is needed"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str
) -> None:
    before = snapshot(started)
    result = cli("signal", "headache", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert snapshot(started) == before


@pytest.mark.parametrize("what", ["", "   ", "a\x1bb"])
def test_a_bad_or_missing_name_is_refused(cli: Invoke, started: Path, what: str) -> None:
    before = snapshot(started)
    result = cli("signal", what, "--type", "body")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert snapshot(started) == before


def test_no_name_off_a_terminal_is_a_usage_error(cli: Invoke, started: Path) -> None:
    result = cli("signal", "--type", "body")
    assert result.exit_code == 2
    assert result.stderr == "WHAT is needed; add it to the command.\n"


def test_a_later_time_today_is_the_future(
    cli: Invoke, started: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_VARIABLE, f"{TODAY.isoformat()}T14:00")
    later = datetime.combine(TODAY, time(14, 5))
    result = cli("signal", "x", "--type", "body", "--at", f"today {later:%H:%M}")
    assert result.exit_code == 2
    assert "lies in the future" in result.stderr


def test_without_a_trajectory_nothing_is_created(cli: Invoke, home: Path) -> None:
    result = cli("signal", "tired", "--type", "body")
    assert result.exit_code == 1
    assert result.stderr == "There is no trajectory here yet. Start with: herstel init\n"
    assert not (home / "herstel.db").exists()


LONG = "Ik merk het eerst in mijn schouders. " * 2900  # about 100 KB


@pytest.mark.parametrize(
    "text",
    [
        LONG,
        "Moe 😴 maar blij 🌱",
        "مرحبا بالعالم — שלום",
        "cafe\u0301 en e\u0308\u0301n",  # combining accents, kept as typed (not normalised)
    ],
)
def test_any_text_is_stored_and_shown_intact(cli: Invoke, started: Path, text: str) -> None:
    result = cli("signal", "spanning", "--type", "body", "--situation", text)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT situation FROM signal") == [(text.strip(),)]
    (entry,) = json.loads(cli("log", "--json", "--kind", "signal").stdout)
    assert entry["situation"] == text.strip()
    shown = cli("log").stdout
    assert text.strip() in shown.replace("\n      ", "\n")


def test_help_in_both_languages(cli: Invoke) -> None:
    english = cli("signal", "--help").stdout
    assert "--limit none|near|crossed" in english
    assert "klopt" not in english  # no Dutch in brackets in English (issue 20)
    dutch = cli("--lang", "nl", "signal", "--help").stdout
    assert "Schrijf een lichaamssignaal of emotie op" in dutch


def test_in_a_form_a_refused_answer_speaks_of_the_answer_not_a_flag() -> None:
    from herstel.cli.forms import ask
    from herstel.cli.signals import signal_questions
    from herstel.ui import prompts

    intensity = next(q for q in signal_questions() if q.name == "intensity")
    prompts.script(["7"])
    with pytest.raises(prompts.UnexpectedPrompt) as refused_answer:
        ask(intensity)
    assert str(refused_answer.value).endswith(
        ": This answer goes from 1 to 5; '7' is outside that."
    )
    prompts.script(["4"])
    assert ask(intensity) == 4
