"""Charts for the HTML report, drawn by matplotlib as SVG to put inline in the page.

Their words stay text (`svg.fonttype: none`), so a browser can search them and a screen reader
read them. Meaning never rests on colour alone: the day's energy is dots, its average a line, the
sessions dashed lines with their numbers. matplotlib is imported here only, by the commands that
write a report, never on the way to any other command.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Each at least 4.5:1 against white (WCAG AA for text); the dots and the line also differ in
# lightness, so that they stay apart in grey print.
DAILY = "#1f6fb0"  # blue: the day's energy, dots
AVERAGE = "#6b2f00"  # dark brown: the moving average, a line
SESSION = "#595959"  # grey: sessions, dashed lines
INK = "#1a1a1a"
PERIOD = "#f3e9c6"  # the current period's band: behind everything, its meaning in the legend
FONT = "DejaVu Sans"  # ships with matplotlib, so its measures are the ones it lays out with

ENERGY_SIZE = (7.0, 2.9)  # inches: the width of an A4 page inside its margins
# Where the axes sit in it (left, bottom, width, height), leaving room for the energy axis's
# words on the left, the sessions' numbers over the top and the dates and legend below. Fixed,
# since the words around it are always ours and short: matplotlib's constrained layout would
# measure them again on every report (about a fifth of the chart's time).
ENERGY_AXES = (0.075, 0.2, 0.915, 0.665)
SPARK_SIZE = (4.0, 0.4)  # about the table cell it is drawn in
LABELS_ACROSS = 40  # session numbers that fit side by side along the chart's top


@dataclass(frozen=True)
class EnergyWords:
    """The chart's words, in the reader's language."""

    energy: str  # the y axis
    daily: str  # the legend: the day's energy
    average: str  # the legend: the 7-day average
    sessions: str  # over the top axis
    period: str | None  # the legend: the current period's band, when there is one
    description: str  # for a screen reader: what the chart shows, in one sentence


def energy_svg(
    points: Sequence[Any],
    *,
    first: date,
    last: date,
    sessions: Sequence[tuple[int, date]],
    ticks: Sequence[tuple[date, str]],
    words: EnergyWords,
    period: tuple[date, date] | None = None,
) -> str:
    """Daily energy (dots), its moving average (a line, broken over gaps of a week or more) and
    the sessions (dashed, numbered along the top), from `first` to `last`."""
    with _style():
        figure = _figure(ENERGY_SIZE)
        _draw_energy(figure, points, first=first, last=last, sessions=sessions, ticks=ticks,
                     words=words, period=period)  # fmt: skip
        return _svg(figure, "energy", words.description)


def _draw_energy(
    figure: Figure,
    points: Sequence[Any],
    *,
    first: date,
    last: date,
    sessions: Sequence[tuple[int, date]],
    ticks: Sequence[tuple[date, str]],
    words: EnergyWords,
    period: tuple[date, date] | None,
) -> None:
    axes = figure.add_axes(ENERGY_AXES)
    x = _days_from(first)
    if period is not None and words.period:
        axes.axvspan(x(period[0]) - 0.5, x(period[1]) + 0.5, color=PERIOD, lw=0, zorder=0,
                     label=words.period)  # fmt: skip
    for _, day in sessions:
        axes.axvline(x(day), color=SESSION, linestyle=(0, (3, 3)), linewidth=0.9, zorder=1)
    xs, averages = _broken([x(p.day) for p in points], [p.average for p in points], gap=7)
    axes.plot(xs, averages, color=AVERAGE, linewidth=2, zorder=2, label=words.average)
    axes.scatter([x(p.day) for p in points], [p.energy for p in points], s=9, color=DAILY,
                 zorder=3, label=words.daily, linewidths=0)  # fmt: skip
    axes.set_xlim(-0.5, max(1, x(last)) + 0.5)
    axes.set_ylim(0, 10.4)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel(words.energy)
    axes.set_xticks([x(day) for day, _ in ticks], [label for _, label in ticks])
    axes.grid(axis="y", color="#d9d9d9", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if sessions:
        top = axes.secondary_xaxis("top")
        top.set_xticks([x(day) for _, day in sessions], _spaced(sessions, x(last) - x(first)))
        top.tick_params(length=0, colors=SESSION)
        top.spines["top"].set_visible(False)
        top.set_xlabel(words.sessions, color=SESSION, fontsize=8)
    handles = dict(zip(*reversed(axes.get_legend_handles_labels()), strict=True))
    order = [
        label for label in (words.daily, words.average, words.period or "") if label in handles
    ]
    figure.legend([handles[label] for label in order], order,
                  loc="lower center", ncols=3, frameon=False, fontsize=8)  # fmt: skip


@dataclass(frozen=True)
class Sparkline:
    """One row of the weekly table: the weekly averages of one check-in question."""

    name: str  # tells it from the other rows (its ids)
    values: Sequence[float | None]  # None for a week without it
    low: float  # the range the line spans
    high: float
    label: str  # what a screen reader says of it


def sparklines_svg(rows: Sequence[Sparkline]) -> list[str]:
    """Each row as a line of its weekly averages, broken where a week has none, its last week
    (and a week alone between empty ones) a dot. One figure draws them all in turn: making a
    figure costs more than drawing a line."""
    if not rows:
        return []
    shown = []
    with _style():
        figure = _figure(SPARK_SIZE)
        axes = figure.add_axes((0.02, 0.12, 0.96, 0.76))
        axes.set_axis_off()
        (line,) = axes.plot([], [], color=DAILY, linewidth=1.3, solid_capstyle="round")
        (dots,) = axes.plot([], [], color=DAILY, linestyle="none", marker="o", markersize=2.6,
                            markeredgewidth=0, zorder=3)  # fmt: skip
        for row in rows:
            values = row.values
            line.set_data(*_broken(list(range(len(values))), list(values), gap=1))
            known = [(n, v) for n, v in enumerate(values) if v is not None]
            alone = [
                (n, v)
                for n, v in known
                if (n == 0 or values[n - 1] is None)
                and (n + 1 == len(values) or values[n + 1] is None)
            ]  # a week between two empty ones would draw no line: a dot instead
            marked = sorted({*alone, known[-1]}) if known else []
            dots.set_data([n for n, _ in marked], [v for _, v in marked])
            axes.set_xlim(-0.6, max(1, len(values) - 1) + 0.6)
            span = row.high - row.low
            axes.set_ylim(row.low - span * 0.08, row.high + span * 0.08)
            shown.append(_svg(figure, f"spark-{row.name}", row.label))
    return shown


def _spaced(sessions: Sequence[tuple[int, date]], span: int) -> list[str]:
    """The sessions' numbers, leaving out a number too close to the one before it to be read
    (its dashed line stays, and the caption lists every session's date)."""
    least = max(1, span) / LABELS_ACROSS
    labels = []
    shown: date | None = None
    for number, day in sessions:
        if shown is None or (day - shown).days >= least:
            labels.append(str(number))
            shown = day
        else:
            labels.append("")
    return labels


def tick_days(first: date, last: date) -> list[date]:
    """Where the x axis gets a date: each Monday over a short span, each month's first day (or
    every second, third or sixth) over a longer one."""
    span = (last - first).days
    if span <= 35:
        step = 7 if span > 14 else 1 if span <= 6 else 3
        start = first if step != 7 else first + timedelta(days=(7 - first.weekday()) % 7)
        days = [start + timedelta(days=n) for n in range(0, span + 1, step)]
        days = [d for d in days if d <= last]
    else:
        months = 1 if span <= 200 else 2 if span <= 400 else 3 if span <= 800 else 6
        day = date(first.year, first.month, 1)
        days = []
        while day <= last:
            if day >= first and (day.month - 1) % months == 0:
                days.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return days


# --- drawing ------------------------------------------------------------------------------------


@contextmanager
def _style() -> Iterator[None]:
    """matplotlib's settings for every chart of the report, while one is drawn and saved: its
    defaults (not a matplotlibrc of the user's, which could ask for LaTeX or another look), then
    ours."""
    import logging

    # matplotlib says things in English on stderr (that it builds its font cache, the first
    # time; that it cannot write its cache folder): nothing the person needs to act on.
    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    import matplotlib
    import matplotlib.style

    ours: dict[Any, Any] = {
        "svg.fonttype": "none",  # text stays text
        "font.family": "sans-serif",
        "font.sans-serif": [FONT],
        "font.size": 9,
        "text.color": INK,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "axes.edgecolor": "#7a7a7a",
    }
    with matplotlib.style.context("default"), matplotlib.rc_context(ours):
        yield


def _figure(size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=size)


def _days_from(first: date) -> Any:
    return lambda day: (day - first).days


def _broken(xs: list[int], ys: list[float | None], *, gap: int) -> tuple[list[float], list[float]]:
    """The points with a gap (NaN) wherever two neighbours lie `gap` or more apart, or a value is
    missing: a line drawn through them does not pretend to know the weeks without data."""
    nan = float("nan")
    out_x: list[float] = []
    out_y: list[float] = []
    for n, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if n and x - xs[n - 1] > gap:
            out_x.append(nan)
            out_y.append(nan)
        out_x.append(x)
        out_y.append(nan if y is None else y)
    return out_x, out_y


SVG_START = re.compile(r"<svg\b")
SIZE = re.compile(r'\s(width|height)="[^"]*"')
IDS = re.compile(r'\b(id|xlink:href|href)="(#?)([^"]+)"')
URLS = re.compile(r"url\(#([^)]+)\)")


def _svg(figure: Figure, name: str, description: str) -> str:
    """The figure as an `<svg>` element for an HTML page: no XML prolog, no metadata, sized by
    the page (its viewBox kept), its ids prefixed by `name` so that no two charts on a page share
    one, described for a screen reader."""
    from html import escape

    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": name}):  # the same report twice: the same file
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    start = SVG_START.search(text)
    if start is None:  # pragma: no cover - matplotlib always writes one
        raise ValueError("matplotlib wrote no <svg>")
    svg = text[start.start() :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, count=1, flags=re.DOTALL)
    prefix = f"herstel-{name}"
    svg = IDS.sub(lambda m: f'{m[1]}="{"#" if m[2] else ""}{prefix}-{m[3]}"', svg)
    svg = URLS.sub(lambda m: f"url(#{prefix}-{m[1]})", svg)
    head, rest = svg.split(">", 1)
    head = SIZE.sub("", head)
    label = escape(description, quote=True)
    return f'{head} class="{prefix}" role="img" aria-label="{label}">{rest.strip()}'
