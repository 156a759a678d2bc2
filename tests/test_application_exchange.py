"""The export's and the demo's application functions, called directly: a store in a temporary
folder, a pinned day, no command line. What they return and what they store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from conftest import NOW_UTC, TODAY
from herstel.application import export as exporting
from herstel.application.demo import check_demo_home, make_demo
from herstel.core.trajectory import TrajectoryPlan
from herstel.errors import HerstelError, UsageError
from herstel.exchange import crypto
from herstel.exchange.merge import merge_export
from herstel.exchange.read import parse_export
from herstel.store.db import Store, open_store
from herstel.store.models import Checkin
from herstel.store.queries import add_record, add_trajectory, put_setting
from herstel.store.signal_models import LadderItem, Signal
from stores import stamp

AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
FIRST = TODAY - timedelta(days=30)
PASSPHRASE = "correct horse battery"  # noqa: S105 - a test's


def new_store(folder: Path, name: str = "herstel.db") -> Store:
    return open_store(folder / name, backups=folder / "backups", now=NOW_UTC)


def journal(folder: Path) -> Store:
    """A trajectory begun 30 days before the pinned day, with check-ins of which one private,
    a private ladder item and the signal on it (private with it), and a shared signal."""
    store = new_store(folder)
    plan = TrajectoryPlan(
        client_name="Anna", coach_name="Marieke", first_session_on=FIRST,
        first_session_time=None, phase1_sessions=5, phase2_weeks=3, focus="unknown",
        language="en",
    )  # fmt: skip
    with store.writing() as session:
        trajectory = add_trajectory(session=session, plan=plan, now=AT)
        put_setting(session=session, key="language", value="nl", now=AT)

        def add(model: Any, **values: Any) -> Any:
            return add_record(
                session=session, model=model, trajectory_id=trajectory.id, now=AT, values=values
            )

        for offset in range(10):
            add(Checkin, day=FIRST + timedelta(days=offset * 3), energy=offset,
                private=offset == 4)  # fmt: skip
        hidden = add(LadderItem, signal="headache", colour="red", private=True)
        add(Signal, day=FIRST + timedelta(days=1), what="headache", type="body",
            ladder_item_id=hidden.id, private=False)  # fmt: skip
        add(Signal, day=FIRST + timedelta(days=2), what="restless", type="emotion", private=False)
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    made = journal(tmp_path)
    yield made
    made.close()


def test_an_export_holds_what_was_shared_and_counts_what_stayed_behind(store: Store) -> None:
    built = exporting.build_export(
        store=store, today=TODAY, since=None, until=None, lang="en", now=stamp()
    )
    export = built.export
    assert export.trajectory.language == "nl"  # the stored language beats the run's
    assert [c.energy for c in export.checkins] == [0, 1, 2, 3, 5, 6, 7, 8, 9]
    assert [s.what for s in export.signals] == ["restless"]
    assert export.ladder == []
    assert built.shared == {
        "checkin": 9, "signal": 1, "pattern": 0, "bio": 0, "practice": 0, "ladder": 0,
        "exercise": 0, "session": 10, "follow_up": 0, "tombstone": 0,
    }  # fmt: skip
    assert dict(+built.held.private) == {"checkin": 1, "signal": 1, "ladder": 1}
    assert not built.held.outside
    assert (built.entries, built.private) == (10, 2)
    # Sessions fortnightly from the first day (nothing before it): days 0-9, then 15-27.
    assert [(p.session, p.start, counted["checkin"]) for p, counted in built.periods] == [
        (1, FIRST, 4),
        (2, FIRST + timedelta(days=14), 5),
    ]


def test_a_period_limits_the_entries_and_says_what_fell_outside(store: Store) -> None:
    since, until = FIRST + timedelta(days=3), FIRST + timedelta(days=12)
    built = exporting.build_export(
        store=store, today=TODAY, since=since, until=until, lang="en", now=stamp()
    )
    assert [c.day for c in built.export.checkins] == [
        FIRST + timedelta(days=d) for d in (3, 6, 9)
    ]  # day 12 is private
    assert (built.export.period.since, built.export.period.until) == (since, until)
    assert dict(+built.held.outside) == {"checkin": 6, "signal": 2}
    assert dict(+built.held.private) == {"checkin": 1, "ladder": 1}


def test_without_a_trajectory_there_is_nothing_to_export(tmp_path: Path) -> None:
    empty = new_store(tmp_path)
    with pytest.raises(HerstelError) as caught:
        exporting.build_export(
            store=empty, today=TODAY, since=None, until=None, lang="en", now=stamp()
        )
    assert caught.value.key == "trajectory.none"
    empty.close()


def write(store: Store, home: Path, **how: Any) -> exporting.WrittenExport:
    values = {"plain": False, "secret": None, "armor": False, **how}
    return exporting.write_export(
        store=store, home=home, today=TODAY, since=None, until=None, lang="en", now=stamp(),
        **values,
    )  # fmt: skip


def test_a_plain_export_reads_back_as_it_was_written(store: Store, tmp_path: Path) -> None:
    written = write(store, tmp_path, plain=True)
    assert (written.how, written.entries, written.private) == ("plain", 10, 2)
    assert written.identity_made is None
    assert exporting.is_own_export(home=tmp_path, existing=written.data, now=stamp())
    assert not exporting.needs_passphrase(written.data)
    again = exporting.read_export(home=tmp_path, data=written.data, secret=None, now=stamp())
    assert json.loads(again) == json.loads(written.data)


def test_a_passphrase_export_opens_with_that_passphrase(store: Store, tmp_path: Path) -> None:
    written = write(store, tmp_path, secret=PASSPHRASE, armor=True)
    assert written.how == "passphrase"
    assert written.data.startswith(crypto.ARMOR_BEGIN)
    assert exporting.needs_passphrase(written.data)
    assert not exporting.is_own_export(home=tmp_path, existing=written.data, now=stamp())
    opened = exporting.read_export(home=tmp_path, data=written.data, secret=PASSPHRASE, now=stamp())
    assert len(parse_export(opened).checkins) == 9


def test_an_export_to_the_coach_needs_the_coach_key(store: Store, tmp_path: Path) -> None:
    with pytest.raises(HerstelError) as caught:
        write(store, tmp_path)
    assert caught.value.key == "export.no_coach_key"
    assert not (tmp_path / crypto.IDENTITY_NAME).exists()  # nothing made before the refusal

    coach = x25519.Identity.generate()
    with store.writing() as session:
        put_setting(session=session, key="coach-key", value=str(coach.to_public()), now=AT)
    written = write(store, tmp_path)
    assert written.how == "coach"
    assert written.identity_made == tmp_path / crypto.IDENTITY_NAME
    assert written.identity_made.stat().st_mode & 0o777 == 0o600
    plain = crypto.decrypt(written.data, identities=[coach], passphrase=None)
    assert len(parse_export(plain).checkins) == 9
    # The client opens it too (and may replace it), with the key the first export made.
    assert exporting.is_own_export(home=tmp_path, existing=written.data, now=stamp())
    assert json.loads(
        exporting.read_export(home=tmp_path, data=written.data, secret=None, now=stamp())
    ) == (json.loads(plain))
    assert write(store, tmp_path).identity_made is None  # made once


def merged(coach: Store, export: Any) -> Any:
    with coach.writing() as session:
        return merge_export(conn=session.connection(), export=export, now=AT)


def test_a_demo_journal_travels_whole_into_a_coach_store(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    home.mkdir()
    client = new_store(home)
    made = make_demo(store=client, home=home, today=TODAY, weeks=6, seed=7, lang="en", now=stamp())
    assert made.weeks == 6
    assert json.loads((home / "settings.json").read_text())["language"] == "en"
    built = exporting.build_export(
        store=client, today=TODAY, since=None, until=None, lang="nl", now=stamp()
    )
    assert built.export.trajectory.id == made.trajectory_id
    assert built.export.trajectory.language == "en"
    assert built.entries > 30
    assert all(d <= TODAY for d in (c.day for c in built.export.checkins))

    coach = new_store(tmp_path, "coach.db")
    counts = merged(coach, built.export)
    records = sum(n for kind, n in built.shared.items() if kind != "tombstone")
    assert (counts.new, counts.updated, counts.deleted) == (records, 0, 0)
    again = merged(coach, built.export)
    assert (again.new, again.updated, again.deleted, again.unchanged) == (0, 0, 0, records)
    # What the coach holds is what was exported: built again from the coach's store, the same.
    held = exporting.build_export(
        store=coach, today=TODAY, since=None, until=None, lang="en", now=stamp()
    )
    assert held.export.model_dump(exclude={"exported_at"}) == built.export.model_dump(
        exclude={"exported_at"}
    )
    client.close()
    coach.close()


def test_a_demo_goes_only_into_an_empty_home_of_its_own(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    with pytest.raises(UsageError) as own:
        check_demo_home(home=home, usual=home)
    assert own.value.key == "demo.own_folder"
    check_demo_home(home=home, usual=tmp_path / "usual")  # nothing there yet: fine
    home.mkdir()
    client = new_store(home)
    make_demo(store=client, home=home, today=TODAY, weeks=2, seed=1, lang="nl", now=stamp())
    with pytest.raises(HerstelError) as full:
        check_demo_home(home=home, usual=tmp_path / "usual")
    assert full.value.key == "demo.not_empty"
    with pytest.raises(HerstelError) as again:
        make_demo(store=client, home=home, today=TODAY, weeks=2, seed=1, lang="nl", now=stamp())
    assert again.value.key == "demo.not_empty"
    client.close()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    home = tmp_path_factory.mktemp("demo")
    store = new_store(home)
    make_demo(store=store, home=home, today=TODAY, weeks=8, seed=3, lang="en", now=stamp())
    yield store
    store.close()


OFFSETS = st.none() | st.integers(min_value=-70, max_value=5)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(since=OFFSETS, until=OFFSETS)
def test_every_entry_is_shared_or_held_back_once(
    demo_store: Store, since: int | None, until: int | None
) -> None:
    def day(offset: int | None) -> date | None:
        return None if offset is None else TODAY + timedelta(days=offset)

    whole = exporting.build_export(
        store=demo_store, today=TODAY, since=None, until=None, lang="en", now=stamp()
    )
    part = exporting.build_export(
        store=demo_store,
        today=TODAY,
        since=day(since),
        until=day(until),
        lang="en",
        now=stamp(),
    )
    for kind in exporting.KINDS:
        total = whole.shared[kind] + whole.held.private[kind]
        assert part.shared[kind] + part.held.private[kind] + part.held.outside[kind] == total
    first, last = day(since), day(until)
    assert all(
        (first is None or first <= c.day) and (last is None or c.day <= last)
        for c in part.export.checkins
    )
    # The periods count what was shared, each entry in one period.
    for kind in exporting.KINDS:
        assert sum(counted[kind] for _, counted in part.periods) == part.shared[kind]
