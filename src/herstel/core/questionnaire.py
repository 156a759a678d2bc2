"""Scoring a questionnaire, pure: a subscale's score from the answers, and its band.

- A reverse-scored item counts as (the scale's lowest + highest value - the answer).
- `sum`: the sum of the subscale's items, only when every one of them is answered (a sum of
  fewer items would look like a lower score).
- `mean`: the mean of the answered items, when at least half of them are answered.
- Otherwise the subscale has no score: skipped items are just missing data.
- A band holds a score from its `min` to its `max`, both included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Subscale:
    id: str
    items: tuple[str, ...]
    method: str  # "sum" or "mean"
    bands: tuple[tuple[float, float, str], ...] = ()  # (min, max, a key for the label)


def counted(answer: int, *, reverse: bool, low: int, high: int) -> int:
    return low + high - answer if reverse else answer


def subscale_score(
    subscale: Subscale,
    answers: Mapping[str, int | None],
    *,
    reverse: frozenset[str],
    low: int,
    high: int,
) -> float | None:
    values = [answers.get(item) for item in subscale.items]
    given = [
        counted(value, reverse=item in reverse, low=low, high=high)
        for item, value in zip(subscale.items, values, strict=True)
        if value is not None
    ]
    if subscale.method == "sum":
        return float(sum(given)) if len(given) == len(values) else None
    if not given or len(given) * 2 < len(values):
        return None
    return sum(given) / len(given)


def band_of(subscale: Subscale, score: float | None) -> str | None:
    """The key of the band that holds `score` (None outside every band, or without a score)."""
    if score is None:
        return None
    for low, high, key in subscale.bands:
        if low <= round(score, 2) <= high:
            return key
    return None
