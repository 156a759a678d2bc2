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
    facts: Sequence[str] = ()  # short figures for the heading line
    lines: Sequence[str] = ()  # further short lines (givers, drainers, ...)
    text: str | None = None  # the person's own free text, shown whole
    private: bool = False


def show_entries(entries: Sequence[Entry]) -> None:
    """Each entry as a small block, a blank line between them; oldest first as given."""
    use_rich = console.rich_enabled()
    for number, entry in enumerate(entries):
        if number:
            console.say()
        if use_rich:
            _show_rich(entry)
        else:
            _show_plain(entry)


def _heading(entry: Entry, separator: str) -> str:
    facts = separator.join(entry.facts)
    private = f"  {t('log.private')}" if entry.private else ""
    return f"{entry.title}  {facts}{private}".rstrip()


def _show_plain(entry: Entry) -> None:
    console.say(_heading(entry, ", "))
    for line in entry.lines:
        console.say(INDENT + line)
    if entry.text:
        for line in entry.text.splitlines():
            console.say(INDENT + line.expandtabs(4))


def _show_rich(entry: Entry) -> None:
    from rich.padding import Padding
    from rich.text import Text

    heading = Text(entry.title, style="bold")
    heading.append("  " + " · ".join(entry.facts))
    if entry.private:
        heading.append(f"  {t('log.private')}", style="italic")
    out = console.console()
    out.print(heading)
    for line in entry.lines:
        out.print(Padding(Text(line), (0, 0, 0, len(INDENT))))
    if entry.text:
        # The person's own words: never read as markup, wrapped to the terminal.
        out.print(Padding(Text(entry.text.expandtabs(4), style="italic"), (0, 0, 0, len(INDENT))))
