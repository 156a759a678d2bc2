"""One client's report for the coach: on screen, in Markdown, as a page and as JSON.

Every text here came from another person, in an export: on screen and in Markdown it is shown
through `core.text.visible`, so that no escape code in it reaches the coach's terminal (the page
escapes its texts the same way, `ui.page.text`; JSON through `ui.console.emit_json`)."""

from __future__ import annotations

from typing import Any

from herstel.application.coach import ClientReport, NoteLine
from herstel.core.text import visible
from herstel.i18n import format_day_short, t
from herstel.ui.insights import Words, findings_json, trajectory_blocks
from herstel.ui.kompas import blocks as kompas_blocks
from herstel.ui.kompas import kompas_json
from herstel.ui.prepare import Block, Colour, Command, preparation_json, render
from herstel.ui.questionnaires import scores_block, scores_html, scores_json
from herstel.ui.report import Markup, Part, html_page, trajectory_parts
from herstel.ui.work import work_block, work_json

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
        "work": None if report.work is None else work_json(report.work),
        "kompas": None if report.kompas is None else kompas_json(report.kompas),
        "questionnaires": scores_json(report.prepared.questionnaires),
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
    if report.work is not None:
        blocks.append(work_block(report.work))
    scores = scores_block(report.prepared.questionnaires)
    if scores is not None:
        blocks.append(scores)
    blocks += _kompas_blocks(report)
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
    if report.work is not None:
        parts.append(work_block(report.work))
    scores = scores_block(report.prepared.questionnaires)
    if scores is not None:
        parts += [
            Block(scores.heading, []),
            *map(Markup, scores_html(report.prepared.questionnaires)),
        ]
    parts += _kompas_blocks(report)
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


def _kompas_blocks(report: ClientReport) -> list[Block]:
    """The client's kompas, in the coach's voice: its heading one level down, its parts under
    it (the period is the report's own)."""
    if report.kompas is None:
        return []
    head, *parts = kompas_blocks(report.kompas, voice="coach")
    head = Block(head.heading, head.lines[:1], level=2)  # the intro; the period is the report's
    return [head, *(Block(p.heading, p.lines, level=3) for p in parts)]


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
