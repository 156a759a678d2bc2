"""Figures over a run of days: what `herstel plan` shows per period. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DayFigures:
    """Every entry reduced to what the period figures need, with its day."""

    checkins: dict[date, tuple[int, float | None]]  # day: (energy, sleep hours)
    signals: list[tuple[date, str | None]]  # (day, limit)
    patterns: list[date]
    practices: list[date]


@dataclass(frozen=True)
class PeriodFigures:
    checkins: int
    energy_avg: float | None
    sleep_avg: float | None
    signals_near: int
    signals_crossed: int
    patterns: int
    practices: int
    energy: list[int | None]  # one a day, first to last; None where there was no check-in


def days_between(first: date, last: date) -> list[date]:
    """Every day from `first` to `last`, both included (none when `last` comes first)."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def average(values: Sequence[float]) -> float | None:
    """The mean to one decimal; None for no values."""
    return round(sum(values) / len(values), 1) if values else None


def period_figures(figures: DayFigures, first: date, last: date) -> PeriodFigures:
    def within(day: date) -> bool:
        return first <= day <= last

    days = days_between(first, last)
    checkins = [figures.checkins[day] for day in days if day in figures.checkins]
    limits = [limit for day, limit in figures.signals if within(day)]
    return PeriodFigures(
        checkins=len(checkins),
        energy_avg=average([energy for energy, _ in checkins]),
        sleep_avg=average([sleep for _, sleep in checkins if sleep is not None]),
        signals_near=limits.count("near"),
        signals_crossed=limits.count("crossed"),
        patterns=sum(1 for day in figures.patterns if within(day)),
        practices=sum(1 for day in figures.practices if within(day)),
        energy=[figures.checkins[day][0] if day in figures.checkins else None for day in days],
    )
