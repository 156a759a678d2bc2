"""What the client's own data shows, in words: the blocks of `herstel insights` and of the
coach's report on a client, the energy chart and weekly rows for the terminal, and the JSON."""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from herstel.application.insights import Insights
from herstel.core.insights import (
    DIMENSIONS,
    MOVING_DAYS,
    EnergyPoint,
    Finding,
    Patterns,
    SignalFinding,
    energy_series,
    monday,
    practice,
    weekly_averages,
    weeks_between,
)
from herstel.core.sparkline import sparkline
from herstel.i18n import format_day_short, format_decimal, format_number, names, t
from herstel.store.home import resolve_home
from herstel.ui import console
from herstel.ui.prepare import Block, Command, one_line, show_blocks
from herstel.ui.trend import trend_line

CHART_HEIGHT = 19  # the y ticks 0, 2 ... 10 fall three rows apart
CHART_WIDTH = 100  # at most; a narrower terminal gets a narrower chart
CHART_LEAST_WIDTH = 40  # narrower than this, a chart says nothing
NEW_BEHAVIOURS_SHOWN = 8
# On screen, what goes with energy: the largest differences, half a point of energy or more.
FINDINGS_SHOWN = 8
# What `insights` says on screen (--json keeps every comparison): a finding rests on at least
# SHOWN_DAYS days on each side and a difference of at least SHOWN_DIFFERENCE points of energy.
# One that would read as advice against something chosen for one's good (an exercise or an
# energy giver going with less energy, a drainer with more) is said only when it is strong:
# STRONG_DIFFERENCE points or more, on STRONG_DAYS days or more on each side.
SHOWN_DAYS = 7
SHOWN_DIFFERENCE = 1.0
STRONG_DAYS = 14
STRONG_DIFFERENCE = 2.0


def said(finding: Finding) -> bool:
    """Is the finding worth saying on screen (docs/insights.md gives the rules)?"""
    days = min(finding.with_.days, finding.without.days)
    if days < SHOWN_DAYS or abs(finding.difference) < SHOWN_DIFFERENCE:
        return False
    against = (finding.factor in ("exercise", "giver") and finding.difference < 0) or (
        finding.factor == "drainer" and finding.difference > 0
    )
    return not against or (days >= STRONG_DAYS and abs(finding.difference) >= STRONG_DIFFERENCE)


def threshold_words(factor: str, value: float) -> str:
    """A split in the words a person uses: "7 hours", "half an hour", "20 minutes", "3"."""
    if factor == "sleep_hours":
        return t("insights.x.hours", hours=format_number(value))
    if factor in ("movement", "relaxation"):
        minutes = round(value)
        if minutes in (30, 60, 90):
            return t(f"insights.x.minutes_{minutes}")
        return t("insights.x.minutes", minutes=minutes)
    return format_number(value)


PRACTICE_WEEKS_SHOWN = 8
# What is said to the client, and what the coach reads about the client.
COACH_VOICE = {
    "insights.carried_heading": "coach.insights.carried_heading",
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


def named_home(home: Path, environ: Mapping[str, str]) -> Path | None:
    """The home a command to copy must name with `--home`: this run's, when it is not the one
    herstel finds by itself; else None."""
    return None if home == resolve_home(None, environ) else home


def herstel_command(*args: str, home: Path | None = None) -> str:
    """A herstel command line to copy, with `--home` for a `home` herstel does not find by
    itself."""
    words = ["herstel"] if home is None else ["herstel", "--home", str(home)]
    return shlex.join([*words, *args])


def show_insights(found: Insights, words: Words, *, rich: bool) -> None:
    """The title, the energy chart and weekly rows, and the findings, on screen."""
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
    home: Path | None = None  # the client's commands name this home with --home

    def say(self, key: str, /, **params: Any) -> str:
        return t(COACH_VOICE.get(key, key) if self.voice == "coach" else key, **params)

    def title(self, found: Insights) -> Block:
        key = "insights.window_one" if len(found.days) == 1 else "insights.window"
        line = t(
            key,
            first=format_day_short(found.first),
            last=format_day_short(found.last),
            count=len(found.days),
        )
        return Block(t("insights.title"), [line], level=1)

    def finding(self, finding: Finding) -> str:
        threshold = (
            "" if finding.threshold is None else threshold_words(finding.factor, finding.threshold)
        )
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
            lines.append("  " + self.say("insights.ladder_add"))
            lines.append(Command("    " + self.ladder_command(found)))
        return lines

    def ladder_command(self, found: SignalFinding) -> str:
        """The command that puts a signal on the ladder: for the client's own home, or (for the
        coach to pass on) for wherever the client keeps theirs."""
        args = ("ladder", "add", found.what, "--colour", "orange")
        return herstel_command(*args, home=self.home if self.voice == "client" else None)

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


def findings_blocks(found: Insights, words: Words) -> list[Block]:
    """What goes with energy, early warnings, good signs, patterns and practice, as blocks."""
    blocks = [Block(words.say("insights.factors_heading"), _factor_lines(found, words))]
    blocks.append(Block(words.say("insights.warnings_heading"), _warning_lines(found, words)))
    good = _good_lines(found, words)
    if good:
        blocks.append(Block(words.say("insights.good_heading"), good))
    blocks.append(Block(t("insights.patterns_heading"), _pattern_lines(found.patterns, words)))
    practice = _practice_lines(found)
    if practice:
        blocks.append(Block(t("insights.exercises_heading"), practice))
    carried = _carried_lines(found)
    if carried:
        blocks.append(Block(words.say("insights.carried_heading"), carried))
    return blocks


def _carried_lines(found: Insights) -> list[str]:
    """Energy on the days bezieling, wilskracht or neither carried, and with work's words."""
    lines = [
        t("insights.carried_line", answer=t(f"checkin.carried_by.{c.answer}"), days=c.days,
          energy=format_decimal(c.energy))
        for c in found.carried
    ]  # fmt: skip
    for word in found.work_words[:6]:
        key = "work.report_giver" if word.giver else "work.report_drainer"
        lines.append(t(key, name=word.name, days=word.days, energy=format_decimal(word.energy)))
    return lines


def trajectory_blocks(found: Insights, words: Words) -> list[Block]:
    """The findings over a whole trajectory under a heading of their own, as the coach's report
    and the HTML report end with them."""
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
    shown = [f for f in factors.findings if said(f)]
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
    return format_day_short(day)


def _belief(belief: str | None) -> str:
    return t(f"insights.belief.{belief or 'none'}")


def _practice_lines(found: Insights) -> list[str]:
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
    heading = t("insights.energy_heading")
    if rich:
        from rich.text import Text

        console.console().print(Text(heading, style="bold"))
    else:
        console.say(heading)
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
            first=_short(points[0].day),  # the real first and last day with a check-in
            last=_short(points[-1].day),
        )
        console.say_indented(legend, 2)
    else:
        console.say_indented(t("insights.chart.too_few"), 2)
    console.say()
    if not found.days:
        return
    header, *rows = weekly_lines(found, ascii_only=console.bars_ascii())
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
    console.say_indented(trend_line(found.trend), 2)
    console.say()


def energy_chart(found: Insights, points: list[EnergyPoint], *, rich: bool) -> str:
    import plotext as plt

    width = min(CHART_WIDTH, shutil.get_terminal_size((80, 24)).columns) - 2
    x0 = points[0].day  # the real first day with a check-in, not the window's start
    plt.clear_figure()
    plt.theme("clear")
    plt.plotsize(width, CHART_HEIGHT)
    xs = [(p.day - x0).days for p in points]
    # No legend inside the chart, where it would hide the first days; the caption says it. The
    # average is drawn first, so that the day's dots stay on top of it.
    shown = [(n, day) for n, day in found.sessions if points[0].day <= day <= points[-1].day]
    ticks = [(day - x0).days for _, day in shown]
    for tick in ticks:
        plt.vline(tick, "gray" if rich else "default")
    # A gap of more than a week without check-ins breaks the average's line: no line is drawn
    # across days nobody wrote about.
    runs: list[list[EnergyPoint]] = []
    for point in points:
        if runs and (point.day - runs[-1][-1].day).days <= MOVING_DAYS:
            runs[-1].append(point)
        else:
            runs.append([point])
    for run in runs:
        plt.plot(
            [(p.day - x0).days for p in run],
            [round(p.average, 2) for p in run],
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
    plt.xlim(0, max(1, (points[-1].day - x0).days))
    if ticks:
        plt.xticks(ticks, [str(number) for number, _ in shown])
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
SPARK_GAP = "  "  # between a row's label, its sparkline and its first and last values


MINUTES = frozenset({"movement", "relaxation"})


def weekly_value(name: str, value: float) -> str:
    """A week's average as people say it: minutes whole ("35"), the rest to one decimal."""
    return str(round(value)) if name in MINUTES else format_decimal(value)


def weekly_lines(found: Insights, *, ascii_only: bool) -> list[str]:
    """One row per dimension: its average per ISO week as a sparkline, first and last values."""
    # From the first day with a check-in to the last: the weeks there is something to say of.
    days = sorted(d.day for d in found.days)
    every = weeks_between(days[0], days[-1])
    labels = {name: t(f"insights.dimension.{name}") for name in DIMENSIONS}
    label_width = max(len(label) for label in labels.values())
    room = shutil.get_terminal_size((80, 24)).columns - label_width - 20
    weeks = every[-max(4, room) :]
    first = next(day for day in days if day >= weeks[0])  # the real first and last day shown
    weeks = [week for week in weeks if week >= monday(first)]  # no empty weeks before it
    averages = weekly_averages(found.days, weeks)
    if len(weeks) == 1:
        key = "insights.weekly_one"
    else:
        key = "insights.weekly" if len(weeks) == len(every) else "insights.weekly_last"
    lines = [
        t(
            key,
            count=len(weeks),
            total=len(every),
            first=format_day_short(first),
            last=format_day_short(days[-1]),
        )
    ]
    for name in DIMENSIONS:
        values = averages[name]
        known = [v for v in values if v is not None]
        if not known:
            continue
        low, high = SPARK_RANGES[name]
        line = sparkline(values, low=low, high=high, ascii_only=ascii_only)
        ends = f"{weekly_value(name, known[0])} → {weekly_value(name, known[-1])}"
        if ascii_only:
            ends = ends.replace("→", "->")
        lines.append(SPARK_GAP.join([f"  {labels[name].ljust(label_width)}", line, ends]))
    return lines


# --- JSON ---------------------------------------------------------------------------------------


def insights_json(found: Insights, words: Words) -> dict[str, Any]:
    weeks = weeks_between(found.first, found.last) if found.days else []
    weekly = weekly_averages(found.days, weeks)
    return {
        "period": {
            "name": found.period,
            "first": found.first.isoformat(),
            "last": found.last.isoformat(),
        },
        "checkins": len(found.days),
        "energy_trend": found.trend.as_json(),
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
        **findings_json(found, words),
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
    carried = {
        "carried_by": [
            {"answer": c.answer, "days": c.days, "energy": c.energy} for c in found.carried
        ],
        "work_words": [
            {"name": w.name, "kind": "giver" if w.giver else "drainer", "days": w.days,
             "energy": w.energy}
            for w in found.work_words
        ],
    }  # fmt: skip
    return {
        **carried,
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
