"""`herstel insights` through the CLI: what it finds in a journal, on screen and as JSON, for
every period, in both languages, on a terminal and through a pipe."""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from conftest import TODAY, Invoke, refused, snapshot
from journals import build_template, copy_home


def ok(cli: Invoke, *args: str, env: dict[str, str] | None = None) -> str:
    result = cli(*args, env=env)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def insights(cli: Invoke, *args: str) -> dict[str, Any]:
    result = cli("insights", "--json", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    value: dict[str, Any] = json.loads(result.stdout)
    return value


def spawn(home: Path, *args: str, columns: int = 80, **env: str) -> str:
    import pexpect

    environ = {**os.environ, "HERSTEL_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", **env}
    for name in ("NO_COLOR", "LC_ALL"):
        if name not in env:
            environ.pop(name, None)
    child = pexpect.spawn(
        sys.executable, ["-m", "herstel", *args], env=environ, encoding="utf-8",
        dimensions=(50, columns), timeout=30, codec_errors="replace",
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def coach_holding(cli: Invoke, tmp_path: Path) -> Path:
    """A coach's home holding the client of the current home, just exported; returns it."""
    coach = tmp_path / "coach"
    key = ok(cli, "--home", str(coach), "coach", "keygen").strip()
    ok(cli, "config", "set", "coach-key", key)
    ok(cli, "export", "-o", str(tmp_path / "anna.age"))
    ok(cli, "--home", str(coach), "coach", "import", str(tmp_path / "anna.age"))
    return coach


def low_days(cli: Invoke) -> None:
    """41 days of check-ins, a low one every eighth day."""
    ok(cli, "init", "--name", "Anna", "--first-session", ago(40))
    for n in range(40, -1, -1):
        ok(cli, "checkin", "--date", ago(n), "--energy", "1" if n % 8 == 3 else "6")


@pytest.fixture(scope="session")
def low_days_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("low-days"), low_days)


@pytest.fixture
def warned(cli: Invoke, low_days_template: Path, home: Path) -> Callable[[str], None]:
    """Makes the home a journal of 41 days in which a signal of the name given comes the day
    before every low day."""

    def warn(name: str) -> None:
        copy_home(low_days_template, home)
        for n in range(40, -1, -1):
            if n % 8 == 4:
                ok(cli, "signal", name, "--type", "body", "--at", ago(n))

    return warn


def build_journal(cli: Invoke) -> None:
    """45 days of check-ins: long nights (8 h) before energy 7, short ones (5 h) before 3; dips to
    1 every five days (the lowest fifth), "jaw" the day before each; a walk on the good days."""
    ok(cli, "init", "--name", "Anna", "--first-session", ago(44))
    ok(cli, "plan", "held", "1")
    for n in range(44, -1, -1):  # oldest first, today last
        dip = n % 5 == 2
        long_night = n % 2 == 0
        energy = 1 if dip else (7 if long_night else 3)
        args = ["checkin", "--date", ago(n), "--energy", str(energy)]
        args += ["--sleep-hours", "8" if long_night else "5"]
        if energy == 7:
            args += ["--giver", "walk"]
        ok(cli, *args)
        if dip:
            ok(cli, "signal", "jaw", "--type", "body", "--at", ago(n + 1))
    ok(cli, "signal", "jaw", "--type", "body", "--at", ago(30))  # once at another time


@pytest.fixture(scope="session")
def journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The journal of `build_journal`, built once for all tests."""
    return build_template(tmp_path_factory.mktemp("journal"), build_journal)


@pytest.fixture
def journal(journal_template: Path, home: Path) -> Path:
    """The home holds a copy of the 45-day journal of `build_journal`; returns its store."""
    return copy_home(journal_template, home)


def test_the_sleep_effect_and_the_warning_signal_are_found(cli: Invoke, journal: Path) -> None:
    found = insights(cli)
    assert found["checkins"] == 45
    assert found["period"] == {"name": "all", "first": ago(44), "last": ago(0)}
    sleep = next(
        f for f in found["factors"] if f["factor"] == "sleep_hours" and f["when"] == "same_day"
    )
    assert sleep["threshold"] == 5  # most nights were 8 hours: the median itself
    # 23 long nights and 22 short ones; five of the long and four of the short come before a dip.
    long_energies = [1 if n % 5 == 2 else 7 for n in range(45) if n % 2 == 0]
    short_energies = [1 if n % 5 == 2 else 3 for n in range(45) if n % 2 == 1]
    assert sleep["with"]["days"] == len(long_energies) == 23
    assert sleep["with"]["average"] == round(sum(long_energies) / 23, 2)
    assert sleep["without"]["average"] == round(sum(short_energies) / 22, 2)
    assert sleep["rank_correlation"] > 0.5
    assert "After a night of more than 5 hours of sleep, your energy that day was" in sleep["text"]
    # The strongest finding comes first.
    differences = [abs(f["difference"]) for f in found["factors"]]
    assert differences == sorted(differences, reverse=True)

    warnings = found["early_warnings"]
    assert warnings["low_energy_at_most"] == 1 and warnings["low_energy_days"] == 9
    (jaw,) = warnings["signals"]
    assert (jaw["signal"], jaw["came_before"], jaw["of_days"], jaw["otherwise"]) == ("jaw", 9, 9, 1)
    assert jaw["ladder_colour"] is None
    assert jaw["ladder_command"].startswith("herstel ")
    assert "ladder add jaw --colour orange" in jaw["ladder_command"]


def test_the_suggested_ladder_command_works_and_is_then_recognised(
    cli: Invoke, journal: Path
) -> None:
    command = insights(cli)["early_warnings"]["signals"][0]["ladder_command"]
    ok(cli, *shlex.split(command)[1:])
    (jaw,) = insights(cli)["early_warnings"]["signals"]
    assert jaw["ladder_colour"] == "orange" and jaw["ladder_command"] is None
    shown = ok(cli, "insights")
    assert "It is on your ladder already (orange)." in shown


def test_on_screen_through_a_pipe_plain_and_complete(cli: Invoke, journal: Path) -> None:
    shown = ok(cli, "insights")
    assert "\x1b[" not in shown
    assert shown.isascii()
    headings = [
        "What your days show",
        "Energy over time",
        "What goes with your energy",
        "Your early warnings",
        "Patterns, month by month",
    ]
    positions = [shown.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "7-day average" in shown and "+-" in shown  # the chart, framed in ASCII
    assert re.search(r"^  energy +\S+  ", shown, re.MULTILINE)  # the weekly rows
    assert "your energy that day was" in shown
    assert "'jaw' came in the two days before 9 of those 9 days" in shown
    assert "does not say one causes the other" in shown
    assert "No pattern notes in this time." in shown


def test_periods(cli: Invoke, journal: Path) -> None:
    assert insights(cli, "--period", "4w")["period"]["first"] == ago(27)
    # Since the last session (session 1, held on the first day): the whole journal here.
    # Since the last session before today (sessions 2 to 4 count as past: none was cancelled).
    current = insights(cli, "--period", "current")
    last_session = current["sessions"][-1]["day"]
    assert current["period"]["first"] == last_session
    assert current["checkins"] == (TODAY - date.fromisoformat(last_session)).days + 1
    two = insights(cli, "--period", "2w")
    assert two["checkins"] == 14 and two["energy"][0]["day"] == ago(13)
    everything = insights(cli, "--period", " ALL ")
    assert everything["checkins"] == 45 and everything["period"]["name"] == "all"
    ok(cli, "--lang", "nl", "insights", "--period", "alles")
    ok(cli, "--lang", "nl", "insights", "--period", "huidig")


def test_months_count_back_by_the_calendar(cli: Invoke, journal: Path) -> None:
    from dateutil.relativedelta import relativedelta

    first = insights(cli, "--period", "1m")["period"]["first"]
    assert first == (TODAY - relativedelta(months=1) + timedelta(days=1)).isoformat()
    # Further back than the journal goes: from its first day, not from months of nothing.
    longer = insights(cli, "--period", "999m")
    assert longer["period"] == {"name": "999m", "first": ago(44), "last": ago(0)}
    assert len(longer["weekly"]) <= 8


@pytest.mark.parametrize("period", ["x", "0w", "4d", "", "-4w", "4 weeks", "99999w", "3.5m"])
def test_a_bad_period_is_a_usage_error(cli: Invoke, journal: Path, period: str) -> None:
    before = snapshot(journal)
    message = refused(cli("insights", "--period", period), 2)
    assert "--period" in message and "4w" in message
    assert snapshot(journal) == before


def test_a_bad_period_in_dutch(cli: Invoke, journal: Path) -> None:
    message = refused(cli("--lang", "nl", "insights", "--period", "altijd"), 2)
    assert message.startswith("--period 'altijd': kies current, all")


def test_without_a_trajectory(cli: Invoke) -> None:
    message = refused(cli("insights"), 1)
    assert "herstel init" in message


def test_a_new_journal_has_nothing_to_show_yet(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "today")
    shown = ok(cli, "insights")
    assert "Nothing to look at yet" in shown
    found = insights(cli)
    assert found["checkins"] == 0 and found["energy"] == [] and found["factors"] == []
    assert found["early_warnings"]["signals"] == [] and found["weekly"] == []


def test_one_day_says_what_is_thin(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "today")
    ok(cli, "checkin", "--energy", "5", "--sleep-hours", "7")
    shown = ok(cli, "insights")
    assert "1 check-in." in shown
    assert "A chart needs at least two check-ins." in shown
    assert "Not enough days yet to see what goes with your energy" in shown
    assert "Too few days yet to see which signals come before a low-energy day." in shown


def test_patterns_and_exercises(cli: Invoke, journal: Path) -> None:
    ok(cli, "pattern", "--situation", "Redid the slides", "--belief", "perfection",
       "--new-behaviour", "Sent them as they were", "--at", ago(3))  # fmt: skip
    ok(cli, "pattern", "--situation", "Said yes", "--belief", "no-burden", "--at", ago(2))
    ok(cli, "pattern", "--situation", "Said yes again", "--belief", "no-burden", "--at", ago(1))
    ok(cli, "exercise", "add", "Body scan", "--per-week", "3")
    ok(cli, "exercise", "done", "Body", "--at", ago(0))
    found = insights(cli)
    months = found["patterns"]["by_month"]
    assert sum(sum(m["beliefs"].values()) for m in months) == 3
    assert {b for m in months for b in m["beliefs"]} == {"perfection", "no-burden"}
    (tried,) = found["patterns"]["new_behaviours"]
    assert tried["text"] == "Sent them as they were" and tried["day"] == ago(3)
    (exercise,) = found["exercises"]
    assert exercise["name"] == "Body scan" and exercise["per_week"] == 3
    assert exercise["weeks"][-1]["practised"] == 1
    shown = ok(cli, "insights")
    assert "never a burden 2" in shown
    assert "Sent them as they were" in shown
    assert "'Body scan': once in 1 week, with 3 a week in mind." in shown
    assert "The last week: 1" in shown


def test_dutch_words_and_decimal_commas(cli: Invoke, journal: Path) -> None:
    shown = ok(cli, "--lang", "nl", "insights")
    assert "Wat samengaat met je energie" in shown
    assert "Na een nacht van meer dan 5 uur slaap was je energie die dag gemiddeld" in shown
    assert "Je eigen vroege signalen" in shown
    found = json.loads(ok(cli, "--lang", "nl", "insights", "--json"))
    assert "andere dagen was het" in found["factors"][0]["text"]


def test_private_entries_are_the_clients_own_to_see(cli: Invoke, journal: Path) -> None:
    ok(cli, "pattern", "--situation", "x", "--new-behaviour", "Stayed home", "--private")
    shown = ok(cli, "insights")
    assert "Stayed home (private)" in shown


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_on_a_real_terminal_the_chart_is_drawn(journal: Path, home: Path, lang: str) -> None:
    screen = spawn(home, "--lang", lang, "insights")
    assert "┌" in screen and "\x1b[" in screen  # plotext's frame, in colour
    assert "▁" in screen or "█" in screen or "▄" in screen  # the weekly sparklines
    assert ("7-day average" if lang == "en" else "gemiddelde over 7 dagen") in screen
    assert "Traceback" not in screen


def test_no_color_and_a_non_utf8_terminal_stay_plain(journal: Path, home: Path) -> None:
    # NO_COLOR takes the colour away, not the bars: a UTF-8 terminal keeps them.
    screen = spawn(home, "insights", NO_COLOR="1", PYTHONIOENCODING="utf-8")
    assert "\x1b[" not in screen and "7-day average" in screen
    assert any(bar in screen for bar in "▁▂▃▄▅▆▇█"), screen
    # A terminal that is not UTF-8: one ASCII ramp, nothing it cannot show.
    screen = spawn(home, "insights", LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii")
    assert "\x1b[" not in screen and screen.isascii(), screen
    assert "7-day average" in screen


def test_the_coach_report_gains_the_findings(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    coach = coach_holding(cli, tmp_path)
    report = ok(cli, "--home", str(coach), "coach", "report", "Anna")
    assert "Over the whole trajectory" in report
    assert "What goes with their energy" in report
    assert "After a night of more than 5 hours of sleep, their energy that day was" in report
    assert "Their early warnings" in report
    assert (
        "For their ladder, on their computer:\n      herstel ladder add jaw --colour orange\n"
        in report
    )
    assert "--home" not in report  # the command is for the client's own computer
    assert "your energy" not in report.lower()
    found = json.loads(ok(cli, "--home", str(coach), "coach", "report", "Anna", "--json"))
    mine = insights(cli)
    assert found["insights"]["factors"][0]["with"] == mine["factors"][0]["with"]
    assert found["insights"]["early_warnings"]["signals"][0]["came_before"] == 9
    markdown = ok(cli, "--home", str(coach), "coach", "report", "Anna", "--markdown", "-")
    assert "## Over the whole trajectory" in markdown and "### Their early warnings" in markdown


@pytest.mark.parametrize(
    ("lang", "shoulders"), [("en", "tight shoulders"), ("nl", "strakke schouders")]
)
def test_insights_finds_what_the_demo_built_in(cli: Invoke, lang: str, shoulders: str) -> None:
    """The demo makes sleep drive the day's energy and one signal come before the dips."""
    ok(cli, "--lang", lang, "demo")
    found = json.loads(ok(cli, "--lang", lang, "insights", "--json"))
    sleep = next(
        f for f in found["factors"] if f["factor"] == "sleep_hours" and f["when"] == "same_day"
    )
    assert sleep["difference"] >= 1.5 and sleep["rank_correlation"] > 0.3
    assert found["factors"].index(sleep) <= 2  # among the strongest
    warning = found["early_warnings"]["signals"][0]
    assert warning["signal"] == shoulders
    assert warning["came_before"] >= 5 and warning["otherwise"] <= 2
    assert warning["ladder_colour"] == "orange"  # the demo's ladder has it
    fits = {g["signal"] for g in found["good_signs"]["signals"]}
    assert fits & (
        {"calm", "light chest"} if lang == "en" else {"rust in mijn lijf", "lichte borst"}
    )
    assert len(found["patterns"]["by_month"]) >= 3
    assert {b for m in found["patterns"]["by_month"] for b in m["beliefs"]} == {
        "perfection",
        "no-burden",
    }
    assert len(found["exercises"]) >= 2
    for period in ("current", "4w", "3m", "all"):
        assert ok(cli, "--lang", lang, "insights", "--period", period)


def test_the_whole_journal_begins_with_a_session_before_the_first_entry(
    cli: Invoke, home: Path
) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", ago(10))
    ok(cli, "plan", "held", "1")
    for n in (8, 5, 2):
        ok(cli, "checkin", "--date", ago(n), "--energy", "5")
    found = insights(cli)
    assert found["period"]["first"] == ago(10)
    assert found["sessions"][0] == {"number": 1, "day": ago(10)}


def test_practice_written_down_with_an_earlier_day_counts(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", ago(20))
    ok(cli, "checkin", "--date", ago(20), "--energy", "5")
    ok(cli, "exercise", "add", "Body scan", "--per-week", "3")
    for n in (12, 10, 9, 2):
        ok(cli, "exercise", "done", "Body", "--at", ago(n))
    (exercise,) = insights(cli)["exercises"]
    assert sum(w["practised"] for w in exercise["weeks"]) == 4
    assert exercise["weeks"][0]["monday"] <= ago(12)


def test_low_days_and_crossings_together(cli: Invoke, journal: Path) -> None:
    for n in (40, 30, 20, 10):  # crossed limits on days that are not low
        ok(cli, "signal", "dizzy", "--type", "body", "--limit", "crossed", "--at", ago(n))
    shown = ok(cli, "insights")
    assert "Low-energy days (energy 1 or less): 9. Days you went over a limit: 4." in shown
    assert "In all, 13 days had low energy or a crossed limit, or both." in shown
    assert "'jaw' came in the two days before 9 of those 13 days." in shown


def test_a_threshold_is_said_as_people_say_it(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", ago(12))
    for n in range(12):
        hours, energy = ("7,5", "7") if n % 2 else ("5", "3")
        ok(cli, "checkin", "--date", ago(n), "--energy", energy, "--sleep-hours", hours)
    ok(cli, "checkin", "--date", ago(12), "--energy", "5", "--sleep-hours", "6,25")
    found = insights(cli)
    sleep = next(f for f in found["factors"] if f["factor"] == "sleep_hours")
    # The median night was 6.25 hours: the split is said to the half hour (issue 20).
    assert sleep["threshold"] == 6.5
    assert "more than 6.5 hours of sleep" in sleep["text"]
    assert "meer dan 6,5 uur slaap" in ok(cli, "--lang", "nl", "insights", "--json")


def test_days_at_the_start_of_the_calendar_do_not_crash(cli: Invoke, home: Path) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", "today")
    ok(cli, "checkin", "--date", "0001-01-01", "--energy", "1")
    ok(cli, "checkin", "--date", "0001-01-02", "--energy", "2")
    ok(cli, "signal", "x", "--type", "body", "--limit", "crossed", "--at", "0001-01-01")
    ok(cli, "checkin", "--energy", "5")
    everything = insights(cli)
    assert everything["period"]["first"] == "0001-01-01" and everything["checkins"] == 3
    assert insights(cli, "--period", "9999w")["checkins"] == 1  # back to 1835: today's only
    assert "What your days show" in ok(cli, "insights", "--period", "4w")


def test_a_narrow_terminal_gets_no_chart(cli: Invoke, journal: Path) -> None:
    shown = ok(cli, "insights", env={"COLUMNS": "30"})
    assert "The terminal is too narrow for the chart." in shown
    assert "What goes with your energy" in shown


def test_the_coach_reads_about_the_client_even_on_thin_data(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    ok(cli, "init", "--name", "Anna", "--first-session", ago(3))
    ok(cli, "checkin", "--date", ago(1), "--energy", "4")
    coach = coach_holding(cli, tmp_path)
    report = ok(cli, "--home", str(coach), "coach", "report", "Anna")
    assert "Not enough days yet to see what goes with their energy." in report
    findings = report.split("Over the whole trajectory")[1].split("Your notes as coach")[0]
    assert "your" not in findings.lower()


@pytest.mark.parametrize("name", ["druk op borst - links", "it's tight", 'a "knot" & $HOME'])
def test_the_ladder_line_survives_any_name(
    cli: Invoke, warned: Callable[[str], None], name: str
) -> None:
    warned(name)
    (warning,) = insights(cli)["early_warnings"]["signals"]
    assert warning["signal"] == name
    ok(cli, *shlex.split(warning["ladder_command"])[1:])
    assert insights(cli)["early_warnings"]["signals"][0]["ladder_colour"] == "orange"


def test_a_terminal_that_cannot_show_the_name_gets_no_wrong_command(
    warned: Callable[[str], None], home: Path
) -> None:
    warned("geïrriteerd")
    screen = spawn(home, "insights", LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii")
    assert "This terminal cannot show the command as it is" in screen
    assert "ladder add" not in screen


def test_without_colour_a_terminal_still_wraps_at_words(
    cli: Invoke, journal: Path, home: Path
) -> None:
    piped = ok(cli, "insights")  # through a pipe: one line a sentence
    screen = spawn(home, "insights", columns=60, NO_COLOR="1")
    lines = screen.replace("\r", "").splitlines()
    assert "\x1b[" not in screen
    assert max(len(line) for line in lines) <= 60
    # Words stay whole, and long sentences went on, set in.
    assert screen.split().count("other") == piped.split().count("other") > 0
    assert any(line.startswith("  ") and line[2:3].islower() for line in lines)
