"""The one place that writes to the terminal.

Rich output only on a UTF-8 terminal without NO_COLOR; otherwise plain text, no colour codes,
and nothing the stream's encoding cannot carry (accents are folded: "cliënt" -> "client").
JSON goes to stdout as UTF-8 and nothing else goes there with it.
"""

from __future__ import annotations

import json
import math
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from herstel.core.text import masked_line, visible_json

if TYPE_CHECKING:
    from rich.console import Console


def _is_utf8(stream: IO[str]) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding == "utf8"


def rich_enabled(stream: IO[str] | None = None) -> bool:
    """Rich (colour, tables, box drawing) only on a real UTF-8 terminal that wants colour."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and _is_utf8(stream)


def bars_ascii(stream: IO[str] | None = None) -> bool:
    """Draw sparklines with the ASCII ramp? Only where the bars cannot be shown: a stream that
    is not a UTF-8 terminal (a pipe keeps to ASCII, as all plain output does). NO_COLOR takes
    the colour away, not the bars."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("TERM") == "dumb":
        return True
    isatty = getattr(stream, "isatty", None)
    return not (isatty and isatty() and _is_utf8(stream))


def safe_text(text: str, stream: IO[str]) -> str:
    """`text` as the stream can carry it: folded to ASCII where its encoding falls short."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        folded = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
        return stripped.encode("ascii", "replace").decode("ascii")
    return text


_console: Console | None = None


def console() -> Console:
    """The rich console, created on first use (rich is not imported for plain output)."""
    global _console  # noqa: PLW0603 - one console per process
    if _console is None or _console.file is not sys.stdout:
        from rich.console import Console

        _console = Console(highlight=False)
    return _console


def say(text: str = "") -> None:
    """A line for the user on stdout; on a terminal, wrapped between words."""
    _write(sys.stdout, text)


def say_whole(text: str) -> None:
    """A line on stdout never wrapped: one to copy (a command, a line for a file)."""
    _write(sys.stdout, text, wrap=False)


def wrap_width(stream: IO[str]) -> int | None:
    """The width to wrap at: a terminal's (COLUMNS first, as the shell says it); None through
    a pipe or into a file, where a line stays whole for the program that reads it."""
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return None
    import shutil

    width = shutil.get_terminal_size().columns
    return width if width >= WRAP_LEAST else None


WRAP_LEAST = 20  # narrower than this, wrapping does more harm than good


def wrapped(text: str, width: int) -> str:
    """Each line of `text` broken between words to fit `width`, never inside a word (a word
    longer than the line runs on); a line keeps its indent, and what wraps is set in two more,
    under the line's text."""
    import textwrap

    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body))
        lines.extend(
            textwrap.wrap(
                body,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(lines)


def _write(stream: IO[str], text: str, *, wrap: bool = True) -> None:
    shown = safe_text(text, stream)
    width = wrap_width(stream) if wrap else None
    if width is not None:
        shown = wrapped(shown, width)
    stream.write(shown + "\n")
    stream.flush()


def say_indented(text: str, indent: int) -> None:
    """A line set in by `indent` spaces; on a terminal, what wraps stays set in."""
    if rich_enabled():
        from rich.padding import Padding
        from rich.text import Text

        console().print(Padding(Text(text), (0, 0, 0, indent)))
        return
    isatty = getattr(sys.stdout, "isatty", None)
    if isatty and isatty():  # a terminal without colour: still wrapped at words, set in
        import shutil
        import textwrap

        width = shutil.get_terminal_size().columns
        if width > indent + 20:
            for line in textwrap.wrap(text, width - indent, break_long_words=False,
                                      break_on_hyphens=False) or [""]:  # fmt: skip
                say(" " * indent + line)
            return
    say(" " * indent + text)


def note(text: str) -> None:
    """A message on stderr: kept apart from what a command outputs (and from JSON); on a
    terminal, wrapped between words."""
    _write(sys.stderr, text)


def error(text: str) -> None:
    """One line on stderr. White space is folded so it stays one line, and control characters
    (an error may quote what was typed) are shown as "?" so they cannot steer the terminal:
    bidi controls too, which could reorder the line."""
    _write(sys.stderr, masked_line(text), wrap=False)


def emit_json(value: Any) -> None:
    """JSON on stdout as UTF-8, and nothing else. Characters that could steer a terminal (DEL,
    C1 and bidi controls in an imported text, which JSON writers leave as they are) go out as
    `\\uXXXX` escapes: a JSON parser reads the same text back."""
    write_bytes((visible_json(indented_json(value)) + "\n").encode("utf-8"))


def indented_json(value: Any, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, to the character. The standard
    library falls back to its pure-Python encoder whenever it indents, which was a third of
    `herstel log --json` over a year; here each value that holds no other goes through the C
    encoder, and only the nesting is done in Python."""
    if type(value) in _FLAT:
        return _flat_json(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{inner}{_encode_text(key if type(key) is str else str(key))}: "
            f"{_flat_json(item) if type(item) in _FLAT else indented_json(item, inner)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return (
            "[\n"
            + ",\n".join(inner + indented_json(item, inner) for item in value)
            + ("\n" + indent + "]")
        )
    return _flat_json(value)


_FLAT = frozenset({str, int, float, bool, type(None)})


def _flat_json(value: Any) -> str:
    if isinstance(value, str):
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int | float) and math.isfinite(value):
        return _number_text(value)
    return json.dumps(value, ensure_ascii=False)


_encode_text = json.encoder.encode_basestring


def _number_text(value: float) -> str:
    return int.__repr__(value) if isinstance(value, int) else float.__repr__(value)


def write_bytes(data: bytes) -> None:
    """A document (JSON, a calendar, Markdown) on stdout as it is, whatever the terminal's
    encoding."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def show_pairs(title: str | None, rows: Sequence[tuple[str, str]]) -> None:
    """Labelled values: a quiet rich table on a terminal, aligned plain text elsewhere."""
    if rich_enabled():
        from rich.table import Table
        from rich.text import Text

        table = Table(title=title, show_header=False, box=None, title_justify="left")
        table.add_column(style="bold")
        table.add_column()
        for label, value in rows:
            table.add_row(Text(label), Text(value))  # names are text, never markup
        console().print(table)
        return
    if title:
        say(title)
    width = max((len(label) for label, _ in rows), default=0)
    for label, value in rows:
        say(f"  {label.ljust(width)}  {value}")


LONGEST_WORD = 20  # a word longer than this in a table's last column may be folded


def show_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    styles: Sequence[str | None] = (),
    widths: Sequence[int] = (),
    wrap: bool = False,
) -> None:
    """Rows of short texts under headers: a quiet rich table on a terminal (with a style per row,
    e.g. a ladder colour), aligned plain columns elsewhere. The last column may be long: it wraps
    on a terminal and runs on in plain text. `widths`: the least width of each column, so that
    tables shown one after another line up. `wrap`: every column may wrap on a narrow terminal
    (for wide tables: nothing is cut off)."""
    if rich_enabled():
        from rich import box
        from rich.table import Table
        from rich.text import Text

        words = [w for cell in (headers[-1], *(r[-1] for r in rows)) for w in cell.split()]
        longest = min(max((len(w) for w in words), default=0), LONGEST_WORD)
        if sum(widths[: len(headers) - 1]) + longest + 3 * len(headers) > console().width:
            widths = ()  # lining tables up matters less than words kept whole
        table = Table(
            box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold",
            expand=bool(widths),  # tables meant to line up take the whole width, alike
        )  # fmt: skip
        for number, header in enumerate(headers):
            last = number == len(headers) - 1
            least = widths[number] if number < len(widths) and not last else None
            if last:  # its longest word fits: a narrow terminal wraps it between words
                least = longest
            table.add_column(
                header, overflow="fold", ratio=1 if last else None, no_wrap=not (last or wrap),
                min_width=least,
            )  # fmt: skip
        for number, row in enumerate(rows):
            style = styles[number] if number < len(styles) else None
            table.add_row(*(Text(cell) for cell in row), style=style)
        console().print(table)
        return
    needed = [
        max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)
    ]
    given = [*widths, *[0] * len(needed)]
    sizes = [max(size, given[number]) for number, size in enumerate(needed)]
    for row in [headers, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], sizes, strict=False)]
        say("  ".join([*cells, row[-1]]).rstrip())
