"""The journal's application functions called directly: a store in a temporary folder, a pinned
day, and what was stored and returned; and check-in rows read alike by sqlite3 and the ORM."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

import stores
from conftest import NOW_UTC, TODAY
from herstel.application.checkin import checkin_form, save_checkin
from herstel.application.journal import find_record, read_log
from herstel.application.overview import overview
from herstel.core.checkin import Change, CheckinFields
from herstel.errors import HerstelError, UsageError
from herstel.store import checkins
from herstel.store.db import Store, open_store
from herstel.store.models import Checkin
from herstel.store.rows import active_trajectory
from stores import stamp

PLAN = stores.plan(first_session_on=TODAY + timedelta(days=30))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stores.opened(tmp_path) as opened:
        yield opened


@pytest.fixture
def started(store: Store) -> Store:
    return stores.started(store, PLAN)


def test_save_and_read_back_with_a_pinned_day(started: Store) -> None:
    yesterday = TODAY - timedelta(days=1)
    values = CheckinFields(energy=6, sleep_hours=7.5, givers=("walk", "tea"), note="quiet")
    saved = save_checkin(store=started, today=TODAY, day=yesterday, values=values, now=stamp())
    assert saved.changes is None
    assert saved.days == (yesterday, TODAY)  # from the first check-in on
    assert saved.levels == (6, None)
    form = checkin_form(store=started, day=yesterday)
    assert form.existing == CheckinFields(
        energy=6, sleep_hours=7.5, givers=("walk", "tea"), note="quiet", private=False
    )
    assert form.named["givers"] == ("walk", "tea")
    assert checkin_form(store=started, day=TODAY).existing is None
    assert checkin_form(store=started, day=TODAY).latest == form.existing
    found = read_log(store=started, kinds=["checkin"])
    assert [(entry.kind, entry.day, entry.energy) for entry in found.entries] == [
        ("checkin", yesterday, 6)
    ]
    again = find_record(store=started, today=TODAY, prefix=found.entries[0].id[:8])
    assert again.record == found.entries[0]


def test_an_update_reports_what_changed(started: Store) -> None:
    save_checkin(
        store=started, today=TODAY, day=TODAY, values=CheckinFields(energy=4, food=3), now=stamp()
    )
    update = CheckinFields(energy=7, drainers=("meetings",), cleared=frozenset({"food"}))
    saved = save_checkin(store=started, today=TODAY, day=TODAY, values=update, now=stamp())
    assert saved.changes == (
        Change("food", 3, None),
        Change("energy", 4, 7),
        Change("drainers", None, ("meetings",)),
    )
    same = save_checkin(
        store=started, today=TODAY, day=TODAY, values=CheckinFields(energy=7), now=stamp()
    )
    assert same.changes == ()
    stored = checkin_form(store=started, day=TODAY).existing
    assert stored == CheckinFields(energy=7, drainers=("meetings",), private=False)


def test_a_new_checkin_needs_its_energy(started: Store) -> None:
    with pytest.raises(UsageError):
        save_checkin(
            store=started, today=TODAY, day=TODAY, values=CheckinFields(food=2), now=stamp()
        )
    assert read_log(store=started, kinds=["checkin"]).entries == ()


def test_an_empty_home_stays_empty(tmp_path: Path) -> None:
    assert overview(store=None, today=TODAY) is None
    assert checkin_form(store=None, day=TODAY).has_trajectory is False
    store = open_store(tmp_path / "herstel.db", backups=tmp_path / "backups", now=NOW_UTC)
    try:
        assert overview(store=store, today=TODAY) is None
        with pytest.raises(HerstelError):
            save_checkin(
                store=store, today=TODAY, day=TODAY, values=CheckinFields(energy=5), now=stamp()
            )
        with store.read() as conn:
            assert conn.execute("SELECT count(*) FROM checkin").fetchone()[0] == 0
    finally:
        store.close()


def test_the_overview_of_a_pinned_day(started: Store) -> None:
    for offset, energy in ((-2, 3), (0, 6)):
        day = TODAY + timedelta(days=offset)
        save_checkin(
            store=started, today=TODAY, day=day, values=CheckinFields(energy=energy), now=stamp()
        )
    found = overview(store=started, today=TODAY)
    assert found is not None
    assert found.client_name == "Anna"
    assert found.todays_energy == 6
    assert found.levels == (3, None, 6)
    assert found.next_session is not None and found.next_session.number == 1
    assert [entry.energy for entry in found.recent] == [3, 6]


def test_a_sqlite3_row_reads_back_alike_through_the_orm(started: Store) -> None:
    values = CheckinFields(
        energy=5, sleep_hours=6.25, sleep_quality=2, food=4, movement=30, relaxation=15,
        structure=3, givers=("zon", "café"), drainers=None, note="één\tlijn\nnog een",
    )  # fmt: skip
    save_checkin(store=started, today=TODAY, day=TODAY, values=values, now=stamp())
    with started.reading() as session:
        row = session.exec(select(Checkin)).one()
    with started.read() as conn:
        stored = checkins.checkin_on(conn=conn, trajectory_id=row.trajectory_id, day=TODAY)
    assert stored is not None
    assert (row.id, row.day, row.created_at, row.updated_at) == (
        stored.id, stored.day, stored.created_at, stored.updated_at,
    )  # fmt: skip
    assert row.givers == ["zon", "café"]
    assert (row.energy, row.sleep_hours, row.note, row.private) == (5, 6.25, values.note, False)
    assert stored.values == CheckinFields(**{**values.given(), "private": False})


def test_an_orm_row_reads_back_alike_through_sqlite3(started: Store) -> None:
    now = datetime.now(UTC)
    with started.read() as conn:
        trajectory = active_trajectory(conn=conn)
    assert trajectory is not None
    with started.writing() as session:
        session.add(
            Checkin(
                id="0123abcd-0000-4000-8000-000000000000", trajectory_id=trajectory.id,
                created_at=now, updated_at=now, day=date(2026, 12, 1), energy=8,
                sleep_hours=7.0, sleep_quality=None, food=None, movement=None, relaxation=None,
                structure=5, givers=None, drainers=["noise"], note=None, private=True,
            )
        )  # fmt: skip
    with started.writing() as session:
        # An emptied list: the ORM writes JSON null, which reads as no list at all.
        stored_row = session.get(Checkin, "0123abcd-0000-4000-8000-000000000000")
        assert stored_row is not None
        stored_row.drainers = None
    with started.read() as conn:
        stored = checkins.checkin_on(conn=conn, trajectory_id=trajectory.id, day=date(2026, 12, 1))
    assert stored is not None
    assert stored.created_at == now
    assert stored.values == CheckinFields(energy=8, sleep_hours=7.0, structure=5, private=True)
    found = find_record(store=started, today=TODAY, prefix="0123abcd")
    assert (found.record.drainers, found.record.private) == (None, True)
