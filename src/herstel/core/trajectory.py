"""What a trajectory is made of, and the checks on its settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from herstel.errors import UsageError

SESSIONS = 10
PHASE1_RANGE = (4, 6)
PHASE1_DEFAULT = 5
PHASE2_WEEKS = (3, 4)
PHASE2_DEFAULT = 3
FOCUSES = ("meaning", "self-relation", "unknown")
FOCUS_DEFAULT = "unknown"
FIRST_SESSION_MAX_AHEAD = timedelta(days=366)


@dataclass(frozen=True)
class TrajectoryPlan:
    """The answers `herstel init` gathers, checked."""

    client_name: str
    coach_name: str | None
    first_session_on: date
    first_session_time: time | None
    phase1_sessions: int
    phase2_weeks: int
    focus: str
    language: str
    contract_hours: float | None = None  # back to work (optional)
    sick_since: date | None = None


def check_phase1(value: int) -> int:
    low, high = PHASE1_RANGE
    if not low <= value <= high:
        raise UsageError(
            "number.out_of_range", name="--phase1-sessions", value=value, low=low, high=high
        )
    return value


def check_phase2(value: int) -> int:
    if value not in PHASE2_WEEKS:
        raise UsageError("trajectory.phase2_weeks", value=value)
    return value


def check_focus(value: str) -> str:
    focus = value.strip().lower()
    if focus not in FOCUSES:
        raise UsageError("trajectory.focus", value=value.strip(), choices=", ".join(FOCUSES))
    return focus


def check_first_session(day: date, *, today: date) -> date:
    """The first session may lie in the past (joining mid-way), but not more than a year ahead."""
    if day > today + FIRST_SESSION_MAX_AHEAD:
        raise UsageError("trajectory.first_session_far", value=day.isoformat())
    return day
