"""The calm word on very hard days (the rule: `core/care.py`, docs/insights.md), looked at in
the caller's transaction after a check-in or a signal is saved. It is said at most once a day:
the day it was last said is kept in the store's settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from herstel.core.care import CRISIS_LINE, LOW_DAYS, Reason, hard_day
from herstel.store import checkins
from herstel.store.plan import get_setting, put_setting
from herstel.store.rows import TrajectoryRow
from herstel.store.signals import red_crossed_days

# The store's settings: "off" turns the line off (`config set care-line off`); the crisis line
# when it is not the Dutch one; the day the line was last said.
CARE_LINE = "care-line"
CRISIS_LINE_KEY = "crisis-line"
CARE_SHOWN = "care-line-shown"


@dataclass(frozen=True)
class CareLine:
    """Whom the line names: the coach (None: no name known), the company doctor's name if the
    client set it, the crisis line."""

    reason: Reason
    coach: str | None
    company_doctor: str | None
    crisis_line: str


def care_in(
    *, conn: sqlite3.Connection, trajectory: TrajectoryRow, day: date, today: date, now: datetime
) -> CareLine | None:
    """The care line, when `day` calls for it, it is on, and it was not said `today` yet (it
    is then noted as said)."""
    if get_setting(conn=conn, key=CARE_LINE) == "off":
        return None
    if get_setting(conn=conn, key=CARE_SHOWN) == today.isoformat():
        return None
    # The three days up to `day` (fewer at the very start of the calendar).
    days = [
        day - timedelta(days=back) for back in range(min(LOW_DAYS, day.toordinal()) - 1, -1, -1)
    ]
    levels = checkins.energy_by_day(conn=conn, trajectory_id=trajectory.id, days=days)
    energy = {d: level for d, level in zip(days, levels, strict=True) if level is not None}
    red = red_crossed_days(conn=conn, trajectory_id=trajectory.id, since=day, until=day)
    reason = hard_day(day=day, energy=energy, red_crossed=red)
    if reason is None:
        return None
    put_setting(conn=conn, key=CARE_SHOWN, value=today.isoformat(), now=now)
    return CareLine(
        reason=reason,
        coach=trajectory.coach_name,
        company_doctor=trajectory.company_doctor,
        crisis_line=get_setting(conn=conn, key=CRISIS_LINE_KEY) or CRISIS_LINE,
    )
