"""The daily check-in: its fields, their checks, merging a second check-in for the same day,
and the energy sparkline. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from herstel.core.dates import parse_number, parse_whole
from herstel.core.text import TEXT_MAX, clean_free_text, decoded, has_forbidden_control
from herstel.errors import UsageError

ENERGY = (0, 10)
SLEEP_HOURS = (0.0, 24.0)
SCALE = (1, 5)
MINUTES = (0, 1440)
NAME_MAX = 60
NAMES_MAX = 50  # givers or drainers in one check-in: more is no longer a list to look at
NOTE_MAX = TEXT_MAX
SPARK_DAYS = 14


@dataclass(frozen=True)
class CheckinFields:
    """A check-in's values. None means "not given" (on input) or "empty" (stored)."""

    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    food: int | None = None
    movement: int | None = None
    relaxation: int | None = None
    structure: int | None = None
    givers: tuple[str, ...] | None = None
    drainers: tuple[str, ...] | None = None
    note: str | None = None
    private: bool | None = None

    # Fields the person emptied on purpose (a form question answered with "-"): an update
    # clears them, where a field merely not given keeps its stored value.
    cleared: frozenset[str] = frozenset()

    def given(self) -> dict[str, Any]:
        """The fields that carry a value."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name != "cleared" and getattr(self, f.name) is not None
        }


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


def check_energy(text: str, *, name: str = "--energy") -> int:
    return parse_whole(text, name=name, low=ENERGY[0], high=ENERGY[1])


def check_scale(text: str, *, name: str) -> int:
    return parse_whole(text, name=name, low=SCALE[0], high=SCALE[1])


def check_minutes(text: str, *, name: str) -> int:
    return parse_whole(text, name=name, low=MINUTES[0], high=MINUTES[1])


def round_quarter(hours: float) -> float:
    """To the nearest quarter hour; halfway rounds up (7.125 -> 7.25)."""
    return int(hours * 4 + 0.5) / 4


def check_sleep_hours(text: str, *, name: str = "--sleep-hours") -> float:
    """Hours slept, 0-24, decimal comma or point, rounded to the nearest quarter hour."""
    hours = parse_number(text, name=name)
    low, high = SLEEP_HOURS
    if not low <= hours <= high:
        raise UsageError("number.out_of_range", name=name, value=text.strip(), low=0, high=24)
    return round_quarter(hours)


def check_names(values: Sequence[str], *, name: str) -> tuple[str, ...]:
    """Givers or drainers: short one-line texts; commas also separate; duplicates dropped."""
    names: list[str] = []
    for value in values:
        for part in decoded(value).split(","):
            item = " ".join(part.split())
            if has_forbidden_control(part, allow_newlines=False):
                raise UsageError("text.control", field=name)
            if len(item) > NAME_MAX:
                raise UsageError("text.too_long", field=name, limit=NAME_MAX)
            if item and item.casefold() not in {n.casefold() for n in names}:
                names.append(item)
    if len(names) > NAMES_MAX:
        raise UsageError("names.too_many", field=name, limit=NAMES_MAX)
    return tuple(names)


def check_note(text: str) -> str | None:
    note = clean_free_text(text, field="--note").strip()
    if len(note) > NOTE_MAX:
        raise UsageError("text.too_long", field="--note", limit=NOTE_MAX)
    return note or None


def merge(stored: CheckinFields, given: CheckinFields) -> tuple[CheckinFields, list[Change]]:
    """A second check-in for the same day: given fields replace, cleared ones empty, the rest
    keep their values."""
    updates = {name: None for name in given.cleared} | given.given()
    changes = [
        Change(name, getattr(stored, name), value)
        for name, value in updates.items()
        if getattr(stored, name) != value
    ]
    return replace(stored, **updates), changes


def last_days(end: date, count: int = SPARK_DAYS) -> list[date]:
    """`count` days up to and including `end`, oldest first."""
    return [end - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


SPARK_UNICODE = "▁▁▂▃▃▄▅▅▆▇█"
SPARK_ASCII = "0123456789X"  # one character a day: the energy itself, X for 10
MISSING_UNICODE = "·"
MISSING_ASCII = "."


def sparkline(levels: Sequence[int | None], *, ascii_only: bool) -> str:
    """One character per day, energy 0-10; a day without a check-in is a quiet dot."""
    chars = SPARK_ASCII if ascii_only else SPARK_UNICODE
    missing = MISSING_ASCII if ascii_only else MISSING_UNICODE
    return "".join(missing if level is None else chars[level] for level in levels)
