"""The insight computations on hand-made series whose answers are known."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herstel.core.insights import (
    Day,
    ExerciseMark,
    PatternMark,
    SignalMark,
    energy_series,
    factors,
    fifth_threshold,
    patterns,
    practice,
    ranks,
    signs,
    spearman,
    weekly_averages,
    weeks_between,
)

START = date(2027, 1, 4)  # a Monday


def day(n: int) -> date:
    return START + timedelta(days=n)


def days(energies: list[int], **columns: list[object]) -> list[Day]:
    return [
        Day(day(n), e, **{name: values[n] for name, values in columns.items()})  # type: ignore[arg-type]
        for n, e in enumerate(energies)
    ]


# --- energy over time ---------------------------------------------------------------------------


def test_energy_series_empty_and_one_day() -> None:
    assert energy_series([]) == []
    (point,) = energy_series([Day(day(0), 4)])
    assert (point.day, point.energy, point.average) == (day(0), 4, 4.0)


def test_moving_average_counts_only_the_last_seven_calendar_days() -> None:
    series = [Day(day(n), e) for n, e in [(0, 2), (1, 4), (6, 6), (7, 8), (20, 10)]]
    averages = [p.average for p in energy_series(series)]
    # Day 7 no longer sees day 0; day 20 stands alone after a gap of weeks.
    assert averages == [2.0, 3.0, 4.0, 6.0, 10.0]


def test_weekly_averages_per_dimension_with_gaps_of_weeks() -> None:
    series = [
        Day(day(0), 2, sleep_hours=6.0),
        Day(day(1), 4, sleep_hours=None),
        Day(day(15), 7, sleep_hours=8.0),
    ]
    weeks = weeks_between(day(0), day(15))
    assert weeks == [day(0), day(7), day(14)]
    weekly = weekly_averages(series, weeks)
    assert weekly["energy"] == [3.0, None, 7.0]
    assert weekly["sleep_hours"] == [6.0, None, 8.0]
    assert weekly["food"] == [None, None, None]


# --- what goes with energy ----------------------------------------------------------------------


def test_ranks_share_ties() -> None:
    assert ranks([10, 20, 20, 5]) == [2.0, 3.5, 3.5, 1.0]


def test_spearman_known_values() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) is None  # a constant side
    assert spearman([1, 2], [1, 2]) is None  # too few pairs


def test_factors_of_no_days_and_one_day() -> None:
    assert factors([]).findings == []
    one = factors([Day(day(0), 5, sleep_hours=7.0, givers=("walk",))])
    assert one.findings == []


def test_sleep_above_the_median_same_day_and_next_day() -> None:
    # Nights of 8 hours are followed by energy 7, nights of 5 hours by energy 3; alternate days.
    hours = [8.0, 5.0] * 5
    energies = [7, 3] * 5
    result = factors(days(energies, sleep_hours=hours))
    sleep = {f.when: f for f in result.findings if f.factor == "sleep_hours"}
    same = sleep["same_day"]
    assert same.threshold == 6.5
    assert (same.with_.average, same.with_.days) == (7.0, 5)
    assert (same.without.average, same.without.days) == (3.0, 5)
    assert same.difference == 4.0
    assert same.correlation == pytest.approx(1.0)
    # The next day after a long night is a short-night day: the other way round.
    nxt = sleep["next_day"]
    assert (nxt.with_.average, nxt.with_.days) == (3.0, 5)
    assert (nxt.without.average, nxt.without.days) == (7.0, 4)  # the last day has no next day
    assert nxt.correlation == pytest.approx(-1.0)
    # Ordered by the size of the difference.
    assert [abs(f.difference) for f in result.findings] == sorted(
        (abs(f.difference) for f in result.findings), reverse=True
    )


def test_all_equal_values_make_no_finding() -> None:
    result = factors(days([5] * 10, food=[3] * 10))
    # Every day is at the median: nothing above it, so no comparison, and it says why.
    assert result.findings == []
    assert [(t.factor, t.with_days, t.without_days) for t in result.thin] == [("food", 0, 10)]


def test_ties_at_the_median_move_the_split_down() -> None:
    from herstel.core.insights import split_point

    assert split_point([8, 8, 8, 8, 5, 5, 5]) == 5  # nothing above 8: "more than 5" instead
    assert split_point([8, 8, 8, 5, 5]) == 8  # and not when that leaves too few below
    assert split_point([4] * 30 + [5, 5] + [3] * 5) == 3  # two days above 4 is too few
    assert split_point([1, 2, 3, 4, 5]) == 3
    assert split_point([4, 4, 4, 4, 4]) == 4  # nothing below either: no split to make
    assert split_point([8, 8, 8, 5, 5, 5, 5, 5]) == 5  # the median itself


def test_a_factor_present_every_day_is_thin() -> None:
    result = factors(days([4, 6, 5, 7, 3], givers=[("walk",)] * 5))
    assert result.findings == []
    assert [(t.factor, t.name, t.with_days, t.without_days) for t in result.thin] == [
        ("giver", "walk", 5, 0)
    ]


def test_givers_need_three_days_and_compare_without_case() -> None:
    givers = [("Walk",), ("walk",), ("WALK", "music"), (), (), (), ("music",)]
    energies = [8, 8, 8, 4, 4, 4, 5]
    result = factors(days(energies, givers=givers))
    walk = [f for f in result.findings if f.factor == "giver" and f.when == "same_day"]
    assert [(f.name, f.with_.average, f.without.average) for f in walk] == [("WALK", 8.0, 4.25)]
    assert not any(f.name == "music" for f in result.findings)  # named on two days only


def test_exercise_counts_only_the_days_it_ran() -> None:
    energies = [2, 2, 2, 2, 6, 6, 6, 4, 4, 4]
    exercise = ExerciseMark("e1", "Breathing", 3, first=day(4), practised=(day(4), day(5), day(6)))
    result = factors(days(energies), [exercise])
    (same,) = [f for f in result.findings if f.factor == "exercise" and f.when == "same_day"]
    # Days 0-3 came before the exercise and are not "without" it.
    assert (same.with_.days, same.without.days) == (3, 3)
    assert (same.with_.average, same.without.average) == (6.0, 4.0)


def test_gaps_of_weeks_break_the_next_day() -> None:
    # Check-ins a week apart: no day has a next day, so only same-day findings.
    series = [Day(day(7 * n), e, movement=m) for n, (e, m) in enumerate(
        [(7, 60), (7, 60), (7, 60), (3, 0), (3, 0), (3, 0)]
    )]  # fmt: skip
    result = factors(series)
    assert {f.when for f in result.findings} == {"same_day"}


# --- early warnings and good signs --------------------------------------------------------------


def test_fifth_threshold_includes_ties_and_needs_spread() -> None:
    assert fifth_threshold([5, 1, 2, 2, 9, 7, 8, 6, 4, 3], lowest=True) == 2
    assert fifth_threshold([5, 1, 2, 2, 9, 7, 8, 6, 4, 3], lowest=False) == 8
    assert fifth_threshold([5] * 10, lowest=True) is None
    assert fifth_threshold([1, 9], lowest=True) is None  # too few days
    assert fifth_threshold([], lowest=False) is None


def dipping(length: int = 30, dips: tuple[int, ...] = (9, 19, 29)) -> list[Day]:
    return [Day(day(n), 1 if n in dips else 6) for n in range(length)]


def test_a_signal_before_every_dip_is_a_warning() -> None:
    series = dipping()
    shoulders = [SignalMark(day(d - 1), "Tight shoulders") for d in (9, 19, 29)]
    noise = [SignalMark(day(n), "restless") for n in (2, 12, 15, 24)]
    result = signs(series, [*shoulders, *noise])
    assert (result.low_at_most, result.low_days, result.crossings) == (1, 3, 0)
    (warning,) = result.warnings
    assert warning.what == "Tight shoulders"
    assert (warning.days, warning.matched, warning.otherwise) == (3, 3, 0)
    assert (warning.events, warning.of_events) == (3, 3)
    assert warning.base == pytest.approx(6 / 30)


def test_crossed_limits_count_as_events_and_spelling_is_the_latest() -> None:
    series = [Day(day(n), 5) for n in range(20)]  # all alike: no low-energy days
    crossing = [SignalMark(day(d), "headache", limit="crossed") for d in (5, 12, 18)]
    spellings = ((5, "jaw"), (12, "Jaw"), (18, "jaw  clenched"))
    before = [SignalMark(day(d - 2), w) for d, w in spellings]
    result = signs(series, [*crossing, *before])
    assert result.low_at_most is None and result.low_days == 0 and result.crossings == 3
    # "jaw clenched" differs in words, so "jaw" came on two days: not enough for a warning.
    assert result.warnings == []
    again = signs(series, [*crossing, *before, SignalMark(day(16), "JAW")])
    assert [(w.what, w.days, w.events) for w in again.warnings] == [("JAW", 3, 3)]


def test_no_warnings_from_empty_or_one_day() -> None:
    assert signs([], []).warnings == []
    assert signs([Day(day(0), 1)], [SignalMark(day(0), "x", limit="crossed")]).warnings == []


def test_a_signal_as_common_before_dips_as_otherwise_is_no_warning() -> None:
    series = dipping()
    everywhere = [SignalMark(day(n), "tired") for n in range(30)]
    assert signs(series, everywhere).warnings == []


def test_good_signs_are_fitting_signals_on_good_days() -> None:
    series = [Day(day(n), 9 if n % 5 == 0 else 5) for n in range(30)]
    calm = [SignalMark(day(n), "calm", fit=True) for n in (0, 5, 10, 15)]
    unfit = [SignalMark(day(n), "light", fit=False) for n in (0, 5, 10, 15)]
    result = signs(series, [*calm, *unfit])
    assert result.good_at_least == 9 and result.good_days == 6
    assert [(g.what, g.matched, g.events, g.of_events) for g in result.good] == [("calm", 4, 4, 6)]


# --- patterns and practice ----------------------------------------------------------------------


def test_patterns_per_belief_per_month_and_new_behaviours() -> None:
    notes = [
        PatternMark("a", date(2027, 1, 5), "perfection", "Sent it at 80%"),
        PatternMark("b", date(2027, 1, 9), "perfection"),
        PatternMark("c", date(2027, 1, 20), "no-burden", "  "),
        PatternMark("d", date(2027, 3, 1), None, "Asked for help"),
    ]
    result = patterns(notes)
    assert result.by_month == [
        ("2027-01", {"perfection": 2, "no-burden": 1}),
        ("2027-03", {None: 1}),
    ]
    assert [n.id for n in result.new_behaviours] == ["a", "d"]
    assert patterns([]).by_month == []


def test_practice_per_iso_week_only_while_running() -> None:
    exercise = ExerciseMark(
        "e", "Breathing", 5, first=day(3), last=day(16), practised=(day(3), day(4), day(15))
    )
    (result,) = practice([exercise], day(0), day(27))
    assert [(w.week, w.practised) for w in result.weeks] == [(day(0), 2), (day(7), 0), (day(14), 1)]
    assert practice([exercise], day(21), day(27)) == []


@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 10), st.floats(0, 24)),
        max_size=60,
        unique_by=lambda x: x[0],
    )
)
def test_findings_always_rest_on_enough_days(raw: list[tuple[int, int, float]]) -> None:
    series = [Day(day(n), e, sleep_hours=h) for n, e, h in raw]
    result = factors(series)
    for finding in result.findings:
        assert finding.with_.days >= 3 and finding.without.days >= 3
        assert 0 <= finding.with_.average <= 10 and 0 <= finding.without.average <= 10
        if finding.correlation is not None:
            assert -1 - 1e-9 <= finding.correlation <= 1 + 1e-9
    points = energy_series(series)
    assert [p.day for p in points] == sorted(d.day for d in series)
    assert all(0 <= p.average <= 10 for p in points)
    warning = signs(series, [SignalMark(day(n), "x") for n, _, _ in raw[::2]])
    for w in warning.warnings:
        assert w.matched + w.otherwise == w.days and w.events <= w.of_events


def test_a_fitting_signal_is_never_a_warning() -> None:
    series = dipping()
    before = [SignalMark(day(d - 1), "light chest", fit=True) for d in (9, 19, 29)]
    assert signs(series, before).warnings == []
    unfit = [SignalMark(d.day, d.what, fit=False) for d in before]
    assert [w.what for w in signs(series, unfit).warnings] == ["light chest"]


def test_a_signal_must_stand_out_clearly() -> None:
    # Dips every other day: 2/3 of the logged days lie before one. A signal there 3 times out
    # of 4 is more often than that, but not 1.5 times as often: no warning.
    series = [Day(day(n), 1 if n % 3 == 0 else 6) for n in range(30)]
    signal = [SignalMark(day(n), "sigh") for n in (1, 2, 4, 6)]
    result = signs(series, signal)
    assert result.low_days == 10
    assert result.warnings == []
