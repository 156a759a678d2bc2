"""The calm word on very hard days: when the days say so, one quiet line after the check-in
names who can help. Pure: the rule, stated for people in docs/insights.md ("A word on very
hard days"); change the two together.

The rule, on the day of the check-in:
- its energy and that of the two days before are all 0 or 1 (three check-ins, three days
  running: a missed day breaks the run, since nothing is known of it), or
- a signal that day crossed the limit ("over my limit") and is a red signal of the client's own
  early-warning ladder.
It is said at most once a day (whatever day the check-in is about), and never when the client
turned it off (`config set care-line off`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Literal

# The Dutch crisis line (113 Zelfmoordpreventie), day and night: the method is Dutch. Another
# country's is set with `config set crisis-line TEXT`; the interface language says nothing of
# where someone lives.
CRISIS_LINE = "113 (0800-0113)"
LOW_ENERGY = 1  # 0 or 1
LOW_DAYS = 3

Reason = Literal["low_energy", "red_limit"]


def hard_day(
    *, day: date, energy: Mapping[date, int], red_crossed: Iterable[date]
) -> Reason | None:
    """Why `day` calls for the care line (None: it does not). `energy`: the check-ins' energy
    by day (at least the three days up to `day`); `red_crossed`: the days of signals that
    crossed the limit on a red ladder signal."""
    if day.toordinal() < LOW_DAYS:  # the very start of the calendar: no three days before it
        return "red_limit" if day in set(red_crossed) else None
    run = [energy.get(day - timedelta(days=back)) for back in range(LOW_DAYS)]
    if all(level is not None and level <= LOW_ENERGY for level in run):
        return "low_energy"
    if day in set(red_crossed):
        return "red_limit"
    return None
