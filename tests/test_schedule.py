"""The pure schedule: laying out ten sessions, which one is next, the periods between them, and
the checks on moving and holding one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herstel.core.schedule import (
    Plan,
    check_number,
    current_start,
    held,
    lay_out,
    moved,
    next_session,
    period_of,
    periods,
    relaid,
    restorable,
)
from herstel.core.summary import DayFigures, period_figures
from herstel.errors import HerstelError, UsageError

TODAY = date(2027, 3, 10)


def plans(first: date = date(2027, 1, 4), phase1: int = 5, weeks: int = 3) -> list[Plan]:
    days = lay_out(first, phase1_sessions=phase1, phase2_weeks=weeks)
    return [Plan(n, "planned", d) for n, d in enumerate(days, 1)]


def test_the_example_from_the_issue() -> None:
    days = lay_out(date(2027, 1, 4), phase1_sessions=5, phase2_weeks=3)
    assert [d.isoformat() for d in days] == [
        "2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15", "2027-03-01",
        "2027-03-22", "2027-04-12", "2027-05-03", "2027-05-24", "2027-06-14",
    ]  # fmt: skip


@given(
    first=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    phase1=st.integers(min_value=4, max_value=6),
    weeks=st.sampled_from([3, 4]),
)
def test_any_start_gives_ten_increasing_dates_with_the_right_gaps(
    first: date, phase1: int, weeks: int
) -> None:
    days = lay_out(first, phase1_sessions=phase1, phase2_weeks=weeks)
    assert len(days) == 10
    assert days[0] == first
    gaps = [(later - earlier).days for earlier, later in pairwise(days)]
    assert all(gap > 0 for gap in gaps)
    # Session n follows session n-1 by two weeks within phase 1, then by the phase-2 interval.
    assert gaps == [14] * (phase1 - 1) + [7 * weeks] * (10 - phase1)


def test_next_session_skips_held_cancelled_and_passed_ones() -> None:
    slots = plans()
    assert next_session(slots, today=date(2026, 12, 1)).number == 1  # type: ignore[union-attr]
    assert next_session(slots, today=date(2027, 1, 4)).number == 1  # type: ignore[union-attr]
    assert next_session(slots, today=date(2027, 1, 5)).number == 2  # type: ignore[union-attr]
    slots[1] = replace(slots[1], status="cancelled")
    assert next_session(slots, today=date(2027, 1, 5)).number == 3  # type: ignore[union-attr]
    assert next_session(slots, today=date(2027, 6, 15)) is None


def test_the_current_period_starts_at_the_most_recent_past_session() -> None:
    slots = plans()
    assert current_start(slots, today=date(2027, 2, 10), first_entry=None) == date(2027, 2, 1)
    # On the day of a session, the period before it is still the current one.
    assert current_start(slots, today=date(2027, 2, 1), first_entry=None) == date(2027, 1, 18)
    # A cancelled session is never a boundary.
    slots[2] = replace(slots[2], status="cancelled")
    assert current_start(slots, today=date(2027, 2, 10), first_entry=None) == date(2027, 1, 18)
    # A held session counts from the day it was held.
    slots[1] = replace(slots[1], status="held", held_on=date(2027, 1, 20))
    assert current_start(slots, today=date(2027, 2, 10), first_entry=None) == date(2027, 1, 20)


def test_before_the_first_session_the_period_runs_from_the_first_entry() -> None:
    slots = plans()
    today = date(2026, 12, 20)
    assert current_start(slots, today=today, first_entry=date(2026, 12, 1)) == date(2026, 12, 1)
    assert current_start(slots, today=today, first_entry=None) == today
    assert period_of(slots, today=today, first_entry=date(2026, 12, 1)) == (date(2026, 12, 1), None)


def test_periods_run_from_one_session_to_the_day_before_the_next() -> None:
    slots = plans()
    slots[2] = replace(slots[2], status="cancelled")  # 1 Feb: no boundary
    found = periods(slots, today=date(2027, 2, 20), first_entry=date(2026, 12, 28))
    assert [(p.session, p.start, p.end, p.current) for p in found] == [
        (None, date(2026, 12, 28), date(2027, 1, 3), False),
        (1, date(2027, 1, 4), date(2027, 1, 17), False),
        (2, date(2027, 1, 18), date(2027, 2, 14), False),
        (4, date(2027, 2, 15), None, True),  # the current period runs on until today
    ]
    assert found[-1].last_day(date(2027, 2, 20)) == date(2027, 2, 20)


def test_on_a_session_day_the_period_before_it_is_still_the_current_one() -> None:
    slots = plans()
    slots[1] = replace(slots[1], status="held", held_on=date(2027, 1, 18))
    found = periods(slots, today=date(2027, 1, 18), first_entry=None)
    assert [(p.session, p.start, p.end, p.current) for p in found] == [
        (1, date(2027, 1, 4), None, True),
    ]
    assert found[0].last_day(date(2027, 1, 18)) == date(2027, 1, 18)
    # The next day, session 2's period is the current one.
    found = periods(slots, today=date(2027, 1, 19), first_entry=None)
    assert [(p.session, p.end, p.current) for p in found] == [
        (1, date(2027, 1, 17), False),
        (2, None, True),
    ]


def test_a_cancelled_session_can_be_planned_again_if_the_order_allows() -> None:
    slots = plans()
    slots[2] = replace(slots[2], status="cancelled")
    restorable(slots, 3)
    slots[3] = replace(slots[3], planned_on=date(2027, 1, 30))  # moved before session 3's day
    with pytest.raises(HerstelError) as refused:
        restorable(slots, 3)
    assert refused.value.key == "plan.order"
    with pytest.raises(HerstelError) as refused:
        restorable(slots, 2)
    assert refused.value.key == "plan.undo.not_cancelled"


@pytest.mark.parametrize("text", ["0", "11", "-1", "four", "", "1.5", "٣"])
def test_session_numbers_are_1_to_10(text: str) -> None:
    with pytest.raises(UsageError) as refused:
        check_number(text)
    assert refused.value.key == "plan.number"
    assert [check_number(str(n)) for n in range(1, 11)] == list(range(1, 11))
    assert check_number(" 7 ") == 7


def test_moving_keeps_the_sessions_in_order() -> None:
    slots = plans()
    today = date(2027, 1, 1)
    assert moved(slots, 3, date(2027, 2, 3), shift_rest=False, today=today) == {3: date(2027, 2, 3)}
    with pytest.raises(HerstelError) as refused:
        moved(slots, 3, date(2027, 2, 15), shift_rest=False, today=today)
    assert refused.value.key == "plan.order_shift"
    shifted = moved(slots, 3, date(2027, 2, 15), shift_rest=True, today=today)
    assert shifted == {n: slots[n - 1].planned_on + timedelta(days=14) for n in range(3, 11)}
    # Moving before the session before it: --shift-rest cannot solve that.
    with pytest.raises(HerstelError) as refused:
        moved(slots, 3, date(2027, 1, 10), shift_rest=True, today=today)
    assert refused.value.key == "plan.order"


@pytest.mark.parametrize(("status", "key"), [("held", "plan.move.held"),
                                              ("cancelled", "plan.move.cancelled")])  # fmt: skip
def test_held_and_cancelled_sessions_do_not_move(status: str, key: str) -> None:
    slots = plans()
    slots[0] = replace(slots[0], status=status, held_on=date(2027, 1, 4))
    with pytest.raises(HerstelError) as refused:
        moved(slots, 1, date(2027, 1, 6), shift_rest=False, today=date(2027, 1, 1))
    assert refused.value.key == key


def test_shift_rest_leaves_held_and_cancelled_sessions_where_they_are() -> None:
    slots = plans()
    slots[5] = replace(slots[5], status="cancelled")
    shifted = moved(slots, 4, date(2027, 2, 17), shift_rest=True, today=date(2027, 1, 1))
    assert 6 not in shifted
    assert shifted[5] == date(2027, 3, 3)


@given(
    number=st.integers(min_value=1, max_value=10),
    days=st.integers(min_value=-60, max_value=60),
    shift_rest=st.booleans(),
)
def test_a_move_never_leaves_sessions_out_of_order(
    number: int, days: int, shift_rest: bool
) -> None:
    slots = plans()
    today = date(2026, 11, 1)
    target = slots[number - 1].planned_on + timedelta(days=days)
    try:
        changes = moved(slots, number, target, shift_rest=shift_rest, today=today)
    except HerstelError as error:
        assert error.key in {"plan.order", "plan.order_shift", "plan.move.past"}
        return
    after = [changes.get(s.number, s.planned_on) for s in slots]
    assert after == sorted(set(after))
    assert after[number - 1] == target


def test_holding_checks_the_day() -> None:
    slots = plans()
    assert held(slots, 1, None, today=date(2027, 1, 4)) == date(2027, 1, 4)
    assert held(slots, 1, date(2027, 1, 5), today=date(2027, 1, 6)) == date(2027, 1, 5)
    with pytest.raises(HerstelError) as refused:
        held(slots, 2, None, today=date(2027, 1, 10))
    assert refused.value.key == "plan.held.not_yet"
    with pytest.raises(HerstelError) as refused:
        held(slots, 1, date(2027, 1, 12), today=date(2027, 1, 10))
    assert refused.value.key == "plan.held.future"
    with pytest.raises(HerstelError) as refused:  # held after session 2's day
        held(slots, 1, date(2027, 1, 20), today=date(2027, 1, 30))
    assert refused.value.key == "plan.order"


def test_a_new_phase2_rhythm_moves_only_what_is_still_to_come_and_unmoved() -> None:
    slots = plans()
    slots[6] = replace(slots[6], original_on=date(2027, 4, 5))  # moved by hand
    changes = relaid(slots, phase1_sessions=5, phase2_weeks=4, today=date(2027, 3, 25))
    # Session 6 (22 Mar) has passed; 7 was moved by hand; 8 to 10 follow 7 every 4 weeks.
    assert changes == {
        8: date(2027, 5, 10),
        9: date(2027, 6, 7),
        10: date(2027, 7, 5),
    }


def test_period_figures_count_what_the_period_holds() -> None:
    figures = DayFigures(
        checkins={
            date(2027, 1, 4): (4, 6.5),
            date(2027, 1, 6): (6, None),
            date(2027, 2, 1): (9, 8.0),
        },
        signals=[
            (date(2027, 1, 5), "near"),
            (date(2027, 1, 5), "crossed"),
            (date(2027, 1, 7), None),
            (date(2027, 3, 1), "crossed"),
        ],
        patterns=[date(2027, 1, 4), date(2027, 3, 3)],
        practices=[date(2027, 1, 10), date(2027, 1, 10), date(2026, 12, 1)],
    )
    found = period_figures(figures, date(2027, 1, 4), date(2027, 1, 10))
    assert found.checkins == 2
    assert found.energy_avg == 5.0
    assert found.sleep_avg == 6.5
    assert (found.signals_near, found.signals_crossed) == (1, 1)
    assert (found.patterns, found.practices) == (1, 2)
    assert found.energy == [4, None, 6, None, None, None, None]
