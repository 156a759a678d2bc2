"""Keyword-only functions over a session: the only place that knows how records are queried."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import SQLModel, select

from herstel.core.trajectory import TrajectoryPlan
from herstel.store.models import Setting, Trajectory

if TYPE_CHECKING:
    from sqlmodel import Session

M = TypeVar("M", bound=SQLModel)


def new_id() -> str:
    return str(uuid.uuid4())


def add_record(
    *, session: Session, model: type[M], trajectory_id: str, now: datetime, values: dict[str, Any]
) -> M:
    """A new record of `model` with a fresh id and both timestamps set to `now`."""
    record = model(
        id=new_id(), trajectory_id=trajectory_id, created_at=now, updated_at=now, **values
    )
    session.add(record)
    return record


def active_trajectory(*, session: Session) -> Trajectory | None:
    statement = select(Trajectory).where(Trajectory.active == True)  # noqa: E712 - SQL expression
    return session.exec(statement).first()


def add_trajectory(*, session: Session, plan: TrajectoryPlan, now: datetime) -> Trajectory:
    trajectory = Trajectory(
        id=new_id(),
        created_at=now,
        updated_at=now,
        active=True,
        client_name=plan.client_name,
        coach_name=plan.coach_name,
        first_session_on=plan.first_session_on,
        first_session_time=(
            plan.first_session_time.strftime("%H:%M") if plan.first_session_time else None
        ),
        phase1_sessions=plan.phase1_sessions,
        phase2_weeks=plan.phase2_weeks,
        focus=plan.focus,
        contract_hours=plan.contract_hours,
        sick_since=plan.sick_since,
    )
    session.add(trajectory)
    # Here, not at the top: the sessions' table model is built only by those who write them.
    from herstel.store.sessions import add_sessions

    add_sessions(session=session, trajectory=trajectory, now=now)
    return trajectory


def get_setting(*, session: Session, key: str) -> str | None:
    setting = session.get(Setting, key)
    return None if setting is None else setting.value


def delete_setting(*, session: Session, key: str) -> None:
    setting = session.get(Setting, key)
    if setting is not None:
        session.delete(setting)


def put_setting(*, session: Session, key: str, value: str, now: datetime) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value, updated_at=now))
    elif setting.value != value:
        setting.value = value
        setting.updated_at = now
