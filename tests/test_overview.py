"""`herstel` on its own: the calm overview."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from conftest import TODAY, Invoke, after_ten_lines, next_session_line, strip_ids
from herstel.i18n import format_day, format_day_short


def short(offset: int) -> str:
    day = TODAY + timedelta(days=offset)
    return format_day_short(day, year=day.year != TODAY.year)


def test_a_new_trajectory(cli: Invoke, started: Path) -> None:
    result = cli()
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Hello Anna.\n"
        "Your trajectory with Marieke.\n"
        f"{next_session_line()}\n" + "".join(f"{line}\n" for line in after_ten_lines()) + "\n"
        "No check-in yet today; 'herstel checkin' takes a minute, whenever it suits you.\n"
        "\n"
        "'herstel --help' shows what you can do.\n"
    )


def test_with_entries_and_exercises(cli: Invoke, started: Path) -> None:
    for args in (
        ("checkin", "--date", "-2d", "--energy", "3"),
        ("checkin", "--energy", "6", "--note", "Quiet day"),
        ("signal", "tight shoulders", "--type", "body", "--at", "yesterday 10:00"),
        ("pattern", "--situation", "Said yes", "--at", "yesterday 11:00"),
        ("bio", "--text", "School", "--at", "-3d"),
        ("exercise", "add", "Breathing", "--per-week", "5"),
        ("exercise", "add", "Walk"),
        ("exercise", "done", "breath", "--at", "today 0:00"),
    ):
        assert cli(*args).exit_code == 0, args
    first = format_day(TODAY - timedelta(days=2))
    assert strip_ids(cli().stdout).splitlines()[4 + len(after_ten_lines()) :] == [
        "Today's check-in is done (energy 6).",
        f"Energy since {first}: [-.=]",  # from the first check-in; the missing day a dot
        "",
        "Most recent:",
        f"  {short(-1)} 11:00  pattern note",
        f"  {short(0)} 00:00  practised Breathing",
        f"  {short(0)}  check-in: energy 6",
        "",
        "Exercises this week:",
        "  Breathing: 1 of 5",
        "  Walk: 0",
        "",
        "'herstel --help' shows what you can do.",
    ]
    dutch = cli("--lang", "nl").stdout
    assert "De check-in van vandaag is gedaan (energie 6)." in dutch
    assert "Oefeningen deze week:" in dutch


def test_on_an_empty_home_off_a_terminal(cli: Invoke, home: Path) -> None:
    result = cli()
    assert result.exit_code == 1
    assert result.stderr == "There is no trajectory here yet. Start with: herstel init\n"
    assert not home.exists()
