"""The check-in as it is said back: the day, what changed, the energy sparkline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from herstel.application.checkin import SavedCheckin
from herstel.core.checkin import FIELD, SPARK_DAYS, Change, FieldSpec
from herstel.core.sparkline import energy_sparkline
from herstel.i18n import format_day, format_number, t
from herstel.ui import console


def day_label(day: date, today: date) -> str:
    """ "today", or the day itself."""
    if day == today:
        return t("day.today")
    return format_day(day)


def sparkline_line(days: Sequence[date], levels: Sequence[int | None], today: date) -> str | None:
    """The energy of the last two weeks (or since the first check-in); None for a single day,
    which is no line yet."""
    if len(days) <= 1:
        return None
    spark = energy_sparkline(levels, ascii_only=not console.rich_enabled())
    if len(days) == SPARK_DAYS:
        return t("checkin.sparkline", spark=spark)
    return t("checkin.sparkline_since", spark=spark, day=day_label(days[0], today))


def rounded_line(typed_hours: float, hours: float) -> str | None:
    """Said when the sleep hours as typed were rounded to the quarter hour."""
    if typed_hours == hours:
        return None
    typed = format_number(typed_hours, places=None)  # as typed, not rounded once more
    return t("checkin.sleep_rounded", typed=typed, hours=format_number(hours))


def saved_lines(saved: SavedCheckin, today: date) -> list[str]:
    """Saved, updated (with what changed) or unchanged; then the sparkline."""
    label = day_label(saved.day, today)
    if saved.changes is None:
        lines = [t("checkin.saved", day=label)]
    elif saved.changes:
        lines = [t("checkin.updated", day=label, changes=describe(saved.changes))]
    else:
        lines = [t("checkin.unchanged", day=label)]
    spark = sparkline_line(saved.days, saved.levels, today)
    return lines if spark is None else [*lines, spark]


def describe(changes: Sequence[Change]) -> str:
    parts = []
    for change in changes:
        name = t(f"checkin.field.{change.field}")
        if change.field in FIELD and FIELD[change.field].kind == "text":
            parts.append(t("checkin.change.note", field=name))
        elif change.old is None:
            parts.append(f"{name} {_value(change.new)}")
        else:
            parts.append(f"{name} {_value(change.old)} -> {_value(change.new)}")
    return "; ".join(parts)


def _value(value: Any) -> str:
    if value is None or value == ():
        return "-"
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, tuple):
        return ", ".join(value)
    return format_number(value)


def question(spec: FieldSpec, *, day: date, today: date, now: datetime) -> str:
    """A check-in field's question as it fits the day asked about and the hour it is asked at
    (`now` is the local moment the form is filled in)."""
    del day, today, now  # issue 20: the sleep of the night before `day`, the morning's words
    return t(spec.ask_key)
