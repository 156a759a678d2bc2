"""`herstel ladder` through the CLI, and how `herstel signal` meets the ladder: linking a signal
to its ladder item by name, and the agreed action (or a gentle line) near a limit."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import Invoke, Result, refused, rows, snapshot

LADDER = "SELECT signal, colour, action, private, removed_at FROM ladder_item ORDER BY created_at"
JSON_KEYS = ["id", "signal", "colour", "action", "private", "created_at", "updated_at"]
NO_TRAJECTORY = "There is no trajectory here yet. Start with: herstel init\n"
GENTLE_NEAR = "Your body and feelings are telling you something. What would help you right now?"
GENTLE_CROSSED = "You went over a limit. Be gentle with yourself; rest comes first now."


def ladder(store: Path) -> list[tuple[object, ...]]:
    return rows(store, LADDER)


def item_ids(store: Path) -> dict[str, str]:
    return {
        str(name): str(ident) for name, ident in rows(store, "SELECT signal, id FROM ladder_item")
    }


def signal_links(store: Path) -> list[tuple[object, ...]]:
    return rows(store, "SELECT what, ladder_item_id FROM signal ORDER BY created_at")


def add(cli: Invoke, what: str, *flags: str) -> Result:
    result = cli("ladder", "add", what, *flags)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result


def signal(cli: Invoke, what: str, *flags: str) -> list[str]:
    """The lines `herstel signal` says, after the first ("Noted: ...")."""
    result = cli("signal", what, "--type", "body", *flags)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Noted: {' '.join(what.split())} (")
    return lines[1:]


def listed(cli: Invoke) -> list[dict[str, object]]:
    result = cli("ladder", "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def logged_signals(cli: Invoke) -> list[dict[str, object]]:
    result = cli("log", "--json", "--kind", "signal")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- add, list, remove ------------------------------------------------------------------------


def test_add_list_remove(cli: Invoke, started: Path) -> None:
    result = add(cli, "tight shoulders", "--colour", "orange", "--action", "Take a walk")
    assert result.stdout == "tight shoulders is on your ladder now (orange).\n"
    assert ladder(started) == [("tight shoulders", "orange", "Take a walk", 0, None)]
    ((ident, trajectory, created, updated),) = rows(
        started, "SELECT id, trajectory_id, created_at, updated_at FROM ladder_item"
    )
    assert uuid.UUID(str(ident))
    assert rows(started, "SELECT id FROM trajectory") == [(trajectory,)]
    assert created == updated
    assert datetime.fromisoformat(str(created)).utcoffset() == timedelta(0)

    for args in (("ladder",), ("ladder", "list")):
        shown = cli(*args)
        assert shown.exit_code == 0, shown.stderr
        assert shown.stdout == (
            "colour  signal           what I do then\norange  tight shoulders  Take a walk\n"
        )

    result = cli("ladder", "remove", "Tight  Shöulders")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Took tight shoulders off your ladder. Signals you noted with it keep their link.\n"
    )
    ((name, removed, updated_now),) = rows(
        started, "SELECT signal, removed_at, updated_at FROM ladder_item"
    )
    assert name == "tight shoulders"
    assert removed is not None
    assert removed == updated_now
    assert str(removed) > str(created)
    assert listed(cli) == []
    assert cli("ladder").stdout.startswith("Your ladder is still empty.")


def test_every_flag_is_stored(cli: Invoke, started: Path) -> None:
    action = "Stop what I'm doing,\n\tstretch, and drink water"
    result = cli(
        "ladder",
        "add",
        "Racing heart",
        "--colour",
        "red",
        "--action",
        action,
        "--private",
        answers=[],  # a terminal, as far as the prompts know: still nothing may be asked
    )
    assert result.exit_code == 0, result.stderr
    assert ladder(started) == [("Racing heart", "red", action, 1, None)]
    (item,) = listed(cli)
    assert (item["signal"], item["colour"], item["action"], item["private"]) == (
        "Racing heart",
        "red",
        action,
        True,
    )
    assert cli("ladder").stdout.splitlines()[1] == (
        "red     Racing heart (private)  Stop what I'm doing, stretch, and drink water"
    )


def test_only_what_and_colour_are_needed(cli: Invoke, started: Path) -> None:
    add(cli, "  restless   legs ", "--colour", "green")
    assert ladder(started) == [("restless legs", "green", None, 0, None)]
    assert cli("ladder").stdout.splitlines()[1] == "green   restless legs  -"


def test_the_form_asks_what_no_flag_gave(cli: Invoke, started: Path) -> None:
    result = cli("ladder", "add", answers=["Clenched jaw", "red", "Breathe out slowly"])
    assert result.exit_code == 0, result.stderr
    assert ladder(started) == [("Clenched jaw", "red", "Breathe out slowly", 0, None)]


def test_sorted_by_colour_on_screen_and_oldest_first_in_json(cli: Invoke, started: Path) -> None:
    add(cli, "racing heart", "--colour", "red", "--action", "Stop")
    add(cli, "tight shoulders", "--colour", "orange", "--action", "Walk")
    add(cli, "calm breathing", "--colour", "green")
    add(cli, "short temper", "--colour", "orange")
    result = cli("ladder")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "colour  signal           what I do then\n"
        "green   calm breathing   -\n"
        "orange  tight shoulders  Walk\n"
        "orange  short temper     -\n"
        "red     racing heart     Stop\n"
    )
    data = listed(cli)
    assert [list(item) for item in data] == [JSON_KEYS] * 4
    assert [(item["signal"], item["colour"]) for item in data] == [
        ("racing heart", "red"),
        ("tight shoulders", "orange"),
        ("calm breathing", "green"),
        ("short temper", "orange"),
    ]
    ids = [i for (i,) in rows(started, "SELECT id FROM ladder_item ORDER BY created_at")]
    assert [item["id"] for item in data] == ids
    assert [item["action"] for item in data] == ["Stop", "Walk", None, None]
    assert all(item["private"] is False for item in data)
    created = [str(item["created_at"]) for item in data]
    assert created == sorted(created)
    assert cli("ladder", "--json").stdout == cli("ladder", "list", "--json").stdout


@pytest.mark.parametrize(
    ("word", "colour"),
    [
        ("groen", "green"),
        ("oranje", "orange"),
        ("rood", "red"),
        ("ORANJE", "orange"),
        ("Red", "red"),
    ],
)
def test_dutch_colour_words_are_stored_in_english(
    cli: Invoke, started: Path, word: str, colour: str
) -> None:
    result = add(cli, "hoofdpijn", "--colour", word)
    assert result.stdout == f"hoofdpijn is on your ladder now ({colour}).\n"
    assert ladder(started) == [("hoofdpijn", colour, None, 0, None)]


def test_the_ladder_in_dutch(cli: Invoke, started: Path) -> None:
    result = cli("--lang", "nl", "ladder", "add", "hoofdpijn", "--colour", "oranje")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "hoofdpijn staat nu op je ladder (oranje).\n"
    add(cli, "hartkloppingen", "--colour", "red", "--private")
    result = cli("--lang", "nl", "ladder")
    assert result.stdout == (
        "kleur   signaal                 wat ik dan doe\n"
        "oranje  hoofdpijn               -\n"
        "rood    hartkloppingen (privé)  -\n"
    )
    assert [
        item["colour"] for item in json.loads(cli("--lang", "nl", "ladder", "--json").stdout)
    ] == [
        "orange",
        "red",
    ]


# --- adding again -----------------------------------------------------------------------------


def test_adding_again_updates_and_says_so(cli: Invoke, started: Path) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Walk")
    ((created,),) = rows(started, "SELECT created_at FROM ladder_item")
    result = add(cli, "TIGHT shöulders", "--colour", "rood", "--action", "Stop and lie down")
    assert result.stdout == "Changed Tight shoulders on your ladder (red).\n"
    assert ladder(started) == [("Tight shoulders", "red", "Stop and lie down", 0, None)]
    ((created_now, updated),) = rows(started, "SELECT created_at, updated_at FROM ladder_item")
    assert created_now == created
    assert str(updated) > str(created)
    (item,) = listed(cli)
    assert item["updated_at"] == datetime.fromisoformat(str(updated)).isoformat()


def test_adding_again_without_action_keeps_the_action(cli: Invoke, started: Path) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Walk")
    result = add(cli, "tight shoulders", "--colour", "red")
    assert result.stdout == "Changed Tight shoulders on your ladder (red).\n"
    assert ladder(started) == [("Tight shoulders", "red", "Walk", 0, None)]


def test_adding_again_unchanged_says_so(cli: Invoke, started: Path) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Walk")
    stored = rows(started, "SELECT * FROM ladder_item")
    for args in (("--colour", "orange"), ("--colour", "oranje", "--action", "Walk")):
        result = add(cli, "tight shoulders", *args)
        assert result.stdout == "Tight shoulders was already on your ladder like this (orange).\n"
        assert rows(started, "SELECT * FROM ladder_item") == stored


def test_adding_again_without_private_keeps_it_private(cli: Invoke, started: Path) -> None:
    add(cli, "Racing heart", "--colour", "red", "--private")
    stored = rows(started, "SELECT * FROM ladder_item")
    result = add(cli, "racing heart", "--colour", "red")
    assert result.stdout == "Racing heart was already on your ladder like this (red).\n"
    assert rows(started, "SELECT * FROM ladder_item") == stored
    add(cli, "racing heart", "--colour", "orange")
    assert ladder(started) == [("Racing heart", "orange", None, 1, None)]


def test_not_private_given_makes_it_public(cli: Invoke, started: Path) -> None:
    add(cli, "Racing heart", "--colour", "red", "--private")
    result = add(cli, "racing heart", "--colour", "red", "--not-private")
    assert result.stdout == "Changed Racing heart on your ladder (red).\n"
    assert ladder(started) == [("Racing heart", "red", None, 0, None)]


# --- bad input --------------------------------------------------------------------------------


def test_no_colour_off_a_terminal_is_a_usage_error(cli: Invoke, started: Path) -> None:
    add(cli, "calm", "--colour", "green")
    before = snapshot(started)
    message = refused(cli("ladder", "add", "restless", "--action", "Walk"), 2)
    assert message == "--colour is needed; add it to the command."
    assert refused(cli("ladder", "add", "calm"), 2) == message  # also for one already there
    assert snapshot(started) == before


def test_no_signal_off_a_terminal_is_a_usage_error(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    message = refused(cli("ladder", "add", "--colour", "red"), 2)
    assert message == "WHAT is needed; add it to the command."
    assert snapshot(started) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("restless", "--colour", "blue"),
            "--colour can be green|orange|red; 'blue' isn't one of them.",
        ),
        (("restless", "--colour", "geel"), "--colour can be green|orange|red; 'geel' isn't"),
        (("restless", "--colour", ""), "--colour can be green|orange|red"),
        (("restless", "--colour", "red", "--action", "a\x07b"), "--action contains characters"),
        (("rest\x1bless", "--colour", "red"), "WHAT contains characters that can't be stored"),
        (("rest\nless", "--colour", "red"), "WHAT contains characters that can't be stored"),
        (("x" * 81, "--colour", "red"), "WHAT can be 80 characters at most."),
        (("  ", "--colour", "red"), "WHAT can't be empty."),
        (("calm", "--colour", "purple"), "--colour can be green|orange|red"),  # one already there
    ],
)
def test_bad_input_is_exit_2_and_nothing_written(
    cli: Invoke, started: Path, args: tuple[str, ...], expected: str
) -> None:
    add(cli, "calm", "--colour", "green", "--action", "Carry on")
    before = snapshot(started)
    assert refused(cli("ladder", "add", *args), 2).startswith(expected)
    assert snapshot(started) == before
    assert ladder(started) == [("calm", "green", "Carry on", 0, None)]


def test_removing_what_is_not_there_lists_the_ladder(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    message = refused(cli("ladder", "remove", "racing heart"), 1)
    assert message == "'racing heart' isn't on your ladder. On it now: nothing yet."
    add(cli, "tight shoulders", "--colour", "orange")
    add(cli, "racing heart", "--colour", "red")
    add(cli, "gone", "--colour", "green")
    assert cli("ladder", "remove", "gone").exit_code == 0
    before = snapshot(started)
    for typed in ("headache", "tight", "gone"):  # no start of a name; nothing removed twice
        message = refused(cli("ladder", "remove", typed), 1)
        assert message == (
            f"'{typed}' isn't on your ladder. On it now: tight shoulders, racing heart."
        )
    assert snapshot(started) == before
    assert refused(cli("ladder", "remove", "a\x07b"), 2).startswith("WHAT contains")


# --- signals and the ladder -------------------------------------------------------------------


def test_a_signal_links_to_its_item_whatever_the_case_or_accents(
    cli: Invoke, started: Path
) -> None:
    add(cli, "Tight shoulders", "--colour", "orange")
    add(cli, "Racing heart", "--colour", "red")
    lines = signal(cli, "TÎGHT   shoulders")
    assert lines == ["It's on your ladder: orange."]
    ids = item_ids(started)
    assert signal_links(started) == [("TÎGHT shoulders", ids["Tight shoulders"])]
    (entry,) = logged_signals(cli)
    assert entry["ladder_item_id"] == ids["Tight shoulders"]
    assert "ladder: orange" in cli("log").stdout

    assert signal(cli, "tight") == []  # the start of a name is not the name
    assert signal_links(started)[-1] == ("tight", None)
    assert logged_signals(cli)[-1]["ladder_item_id"] is None


def test_signals_noted_before_the_ladder_item_are_linked_by_adding_it(
    cli: Invoke, started: Path
) -> None:
    signal(cli, "Hoofdpijn", "--at", "-3d")
    signal(cli, "hoofdpÿn")  # a different word once folded: stays apart
    signal(cli, "HOOFDPIJN")
    signal(cli, "moe")
    result = add(cli, "hoofdpijn", "--colour", "orange")
    assert result.stdout == (
        "hoofdpijn is on your ladder now (orange).\n"
        "Signals you noted earlier under this name, now linked to it: 2.\n"
    )
    ident = item_ids(started)["hoofdpijn"]
    assert signal_links(started) == [
        ("Hoofdpijn", ident),
        ("hoofdpÿn", None),
        ("HOOFDPIJN", ident),
        ("moe", None),
    ]
    assert [e["ladder_item_id"] for e in logged_signals(cli)] == [ident, None, ident, None]
    result = add(cli, "hoofdpijn", "--colour", "red")  # an update links nothing new
    assert result.stdout == "Changed hoofdpijn on your ladder (red).\n"


def test_removing_keeps_the_history(cli: Invoke, started: Path) -> None:
    add(cli, "Racing heart", "--colour", "red", "--action", "Stop")
    signal(cli, "racing heart", "--at", "yesterday")
    ident = item_ids(started)["Racing heart"]
    assert cli("ladder", "remove", "racing heart").exit_code == 0
    assert rows(started, "SELECT id, removed_at IS NOT NULL FROM ladder_item") == [(ident, 1)]
    assert signal_links(started) == [("racing heart", ident)]
    assert logged_signals(cli)[0]["ladder_item_id"] == ident
    assert "ladder: red" in cli("log").stdout  # the earlier signal still shows its colour

    # Off the ladder: a new signal by that name is not linked, and no agreed action is shown.
    assert signal(cli, "Racing heart", "--limit", "near") == [GENTLE_NEAR]
    assert signal_links(started)[-1] == ("Racing heart", None)

    # Put back on: a new item; the earlier signal keeps its link to the old one.
    result = add(cli, "racing heart", "--colour", "orange")
    assert "now linked to it: 1." in result.stdout  # the signal noted while it was off
    new = rows(started, "SELECT id FROM ladder_item WHERE removed_at IS NULL")
    assert new != [(ident,)]
    assert signal_links(started) == [("racing heart", ident), ("Racing heart", new[0][0])]


@pytest.mark.parametrize(
    ("limit", "shown"), [("near", "near"), ("crossed", "crossed"), ("dichtbij", "near")]
)
def test_near_a_limit_the_agreed_action_is_shown(
    cli: Invoke, started: Path, limit: str, shown: str
) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Stand up and stretch")
    lines = signal(cli, "tight shoulders", "--limit", limit)
    assert lines == [
        "It's on your ladder: orange.",
        "What you agreed for it: Stand up and stretch",
    ]
    assert rows(started, 'SELECT "limit" FROM signal') == [(shown,)]


@pytest.mark.parametrize(("limit", "gentle"), [("near", GENTLE_NEAR), ("crossed", GENTLE_CROSSED)])
def test_near_a_limit_without_an_agreed_action_a_gentle_line(
    cli: Invoke, started: Path, limit: str, gentle: str
) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Stand up and stretch")
    add(cli, "Racing heart", "--colour", "red")  # on the ladder, no action agreed
    assert signal(cli, "headache", "--limit", limit) == [gentle]
    said = signal(cli, "racing heart", "--limit", limit)
    assert said[:2] == ["It's on your ladder: red.", gentle]
    # Over the limit on a red signal: a word on who can help follows (tests/test_care_line.py).
    assert len(said) == (3 if limit == "crossed" else 2)
    assert signal_links(started)[0] == ("headache", None)


def test_away_from_a_limit_neither_action_nor_gentle_line(cli: Invoke, started: Path) -> None:
    add(cli, "Tight shoulders", "--colour", "orange", "--action", "Stand up and stretch")
    assert signal(cli, "tight shoulders", "--limit", "none") == ["It's on your ladder: orange."]
    assert signal(cli, "tight shoulders") == ["It's on your ladder: orange."]
    assert signal(cli, "headache", "--limit", "none") == []
    assert signal(cli, "headache") == []


def test_the_agreed_action_in_dutch(cli: Invoke, started: Path) -> None:
    add(cli, "Hoofdpijn", "--colour", "orange", "--action", "Even naar buiten")
    result = cli("--lang", "nl", "signal", "hoofdpijn", "--type", "lichaam", "--limit", "dichtbij")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Het staat op je ladder: oranje.",
        "Wat je hiervoor hebt afgesproken: Even naar buiten",
    ]


# --- no trajectory ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("ladder",),
        ("ladder", "--json"),
        ("ladder", "list", "--json"),
        ("ladder", "add", "restless", "--colour", "red"),
        ("ladder", "add", "restless", "--colour", "oranje", "--action", "Walk", "--private"),
        ("ladder", "remove", "restless"),
    ],
)
def test_without_a_trajectory_nothing_is_created(
    cli: Invoke, home: Path, args: tuple[str, ...]
) -> None:
    assert refused(cli(*args), 1) + "\n" == NO_TRAJECTORY
    assert not (home / "herstel.db").exists()
    assert not home.exists()
