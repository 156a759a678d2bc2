"""What `herstel insights` looks at, read in plain SQL (no entry models are built: this is on the
way to `insights --json`), as the marks the pure insights functions take."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from herstel.core.insights import Day, ExerciseMark, PatternMark, SignalMark

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class Marks:
    """One trajectory's entries over a window, as the insights functions take them."""

    days: list[Day]
    signals: list[SignalMark]
    notes: list[PatternMark]
    exercises: list[ExerciseMark]
    ladder: dict[str, str]  # signal (case-folded, single spaces) -> colour


def _day(row: Any) -> Day:
    """A check-in as insights see it: what was taken from the day before ("the rest as
    yesterday") was not answered for this day, so it is left out (docs/insights.md)."""
    copied = set(json.loads(row[10]) or ()) if row[10] else set()
    scale = ("sleep_hours", "sleep_quality", "food", "movement", "relaxation", "structure")
    factors: dict[str, Any] = {
        name: None if name in copied else value for name, value in zip(scale, row[2:8], strict=True)
    }

    def named(name: str, value: str | None) -> tuple[str, ...]:
        return () if name in copied or not value else tuple(json.loads(value) or ())

    return Day(
        date.fromisoformat(row[0]),
        row[1],
        **factors,
        givers=named("givers", row[8]),
        drainers=named("drainers", row[9]),
    )


def insight_marks(*, session: Session, trajectory_id: str, first: date, last: date) -> Marks:
    """The check-ins, signals, pattern notes and practice from `first` to `last`, the exercises
    that ran then, and the ladder as it is."""
    from sqlalchemy import text

    conn = session.connection()
    span = {"t": trajectory_id, "first": first.isoformat(), "last": last.isoformat()}

    def query(sql: str) -> list[Any]:
        return list(conn.execute(text(sql), span).all())

    within = "trajectory_id = :t AND day BETWEEN :first AND :last ORDER BY day"
    checkins = query(
        "SELECT day, energy, sleep_hours, sleep_quality, food, movement, relaxation, "  # noqa: S608 - our own clause
        f"structure, givers, drainers, copied FROM checkin WHERE {within}"
    )
    signal_rows = query(f'SELECT day, what, "limit", fit FROM signal WHERE {within}')  # noqa: S608
    note_rows = query(
        f"SELECT id, day, belief, new_behaviour, private FROM pattern_note WHERE {within}"  # noqa: S608
    )
    exercise_rows = query(
        "SELECT id, name, per_week, created_at, stopped_at FROM exercise "
        "WHERE trajectory_id = :t ORDER BY created_at"
    )
    practice_rows = query(f"SELECT exercise_id, day FROM practice WHERE {within}")  # noqa: S608
    ladder = {
        " ".join(row[0].casefold().split()): row[1]
        for row in query(
            "SELECT signal, colour FROM ladder_item WHERE trajectory_id = :t AND removed_at IS NULL"
        )
    }
    day = date.fromisoformat
    days = [_day(r) for r in checkins]
    signals = [
        SignalMark(day(r[0]), r[1], r[2], None if r[3] is None else bool(r[3])) for r in signal_rows
    ]
    notes = [PatternMark(r[0], day(r[1]), r[2], r[3], bool(r[4])) for r in note_rows]
    practised: dict[str, list[date]] = {}
    for exercise_id, practice_day in practice_rows:
        practised.setdefault(exercise_id, []).append(day(practice_day))
    exercises = []
    for r in exercise_rows:
        started = datetime.fromisoformat(r[3]).astimezone().date()
        stopped = None if r[4] is None else datetime.fromisoformat(r[4]).astimezone().date()
        if stopped is not None and stopped < first and r[0] not in practised:
            continue
        exercises.append(
            ExerciseMark(r[0], r[1], r[2], started, stopped, tuple(practised.get(r[0], ())))
        )
    return Marks(days=days, signals=signals, notes=notes, exercises=exercises, ladder=ladder)
