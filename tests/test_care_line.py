"""The calm word on very hard days: after the check-in (or the signal) that makes one, once a
day, naming the coach, the GP, the company doctor and a crisis line; off when asked."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import TODAY, Invoke, refused, rows, snapshot
from herstel.core.care import hard_day

LINE = "You don't have to carry this alone"
INIT = ("init", "--name", "Anna", "--coach", "Marieke", "--first-session", "2027-01-04")


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def on(offset: int) -> dict[str, str]:
    return {"HERSTEL_TODAY": f"{day(offset)}T20:00"}


def test_three_days_at_0_or_1_bring_one_quiet_line(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    for offset, energy in ((-2, "1"), (-1, "0")):
        result = cli("checkin", "--energy", energy, env=on(offset))
        assert result.exit_code == 0 and LINE not in result.stdout
    result = cli("checkin", "--energy", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "These are heavy days. You don't have to carry this alone: Marieke, your GP (huisarts)"
        " or your company doctor (bedrijfsarts) can think along with you. If you feel very low"
        " or unsafe, call 113 (0800-0113)."
    )
    # At most once a day: a second check-in that day says nothing of it.
    again = cli("checkin", "--energy", "0", "--note", "still")
    assert again.exit_code == 0 and LINE not in again.stdout
    # The next day, still as low: said again, once.
    assert LINE in cli("checkin", "--energy", "0", env=on(1)).stdout


def test_a_missed_day_or_a_better_day_breaks_the_run(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("checkin", "--energy", "0", env=on(-3)).exit_code == 0
    assert cli("checkin", "--energy", "1", env=on(-1)).exit_code == 0  # -2 missed
    assert LINE not in cli("checkin", "--energy", "0").stdout
    assert LINE not in cli("checkin", "--energy", "2", env=on(1)).stdout


def test_over_the_limit_on_a_red_signal(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    assert cli("ladder", "add", "no sleep", "--colour", "red", "--action", "Call").exit_code == 0
    assert cli("ladder", "add", "headache", "--colour", "orange").exit_code == 0
    orange = cli("signal", "headache", "--type", "body", "--limit", "crossed")
    assert orange.exit_code == 0 and LINE not in orange.stdout  # orange: the agreed action
    red = cli("signal", "no sleep", "--type", "body", "--limit", "crossed")
    assert red.exit_code == 0, red.stderr
    assert red.stdout.splitlines()[-1].startswith(f"Today asked too much of you. {LINE}")
    # Said once today: the check-in after it does not say it again.
    assert LINE not in cli("checkin", "--energy", "5").stdout
    # A check-in of a later day with a red signal over the limit that day.
    assert cli("signal", "no sleep", "--type", "body", "--limit", "near", env=on(1)).exit_code == 0
    assert LINE not in cli("checkin", "--energy", "5", env=on(1)).stdout


def test_the_company_doctor_by_name_no_coach_and_another_crisis_line(
    cli: Invoke, home: Path
) -> None:
    assert cli("init", "--name", "Sam", "--first-session", "2027-01-04").exit_code == 0
    assert cli("config", "set", "company-doctor", "Dr. Visser").exit_code == 0
    result = cli("config", "set", "crisis-line", "116 123 (Samaritans)")
    assert result.exit_code == 0, result.stderr
    assert "116 123 (Samaritans)" in result.stdout
    for offset in (-2, -1, 0):
        result = cli("checkin", "--energy", "0", env=on(offset))
    assert "your coach, your GP (huisarts) or your company doctor (Dr. Visser)" in result.stdout
    assert result.stdout.rstrip().endswith("call 116 123 (Samaritans).")
    config = json.loads(cli("config", "--json").stdout)
    assert (config["care_line"], config["crisis_line"]) == (True, "116 123 (Samaritans)")
    assert cli("config", "set", "crisis-line", "default").exit_code == 0
    assert json.loads(cli("config", "--json").stdout)["crisis_line"] == "113 (0800-0113)"


def test_care_line_off_says_nothing(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    result = cli("config", "set", "care-line", "off")
    assert result.exit_code == 0, result.stderr
    for offset in (-2, -1, 0):
        result = cli("checkin", "--energy", "0", env=on(offset))
        assert result.exit_code == 0 and LINE not in result.stdout
    assert json.loads(cli("config", "--json").stdout)["care_line"] is False
    assert cli("config", "set", "care-line", "aan").exit_code == 0
    assert LINE in cli("checkin", "--energy", "0", env=on(1)).stdout


def test_care_line_takes_on_or_off_and_nothing_else(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    before = snapshot(home / "herstel.db")
    assert "care-line is on or off ('maybe' is neither)" in refused(
        cli("config", "set", "care-line", "maybe"), 2
    )
    assert "crisis-line" in refused(cli("config", "set", "crisis-line", "a\x07b"), 2)
    dutch = cli("--lang", "nl", "config", "set", "care-line", "soms")
    assert "care-line staat aan of uit ('soms' is geen van beide)" in refused(dutch, 2)
    assert snapshot(home / "herstel.db") == before


def test_in_dutch(cli: Invoke, home: Path) -> None:
    assert cli(*INIT).exit_code == 0
    for offset in (-2, -1):
        assert cli("checkin", "--energy", "1", env=on(offset)).exit_code == 0
    result = cli("--lang", "nl", "checkin", "--energy", "1")
    assert result.stdout.splitlines()[-1] == (
        "Het zijn zware dagen. Je hoeft het niet alleen te dragen: Marieke, je huisarts of je"
        " bedrijfsarts denken met je mee. Voel je je erg somber of niet veilig, bel dan"
        " 113 (0800-0113)."
    )
    # Noted as said today in the store's settings, not in any entry or export.
    assert rows(home / "herstel.db", "SELECT value FROM setting WHERE key = 'care-line-shown'") == [
        (TODAY.isoformat(),)
    ]


@given(
    st.dates(min_value=date(2000, 1, 3), max_value=date(2100, 1, 1)),
    st.lists(st.one_of(st.none(), st.integers(0, 10)), min_size=3, max_size=3),
)
def test_the_rule_needs_three_known_low_days(day_: date, levels: list[int | None]) -> None:
    energy = {
        day_ - timedelta(days=back): level for back, level in enumerate(levels) if level is not None
    }
    low = all(level is not None and level <= 1 for level in levels)
    assert (hard_day(day=day_, energy=energy, red_crossed=()) == "low_energy") is low
    # A red signal over the limit that day is enough on its own; one on another day is not.
    reason = hard_day(day=day_, energy=energy, red_crossed=[day_ - timedelta(days=1)])
    assert (reason is None) is not low
    assert hard_day(day=day_, energy=energy, red_crossed=[day_]) is not None
