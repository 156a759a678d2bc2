"""Stores for the tests that call the application layer directly: one in a temporary folder,
empty or with the trajectory of a plan written as `init` writes it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from conftest import NOW_UTC
from herstel.core.trajectory import TrajectoryPlan
from herstel.store.db import Store, open_store
from herstel.store.queries import add_trajectory


def plan(
    *, first_session_on: date, first_session_time: time | None = None, language: str = "en"
) -> TrajectoryPlan:
    """Anna's trajectory with Marieke: five sessions, then one every three weeks."""
    return TrajectoryPlan(
        client_name="Anna",
        coach_name="Marieke",
        first_session_on=first_session_on,
        first_session_time=first_session_time,
        phase1_sessions=5,
        phase2_weeks=3,
        focus="unknown",
        language=language,
    )


@contextmanager
def opened(folder: Path) -> Iterator[Store]:
    """A store (`herstel.db`) in `folder`, without a trajectory; closed afterwards."""
    store = open_store(folder / "herstel.db", backups=folder / "backups", now=NOW_UTC)
    try:
        yield store
    finally:
        store.close()


def started(store: Store, plan: TrajectoryPlan) -> Store:
    """The store, with the plan's trajectory in it."""
    with store.writing() as session:
        add_trajectory(session=session, plan=plan, now=datetime.now(UTC))
    return store


_stamps = [0]


def stamp() -> datetime:
    """A record timestamp on the pinned day (conftest.NOW, in UTC), a millisecond later at each
    call, as the actions of a person come one after the other."""
    from conftest import NOW

    _stamps[0] += 1
    return NOW.astimezone(UTC) + timedelta(milliseconds=_stamps[0])
