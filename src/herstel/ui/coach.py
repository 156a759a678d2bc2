"""The coach's side in words: the overview of every client (one client's report is in
`ui.coach_report`, which only the report loads).

Every text here came from another person, in an export: on screen and in Markdown it is shown
through `core.text.visible`, so that no escape code in it reaches the coach's terminal (the page
escapes its texts the same way, `ui.page.text`; JSON through `ui.console.emit_json`)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from herstel.application.coach import ClientLine
from herstel.core.entries import fold
from herstel.core.text import visible
from herstel.i18n import format_day_short, format_decimal, t
from herstel.ui.work import glance_json, glance_text

ARROWS = {"rising": "↑", "falling": "↓", "steady": "→"}
COLUMNS = ("client", "focus", "next", "last", "energy", "crossed", "imported")


# --- clients ----------------------------------------------------------------------------------


def clients_json(lines: list[ClientLine]) -> list[dict[str, Any]]:
    return [
        {
            "id": line.fact.id,
            "name": line.fact.name,
            "focus": line.fact.focus,
            "next_session": None if line.coming is None else {
                "number": line.coming.number, "phase": line.coming.phase,
                "planned_on": line.coming.planned_on.isoformat(),
            },
            "last_checkin": (
                line.fact.last_checkin.isoformat() if line.fact.last_checkin else None
            ),
            "energy_average_14d": line.figures.energy_average,
            "energy_average_before": line.figures.energy_before,
            "energy_trend": line.figures.trend.as_json(),
            "crossings_14d": line.figures.crossings,
            "last_import_at": line.fact.last_import_at.isoformat(),
            "days_since_import": line.imported,
            "work": glance_json(line.work),
        }
        for line in lines
    ]  # fmt: skip


def clients_table(
    lines: list[ClientLine], *, today: date, rich: bool
) -> tuple[list[str], list[list[str]]]:
    """The overview's headers and rows; two clients of one name told apart by their id."""
    twice = {name for name, n in Counter(fold(x.fact.name) for x in lines).items() if n > 1}
    rows = []
    for line in lines:
        fact, coming, figures, imported = line.fact, line.coming, line.figures, line.imported
        upcoming = t("coach.clients.completed")
        if coming is not None:
            day = format_day_short(coming.planned_on, year=coming.planned_on.year != today.year)
            upcoming = t("coach.clients.next", number=coming.number, phase=coming.phase, day=day)
        energy = "-"
        if figures.energy_average is not None:
            energy = format_decimal(figures.energy_average)
            direction = figures.trend.direction
            if direction is not None:
                energy += " " + (ARROWS[direction] if rich else t(f"trend.{direction}"))
        name = visible(fact.name, one_line=True)
        rows.append([
            f"{name} ({fact.id[:8]})" if fold(fact.name) in twice else name,
            t(f"focus.{fact.focus}"),
            upcoming,
            format_day_short(fact.last_checkin, year=fact.last_checkin.year != today.year)
            if fact.last_checkin else "-",
            energy,
            str(figures.crossings),
            t("coach.clients.days_ago", count=imported) if imported > 1
            else t(f"coach.clients.ago_{max(imported, 0)}"),
        ])  # fmt: skip
    headers = [t(f"coach.col.{name}") for name in COLUMNS]
    if any(line.work is not None and line.work.spans for line in lines):
        # Before the last column (days since the import), which stays last.
        headers.insert(-1, t("coach.col.work"))
        for row, line in zip(rows, lines, strict=True):
            row.insert(-1, glance_text(line.work))
    return headers, rows


def clients_note() -> str:
    """What the energy column holds and what its trend compares, under the table."""
    from herstel.core.trend import LEAST, WINDOW

    return t("coach.clients.energy_note", days=WINDOW, least=LEAST)
