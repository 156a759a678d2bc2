"""Writing the demo journal (`herstel demo`): the trajectory as `init` makes it, its sessions as
the demo has them, and every record, table by table in one bulk statement each.

The ORM is imported inside the functions: `herstel demo --help` does not load it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from herstel.core.demo import DemoJournal
from herstel.core.trajectory import TrajectoryPlan

if TYPE_CHECKING:
    from sqlmodel import Session


def add_demo(*, session: Session, journal: DemoJournal, lang: str, now: datetime) -> str:
    """The demo's trajectory, the language setting and every record, in the caller's
    transaction; returns the trajectory's id."""
    from herstel.store import queries

    plan = TrajectoryPlan(
        client_name=journal.client_name,
        coach_name=journal.coach_name,
        first_session_on=journal.first_day,
        first_session_time=journal.session_time,
        phase1_sessions=journal.phase1_sessions,
        phase2_weeks=journal.phase2_weeks,
        focus=journal.focus,
        language=lang,
    )
    trajectory = queries.add_trajectory(session=session, plan=plan, now=_utc(journal.started))
    trajectory.contract_hours = journal.contract_hours
    trajectory.sick_since = journal.sick_since
    queries.put_setting(session=session, key="language", value=lang, now=now)
    _settle_sessions(session, journal, trajectory.id)
    session.flush()  # the trajectory row before the rows that point at it
    _insert_records(session, journal, trajectory.id)
    return trajectory.id


def _settle_sessions(session: Session, journal: DemoJournal, trajectory_id: str) -> None:
    """The laid-out sessions, as the demo has them: held, moved, noted."""
    from herstel.store.sessions import sessions

    outcomes = {outcome.number: outcome for outcome in journal.sessions}
    for slot in sessions(session=session, trajectory_id=trajectory_id):
        outcome = outcomes[slot.number]
        if outcome.written is None:
            continue
        slot.planned_on = outcome.planned_on
        slot.original_on = outcome.original_on
        slot.held_on = outcome.held_on
        slot.status = outcome.status
        slot.note = outcome.note
        slot.updated_at = _utc(outcome.written)


def _insert_records(session: Session, journal: DemoJournal, trajectory_id: str) -> None:
    """Every entry, table by table, each in one bulk statement."""
    from sqlalchemy import JSON, bindparam, insert

    from herstel.store.exercise_models import Exercise, Practice
    from herstel.store.models import Checkin
    from herstel.store.note_models import BioNote, PatternNote
    from herstel.store.queries import new_id
    from herstel.store.signal_models import LadderItem, Signal
    from herstel.store.work_models import WorkStep

    def rows(records: Iterable[Any]) -> list[dict[str, Any]]:
        found = []
        for record in records:
            row = asdict(record)
            written = _utc(row.pop("written"))
            found.append(
                {
                    "id": new_id(),
                    "trajectory_id": trajectory_id,
                    "created_at": written,
                    "updated_at": written,
                    **row,
                }
            )
        return found

    def write(model: Any, values: list[dict[str, Any]], *, lists: tuple[str, ...] = ()) -> None:
        if not values:
            return
        statement = insert(model.__table__)
        if lists:
            # No givers is SQL NULL, as in a check-in typed by hand, not the JSON text 'null'.
            as_list = JSON(none_as_null=True)
            statement = statement.values(
                {name: bindparam(f"{name}_list", type_=as_list) for name in lists}
            )
            for row in values:
                for name in lists:
                    row[f"{name}_list"] = row.pop(name)
        session.execute(statement, values)

    ladder = rows(journal.ladder)
    exercises = rows(journal.exercises)
    # The demo names what a signal or a practice belongs to; the store holds its id.
    ladder_ids = {row["signal"]: row["id"] for row in ladder}
    exercise_ids = {row["name"]: row["id"] for row in exercises}
    signals = rows(journal.signals)
    for row in signals:
        row["ladder_item_id"] = ladder_ids.get(row.pop("ladder_signal"))
    practices = rows(journal.practices)
    for row in practices:
        row["exercise_id"] = exercise_ids[row.pop("exercise")]

    write(LadderItem, ladder)
    write(Exercise, exercises)
    lists = ("givers", "drainers", "work_givers", "work_drainers")
    write(Checkin, rows(journal.checkins), lists=lists)
    write(WorkStep, rows(journal.work_steps))
    write(Signal, signals)
    write(PatternNote, rows(journal.patterns))
    write(BioNote, rows(journal.bios))
    write(Practice, practices)


def _utc(local: datetime) -> datetime:
    """A local wall-clock moment (naive) as an aware UTC timestamp."""
    return local.astimezone(UTC)
