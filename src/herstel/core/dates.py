"""Date words, times, numbers and hours as people type them, in Dutch and English.

Accepted days: today/vandaag, yesterday/gisteren, eergisteren, tomorrow/morgen, overmorgen,
-3d / +3d, ISO 2027-01-04, and a day written with the year last, 4-1-2027 or 4/1/2027. In
Dutch that is always day first. In English it is taken where only one order makes a day on the
calendar (28-11-2026, 11/28/2026 and 4-4-2027 are clear); 4-1-2027 could be 4 January or 1 April
and is refused with the ISO forms to choose from. A time may follow: "gisteren 14:30".

Hours: 7,5 or 7.5 (a decimal comma or point), 7:30, 7u30, 7h30, 7 uur 30, 7 h 30 min, 7u, 45 min.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from herstel.errors import UsageError

_DAY_WORDS = {
    "today": 0,
    "vandaag": 0,
    "yesterday": -1,
    "gisteren": -1,
    "eergisteren": -2,
    "tomorrow": 1,
    "morgen": 1,
    "overmorgen": 2,
}
_OFFSET = re.compile(r"^([+-])(\d{1,4})d$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_WHOLE_DIGITS = 18  # digits: more than any whole number herstel takes (a seed, a count)


@dataclass(frozen=True)
class Moment:
    """A day with, when one was given, a time of day (local)."""

    day: date
    time: time | None


def parse_day(text: str, *, today: date, lang: str) -> date:
    """The day `text` names, relative to `today`. Raises UsageError (exit 2) when it names none."""
    value = text.strip().lower()
    if value in _DAY_WORDS:
        return today + timedelta(days=_DAY_WORDS[value])
    match = _OFFSET.match(value)
    if match:
        days = int(match.group(2))
        return today + timedelta(days=-days if match.group(1) == "-" else days)
    match = _ISO.match(value)
    if match:
        return _make_day(text, int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _YEAR_LAST.match(value)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if lang == "nl":  # Dutch writes the day first, always
            return _make_day(text, year, second, first)
        return _either_order(text, year, first, second)
    raise UsageError("date.unknown", value=text.strip())


def _either_order(text: str, year: int, first: int, second: int) -> date:
    """English: 28-11-2026 (day first) and 11-28-2026 (month first) are each one day; 4-1-2027
    could be either, and is refused with both ISO forms."""
    day_first, month_first = _day_or_none(year, second, first), _day_or_none(year, first, second)
    if day_first is not None and month_first is not None and day_first != month_first:
        raise UsageError(
            "date.ambiguous",
            value=text.strip(),
            day_first=day_first,  # shown as people read a day: "Mon 4 Jan 2027"
            month_first=month_first,
            day_first_iso=day_first.isoformat(),
            month_first_iso=month_first.isoformat(),
        )
    found = day_first or month_first
    if found is None:
        raise UsageError("date.no_such_day", value=text.strip())
    return found


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _make_day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UsageError("date.no_such_day", value=text.strip()) from None


def parse_time(text: str) -> time:
    """HH:MM (or HH.MM, as often written in Dutch), 00:00 to 23:59."""
    value = text.strip()
    match = _TIME.match(value)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise UsageError("time.unknown", value=value)


def is_time(text: str) -> bool:
    """Whether `text` is written as a time of day (14:30, 9.30), valid or not."""
    return bool(_TIME.match(text.strip()))


def parse_moment(text: str, *, today: date, lang: str) -> Moment:
    """A day, optionally followed by a time: "yesterday 14:30", "4-1-2027 9.30"."""
    parts = text.split()
    if len(parts) == 2 and _TIME.match(parts[1]):
        return Moment(parse_day(parts[0], today=today, lang=lang), parse_time(parts[1]))
    return Moment(parse_day(text, today=today, lang=lang), None)


def parse_number(text: str, *, name: str) -> float:
    """A number as typed, with a decimal comma or point: "7,5" and "7.5" are both 7.5."""
    value = text.strip().replace(",", ".")
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
        return float(value)
    raise UsageError("number.not_a_number", name=name, value=text.strip())


# Hours with minutes: 7:30; 7u30, 7h30, 7 uur 30, 7 h 30 min; 7u, 7 uur; and minutes alone: 45 min.
_HOURS_COLON = re.compile(r"(\d{1,2}):(\d{2})")
_HOURS_WORD = re.compile(
    r"(\d{1,2}) ?(?:h|u|uur|hr|hrs|hour|hours) ?(?:(\d{1,2}) ?(?:m|min|mins|minuten|minutes)?)?"
)
_MINUTES_ONLY = re.compile(r"(\d{1,4}) ?(?:m|min|mins|minuten|minutes)")
_DECIMAL_HOURS = re.compile(r"([0-9.,+-]+) ?(?:h|u|uur|hr|hrs|hour|hours)")


def parse_hours(text: str, *, name: str) -> float:
    """A duration in hours as people type it: "7,5", "7.5", "7,5 uur", "7:30", "7u30", "7h30",
    "7 uur 30", "7 h 30 min" (as herstel says it back), "7u", "45 min". Minutes after the hours
    go up to 59. Not rounded, nor checked against a range: that is the field's to do."""
    value = " ".join(text.strip().lower().split())
    match = _HOURS_COLON.fullmatch(value) or _HOURS_WORD.fullmatch(value)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if minutes > 59:
            raise UsageError("hours.minutes", name=name, value=text.strip(), minutes=minutes)
        return hours + minutes / 60
    match = _MINUTES_ONLY.fullmatch(value)
    if match:
        return int(match.group(1)) / 60
    match = _DECIMAL_HOURS.fullmatch(value)
    try:
        return parse_number(value if match is None else match.group(1), name=name)
    except UsageError:
        raise UsageError("hours.unknown", name=name, value=text.strip()) from None


def parse_whole(text: str, *, name: str, low: int, high: int) -> int:
    """A whole number within low..high (both included)."""
    value = text.strip()
    if not re.fullmatch(r"[+-]?\d+", value):
        raise UsageError("number.not_whole", name=name, value=value)
    # More digits than any range herstel has is out of it: Python refuses to read a number of
    # over 4,300 digits at all (a ValueError, not the person's mistake said plainly).
    too_long = len(value.lstrip("+-").lstrip("0")) > _WHOLE_DIGITS
    number = 0 if too_long else int(value)
    if too_long or not low <= number <= high:
        raise UsageError("number.out_of_range", name=name, value=value, low=low, high=high)
    return number


def parse_period(
    since: str | None, until: str | None, *, today: date, lang: str
) -> tuple[date | None, date | None]:
    """--since and --until as days (None where not given); refused when they are the wrong way
    round."""
    first = None if since is None else parse_day(since, today=today, lang=lang)
    last = None if until is None else parse_day(until, today=today, lang=lang)
    if first is not None and last is not None and first > last:
        raise UsageError("log.reversed", since=since or "", until=until or "")
    return first, last
