"""The gentle reminder's rules: when it is set to fire (as each scheduler writes it) and whether
a firing says anything. Pure: no I/O (docs/reminders.md states the same for people).

A reminder fires at its time every day, every week (on the weekday it was set on) or every
month (on the day of the month it was set on, the 28th at the latest, so that every month has
it). When it fires it says something only when the period it covers has no check-in yet (the
day; the last seven days; the last month), it is not paused, and it has not said something that
day already.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from herstel.core.dates import parse_time
from herstel.errors import UsageError

Every = Literal["day", "week", "month"]
EVERY: tuple[Every, ...] = ("day", "week", "month")
WORDS = {"day": "day", "dag": "day", "week": "week", "month": "month", "maand": "month"}
MONTHDAY_MAX = 28
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Schedule:
    at: time
    every: Every
    weekday: int  # ISO, 1 is Monday (used when every week)
    monthday: int  # 1-28 (used when every month)

    @property
    def at_text(self) -> str:
        return f"{self.at.hour:02d}:{self.at.minute:02d}"


def check_every(text: str) -> Every:
    every = WORDS.get(text.strip().lower())
    if every is None:
        raise UsageError("remind.every_unknown", value=text.strip()[:20])
    return every  # type: ignore[return-value]


def check_at(text: str) -> time:
    """The time of day, 20:00 or 20.00 (also 8:30); herstel's one message for a time that is
    not one."""
    return parse_time(text)


def schedule_for(*, at: time, every: Every, today: date) -> Schedule:
    """A reminder set today: weekly on today's weekday, monthly on today's day of the month."""
    return Schedule(
        at=at, every=every, weekday=today.isoweekday(), monthday=min(today.day, MONTHDAY_MAX)
    )


def on_calendar(schedule: Schedule) -> str:
    """systemd's OnCalendar= for the schedule."""
    clock = f"{schedule.at.hour:02d}:{schedule.at.minute:02d}:00"
    if schedule.every == "week":
        return f"{WEEKDAYS[schedule.weekday - 1]} *-*-* {clock}"
    if schedule.every == "month":
        return f"*-*-{schedule.monthday:02d} {clock}"
    return f"*-*-* {clock}"


def cron_fields(schedule: Schedule) -> str:
    """The five time fields of a crontab line (cron counts Sunday as 0)."""
    minute, hour = schedule.at.minute, schedule.at.hour
    if schedule.every == "week":
        return f"{minute} {hour} * * {schedule.weekday % 7}"
    if schedule.every == "month":
        return f"{minute} {hour} {schedule.monthday} * *"
    return f"{minute} {hour} * * *"


def launchd_interval(schedule: Schedule) -> dict[str, int]:
    """launchd's StartCalendarInterval (launchd counts Sunday as 0)."""
    interval = {"Hour": schedule.at.hour, "Minute": schedule.at.minute}
    if schedule.every == "week":
        interval["Weekday"] = schedule.weekday % 7
    elif schedule.every == "month":
        interval["Day"] = schedule.monthday
    return interval


def period_start(every: Every, today: date) -> date:
    """The first day of the period a firing looks at: today, the last seven days, the last
    month."""
    if every == "week":
        return today - timedelta(days=6)
    if every == "month":
        return today - relativedelta(months=1) + timedelta(days=1)
    return today


def says_something(
    *,
    every: Every,
    today: date,
    last_checkin: date | None,
    notified: date | None,
    paused_until: date | None,
) -> bool:
    """Whether a firing today shows its notification."""
    if paused_until is not None and today <= paused_until:
        return False
    if notified == today:
        return False
    return last_checkin is None or last_checkin < period_start(every, today)
