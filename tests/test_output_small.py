"""The smaller rough edges of issue 20: a coach's home opens the coach's overview, `plan cancel`
says how to plan a replacement, and help lists full sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Invoke


def test_herstel_alone_in_a_coachs_home_shows_the_clients(
    cli: Invoke, home: Path, tmp_path: Path
) -> None:
    assert cli("init", "--name", "Anna", "--first-session", "-3d").exit_code == 0
    assert cli("checkin", "--energy", "6").exit_code == 0
    export = tmp_path / "anna.json"
    assert cli("export", "--plain", "-o", str(export)).exit_code == 0
    coach = tmp_path / "coach"
    assert cli("--home", str(coach), "coach", "import", str(export)).exit_code == 0
    for lang, folder in (("en", "This is a coach's folder"), ("nl", "Dit is de map van een coach")):
        shown = cli("--home", str(coach), "--lang", lang)
        assert shown.exit_code == 0, shown.stderr
        assert "Anna" in shown.stdout and folder in shown.stderr
        assert "name" not in shown.stdout.lower().split("anna")[0]  # no set-up question
    assert not (coach / "herstel.db").exists()  # no client's journal was started


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_plan_cancel_says_how_to_plan_a_replacement(cli: Invoke, started: Path, lang: str) -> None:
    shown = cli("--lang", lang, "plan", "cancel", "3")
    assert shown.exit_code == 0, shown.stderr
    assert "herstel plan cancel 3 --undo" in shown.stdout
    assert "herstel plan move 3 --to" in shown.stdout
    assert ("9 sessions are left" if lang == "en" else "Er blijven 9 sessies over") in shown.stdout
    undone = cli("--lang", lang, "plan", "cancel", "3", "--undo")
    assert "--undo" not in undone.stdout


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("group", [(), ("coach",), ("plan",), ("exercise",), ("ladder",)])
def test_help_lists_full_sentences(cli: Invoke, lang: str, group: tuple[str, ...]) -> None:
    shown = cli("--lang", lang, *group, "--help").stdout
    listed = shown[shown.index("Commands:" if lang == "en" else "Opdrachten:") :]
    rows = listed.split("\n\n")[0].splitlines()[1:]
    assert rows
    assert not [row for row in rows if row.rstrip().endswith("...")]  # never cut short
    # Each command's words run to the end of a sentence.
    said = " ".join(" ".join(rows).split())
    assert said.endswith((".", ")"))
