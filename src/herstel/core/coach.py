"""The coach's side, pure: which client a name means, and each client's figures at a glance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from herstel.core.entries import find_named, fold
from herstel.core.trend import Trend, energy_trend
from herstel.errors import HerstelError

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

    trend: Trend  # the one trend: the last 14 days against the 14 before (core.trend)
    crossings: int  # limits crossed in the last 14 days

    @property
    def energy_average(self) -> float | None:
        """The last 14 days, today included."""
        return self.trend.recent_average

    @property
    def energy_before(self) -> float | None:
        """The 14 days before those."""
        return self.trend.before_average


def glance(*, energy: Iterable[tuple[date, int]], crossed: Iterable[date], today: date) -> Glance:
    """The figures from a client's check-ins (day, energy) and the days of crossed limits."""
    found = energy_trend(energy, last=today)
    crossings = sum(1 for day in crossed if found.recent_first <= day <= today)
    return Glance(found, crossings)
