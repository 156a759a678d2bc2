"""The one energy trend (core/trend.py): the last 14 days against the 14 before, named only with
at least 4 check-ins on each side, and said the same way in every command that shows it."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from conftest import TODAY, Invoke
from herstel.core.trend import LEAST, STEP, WINDOW, energy_trend


def days_back(levels: dict[int, int]) -> list[tuple[date, int]]:
    return [(TODAY - timedelta(days=back), level) for back, level in levels.items()]


def test_rising_falling_steady_and_too_few() -> None:
    rising = energy_trend(days_back({b: 7 if b < WINDOW else 5 for b in range(28)}), last=TODAY)
    assert rising.direction == "rising"
    assert (rising.recent_average, rising.before_average) == (7.0, 5.0)
    falling = energy_trend(days_back({b: 4 if b < WINDOW else 6 for b in range(28)}), last=TODAY)
    assert falling.direction == "falling"
    steady = energy_trend(days_back({b: 6 for b in range(28)}), last=TODAY)
    assert steady.direction == "steady"
    # Three check-ins before: too few to say, however large the difference.
    few = energy_trend(days_back({**{b: 8 for b in range(14)}, 15: 1, 16: 1, 17: 1}), last=TODAY)
    assert few.direction is None and few.before_checkins == 3


def test_days_outside_the_four_weeks_do_not_count() -> None:
    found = energy_trend(days_back({0: 5, 27: 5, 28: 9, 400: 1}), last=TODAY)
    assert (found.recent_checkins, found.before_checkins) == (1, 1)
    assert found.as_json()["before_from"] == (TODAY - timedelta(days=27)).isoformat()


@given(
    st.dictionaries(st.integers(0, 40), st.integers(0, 10), max_size=40),
    st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)
def test_the_direction_follows_the_two_averages(levels: dict[int, int], last: date) -> None:
    found = energy_trend([(last - timedelta(days=b), v) for b, v in levels.items()], last=last)
    recent = [v for b, v in levels.items() if b < WINDOW]
    before = [v for b, v in levels.items() if WINDOW <= b < 2 * WINDOW]
    if len(recent) < LEAST or len(before) < LEAST:
        assert found.direction is None
        return
    change = round(sum(recent) / len(recent), 1) - round(sum(before) / len(before), 1)
    expected = "rising" if change >= STEP else "falling" if change <= -STEP else "steady"
    assert found.direction == expected


def test_prepare_and_the_coach_say_the_same_trend(cli: Invoke, home: object) -> None:
    assert cli("init", "--name", "Bo", "--first-session", "-40d").exit_code == 0
    for back in range(27, -1, -1):
        energy = "3" if back >= WINDOW else "6"
        assert cli("checkin", "--date", f"-{back}d", "--energy", energy).exit_code == 0
    words = "rising: the last 14 days (6) against the 14 before (3)"
    assert words in cli("prepare").stdout
    found = json.loads(cli("prepare", "--json").stdout)["energy_trend"]
    assert (found["direction"], found["recent_average"], found["before_average"]) == (
        "rising",
        6.0,
        3.0,
    )
    dutch = cli("--lang", "nl", "prepare").stdout
    assert "stijgend: de laatste 14 dagen (6) tegenover de 14 daarvoor (3)" in dutch
