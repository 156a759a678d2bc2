"""Keyword-only functions over a session: the only place that knows how records are queried."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import SQLModel, col, func, select

from herstel.core.checkin import Change, CheckinFields, merge
from herstel.core.trajectory import TrajectoryPlan
from herstel.store.models import Checkin, Setting, Trajectory

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
    )
    session.add(trajectory)
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


# --- check-ins --------------------------------------------------------------------------------


def checkin_fields(checkin: Checkin) -> CheckinFields:
    return CheckinFields(
        energy=checkin.energy,
        sleep_hours=checkin.sleep_hours,
        sleep_quality=checkin.sleep_quality,
        food=checkin.food,
        movement=checkin.movement,
        relaxation=checkin.relaxation,
        structure=checkin.structure,
        givers=tuple(checkin.givers) if checkin.givers else None,
        drainers=tuple(checkin.drainers) if checkin.drainers else None,
        note=checkin.note,
        private=checkin.private,
    )


def checkin_on(*, session: Session, trajectory_id: str, day: date) -> Checkin | None:
    statement = select(Checkin).where(Checkin.trajectory_id == trajectory_id, Checkin.day == day)
    return session.exec(statement).first()


def latest_checkin(*, session: Session, trajectory_id: str) -> Checkin | None:
    statement = (
        select(Checkin)
        .where(Checkin.trajectory_id == trajectory_id)
        .order_by(col(Checkin.day).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def save_checkin(
    *, session: Session, trajectory_id: str, day: date, values: CheckinFields, now: datetime
) -> tuple[Checkin, list[Change] | None]:
    """Insert the day's check-in, or merge `values` into the one already there.

    Returns the row and, for an update, what changed (None for a new check-in).
    """
    stored = checkin_on(session=session, trajectory_id=trajectory_id, day=day)
    if stored is None:
        columns: dict[str, Any] = {"private": False, **_columns(values)}
        checkin = Checkin(
            id=new_id(),
            trajectory_id=trajectory_id,
            created_at=now,
            updated_at=now,
            day=day,
            **columns,
        )
        session.add(checkin)
        return checkin, None
    _, changes = merge(checkin_fields(stored), values)
    for change in changes:
        setattr(stored, change.field, _column_value(change.field, change.new))
    if changes:
        stored.updated_at = now
    return stored, changes


def _columns(values: CheckinFields) -> dict[str, Any]:
    return {name: _column_value(name, value) for name, value in values.given().items()}


def _column_value(name: str, value: Any) -> Any:
    """Givers and drainers are stored as JSON lists (None when there are none)."""
    if name in ("givers", "drainers"):
        return list(value) if value else None
    return value


def first_checkin_day(*, session: Session, trajectory_id: str) -> date | None:
    statement = select(func.min(Checkin.day)).where(Checkin.trajectory_id == trajectory_id)
    return session.exec(statement).one()


def energy_by_day(*, session: Session, trajectory_id: str, days: list[date]) -> list[int | None]:
    """The energy of each of `days` (None where there was no check-in)."""
    statement = select(col(Checkin.day), col(Checkin.energy)).where(
        Checkin.trajectory_id == trajectory_id, Checkin.day >= days[0], Checkin.day <= days[-1]
    )
    energy = dict(session.exec(statement).all())
    return [energy.get(day) for day in days]


def named_before(*, session: Session, trajectory_id: str) -> tuple[list[str], list[str]]:
    """Every giver and drainer named before, most used first, for the form to offer."""
    statement = select(Checkin.givers, Checkin.drainers).where(
        Checkin.trajectory_id == trajectory_id
    )
    givers: Counter[str] = Counter()
    drainers: Counter[str] = Counter()
    for giver_list, drainer_list in session.exec(statement).all():
        givers.update(giver_list or [])
        drainers.update(drainer_list or [])
    return [name for name, _ in givers.most_common()], [name for name, _ in drainers.most_common()]
