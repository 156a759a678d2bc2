"""`herstel` on its own, as it is said: a calm screen on where things stand."""

from __future__ import annotations

from datetime import date

from herstel.application.overview import Overview
from herstel.i18n import t
from herstel.ui.checkin import sparkline_line
from herstel.ui.entries import heading
from herstel.ui.exercise import week_cell
from herstel.ui.journal import log_entry
from herstel.ui.plan import coming_line, follow_up_text


def overview_lines(found: Overview, today: date) -> list[str]:
    lines = [t("overview.hello", name=found.client_name)]
    if found.coach_name:
        lines.append(t("overview.with_coach", coach=found.coach_name))
    lines.append(coming_line(found.next_session, today))
    if found.follow_up is not None:
        lines.append(t("overview.follow_up", when=follow_up_text(found.follow_up)))
    if found.after_ten:
        lines.append(t("plan.after_ten"))
    lines.append("")
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
