"""Value options end the questions: given any, a command asks only what is required and missing;
given none (--date, --at and --edit are no value options, nor the name it is about), the whole
form. On a real terminal, in both languages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pexpect

from test_interactive import finish, init_home, spawn


def signals(home: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute(
            'SELECT what, type, intensity, "limit", fit, private FROM signal'
        ).fetchall()
    finally:
        conn.close()


def test_a_signal_given_its_values_asks_nothing_more(home: Path) -> None:
    init_home(home)
    child = spawn(
        home, "signal", "headache", "--type", "body", "--intensity", "3", "--limit", "near",
        "--fit", "no",
    )  # fmt: skip
    child.expect("Noted: headache")
    before = str(child.before)
    assert finish(child) == 0
    assert "?" not in before  # no question came up before it was saved
    assert signals(home) == [("headache", "body", 3, "near", 0, 0)]


def test_a_missing_required_value_is_still_asked_in_dutch(home: Path) -> None:
    init_home(home)
    child = spawn(home, "signal", "hoofdpijn", "--intensity", "4", lang="nl")
    child.expect("lichaam")  # the type: a signal cannot be without it
    child.send("\r")
    child.expect("Opgeschreven: hoofdpijn")
    assert finish(child) == 0
    assert signals(home) == [("hoofdpijn", "body", 4, None, None, 0)]


def test_the_name_and_at_alone_ask_the_whole_form(home: Path) -> None:
    init_home(home)
    child = spawn(home, "signal", "tired", "--at", "-1d")
    child.expect("body")
    child.send("\r")
    child.expect("Where")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()


def test_a_checkin_given_a_field_asks_for_the_energy_only(home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin", "--sleep-hours", "7:30")
    child.expect("energy")
    child.send("6\r")
    child.expect("Saved")
    assert finish(child) == 0
    conn = sqlite3.connect(home / "herstel.db")
    try:
        assert conn.execute("SELECT energy, sleep_hours FROM checkin").fetchall() == [(6, 7.5)]
    finally:
        conn.close()


def test_every_choice_fits_a_terminal_of_60_columns_without_dutch_in_english() -> None:
    """A choice is one line of the list (questionary cuts what is wider): with the pointer in
    front, it fits in 60 columns; and English choices carry no Dutch words in brackets."""
    from herstel.i18n import en, nl

    prefixes = ("exercise.type.", "ladder.colour_choice.", "pattern.belief.", "signal.fit.",
                "signal.limit.", "signal.type.", "form.skip", "form.private.")  # fmt: skip
    for catalog in (en.MESSAGES, nl.MESSAGES):
        labels = {k: v for k, v in catalog.items() if k.startswith(prefixes)}
        assert labels
        for key, label in labels.items():
            assert len(label) + 4 <= 60, (key, label)
    for key, text in en.MESSAGES.items():
        if isinstance(text, str):
            assert "klopt" not in text, key
