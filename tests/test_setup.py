"""`init`, `config`, `where` and the overview, through the CLI on a throwaway home."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import INIT, TODAY, Invoke, next_session_line, refused, rows, snapshot


def trajectory_row(store: Path) -> dict[str, object]:
    conn_rows = rows(
        store,
        "SELECT client_name, coach_name, first_session_on, first_session_time, phase1_sessions,"
        " phase2_weeks, focus, active FROM trajectory",
    )
    assert len(conn_rows) == 1
    keys = ("name", "coach", "first", "time", "phase1", "phase2", "focus", "active")
    return dict(zip(keys, conn_rows[0], strict=True))


def test_init_with_flags_stores_the_trajectory(cli: Invoke, home: Path) -> None:
    result = cli(
        *INIT,
        "--time",
        "14:30",
        "--phase1-sessions",
        "6",
        "--phase2-weeks",
        "4",
        "--focus",
        "self-relation",
        "--language",
        "en",
    )
    assert result.exit_code == 0, result.stderr
    assert "Anna" in result.stdout
    assert "Monday 4 January 2027" in result.stdout
    assert result.stderr == ""
    assert trajectory_row(home / "herstel.db") == {
        "name": "Anna",
        "coach": "Marieke",
        "first": "2027-01-04",
        "time": "14:30",
        "phase1": 6,
        "phase2": 4,
        "focus": "self-relation",
        "active": 1,
    }
    assert rows(home / "herstel.db", "SELECT key, value FROM setting") == [("language", "en")]
    assert json.loads((home / "settings.json").read_text()) == {"language": "en"}


def test_init_defaults(cli: Invoke, home: Path) -> None:
    assert cli("init", "--name", "Anna", "--first-session", "2027-01-04").exit_code == 0
    assert trajectory_row(home / "herstel.db") == {
        "name": "Anna",
        "coach": None,
        "first": "2027-01-04",
        "time": None,
        "phase1": 5,
        "phase2": 3,
        "focus": "unknown",
        "active": 1,
    }


def test_init_in_dutch_words(cli: Invoke, home: Path) -> None:
    result = cli(
        "--lang", "nl", "init", "--name", "Joost", "--first-session", "4-1-2027", "--time", "9.30"
    )
    assert result.exit_code == 0, result.stderr
    assert "maandag 4 januari 2027" in result.stdout
    row = trajectory_row(home / "herstel.db")
    assert (row["first"], row["time"]) == ("2027-01-04", "09:30")
    # The language in effect when init runs is the stored one.
    assert json.loads((home / "settings.json").read_text()) == {"language": "nl"}
    assert "Hoi Joost." in cli().stdout


def test_init_relative_first_session(cli: Invoke, home: Path) -> None:
    assert cli("init", "--name", "A", "--first-session", "tomorrow").exit_code == 0
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    assert trajectory_row(home / "herstel.db")["first"] == tomorrow


def test_home_and_files_are_private(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for name in ("herstel.db", "settings.json"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name


def test_init_refuses_a_second_trajectory(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    result = cli("init", "--name", "Bob", "--first-session", "2027-02-01")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "already" in result.stderr
    assert snapshot(started) == before


BAD_INIT = [
    (("--name", "A", "--first-session", "2026-02-30"), "isn't a day on the calendar"),
    (("--name", "A", "--first-session", "someday"), "isn't a date"),
    (("--name", "A", "--first-session", "4-1-2027"), "2027-01-04 or 2027-04-01"),  # two days
    (("--name", "A", "--first-session", "+400d"), "more than a year"),
    (("--name", "A", "--first-session", "2027-01-04", "--time", "25:00"), "isn't a time"),
    (("--name", "A", "--first-session", "2027-01-04", "--phase1-sessions", "3"), "from 4 to 6"),
    (("--name", "A", "--first-session", "2027-01-04", "--phase1-sessions", "7"), "from 4 to 6"),
    (("--name", "A", "--first-session", "2027-01-04", "--phase1-sessions", "five"), "whole"),
    (("--name", "A", "--first-session", "2027-01-04", "--phase2-weeks", "2"), "3 or 4"),
    (("--name", "A", "--first-session", "2027-01-04", "--focus", "work"), "isn't one of"),
    (("--name", "A", "--first-session", "2027-01-04", "--language", "de"), "nl or en"),
    (("--name", "A\x07", "--first-session", "2027-01-04"), "control characters"),
    (("--name", "  ", "--first-session", "2027-01-04"), "can't be empty"),
    (("--name", "A" * 81, "--first-session", "2027-01-04"), "80 characters"),
    (("--first-session", "2027-01-04"), "--name"),
    (("--name", "A"), "--first-session"),
    (("--name",), "needs a value"),
    (("--nmae", "A"), "has no option --nmae"),
    (("--name", "A", "--first-session", "2027-01-04", "extra"), "see 'herstel init --help'"),
]


@pytest.mark.parametrize(("args", "message"), BAD_INIT)
def test_bad_init_input_is_a_usage_error_and_changes_nothing(
    cli: Invoke, home: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli("init", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    store = home / "herstel.db"
    assert not store.exists() or rows(store, "SELECT count(*) FROM trajectory") == [(0,)]


def test_bad_input_in_dutch(cli: Invoke) -> None:
    result = cli("--lang", "nl", "init", "--name", "A", "--first-session", "30-2-2026")
    assert result.exit_code == 2
    assert result.stderr == "'30-2-2026' bestaat niet op de kalender.\n"


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", "de", "where"),
        ("nonsense",),
        ("where", "--home", "elsewhere"),
        ("--home",),
        ("config", "set", "name"),
    ],
)
def test_command_line_mistakes_are_one_line_exit_2(cli: Invoke, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unknown_command_lists_candidates(cli: Invoke) -> None:
    result = cli("confg")
    assert result.stderr == "There is no command 'confg'. Did you mean: config?\n"


def test_global_option_after_command_is_explained(cli: Invoke) -> None:
    result = cli("--lang", "nl", "where", "--home", "x")
    assert result.stderr == "--home hoort vóór de opdracht, bijv. 'herstel --home ... checkin'.\n"


def test_no_trajectory_off_a_terminal_says_to_init(cli: Invoke) -> None:
    for args in [(), ("config",), ("config", "set", "name", "B")]:
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stderr == "There is no trajectory here yet. Start with: herstel init\n"


def test_first_run_on_a_terminal_asks_the_setup_questions(cli: Invoke, home: Path) -> None:
    answers: list[object] = ["Anna", "", "2027-01-04", "10:00", True, "unknown", "", ""]
    result = cli("config", answers=answers)
    assert result.exit_code == 0, result.stderr
    assert "Welcome" in result.stderr  # messages; the command's own output is on stdout
    assert result.stdout.startswith("Settings")
    row = trajectory_row(home / "herstel.db")
    assert (row["name"], row["coach"], row["time"], row["phase1"]) == ("Anna", None, "10:00", 5)


def test_interactive_init_asks_only_what_is_missing(cli: Invoke, home: Path) -> None:
    answers: list[object] = [False, 4, 4, "meaning", "-14d"]
    result = cli(*INIT, "--time", "9:00", "--contract-hours", "32", answers=answers)
    assert result.exit_code == 0, result.stderr
    row = trajectory_row(home / "herstel.db")
    assert (row["phase1"], row["phase2"], row["focus"]) == (4, 4, "meaning")
    work = rows(home / "herstel.db", "SELECT sick_since, contract_hours FROM trajectory")
    assert work == [((TODAY - timedelta(days=14)).isoformat(), 32.0)]


def test_config_shows_every_setting(cli: Invoke, started: Path) -> None:
    result = cli("config")
    assert result.exit_code == 0
    for label, value in [
        ("name", "Anna"),
        ("coach", "Marieke"),
        ("language", "English (en)"),
        ("focus", "not clear yet"),
        ("first-session", "Monday 4 January 2027"),
        ("time", "(none)"),
        ("phase1-sessions", "5"),
        ("phase2-weeks", "3"),
        ("coach-key", "(none)"),
    ]:
        assert any(line.split(None, 1) == [label, value] for line in result.stdout.splitlines()), (
            label,
            result.stdout,
        )
    assert "\x1b[" not in result.stdout


def test_config_json(cli: Invoke, started: Path) -> None:
    result = cli("config", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == {
        "name": "Anna",
        "coach": "Marieke",
        "language": "en",
        "focus": "unknown",
        "first_session": "2027-01-04",
        "time": None,
        "phase1_sessions": 5,
        "phase2_weeks": 3,
        "coach_key": None,
        "coach_signing_key": None,
        "contract_hours": None,
        "sick_since": None,
        "company_doctor": None,
        "care_line": True,
        "crisis_line": "113 (0800-0113)",
        "trajectory_id": data["trajectory_id"],
    }
    assert rows(started, "SELECT id FROM trajectory") == [(data["trajectory_id"],)]


@pytest.mark.parametrize(
    ("key", "value", "column", "stored"),
    [
        ("name", "Anne", "client_name", "Anne"),
        ("coach", "Joop", "coach_name", "Joop"),
        ("coach", "", "coach_name", None),
        ("focus", "Meaning", "focus", "meaning"),
        ("phase2-weeks", "4", "phase2_weeks", 4),
    ],
)
def test_config_set_changes_one_setting(
    cli: Invoke, started: Path, key: str, value: str, column: str, stored: object
) -> None:
    ((_created, updated_before),) = rows(started, "SELECT created_at, updated_at FROM trajectory")
    result = cli("config", "set", key, value)
    assert result.exit_code == 0, result.stderr
    assert "->" in result.stdout
    ((now, updated_after),) = rows(started, f"SELECT {column}, updated_at FROM trajectory")  # noqa: S608
    assert now == stored
    assert str(updated_after) > str(updated_before)
    assert str(updated_after).endswith("+00:00")


def test_config_set_language_switches_and_persists(cli: Invoke, started: Path, home: Path) -> None:
    result = cli("config", "set", "language", "nl")
    assert result.exit_code == 0
    assert json.loads((home / "settings.json").read_text()) == {"language": "nl"}
    assert rows(started, "SELECT value FROM setting WHERE key='language'") == [("nl",)]
    assert "Instellingen" in cli("config").stdout
    # --lang is this run only, and HERSTEL_LANG beats the stored language.
    assert "Settings" in cli("--lang", "en", "config").stdout
    assert "Settings" in cli("config", env={"HERSTEL_LANG": "en"}).stdout
    assert "Instellingen" in cli("config").stdout


def test_settable_keys_agree() -> None:
    from herstel.cli.setup import SETTABLE, _settable

    assert tuple(_settable()) == SETTABLE


def test_config_set_same_value_says_so(cli: Invoke, started: Path) -> None:
    before = snapshot(started)
    result = cli("config", "set", "name", "Anna")
    assert result.exit_code == 0
    assert "already" in result.stdout
    assert snapshot(started) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("colour", "blue"), "is not a setting"),
        (("first-session", "2027-02-01"), "is not a setting"),
        (("name", ""), "can't be empty"),
        (("language", "fr"), "nl or en"),
        (("focus", "burnout"), "isn't one of"),
        (("phase2-weeks", "2"), "3 or 4"),
        (("phase2-weeks", "drie"), "whole number"),
        (("coach", "Jo\x1b[31m"), "control characters"),
    ],
)
def test_bad_config_set_changes_nothing(
    cli: Invoke, started: Path, home: Path, args: tuple[str, ...], message: str
) -> None:
    before, settings = snapshot(started), (home / "settings.json").read_bytes()
    result = cli("config", "set", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(started) == before
    assert (home / "settings.json").read_bytes() == settings


def test_where_prints_paths_without_creating_anything(cli: Invoke, home: Path) -> None:
    result = cli("where")
    assert result.exit_code == 0
    assert str(home / "herstel.db") in result.stdout
    assert not home.exists()
    data = json.loads(cli("where", "--json").stdout)
    assert data == {
        "home": str(home),
        "store": str(home / "herstel.db"),
        "coach_store": str(home / "coach.db"),
        "settings": str(home / "settings.json"),
        "backups": str(home / "backups"),
        "client_identity": str(home / "client-identity.txt"),
        "coach_identity": str(home / "coach-identity.txt"),
        "coach_signing_key": str(home / "coach-signing-key.pem"),
        "inbox": str(home / "inbox"),
    }


def test_home_option_beats_environment(cli: Invoke, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    data = json.loads(cli("--home", str(other), "where", "--json").stdout)
    assert data["home"] == str(other)
    data = json.loads(cli(f"--home={other}", "where", "--json").stdout)
    assert data["home"] == str(other)


def test_platform_data_folder_when_nothing_is_set(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HERSTEL_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    data = json.loads(cli("where", "--json").stdout)
    assert data["home"] == str(tmp_path / "xdg" / "herstel")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "Gebruik:"),
        ({"LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "Gebruik:"),
        ({"LANG": "en_GB.UTF-8"}, "Usage:"),
        ({"LANG": "nl_NL.UTF-8", "HERSTEL_LANG": "en"}, "Usage:"),
        ({}, "Usage:"),
    ],
)
def test_language_from_environment(cli: Invoke, env: dict[str, str], expected: str) -> None:
    assert cli("--help", env=env).stdout.startswith(expected)


def test_help_is_translated_everywhere(cli: Invoke) -> None:
    for args in [(), ("init",), ("config",), ("config", "set"), ("where",)]:
        english = cli(*args, "--help")
        dutch = cli("--lang", "nl", *args, "--help")
        assert english.exit_code == dutch.exit_code == 0
        assert english.stdout.startswith("Usage:")
        assert dutch.stdout.startswith("Gebruik:")
        assert "Opties:" in dutch.stdout
        assert "Show this" not in dutch.stdout
    assert "medisch hulpmiddel" in cli("--lang", "nl", "--help").stdout
    assert "113" in cli("--help").stdout


def test_overview(cli: Invoke, started: Path) -> None:
    result = cli()
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "Hello Anna.",
        "Your trajectory with Marieke.",
        next_session_line(),
    ]


# --- issue 19: the coach's key, with its fingerprint ---------------------------------------------


def test_config_shows_the_coach_keys_fingerprint_as_the_coach_sees_it(
    cli: Invoke, started: Path, tmp_path: Path
) -> None:
    import hashlib

    def fingerprint_of(text: str) -> str:  # printf %s KEY | sha256sum
        digits = hashlib.sha256(text.encode()).hexdigest()[:20]
        return " ".join(digits[n : n + 4] for n in range(0, 20, 4))

    coach = ["--home", str(tmp_path / "coach")]
    pin = cli(*coach, "coach", "keygen").stdout.strip()
    key, signing = pin.split("+")
    fingerprint, signed = fingerprint_of(key), fingerprint_of(signing)
    shown = cli(*coach, "coach", "key")
    assert shown.stdout == pin + "\n"  # the line alone on stdout, for a script to take
    assert f"Its fingerprint: {fingerprint}." in shown.stderr
    assert f"Your signing key's fingerprint: {signed}." in shown.stderr
    result = cli("config", "set", "coach-key", pin)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"coach-key: (none) -> {pin}",
        f"Its fingerprint: {fingerprint}. Compare it with your coach's: herstel coach key shows "
        "them the same one.",
        f"Its signing key's fingerprint: {signed}. herstel coach key shows your coach the same "
        "one.",
    ]
    lines = cli("config").stdout.splitlines()
    expected = f"{key}  (fingerprint {fingerprint}); signing key {signed}"
    assert any(line.split(None, 1) == ["coach-key", expected] for line in lines), lines
    data = json.loads(cli("config", "--json").stdout)
    assert (data["coach_key"], data["coach_signing_key"]) == (key, signing)
    dutch = cli("--lang", "nl", "config").stdout
    assert f"{key}  (vingerafdruk {fingerprint}); ondertekensleutel {signed}" in dutch
    assert f"De vingerafdruk: {fingerprint}." in cli("--lang", "nl", *coach, "coach", "key").stderr
    # The same line again: said so, with its fingerprints.
    again = cli("config", "set", "coach-key", pin).stdout.splitlines()
    assert again[0] == "coach-key was already set to that."
    # A bare age key still sets the key, and pins no signing key.
    assert cli("config", "set", "coach-key", key).exit_code == 0
    assert json.loads(cli("config", "--json").stdout)["coach_signing_key"] is None


@pytest.mark.parametrize(
    "bad",
    ["+ed25519:short", "+ed25519:" + "A" * 44, "+rsa:" + "A" * 43, "+", "+ed25519:" + "!" * 43],
    ids=["short", "long", "not-ed25519", "empty", "not-base64"],
)
def test_a_bad_signing_key_is_refused(cli: Invoke, started: Path, tmp_path: Path, bad: str) -> None:
    key = cli("--home", str(tmp_path / "coach"), "coach", "keygen").stdout.split("+")[0].strip()
    before = snapshot(started)
    message = refused(cli("config", "set", "coach-key", key + bad), 2)
    assert message.startswith("That isn't a coach's key as herstel coach key prints it")
    assert snapshot(started) == before


def test_a_new_coach_key_shows_the_old_and_the_new_fingerprint(
    cli: Invoke, started: Path, tmp_path: Path
) -> None:
    from herstel.exchange.crypto import fingerprint

    first = cli("--home", str(tmp_path / "c1"), "coach", "keygen").stdout.strip()
    second = cli("--home", str(tmp_path / "c2"), "coach", "keygen").stdout.strip()
    old, new = first.split("+")[0], second.split("+")[0]
    assert cli("config", "set", "coach-key", first).exit_code == 0
    result = cli("config", "set", "coach-key", second)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == (
        f"Its fingerprint: {fingerprint(new)}. Compare it with your coach's: herstel coach "
        "key shows them the same one."
    )
    assert lines[3] == f"The key it replaces had the fingerprint {fingerprint(old)}."
    dutch = cli("--lang", "nl", "config", "set", "coach-key", first).stdout
    assert f"De sleutel die hij vervangt had de vingerafdruk {fingerprint(new)}." in dutch
    # Cleared: no fingerprint to show.
    assert cli("config", "set", "coach-key", "none").stdout.splitlines() == [
        f"coach-key: {first} -> (none)"
    ]
