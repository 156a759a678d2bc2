"""`herstel` on its own, as it is said: a calm screen on where things stand."""

from __future__ import annotations

from datetime import date

from herstel.application.overview import Overview
from herstel.core.trajectory import SESSIONS
from herstel.i18n import format_day, t
from herstel.store.journal import SessionSlot
from herstel.ui.checkin import sparkline_line
from herstel.ui.entries import heading
from herstel.ui.journal import log_entry


def next_line(coming: SessionSlot | None, today: date) -> str:
    """ "Next: session 4 of 10, Monday 15 February 2027, in 5 days." or that it is completed."""
    if coming is None:
        return t("plan.completed")
    days = (coming.planned_on - today).days
    when = (
        t("plan.in.today") if days == 0
        else t("plan.in.tomorrow") if days == 1
        else t("plan.in.days", days=days)
    )  # fmt: skip
    day = format_day(coming.planned_on)
    if coming.time:
        day = t("plan.day_at", day=day, time=coming.time)
    return t("plan.next", number=coming.number, of=SESSIONS, day=day, when=when)


def week_cell(count: int, per_week: int | None) -> str:
    if per_week is None:
        return t("exercise.week_cell", count=count)
    return t("exercise.week_cell_of", count=count, per_week=per_week)


def overview_lines(found: Overview, today: date) -> list[str]:
    lines = [t("overview.hello", name=found.client_name)]
    if found.coach_name:
        lines.append(t("overview.with_coach", coach=found.coach_name))
    lines += [next_line(found.next_session, today), ""]
    if found.todays_energy is not None:
        lines.append(t("overview.checked_in", energy=found.todays_energy))
    else:
        lines.append(t("overview.no_checkin"))
    spark = sparkline_line(found.days, found.levels, today)
    if spark is not None:
        lines.append(spark)
    if found.recent:
        # One line each, so that the overview stays one calm screen; 'herstel show ID' has all.
        lines += ["", t("overview.recent")]
        lines += ["  " + heading(log_entry(entry, today, found.shown)) for entry in found.recent]
    if found.exercises:
        lines += ["", t("overview.exercises")]
        lines += [
            f"  {exercise.name}: {week_cell(exercise.practised, exercise.per_week)}"
            for exercise in found.exercises
        ]
    return [*lines, "", t("overview.hint")]
