"""Entries as a journal shows them: a heading line with the figures, then lines of text.

A journal, not a spreadsheet: it reads the same on any terminal width and through a pipe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from herstel.i18n import t
from herstel.ui import console

INDENT = "    "


@dataclass(frozen=True)
class Entry:
    title: str  # the day (and time), in the reader's language
    kind: str = ""  # what sort of entry, as the reader says it ("check-in", "body signal: ...")
    facts: Sequence[str] = ()  # short figures for the heading line
    lines: Sequence[str] = ()  # further short lines (givers, drainers, ...)
    texts: Sequence[tuple[str | None, str]] = ()  # the person's own words, whole, with a label
    private: bool = False
    ident: str = ""  # the short id, to show, edit or delete it by


def show_entries(entries: Sequence[Entry], *, title_header: str, entry_header: str) -> None:
    """Oldest first as given. On a terminal: a rich table, the day beside the entry, which wraps
    within its column. Elsewhere: a small block per entry, a blank line between them."""
    if console.rich_enabled():
        _show_table(entries, title_header, entry_header)
        return
    for number, entry in enumerate(entries):
        if number:
            console.say()
        _show_plain(entry)


def _summary(entry: Entry, separator: str) -> str:
    """The kind and the facts: "check-in: energy 6, slept 7 h"."""
    facts = separator.join(entry.facts)
    if entry.kind and facts:
        return f"{entry.kind}: {facts}"
    return entry.kind or facts


def heading(entry: Entry) -> str:
    """An entry in one line: when, what sort, its figures, private or not, its id."""
    private = f"  {t('log.private')}" if entry.private else ""
    ident = f"  {t('log.ident', ident=entry.ident)}" if entry.ident else ""
    return f"{entry.title}  {_summary(entry, ', ')}{private}{ident}".rstrip()


def _show_plain(entry: Entry) -> None:
    console.say(heading(entry))
    for line in entry.lines:
        console.say(INDENT + line)
    for label, text in entry.texts:
        lines = text.expandtabs(4).splitlines() or [""]
        if label is None:
            for line in lines:
                console.say(INDENT + line)
            continue
        console.say(f"{INDENT}{label}: {lines[0]}")
        for line in lines[1:]:
            console.say(f"{INDENT}  {line}")


def _show_table(entries: Sequence[Entry], title_header: str, entry_header: str) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", leading=1
    )
    table.add_column(title_header, no_wrap=True, style="bold")
    table.add_column(entry_header, overflow="fold", ratio=1)
    with_ids = any(entry.ident for entry in entries)
    if with_ids:
        table.add_column(t("log.column.id"), no_wrap=True, style="dim")
    for entry in entries:
        body = Text(_summary(entry, " · "))
        if entry.private:
            body.append(f"  {t('log.private')}", style="italic")
        for line in entry.lines:
            body.append("\n" + line)
        for label, text in entry.texts:
            # The person's own words: never read as markup.
            body.append("\n")
            if label is not None:
                body.append(f"{label}: ", style="bold")
            body.append(text.expandtabs(4), style="italic")
        cells = [Text(entry.title), body] + ([Text(entry.ident)] if with_ids else [])
        table.add_row(*cells)
    console.console().print(table)
