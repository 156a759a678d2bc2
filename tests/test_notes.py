"""`herstel pattern` and `herstel bio` through the CLI: flags, scripted forms, bad input."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, rows, snapshot, strip_ids

PATTERNS = (
    "SELECT situation, behaviour, consequence, unnoticed, belief, belief_text, new_behaviour,"
    " reflection, private FROM pattern_note ORDER BY created_at"
)
BIOS = "SELECT life_stage, text, drives, pattern, private FROM bio_note ORDER BY created_at"


def patterns(store: Path) -> list[tuple[object, ...]]:
    return rows(store, PATTERNS)


def bios(store: Path) -> list[tuple[object, ...]]:
    return rows(store, BIOS)


def test_pattern_with_every_flag(cli: Invoke, started: Path) -> None:
    result = cli(
        "pattern",
        "--situation",
        "My manager asked for one more report",
        "--behaviour",
        "Said yes at once",
        "--consequence",
        "Worked late, slept badly",
        "--unnoticed",
        "I never checked my own agenda",
        "--belief",
        "no-burden",
        "--new-behaviour",
        "Asked for a day to think",
        "--reflection",
        "It felt strange, and it was fine",
        "--at",
        "yesterday",
    )
    assert result.exit_code == 0, result.stderr
    assert patterns(started) == [
        (
            "My manager asked for one more report",
            "Said yes at once",
            "Worked late, slept badly",
            "I never checked my own agenda",
            "no-burden",
            None,
            "Asked for a day to think",
            "It felt strange, and it was fine",
            0,
        )
    ]
    assert "Your pattern note is saved" in result.stdout
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert rows(started, "SELECT day, time FROM pattern_note") == [(yesterday, None)]


def test_belief_text_alone_means_other(cli: Invoke, started: Path) -> None:
    result = cli("pattern", "--situation", "x", "--belief-text", "I must stay strong")
    assert result.exit_code == 0, result.stderr
    assert patterns(started)[0][4:6] == ("other", "I must stay strong")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "--situation is needed"),
        (("--situation", "  \n "), "--situation can't be empty"),
        (("--situation", "x", "--belief", "laziness"), "--belief can be perfection|no-burden"),
        (
            ("--situation", "x", "--belief", "perfection", "--belief-text", "y"),
            "--belief-text goes with --belief other",
        ),
        (("--situation", "x\x00y"), "--situation contains characters"),
        (("--situation", "x", "--reflection", "\x1b[31mred"), "--reflection contains"),
        (("--situation", "x", "--at", "gister"), "isn't a date herstel knows"),
        (("--situation", "x", "--at", "2027-02-30"), "isn't a day on the calendar"),
    ],
)
def test_pattern_bad_input_changes_nothing(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str
) -> None:
    before = snapshot(started)
    result = cli("pattern", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(started) == before


def test_pattern_form_in_the_methods_order(cli: Invoke, started: Path) -> None:
    answers: list[object] = [
        "Een collega vroeg hulp",  # situation
        "Alles laten vallen",  # behaviour
        "",  # consequence
        "",  # unnoticed
        "other",  # belief
        "Ik moet altijd klaarstaan",  # belief in my own words
        "Eerst mijn eigen werk afmaken",  # new behaviour
        "",  # reflection
        False,  # not private
    ]
    result = cli("--lang", "nl", "pattern", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert patterns(started) == [
        (
            "Een collega vroeg hulp",
            "Alles laten vallen",
            None,
            None,
            "other",
            "Ik moet altijd klaarstaan",
            "Eerst mijn eigen werk afmaken",
            None,
            0,
        )
    ]
    assert "Een paar vragen over één situatie" in result.stdout
    assert "Je patroonnotitie is bewaard" in result.stdout


def test_pattern_form_asks_only_what_is_missing(cli: Invoke, started: Path) -> None:
    # A value option given: only the situation, which a pattern note cannot be without, is
    # asked (a question nobody scripted, or an answer left over, fails the run).
    result = cli("pattern", "--behaviour", "did", "--private", answers=["Deadline"])
    assert result.exit_code == 0, result.stderr
    assert patterns(started) == [("Deadline", "did", None, None, None, None, None, None, 1)]
    result = cli("pattern", "--situation", "Meeting", answers=[])
    assert result.exit_code == 0, result.stderr
    assert patterns(started)[-1] == ("Meeting", None, None, None, None, None, None, None, 0)


def test_bio_with_flags_and_in_the_log(cli: Invoke, started: Path) -> None:
    result = cli(
        "bio",
        "--life-stage",
        "Secondary school",
        "--text",
        "Always the one who organised everything.\nNever asked for help.",
        "--drives",
        "Being needed",
        "--pattern",
        "Saying yes before I think",
        "--private",
    )
    assert result.exit_code == 0, result.stderr
    assert bios(started) == [
        (
            "Secondary school",
            "Always the one who organised everything.\nNever asked for help.",
            "Being needed",
            "Saying yes before I think",
            1,
        )
    ]
    lines = strip_ids(cli("log", "--kind", "bio").stdout).splitlines()
    assert lines[0].endswith("  looking back  (private)")
    assert lines[1:] == [
        "    period: Secondary school",
        "    Always the one who organised everything.",
        "    Never asked for help.",
        "    what drove me: Being needed",
        "    pattern I see now: Saying yes before I think",
    ]


def test_bio_needs_something_off_a_terminal(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    result = cli("bio")
    assert result.exit_code == 2
    assert "needs at least one of --life-stage" in result.stderr
    assert cli("bio", "--text", "   ").exit_code == 2
    assert snapshot(started) == before


def test_bio_form_with_nothing_written_saves_nothing(cli: Invoke, started: Path) -> None:
    result = cli("bio", answers=["", "", "", ""])
    assert result.exit_code == 0
    assert "nothing was saved" in result.stdout
    assert bios(started) == []


def test_bio_form_asks_the_rest(cli: Invoke, started: Path) -> None:
    answers: list[object] = ["Studietijd", "", "Iets betekenen", "Doorgaan tot het op is", False]
    result = cli("bio", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert bios(started) == [("Studietijd", None, "Iets betekenen", "Doorgaan tot het op is", 0)]


def test_the_beliefs_are_offered_in_both_languages(cli: Invoke) -> None:
    english = " ".join(cli("pattern", "--help").stdout.split())
    for phrase in (
        "delivering perfect results (perfection)",
        "never being a burden (no-burden)",
        "making sure nothing goes wrong (nothing-wrong)",
        "always meeting or exceeding expectations (expectations)",
    ):
        assert phrase in english
    dutch = " ".join(cli("--lang", "nl", "pattern", "--help").stdout.split())
    for phrase in (
        "door perfect resultaat neer te zetten (perfection)",
        "door niemand tot last te zijn (no-burden)",
        "door te zorgen dat er niets misgaat (nothing-wrong)",
        "door voortdurend verwachtingen waar te maken of te overtreffen (expectations)",
    ):
        assert phrase in dutch


def test_belief_in_dutch_words_and_other_without_words(cli: Invoke, started: Path) -> None:
    assert cli("pattern", "--situation", "a", "--belief", "Perfectie").exit_code == 0
    assert cli("pattern", "--situation", "b", "--belief", "other").exit_code == 0
    assert [p[4:6] for p in patterns(started)] == [("perfection", None), ("other", None)]


LONG = "Ik wilde het goed doen, voor iedereen. " * 2700  # about 100 KB


@pytest.mark.parametrize(
    "text",
    [LONG, "Moe 😴, en toch 🌱", "مرحبا — שלום עולם", "e\u0301e\u0308n keer"],
)
def test_any_text_in_notes_is_stored_and_shown_intact(
    cli: Invoke, started: Path, text: str
) -> None:
    result = cli("pattern", "--situation", text, "--reflection", text)
    assert result.exit_code == 0, result.stderr
    result = cli("bio", "--text", text, "--drives", text)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT situation, reflection FROM pattern_note") == [(text.strip(),) * 2]
    assert rows(started, "SELECT text, drives FROM bio_note") == [(text.strip(),) * 2]
    entries = json.loads(cli("log", "--json").stdout)
    assert [e["situation"] for e in entries if e["kind"] == "pattern"] == [text.strip()]
    assert [e["text"] for e in entries if e["kind"] == "bio"] == [text.strip()]
    assert cli("log").stdout.count(text.strip()) == 4
