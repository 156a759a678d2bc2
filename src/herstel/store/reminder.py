"""What `herstel remind on` installed, kept in the home (`reminder.json`, 0600), so that `remind`
shows it and `remind off` removes exactly that: the scheduler it went to, the files or the
crontab line it wrote, the command it runs, the schedule, a pause, and the day it last said
something. No journal text."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from herstel.store.home import read_regular, write_private

REMINDER_NAME = "reminder.json"
REMINDER_MAX = 64 * 1024


@dataclass(frozen=True)
class Reminder:
    scheduler: str  # systemd, cron, launchd
    name: str  # the unit, the launchd label, or the crontab line's marker
    files: list[str] = field(default_factory=list)  # the files it wrote (none for cron)
    command: list[str] = field(default_factory=list)  # what the scheduler runs
    at: str = "20:00"
    every: str = "day"
    weekday: int = 1
    monthday: int = 1
    paused_until: str | None = None  # YYYY-MM-DD, the last day of a pause
    notified: str | None = None  # YYYY-MM-DD, the last day it showed its notification


def load_reminder(home: Path) -> Reminder | None:
    """The reminder set for this home; None when there is none (or the record is unreadable:
    then nothing is known to remove, and `remind on` writes it anew)."""
    try:
        raw = read_regular(home / REMINDER_NAME, limit=REMINDER_MAX)
        data: Any = json.loads(raw)
        return Reminder(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError, RecursionError):
        return None


def save_reminder(home: Path, reminder: Reminder) -> None:
    write_private(home / REMINDER_NAME, (json.dumps(asdict(reminder), indent=2) + "\n").encode())


def forget_reminder(home: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(home / REMINDER_NAME)
