"""Text from another person never steers the coach's terminal (issue 19, point 2).

An export is input from someone else. Its names and texts may hold escape codes: `ESC[2J` clears
the screen, `ESC]0;...BEL` sets the window title, U+009B is an 8-bit CSI and U+202E turns the
rest of a line around. `coach import` keeps them as the client gave them; every coach command
shows them visibly (`\\x1b`, `\\u009b`, `\\u202e`), through CliRunner and on a real
pseudo-terminal, and JSON carries them as escapes that parse back to the very same text.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pexpect
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Invoke, Result, refused
from herstel.core.text import visible, visible_json
from herstel.ui.console import indented_json
from journals import build_template
from terminal import Terminal

HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x9b2J\u202e\x7f"
SHOWN = "\\x1b[2J\\x1b]0;pwned\\x07\\u009b2J\\u202e\\x7f"  # what the coach reads instead
# Every character that must never reach the coach's terminal as it is: the C0 controls but
# newline and tab, DEL, C1, the bidi controls, the line separators, lone surrogates.
STEERING = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
# The texts of an export, by their key; each gets HOSTILE added.
TEXT_KEYS = frozenset({
    "client_name", "coach_name", "note", "cancel_reason", "signal", "action", "name",
    "description", "givers", "drainers", "what", "where", "situation", "response", "behaviour",
    "consequence", "unnoticed", "belief_text", "new_behaviour", "reflection", "life_stage",
    "text", "drives", "pattern",
})  # fmt: skip
NAME = "Anna " + HOSTILE


def hostile(value: Any, key: str | None = None) -> Any:
    """The export with HOSTILE after every name and text in it."""
    if isinstance(value, dict):
        return {name: hostile(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [hostile(item, key) for item in value]
    if isinstance(value, str) and key in TEXT_KEYS:
        return f"{value} {HOSTILE}"
    return value


def texts(value: Any, key: str | None = None) -> set[str]:
    """Every name and text of an export."""
    if isinstance(value, dict):
        return set().union(*(texts(item, name) for name, item in value.items()))
    if isinstance(value, list):
        return set().union(*(texts(item, key) for item in value))
    return {value} if isinstance(value, str) and key in TEXT_KEYS else set()


@dataclass(frozen=True)
class Files:
    export: Path  # Anna's export, HOSTILE in every text
    namesake: Path  # another client of the same name
    document: dict[str, Any]  # what `export` holds


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("hostile")
    plain, other = folder / "plain.json", folder / "other.json"

    def build(cli: Invoke) -> None:
        def ok(*args: str) -> None:
            result = cli(*args)
            assert result.exit_code == 0, (args, result.stderr)

        ok("init", "--name", "Anna", "--coach", "Marieke", "--first-session", "-20d")
        ok("plan", "held", "1", "--note", "A good start")
        ok("ladder", "add", "Tight chest", "--colour", "orange", "--action", "Take a walk")
        ok("checkin", "--date", "-3d", "--energy", "3", "--note", "Low", "--giver", "walk",
           "--drainer", "mail")  # fmt: skip
        ok("checkin", "--date", "-1d", "--energy", "6", "--note", "Better")
        ok("signal", "Tight chest", "--type", "body", "--limit", "crossed", "--at", "-2d",
           "--situation", "A meeting")  # fmt: skip
        ok("pattern", "--situation", "Said yes again", "--belief", "no-burden",
           "--new-behaviour", "Say no once", "--at", "-4d")  # fmt: skip
        ok("bio", "--life-stage", "School", "--text", "I worked hard", "--at", "-5d")
        ok("exercise", "add", "Body scan", "--per-week", "3")
        ok("exercise", "done", "Body", "--at", "-2d")
        ok("export", "--plain", "-o", str(plain))
        ok("--home", str(folder / "other"), "init", "--name", "Anna", "--first-session", "-3d")
        ok("--home", str(folder / "other"), "export", "--plain", "-o", str(other))

    build_template(folder, build)
    document = hostile(json.loads(plain.read_bytes()))
    export = folder / "anna.json"
    export.write_text(json.dumps(document))
    namesake = json.loads(other.read_bytes())
    namesake["trajectory"]["client_name"] = NAME
    (folder / "namesake.json").write_text(json.dumps(namesake))
    return Files(export, folder / "namesake.json", document)


def safe(result: Result) -> str:
    """stdout and stderr, checked to hold nothing that steers a terminal."""
    for stream in (result.stdout, result.stderr):
        found = STEERING.search(stream)
        assert found is None, (repr(found.group()), stream)
    return result.stdout + result.stderr


@pytest.fixture
def coach(cli: Invoke, files: Files, tmp_path: Path) -> Path:
    """The coach's home, Anna's hostile export imported; returns the home."""
    home = tmp_path / "coach"
    result = cli("--home", str(home), "coach", "import", str(files.export))
    assert result.exit_code == 0, result.stderr
    assert f"anna.json: Anna {SHOWN}: " in safe(result)
    return home


# --- the function -----------------------------------------------------------------------------


def test_visible_shows_every_steering_character() -> None:
    assert visible(HOSTILE) == SHOWN
    assert visible("a\u2066b\u2069c\u200fd\u061c\r") == "a\\u2066b\\u2069c\\u200fd\\u061c\\x0d"
    assert visible("two\nlines\twith a tab") == "two\nlines\twith a tab"
    assert visible("two\nlines\t", one_line=True) == "two\\x0alines\\x09"
    assert visible("\ud800") == "\\ud800"  # a lone surrogate, which no terminal could take


BIDI_AND_SEPARATORS = (
    "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Text of any script, with emoji, joiners and variation selectors, newlines and tabs.
ORDINARY = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=BIDI_AND_SEPARATORS)
    | st.sampled_from("\n\t")
)


@settings(max_examples=300)
@given(st.text())
def test_visible_leaves_nothing_that_steers(value: str) -> None:
    shown = visible(value)
    assert STEERING.search(shown) is None
    assert set(shown) - set(value) <= set("\\xu0123456789abcdef")
    line = visible(value, one_line=True)
    assert STEERING.search(line) is None and "\n" not in line and "\t" not in line
    assert visible(shown) == shown  # shown once is shown


@settings(max_examples=300)
@given(ORDINARY)
def test_visible_is_ordinary_text_itself(value: str) -> None:
    assert visible(value) is value


# Emoji with a skin tone, joined by zero-width joiners, and a flag of tag characters.
EMOJI = "\U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467 " + (
    "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
)


@pytest.mark.parametrize(
    "value",
    ["Anneke van der Veen", "cliënt, één, ijsje, Zoë", f"Ça va {EMOJI}", "שלום عربي", "a\\x1b"],
)
def test_visible_keeps_names_in_any_script_and_emoji(value: str) -> None:
    assert visible(value, one_line=True) == value


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)


@settings(max_examples=300)
@given(JSON_VALUES)
def test_json_made_safe_parses_back_to_the_same(value: Any) -> None:
    for document in (indented_json(value), json.dumps(value, ensure_ascii=False)):
        shown = visible_json(document)
        assert STEERING.search(shown.replace("\n", "")) is None
        assert json.loads(shown) == value
        if STEERING.search(document) is None:
            assert shown is document  # nothing to escape: the same text, not a copy


# --- every coach command ----------------------------------------------------------------------


def test_the_store_keeps_the_clients_own_words(coach: Path, files: Files) -> None:
    conn = sqlite3.connect(coach / "coach.db")
    try:
        (name,) = conn.execute("SELECT client_name FROM trajectory").fetchone()
    finally:
        conn.close()
    assert name == NAME


def test_the_overview_and_the_report_show_it_visibly(
    cli: Invoke, coach: Path, files: Files, tmp_path: Path
) -> None:
    def as_coach(*args: str) -> str:
        result = cli("--home", str(coach), "coach", *args)
        assert result.exit_code == 0, (args, result.stderr)
        return safe(result)

    for overview in (as_coach(), as_coach("clients")):
        assert f"Anna {SHOWN}" in overview
    report = as_coach("report", "Anna")
    for text in ("Anna", "Tight chest", "Said yes again", "Say no once", "Body scan", "walk"):
        assert f"{text} {SHOWN}" in report, text
    markdown = as_coach("report", "Anna", "--markdown", "-")
    assert f"# Anna {SHOWN}, focus" in markdown and f"Body scan {SHOWN}" in markdown
    target = tmp_path / "report.md"
    as_coach("report", "Anna", "--markdown", str(target))
    assert STEERING.search(target.read_text()) is None
    assert target.read_text() == markdown
    assert "Kept your note" in as_coach("note", "Anna", "Ask about the meeting")


def test_json_carries_the_text_as_it_was(cli: Invoke, coach: Path, files: Files) -> None:
    def as_json(*args: str) -> Any:
        result = cli("--home", str(coach), "coach", *args)
        assert result.exit_code == 0, (args, result.stderr)
        safe(result)
        return json.loads(result.stdout)

    (client,) = as_json("clients", "--json")
    assert client["name"] == NAME
    report = as_json("report", "Anna", "--json")
    assert report["client"]["name"] == NAME
    assert {e["name"] for e in report["exercises"]} == {f"Body scan {HOSTILE}"}
    assert report["patterns"][0]["notes"][0]["situation"] == f"Said yes again {HOSTILE}"
    copy = as_json("export", "Anna")
    assert copy["trajectory"]["client_name"] == NAME
    assert texts(copy) >= texts(files.document)  # every text, to the character


def test_the_page_shows_it_visibly_and_stays_valid(
    cli: Invoke, coach: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    result = cli("--home", str(coach), "coach", "report", "Anna", "--html", str(target))
    assert result.exit_code == 0, result.stderr
    safe(result)
    page = target.read_text()
    assert STEERING.search(page.replace("\n", "")) is None
    # The escapes are plain letters, which HTML takes as they are.
    assert f"<title>Anna {SHOWN}" in page and f"<dd>Anna {SHOWN}</dd>" in page
    assert f"Body scan {SHOWN}" in page

    class Texts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_data(self, data: str) -> None:
            self.found.append(data)

    parser = Texts()
    parser.feed(page)
    parser.close()
    assert any(f"Anna {SHOWN}" in data for data in parser.found)


def test_the_clients_copy_file_is_safe_to_show(
    cli: Invoke, coach: Path, files: Files, tmp_path: Path
) -> None:
    target = tmp_path / "copy.json"
    result = cli("--home", str(coach), "coach", "export", "Anna", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert f"Anna {SHOWN}" in safe(result)
    data = target.read_text()
    assert STEERING.search(data.replace("\n", "")) is None
    assert texts(json.loads(data)) >= texts(files.document)


def test_errors_and_questions_name_the_client_visibly(
    cli: Invoke, coach: Path, files: Files
) -> None:
    home = ("--home", str(coach), "coach")
    message = refused(cli(*home, "report", "Zed"), 1)
    assert f"Your clients: Anna {SHOWN} (" in message and STEERING.search(message) is None
    message = refused(cli(*home, "forget", "Anna"), 2)
    # A name in an error is quoted at most 40 characters: the visible form, cut short.
    assert "Anna \\x1b[2J" in message and STEERING.search(message) is None
    result = cli(*home, "import", str(files.namesake))
    assert result.exit_code == 1
    assert "Anna \\x1b[2J" in safe(result)
    result = cli(*home, "import", "--new-client", str(files.namesake))
    assert result.exit_code == 0, result.stderr
    safe(result)
    message = refused(cli(*home, "note", "Anna", "x"), 1)  # two of that name now
    assert message.count(f"Anna {SHOWN} (") == 2 and STEERING.search(message) is None
    result = cli(*home, "forget", "Anna", "--yes")
    assert result.exit_code == 1
    safe(result)


def test_a_file_name_from_the_sender_is_shown_visibly(
    cli: Invoke, files: Files, tmp_path: Path
) -> None:
    named = tmp_path / "anna\x1b[2J\u202e.json"
    named.write_bytes(files.export.read_bytes())
    result = cli("--home", str(tmp_path / "coach"), "coach", "import", str(named))
    assert result.exit_code == 0, result.stderr
    assert "anna\\x1b[2J\\u202e.json: " in safe(result)


def test_a_refused_file_names_its_odd_key_visibly(
    cli: Invoke, files: Files, tmp_path: Path
) -> None:
    document = json.loads(files.export.read_bytes())
    document["checkins"][0]["mood" + HOSTILE] = "fine"  # an extra key: the error says where
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    message = refused(cli("--home", str(tmp_path / "coach"), "coach", "import", str(bad)), 1)
    assert f"checkins.0.mood{SHOWN}" in message and STEERING.search(message) is None


# --- on a real terminal -----------------------------------------------------------------------

# What rich itself writes on a terminal: colours and styles (SGR), nothing else.
OWN_CODES = re.compile(r"\x1b\[[0-9;]*m")


def on_terminal(home: Path, *args: str, answer: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "LANG")}
    env.update({"HERSTEL_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8"})
    child = Terminal(
        sys.executable, ["-m", "herstel", "coach", *args], env=env, encoding="utf-8",
        dimensions=(40, 200), timeout=30,
    )  # fmt: skip
    if answer is not None:
        child.expect("leave this file")
        child.send(answer)
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.before)
    assert "pwned" in screen  # it did show the name
    return screen


def test_nothing_steers_a_real_terminal(files: Files, tmp_path: Path) -> None:
    home = tmp_path / "coach"
    screens = [
        on_terminal(home, "import", str(files.export)),
        on_terminal(home),
        on_terminal(home, "report", "Anna"),
        on_terminal(home, "import", str(files.namesake), answer="\r"),  # asked: skip it
    ]
    for screen in screens[:3]:
        # Only rich's own styles: no other escape, no C1, no bidi control.
        assert STEERING.search(OWN_CODES.sub("", screen).replace("\r", "")) is None, screen
        assert SHOWN in screen
    asked = screens[3]  # prompt_toolkit draws the question with codes of its own
    for raw in ("\x1b[2J", "\x1b]0;pwned", "\x07", "\x9b", "\u202e", "\x7f"):
        assert raw not in asked, (raw, asked)
    assert f"Anna {SHOWN}" in asked


def test_reading_back_a_file_from_anyone_is_safe_to_show(
    cli: Invoke, files: Files, tmp_path: Path
) -> None:
    """`export --read` shows a file that may come from anyone: the same JSON to a parser, no raw
    C1, DEL or bidi character on the terminal."""
    assert cli("init", "--name", "Sam", "--first-session", "today").exit_code == 0
    result = cli("export", "--read", str(files.export))
    assert result.exit_code == 0, result.stderr
    assert STEERING.search(result.stdout.replace("\n", "")) is None
    assert texts(json.loads(result.stdout)) >= texts(files.document)


def test_an_error_quoting_what_was_typed_cannot_reorder_the_line(cli: Invoke) -> None:
    message = refused(cli("log", "--since", "gisteren\u202e\u2066\x9b2J"), 2)
    assert "\u202e" not in message and "\u2066" not in message and "\x9b" not in message
    assert "gisteren???2J" in message
