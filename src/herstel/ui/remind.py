"""`herstel remind` as it is said: what is set, what `on`, `off` and `pause` did, the shell's
line."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from datetime import date
from typing import Any

from herstel.application.remind import ReminderShown
from herstel.i18n import format_day, names, t
from herstel.store.reminder import Reminder


def when_text(reminder: Reminder) -> str:
    """ "every day at 20:00", "every week on Monday at 20:00", "every month on the 5th"."""
    if reminder.every == "week":
        weekday = names("weekdays")[(reminder.weekday - 1) % 7]
        return t("remind.when.week", weekday=weekday, at=reminder.at)
    if reminder.every == "month":
        return t("remind.when.month", day=reminder.monthday, at=reminder.at)
    return t("remind.when.day", at=reminder.at)


def status_lines(shown: ReminderShown) -> list[str]:
    reminder = shown.reminder
    if reminder is None:
        lines = [t("remind.status.none"), t("remind.status.none_hint")]
        if shown.paused_until is not None:
            lines.append(t("remind.status.nudge_paused", day=format_day(shown.paused_until)))
        return lines
    lines = [t("remind.status.set", when=when_text(reminder))]
    lines.append(t(f"remind.scheduler.{reminder.scheduler}", name=reminder.name))
    if shown.paused_until is not None:
        lines.append(t("remind.status.paused", day=format_day(shown.paused_until)))
    if shown.cannot_notify is not None:
        lines.append(t("remind.cannot_notify", missing=t(f"remind.missing.{shown.cannot_notify}")))
    return lines


def on_lines(shown: ReminderShown) -> list[str]:
    assert shown.reminder is not None  # noqa: S101 - `on` always sets one
    key = "remind.on.updated" if shown.updated else "remind.on.set"
    lines = [t(key, when=when_text(shown.reminder))]
    lines.append(t(f"remind.scheduler.{shown.reminder.scheduler}", name=shown.reminder.name))
    if shown.pause_ended is not None:
        lines.append(t("remind.on.pause_ended", day=format_day(shown.pause_ended)))
    if shown.cannot_notify is not None:
        lines.append(t("remind.cannot_notify", missing=t(f"remind.missing.{shown.cannot_notify}")))
    lines.append(t("remind.on.quiet"))
    return lines


def paused_line(until: date, has_reminder: bool) -> str:
    key = "remind.paused" if has_reminder else "remind.paused_nudge"
    return t(key, day=format_day(until))


def reminder_json(shown: ReminderShown) -> dict[str, Any]:
    reminder = shown.reminder
    return {
        "set": reminder is not None,
        "at": None if reminder is None else reminder.at,
        "every": None if reminder is None else reminder.every,
        "weekday": None if reminder is None or reminder.every != "week" else reminder.weekday,
        "monthday": None if reminder is None or reminder.every != "month" else reminder.monthday,
        "scheduler": None if reminder is None else reminder.scheduler,
        "name": None if reminder is None else reminder.name,
        "files": [] if reminder is None else list(reminder.files),
        "command": [] if reminder is None else list(reminder.command),
        "paused_until": None if shown.paused_until is None else shown.paused_until.isoformat(),
        "notified": None if reminder is None else reminder.notified,
        "can_notify": shown.cannot_notify is None,
    }


def shell_line(command: Sequence[str], *, home: str | None, fish: bool) -> str:
    """The start-up file's line: the nudge, only in an interactive shell."""
    args = [*command, *(["--home", home] if home else []), "nudge"]
    if fish:
        return f"status is-interactive; and {shlex.join(args)}"
    return f"[[ $- == *i* ]] && {shlex.join(args)}"


def start_file(shell: str) -> str:
    return {"zsh": "~/.zshrc", "fish": "~/.config/fish/config.fish"}.get(shell, "~/.bashrc")
