"""The flags of a step of the back-to-work ramp, declared once: `herstel work step add|edit` and
the coach's `herstel coach step add` take them, checked the same way."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from herstel.cli.runtime import runtime
from herstel.core.dates import parse_day
from herstel.core.entries import check_text
from herstel.core.work import MODES, TASKS, check_days, check_hours_per_day, check_weekdays
from herstel.i18n import language, t

F = TypeVar("F", bound=Callable[..., Any])

CLEARED = ("", "none", "geen", "-")


def _day(text: str) -> Any:
    return parse_day(text, today=runtime().today(), lang=language())


def _optional_day(text: str) -> Any:
    return None if text.strip().lower() in CLEARED else _day(text)


def _optional_weekdays(text: str) -> Any:
    return None if text.strip().lower() in CLEARED else check_weekdays(text)


CHECKS: dict[str, Callable[[str], Any]] = {
    "starts_on": _day,
    "ends_on": _optional_day,
    "days_per_week": check_days,
    "weekdays": _optional_weekdays,
    "hours_per_day": check_hours_per_day,
    "tasks": lambda v: TASKS.check(v, name="--tasks"),
    "mode": lambda v: MODES.check(v, name="--mode"),
    "advice_on": _optional_day,
    "note": lambda v: check_text(v, field="--note"),
}
REQUIRED = (("starts_on", "--from"), ("days_per_week", "--days"), ("hours_per_day", "--hours"),
            ("tasks", "--tasks"))  # fmt: skip


def parsed(typed: dict[str, str | None]) -> dict[str, Any]:
    """The flags given, each checked (a bad one is exit 2 before the store is opened)."""
    return {name: CHECKS[name](value) for name, value in typed.items() if value is not None}


def _options(*, editing: bool) -> list[tuple[str, str, str, str]]:
    """(field, flag, metavar, help key), in the help's order."""
    date = t("meta.date")
    return [
        ("starts_on", "--from", date, "help.work.from"),
        ("ends_on", "--to", date, "help.work.to_edit" if editing else "help.work.to"),
        ("days_per_week", "--days", "1-7", "help.work.days"),
        ("weekdays", "--weekdays", "mon,wed,fri", "help.work.weekdays"),
        ("hours_per_day", "--hours", t("meta.hours"), "help.work.hours"),
        ("tasks", "--tasks", TASKS.metavar, "help.work.tasks"),
        ("mode", "--mode", MODES.metavar, "help.work.mode"),
        ("advice_on", "--advice-on", date, "help.work.advice_on"),
        ("note", "--note", t("meta.text"), "help.work.note"),
    ]


def step_options(command: F, *, editing: bool = False) -> F:
    """Give the command an option for each of a step's fields, after its own parameters; the
    command takes them as `**typed` (by field name, as typed)."""
    signature = inspect.signature(command)
    own = [p for p in signature.parameters.values() if p.kind != p.VAR_KEYWORD]
    added = [
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            annotation=str | None,
            default=typer.Option(None, flag, metavar=metavar, help=t(key)),
        )
        for name, flag, metavar, key in _options(editing=editing)
    ]
    command.__signature__ = signature.replace(parameters=[*own, *added])  # type: ignore[attr-defined]
    command.__annotations__ = {**command.__annotations__, **{p.name: str | None for p in added}}
    return command


def step_edit_options(command: F) -> F:
    return step_options(command, editing=True)


def parse_given_day(text: str) -> Any:
    """A day as typed on the command line, in this run's language and against today."""
    return _day(text)
