"""The active trajectory, which nearly every action starts from."""

from __future__ import annotations

import sqlite3

from herstel.errors import HerstelError
from herstel.store.db import Store
from herstel.store.rows import TrajectoryRow, active_trajectory


def find_trajectory(*, store: Store | None) -> TrajectoryRow | None:
    """The active trajectory; None without a store (an empty home stays empty) or without one."""
    if store is None:
        return None
    with store.read() as conn:
        return active_trajectory(conn=conn)


def need_trajectory(*, store: Store | None) -> TrajectoryRow:
    """The active trajectory, or the error that says to run `herstel init`."""
    if store is None:
        raise HerstelError("trajectory.none")
    with store.read() as conn:
        return trajectory_in(conn=conn)


def trajectory_in(*, conn: sqlite3.Connection) -> TrajectoryRow:
    """The active trajectory, looked up in the action's own transaction, or the error that says
    to run `herstel init`."""
    trajectory = active_trajectory(conn=conn)
    if trajectory is None:
        raise HerstelError("trajectory.none")
    return trajectory
