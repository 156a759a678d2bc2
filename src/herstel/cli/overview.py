"""`herstel` on its own: a calm screen on where things stand. The next session, today's check-in
done or not (no scolding), the energy of the last two weeks, the last three entries, the active
exercises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from herstel.cli.first_run import find_trajectory, require_trajectory
from herstel.cli.runtime import runtime
from herstel.i18n import t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.store.models import Trajectory

RECENT = 3


def show_overview(trajectory: Trajectory) -> None:
    from herstel.cli.checkin import day_label
    from herstel.cli.exercise import practised_this_week, week_cell
    from herstel.cli.log import entries_context, log_entry
    from herstel.cli.plan import next_line
    from herstel.core.checkin import SPARK_DAYS, last_days, sparkline
    from herstel.store import queries
    from herstel.store.sessions import sessions
    from herstel.store.timeline import exercises, timeline

    rt = runtime()
    today = rt.today()
    with rt.store().reading() as session:
        todays = queries.checkin_on(session=session, trajectory_id=trajectory.id, day=today)
        first = queries.first_checkin_day(session=session, trajectory_id=trajectory.id)
        # Days before the very first check-in are not missed days: they are not shown.
        days = [d for d in last_days(today) if first is not None and d >= first]
        levels = (
            queries.energy_by_day(session=session, trajectory_id=trajectory.id, days=days)
            if days
            else []
        )
        recent = timeline(session=session, trajectory_id=trajectory.id, last=RECENT)
        shown = entries_context(session, trajectory.id, recent)
        active = exercises(session=session, trajectory_id=trajectory.id)
        counts = practised_this_week(session, trajectory.id)
        slots = sessions(session=session, trajectory_id=trajectory.id)

    console.say(t("overview.hello", name=trajectory.client_name))
    if trajectory.coach_name:
        console.say(t("overview.with_coach", coach=trajectory.coach_name))
    console.say(next_line(slots, today))
    console.say()
    if todays is not None:
        console.say(t("overview.checked_in", energy=todays.energy))
    else:
        console.say(t("overview.no_checkin"))
    if len(levels) > 1:  # a single day is no line yet
        spark = sparkline(levels, ascii_only=not console.rich_enabled())
        if len(days) == SPARK_DAYS:
            console.say(t("checkin.sparkline", spark=spark))
        else:
            console.say(t("checkin.sparkline_since", spark=spark, day=day_label(days[0], today)))
    if recent:
        from herstel.ui.entries import heading

        # One line each, so that the overview stays one calm screen; 'herstel show ID' has all.
        console.say()
        console.say(t("overview.recent"))
        for entry in recent:
            console.say("  " + heading(log_entry(entry, today, shown)))
    if active:
        console.say()
        console.say(t("overview.exercises"))
        for exercise in active:
            week = week_cell(counts.get(exercise.id, 0), exercise.per_week)
            console.say(f"  {exercise.name}: {week}")
    console.say()
    console.say(t("overview.hint"))


def overview() -> None:
    """`herstel` on its own: a calm word on where things stand."""
    trajectory = find_trajectory()
    if trajectory is None:
        require_trajectory()  # the setup questions, or the line that says to run init
        return  # what init just said is all the overview there is yet
    show_overview(trajectory)
