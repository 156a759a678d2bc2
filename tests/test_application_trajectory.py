"""The trajectory's application functions called directly: a store in a temporary folder, a
pinned day, no command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

import stores
from conftest import TODAY, snapshot
from herstel.application import plan, settings, setup
from herstel.errors import HerstelError
from herstel.store.db import Store
from herstel.store.plan import get_setting, sessions
from stores import stamp

FIRST = TODAY - timedelta(days=20)  # sessions 1 and 2 behind us, 3 to come
PLAN = stores.plan(first_session_on=FIRST, first_session_time=time(10, 0), language="nl")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    return home


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    with stores.opened(folder) as opened:
        yield opened


@pytest.fixture
def started(store: Store, folder: Path) -> Store:
    setup.start_trajectory(store=store, home=folder, plan=PLAN, now=stamp())
    return store


def test_init_then_plan(store: Store, folder: Path) -> None:
    trajectory = setup.start_trajectory(store=store, home=folder, plan=PLAN, now=stamp())
    assert (trajectory.client_name, trajectory.first_session_on) == ("Anna", FIRST)
    assert trajectory.first_session_time == "10:00"
    assert json.loads((folder / "settings.json").read_text()) == {"language": "nl"}
    with store.read() as conn:
        assert get_setting(conn=conn, key="language") == "nl"

    view = plan.read_plan(store=store, today=TODAY)
    assert view is not None
    assert view.trajectory == trajectory
    assert [s.number for s in view.sessions] == list(range(1, 11))
    assert [s.planned_on for s in view.sessions[:3]] == [
        FIRST, FIRST + timedelta(days=14), FIRST + timedelta(days=28),
    ]  # fmt: skip
    assert {s.time for s in view.sessions} == {"10:00"}
    assert [p.session for p in view.periods] == [1, 2]  # session 2's is the current one
    assert [p.current for p in view.periods] == [False, True]

    with pytest.raises(HerstelError) as refused:
        setup.start_trajectory(store=store, home=folder, plan=PLAN, now=stamp())
    assert refused.value.key == "init.exists"


def test_no_store_or_no_trajectory_reads_as_none(store: Store) -> None:
    assert plan.read_plan(store=None, today=TODAY) is None
    assert plan.read_plan(store=store, today=TODAY) is None
    assert settings.read_config(store=store, current_language="en") is None


def test_a_move_with_shift_rest_moves_the_later_sessions(started: Store) -> None:
    view = plan.read_plan(store=started, today=TODAY)
    assert view is not None
    before = {s.number: s for s in view.sessions}
    to = before[3].planned_on + timedelta(days=2)
    result = plan.move_session(
        store=started,
        today=TODAY,
        number=3,
        to=to,
        time=None,
        shift_rest=True,
        now=stamp(),
    )
    assert result.changed
    assert result.old_day == before[3].planned_on
    assert result.shifted == [4, 5, 6, 7, 8, 9, 10]
    trajectory_id = started_id(started)
    with started.read() as conn:
        after = {s.number: s for s in sessions(conn=conn, trajectory_id=trajectory_id)}
    assert after[3].original_on == before[3].planned_on
    for number in range(3, 11):
        assert after[number].planned_on == before[number].planned_on + timedelta(days=2)
        assert after[number].updated_at > before[number].updated_at
    assert after[2] == before[2]
    # Back to its first day: no longer moved.
    plan.move_session(
        store=started, today=TODAY, number=3, to=before[3].planned_on, time=None,
        shift_rest=False,
        now=stamp(),
    )  # fmt: skip
    with started.read() as conn:
        again = sessions(conn=conn, trajectory_id=trajectory_id)[2]
    assert again.original_on is None
    assert again.planned_on == before[3].planned_on


def test_a_refused_move_leaves_the_store_as_it_was(started: Store) -> None:
    view = plan.read_plan(store=started, today=TODAY)
    assert view is not None
    before = snapshot(started.path)
    with pytest.raises(HerstelError) as refused:  # onto session 4's day, without --shift-rest
        plan.move_session(
            store=started, today=TODAY, number=3, to=view.sessions[3].planned_on, time="09:00",
            shift_rest=False,
            now=stamp(),
        )  # fmt: skip
    assert refused.value.key == "plan.order_shift"
    with pytest.raises(HerstelError) as past:
        plan.move_session(
            store=started, today=TODAY, number=3, to=TODAY - timedelta(days=1), time=None,
            shift_rest=False,
            now=stamp(),
        )  # fmt: skip
    assert past.value.key == "plan.move.past"
    assert snapshot(started.path) == before
    assert plan.read_plan(store=started, today=TODAY) == view


def test_moving_session_one_moves_the_trajectorys_first_session(started: Store) -> None:
    plan.move_session(
        store=started, today=TODAY, number=1, to=None, time="", shift_rest=False, now=stamp()
    )
    view = plan.read_plan(store=started, today=TODAY)
    assert view is not None
    assert view.trajectory.first_session_time is None
    assert view.sessions[0].time is None
    assert view.trajectory.first_session_on == FIRST


def test_held_cancel_and_note(started: Store) -> None:
    held = plan.hold_session(
        store=started,
        today=TODAY,
        number=2,
        on=None,
        note="good",
        keep_note=False,
        now=stamp(),
    )
    assert (held.session.status, held.session.held_on, held.session.note) == (
        "held", FIRST + timedelta(days=14), "good",
    )  # fmt: skip
    cancelled = plan.cancel_session(store=started, number=4, reason="holiday", now=stamp())
    assert (cancelled.session.status, cancelled.session.cancel_reason) == ("cancelled", "holiday")
    undone = plan.cancel_session(store=started, number=4, reason=None, undo=True, now=stamp())
    assert (undone.session.status, undone.session.cancel_reason) == ("planned", None)
    assert plan.note_session(store=started, number=2, note="good", now=stamp()).changed is False
    assert plan.note_session(store=started, number=2, note=None, now=stamp()).session.note is None
    assert plan.session_note(store=started, number=2) is None
    with pytest.raises(HerstelError):
        plan.hold_session(
            store=None, today=TODAY, number=2, on=None, note=None, keep_note=True, now=stamp()
        )


@pytest.mark.parametrize(
    ("key", "value", "read"),
    [
        ("name", "Anne", lambda c: c.trajectory.client_name),
        ("coach", None, lambda c: c.trajectory.coach_name),
        ("language", "en", lambda c: c.language),
        ("focus", "meaning", lambda c: c.trajectory.focus),
        ("phase2-weeks", 4, lambda c: c.trajectory.phase2_weeks),
        ("coach-key", "age1example", lambda c: c.coach_key),
    ],
)
def test_config_set_reads_back(
    started: Store, folder: Path, key: str, value: object, read: object
) -> None:
    change = settings.change_setting(
        store=started, home=folder, today=TODAY, key=key, value=value,  # type: ignore[arg-type]
        current_language="en",
        now=stamp(),
    )  # fmt: skip
    assert change.changed
    config = settings.read_config(store=started, current_language="en")
    assert config is not None
    assert read(config) == value  # type: ignore[operator]
    language = json.loads((folder / "settings.json").read_text())["language"]
    assert language == ("en" if key == "language" else "nl")
    again = settings.change_setting(
        store=started, home=folder, today=TODAY, key=key, value=value,  # type: ignore[arg-type]
        current_language="en",
        now=stamp(),
    )  # fmt: skip
    assert not again.changed


def test_a_new_phase2_rhythm_relays_the_sessions_to_come(started: Store, folder: Path) -> None:
    change = settings.change_setting(
        store=started, home=folder, today=TODAY, key="phase2-weeks", value=4,
        current_language="en",
        now=stamp(),
    )  # fmt: skip
    assert change.relaid == [6, 7, 8, 9, 10]
    view = plan.read_plan(store=started, today=TODAY)
    assert view is not None
    days = [s.planned_on for s in view.sessions]
    assert [(b - a).days for a, b in pairwise(days[4:])] == [28] * 5


def test_the_sqlite3_plan_reads_what_the_orm_reads(started: Store) -> None:
    from herstel.store import queries
    from herstel.store import sessions as orm

    plan.move_session(
        store=started, today=TODAY, number=3, to=TODAY + timedelta(days=3), time="11:15",
        shift_rest=True,
        now=stamp(),
    )  # fmt: skip
    plan.hold_session(
        store=started, today=TODAY, number=2, on=None, note="x", keep_note=False, now=stamp()
    )
    view = plan.read_plan(store=started, today=TODAY)
    assert view is not None
    with started.reading() as session:
        trajectory = queries.active_trajectory(session=session)
        assert trajectory is not None
        slots = orm.sessions(session=session, trajectory_id=trajectory.id)
        first = orm.first_entry_day(session=session, trajectory_id=trajectory.id)
        language = queries.get_setting(session=session, key="language")
    assert language == "nl"
    assert first is None
    assert view.trajectory.id == trajectory.id
    assert view.trajectory.first_session_on == trajectory.first_session_on
    assert view.trajectory.updated_at == trajectory.updated_at
    fields = [
        "id", "trajectory_id", "created_at", "updated_at", "number", "phase", "planned_on",
        "time", "original_on", "held_on", "status", "note", "cancel_reason",
    ]  # fmt: skip
    assert [[getattr(s, f) for f in fields] for s in view.sessions] == [
        [getattr(s, f) for f in fields] for s in slots
    ]


def test_where_names_every_file(folder: Path) -> None:
    found = setup.locations(home=folder)
    assert found.store == folder / "herstel.db"
    assert found.settings == folder / "settings.json"
    assert not found.store.exists()


def started_id(store: Store) -> str:
    view = plan.read_plan(store=store, today=TODAY)
    assert view is not None
    return view.trajectory.id
