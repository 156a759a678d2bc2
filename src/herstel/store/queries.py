"""Keyword-only functions over a session: the only place that knows how records are queried."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import select

from herstel.core.trajectory import TrajectoryPlan
from herstel.store.models import Setting, Trajectory

if TYPE_CHECKING:
    from sqlmodel import Session


def new_id() -> str:
    return str(uuid.uuid4())


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
    )
    session.add(trajectory)
    return trajectory


def get_setting(*, session: Session, key: str) -> str | None:
    setting = session.get(Setting, key)
    return None if setting is None else setting.value


def put_setting(*, session: Session, key: str, value: str, now: datetime) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value, updated_at=now))
    elif setting.value != value:
        setting.value = value
        setting.updated_at = now
