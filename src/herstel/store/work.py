"""The ramp's steps on the standard library's sqlite3 (`herstel checkin` reads them: no
SQLAlchemy on its way). The table is `store/work_models.WorkStep`, written as the ORM writes it
(`store/rows.py`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from herstel.core.work import Step, read_weekdays, weekdays_text
from herstel.store.rows import insert, read_day, read_utc, utc_text

_COLUMNS = (
    "id, created_at, updated_at, starts_on, ends_on, days_per_week, weekdays, hours_per_day,"
    " tasks, mode, advice_on, note"
)


@dataclass(frozen=True)
class StepRow:
    """A stored step: the step and its record's timestamps."""

    step: Step
    trajectory_id: str
    created_at: datetime
    updated_at: datetime


def _step(row: sqlite3.Row) -> Step:
    return Step(
        id=row["id"],
        starts_on=date.fromisoformat(row["starts_on"]),
        ends_on=read_day(row["ends_on"]),
        days_per_week=row["days_per_week"],
        weekdays=read_weekdays(row["weekdays"]),
        hours_per_day=row["hours_per_day"],
        tasks=row["tasks"],
        mode=row["mode"],
        advice_on=read_day(row["advice_on"]),
        note=row["note"],
    )


def step_rows(*, conn: sqlite3.Connection, trajectory_id: str) -> list[StepRow]:
    """The ramp's steps, in the order they follow each other."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    found = cursor.execute(
        f"SELECT {_COLUMNS} FROM work_step WHERE trajectory_id = ? ORDER BY starts_on",  # noqa: S608
        (trajectory_id,),
    ).fetchall()
    return [
        StepRow(
            step=_step(row),
            trajectory_id=trajectory_id,
            created_at=read_utc(row["created_at"]),
            updated_at=read_utc(row["updated_at"]),
        )
        for row in found
    ]


def steps(*, conn: sqlite3.Connection, trajectory_id: str) -> list[Step]:
    return [row.step for row in step_rows(conn=conn, trajectory_id=trajectory_id)]


def _values(step: Step) -> dict[str, object]:
    return {
        "starts_on": step.starts_on.isoformat(),
        "ends_on": None if step.ends_on is None else step.ends_on.isoformat(),
        "days_per_week": step.days_per_week,
        "weekdays": weekdays_text(step.weekdays),
        "hours_per_day": step.hours_per_day,
        "tasks": step.tasks,
        "mode": step.mode,
        "advice_on": None if step.advice_on is None else step.advice_on.isoformat(),
        "note": step.note,
    }


def add_step(*, conn: sqlite3.Connection, trajectory_id: str, step: Step, now: datetime) -> None:
    stamp = utc_text(now)
    insert(
        conn=conn,
        table="work_step",
        values={
            "id": step.id,
            "trajectory_id": trajectory_id,
            "created_at": stamp,
            "updated_at": stamp,
            **_values(step),
        },
    )


def update_step(*, conn: sqlite3.Connection, step: Step, now: datetime) -> None:
    values = _values(step)
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(
        f"UPDATE work_step SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608
        [*values.values(), utc_text(now), step.id],
    )


def delete_step(
    *, conn: sqlite3.Connection, trajectory_id: str, step_id: str, now: datetime
) -> None:
    """Delete the step, leaving a tombstone for the coach's next import."""
    insert(
        conn=conn,
        table="tombstone",
        values={
            "id": step_id,
            "trajectory_id": trajectory_id,
            "kind": "work_step",
            "deleted_at": utc_text(now),
            "private": 0,
        },
    )
    conn.execute("DELETE FROM work_step WHERE id = ?", (step_id,))


def day_facts(
    *, conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> dict[date, dict[str, object]]:
    """Per day within since..until: the check-in's energy and hours worked, and the signals that
    crossed a limit or stand at the ladder's orange or red."""
    found: dict[date, dict[str, object]] = {}
    span = (trajectory_id, since.isoformat(), until.isoformat())
    for day, energy, hours in conn.execute(
        "SELECT day, energy, work_hours FROM checkin"
        " WHERE trajectory_id = ? AND day >= ? AND day <= ?",
        span,
    ):
        found[date.fromisoformat(day)] = {"energy": energy, "work_hours": hours}
    for day, limit, colour in conn.execute(
        'SELECT s.day, s."limit", l.colour FROM signal s'
        " LEFT JOIN ladder_item l ON l.id = s.ladder_item_id"
        " WHERE s.trajectory_id = ? AND s.day >= ? AND s.day <= ?",
        span,
    ):
        facts = found.setdefault(date.fromisoformat(day), {})
        for name, counted in (
            ("crossed", limit == "crossed"), ("orange", colour == "orange"),
            ("red", colour == "red"),
        ):  # fmt: skip
            if counted:
                facts[name] = int(str(facts.get(name, 0))) + 1
    return found


def carried_by_days(
    *, conn: sqlite3.Connection, trajectory_id: str, since: date, until: date
) -> list[tuple[date, int, str | None, str | None, str | None]]:
    """(day, energy, carried_by, work givers JSON, work drainers JSON) of each check-in."""
    found = conn.execute(
        "SELECT day, energy, carried_by, work_givers, work_drainers FROM checkin"
        " WHERE trajectory_id = ? AND day >= ? AND day <= ? ORDER BY day",
        (trajectory_id, since.isoformat(), until.isoformat()),
    ).fetchall()
    return [(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4]) for r in found]
