"""The client's own words for the period, in `prepare` and in the coach's report (screen,
--json, --markdown, --html): signals with where, situation, response and fit; check-in notes;
pattern notes whole; practice notes; session notes; looking back. Private entries stay home.
And export and import count the same records in the same words."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import Invoke


def ok(cli: Invoke, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout + result.stderr


WORDS = (
    "behind the eyes",
    "Three hours of email for the team",
    "Nothing, kept going",
    "didn't feel right today",
    "Cleaning before visitors",
    "Cleaned all day",
    "Only the kitchen",
    "Calmer after",
    "We talked about my week",
    "Always the one who organised",
)
PRIVATE = "a secret of my own"


@pytest.fixture
def journal(cli: Invoke, home: Path) -> Path:
    ok(cli, "init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-10d")
    ok(cli, "plan", "held", "1", "--note", "We talked about my week")
    ok(
        cli, "signal", "headache", "--type", "body", "--where", "behind the eyes",
        "--limit", "near", "--fit", "no", "--situation", "Three hours of email for the team",
        "--response", "Nothing, kept going", "--at", "-1d 16:00",
    )  # fmt: skip
    ok(cli, "signal", "light chest", "--type", "body", "--fit", "yes", "--at", "-2d")
    ok(cli, "checkin", "--energy", "4", "--note", "didn't feel right today")
    ok(cli, "exercise", "add", "breathing space", "--per-week", "5")
    ok(cli, "exercise", "done", "breathing space", "--minutes", "5", "--note", "Calmer after")
    ok(
        cli, "pattern", "--situation", "Cleaning before visitors", "--behaviour",
        "Cleaned all day", "--new-behaviour", "Only the kitchen", "--at", "-3d",
    )  # fmt: skip
    ok(
        cli,
        "bio",
        "--life-stage",
        "School",
        "--text",
        "Always the one who organised",
        "--at",
        "-1d",
    )
    ok(cli, "signal", "restless", "--type", "emotion", "--situation", PRIVATE, "--private")
    return home


def coach_of(cli: Invoke, journal: Path, tmp_path: Path) -> tuple[Path, str]:
    export = tmp_path / "anna.json"
    said = ok(cli, "export", "--plain", "-o", str(export))
    coach = tmp_path / "coach"
    imported = ok(cli, "--home", str(coach), "coach", "import", str(export))
    return coach, said + imported


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_prepare_shows_the_clients_own_words(cli: Invoke, journal: Path, lang: str) -> None:
    screen = ok(cli, "--lang", lang, "prepare")
    heading = "In your own words" if lang == "en" else "In je eigen woorden"
    assert heading in screen
    words = screen[screen.index(heading) :]
    for text in (*WORDS, PRIVATE):
        assert text in words, text
    assert (
        f"{PRIVATE} (private)" in words
        or f"{PRIVATE} (privé)" in words
        or ("(private)" in words or "(privé)" in words)
    )
    # Newest first: today's note before yesterday's signal before the pattern of three days ago.
    assert words.index("didn't feel right") < words.index("Three hours") < words.index("Cleaned")
    found = json.loads(ok(cli, "--lang", lang, "prepare", "--json"))["own_words"]
    kinds = [said["kind"] for said in found]
    assert {"signal", "checkin", "pattern", "practice", "session", "bio"} <= set(kinds)
    signal = next(s for s in found if s["kind"] == "signal" and s["about"] == "headache")
    assert signal["situation"] == "Three hours of email for the team"
    assert (signal["response"], signal["location"], signal["fit"]) == (
        "Nothing, kept going",
        "behind the eyes",
        False,
    )


def test_the_coach_reads_the_same_words_but_nothing_private(
    cli: Invoke, journal: Path, tmp_path: Path
) -> None:
    coach, _ = coach_of(cli, journal, tmp_path)
    report = ok(cli, "--home", str(coach), "coach", "report", "Anna")
    assert "In their own words" in report
    markdown = ok(cli, "--home", str(coach), "coach", "report", "Anna", "--markdown", "-")
    page = ok(cli, "--home", str(coach), "coach", "report", "Anna", "--html", "-")
    as_json = ok(cli, "--home", str(coach), "coach", "report", "Anna", "--json")
    for shown in (report, markdown, page.replace("&#x27;", "'"), as_json):
        for text in WORDS:
            assert text in shown, text
        assert PRIVATE not in shown
    assert "## In their own words" in markdown
    assert "    - what was going on: Three hours of email for the team" in markdown
    dutch = ok(cli, "--home", str(coach), "--lang", "nl", "coach", "report", "Anna")
    assert "In eigen woorden" in dutch and "wat er speelde: Three hours" in dutch
    assert "je energie" not in dutch.lower() and "your energy" not in report.lower()


def test_good_signs_stand_as_good_signs(cli: Invoke, journal: Path, tmp_path: Path) -> None:
    screen = ok(cli, "prepare")
    good = screen.index("Signs that it fitted you:")
    assert screen.index("light chest", good) < screen.index("Not on your ladder:")
    coach, _ = coach_of(cli, journal, tmp_path)
    report = ok(cli, "--home", str(coach), "coach", "report", "Anna")
    assert "Signs that it fitted:" in report
    found = json.loads(ok(cli, "prepare", "--json"))["signals"]
    assert [s["what"] for g in found if g["colour"] == "fit" for s in g["signals"]] == [
        "light chest"
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_export_and_import_count_the_same_records(
    cli: Invoke, journal: Path, tmp_path: Path, lang: str
) -> None:
    export = tmp_path / "anna.json"
    written = cli("--lang", lang, "export", "--plain", "-o", str(export))
    said = written.stdout + written.stderr
    coach = tmp_path / "coach"
    imported = ok(cli, "--lang", lang, "--home", str(coach), "coach", "import", str(export))
    unit = "records" if lang == "en" else "gegevens"
    shared = re.search(rf"(\d+) {unit}", said)
    counted = re.search(rf"(\d+) {unit}", imported)
    assert shared and counted, (said, imported)
    assert shared.group(1) == counted.group(1)
    records = json.loads(export.read_text())
    in_file = sum(
        len(records[key])
        for key in (
            "checkins",
            "signals",
            "pattern_notes",
            "bio_notes",
            "practices",
            "sessions",
            "ladder",
            "exercises",
        )
        if key in records
    )
    assert int(shared.group(1)) == in_file


# The words heading and the good signs' heading: the client's, then the coach's.
HEADINGS = {
    "en": (
        "In your own words", "Signs that it fitted you:",
        "In their own words", "Signs that it fitted:",
    ),
    "nl": (
        "In je eigen woorden", "Signalen dat het bij je paste:",
        "In eigen woorden", "Signalen dat het paste:",
    ),
}  # fmt: skip


def readable(page: str) -> str:
    """An HTML page's text as a person reads it: tags gone, entities back."""
    return html.unescape(re.sub(r"<[^>]+>", "\n", page))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_way_out_carries_the_words_in_both_languages(
    cli: Invoke, journal: Path, tmp_path: Path, lang: str
) -> None:
    mine, my_signs, theirs, their_signs = HEADINGS[lang]
    coach, _ = coach_of(cli, journal, tmp_path)
    client = {
        "screen": ok(cli, "--lang", lang, "prepare"),
        "markdown": ok(cli, "--lang", lang, "prepare", "--markdown", "-"),
        "html": readable(ok(cli, "--lang", lang, "prepare", "--html", "-")),
    }
    report = ("--home", str(coach), "--lang", lang, "coach", "report", "Anna")
    at_the_coach = {
        "screen": ok(cli, *report),
        "markdown": ok(cli, *report, "--markdown", "-"),
        "html": readable(ok(cli, *report, "--html", "-")),
    }
    for way, shown in client.items():
        assert mine in shown and my_signs in shown, way
        words = shown[shown.index(mine) :]
        for text in (*WORDS, PRIVATE):
            assert text in words, (way, text)
        private = "(private)" if lang == "en" else "(privé)"
        assert private in words[: words.index(PRIVATE)], way  # marked as the client's own
    for way, shown in at_the_coach.items():
        assert theirs in shown and their_signs in shown, way
        assert mine not in shown and my_signs not in shown, way  # the coach's voice
        words = shown[shown.index(theirs) :]
        for text in WORDS:
            assert text in words, (way, text)
        assert PRIVATE not in shown and "restless" not in shown, way
    as_json = ok(cli, *report, "--json")
    assert PRIVATE not in as_json
    said = json.loads(as_json)["own_words"]
    assert {s["kind"] for s in said} == {
        "signal",
        "checkin",
        "pattern",
        "practice",
        "session",
        "bio",
    }


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_good_signs_have_their_own_heading_in_both_languages(
    cli: Invoke, journal: Path, tmp_path: Path, lang: str
) -> None:
    _, my_signs, _, their_signs = HEADINGS[lang]
    ladder = "Not on your ladder:" if lang == "en" else "Niet op je ladder:"
    screen = ok(cli, "--lang", lang, "prepare")
    signs = screen[screen.index(my_signs) : screen.index(ladder)]
    assert "light chest" in signs and "headache" not in signs
    assert "light chest" not in screen[screen.index(ladder) : screen.index(HEADINGS[lang][0])]
    coach, _ = coach_of(cli, journal, tmp_path)
    report = ok(cli, "--home", str(coach), "--lang", lang, "coach", "report", "Anna")
    their_ladder = "Not on the ladder:" if lang == "en" else "Niet op de ladder:"
    signs = report[report.index(their_signs) : report.index(their_ladder)]
    assert "light chest" in signs and "headache" not in signs


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_the_words_in_json_keep_one_shape_per_kind(cli: Invoke, journal: Path) -> None:
    said = json.loads(ok(cli, "prepare", "--json"))["own_words"]
    ok(cli, "signal", "tight jaw", "--type", "body", "--situation", "Meeting")  # no where, no reply
    again = json.loads(ok(cli, "prepare", "--json"))["own_words"]
    shapes: dict[str, set[frozenset[str]]] = {}
    for one in said + again:
        assert UUID.match(one["id"]), one["id"]
        shapes.setdefault(one["kind"], set()).add(frozenset(one))
    assert all(len(keys) == 1 for keys in shapes.values()), shapes  # null, never missing
    jaw = next(s for s in again if s["about"] == "tight jaw")
    assert (jaw["situation"], jaw["location"], jaw["response"]) == ("Meeting", None, None)
    (session,) = [s for s in said if s["kind"] == "session"]
    held = json.loads(ok(cli, "plan", "--json"))["sessions"][0]
    assert (session["id"], session["about"], session["note"]) == (
        held["id"],
        "1",
        "We talked about my week",
    )
