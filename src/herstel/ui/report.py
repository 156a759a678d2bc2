"""The report as a page (`prepare --html`, `coach report --html`): the period's summary, the
energy chart with the sessions, the weekly table and what the whole trajectory shows, in one
self-contained HTML file to read in any browser or print on A4.

The blocks are the same as on screen and in Markdown; here they become headings, paragraphs and
lists, every text escaped. matplotlib draws the charts (`ui.charts`), imported only there, inside
the functions that draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import herstel
from herstel.application.insights import Insights
from herstel.application.prepare import PreparedPage
from herstel.core.insights import DIMENSIONS, energy_series, weekly_averages, weeks_between
from herstel.errors import UsageError
from herstel.i18n import format_day, format_day_short, format_decimal, language, names, t
from herstel.ui import charts
from herstel.ui.insights import SPARK_RANGES, Words, trajectory_blocks, weekly_value
from herstel.ui.page import MARK, PEEK, document, text
from herstel.ui.prepare import Block, Colour, Command, Sparkline, render

# The first line of what herstel writes, by which it knows a file of its own that it may replace.
MARKDOWN_MARK = "<!-- herstel prepare -->"
REPORT_MARK = "<!-- herstel coach report -->"


def one_output(**chosen: bool) -> None:
    """Refuses two of --json, --markdown and --html at once."""
    given = [f"--{name}" for name, on in chosen.items() if on]
    if len(given) > 1:
        raise UsageError("usage.either", first=given[0], second=given[1])


@dataclass(frozen=True)
class Markup:
    """herstel's own HTML (a chart, a table), its texts escaped where it was made."""

    html: str


Part = Block | Markup


def trajectory_parts(
    found: Insights, words: Words, *, period: tuple[date, date] | None = None
) -> list[Part]:
    """What the whole trajectory shows: the energy chart (the summary's `period` marked in it),
    the weekly table and the findings, under one heading."""
    if found.empty:  # a new journal: nothing to show over time yet, and no heading over nothing
        return []
    heading, *blocks = trajectory_blocks(found, words)
    parts: list[Part] = [heading]
    points = energy_series(found.days)
    if len(points) >= 2:
        parts.append(energy_figure(found, points, period=period))
    else:
        parts.append(Block(t("insights.energy_heading"), [t("insights.chart.too_few")], level=3))
    if found.days:
        parts.append(weekly_table(found))
    return parts + blocks


def energy_figure(
    found: Insights, points: Sequence[object], *, period: tuple[date, date] | None
) -> Markup:
    if period is not None:
        period = (max(period[0], found.first), min(period[1], found.last))
        if period[0] > period[1] or period == (found.first, found.last):
            period = None  # outside the chart, or all of it: nothing to mark
    first, last = found.first, found.last
    words = charts.EnergyWords(
        energy=t("html.chart.energy"),
        daily=t("html.chart.daily"),
        average=t("html.chart.average"),
        sessions=t("html.chart.sessions"),
        period=t("html.chart.period"),
        description=t("insights.energy_heading"),
    )
    svg = charts.energy_svg(
        points,
        first=first,
        last=last,
        sessions=found.sessions,
        ticks=_axis_days(charts.tick_days(first, last), years=first.year != last.year),
        words=words,
        period=period,
    )
    caption = t(
        "html.chart.caption" if found.sessions else "html.chart.caption_no_sessions",
        first=format_day_short(first),
        last=format_day_short(last),
        count=len(found.days),
    )
    if found.sessions:
        dates = ", ".join(
            t(
                "html.chart.session",
                number=number,
                day=format_day_short(day, year=first.year != last.year),
            )
            for number, day in found.sessions
        )
        caption += " " + t("html.chart.session_dates", sessions=dates)
    return Markup(
        f'<figure class="keep energy"><h3>{text(t("insights.energy_heading"))}</h3>\n{svg}\n'
        f"<figcaption>{text(caption)}</figcaption></figure>"
    )


def _axis_days(days: list[date], *, years: bool) -> list[tuple[date, str]]:
    """The dates along the chart's axis: "1 Aug", "1 aug"; on a chart over more than one year,
    the first date and each first of January with their year."""
    months = names("months_short")
    return [
        (day, f"{day.day} {months[day.month - 1]}"
         + (f" {day.year}" if years and (n == 0 or (day.month, day.day) == (1, 1)) else ""))
        for n, day in enumerate(days)
    ]  # fmt: skip


def weekly_table(found: Insights) -> Markup:
    """One row per check-in question: its average per ISO week as a line, and its first and last
    week's values in words."""
    weeks = weeks_between(found.first, found.last)
    averages = weekly_averages(found.days, weeks)
    caption = t(
        "insights.weekly_one" if len(weeks) == 1 else "insights.weekly",
        count=len(weeks),
        first=format_day_short(found.first),
        last=format_day_short(found.last),
    ).rstrip(":")
    sparks = []
    ends = []
    for name in DIMENSIONS:
        values = averages[name]
        known = [v for v in values if v is not None]
        if not known:
            continue
        label = t(f"insights.dimension.{name}")
        low, high = SPARK_RANGES[name]
        said = "; ".join("–" if v is None else format_decimal(v) for v in values)  # 6,5 in Dutch
        sparks.append(
            charts.Sparkline(
                name, values, low, high, t("html.weekly.values", name=label, values=said)
            )
        )
        ends.append((label, f"{weekly_value(name, known[0])} → {weekly_value(name, known[-1])}"))
    rows = [
        f'<tr><th scope="row">{text(label)}</th><td class="spark">{svg}</td>'
        f'<td class="number">{text(values)}</td></tr>'
        for (label, values), svg in zip(ends, charts.sparklines_svg(sparks), strict=True)
    ]
    return Markup(
        f'<table class="weekly"><caption>{text(caption)}</caption>\n'
        f'<thead><tr><th scope="col">{text(t("html.weekly.question"))}</th>'
        f'<th scope="col">{text(t("html.weekly.per_week"))}</th>'
        f'<th scope="col">{text(t("html.weekly.ends"))}</th></tr></thead>\n'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# --- the page -----------------------------------------------------------------------------------


def html_page(
    head: Block,
    parts: Sequence[Part],
    *,
    title: str,
    client: str,
    first: date,
    last: date,
    today: date,
    voice: str = "client",
) -> str:
    """The page: `head` (the title and what it says under it) as its header, with the client,
    the period and the day it was made; then every part in order. `title` names it in the
    browser's tab and as the name it suggests for a PDF."""
    period = t("html.period", first=format_day_short(first), last=format_day_short(last))
    made = format_day(today)
    facts = (
        (t("html.fact.client"), client),
        (t("html.fact.period"), period),
        (t("html.fact.made"), made),
    )
    header = "\n".join([
        '<header class="page">',
        f'<p class="brand">herstel</p><h1>{text(head.heading)}</h1>',
        *(f"<p>{text(line)}</p>" for line in head.lines),
        '<dl class="facts">',
        *(f"<div><dt>{text(label)}</dt><dd>{text(value)}</dd></div>" for label, value in facts),
        "</dl>",
        "</header>",
    ])  # fmt: skip
    body = [header, "<main>", *(_part(part) for part in parts), "</main>"]
    footer = t("coach.html.footer" if voice == "coach" else "html.footer")
    body.append(f'<footer class="page"><p>{text(footer)}</p></footer>')
    return document(
        lang=language(),
        title=title,
        running=(f"herstel · {client} · {period}", t("html.made", day=format_day_short(today))),
        body="\n".join(body),
        generator=f"herstel {herstel.__version__}",
    )


def _part(part: Part) -> str:
    if isinstance(part, Markup):
        return part.html
    level = min(max(part.level, 2), 4)
    return "\n".join([
        f"<section class=\"level-{level}\"><h{level}>{text(part.heading)}</h{level}>",
        _lines(part.lines),
        "</section>",
    ])  # fmt: skip


def _lines(lines: Sequence[str]) -> str:
    """A block's lines: those at the left as paragraphs, those set in below one as its list
    (and deeper ones as a list within it)."""
    items = [
        ((len(line) - len(line.lstrip(" "))) // 2, line)
        for line in lines
        if line.strip() and not isinstance(line, Sparkline)  # the chart says it better
    ]
    out: list[str] = []
    for line, children in _nested(items):
        tag = 'p class="group"' if children and not isinstance(line, Command) else "p"
        out.append(f"<{tag}>{_inline(line)}</p>")
        if children:
            out.append(_list(children))
    return "\n".join(out)


def _list(items: list[tuple[int, str]]) -> str:
    out = ["<ul>"]
    for line, children in _nested(items):
        inner = _list(children) if children else ""
        out.append(f"<li>{_inline(line)}{inner}</li>")
    out.append("</ul>")
    return "".join(out)


def _nested(items: list[tuple[int, str]]) -> list[tuple[str, list[tuple[int, str]]]]:
    """Each line with the lines set in further below it, up to the next one at its depth."""
    out = []
    n = 0
    while n < len(items):
        depth, line = items[n]
        end = n + 1
        while end < len(items) and items[end][0] > depth:
            end += 1
        out.append((line, items[n + 1 : end]))
        n = end
    return out


def _inline(line: str) -> str:
    shown = text(line.strip())
    if isinstance(line, Command):
        return f'<code class="command">{shown}</code>'
    if isinstance(line, Colour):
        return f'<span class="swatch {text(line.colour)}" aria-hidden="true"></span>{shown}'
    return shown


def herstels(existing: bytes) -> bool:
    """Whether a file is a report or summary herstel wrote (HTML or Markdown), which a new one
    may replace when the person names it."""
    start = existing[:PEEK]
    return any(mark.encode() in start for mark in (MARK, MARKDOWN_MARK, REPORT_MARK))


def prepare_html(page: PreparedPage, *, client: str, words: Words) -> str:
    """`prepare --html`: the summary with the whole trajectory's chart, weekly table and
    findings, as a page."""
    summary, context = page.prepared.summary, page.prepared.context
    head, *blocks = render(summary, context, ascii_only=False)
    parts: list[Part] = [*blocks]
    parts += trajectory_parts(page.found, words, period=(summary.first, summary.last))
    from herstel.ui.questionnaires import scores_block, scores_html

    scores = scores_block(page.prepared.questionnaires)
    if scores is not None:
        parts += [
            Block(scores.heading, []),
            *map(Markup, scores_html(page.prepared.questionnaires)),
        ]
    return html_page(
        head,
        parts,
        title=f"{client} · {head.heading}",
        client=client,
        first=summary.first,
        last=summary.last,
        today=context.today,
    )
