"""The Poortwachter clock: the milestones of the Dutch Wet verbetering poortwachter, counted from
the first day of sick leave. A guide, not legal advice (docs/work.md says so). Pure.

Week N of sick leave is days 7(N-1) to 7N-1 after `sick_since` (the first day is day 0 of week
1); a milestone "in week N" falls on that week's last day, the latest it is due. The first-year
evaluation spans weeks 46 to 52. Once the ramp is done (back at full hours) the clock stops: no
milestone after that day is shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

# (key, week) in order; evaluations of the plan van aanpak every six weeks after week 8.
PROBLEM_ANALYSIS = 6
PLAN_OF_APPROACH = 8
EVALUATION_EVERY = 6
UWV_REPORT = 42
FIRST_YEAR = (46, 52)
WIA_APPLICATION = 91
END = 104

# A fixed namespace, so that a milestone's calendar UID stays the same from one export to the next.
_NAMESPACE = uuid.UUID("6f1c3b52-8f3e-4c1e-9a7d-2b8e5d4f0c11")


@dataclass(frozen=True)
class Milestone:
    key: str  # problem_analysis, plan_of_approach, evaluation, uwv_report, first_year, wia, end
    week: int  # the week of sick leave it is due in (the first, for a span)
    day: date  # the day it is due (a span: its first day)
    until: date | None = None  # a span's last day
    number: int | None = None  # the evaluation's number (1, 2, ...)

    def uid(self, trajectory_id: str) -> str:
        """A stable calendar UID: the same trajectory and milestone give the same one."""
        name = f"{trajectory_id}:{self.key}:{self.week}"
        return f"{uuid.uuid5(_NAMESPACE, name)}@herstel.invalid"


def week_end(sick_since: date, week: int) -> date:
    """The last day of week `week` of sick leave."""
    return sick_since + timedelta(days=7 * week - 1)


def week_start(sick_since: date, week: int) -> date:
    return sick_since + timedelta(days=7 * (week - 1))


def milestones(sick_since: date, *, done_on: date | None = None) -> list[Milestone]:
    """Every milestone from `sick_since`, in order; none after the ramp was done."""
    found = [
        Milestone("problem_analysis", PROBLEM_ANALYSIS, week_end(sick_since, PROBLEM_ANALYSIS)),
        Milestone("plan_of_approach", PLAN_OF_APPROACH, week_end(sick_since, PLAN_OF_APPROACH)),
    ]
    evaluations = range(PLAN_OF_APPROACH + EVALUATION_EVERY, END, EVALUATION_EVERY)
    for number, week in enumerate(evaluations, start=1):
        found.append(Milestone("evaluation", week, week_end(sick_since, week), number=number))
    found += [
        Milestone("uwv_report", UWV_REPORT, week_end(sick_since, UWV_REPORT)),
        Milestone(
            "first_year",
            FIRST_YEAR[0],
            week_start(sick_since, FIRST_YEAR[0]),
            until=week_end(sick_since, FIRST_YEAR[1]),
        ),
        Milestone("wia", WIA_APPLICATION, week_end(sick_since, WIA_APPLICATION)),
        Milestone("end", END, week_end(sick_since, END)),
    ]
    found.sort(key=lambda m: (m.day, m.week))
    if done_on is not None:
        found = [m for m in found if m.day < done_on]
    return found


def sick_week(sick_since: date, day: date) -> int | None:
    """The week of sick leave `day` falls in (1 for the first); None before it began."""
    if day < sick_since:
        return None
    return (day - sick_since).days // 7 + 1
