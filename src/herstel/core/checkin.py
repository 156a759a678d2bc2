"""The daily check-in: its fields, declared once, their checks, merging a second check-in for
the same day, and the days of the energy sparkline. Pure: no I/O.

Each field is declared once, on `CheckinFields` (its name and type) with its `FieldSpec` (kind,
range, flag): the flags of `checkin` and `edit`, their parsing, the form's questions and their
order, the JSON keys, the columns the store writes and the change descriptions all come from
`FIELDS`. A new field is one declaration here, its catalog lines (`help.<flag>`,
`checkin.ask.<name>`, `checkin.field.<name>`) and a migration (with its column on the model).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any, Literal

from herstel.core.dates import parse_hours, parse_whole
from herstel.core.entries import Choice
from herstel.core.text import TEXT_MAX, clean_free_text, decoded, has_forbidden_control
from herstel.core.work import CARRIED_BY
from herstel.errors import UsageError

ENERGY = (0, 10)
SLEEP_HOURS = (0.0, 24.0)
WORK_HOURS = (0.0, 24.0)
SCALE = (1, 5)
MINUTES = (0, 1440)
NAME_MAX = 60
NAMES_MAX = 50  # givers or drainers in one check-in: more is no longer a list to look at
NOTE_MAX = TEXT_MAX
SPARK_DAYS = 14

Kind = Literal["whole", "hours", "names", "text", "choice"]


def _declare(
    kind: Kind,
    flag: str,
    limits: tuple[float, float] = (0, 0),
    metavar_key: str | None = None,
    *,
    choice: Choice | None = None,
    work: bool = False,
) -> Any:
    """A field's declaration: empty by default, its spec in the dataclass field's metadata.
    `work`: asked only on a day of work (docs/work.md)."""
    spec = {
        "kind": kind, "flag": flag, "limits": limits, "metavar_key": metavar_key,
        "choice": choice, "work": work,
    }  # fmt: skip
    return field(default=None, metadata=spec)


@dataclass(frozen=True)
class CheckinFields:
    """A check-in's values, in the order they are asked and shown. None means "not given" (on
    input) or "empty" (stored)."""

    energy: int | None = _declare("whole", "--energy", ENERGY)
    sleep_hours: float | None = _declare("hours", "--sleep-hours", SLEEP_HOURS)
    sleep_quality: int | None = _declare("whole", "--sleep-quality", SCALE)
    food: int | None = _declare("whole", "--food", SCALE)
    movement: int | None = _declare("whole", "--movement", MINUTES, "meta.minutes")
    relaxation: int | None = _declare("whole", "--relaxation", MINUTES, "meta.minutes")
    structure: int | None = _declare("whole", "--structure", SCALE)
    givers: tuple[str, ...] | None = _declare("names", "--giver", metavar_key="meta.text")
    drainers: tuple[str, ...] | None = _declare("names", "--drainer", metavar_key="meta.text")
    # Back to work: asked on a day of work only (the hours only on a day the ramp plans work).
    work_hours: float | None = _declare("hours", "--work-hours", WORK_HOURS, work=True)
    carried_by: str | None = _declare("choice", "--carried-by", choice=CARRIED_BY, work=True)
    work_givers: tuple[str, ...] | None = _declare(
        "names", "--work-giver", metavar_key="meta.text", work=True
    )
    work_drainers: tuple[str, ...] | None = _declare(
        "names", "--work-drainer", metavar_key="meta.text", work=True
    )
    note: str | None = _declare("text", "--note", metavar_key="meta.text")
    private: bool | None = None  # a flag pair of its own (--private/--not-private)

    # Fields the person emptied on purpose (a form question answered with "-"): an update
    # clears them, where a field merely not given keeps its stored value.
    cleared: frozenset[str] = frozenset()
    # Fields taken as they were the day before ("the rest as yesterday"), not answered for this
    # day: insights leave them out of what they learn (docs/insights.md).
    copied: frozenset[str] = frozenset()

    def given(self) -> dict[str, Any]:
        """The fields that carry a value."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("cleared", "copied") and getattr(self, f.name) is not None
        }


@dataclass(frozen=True)
class FieldSpec:
    """One check-in field as every layer needs it; see the module's docstring."""

    name: str  # the attribute, the column and the JSON key
    kind: Kind  # whole: a whole number in `limits`; hours: quarter hours (7,5 or 7:30); names;
    # text; choice: one of `choice`'s values
    flag: str  # as the command line names it ("--giver": repeated for more)
    limits: tuple[float, float]
    metavar_key: str | None  # a message key; None: the range ("0-10"), or the choice's values
    choice: Choice | None = None
    work: bool = False  # asked only on a day of work

    @property
    def param(self) -> str:
        """The Typer parameter: the flag's name ("giver", "sleep_hours")."""
        return self.flag[2:].replace("-", "_")

    @property
    def help_key(self) -> str:
        return f"help.{self.param}"

    @property
    def ask_key(self) -> str:
        return f"checkin.ask.{self.name}"

    @property
    def label_key(self) -> str:
        return f"checkin.field.{self.name}"

    @property
    def many(self) -> bool:
        """A flag given once per value (givers, drainers)."""
        return self.kind == "names"

    @property
    def range_text(self) -> str:
        if self.choice is not None:
            return self.choice.metavar
        low, high = self.limits
        return f"{low:g}-{high:g}"

    def check(self, typed: str | Sequence[str], *, name: str | None = None) -> Any:
        """The value of what was typed (a flag's text, or its list for names); `name` is how a
        message names the field (default: the flag)."""
        label = self.flag if name is None else name
        if self.kind == "names":
            return check_names([typed] if isinstance(typed, str) else typed, name=label)
        assert isinstance(typed, str)  # noqa: S101 - only names take a list
        if self.kind == "text":
            return check_note(typed)
        if self.kind == "hours":
            return check_hours(typed, name=label, limits=self.limits)
        if self.kind == "choice":
            assert self.choice is not None  # noqa: S101 - declared with its choice
            return self.choice.check(typed, name=label)
        low, high = self.limits
        return parse_whole(typed, name=label, low=int(low), high=int(high))


FIELDS: tuple[FieldSpec, ...] = tuple(
    FieldSpec(name=f.name, **f.metadata) for f in fields(CheckinFields) if f.metadata
)
FIELD = {spec.name: spec for spec in FIELDS}
# What "the rest as yesterday" takes: never the day's own words (the note), nor work's fields,
# which are about that day's work (hours worked, what carried it).
COPYABLE = tuple(
    spec.name for spec in FIELDS if spec.name != "energy" and not spec.work and spec.kind != "text"
)
# The stored columns besides id, trajectory, timestamps and day, in the model's order.
COLUMNS = (*(spec.name for spec in FIELDS), "private")


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


def check_hours(text: str, *, name: str, limits: tuple[float, float] = SLEEP_HOURS) -> float:
    """Hours (slept, worked), within `limits`, as people type them (7,5 or 7.5, 7:30, 7u30:
    `parse_hours`), rounded to the nearest quarter hour."""
    hours = parse_hours(text, name=name)
    low, high = limits
    if not low <= hours <= high:
        raise UsageError(
            "number.out_of_range", name=name, value=text.strip(), low=f"{low:g}", high=f"{high:g}"
        )
    return round_quarter(hours)


def check_sleep_hours(text: str, *, name: str = "--sleep-hours") -> float:
    """Hours slept, 0-24, to the nearest quarter hour."""
    return check_hours(text, name=name, limits=SLEEP_HOURS)


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
    keep their values. A field answered again is no longer a copy of the day before, unless it
    was copied again."""
    updates = {name: None for name in given.cleared} | given.given()
    changes = [
        Change(name, getattr(stored, name), value)
        for name, value in updates.items()
        if getattr(stored, name) != value
    ]
    copied = (stored.copied - set(updates)) | given.copied
    return replace(stored, **updates, copied=frozenset(copied)), changes


def copy_of(previous: CheckinFields) -> CheckinFields:
    """The fields `COPYABLE` of an earlier check-in, marked as copied (the energy is the
    day's own; work and the note are never copied)."""
    taken = {
        name: getattr(previous, name) for name in COPYABLE if getattr(previous, name) is not None
    }
    return CheckinFields(**taken, copied=frozenset(taken))


def last_days(end: date, count: int = SPARK_DAYS) -> list[date]:
    """`count` days up to and including `end`, oldest first."""
    return [end - timedelta(days=offset) for offset in range(count - 1, -1, -1)]
