"""The kompas to keep after session ten, the lighter rhythm after the ten (the monthly kompas
check, follow-up talks), and the coach's report carrying the kompas."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused, rows, snapshot
from pairs import Pair, ok
from test_interactive import finish, spawn

# Ten sessions behind: five every two weeks and five every three weeks from a year ago.
FIRST = TODAY - timedelta(days=365)
INIT = ("init", "--name", "Anna", "--coach", "Marieke", "--first-session", FIRST.isoformat())


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def a_year_of_learning(cli: Invoke) -> None:
    """A trajectory behind the client: a ladder, signals before low days, pattern notes, an
    exercise kept up and one stopped."""
    ok(cli(*INIT))
    ok(
        cli(
            "ladder", "add", "tight shoulders", "--colour", "orange", "--action", "Walk ten minutes"
        )
    )
    ok(cli("ladder", "add", "headache", "--colour", "red", "--action", "Stop and lie down"))
    ok(cli("ladder", "add", "calm", "--colour", "green"))
    for offset in range(-40, 0):
        low, good = offset % 5 == 0, offset % 5 == 2
        ok(cli("checkin", "--date", day(offset), "--energy", "2" if low else "8" if good else "6"))
        if low:
            ok(cli("signal", "tight shoulders", "--type", "body", "--at", day(offset - 1)))
        elif good:
            ok(cli("signal", "calm", "--type", "emotion", "--at", day(offset), "--fit", "yes"))
    ok(cli("pattern", "--situation", "Said yes to one more report", "--belief", "no-burden",
           "--new-behaviour", "Said I would think about it"))  # fmt: skip
    ok(cli("pattern", "--situation", "Redid the slides", "--belief", "other", "--belief-text",
           "Only flawless work counts", "--new-behaviour", "Sent it as it was"))  # fmt: skip
    ok(cli("exercise", "add", "Body scan", "--per-week", "3"))
    ok(cli("exercise", "done", "body", "--at", day(-3)))
    ok(cli("exercise", "add", "Cold shower", "--per-week", "2"))
    ok(cli("exercise", "stop", "Cold shower"))


def test_the_kompas_on_screen_holds_what_was_learned(cli: Invoke, home: Path) -> None:
    a_year_of_learning(cli)
    result = cli("kompas")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for line in (
        "Your kompas",
        "orange: tight shoulders - Walk ten minutes",
        "red: headache - Stop and lie down",
        "Often came before harder days: tight shoulders",
        "Went with days that felt right: calm",
        "never a burden",
        "Only flawless work counts",
        "Sent it as it was",
        "Exercises you kept up: Body scan",
        "Marieke, your coach",
        "your GP (huisarts)",
        "your company doctor (bedrijfsarts)",
        "113 (0800-0113)",
    ):
        assert line in out, line
    assert "Cold shower" not in out  # stopped: not what held
    assert out.index("green: calm") < out.index("orange:") < out.index("red:")
    assert "\x1b[" not in out


def test_the_kompas_in_dutch_and_as_json(cli: Invoke, home: Path) -> None:
    a_year_of_learning(cli)
    dutch = cli("--lang", "nl", "kompas").stdout
    for line in ("Je kompas", "De signalenladder", "oranje: tight shoulders", "Wie je kunt bellen",
                 "je huisarts", "Oefeningen die je bent blijven doen: Body scan"):  # fmt: skip
        assert line in dutch, line
    document = json.loads(cli("kompas", "--json").stdout)
    assert [i["colour"] for i in document["ladder"]] == ["green", "orange", "red"]
    assert document["early_warnings"] == ["tight shoulders"]
    assert document["good_signs"] == ["calm"]
    assert {"belief": "other", "belief_text": "Only flawless work counts"} in document["beliefs"]
    assert document["new_behaviours"] == ["Sent it as it was", "Said I would think about it"]
    assert document["exercises_kept"] == ["Body scan"]
    assert document["contacts"] == {
        "coach": "Marieke", "company_doctor": None, "crisis_line": "113 (0800-0113)"
    }  # fmt: skip


def test_the_kompas_as_markdown_and_as_a_page(cli: Invoke, home: Path, tmp_path: Path) -> None:
    a_year_of_learning(cli)
    markdown, page = tmp_path / "kompas.md", tmp_path / "kompas.html"
    result = cli("kompas", "--markdown", str(markdown))
    assert result.exit_code == 0, result.stderr
    assert f"Wrote your kompas to {markdown}" in result.stdout
    text = markdown.read_text()
    assert text.startswith("<!-- herstel kompas -->\n# Your kompas\n")
    assert "- orange: tight shoulders - Walk ten minutes" in text
    assert oct(markdown.stat().st_mode & 0o777) == "0o600"
    assert cli("kompas", "--markdown", str(markdown)).exit_code == 0  # its own: replaced
    assert cli("kompas", "--html", str(page)).exit_code == 0
    html = page.read_text()
    assert "<h1>Your kompas</h1>" in html and "tight shoulders" in html
    assert oct(page.stat().st_mode & 0o777) == "0o600"
    other = tmp_path / "letter.md"
    other.write_text("Dear Marieke\n")
    refused(cli("kompas", "--markdown", str(other)), 1)
    assert other.read_text() == "Dear Marieke\n"  # never over a file herstel did not write
    assert "--json" in refused(cli("kompas", "--json", "--markdown", str(markdown)), 2)


def test_an_empty_kompas_says_where_it_comes_from(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    out = ok(cli("kompas"))
    assert "No signals on the ladder yet: herstel ladder add" in out
    assert "Not enough days yet to show this" in out
    assert "Nothing noted yet" in out
    assert "Whom to call" in out


def test_after_session_ten_the_kompas_and_a_lighter_rhythm_are_offered(
    cli: Invoke, home: Path
) -> None:
    ok(cli(*INIT))
    held = ok(cli("plan", "held", "10"))
    assert (
        "That was the tenth session. Your kompas is ready for you to keep: herstel kompas" in held
    )
    assert "herstel kompas check" in held and "--every month" in held
    alone = ok(cli())
    assert "Your trajectory is complete:" in alone and "herstel kompas check" in alone
    assert "herstel kompas check" in ok(cli("plan"))
    dutch = ok(cli("--lang", "nl"))
    assert "Je kompas om te bewaren: herstel kompas" in dutch and "kompascheck" in dutch
    # Before the ten are behind, nothing of it.
    other = home.parent / "other"
    ok(cli("--home", str(other), "init", "--name", "Sam", "--first-session", day(7)))
    assert "kompas" not in ok(cli("--home", str(other)))


def test_the_monthly_kompas_check(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    ok(cli("ladder", "add", "tight shoulders", "--colour", "orange"))
    ok(cli("ladder", "add", "headache", "--colour", "red"))
    ok(cli("ladder", "add", "calm", "--colour", "green"))
    ok(cli("signal", "calm", "--type", "emotion"))
    first_of_month = TODAY.replace(day=1)
    assert "None of your orange or red signals" in ok(cli("kompas", "check", "--energy", "6"))
    ok(cli("signal", "tight shoulders", "--type", "body"))
    ok(cli("signal", "headache", "--type", "body"))
    if first_of_month > FIRST:  # last month's: not this month's
        ok(cli("signal", "headache", "--type", "body",
               "--at", (first_of_month - timedelta(days=1)).isoformat()))  # fmt: skip
    ok(cli("checkin", "--note", "What I noted this morning"))
    result = cli("kompas", "check", "--energy", "5", "--note", "A quieter month")
    assert result.exit_code == 0, result.stderr
    assert "At orange or red this month: headache (red), tight shoulders (orange)" in result.stdout
    assert "Updated today" in result.stdout
    # The day's own note stays; the month's line comes after it.
    found = rows(home / "herstel.db", "SELECT energy, note FROM checkin ORDER BY day DESC LIMIT 1")
    assert found == [(5, "What I noted this morning\n\nA quieter month")]


def test_the_kompas_check_needs_an_energy_off_a_terminal(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    before = snapshot(home / "herstel.db")
    assert "needs your energy: add --energy 0-10" in refused(cli("kompas", "check"), 2)
    assert "goes from 0 to 10" in refused(cli("kompas", "check", "--energy", "11"), 2)
    assert snapshot(home / "herstel.db") == before
    dutch = refused(cli("--lang", "nl", "kompas", "check"), 2)
    assert "De kompascheck vraagt je energie" in dutch


def test_the_kompas_check_on_a_terminal(home: Path) -> None:
    from test_interactive import herstel

    herstel(home, *INIT)
    child = spawn(home, "kompas", "check")
    child.expect("Your ladder has no orange or red signals yet")
    child.expect("How much energy")
    child.send("4\r")
    child.expect("One line about this month")
    child.send("Steady\r")
    child.expect("Saved your check-in")
    assert finish(child) == 0
    assert rows(home / "herstel.db", "SELECT energy, note FROM checkin") == [(4, "Steady")]


# --- follow-up talks ------------------------------------------------------------------------


def test_a_follow_up_is_noted_as_one_after_the_ten(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    later = day(30)
    result = cli(
        "plan", "follow-up", "--date", later, "--time", "14:00", "--note", "Three months on"
    )
    assert result.exit_code == 0, result.stderr
    assert "Noted as a follow-up talk:" in result.stdout and "14:00" in result.stdout
    shown = ok(cli("plan"))
    assert "Follow-up talks after the ten" in shown and "Three months on" in shown
    document = json.loads(ok(cli("plan", "--json")))
    assert [(f["day"], f["time"], f["note"]) for f in document["follow_ups"]] == [
        (later, "14:00", "Three months on")
    ]
    assert len(document["sessions"]) == 10  # not an eleventh session
    assert rows(home / "herstel.db", "SELECT count(*) FROM session") == [(10,)]
    # `herstel` alone names the next one; the calendar has it as a follow-up talk.
    assert "Next follow-up talk:" in ok(cli()) and "Three months on" in ok(cli())
    calendar = ok(cli("plan", "--ics", "-"))
    assert (
        calendar.count("BEGIN:VEVENT") == 11 and "SUMMARY:Follow-up talk with Marieke" in calendar
    )
    assert "Volgend vervolggesprek:" in ok(cli("--lang", "nl"))


def test_one_follow_up_a_day_changed_or_taken_away(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    later = day(30)
    assert "Noted as a follow-up talk" in ok(cli("plan", "follow-up", "--date", later))
    changed = ok(cli("plan", "follow-up", "--date", later, "--time", "10:00", "--note", "Spring"))
    assert "Follow-up talk changed:" in changed and "at 10:00" in changed
    assert "was already noted so" in ok(cli("plan", "follow-up", "--date", later))
    assert rows(home / "herstel.db", "SELECT time, note FROM follow_up") == [("10:00", "Spring")]
    ok(cli("plan", "follow-up", "--date", later, "--note", ""))  # an empty note: none
    assert rows(home / "herstel.db", "SELECT time, note FROM follow_up") == [("10:00", None)]
    before = snapshot(home / "herstel.db")
    assert "Choose --remove or --time/--note" in refused(
        cli("plan", "follow-up", "--date", later, "--remove", "--note", "x"), 2
    )
    assert snapshot(home / "herstel.db") == before
    assert "Follow-up talk taken away" in ok(cli("plan", "follow-up", "--date", later, "--remove"))
    assert rows(home / "herstel.db", "SELECT count(*) FROM follow_up") == [(0,)]
    assert "There is no follow-up talk on" in refused(
        cli("plan", "follow-up", "--date", later, "--remove"), 1
    )


def test_a_follow_up_when_every_session_was_cancelled(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    for number in range(1, 11):
        ok(cli("plan", "cancel", str(number)))
    result = cli("plan", "follow-up", "--date", "today")
    assert result.exit_code == 0, result.stderr
    assert "Noted as a follow-up talk" in result.stdout
    # Nothing took place: no "after the ten" to offer.
    assert "herstel kompas check" not in ok(cli()) and "herstel kompas check" not in ok(cli("plan"))


def test_the_export_preview_counts_follow_ups(cli: Invoke, home: Path) -> None:
    ok(cli(*INIT))
    ok(cli("plan", "follow-up", "--date", "today", "--note", "How it goes now"))
    assert json.loads(ok(cli("export", "--preview", "--json")))["shared"]["follow_up"] == 1
    assert "follow-up talks" in ok(cli("export", "--preview"))


def test_a_follow_up_before_the_ten_are_behind_is_refused(cli: Invoke, home: Path) -> None:
    ok(cli("init", "--name", "Anna", "--first-session", day(-20)))
    before = snapshot(home / "herstel.db")
    message = refused(cli("plan", "follow-up", "--date", day(200)), 1)
    assert "is still to come: that is your next talk" in message
    assert snapshot(home / "herstel.db") == before


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("--date", "someday"), "isn't a date"),
        (("--date", "today", "--time", "25:00"), "25:00"),
        (("--date", (FIRST + timedelta(days=1)).isoformat()), "after the last session"),
    ],
)
def test_bad_follow_ups_change_nothing(
    cli: Invoke, home: Path, args: tuple[str, ...], shown: str
) -> None:
    ok(cli(*INIT))
    before = snapshot(home / "herstel.db")
    assert shown in refused(cli("plan", "follow-up", *args), 2)
    assert snapshot(home / "herstel.db") == before


@pytest.fixture
def pair(cli: Invoke, home: Path, tmp_path: Path) -> Pair:
    found = Pair(cli, home, tmp_path / "coach", tmp_path)
    pin = ok(found.coach("keygen")).strip()
    a_year_of_learning(cli)
    ok(cli("config", "set", "coach-key", pin))
    found.export()
    return found


def test_the_export_carries_follow_ups_and_the_coach_report_the_kompas(
    pair: Pair, cli: Invoke, tmp_path: Path
) -> None:
    ok(pair.coach("goal", "add", "Anna", "Two quiet hours each afternoon", "--part", "energy"))
    ok(pair.coach("goal", "done", "Anna", "1", "--outcome", "Most afternoons now"))
    pair.send_and_receive()
    assert "What came of it: Most afternoons now" in ok(cli("kompas"))
    ok(cli("plan", "follow-up", "--date", day(14), "--note", "Checking in"))
    plain = tmp_path / "plain.json"
    ok(cli("export", "--plain", "-o", str(plain)))
    document = json.loads(plain.read_text())
    assert [(f["day"], f["note"]) for f in document["follow_ups"]] == [(day(14), "Checking in")]
    pair.export()
    assert rows(pair.coach_db, "SELECT day, note FROM follow_up") == [(day(14), "Checking in")]
    report = ok(pair.coach("report", "Anna"))
    assert "Their kompas" in report and "orange: tight shoulders - Walk ten minutes" in report
    assert "Whom the kompas names to call" in report and "you, their coach" in report
    assert "What came of it: Most afternoons now" in report
    data = json.loads(ok(pair.coach("report", "Anna", "--json")))
    assert data["kompas"]["early_warnings"] == ["tight shoulders"]
    page = tmp_path / "report.html"
    ok(pair.coach("report", "Anna", "--html", str(page)))
    assert "Their kompas" in page.read_text()
    # The client's right of access covers it, and forgetting the client erases it.
    copy = json.loads(ok(pair.coach("export", "Anna")))
    assert [f["note"] for f in copy["follow_ups"]] == ["Checking in"]
    # Taken away on the client's side: the next export withdraws it on the coach's.
    ok(cli("plan", "follow-up", "--date", day(14), "--remove"))
    pair.export()
    assert rows(pair.coach_db, "SELECT count(*) FROM follow_up") == [(0,)]
    ok(pair.coach("forget", "Anna", "--yes"))
    assert rows(pair.coach_db, "SELECT count(*) FROM follow_up") == [(0,)]
