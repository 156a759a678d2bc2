"""The coach's side in words: the overview of every client, and one client's report on screen, in
Markdown, as a page and as JSON.

Every text here came from another person, in an export: on screen and in Markdown it is shown
through `core.text.visible`, so that no escape code in it reaches the coach's terminal (the page
escapes its texts the same way, `ui.page.text`; JSON through `ui.console.emit_json`)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from herstel.application.coach import ClientLine, ClientReport, NoteLine
from herstel.core.entries import fold
from herstel.core.text import visible
from herstel.i18n import format_day_short, format_decimal, t
from herstel.ui.insights import Words, findings_json, trajectory_blocks
from herstel.ui.prepare import Block, Colour, Command, preparation_json, render
from herstel.ui.report import Part, html_page, trajectory_parts

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
            "energy_trend": line.figures.energy_trend,
            "crossings_14d": line.figures.crossings,
            "last_import_at": line.fact.last_import_at.isoformat(),
            "days_since_import": line.imported,
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
            if figures.energy_trend is not None:
                energy += " " + (ARROWS[figures.energy_trend] if rich
                                 else t(f"coach.trend.{figures.energy_trend}"))  # fmt: skip
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
    return [t(f"coach.col.{name}") for name in COLUMNS], rows


# --- report -----------------------------------------------------------------------------------

WORDS = Words(voice="coach")  # the coach reads about the client; no command names a home


def report_json(report: ClientReport) -> dict[str, Any]:
    client, found = report.client, report.found
    return {
        "client": {
            "id": client.id, "name": client.name, "focus": client.focus,
            "language": client.language, "last_import_at": client.last_import_at.isoformat(),
        },
        **preparation_json(report.prepared.summary, report.prepared.context),
        "insights": {
            "first": found.first.isoformat(), "last": found.last.isoformat(),
            "checkins": len(found.days), **findings_json(found, WORDS),
        },
        "coach_notes": [
            {"id": n.id, "session": n.session, "created_at": n.created_at.isoformat(),
             "text": n.text}
            for n in report.notes
        ],
    }  # fmt: skip


def _head(report: ClientReport, *, ascii_only: bool) -> list[Block]:
    """The report's title over the summary of the period, in the coach's voice."""
    client = report.client
    blocks = render(
        report.prepared.summary, report.prepared.context, ascii_only=ascii_only, voice="coach"
    )
    blocks[0].level = 2
    heading = Block(
        t("coach.report.title", name=visible(client.name, one_line=True),
          focus=t(f"focus.{client.focus}")),
        [t("coach.report.imported",
           day=format_day_short(client.last_import_at.astimezone().date()))],
        level=1,
    )  # fmt: skip
    return [heading, *blocks]


def report_blocks(report: ClientReport, *, ascii_only: bool) -> list[Block]:
    """The report on screen and in Markdown, every text in it visible."""
    blocks = _head(report, ascii_only=ascii_only)
    blocks += trajectory_blocks(report.found, WORDS)
    blocks.append(notes_block(report.notes))
    return [
        Block(visible(block.heading), [_visible_line(line) for line in block.lines], block.level)
        for block in blocks
    ]


def _visible_line(line: str) -> str:
    """A block's line through `visible`, still the kind of line it was (a ladder colour's
    heading, a command)."""
    shown = visible(line)
    if shown is line:
        return line
    if isinstance(line, Colour):
        return Colour(shown, line.colour)
    if isinstance(line, Command):
        return Command(shown)
    return shown


def report_html(report: ClientReport) -> str:
    """The report as a page."""
    heading, *blocks = _head(report, ascii_only=False)
    summary, context = report.prepared.summary, report.prepared.context
    parts: list[Part] = [*blocks]
    parts += trajectory_parts(report.found, WORDS, period=(summary.first, summary.last))
    parts.append(notes_block(report.notes))
    name = visible(report.client.name, one_line=True)  # the page shows the rest visibly too
    return html_page(
        heading,
        parts,
        title=f"{name} · {blocks[0].heading}",  # the session it is for
        client=name,
        first=summary.first,
        last=summary.last,
        today=context.today,
        voice="coach",
    )


def notes_block(notes: list[NoteLine]) -> Block:
    if not notes:
        return Block(t("coach.report.notes"), [t("coach.report.no_notes")])
    lines = []
    for note in notes:
        when = format_day_short(note.created_at.astimezone().date())
        about = t("coach.report.session", number=note.session) if note.session else None
        label = f"{when} ({about})" if about else when
        lines.append(f"{label}: {' '.join(note.text.split())}")
    return Block(t("coach.report.notes"), lines)
