"""The reading actions called directly: `prepare`, `insights` and the coach's overview and report,
over a small journal written through store functions, on the pinned day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from conftest import NOW_UTC, TODAY
from herstel.application.coach import add_note as add_coach_note
from herstel.application.coach import (
    client_overview,
    client_report,
    find_coach_client,
    merge_into,
)
from herstel.application.insights import insights
from herstel.application.prepare import prepare_page, prepare_summary
from herstel.core.insights import Period
from herstel.core.trajectory import TrajectoryPlan
from herstel.errors import HerstelError
from herstel.exchange.export import build_export
from herstel.store.db import Store, open_store
from herstel.store.queries import add_record, add_trajectory
from herstel.store.timeline import model_of

FIRST = TODAY - timedelta(days=20)  # session 1; session 2 falls on TODAY - 6, session 3 on + 8
PERIOD = TODAY - timedelta(days=6)  # the current period: since session 2
# The current period's energy, day by day; every day before it is a 3.
ENERGY = [4, 5, 6, 5, 7, 6, 8]


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


def checkin(day: date, energy: int) -> dict[str, Any]:
    return {
        "day": day, "energy": energy, "sleep_hours": 7.0, "sleep_quality": None, "food": None,
        "movement": None, "relaxation": None, "structure": None, "givers": ["a walk"],
        "drainers": None, "note": None, "private": False,
    }  # fmt: skip


def write_journal(store: Store) -> str:
    """21 days of check-ins, a crossed limit, a pattern note and an exercise practised twice."""
    plan = TrajectoryPlan(
        client_name="Anna", coach_name="Marieke", first_session_on=FIRST,
        first_session_time=None, phase1_sessions=5, phase2_weeks=3, focus="unknown",
        language="en",
    )  # fmt: skip
    at = noon(FIRST)
    with store.writing() as session:
        trajectory_id = add_trajectory(session=session, plan=plan, now=at).id
    # Apart: the unit of work knows no order between the trajectory and the entry models.
    with store.writing() as session:

        def add(kind: str, **values: Any) -> str:
            model = model_of(kind)
            record = add_record(
                session=session, model=model, trajectory_id=trajectory_id, now=at, values=values
            )
            return str(record.id)

        for n in range(21):
            day = FIRST + timedelta(days=n)
            add("checkin", **checkin(day, ENERGY[n - 14] if day >= PERIOD else 3))
        add("signal", day=TODAY - timedelta(days=2), time=None, what="headache", type="body",
            location=None, intensity=3, limit="crossed", fit=None, situation=None,
            response=None, ladder_item_id=None, private=False)  # fmt: skip
        add("pattern", day=TODAY - timedelta(days=3), time=None, situation="a deadline",
            behaviour=None, consequence=None, unnoticed=None, belief="perfection",
            belief_text=None, new_behaviour="asked for help", reflection=None,
            private=False)  # fmt: skip
        exercise = add("exercise", name="breathing", description=None, per_week=3, type=None,
                       session=None, private=False)  # fmt: skip
        for back in (1, 4):
            add("practice", day=TODAY - timedelta(days=back), time=None, minutes=10, note=None,
                exercise_id=exercise, private=False)  # fmt: skip
    return trajectory_id


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    store = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    trajectory_id = write_journal(store)
    yield store, trajectory_id
    store.close()


def test_prepare_summarises_the_current_period(journal: tuple[Store, str]) -> None:
    store, trajectory_id = journal
    prepared = prepare_summary(store=store, trajectory_id=trajectory_id, today=TODAY, since=None)
    summary, context = prepared.summary, prepared.context
    assert (summary.first, summary.last, summary.days, summary.session) == (PERIOD, TODAY, 7, 2)
    assert summary.checkins == 7
    assert summary.energy == ENERGY
    assert summary.energy_average == 5.9  # 41 / 7
    # 14 check-ins in the last fortnight (4.4) against 7 before (3.0): the one trend.
    assert summary.energy_trend.direction == "rising"
    assert (summary.energy_trend.recent_average, summary.energy_trend.before_average) == (4.4, 3.0)
    assert summary.sleep_average == 7.0
    assert summary.givers == [("a walk", 7)]
    [(colour, [signal])] = summary.signals
    assert colour is None and signal.text == "headache" and signal.detail["limit"] == "crossed"
    assert [item.text for item in summary.new_behaviours] == ["asked for help"]
    [exercise] = summary.exercises
    assert (exercise.name, exercise.practised, exercise.intended) == ("breathing", 2, 3)
    assert context.today == TODAY
    assert (context.next_number, context.next_day) == (3, TODAY + timedelta(days=8))


def test_prepare_since_a_day_of_ones_own(journal: tuple[Store, str]) -> None:
    store, trajectory_id = journal
    since = TODAY - timedelta(days=10)
    summary = prepare_summary(
        store=store, trajectory_id=trajectory_id, today=TODAY, since=since
    ).summary
    assert (summary.first, summary.days, summary.session, summary.checkins) == (since, 11, None, 11)
    assert summary.energy_average == 4.8  # four days of 3 and the period's 41, over 11


def test_insights_over_all_and_over_the_current_period(journal: tuple[Store, str]) -> None:
    store, trajectory_id = journal
    found = insights(store=store, trajectory_id=trajectory_id, period=Period("all"), today=TODAY)
    assert (found.period, found.first, found.last, len(found.days)) == ("all", FIRST, TODAY, 21)
    assert found.sessions == [(1, FIRST), (2, PERIOD)]
    assert found.signs.crossings == 1
    assert [n.new_behaviour for n in found.patterns.new_behaviours] == ["asked for help"]
    assert [e.practised for e in found.exercises] == [(TODAY - timedelta(4), TODAY - timedelta(1))]
    assert not found.empty
    current = insights(
        store=store, trajectory_id=trajectory_id, period=Period("current"), today=TODAY
    )
    assert (current.period, current.first, len(current.days)) == ("current", PERIOD, 7)
    assert current.sessions == [(2, PERIOD)]
    weeks = insights(store=store, trajectory_id=trajectory_id, period=Period("w", 1), today=TODAY)
    assert (weeks.period, weeks.first, len(weeks.days)) == ("1w", PERIOD, 7)


def test_the_page_reads_the_summary_and_the_whole_trajectory(journal: tuple[Store, str]) -> None:
    store, trajectory_id = journal
    page = prepare_page(store=store, trajectory_id=trajectory_id, today=TODAY, since=None)
    assert page.prepared.summary.first == PERIOD
    assert (page.found.first, page.found.last, len(page.found.days)) == (FIRST, TODAY, 21)


def test_an_empty_journal_has_nothing_to_show(tmp_path: Path) -> None:
    store = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    plan = TrajectoryPlan(
        client_name="Bo", coach_name=None, first_session_on=TODAY + timedelta(days=3),
        first_session_time=None, phase1_sessions=5, phase2_weeks=3, focus="unknown",
        language="en",
    )  # fmt: skip
    with store.writing() as session:
        trajectory_id = add_trajectory(session=session, plan=plan, now=noon(TODAY)).id
    summary = prepare_summary(
        store=store, trajectory_id=trajectory_id, today=TODAY, since=None
    ).summary
    assert (summary.first, summary.days, summary.checkins, summary.empty) == (TODAY, 1, 0, True)
    found = insights(store=store, trajectory_id=trajectory_id, period=Period("all"), today=TODAY)
    assert (found.first, found.days, found.empty) == (TODAY, [], True)
    store.close()


def test_the_coach_report_reads_up_to_the_clients_export(
    journal: tuple[Store, str], tmp_path: Path
) -> None:
    store, trajectory_id = journal
    exported = noon(TODAY - timedelta(days=2))
    with store.reading() as session:
        export, _ = build_export(
            conn=session.connection(), trajectory_id=trajectory_id, language="en", since=None,
            until=None, now=exported,
        )  # fmt: skip
    coach = open_store(tmp_path / "coach.db", backups=tmp_path / "backups", now=NOW_UTC)
    assert client_overview(store=None, today=TODAY) == []
    counts = merge_into(store=coach, export=export, now=exported + timedelta(minutes=1))
    assert counts.new > 0 and counts.updated == 0
    anna = find_coach_client(store=coach, typed="ann")
    add_coach_note(store=coach, client=anna, number=2, note="slept better", now=exported)
    [line] = client_overview(store=coach, today=TODAY)
    assert (line.fact.name, line.imported, line.figures.crossings) == ("Anna", 2, 1)
    assert line.coming is not None and line.coming.number == 3

    report = client_report(store=coach, typed="Anna", today=TODAY, since=None)
    assert (report.client.id, report.client.name, report.client.language) == (
        trajectory_id, "Anna", "en",
    )  # fmt: skip
    summary = report.prepared.summary
    assert (summary.first, summary.last, summary.session, summary.checkins) == (
        PERIOD, TODAY, 2, 7,
    )  # fmt: skip
    # The whole trajectory up to the day of the export: later days are not yet seen.
    assert (report.found.first, report.found.last) == (FIRST, TODAY - timedelta(days=2))
    assert len(report.found.days) == 19
    assert [(n.session, n.text) for n in report.notes] == [(2, "slept better")]
    with pytest.raises(HerstelError):
        client_report(store=coach, typed="Bram", today=TODAY, since=None)
    coach.close()
