"""The check-in as it is said back: the day, what changed, the energy sparkline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from herstel.application.checkin import SavedCheckin
from herstel.core.checkin import FIELD, SPARK_DAYS, Change, CheckinFields, FieldSpec
from herstel.core.dates import parse_hours
from herstel.core.sparkline import energy_sparkline
from herstel.i18n import format_day, format_hours, format_number, names, t
from herstel.ui import console
from herstel.ui.care import care_line

# A check-in for today before noon asks about the day "so far": its meals, movement, rest and
# day structure have not all happened yet (docs/home.md, "Questions that fit the moment").
MORNING_ENDS = time(12, 0)
# The questions worded for the part of today that has gone by, before noon.
SO_FAR = ("food", "movement", "relaxation", "structure", "givers", "drainers")
# The questions worded for another day than today ("that day", the night before it).
ANOTHER_DAY = ("sleep_quality", "food", "movement", "relaxation", "structure", "givers", "drainers")


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
    spark = energy_sparkline(levels, ascii_only=console.bars_ascii())
    if len(days) == SPARK_DAYS:
        return t("checkin.sparkline", spark=spark)
    return t("checkin.sparkline_since", spark=spark, day=day_label(days[0], today))


def rounded_line(typed: str | float, hours: float) -> str | None:
    """Said when the sleep hours as typed ("7:20", "6,1", or their value) were rounded to the
    quarter hour; the hours kept as people say them ("7 h 15 min")."""
    if isinstance(typed, str):
        typed_hours, shown = parse_hours(typed, name=""), " ".join(typed.split())
    else:
        typed_hours, shown = typed, format_number(typed, places=None)  # not rounded once more
    if typed_hours == hours:
        return None
    return t("checkin.sleep_rounded", typed=shown, hours=format_hours(hours))


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
    lines = lines if spark is None else [*lines, spark]
    return lines if saved.care is None else [*lines, care_line(saved.care)]


def same_question(same: CheckinFields, *, previous_day: date, day: date) -> tuple[str, str, str]:
    """The question that offers the rest as the check-in of `previous_day`, with that check-in
    in one short line, and its two answers."""
    facts = []
    if same.sleep_hours is not None:
        quality = "" if same.sleep_quality is None else f" ({same.sleep_quality}/5)"
        facts.append(t("log.sleep", hours=format_hours(same.sleep_hours)) + quality)
    elif same.sleep_quality is not None:
        facts.append(t("log.sleep_quality", value=same.sleep_quality))
    if same.food is not None:
        facts.append(t("log.food", value=same.food))
    for name in ("movement", "relaxation"):
        if getattr(same, name) is not None:
            facts.append(t(f"log.{name}", minutes=getattr(same, name)))
    if same.structure is not None:
        facts.append(t("log.structure", value=same.structure))
    if same.givers:
        facts.append(t("log.givers", names=", ".join(same.givers)))
    if same.drainers:
        facts.append(t("log.drainers", names=", ".join(same.drainers)))
    line = "; ".join(facts)
    if previous_day == day - timedelta(days=1):
        asked = t("checkin.same.ask", line=line)
    else:
        asked = t("checkin.same.ask_on", day=day_words(previous_day, day), line=line)
    return asked, t("checkin.same.yes"), t("checkin.same.no")


def describe(changes: Sequence[Change]) -> str:
    parts = []
    for change in changes:
        name = t(f"checkin.field.{change.field}")
        if change.field in FIELD and FIELD[change.field].kind == "text":
            parts.append(t("checkin.change.note", field=name))
        elif change.old is None:
            parts.append(f"{name} {_value(change.field, change.new)}")
        else:
            old, new = _value(change.field, change.old), _value(change.field, change.new)
            parts.append(f"{name} {old} -> {new}")
    return "; ".join(parts)


def _value(field: str, value: Any) -> str:
    """A stored value as said back: hours as people say them ("7 h 15 min"), minutes with
    their unit, yes or no, a list with commas."""
    if value is None or value == ():
        return "-"
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, tuple):
        return ", ".join(value)
    if field == "sleep_hours":
        return format_hours(value)
    if field in ("movement", "relaxation"):
        return t("duration.minutes", minutes=value)
    return format_number(value)


def question(spec: FieldSpec, *, day: date, today: date, now: datetime) -> str:
    """A check-in field's question as it fits the day asked about and the hour it is asked at
    (`now` is the local moment the form is filled in).

    Today: "last night", and before noon (MORNING_ENDS) the day's meals, movement, rest and
    structure "so far today". Another day: its energy by name ("yesterday", "on Tuesday 1
    December"), the sleep of the night before it, the rest "that day"."""
    if day != today:
        if spec.name == "energy":
            if day == today - timedelta(days=1):
                when = t("checkin.when.yesterday")
            else:
                when = t("checkin.when.on", day=day_words(day, today))
            return t("checkin.ask_day.energy", when=when)
        if spec.name == "sleep_hours":
            return t("checkin.ask_day.sleep_hours", day=day_words(day, today))
        if spec.name in ANOTHER_DAY:
            return t(f"checkin.ask_day.{spec.name}")
    elif now.time() < MORNING_ENDS and spec.name in SO_FAR:
        return t(f"checkin.ask_morning.{spec.name}")
    return t(spec.ask_key)


def day_words(day: date, today: date) -> str:
    """A day as a question names it: "Tuesday 1 December", with the year when it is not this
    year's ("Tuesday 1 December 2026")."""
    if day.year != today.year:
        return format_day(day)
    return t(
        "format.day_no_year",
        weekday=names("weekdays")[day.weekday()],
        day=day.day,
        month=names("months")[day.month - 1],
    )
