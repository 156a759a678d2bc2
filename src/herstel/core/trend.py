"""The one meaning of an energy trend, wherever herstel names one (`herstel`, `coach`,
`coach report`, `prepare`, `plan`, `insights`): the average energy of the last 14 days, the
last day included, against the average of the 14 days before those. Pure.

A trend is named only when both fortnights hold at least `LEAST` check-ins, and it is "rising"
or "falling" only when the two averages lie at least `STEP` apart; otherwise "steady". Every
place that shows the word also says what it compares (`ui/trend.py`), so that two screens can
never seem to disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

WINDOW = 14  # days on each side
LEAST = 4  # check-ins on each side, at the least, before a trend is named
STEP = 1.0  # a change in average energy smaller than this is "steady"


@dataclass(frozen=True)
class Trend:
    """The last fortnight against the one before it."""

    last: date  # the last day of the recent fortnight (today, as a rule)
    recent_average: float | None  # None without check-ins in it
    before_average: float | None
    recent_checkins: int
    before_checkins: int

    @property
    def recent_first(self) -> date:
        return self.last - timedelta(days=WINDOW - 1)

    @property
    def before_first(self) -> date:
        return self.last - timedelta(days=2 * WINDOW - 1)

    @property
    def before_last(self) -> date:
        return self.last - timedelta(days=WINDOW)

    @property
    def direction(self) -> str | None:
        """ "rising", "falling" or "steady"; None while either fortnight has too few check-ins."""
        if self.recent_average is None or self.before_average is None:
            return None
        if min(self.recent_checkins, self.before_checkins) < LEAST:
            return None
        change = self.recent_average - self.before_average
        if change >= STEP:
            return "rising"
        if change <= -STEP:
            return "falling"
        return "steady"

    def as_json(self) -> dict[str, Any]:
        """The trend and what it rests on, for every `--json` that names one."""
        return {
            "direction": self.direction,
            "recent_average": self.recent_average,
            "recent_checkins": self.recent_checkins,
            "recent_from": self.recent_first.isoformat(),
            "recent_to": self.last.isoformat(),
            "before_average": self.before_average,
            "before_checkins": self.before_checkins,
            "before_from": self.before_first.isoformat(),
            "before_to": self.before_last.isoformat(),
        }


def _average(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def energy_trend(energy: Iterable[tuple[date, int]], *, last: date) -> Trend:
    """The trend up to `last` from check-ins as (day, energy); days outside the four weeks are
    ignored."""
    recent: list[int] = []
    before: list[int] = []
    recent_first = last - timedelta(days=WINDOW - 1)
    before_first = last - timedelta(days=2 * WINDOW - 1)
    for day, level in energy:
        if recent_first <= day <= last:
            recent.append(level)
        elif before_first <= day < recent_first:
            before.append(level)
    return Trend(
        last=last,
        recent_average=_average(recent),
        before_average=_average(before),
        recent_checkins=len(recent),
        before_checkins=len(before),
    )
