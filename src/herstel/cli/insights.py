"""`herstel insights`: what the client's own data shows, on screen or as JSON. The same findings
go into the coach's report on a client (`findings_blocks`, `findings_json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import UsageError
from herstel.i18n import format_decimal, language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.cli.prepare import Block
    from herstel.core.insights import (
        Day,
        ExerciseMark,
        Factors,
        Finding,
        PatternMark,
        Patterns,
        SignalFinding,
        SignalMark,
        Signs,
    )
    from herstel.store.db import Store

CHART_HEIGHT = 19  # the y ticks 0, 2 ... 10 fall three rows apart
CHART_WIDTH = 100  # at most; a narrower terminal gets a narrower chart
CHART_LEAST_WIDTH = 40  # narrower than this, a chart says nothing
NEW_BEHAVIOURS_SHOWN = 8
# On screen, what goes with energy: the largest differences, half a point of energy or more.
FINDINGS_SHOWN = 8
SHOWN_DIFFERENCE = 0.5
PRACTICE_WEEKS_SHOWN = 8
PERIOD_WORDS = {
    "all": "all",
    "alles": "all",
    "current": "current",
    "huidig": "current",
    "huidige": "current",
}
PERIOD_SPAN = re.compile(r"(\d{1,4})\s*([wm])")
# What is said to the client, and what the coach reads about the client.
COACH_VOICE = {
    "insights.factors_heading": "coach.insights.factors_heading",
    "insights.warnings_heading": "coach.insights.warnings_heading",
    "insights.good_heading": "coach.insights.good_heading",
    "insights.new_heading": "coach.insights.new_heading",
    "insights.ladder_add": "coach.insights.ladder_add",
    "insights.on_ladder": "coach.insights.on_ladder",
    "insights.not_cause": "coach.insights.not_cause",
    "insights.energy_word": "coach.insights.energy_word",
    "insights.factors_none": "coach.insights.factors_none",
    "insights.factors_more": "coach.insights.factors_more",
    "insights.factors_more_one": "coach.insights.factors_more_one",
    "insights.crossings": "coach.insights.crossings",
}


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    @app.command("insights", help=t("help.insights"), **command_options())
    def insights_command(
        period: str = typer.Option(
            "all", "--period", metavar=t("meta.period"), help=t("help.insights.period")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        show_insights(period=period, as_json=as_json)


# --- the data -----------------------------------------------------------------------------------


@dataclass
class Insights:
    """One trajectory's data over a window, and what it shows."""

    period: str  # all, current, or e.g. "4w"
    first: date
    last: date
    days: list[Day]
    signals: list[SignalMark]
    notes: list[PatternMark]
    exercises: list[ExerciseMark]
    sessions: list[tuple[int, date]]  # the non-cancelled sessions within the window
    ladder: dict[str, str]  # signal (case-folded) -> colour
    factors: Factors
    signs: Signs
    patterns: Patterns

    @property
    def empty(self) -> bool:
        return not (
            self.days or self.signals or self.notes or any(e.practised for e in self.exercises)
        )


@dataclass(frozen=True)
class Period:
    """What `--period` names: `all`, `current`, or a count of weeks (`w`) or months (`m`)."""

    kind: str
    count: int = 0

    @property
    def name(self) -> str:
        return f"{self.count}{self.kind}" if self.count else self.kind


def parse_period(text: str) -> Period:
    """`--period` checked before anything is read: all, current, 4w, 3m (and Dutch words)."""
    word = " ".join(text.strip().casefold().split())
    named = PERIOD_WORDS.get(word)
    if named is not None:
        return Period(named)
    span = PERIOD_SPAN.fullmatch(word)
    if span is None or int(span[1]) == 0:
        raise UsageError("insights.period_bad", value=text)
    return Period(span[2], int(span[1]))


def period_start(period: Period, *, today: date, current: date, begun: date) -> date:
    """The first day of the window, up to today: never before the journal `begun` (its first
    entry, or its first session when that came earlier)."""
    from dateutil.relativedelta import relativedelta

    if period.kind == "all":
        return begun
    if period.kind == "current":
        return max(current, begun)
    try:
        if period.kind == "w":
            start = today - timedelta(weeks=period.count) + timedelta(days=1)
        else:
            start = today - relativedelta(months=period.count) + timedelta(days=1)
    except (OverflowError, ValueError):  # further back than the calendar goes
        return begun
    return max(start, begun)


def gather(
    store: Store, trajectory_id: str, period: Period, *, last: date | None = None
) -> Insights:
    """Everything `insights` looks at, read in plain SQL (no models: this is on the start-up
    path), and the findings computed from it; up to today, or up to `last`."""
    import json

    from sqlalchemy import text

    from herstel.core import insights as core
    from herstel.core.schedule import current_start, date_of
    from herstel.store.sessions import first_entry_day, sessions

    today = runtime().today() if last is None else last
    with store.reading() as session:
        slots = sessions(session=session, trajectory_id=trajectory_id)
        first_entry = first_entry_day(session=session, trajectory_id=trajectory_id)
        current = current_start(slots, today=today, first_entry=first_entry)
        dated = [(s.number, date_of(s)) for s in slots if s.status != "cancelled"]
        held = [day for _, day in dated if day <= today]
        begun = min([today, *held, *([first_entry] if first_entry else [])])
        first = period_start(period, today=today, current=current, begun=begun)
        conn = session.connection()
        span = {"t": trajectory_id, "first": first.isoformat(), "last": today.isoformat()}

        def query(sql: str) -> list[Any]:
            return list(conn.execute(text(sql), span).all())

        within = "trajectory_id = :t AND day BETWEEN :first AND :last ORDER BY day"
        checkins = query(
            "SELECT day, energy, sleep_hours, sleep_quality, food, movement, relaxation, "  # noqa: S608 - our own clause
            f"structure, givers, drainers FROM checkin WHERE {within}"
        )
        signal_rows = query(f'SELECT day, what, "limit", fit FROM signal WHERE {within}')  # noqa: S608
        note_rows = query(
            f"SELECT id, day, belief, new_behaviour, private FROM pattern_note WHERE {within}"  # noqa: S608
        )
        exercise_rows = query(
            "SELECT id, name, per_week, created_at, stopped_at FROM exercise "
            "WHERE trajectory_id = :t ORDER BY created_at"
        )
        practice_rows = query(f"SELECT exercise_id, day FROM practice WHERE {within}")  # noqa: S608
        ladder = {
            " ".join(row[0].casefold().split()): row[1]
            for row in query(
                "SELECT signal, colour FROM ladder_item WHERE trajectory_id = :t "
                "AND removed_at IS NULL"
            )
        }
    day = date.fromisoformat
    days = [
        core.Day(
            day(r[0]),
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            tuple(json.loads(r[8]) or ()) if r[8] else (),
            tuple(json.loads(r[9]) or ()) if r[9] else (),
        )
        for r in checkins
    ]
    signals = [
        core.SignalMark(day(r[0]), r[1], r[2], None if r[3] is None else bool(r[3]))
        for r in signal_rows
    ]
    notes = [core.PatternMark(r[0], day(r[1]), r[2], r[3], bool(r[4])) for r in note_rows]
    practised: dict[str, list[date]] = {}
    for exercise_id, practice_day in practice_rows:
        practised.setdefault(exercise_id, []).append(day(practice_day))
    exercises = []
    for r in exercise_rows:
        from datetime import datetime

        started = datetime.fromisoformat(r[3]).astimezone().date()
        stopped = None if r[4] is None else datetime.fromisoformat(r[4]).astimezone().date()
        if stopped is not None and stopped < first and r[0] not in practised:
            continue
        exercises.append(
            core.ExerciseMark(r[0], r[1], r[2], started, stopped, tuple(practised.get(r[0], ())))
        )
    marks = [(number, day) for number, day in dated if first <= day <= today]
    return Insights(
        period=period.name,
        first=first,
        last=today,
        days=days,
        signals=signals,
        notes=notes,
        exercises=exercises,
        sessions=marks,
        ladder=ladder,
        factors=core.factors(days, exercises),
        signs=core.signs(days, signals),
        patterns=core.patterns(notes),
    )


def show_insights(*, period: str, as_json: bool) -> None:
    from herstel.cli.first_run import require_trajectory

    window = parse_period(period)
    trajectory = require_trajectory()
    found = gather(runtime().store(), trajectory.id, window)
    if as_json:
        console.emit_json(insights_json(found))
        return
    from herstel.cli.prepare import show_blocks

    rich = console.rich_enabled()
    words = Words()
    show_blocks([words.title(found)])
    if found.empty:
        console.say()
        console.say(t("insights.nothing"))
        return
    console.say()
    show_energy(found, rich=rich)
    show_blocks(findings_blocks(found, words))


# --- on screen ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """The findings in words: to the client ("your energy"), or about them (`voice="coach"`)."""

    voice: str = "client"

    def say(self, key: str, /, **params: Any) -> str:
        return t(COACH_VOICE.get(key, key) if self.voice == "coach" else key, **params)

    def title(self, found: Insights) -> Block:
        from herstel.cli.prepare import Block
        from herstel.i18n import format_day_short

        key = "insights.window_one" if len(found.days) == 1 else "insights.window"
        line = t(
            key,
            first=format_day_short(found.first),
            last=format_day_short(found.last),
            count=len(found.days),
        )
        return Block(t("insights.title"), [line], level=1)

    def finding(self, finding: Finding) -> str:
        threshold = "" if finding.threshold is None else _number(finding.threshold)
        name = "" if finding.name is None else t("insights.quoted", text=finding.name)
        condition = t(f"insights.cond.{finding.factor}", x=threshold, name=name)
        return t(
            f"insights.finding.{finding.when}",
            cond=condition,
            energy=self.say("insights.energy_word"),
            with_=format_decimal(finding.with_.average),
            with_days=finding.with_.days,
            without=format_decimal(finding.without.average),
            without_days=finding.without.days,
        )

    def warning(self, found: SignalFinding, ladder: dict[str, str]) -> list[str]:
        what = t("insights.quoted", text=found.what)
        lines = [
            t(
                "insights.warning",
                what=what,
                events=found.events,
                of_events=found.of_events,
                otherwise=_otherwise("warning", found),
            )
        ]
        colour = ladder.get(" ".join(found.what.casefold().split()))
        if colour is not None:
            lines.append("  " + self.say("insights.on_ladder", colour=t(f"ladder.colour.{colour}")))
        else:
            from herstel.cli.prepare import Command

            lines.append("  " + self.say("insights.ladder_add"))
            lines.append(Command("    " + self.ladder_command(found)))
        return lines

    def ladder_command(self, found: SignalFinding) -> str:
        """The command that puts a signal on the ladder: for the client's own home, or (for the
        coach to pass on) for wherever the client keeps theirs."""
        args = ("ladder", "add", found.what, "--colour", "orange")
        return herstel_command(*args, here=self.voice == "client")

    def good(self, found: SignalFinding, at_least: int | None) -> str:
        return t(
            "insights.good",
            what=t("insights.quoted", text=found.what),
            events=found.events,
            of_events=found.of_events,
            energy=at_least,
            otherwise=_otherwise("good", found),
        )


def _count(key: str, count: int) -> str:
    """ "once", "3 times"; "1 week", "3 weeks"."""
    return t(f"{key}_one" if count == 1 else key, count=count)


def _otherwise(kind: str, found: SignalFinding) -> str:
    """On how many days a signal was logged, and how often at other times."""
    count = found.otherwise
    key = "never" if count == 0 else "once" if count == 1 else "more"
    return t(f"insights.{kind}.{key}", count=count, days=found.days)


def _number(value: float) -> str:
    """A threshold as people write it, as exact as it is: 7, 7.5, 6.25 (6,25 in Dutch)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language() == "nl" else text


def herstel_command(*args: str, here: bool = True) -> str:
    """A herstel command line to copy; `here`: for this home, with `--home` when this run's home
    is not the one herstel finds by itself."""
    import os
    import shlex

    from herstel.store.home import resolve_home

    words = ["herstel"]
    home = runtime().home
    if here and home != resolve_home(None, os.environ):
        words += ["--home", str(home)]
    return shlex.join([*words, *args])


def findings_blocks(found: Insights, words: Words) -> list[Block]:
    """What goes with energy, early warnings, good signs, patterns and practice, as blocks."""
    from herstel.cli.prepare import Block

    blocks = [Block(words.say("insights.factors_heading"), _factor_lines(found, words))]
    blocks.append(Block(words.say("insights.warnings_heading"), _warning_lines(found, words)))
    good = _good_lines(found, words)
    if good:
        blocks.append(Block(words.say("insights.good_heading"), good))
    blocks.append(Block(t("insights.patterns_heading"), _pattern_lines(found.patterns, words)))
    practice = _practice_lines(found)
    if practice:
        blocks.append(Block(t("insights.exercises_heading"), practice))
    return blocks


def trajectory_blocks(found: Insights, words: Words) -> list[Block]:
    """The findings over a whole trajectory under a heading of their own, as the coach's report
    and the HTML report end with them."""
    from herstel.cli.prepare import Block
    from herstel.i18n import format_day_short

    heading = Block(
        t("insights.whole_heading"),
        [t("insights.window_one" if len(found.days) == 1 else "insights.window",
           first=format_day_short(found.first), last=format_day_short(found.last),
           count=len(found.days))],
    )  # fmt: skip
    if found.empty:
        return [heading]
    blocks = findings_blocks(found, words)
    for block in blocks:
        block.level = 3
    return [heading, *blocks]


def _factor_lines(found: Insights, words: Words) -> list[str]:
    factors = found.factors
    if not factors.findings:
        return [words.say("insights.factors_none")]
    shown = [f for f in factors.findings if abs(f.difference) >= SHOWN_DIFFERENCE]
    shown = shown[:FINDINGS_SHOWN]
    lines = [words.finding(f) for f in shown] or [t("insights.factors_small")]
    left_out = len(factors.findings) - len(shown)
    if left_out:
        key = "insights.factors_more_one" if left_out == 1 else "insights.factors_more"
        lines.append(words.say(key, count=left_out))
    if factors.thin:
        names = ", ".join(_factor_label(thin.factor, thin.name) for thin in factors.thin)
        lines.append(t("insights.factors_thin", names=names))
    lines.append(words.say("insights.not_cause"))
    return lines


def _factor_label(factor: str, name: str | None) -> str:
    label = t(f"insights.factor.{factor}")
    return label if name is None else f"{label} {t('insights.quoted', text=name)}"


def _warning_lines(found: Insights, words: Words) -> list[str]:
    signs = found.signs
    if signs.low_at_most is None and not signs.crossings:
        return [t("insights.warnings_thin")]
    basis = []
    if signs.low_at_most is not None:
        basis.append(t("insights.low_days", energy=signs.low_at_most, count=signs.low_days))
    if signs.crossings:
        basis.append(words.say("insights.crossings", count=signs.crossings))
    if signs.low_at_most is not None and signs.crossings:
        events = signs.warnings[0].of_events if signs.warnings else None
        if events is not None:
            basis.append(t("insights.together", count=events))
    lines = [" ".join(basis)]
    if not signs.warnings:
        return [*lines, t("insights.warnings_none")]
    for warning in signs.warnings:
        lines += words.warning(warning, found.ladder)
    return lines


def _good_lines(found: Insights, words: Words) -> list[str]:
    signs = found.signs
    return [words.good(g, signs.good_at_least) for g in signs.good]


def _pattern_lines(patterns: Patterns, words: Words) -> list[str]:
    from herstel.cli.prepare import one_line
    from herstel.i18n import format_day_short, names

    if not patterns.by_month:
        return [t("insights.patterns_none")]
    lines = []
    months = names("months")
    for month, beliefs in patterns.by_month:
        year, number = month.split("-")
        counts = ", ".join(
            f"{_belief(belief)} {count}"
            for belief, count in sorted(beliefs.items(), key=lambda b: (-b[1], b[0] or "~"))
        )
        lines.append(f"{months[int(number) - 1]} {year}: {counts}")
    tried = patterns.new_behaviours
    if tried:
        lines.append(words.say("insights.new_heading"))
        if len(tried) > NEW_BEHAVIOURS_SHOWN:
            lines.append("  " + t("insights.earlier", count=len(tried) - NEW_BEHAVIOURS_SHOWN))
        for note in tried[-NEW_BEHAVIOURS_SHOWN:]:
            text = one_line(note.new_behaviour or "")
            if note.private:
                text += " " + t("prepare.private")
            lines.append(f"  {format_day_short(note.day)}: {text}")
    return lines


def _short(day: date) -> str:
    from herstel.i18n import format_day_short

    return format_day_short(day)


def _belief(belief: str | None) -> str:
    return t(f"insights.belief.{belief or 'none'}")


def _practice_lines(found: Insights) -> list[str]:
    from herstel.core.insights import practice

    lines = []
    for item in practice(found.exercises, found.first, found.last):
        exercise = item.exercise
        weeks = item.weeks[-PRACTICE_WEEKS_SHOWN:]
        counts = " ".join(str(w.practised) for w in weeks)
        total = sum(w.practised for w in item.weeks)
        key = "insights.practice" if exercise.per_week else "insights.practice_free"
        lines.append(
            t(
                key,
                name=t("insights.quoted", text=exercise.name),
                times=_count("insights.times", total),
                weeks=_count("insights.weeks", len(item.weeks)),
                per_week=exercise.per_week or 0,
            )
        )
        last = "insights.practice_week" if len(weeks) == 1 else "insights.practice_weeks"
        lines.append("  " + t(last, count=len(weeks), counts=counts))
    return lines


# --- the energy chart and the weekly rows -------------------------------------------------------

DAILY_MARK = "•"
DAILY_MARK_ASCII = "o"
AVERAGE_MARK_ASCII = "*"
ASCII_FRAME = str.maketrans("┌┐└┘─│┬┴┤├┼", "++++-||++++")


def show_energy(found: Insights, *, rich: bool) -> None:
    """The chart of daily energy with its moving average and the sessions, then one sparkline row
    per check-in dimension of weekly averages."""
    from herstel.core.insights import energy_series

    heading = t("insights.energy_heading")
    if rich:
        from rich.text import Text

        console.console().print(Text(heading, style="bold"))
    else:
        console.say(heading)
    import shutil

    points = energy_series(found.days)
    if shutil.get_terminal_size((80, 24)).columns < CHART_LEAST_WIDTH:
        console.say_indented(t("insights.chart.too_narrow"), 2)
    elif len(points) >= 2:
        chart = energy_chart(found, points, rich=rich)
        if rich:
            from rich.text import Text

            console.console().print(Text.from_ansi(chart))
        else:
            for line in chart.splitlines():
                console.say(line.rstrip())
        daily, average = (DAILY_MARK, "⠤⠤") if rich else (DAILY_MARK_ASCII, AVERAGE_MARK_ASCII * 2)
        legend = t(
            "insights.chart.legend" if found.sessions else "insights.chart.legend_no_sessions",
            daily=daily,
            average=average,
            first=_short(found.first),
            last=_short(found.last),
        )
        console.say_indented(legend, 2)
    else:
        console.say_indented(t("insights.chart.too_few"), 2)
    console.say()
    if not found.days:
        return
    header, *rows = weekly_lines(found, ascii_only=not rich)
    console.say_indented(header, 0)
    for row in rows:
        if rich:  # the sparkline in the chart's colour, so that it reads as a line
            from rich.text import Text

            label, spark, ends = row.rsplit(SPARK_GAP, 2)
            shown = Text(label + SPARK_GAP)
            shown.append(spark, style="cyan")
            console.console().print(shown + Text(SPARK_GAP + ends), no_wrap=True)
        else:
            console.say(row)
    console.say()


def energy_chart(found: Insights, points: list[Any], *, rich: bool) -> str:
    import shutil

    import plotext as plt

    width = min(CHART_WIDTH, shutil.get_terminal_size((80, 24)).columns) - 2
    x0 = found.first
    plt.clear_figure()
    plt.theme("clear")
    plt.plotsize(width, CHART_HEIGHT)
    xs = [(p.day - x0).days for p in points]
    for _, day in found.sessions:
        plt.vline((day - x0).days, "gray" if rich else "default")
    # No legend inside the chart, where it would hide the first days; the caption says it. The
    # average is drawn first, so that the day's dots stay on top of it.
    plt.plot(
        xs,
        [round(p.average, 2) for p in points],
        marker="braille" if rich else AVERAGE_MARK_ASCII,
        color="green" if rich else "default",
    )
    plt.scatter(
        xs,
        [p.energy for p in points],
        marker=DAILY_MARK if rich else DAILY_MARK_ASCII,
        color="cyan" if rich else "default",
    )
    plt.ylim(0, 10)
    plt.yticks([0, 2, 4, 6, 8, 10])
    plt.xlim(0, max(1, (found.last - x0).days))
    ticks = [(day - x0).days for _, day in found.sessions]
    if ticks:
        plt.xticks(ticks, [str(number) for number, _ in found.sessions])
    else:
        plt.xticks([])
    chart: str = plt.build().rstrip()
    plt.clear_figure()
    if rich:
        return chart
    plain: str = plt.uncolorize(chart)
    return plain.translate(ASCII_FRAME)


# The range each dimension's sparkline spans.
SPARK_RANGES = {
    "energy": (0, 10),
    "sleep_hours": (4, 10),
    "sleep_quality": (1, 5),
    "food": (1, 5),
    "structure": (1, 5),
    "movement": (0, 90),
    "relaxation": (0, 60),
}
SPARK_UNICODE = "▁▂▃▄▅▆▇█"
SPARK_GAP = "  "  # between a row's label, its sparkline and its first and last values
SPARK_ASCII = "_.:-=+*#"  # not digits: a row of digits would read as the values themselves


def weekly_lines(found: Insights, *, ascii_only: bool) -> list[str]:
    """One row per dimension: its average per ISO week as a sparkline, first and last values."""
    import shutil

    from herstel.core.insights import DIMENSIONS, weekly_averages, weeks_between
    from herstel.i18n import format_day_short

    weeks = weeks_between(found.first, found.last)
    labels = {name: t(f"insights.dimension.{name}") for name in DIMENSIONS}
    label_width = max(len(label) for label in labels.values())
    room = shutil.get_terminal_size((80, 24)).columns - label_width - 20
    weeks = weeks[-max(4, room) :]
    averages = weekly_averages(found.days, weeks)
    chars = SPARK_ASCII if ascii_only else SPARK_UNICODE
    missing = "." if ascii_only else "·"
    lines = [
        t(
            "insights.weekly_one" if len(weeks) == 1 else "insights.weekly",
            count=len(weeks),
            first=format_day_short(max(weeks[0], found.first)),
            last=format_day_short(min(weeks[-1] + timedelta(days=6), found.last)),
        )
    ]
    for name in DIMENSIONS:
        values = averages[name]
        known = [v for v in values if v is not None]
        if not known:
            continue
        low, high = SPARK_RANGES[name]
        line = "".join(
            missing
            if v is None
            else chars[round((min(max(v, low), high) - low) / (high - low) * (len(chars) - 1))]
            for v in values
        )
        ends = f"{format_decimal(known[0])} → {format_decimal(known[-1])}"
        if ascii_only:
            ends = ends.replace("→", "->")
        lines.append(SPARK_GAP.join([f"  {labels[name].ljust(label_width)}", line, ends]))
    return lines


# --- JSON ---------------------------------------------------------------------------------------


def insights_json(found: Insights) -> dict[str, Any]:
    from herstel.core.insights import (
        DIMENSIONS,
        energy_series,
        practice,
        weekly_averages,
        weeks_between,
    )

    weeks = weeks_between(found.first, found.last) if found.days else []
    weekly = weekly_averages(found.days, weeks)
    return {
        "period": {
            "name": found.period,
            "first": found.first.isoformat(),
            "last": found.last.isoformat(),
        },
        "checkins": len(found.days),
        "energy": [
            {"day": p.day.isoformat(), "energy": p.energy, "average_7d": round(p.average, 2)}
            for p in energy_series(found.days)
        ],
        "sessions": [{"number": n, "day": d.isoformat()} for n, d in found.sessions],
        "weekly": [
            {
                "week": f"{w.isocalendar()[0]}-W{w.isocalendar()[1]:02d}",
                "monday": w.isoformat(),
                **{name: _round(weekly[name][i]) for name in DIMENSIONS},
            }
            for i, w in enumerate(weeks)
        ],
        **findings_json(found, Words()),
        "exercises": [
            {
                "id": item.exercise.id,
                "name": item.exercise.name,
                "per_week": item.exercise.per_week,
                "weeks": [
                    {"monday": w.week.isoformat(), "practised": w.practised} for w in item.weeks
                ],
            }
            for item in practice(found.exercises, found.first, found.last)
        ],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def findings_json(found: Insights, words: Words) -> dict[str, Any]:
    """What goes with energy, early warnings, good signs and patterns, as JSON."""
    factors, signs = found.factors, found.signs

    def signal(f: SignalFinding, text: str, *, came: str) -> dict[str, Any]:
        return {
            "signal": f.what,
            "days": f.days,
            "in_window": f.matched,
            "otherwise": f.otherwise,
            came: f.events,
            "of_days": f.of_events,
            "share": round(f.share, 3),
            "base": round(f.base, 3),
            "text": text,
        }

    warnings = []
    for w in signs.warnings:
        entry = signal(w, words.warning(w, found.ladder)[0], came="came_before")
        colour = found.ladder.get(" ".join(w.what.casefold().split()))
        entry["ladder_colour"] = colour
        entry["ladder_command"] = None if colour else words.ladder_command(w)
        warnings.append(entry)
    return {
        "factors": [
            {
                "factor": f.factor,
                "name": f.name,
                "threshold": f.threshold,
                "when": f.when,
                "with": {"average": round(f.with_.average, 2), "days": f.with_.days},
                "without": {"average": round(f.without.average, 2), "days": f.without.days},
                "difference": round(f.difference, 2),
                "rank_correlation": None if f.correlation is None else round(f.correlation, 3),
                "text": words.finding(f),
            }
            for f in factors.findings
        ],
        "factors_thin": [
            {
                "factor": x.factor,
                "name": x.name,
                "with_days": x.with_days,
                "without_days": x.without_days,
            }
            for x in factors.thin
        ],
        "early_warnings": {
            "low_energy_at_most": signs.low_at_most,
            "low_energy_days": signs.low_days,
            "crossed_limit_days": signs.crossings,
            "signals": warnings,
        },
        "good_signs": {
            "energy_at_least": signs.good_at_least,
            "good_days": signs.good_days,
            "signals": [
                signal(g, words.good(g, signs.good_at_least), came="came_on") for g in signs.good
            ],
        },
        "patterns": {
            "by_month": [
                {"month": month, "beliefs": {belief or "none": n for belief, n in beliefs.items()}}
                for month, beliefs in found.patterns.by_month
            ],
            "new_behaviours": [
                {
                    "id": n.id,
                    "day": n.day.isoformat(),
                    "text": n.new_behaviour,
                    "private": n.private,
                }
                for n in found.patterns.new_behaviours
            ],
        },
    }
