"""`herstel edit ID` (flags, the form with current values, the editor) and `--edit` when writing
a new entry, through the CLI with a stand-in editor."""

from __future__ import annotations

import json
import shlex
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import TODAY, Invoke, refused, rows, snapshot
from herstel.core.template import parse, render

EDITOR = """
import os, pathlib, stat, sys
path = pathlib.Path(sys.argv[1])
pathlib.Path(os.environ["FAKE_EDITOR_LOG"]).write_text(
    f"{path}\\n{stat.S_IMODE(path.stat().st_mode):o}\\n{stat.S_IMODE(path.parent.stat().st_mode):o}\\n"
)
if os.environ.get("FAKE_EDITOR_DO") == "fail":
    sys.exit(3)
text = path.read_text()
for pair in filter(None, os.environ.get("FAKE_EDITOR_DO", "").split("|")):
    old, new = pair.split("=>")
    text = text.replace(old, new)
path.write_text(text)
"""


@pytest.fixture
def editor(tmp_path: Path) -> object:
    """Environment for a stand-in editor that replaces text ("old=>new|...") and notes which
    file it was given, with its mode and its folder's."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    log = tmp_path / "editor.log"

    def env(action: str = "") -> dict[str, str]:
        return {
            "EDITOR": f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}",
            "VISUAL": "",
            "FAKE_EDITOR_LOG": str(log),
            "FAKE_EDITOR_DO": action,
        }

    env.log = log  # type: ignore[attr-defined]
    return env


def the_id(cli: Invoke, kind: str) -> str:
    (entry,) = json.loads(cli("log", "--json", "--kind", kind).stdout)
    return str(entry["id"])[:8]


def test_template_round_trip_keeps_the_persons_own_hashes() -> None:
    own = "# 1: the boss shouted\n## then I froze\n\nline four"
    text = render(["intro"], [("situation", "What?", own), ("x", "Q", "")])
    assert parse(text, ["situation", "x"]) == {"situation": own, "x": ""}
    moved = text.replace("#: What?", "#: What?\n#:: unknown\nkept")
    assert parse(moved, ["situation", "x"])["situation"] == "#:: unknown\nkept\n" + own


def test_edit_with_flags_changes_only_those(cli: Invoke, started: Path) -> None:
    cli("signal", "headache", "--type", "body", "--situation", "old", "--intensity", "2")
    ((created, updated_before),) = rows(started, "SELECT created_at, updated_at FROM signal")
    ident = the_id(cli, "signal")
    result = cli("edit", ident, "--situation", "new\nand more", "--limit", "near", "--at", "-1d")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Changed the signal: limit, situation, day, time.\n"
    ((what, situation, limit, intensity, day, time, created_after, updated),) = rows(
        started,
        'SELECT what, situation, "limit", intensity, day, time, created_at, updated_at FROM signal',
    )
    assert (what, situation, limit, intensity) == ("headache", "new\nand more", "near", 2)
    assert (day, time) == ((TODAY - timedelta(days=1)).isoformat(), None)
    assert created_after == created and str(updated) > str(updated_before)
    again = cli("edit", ident, "--situation", "new\nand more")
    assert again.stdout == "Nothing changed; it stays as it was.\n"


def test_changing_a_signals_name_links_it_anew(cli: Invoke, started: Path) -> None:
    cli("ladder", "add", "Tight shoulders", "--colour", "orange")
    cli("signal", "headache", "--type", "body")
    cli("edit", the_id(cli, "signal"), "--what", "tight  SHOULDERS")
    ((link,),) = rows(started, "SELECT ladder_item_id FROM signal")
    assert link == rows(started, "SELECT id FROM ladder_item")[0][0]


@pytest.mark.parametrize(
    ("args", "expected", "code"),
    [
        (("--energy", "5"), "--energy isn't part of a signal", 2),
        (("--life-stage", "x"), "--life-stage isn't part of a signal", 2),
        (("--intensity", "9"), "--intensity goes from 1 to 5", 2),
        (("--what", ""), "can't be empty", 2),
        (("--situation", "a\x1bb"), "--situation contains characters", 2),
        (("--at", "tomorrow"), "lies in the future", 2),
        ((), "Say what to change", 2),
    ],
)
def test_bad_edits_change_nothing(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str, code: int
) -> None:
    cli("signal", "headache", "--type", "body")
    ident = the_id(cli, "signal")
    before = snapshot(started)
    assert expected in refused(cli("edit", ident, *args), code)
    assert snapshot(started) == before


def test_ladder_items_and_exercises_are_not_edited_here(cli: Invoke, started: Path) -> None:
    cli("ladder", "add", "headache", "--colour", "red")
    cli("exercise", "add", "Walk")
    item = json.loads(cli("ladder", "--json").stdout)[0]["id"]
    exercise = json.loads(cli("exercise", "--json").stdout)[0]["id"]
    assert "herstel ladder add" in refused(cli("edit", item, "--note", "x"), 1)
    assert "stop it and add it anew" in refused(cli("edit", exercise, "--note", "x"), 1)


def test_a_checkin_is_edited_on_its_own_day(cli: Invoke, started: Path) -> None:
    cli("checkin", "--date", "yesterday", "--energy", "4", "--note", "tired")
    cli("checkin", "--energy", "6")
    yesterday = json.loads(cli("log", "--json").stdout)[0]["id"][:8]
    result = cli("edit", yesterday, "--energy", "5", "--note", "tired, then better")
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT energy, note FROM checkin ORDER BY day") == [
        (5, "tired, then better"),
        (6, None),
    ]
    refused(cli("edit", yesterday, "--situation", "x"), 2)
    refused(cli("edit", yesterday, "--at", "today"), 2)


def test_the_form_offers_the_current_values(cli: Invoke, started: Path) -> None:
    cli("pattern", "--situation", "Said yes", "--behaviour", "Stayed late", "--belief", "no-burden")
    ident = the_id(cli, "pattern")
    # Enter keeps an answer, "-" empties it, new text replaces it; the belief is kept.
    answers: list[object] = ["", "-", "Slept badly", "", "", "", "Next time I ask for a day"]
    result = cli("edit", ident, answers=answers)
    assert result.exit_code == 0, result.stderr
    assert rows(
        started,
        "SELECT situation, behaviour, consequence, belief, reflection FROM pattern_note",
    ) == [("Said yes", None, "Slept badly", "no-burden", "Next time I ask for a day")]


def test_edit_opens_the_editor_on_the_texts(cli: Invoke, started: Path, editor: object) -> None:
    cli("bio", "--life-stage", "School", "--text", "old memory")
    ident = the_id(cli, "bio")
    env = editor("old memory=>a new memory\nwith two lines")  # type: ignore[operator]
    result = cli("edit", ident, "--edit", env=env)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT life_stage, text FROM bio_note") == [
        ("School", "a new memory\nwith two lines")
    ]
    given, mode, folder_mode = editor.log.read_text().splitlines()  # type: ignore[attr-defined]
    assert (mode, folder_mode) == ("600", "700")
    assert not Path(given).parent.exists()  # the private folder is gone


def test_an_unchanged_template_or_a_failing_editor_saves_nothing(
    cli: Invoke, started: Path, editor: object
) -> None:
    cli("bio", "--text", "memory")
    ident = the_id(cli, "bio")
    before = snapshot(started)
    result = cli("edit", ident, "--edit", env=editor(""))  # type: ignore[operator]
    assert result.stdout == "The text came back unchanged; nothing was saved.\n"
    refused(cli("edit", ident, "--edit", env=editor("fail")), 1)  # type: ignore[operator]
    result = cli("signal", "x", "--type", "body", "--edit", env=editor(""))  # type: ignore[operator]
    assert result.stdout == "The text came back unchanged; nothing was saved.\n"
    assert snapshot(started) == before
    given = editor.log.read_text().splitlines()[0]  # type: ignore[attr-defined]
    assert not Path(given).parent.exists()


def test_edit_when_writing_a_new_entry(cli: Invoke, started: Path, editor: object) -> None:
    env = editor("#:: situation=>#:: situation\nA long meeting")  # type: ignore[operator]
    result = cli("signal", "restless", "--type", "emotion", "--edit", env=env)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT what, situation FROM signal") == [("restless", "A long meeting")]
    env = editor("#:: reflection=>#:: reflection\nIt went fine")  # type: ignore[operator]
    result = cli("pattern", "--situation", "Said no", "--edit", env=env)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT situation, reflection FROM pattern_note") == [
        ("Said no", "It went fine")
    ]
    env = editor("#:: note=>#:: note\nLong day,\n\tthen rest")  # type: ignore[operator]
    result = cli("checkin", "--energy", "4", "--edit", env=env)
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT note FROM checkin") == [("Long day,\n\tthen rest",)]


def test_a_required_text_emptied_in_the_editor_is_refused(
    cli: Invoke, started: Path, editor: object
) -> None:
    cli("pattern", "--situation", "Said yes")
    ident = the_id(cli, "pattern")
    before = snapshot(started)
    env = editor("Said yes=>")  # type: ignore[operator]
    assert "--situation can't be empty" in refused(cli("edit", ident, "--edit", env=env), 2)
    assert snapshot(started) == before


def test_no_editor_at_all(cli: Invoke, started: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("bio", "--text", "memory")
    monkeypatch.setenv("PATH", "/nonexistent")
    result = cli("edit", the_id(cli, "bio"), "--edit", env={"EDITOR": "", "VISUAL": ""})
    assert refused(result, 1) == "No editor found: set EDITOR, e.g. EDITOR=nano."


def test_the_editor_starts_from_the_days_note(cli: Invoke, started: Path, editor: object) -> None:
    cli("checkin", "--energy", "5", "--note", "# first\nfrom this morning")
    env = editor("from this morning=>from this morning\nand the evening")  # type: ignore[operator]
    assert cli("checkin", "--edit", env=env).exit_code == 0
    assert rows(started, "SELECT note FROM checkin") == [
        ("# first\nfrom this morning\nand the evening",)
    ]
    ident = the_id(cli, "checkin")
    env = editor("the evening=>the night")  # type: ignore[operator]
    assert cli("edit", ident, "--edit", env=env).exit_code == 0
    assert rows(started, "SELECT note FROM checkin") == [
        ("# first\nfrom this morning\nand the night",)
    ]


def test_a_look_back_is_never_left_empty(cli: Invoke, started: Path) -> None:
    cli("bio", "--life-stage", "School", "--text", "memory")
    ident = the_id(cli, "bio")
    assert cli("edit", ident, "--text", "").exit_code == 0
    before = snapshot(started)
    assert "needs at least one of" in refused(cli("edit", ident, "--life-stage", ""), 2)
    assert snapshot(started) == before


def test_practice_of_a_private_exercise_stays_private(cli: Invoke, started: Path) -> None:
    cli("exercise", "add", "Mine", "--private")
    cli("exercise", "done", "mine", "--minutes", "5")
    ident = the_id(cli, "practice")
    result = cli("edit", ident, "--not-private", "--minutes", "10")
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT minutes, private FROM practice") == [(10, 1)]
