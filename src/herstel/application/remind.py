"""`herstel remind`: the gentle reminder, off until the client turns it on. Installed with the
platform's scheduler (`application/scheduler.py`), recorded in the home (`store/reminder.py`);
its rules are `core/remind.py`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path

from herstel.application.scheduler import Installed, Place, can_notify, install, notify, remove
from herstel.core.remind import EVERY, Every, says_something, schedule_for
from herstel.errors import HerstelError, UsageError
from herstel.store import checkins
from herstel.store.db import Store
from herstel.store.nudge_state import read_state, write_state
from herstel.store.reminder import Reminder, forget_reminder, load_reminder, save_reminder
from herstel.store.rows import active_trajectory


@dataclass(frozen=True)
class ReminderShown:
    reminder: Reminder | None
    cannot_notify: str | None  # what is missing for a desktop notification (None: nothing)
    updated: bool = False  # `remind on` changed a reminder that was already set
    paused_until: date | None = None  # a pause still to run (the reminder's, or the nudge's)
    pause_ended: date | None = None  # `remind on` ended the pause that ran up to this day


def reminder_status(*, home: Path, place: Place, today: date) -> ReminderShown:
    """What is set, with a pause only while it runs (the nudge's, without a reminder)."""
    reminder = load_reminder(home)
    paused = _day(reminder.paused_until) if reminder else _day(read_state(str(home)).get("paused"))
    running = paused if paused is not None and paused >= today else None
    return ReminderShown(reminder, can_notify(place), paused_until=running)


def remind_on(
    *, home: Path, place: Place, at: time, every: Every, today: date, command: Sequence[str]
) -> ReminderShown:
    """Install the reminder, or update the one already set (never a second one); a pause
    ends. The new one is installed first: should that fail, the one before stays as it was."""
    previous = load_reminder(home)
    schedule = schedule_for(at=at, every=every, today=today)
    installed = install(place=place, schedule=schedule, command=command, home=home)
    reminder = Reminder(
        scheduler=installed.scheduler, name=installed.name, files=installed.files,
        command=list(command), at=schedule.at_text, every=every, weekday=schedule.weekday,
        monthday=schedule.monthday, paused_until=None,
        notified=None if previous is None else previous.notified,
    )  # fmt: skip
    save_reminder(home, reminder)
    write_state(str(home), {"paused": None})
    pause = None if previous is None else _day(previous.paused_until)
    if previous is not None and (previous.scheduler, previous.name) != (
        installed.scheduler,
        installed.name,
    ):  # another scheduler now (or the home's path spelled anew): the one before goes
        remove(place=place, installed=_installed(previous))
    return ReminderShown(
        reminder, can_notify(place), updated=previous is not None,
        pause_ended=pause if pause is not None and pause >= today else None,
    )  # fmt: skip


def _installed(reminder: Reminder) -> Installed:
    return Installed(reminder.scheduler, reminder.name, list(reminder.files))


def remind_off(*, home: Path, place: Place) -> Reminder:
    """Remove exactly what `remind on` installed; refused when nothing is set."""
    reminder = load_reminder(home)
    if reminder is None:
        raise HerstelError("remind.none")
    remove(place=place, installed=_installed(reminder))
    forget_reminder(home)
    return reminder


def remind_pause(*, home: Path, until: date, today: date) -> Reminder | None:
    """No reminder and no nudge up to and including `until` (a holiday). The reminder stays
    set; the shell's nudge pauses too, with or without a reminder."""
    if until < today:
        raise UsageError("remind.pause_past", day=until.isoformat())
    write_state(str(home), {"paused": until.isoformat()})
    reminder = load_reminder(home)
    if reminder is not None:
        reminder = replace(reminder, paused_until=until.isoformat())
        save_reminder(home, reminder)
    return reminder


@dataclass(frozen=True)
class Fired:
    shown: bool  # a notification was shown
    failed: bool = False  # it should have been, and could not be


def remind_fire(
    *, home: Path, place: Place, store: Store | None, today: date, title: str, body: str
) -> Fired:
    """What the scheduler runs: one notification when the period has no check-in, at most
    once a day, never while paused."""
    reminder = load_reminder(home)
    if reminder is None or store is None:
        return Fired(shown=False)
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return Fired(shown=False)
        latest = checkins.latest_checkin(conn=conn, trajectory_id=trajectory.id)
    due = says_something(
        every=_every(reminder.every), today=today,
        last_checkin=None if latest is None else latest.day,
        notified=_day(reminder.notified), paused_until=_day(reminder.paused_until),
    )  # fmt: skip
    if not due:
        return Fired(shown=False)
    if not notify(place, title=title, body=body):
        return Fired(shown=False, failed=True)
    save_reminder(home, replace(reminder, notified=today.isoformat()))
    return Fired(shown=True)


def _every(text: str) -> Every:
    return text if text in EVERY else "day"


def _day(text: str | None) -> date | None:
    try:
        return None if text is None else date.fromisoformat(text)
    except ValueError:
        return None
