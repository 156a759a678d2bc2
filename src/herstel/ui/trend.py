"""The energy trend in words, the same wherever it appears: the direction, then what it
compares ("rising: the last 14 days (6.1) against the 14 before (5.0)")."""

from __future__ import annotations

from herstel.core.trend import WINDOW, Trend
from herstel.i18n import format_number, t


def trend_word(trend: Trend) -> str | None:
    """ "rising", "falling", "steady"; None while there are too few check-ins to say."""
    return None if trend.direction is None else t(f"trend.{trend.direction}")


def trend_words(trend: Trend) -> str | None:
    """The direction and what it rests on; None while there are too few check-ins to say."""
    word = trend_word(trend)
    if word is None:
        return None
    return t(
        "trend.named",
        direction=word,
        days=WINDOW,
        recent=format_number(trend.recent_average, places=1),
        before=format_number(trend.before_average, places=1),
    )


def trend_line(trend: Trend, *, voice: str = "client") -> str:
    """A whole sentence, also when there is too little to say yet; `voice="coach"` speaks about
    the client rather than to them."""
    words = trend_words(trend)
    if words is None:
        return t("coach.trend.too_few" if voice == "coach" else "trend.too_few", days=WINDOW)
    return t("trend.line", words=words)
