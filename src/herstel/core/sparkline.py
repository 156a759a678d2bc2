"""The one sparkline: a row of values as one character each, low to high, on a fixed scale.

On a terminal that cannot show the bars (plain output: a pipe, NO_COLOR, a non-UTF-8 terminal)
the ASCII row uses no digits, so that it never reads as the values themselves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

BARS_UNICODE = "▁▂▃▄▅▆▇█"
BARS_ASCII = "_,-~=+*#"  # every one apart from the missing dot, and no digits
MISSING_UNICODE = "·"
MISSING_ASCII = "."


def sparkline(values: Sequence[float | None], *, low: float, high: float, ascii_only: bool) -> str:
    """One character per value on the scale `low`..`high` (values outside it are clamped); a
    missing value (a day without a check-in, a week without data) is a quiet dot."""
    bars = BARS_ASCII if ascii_only else BARS_UNICODE
    missing = MISSING_ASCII if ascii_only else MISSING_UNICODE
    steps = len(bars) - 1
    span = high - low
    # Halves round up: Python's round() takes them to the even bar, and would draw 1 and 2,
    # 5 and 6, 8 and 9 of the energy alike.
    return "".join(
        missing
        if value is None
        else bars[math.floor((min(max(value, low), high) - low) / span * steps + 0.5)]
        for value in values
    )


def energy_sparkline(levels: Sequence[int | None], *, ascii_only: bool) -> str:
    """Daily energy, 0-10."""
    return sparkline(levels, low=0, high=10, ascii_only=ascii_only)
