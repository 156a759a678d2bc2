"""The real questions in a real pseudo-terminal: questionary, prompt_toolkit and all."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import timedelta
from pathlib import Path

import pexpect
import pytest

from conftest import TODAY, invoke
from terminal import Terminal

DOWN = "\x1b[B"


def spawn(
    home: Path,
    *args: str,
    lang: str = "en",
    extra_env: dict[str, str] | None = None,
    columns: int = 120,
) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "LANG")}
    env.update(
        {
            "HERSTEL_HOME": str(home),
            "HERSTEL_LANG": lang,
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            **(extra_env or {}),
        }
    )
    return Terminal(
        sys.executable,
        ["-m", "herstel", *args],
        env=env,
        encoding="utf-8",
        dimensions=(30, columns),
        timeout=20,
    )


def work_settings(home: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute("SELECT sick_since, contract_hours FROM trajectory").fetchone()
    finally:
        conn.close()


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus if child.exitstatus is not None else -1)


def trajectory(home: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute(
            "SELECT client_name, coach_name, first_session_on, first_session_time,"
            " phase1_sessions, phase2_weeks, focus FROM trajectory"
        ).fetchone()
    finally:
        conn.close()


def test_first_run_asks_setup_questions(home: Path) -> None:
    child = spawn(home)
    child.expect("Welcome")
    child.expect("What's your name")
    child.send("Anna\r")
    child.expect("coach")
    child.send("Marieke\r")
    child.expect("first session")
    child.send("2026-02-30\r")  # not a day: the question stays and says why
    child.expect("isn't a day on the calendar")
    child.send("\b" * 12 + "2027-01-04\r")
    child.expect("At what time")
    child.send("14:30\r")
    child.expect("How often")
    child.send(DOWN + "\r")  # a different rhythm
    child.expect("phase 1")
    child.send(DOWN + "\r")  # 6 sessions (default 5 is selected first)
    child.expect("phase 2")
    child.send(DOWN + "\r")  # every 4 weeks
    child.expect("underneath")
    child.send("\r")  # not clear yet
    child.expect("sick leave")
    child.send("tomorrow\r")  # not yet: the question says why and stays
    child.expect("future")
    child.send("\b" * 8 + "-30d\r")
    child.expect("contract")
    child.send("90\r")  # more than a week can hold
    child.expect("80")
    child.send("\b" * 2 + "36\r")
    child.expect("Your trajectory has started, Anna")
    child.expect(pexpect.EOF)
    assert "Hello Anna" not in child.before  # no second greeting right after the first
    assert finish(child) == 0
    assert trajectory(home) == ("Anna", "Marieke", "2027-01-04", "14:30", 6, 4, "unknown")
    assert work_settings(home) == ((TODAY - timedelta(days=30)).isoformat(), 36.0)


def test_dutch_init_with_defaults(home: Path) -> None:
    child = spawn(home, "init", "--first-session", "4-1-2027", lang="nl")
    child.expect("Hoe heet je")
    child.send("Joost\r")
    child.expect("coach")
    child.send("\r")  # skipped
    child.expect("Hoe laat")
    child.send("\r")
    child.expect("Hoe vaak")
    child.send("\r")  # the usual rhythm
    child.expect("eronder")
    child.send("\r")
    child.expect("ziek gemeld")
    child.send("\r")  # still working: skipped
    child.expect("contract")
    child.send("\r")
    child.expect("Fijn dat je er bent")
    assert finish(child) == 0
    assert trajectory(home) == ("Joost", None, "2027-01-04", None, 5, 3, "unknown")
    assert work_settings(home) == (None, None)


def test_ctrl_c_saves_nothing(home: Path) -> None:
    child = spawn(home, "init")
    child.expect("What's your name")
    child.send("Anna\r")
    child.expect("coach")
    child.sendintr()
    child.expect("Nothing was saved")
    assert finish(child) == 1
    assert not (home / "herstel.db").exists()


@pytest.mark.parametrize(
    ("extra_env", "colour"),
    [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)],
)
def test_colour_only_on_a_terminal_that_wants_it(
    home: Path, extra_env: dict[str, str], colour: bool
) -> None:
    # Wide enough for the paths of any test folder (pytest-xdist's are longer), not to cut them.
    child = spawn(home, "where", extra_env=extra_env, columns=250)
    child.expect(pexpect.EOF)
    assert "herstel.db" in child.before
    assert ("\x1b[" in child.before) is colour
    child.close()


def herstel(home: Path, *args: str) -> None:
    """Run herstel off a terminal (in this process: no start-up to wait for), to prepare a home."""
    result = invoke("--home", str(home), *args)
    assert result.exit_code == 0, result.stderr


def init_home(home: Path) -> None:
    herstel(home, "init", "--name", "Anna", "--first-session", "today")


def checkins(home: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute(
            "SELECT day, energy, sleep_hours, sleep_quality, food, movement, relaxation,"
            " structure, givers, drainers, note, private FROM checkin ORDER BY day"
        ).fetchall()
    finally:
        conn.close()


def test_interactive_checkin_then_accepting_the_defaults(home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin", "--date", "yesterday")
    child.expect("How much energy")
    child.send("11\r")  # out of range: said, and asked again
    child.expect("goes from 0 to 10")
    child.send("\b\b6\r")
    for question, answer in [
        ("hours did you sleep", "7,4"),
        ("How well did you sleep", "4"),
        ("meals", "3"),
        ("movement", "30"),
        ("relaxation", "15"),
        ("day structure", "4"),
        ("(gave|given) you energy", "walk, music"),  # "so far today" in the morning
        ("cost you energy", "email"),
        ("note", "a quiet day"),
    ]:
        child.expect(question)
        child.send(answer + "\r")
    child.expect("private")
    child.send("\r")  # no
    child.expect("Saved your check-in")
    assert finish(child) == 0

    # Today is much like yesterday: energy, not quite the same, then Enter for the rest.
    child = spawn(home, "checkin")
    child.expect("How much energy")
    child.send("5\r")
    child.expect("The rest as yesterday")
    child.send("\x1b[B\r")  # down to "No": the questions, each with yesterday's answer
    for question in ["hours", "How well", "meals", "movement", "relaxation", "structure"]:
        child.expect(question)
        child.send("\r")
    child.expect("(gave|given) you energy")
    child.send("wa")  # the givers named before are offered
    child.expect("walk")
    child.send("\x15-\r")  # Ctrl-U clears the line, "-" leaves it empty: no givers today
    child.expect("cost you energy")
    child.send("\r")  # yesterday's drainer
    child.expect("note")
    child.send("\r")
    child.expect("Saved your check-in")
    assert finish(child) == 0
    from datetime import timedelta

    today = TODAY
    assert checkins(home) == [
        (
            (today - timedelta(days=1)).isoformat(),
            6,
            7.5,
            4,
            3,
            30,
            15,
            4,
            '["walk", "music"]',
            '["email"]',
            "a quiet day",
            0,
        ),
        (today.isoformat(), 5, 7.5, 4, 3, 30, 15, 4, None, '["email"]', None, 0),
    ]


def test_ctrl_c_in_the_checkin_form_saves_nothing(home: Path) -> None:
    init_home(home)
    child = spawn(home, "checkin")
    child.expect("How much energy")
    child.send("4\r")
    child.expect("hours did you sleep")
    child.sendintr()
    child.expect("What you typed is kept")  # as a draft (tests/test_forms_drafts.py)
    assert finish(child) == 1
    assert checkins(home) == []


def test_log_on_a_terminal_is_a_table_and_never_reads_markup(home: Path) -> None:
    init_home(home)
    herstel(home, "checkin", "--energy", "5", "--note", "[bold]x[/bold]")
    child = spawn(home, "log")
    child.expect(pexpect.EOF)
    screen = child.before
    child.close()
    assert "entry" in screen.splitlines()[0]
    assert "check-in: energy 5" in screen
    assert "[bold]x[/bold]" in screen


def pattern_notes(home: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "herstel.db")
    try:
        return conn.execute(
            "SELECT situation, behaviour, consequence, unnoticed, belief, belief_text,"
            " new_behaviour, reflection, private FROM pattern_note"
        ).fetchall()
    finally:
        conn.close()


def test_pattern_form_on_a_terminal(home: Path) -> None:
    init_home(home)
    child = spawn(home, "pattern", lang="nl")
    child.expect("Een paar vragen over één situatie")
    child.expect("Wat was de situatie")
    child.send("\r")  # the situation cannot be skipped: the question stays and says so
    child.expect("nodig")
    child.send("Mijn leidinggevende vroeg om nog een rapport\r")
    child.expect("Wat deed je")
    child.send("Meteen ja gezegd\r")
    child.expect("gevolgen")
    child.send("\r")
    child.expect("zonder het te merken")
    child.send("-\r")
    child.expect("Welke overtuiging")
    # The examples in the method's words, in both languages.
    child.expect("door niemand tot last te zijn")  # in Dutch alone
    child.send(DOWN * 2 + "\r")  # skip, perfection, then: no-burden
    child.expect("Wat probeerde je anders")
    child.send("Om een dag bedenktijd gevraagd\r")
    child.expect("terugkijkt")
    child.send("Spannend, en het ging goed\r")
    child.expect("privé")
    child.send("\r")  # no (the first choice)
    child.expect("Je patroonnotitie is bewaard")
    assert finish(child) == 0
    assert pattern_notes(home) == [
        (
            "Mijn leidinggevende vroeg om nog een rapport",
            "Meteen ja gezegd",
            None,
            None,
            "no-burden",
            None,
            "Om een dag bedenktijd gevraagd",
            "Spannend, en het ging goed",
            0,
        )
    ]


def test_pattern_form_stopped_midway_saves_nothing(home: Path) -> None:
    init_home(home)
    child = spawn(home, "pattern")
    child.expect("What was the situation")
    child.send("Te veel afspraken\r")
    child.expect("What did you do")
    child.send("Everything at once\r")
    child.expect("consequences")
    child.sendintr()
    child.expect("Stopped. What you typed is kept")  # as a draft, not as a note
    assert finish(child) == 1
    assert pattern_notes(home) == []


def test_signal_near_a_limit_shows_the_agreed_action_on_a_terminal(home: Path) -> None:
    init_home(home)
    herstel(home, "ladder", "add", "Tight shoulders", "--colour", "orange", "--action", "Walk")
    # Value options given: nothing optional is asked (issue 20).
    child = spawn(home, "signal", "tight  SHOULDERS", "--type", "body", "--limit", "near")
    child.expect("It's on your ladder: orange")
    child.expect("What you agreed for it: Walk")
    assert finish(child) == 0


def test_plan_on_a_terminal(home: Path) -> None:
    herstel(home, "init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-20d")
    herstel(home, "plan", "held", "1", "--note", "[red]not markup[/red]")
    child = spawn(home, "plan")
    child.expect(pexpect.EOF)
    screen = child.before
    child.close()
    assert "\x1b[" in screen  # rich, on a terminal that wants it
    assert "Your trajectory with Marieke" in screen
    assert "▸" in screen  # today's marker
    assert "[red]not markup[/red]" in screen
    assert "Next: session 3 of 10" in screen


def test_plan_note_asked_on_a_terminal(home: Path) -> None:
    herstel(home, "init", "--name", "Anna", "--first-session", "+3d")
    herstel(home, "plan", "note", "1", "Bring the sleep diary")
    child = spawn(home, "plan", "note", "1")
    child.expect("Note for session 1")
    child.expect("Bring the sleep diary")  # the note so far: Enter keeps it
    child.send("\r")
    child.expect("stays as it was")
    assert finish(child) == 0
    child = spawn(home, "plan", "note", "1")
    child.expect("Note for session 1")
    child.send("Bring the sleep diary and the ladder\r")
    child.expect("Saved the note")
    assert finish(child) == 0
    conn = sqlite3.connect(home / "herstel.db")
    try:
        (note,) = conn.execute("SELECT note FROM session WHERE number = 1").fetchone()
    finally:
        conn.close()
    assert note == "Bring the sleep diary and the ladder"


def test_an_encrypted_export_is_not_for_the_screen(home: Path) -> None:
    from pyrage import x25519

    herstel(home, "init", "--name", "Anna", "--first-session", "+3d")
    herstel(home, "config", "set", "coach-key", str(x25519.Identity.generate().to_public()))
    for args in (["export"], ["export", "-o", "-"]):
        child = spawn(home, *args)
        child.expect("isn't for the screen")
        assert finish(child) == 1
    child = spawn(home, "export", "--armor")
    child.expect("BEGIN AGE ENCRYPTED FILE")
    assert finish(child) == 0


def test_the_passphrase_is_asked_twice_and_never_shown(home: Path, tmp_path: Path) -> None:
    herstel(home, "init", "--name", "Anna", "--first-session", "+3d")
    target = tmp_path / "export.age"
    child = spawn(home, "export", "--passphrase", "-o", str(target))
    child.expect("Passphrase")
    child.send("tulpen in de wind\r")
    child.expect("same passphrase again")
    child.send("tulpen in de wind\r")
    child.expect("Your export is in")
    screen = child.before
    assert finish(child) == 0
    assert "tulpen" not in screen
    assert target.read_bytes().startswith(b"age-encryption.org/v1\n")


def test_the_passphrase_is_asked_on_the_terminal_while_the_export_goes_to_a_pipe(
    home: Path, tmp_path: Path
) -> None:
    herstel(home, "init", "--name", "Anna", "--first-session", "+3d")
    target = tmp_path / "export.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR",)}
    env.update({"HERSTEL_HOME": str(home), "HERSTEL_LANG": "en", "TERM": "xterm"})
    command = f"{sys.executable} -m herstel export --passphrase --armor > {target}"
    child = Terminal("/bin/sh", ["-c", command], env=env, encoding="utf-8", timeout=20)
    child.expect("Passphrase")
    child.send("tulpen in de wind\r")
    child.expect("same passphrase again")
    child.send("tulpen in de wind\r")
    child.expect("Encrypted with your passphrase")
    assert finish(child) == 0
    assert target.read_text().startswith("-----BEGIN AGE ENCRYPTED FILE-----")
