"""The structural layer's fields: signals, the early-warning ladder, pattern and biography notes,
exercises and their practice. Their allowed values, the checks on what people type, and finding
a record by the name someone types. Pure: no I/O; `now` is a parameter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from herstel.core.dates import Moment, is_time, parse_moment, parse_time, parse_whole
from herstel.core.text import TEXT_MAX, clean_free_text, clean_name
from herstel.errors import UsageError

T = TypeVar("T")

INTENSITY = (1, 5)
PER_WEEK = (1, 21)
SESSIONS = (1, 10)


@dataclass(frozen=True)
class Choice:
    """A field with a closed set of values, stored in English; Dutch words are accepted too."""

    values: tuple[str, ...]
    dutch: Mapping[str, str]

    @property
    def metavar(self) -> str:
        """How help shows the values: "body|emotion"."""
        return "|".join(self.values)

    def check(self, text: str, *, name: str) -> str:
        typed = "-".join(fold(text).split())
        if typed in self.values:
            return typed
        if typed in self.dutch:
            return self.dutch[typed]
        raise UsageError(
            "choice.unknown", name=name, value=text.strip(), choices="|".join(self.values)
        )


SIGNAL_TYPE = Choice(("body", "emotion"), {"lichaam": "body", "emotie": "emotion"})
LIMIT = Choice(
    ("none", "near", "crossed"),
    {"geen": "none", "dichtbij": "near", "nabij": "near", "over": "crossed"},
)
FIT = Choice(("yes", "no"), {"ja": "yes", "klopt": "yes", "nee": "no", "klopt-niet": "no"})
COLOUR = Choice(("green", "orange", "red"), {"groen": "green", "oranje": "orange", "rood": "red"})
BELIEF = Choice(
    ("perfection", "no-burden", "nothing-wrong", "expectations", "other"),
    {
        "perfectie": "perfection",
        "niemand-tot-last": "no-burden",
        "geen-last": "no-burden",
        "niets-mis": "nothing-wrong",
        "verwachtingen": "expectations",
        "anders": "other",
    },
)
EXERCISE_TYPE = Choice(
    ("mindfulness", "breathing", "movement", "boundaries", "reflection", "other"),
    {
        "ademhaling": "breathing",
        "beweging": "movement",
        "grenzen": "boundaries",
        "reflectie": "reflection",
        "anders": "other",
    },
)
# The parts of the trajectory plan the method always has (a goal belongs to one).
GOAL_PART = Choice(
    ("energy", "biography", "practice", "exercises"),
    {
        "energie": "energy",
        "biografie": "biography",
        "praktijk": "practice",
        "oefeningen": "exercises",
    },
)


def fold(text: str) -> str:
    """For comparing names: case, accents and runs of white space do not count."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def check_name(text: str, *, field: str) -> str:
    """A short one-line name (a signal, an exercise); required."""
    name = clean_name(text, field=field, required=True)
    assert name is not None  # noqa: S101 - clean_name refuses an empty required name
    return " ".join(name.split())


def check_text(text: str, *, field: str, required: bool = False) -> str | None:
    """Free text: newlines and tabs are fine; empty means none (refused when required)."""
    value = clean_free_text(text, field=field).strip()
    if len(value) > TEXT_MAX:
        raise UsageError("text.too_long", field=field, limit=TEXT_MAX)
    if not value:
        if required:
            raise UsageError("text.empty", field=field)
        return None
    return value


def check_intensity(text: str, *, name: str = "--intensity") -> int:
    return parse_whole(text, name=name, low=INTENSITY[0], high=INTENSITY[1])


def check_per_week(text: str, *, name: str = "--per-week") -> int:
    return parse_whole(text, name=name, low=PER_WEEK[0], high=PER_WEEK[1])


def check_session(text: str, *, name: str = "--session") -> int:
    return parse_whole(text, name=name, low=SESSIONS[0], high=SESSIONS[1])


def check_at(text: str | None, *, now: datetime, lang: str) -> tuple[date, time | None]:
    """When it happened: a date word with an optional time ("gisteren 14:30"); default now
    (local, naive). A moment after now is refused; a day without a time keeps no time."""
    if text is None:
        return now.date(), now.time().replace(second=0, microsecond=0)
    if is_time(text):  # a time alone: today
        moment = Moment(now.date(), parse_time(text))
    else:
        moment = parse_moment(text, today=now.date(), lang=lang)
    # A minute's grace: "14:31" typed at 14:30:50 is not the future.
    latest = now + timedelta(minutes=1)
    if moment.day > now.date() or (
        moment.time is not None and datetime.combine(moment.day, moment.time) > latest
    ):
        raise UsageError("entry.future", value=text.strip())
    return moment.day, moment.time


def find_named(typed: str, candidates: Sequence[tuple[str, T]], *, prefix: bool) -> list[T]:
    """The candidates whose name is `typed` (case, accents and spacing aside); failing that,
    with `prefix`, those whose name starts with it."""
    key = fold(typed)
    exact = [item for name, item in candidates if fold(name) == key]
    if exact or not prefix or not key:
        return exact
    return [item for name, item in candidates if fold(name).startswith(key)]


def week_of(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


SHORT_ID = 6  # the fewest characters of a UUID shown as its short id
_ID_PREFIX = re.compile(r"^[0-9a-f-]{4,36}$")


def short_ids(ids: Iterable[str], *, minimum: int = SHORT_ID) -> dict[str, str]:
    """Each id's short form: its first `minimum` characters, or as many more as make it unique
    among `ids`."""
    ordered = sorted(set(ids))
    shorts: dict[str, str] = {}
    for number, ident in enumerate(ordered):
        length = minimum
        for neighbour in ordered[max(number - 1, 0) : number + 2]:
            if neighbour != ident:
                shared = next(
                    (n for n, (a, b) in enumerate(zip(ident, neighbour, strict=False)) if a != b),
                    min(len(ident), len(neighbour)),
                )
                length = max(length, shared + 1)
        shorts[ident] = ident[:length]
    return shorts


def check_id(text: str) -> str:
    """An id as typed: at least 4 of its first characters (hex, dashes allowed)."""
    value = text.strip().lower()
    if not _ID_PREFIX.match(value):
        raise UsageError("id.bad", value=text.strip()[:40])
    return value
