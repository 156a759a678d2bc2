"""One translation function, `t`, over two complete catalogs (nl and en).

Only the catalog in use is imported. The language is chosen once per run by
`choose_language` and set with `set_language`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import date
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "en"

_current = DEFAULT_LANGUAGE
_catalogs: dict[str, Mapping[str, Any]] = {}


def catalog(lang: str) -> Mapping[str, Any]:
    """The whole catalog of one language: message keys to text (or lists, for names)."""
    if lang not in _catalogs:
        module = importlib.import_module(f"herstel.i18n.{lang}")
        _catalogs[lang] = module.MESSAGES
    return _catalogs[lang]


def set_language(lang: str) -> None:
    global _current  # noqa: PLW0603 - one language per run, set once at start-up
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def language() -> str:
    return _current


def t(key: str, /, **params: Any) -> str:
    """The message `key` in the current language, with `params` filled in."""
    text = catalog(_current).get(key)
    if text is None:
        text = catalog(DEFAULT_LANGUAGE).get(key, key)
    if not isinstance(text, str):
        raise TypeError(key)
    return text.format(**params) if params else text


def t_in(lang: str, key: str, /, **params: Any) -> str:
    """The message `key` in `lang` (one of LANGUAGES), whatever the language in effect."""
    text = catalog(lang).get(key)
    if not isinstance(text, str):
        text = catalog(DEFAULT_LANGUAGE)[key]
    return text.format(**params) if params else text


def names(key: str) -> list[str]:
    """A list from the catalog, such as month or weekday names."""
    value = catalog(_current)[key]
    if not isinstance(value, list):
        raise TypeError(key)
    return value


def language_from_locale(environ: Mapping[str, str]) -> str | None:
    """Dutch when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), else None."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else None
    return None


def choose_language(*, cli: str | None, environ: Mapping[str, str], stored: str | None) -> str:
    """--lang beats HERSTEL_LANG, the stored language, and the locale; then English."""
    for candidate in (cli, environ.get("HERSTEL_LANG"), stored):
        if candidate:
            value = candidate.strip().lower()
            if value in LANGUAGES:
                return value
    return language_from_locale(environ) or DEFAULT_LANGUAGE


def format_day(day: date) -> str:
    """A day as people read it: "Monday 4 January 2027", "maandag 4 januari 2027"."""
    return t(
        "format.day",
        weekday=names("weekdays")[day.weekday()],
        day=day.day,
        month=names("months")[day.month - 1],
        year=day.year,
    )


def format_day_short(day: date, *, year: bool = True) -> str:
    """A day in a table: "Mon 4 Jan 2027", "ma 4 jan 2027" (without the year: "Mon 4 Jan")."""
    return t(
        "format.day" if year else "format.day_no_year",
        weekday=names("weekdays_short")[day.weekday()],
        day=day.day,
        month=names("months_short")[day.month - 1],
        year=day.year,
    )


def format_decimal(value: float) -> str:
    """A mean as people write it: one decimal, a decimal comma in Dutch ("6,8")."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if _current == "nl" else text


def format_hours(hours: float) -> str:
    """A duration in hours as people say it: "7 h 15 min", "7 h" ("7 uur 15 min" in Dutch);
    to the minute."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return t("duration.hours", hours=whole)
    if whole == 0:
        return t("duration.minutes", minutes=rest)
    return t("duration.hours_minutes", hours=whole, minutes=rest)


def format_number(value: float | int | None, *, places: int | None = 2) -> str:
    """A value as typed or stored, as exact as it is up to `places` decimals (None: every one
    it has): 7, 7.5, 6.25 ("7,5" in Dutch); empty for None. The one number formatter besides
    `format_decimal`, which rounds a mean to one decimal."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) or places is None:
        text = str(value)
    else:
        text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if _current == "nl" else text
