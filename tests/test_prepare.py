"""`herstel prepare` through the CLI: the current period summarised, on screen, as JSON and as a
Markdown file; private entries included and marked; --since; bad input."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused, snapshot
from herstel.i18n import format_day, format_day_short


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def short(offset: int) -> str:
    d = day(offset)
    return format_day_short(d, year=d.year != TODAY.year)


def ok(cli: Invoke, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


@pytest.fixture
def period(cli: Invoke, home: Path) -> Path:
    """Session 1 twenty days ago, session 2 six days ago (the current period), session 3 in
    eight days; a week of entries on both sides of session 2."""
    ok(cli, "init", "--name", "Anna", "--first-session", "-20d")
    ok(cli, "ladder", "add", "Tight chest", "--colour", "orange", "--action", "Walk")
    ok(cli, "ladder", "add", "Headache", "--colour", "red")
    # Before session 2: not in the current period.
    ok(cli, "checkin", "--date", "-10d", "--energy", "1", "--note", "Before the period")
    for offset, energy, sleep, giver, drainer, note in (
        (-6, 3, "6", "walk", "mail", "First day"),
        (-5, 2, "5,5", "walk", "meetings", "Very tired"),
        (-3, 6, "7", "music", "mail", None),
        (-2, 7, "8", "walk", "mail", "Better"),
        (-1, 4, None, None, None, "A hard talk"),
    ):
        args = ["checkin", "--date", f"{offset}d", "--energy", str(energy)]
        if sleep:
            args += ["--sleep-hours", sleep]
        if giver:
            args += ["--giver", giver, "--drainer", drainer or ""]
        if note:
            args += ["--note", note]
        ok(cli, *args)
    ok(cli, "signal", "Tight chest", "--type", "body", "--limit", "near", "--at", "-5d")
    ok(cli, "signal", "Tight chest", "--type", "body", "--limit", "crossed", "--at", "-4d")
    ok(cli, "signal", "headache", "--type", "body", "--at", "-3d")
    ok(cli, "signal", "Restless", "--type", "emotion", "--at", "-2d", "--private")
    ok(cli, "pattern", "--situation", "Said yes to the report", "--belief", "no-burden",
       "--new-behaviour", "Asked for a day more", "--at", "-4d")  # fmt: skip
    ok(cli, "pattern", "--situation", "Checked the mail at night", "--at", "-2d", "--private")
    ok(cli, "pattern", "--situation", "Reworked the slides", "--belief", "perfection",
       "--at", "-1d")  # fmt: skip
    ok(cli, "exercise", "add", "Body scan", "--per-week", "7")
    ok(cli, "exercise", "add", "Breathing")
    ok(cli, "exercise", "done", "Body", "--at", "-3d")
    ok(cli, "exercise", "done", "Body", "--at", "-1d")
    ok(cli, "exercise", "done", "Body", "--at", "-8d")  # before the period
    return home / "herstel.db"


def test_prepare_as_json(cli: Invoke, period: Path) -> None:
    found = json.loads(ok(cli, "prepare", "--json"))
    assert (found["since"], found["until"], found["days"]) == (
        day(-6).isoformat(),
        TODAY.isoformat(),
        7,
    )
    assert (found["session"], found["next_session"]) == (2, 3)
    assert found["next_session_on"] == day(8).isoformat()
    assert found["checkins"] == 5
    assert found["energy"] == [3, 2, None, 6, 7, 4, None]
    assert found["energy_average"] == 4.4
    # Six check-ins in the last 14 days and none before: too few for a trend.
    assert found["energy_trend"]["direction"] is None
    assert found["energy_trend"]["recent_checkins"] == 6
    assert found["sleep_average"] == 6.6
    assert [(d["day"], d["energy"], d["note"]) for d in found["lowest_days"]] == [
        (day(-6).isoformat(), 3, "First day"),
        (day(-5).isoformat(), 2, "Very tired"),
        (day(-1).isoformat(), 4, "A hard talk"),
    ]
    # Signals by ladder colour (red first), limit crossings first within a colour.
    assert [
        (group["colour"], [(s["what"], s["limit"], s["private"]) for s in group["signals"]])
        for group in found["signals"]
    ] == [
        ("red", [("headache", None, False)]),
        ("orange", [("Tight chest", "crossed", False), ("Tight chest", "near", False)]),
        (None, [("Restless", None, True)]),
    ]
    assert [
        (group["belief"], [n["situation"] for n in group["notes"]]) for group in found["patterns"]
    ] == [
        ("perfection", ["Reworked the slides"]),
        ("no-burden", ["Said yes to the report"]),
        (None, ["Checked the mail at night"]),
    ]
    assert [b["new_behaviour"] for b in found["new_behaviours"]] == ["Asked for a day more"]
    # Added today: one day of 7 a week is 1 intended (practice noted for earlier days counts).
    assert [(e["name"], e["practised"], e["intended"]) for e in found["exercises"]] == [
        ("Body scan", 2, 1),
        ("Breathing", 0, None),
    ]
    assert found["givers"] == [{"name": "walk", "count": 3}, {"name": "music", "count": 1}]
    assert found["drainers"][0] == {"name": "mail", "count": 3}
    # Nothing from before the period.
    assert "Before the period" not in json.dumps(found)


def test_prepare_on_screen_marks_private_entries(cli: Invoke, period: Path) -> None:
    shown = ok(cli, "prepare")
    lines = shown.splitlines()
    assert lines[0] == f"To bring to session 3, {format_day(day(8))}"
    assert lines[1] == f"Since session 2 on {short(-6)}: 7 days."
    assert "  Your energy averaged 4.4 over these days." in lines
    assert any(line.startswith("  Too few check-ins yet to say") for line in lines)
    # One character a day (energy 3, 2, none, 6, 7, 4, none), ASCII off a terminal: the one
    # sparkline's bars (core/sparkline.py), no digits.
    spark = (
        f"Energy per day, {short(-6)} to {short(0)} (0 to 10; a dot is a day without a check-in)"
    )
    assert f"  {spark}: -,.=+~." in lines
    assert f"  {short(-5)}, energy 2. Very tired" in lines
    assert f"    {short(-2)}: Restless (private)" in lines
    assert f"    {short(-4)}: Tight chest, over my limit" in lines
    assert lines.index("  Red on your ladder:") < lines.index("  Orange on your ladder:")
    assert f"    {short(-2)}: Checked the mail at night (private)" in lines
    assert "  Body scan: practised twice" not in shown  # no special word for two
    assert "  Body scan: practised 2 times, with 7 a week in mind" in lines
    assert "  Breathing: not practised yet" in lines
    assert "  Gave energy most often: walk (3), music (1)." in lines
    assert "\x1b" not in shown


def test_prepare_in_dutch(cli: Invoke, period: Path) -> None:
    shown = ok(cli, "--lang", "nl", "prepare")
    assert "Voor sessie 3, " in shown
    assert "Je energie was gemiddeld 4,4 in deze dagen." in shown
    assert "Nog te weinig check-ins om te zeggen hoe je energie gaat" in shown
    assert "Restless (privé)" in shown


def test_prepare_since(cli: Invoke, period: Path) -> None:
    found = json.loads(ok(cli, "prepare", "--since", "-2d", "--json"))
    assert (found["since"], found["days"], found["session"]) == (day(-2).isoformat(), 3, None)
    assert found["checkins"] == 2
    assert ok(cli, "prepare", "--since", "-2d").splitlines()[1] == f"Since {short(-2)}: 3 days."
    # A --since on a session's day names that session.
    assert json.loads(ok(cli, "prepare", "--since", "-20d", "--json"))["session"] == 1


def test_prepare_to_markdown(cli: Invoke, period: Path, tmp_path: Path) -> None:
    target = tmp_path / "session-3.md"
    before = snapshot(period)
    result = cli("prepare", "--markdown", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Wrote your summary to {target}.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[1] == f"# To bring to session 3, {format_day(day(8))}"
    assert "## Signals" in lines
    assert "- Red on your ladder:" in lines
    assert f"  - {short(-2)}: Restless (private)" in lines
    assert "▁" in text or "▂" in text  # the sparkline in full in a file
    # Written again next time: herstel replaces its own file.
    assert cli("prepare", "--markdown", str(target)).exit_code == 0
    assert snapshot(period) == before  # reading only


def test_markdown_to_stdout(cli: Invoke, period: Path) -> None:
    result = cli("prepare", "--markdown", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!-- herstel prepare -->\n# To bring to session 3")
    assert "## Exercises" in result.stdout


def test_markdown_never_overwrites_a_file_herstel_did_not_write(
    cli: Invoke, period: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "notes.md"
    mine.write_text("My own notes\n")
    message = refused(cli("prepare", "--markdown", str(mine)), 1)
    assert message == f"{mine} already exists and herstel didn't write it; choose another name."
    assert mine.read_text() == "My own notes\n"
    assert refused(cli("plan", "--ics", str(mine)), 1).startswith(str(mine))
    assert mine.read_text() == "My own notes\n"


def test_a_quiet_period(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "-3d")
    shown = ok(cli, "prepare")
    assert "Nothing is written down for this time, and that's fine." in shown
    found = json.loads(ok(cli, "prepare", "--json"))
    assert found["checkins"] == 0 and found["energy_trend"]["direction"] is None
    assert found["signals"] == [] and found["exercises"] == []


def test_before_the_first_session(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "+5d")
    ok(cli, "checkin", "--date", "-4d", "--energy", "5")
    found = json.loads(ok(cli, "prepare", "--json"))
    assert (found["since"], found["session"], found["next_session"]) == (
        day(-4).isoformat(),
        None,
        1,
    )


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        (("--since", "someday"), 2, "'someday' isn't a date"),
        (("--since", "tomorrow"), 2, "'tomorrow' is still to come"),
        (("--markdown", "/nonexistent/folder/x.md"), 1, "The folder /nonexistent/folder"),
        (("--bogus",), 2, ""),
    ],
)
def test_bad_input(cli: Invoke, period: Path, args: tuple[str, ...], code: int, start: str) -> None:
    before = snapshot(period)
    assert refused(cli("prepare", *args), code).startswith(start)
    assert snapshot(period) == before


def test_prepare_without_a_trajectory(cli: Invoke, home: Path) -> None:
    assert refused(cli("prepare"), 1).startswith("There is no trajectory here yet.")
    assert not home.exists()


def test_the_note_kept_for_the_next_session_comes_first(cli: Invoke, period: Path) -> None:
    ok(cli, "plan", "note", "3", "Ask about going back to work\nand the mornings")
    lines = ok(cli, "prepare").splitlines()
    heading = lines.index("Your note for this session")
    assert lines[heading + 1 : heading + 3] == [
        "  Ask about going back to work",
        "  and the mornings",
    ]
    assert heading < lines.index("Energy and sleep")
    found = json.loads(ok(cli, "prepare", "--json"))
    assert found["next_session_note"] == "Ask about going back to work\nand the mornings"


def test_a_good_day_is_never_among_the_hard_ones(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "-1d")
    ok(cli, "checkin", "--date", "-1d", "--energy", "3", "--note", "Heavy")
    ok(cli, "checkin", "--energy", "8", "--note", "Light")
    found = json.loads(ok(cli, "prepare", "--json"))
    assert [d["note"] for d in found["lowest_days"]] == ["Heavy"]
    assert ok(cli, "prepare").splitlines()[1] == f"Since session 1 on {short(-1)}: 2 days."


def test_intended_practice_counts_only_the_days_an_exercise_ran() -> None:
    from types import SimpleNamespace

    from herstel.core.prepare import prepare

    def exercise(ident: str) -> SimpleNamespace:
        return SimpleNamespace(id=ident, name=ident, per_week=7, private=False)

    first, last = date(2027, 1, 4), date(2027, 1, 17)  # 14 days
    summary = prepare(
        first=first, last=last, session=1, checkins=[], signals=[], colours={}, patterns=[],
        exercises=[exercise("all"), exercise("late"), exercise("stopped"), exercise("before")],
        practised={"all": 10},
        spans={
            "all": (date(2026, 12, 1), None),
            "late": (date(2027, 1, 11), None),  # the last 7 days
            "stopped": (date(2026, 12, 1), date(2027, 1, 6)),  # the first 3 days
            "before": (date(2026, 12, 1), date(2027, 1, 1)),  # stopped before the period
        },
    )  # fmt: skip
    assert [(e.name, e.intended) for e in summary.exercises] == [
        ("all", 14), ("late", 7), ("stopped", 3), ("before", 0)
    ]  # fmt: skip


def test_one_day_and_one_check_in(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "+3d")
    ok(cli, "checkin", "--energy", "5")
    lines = ok(cli, "prepare").splitlines()
    assert lines[1] == f"Since {short(0)}: 1 day."
    assert "  1 check-in." in lines
    assert "  Your energy averaged 5.0 over these days." in lines
