"""The coach's side, pure: which client a name means, and each client's figures at a glance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from herstel.core.entries import find_named, fold
from herstel.core.summary import average
from herstel.errors import HerstelError

WINDOW = 14  # days: the overview's energy and crossings look this far back
TREND_STEP = 0.5  # a change smaller than this, on the 0-10 scale, is level
ID_LEAST = 4  # characters of an id that may name a client


@dataclass(frozen=True)
class Named:
    id: str  # the trajectory's id
    name: str


def find_client(typed: str, clients: Sequence[Named]) -> Named:
    """The client `typed` names: their whole name (case, accents and spacing aside), a unique
    start of it, or a start of their id. HerstelError (exit 1) for none or several, naming the
    candidates."""
    key = fold(typed)
    if not key:
        raise HerstelError("coach.client_none", value=typed.strip(), candidates=_listed(clients))
    found = find_named(typed, [(c.name, c) for c in clients], prefix=True)
    if not found and len(key) >= ID_LEAST:
        found = [c for c in clients if c.id.startswith(key)]
    if len(found) == 1:
        return found[0]
    if not found:
        if not clients:
            raise HerstelError("coach.no_clients")
        raise HerstelError("coach.client_none", value=typed.strip(), candidates=_listed(clients))
    raise HerstelError("coach.client_many", value=typed.strip(), candidates=_listed(found))


def _listed(clients: Iterable[Named]) -> str:
    """Names with the start of their id, which tells two clients of one name apart."""
    return ", ".join(f"{c.name} ({c.id[:8]})" for c in sorted(clients, key=lambda c: fold(c.name)))


@dataclass(frozen=True)
class Glance:
    """One client's line in `coach clients`."""

    energy_average: float | None  # the last 14 days, today included
    energy_before: float | None  # the 14 days before those
    energy_trend: str | None  # rising, falling, steady (as prepare says); None without both
    crossings: int  # limits crossed in the last 14 days


def glance(*, energy: Iterable[tuple[date, int]], crossed: Iterable[date], today: date) -> Glance:
    """The figures from a client's check-ins (day, energy) and the days of crossed limits."""
    recent_start = today - timedelta(days=WINDOW - 1)
    before_start = recent_start - timedelta(days=WINDOW)
    recent: list[float] = []
    before: list[float] = []
    for day, level in energy:
        if recent_start <= day <= today:
            recent.append(level)
        elif before_start <= day < recent_start:
            before.append(level)
    now, then = average(recent), average(before)
    trend = None
    if now is not None and then is not None:
        change = now - then
        trend = (
            "rising" if change >= TREND_STEP else "falling" if change <= -TREND_STEP else "steady"
        )
    crossings = sum(1 for day in crossed if recent_start <= day <= today)
    return Glance(now, then, trend, crossings)
