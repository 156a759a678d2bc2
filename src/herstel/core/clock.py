"""Today and now, decided once per run: the real clock, or the one `HERSTEL_TODAY` pins.

Nothing below the command line reads the clock; it is handed `today` (the client's local date,
the truth for days) and, where an entry defaults to "now", the local time as well. A pinned
clock makes demos, screenshots and the whole test suite independent of the day they run on:
`HERSTEL_TODAY=2027-03-31` is that day at noon, `HERSTEL_TODAY=2027-03-31T23:59` that moment.
Record timestamps (`created_at`, `updated_at`) keep the real UTC time, which only ever grows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from herstel.errors import UsageError

PIN_VARIABLE = "HERSTEL_TODAY"
_NOON = time(12, 0)


@dataclass(frozen=True)
class Clock:
    """The local moment this run is about; `today` is its date."""

    now: datetime  # local, naive: the client's wall clock

    @property
    def today(self) -> date:
        return self.now.date()


def clock_from(environ: Mapping[str, str], *, real_now: datetime | None = None) -> Clock:
    """The pinned clock when HERSTEL_TODAY is set, else the real one (`real_now` for tests of
    this function). A pin that does not parse is a usage error, not a silent real clock."""
    pinned = environ.get(PIN_VARIABLE, "").strip()
    if not pinned:
        return Clock(now=real_now or datetime.now())
    try:
        if "T" in pinned or " " in pinned:
            moment = datetime.fromisoformat(pinned)
            return Clock(now=moment.replace(tzinfo=None, microsecond=0))
        return Clock(now=datetime.combine(date.fromisoformat(pinned), _NOON))
    except ValueError:
        raise UsageError("usage.bad_today", variable=PIN_VARIABLE, value=pinned[:40]) from None
