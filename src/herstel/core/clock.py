"""Today and now, decided once per run: the real clock, or the one `HERSTEL_TODAY` pins.

Nothing below the command line reads the clock; it is handed `today` (the client's local date,
the truth for days) and, where an entry defaults to "now", the local time as well. A pinned
clock makes demos, screenshots and the whole test suite independent of the day they run on:
`HERSTEL_TODAY=2027-03-31` is that day at noon, `HERSTEL_TODAY=2027-03-31T23:59` that moment.

Record timestamps (`created_at`, `updated_at`, an import's time) come from `utc_now()`. On the
real clock that is the real UTC time. On a pinned clock they fall on the pinned day and still
grow from one command to the next:

- with `HERSTEL_TODAY_SINCE` (a Unix time; the test suite sets it at the start of each test),
  the pinned moment plus the real time gone by since then, whatever the machine's clock does at
  midnight meanwhile;
- without it (a demo, a screenshot), the real time moved by whole days to the pinned day.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time

from herstel.errors import UsageError

PIN_VARIABLE = "HERSTEL_TODAY"
SINCE_VARIABLE = "HERSTEL_TODAY_SINCE"
_NOON = day_time(12, 0)
_DAY = 24 * 60 * 60  # seconds


@dataclass(frozen=True)
class Clock:
    """The local moment this run is about; `today` is its date."""

    now: datetime  # local, naive: the client's wall clock
    pinned: bool = False
    # For a pinned clock: the real Unix time at which it showed `now` (HERSTEL_TODAY_SINCE).
    pinned_at: float | None = field(default=None)

    @property
    def today(self) -> date:
        return self.now.date()

    def utc_now(self) -> datetime:
        """A record's timestamp, timezone-aware in UTC."""
        if not self.pinned:
            return datetime.now(UTC)
        if self.pinned_at is not None:
            # Negative when HERSTEL_TODAY_SINCE is ahead: the moments before the pinned one.
            gone_by = time.time() - self.pinned_at
            return self.now.astimezone(UTC) + timedelta(seconds=gone_by)
        real = datetime.now().astimezone()
        return (real + timedelta(days=(self.today - real.date()).days)).astimezone(UTC)


def clock_from(environ: Mapping[str, str], *, real_now: datetime | None = None) -> Clock:
    """The pinned clock when HERSTEL_TODAY is set, else the real one (`real_now` for tests of
    this function). A pin that does not parse is a usage error, not a silent real clock."""
    pinned = environ.get(PIN_VARIABLE, "").strip()
    if not pinned:
        return Clock(now=real_now or datetime.now())
    try:
        if "T" in pinned or " " in pinned:
            moment = datetime.fromisoformat(pinned).replace(tzinfo=None, microsecond=0)
        else:
            moment = datetime.combine(date.fromisoformat(pinned), _NOON)
    except ValueError:
        raise UsageError("usage.bad_today", variable=PIN_VARIABLE, value=pinned) from None
    since = environ.get(SINCE_VARIABLE, "").strip()
    try:
        pinned_at = float(since) if since else None
    except ValueError:
        raise UsageError("usage.bad_since", variable=SINCE_VARIABLE, value=since) from None
    return Clock(now=moment, pinned=True, pinned_at=pinned_at)


def zone_in_range() -> bool:
    """Whether Python can keep time in the machine's time zone. POSIX lets `TZ` say any offset
    (`TZ=UTC+24` is a whole day behind UTC), but Python's time zones stop short of a day: there
    `datetime.astimezone()` raises, and every local day herstel works out would fail."""
    offsets = (time.timezone, time.altzone, time.localtime().tm_gmtoff)
    return all(abs(offset) < _DAY for offset in offsets)


def keep_time_in_utc() -> None:
    """This run (and what it starts, an editor) keeps time in UTC: for a zone Python cannot use.
    No place on earth is a day or more from UTC, so its days are the nearest to the truth."""
    os.environ["TZ"] = "UTC0"
    if hasattr(time, "tzset"):  # not on Windows, whose zones are never out of range
        time.tzset()
