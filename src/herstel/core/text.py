"""Checks on text the user writes."""

from __future__ import annotations

import re
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


# --- text from another person, shown -----------------------------------------------------------

# What steers a terminal or reorders what it shows instead of showing itself: the C0 controls
# but newline and tab, DEL, the C1 controls (U+009B is an 8-bit CSI that UTF-8 terminals may
# obey), the bidi marks, embeddings, overrides and isolates, the line and paragraph separators,
# and lone surrogates. Joiners, variation selectors and tag characters stay: emoji need them.
_C0 = r"\x00-\x08\x0b-\x1f"  # all but tab (\x09) and newline (\x0a)
_OTHERS = r"\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
_IN_TEXT = re.compile(f"[{_C0}{_OTHERS}]")
_IN_LINE = re.compile(f"[{_C0}\\n\\t{_OTHERS}]")
# JSON writers escape the C0 controls in strings themselves (a raw one would not be JSON).
_IN_JSON = re.compile(f"[{_OTHERS}]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` from another person (an imported export) as it may reach a terminal, a page or a
    file: every character that could steer the terminal or reorder the line is written out
    visibly instead, as `\\x1b`, `\\u009b`, `\\u202e`. Newlines and tabs stay, unless the text is
    `one_line` (a name: a line of its own could pass for herstel's). Ordinary text, in any
    script and with emoji, comes back as it is (the same object)."""
    pattern = _IN_LINE if one_line else _IN_TEXT
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def masked_line(text: str) -> str:
    """`text` as one line for an error: white space folded to single spaces, and every other
    character that could steer the terminal or reorder the line (as `visible` finds them)
    shown as "?" (an error may quote what was typed, or what a file held)."""
    line = " ".join(text.split())
    return line if _IN_LINE.search(line) is None else _IN_LINE.sub("?", line)


def visible_json(document: str) -> str:
    """JSON text with the same characters written as `\\uXXXX` escapes inside its strings, so
    that it is safe on a terminal and a JSON parser still reads back exactly the same text.
    `document` is as a JSON writer makes it: one escapes the C0 controls in its strings, but
    not DEL, C1 or bidi controls."""
    if (document.isascii() and "\x7f" not in document) or _IN_JSON.search(document) is None:
        return document
    return _IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", document)
