"""Tables: rich on a terminal, aligned plain text elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

from herstel.ui import console

PLAIN_LAST_MAX = 40


def show_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, wrap_last: bool) -> None:
    """`rows` under `headers`. Empty columns are left out. The last column holds free text:
    rich wraps it; plain output cuts it to one short line."""
    keep = [i for i in range(len(headers)) if any(row[i] for row in rows)]
    headers = [headers[i] for i in keep]
    rows = [[row[i] for i in keep] for row in rows]
    if console.rich_enabled():
        from rich.table import Table
        from rich.text import Text

        table = Table(show_edge=False, header_style="bold", pad_edge=False)
        for index, header in enumerate(headers):
            last = index == len(headers) - 1
            table.add_column(
                header,
                overflow="fold" if last and wrap_last else "ellipsis",
                no_wrap=not (last and wrap_last),
            )
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))  # the person's text, never markup
        console.console().print(table)
        return
    if wrap_last and headers:
        rows = [[*row[:-1], _cut(row[-1])] for row in rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        console.say(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )


def _cut(text: str) -> str:
    return text if len(text) <= PLAIN_LAST_MAX else text[: PLAIN_LAST_MAX - 3] + "..."
