"""Checks on text the user writes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypeVar

from herstel.errors import UsageError

NAME_MAX = 80
TEXT_MAX = 200_000  # characters of free text in one field: room for 100 KB and more
T = TypeVar("T")
V = TypeVar("V")


def if_given(value: V | None, check: Callable[[V], T]) -> T | None:
    """`check(value)` for a flag that was given; None for one left out."""
    return None if value is None else check(value)


def has_forbidden_control(text: str, *, allow_newlines: bool) -> bool:
    """True when `text` holds control characters other than (for free text) newline and tab."""
    allowed = {"\n", "\t"} if allow_newlines else set()
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def decoded(text: str) -> str:
    """`text` without lone surrogates. A terminal or locale that is not UTF-8 hands Python the
    bytes it could not decode as surrogate escapes (which SQLite cannot store): decoded as the
    UTF-8 they usually are, and anything else as the replacement character."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that are no escaped bytes
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def clean_free_text(text: str, *, field: str) -> str:
    """Free text may contain newlines and tabs; other control characters are refused."""
    text = decoded(text)
    if has_forbidden_control(text, allow_newlines=True):
        raise UsageError("text.control", field=field)
    return text


def clean_name(text: str, *, field: str, required: bool) -> str | None:
    """A person's name: one line, not too long; empty means none (refused when required)."""
    value = decoded(text).strip()
    if has_forbidden_control(value, allow_newlines=False):
        raise UsageError("text.control", field=field)
    if not value:
        if required:
            raise UsageError("text.empty", field=field)
        return None
    if len(value) > NAME_MAX:
        raise UsageError("text.too_long", field=field, limit=NAME_MAX)
    return value
