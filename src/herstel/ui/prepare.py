"""The summary of a period in words (`herstel prepare`, and the coach's report on a client): as
blocks of a heading and lines, which the terminal, Markdown and the HTML page each show in their
own way; and as JSON."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from typing import Any

from herstel.application.prepare import Context
from herstel.core.prepare import WORDS_OF, Item, Preparation
from herstel.core.sparkline import energy_sparkline
from herstel.i18n import format_day, format_day_short, format_decimal, t
from herstel.ui import console
from herstel.ui.trend import trend_line


class Command(str):
    """A command line among a block's lines: shown whole on one line, never wrapped (a wrapped
    line pasted into a shell runs without its last flags)."""

    __slots__ = ()


class Sparkline(str):
    """A line of sparkline characters: a chart in a terminal, left out where a real chart is
    drawn (the HTML report)."""

    __slots__ = ()


class Colour(str):
    """A ladder colour's heading among a block's lines; the HTML report puts its colour beside
    the words."""

    colour: str

    def __new__(cls, text: str, colour: str) -> Colour:
        line = super().__new__(cls, text)
        line.colour = colour
        return line


@dataclass
class Block:
    """A heading and its lines; `lines` may hold (sub-heading, lines) groups."""

    heading: str
    lines: list[str]
    level: int = 2


def _private(item: Item, text: str) -> str:
    return f"{text} {t('prepare.private')}" if item.private else text


def one_line(text: str) -> str:
    """A text of several lines as one line, its whitespace made single spaces."""
    return " ".join(text.split())


# The messages the coach reads in another voice than the client: "Energy averaged 4.5", not
# "Your energy averaged 4.5".
COACH_VOICE = {
    "prepare.title": "coach.prepare.title",
    "prepare.energy": "coach.prepare.energy",
    "prepare.note_heading": "coach.prepare.note_heading",
    "prepare.nothing": "coach.prepare.nothing",
    "prepare.new_heading": "coach.prepare.new_heading",
    "prepare.colour.red": "coach.prepare.colour.red",
    "prepare.colour.orange": "coach.prepare.colour.orange",
    "prepare.colour.green": "coach.prepare.colour.green",
    "prepare.colour.none": "coach.prepare.colour.none",
    "prepare.colour.fit": "coach.prepare.colour.fit",
    "prepare.words_heading": "coach.prepare.words_heading",
    "signal.limit.near": "coach.prepare.limit.near",
    "signal.limit.crossed": "coach.prepare.limit.crossed",
}


def render(
    summary: Preparation, context: Context, *, ascii_only: bool, voice: str = "client"
) -> list[Block]:
    """The summary in words: to the client ("your energy"), or with `voice="coach"` about them."""
    words = Words(context.today, voice)
    if context.next_number is not None and context.next_day is not None:
        day = format_day(context.next_day)
        title = words.say("prepare.title", number=context.next_number, day=day)
    else:
        title = t("prepare.title_done")
    key = "prepare.since_day" if summary.session is None else "prepare.since_session"
    if summary.days == 1:
        key += "_one"
    since = t(key, number=summary.session, day=words.short(summary.first), days=summary.days)
    blocks = [Block(title, [since], level=1)]
    if context.next_note:
        blocks.append(Block(words.say("prepare.note_heading"), context.next_note.splitlines()))
    if summary.empty:
        blocks.append(Block(t("prepare.nothing_heading"), [words.say("prepare.nothing")]))
        return blocks
    sections = (
        words.energy(summary, ascii_only=ascii_only),
        words.lowest(summary),
        words.signals(summary),
        words.patterns(summary),
        words.new_behaviours(summary),
        words.exercises(summary),
        words.named(summary),
        words.own_words(summary),
    )
    return blocks + [block for block in sections if block is not None]


@dataclass(frozen=True)
class Words:
    """Each section of the summary in words; None for a section with nothing in it."""

    today: date
    voice: str = "client"

    def say(self, key: str, /, **params: Any) -> str:
        return t(COACH_VOICE.get(key, key) if self.voice == "coach" else key, **params)

    def short(self, day: date) -> str:
        return format_day_short(day, year=day.year != self.today.year)

    def item(self, item: Item, text: str) -> str:
        return _private(item, f"{self.short(item.day)}: {one_line(text)}")

    def energy(self, summary: Preparation, *, ascii_only: bool) -> Block | None:
        if not summary.checkins:
            return None
        lines = []
        if summary.energy_average is not None:
            average = format_decimal(summary.energy_average)
            lines.append(self.say("prepare.energy", average=average))
        lines.append(trend_line(summary.energy_trend, voice=self.voice))
        if summary.checkins > 1:
            spark = energy_sparkline(summary.energy, ascii_only=ascii_only)
            first, last = self.short(summary.first), self.short(summary.last)
            lines.append(Sparkline(t("prepare.sparkline", first=first, last=last, spark=spark)))
        if summary.sleep_average is not None:
            lines.append(t("prepare.sleep", average=format_decimal(summary.sleep_average)))
        lines.append(
            t("prepare.checkins_one") if summary.checkins == 1
            else t("prepare.checkins", count=summary.checkins)
        )  # fmt: skip
        return Block(t("prepare.energy_heading"), lines)

    def lowest(self, summary: Preparation) -> Block | None:
        if not summary.lowest:
            return None
        lines = []
        for item in summary.lowest:
            text = t("prepare.low_day", day=self.short(item.day), energy=item.detail["energy"])
            lines.append(_private(item, one_line(f"{text} {item.text}")))
        return Block(t("prepare.lowest_heading"), lines)

    def signals(self, summary: Preparation) -> Block | None:
        if not summary.signals:
            return None
        lines: list[str] = []
        for colour, items in summary.signals:
            name = colour or "none"
            lines.append(Colour(self.say(f"prepare.colour.{name}"), name))
            for item in items:
                limit = item.detail["limit"]
                what = one_line(item.text)
                if limit in ("near", "crossed"):
                    what = f"{what}, {self.say(f'signal.limit.{limit}')}"
                lines.append("  " + self.item(item, what))
        return Block(t("prepare.signals_heading"), lines)

    def patterns(self, summary: Preparation) -> Block | None:
        if not summary.patterns:
            return None
        lines = []
        for belief, items in summary.patterns:
            lines.append(t(f"prepare.belief.{belief or 'none'}"))
            for item in items:
                own = item.detail.get("belief_text")
                text = f"{item.text} ({own})" if own else item.text
                lines.append("  " + self.item(item, text))
        return Block(t("prepare.patterns_heading"), lines)

    def new_behaviours(self, summary: Preparation) -> Block | None:
        if not summary.new_behaviours:
            return None
        lines = [self.item(item, item.text) for item in summary.new_behaviours]
        return Block(self.say("prepare.new_heading"), lines)

    @staticmethod
    def exercises(summary: Preparation) -> Block | None:
        if not summary.exercises:
            return None
        lines = []
        for exercise in summary.exercises:
            if exercise.practised == 0:
                done = t("prepare.practised_none")
            elif exercise.practised == 1:
                done = t("prepare.practised_one")
            else:
                done = t("prepare.practised", count=exercise.practised)
            if exercise.per_week is not None:
                done = t("prepare.practised_of", done=done, per_week=exercise.per_week)
            text = f"{exercise.name}: {done}"
            lines.append(f"{text} {t('prepare.private')}" if exercise.private else text)
        return Block(t("prepare.exercises_heading"), lines)

    def own_words(self, summary: Preparation) -> Block | None:
        """What the client wrote, under each day, newest first; every text whole."""
        if not summary.words:
            return None
        lines: list[str] = []
        day = None
        for said in summary.words:
            if said.day != day:
                day = said.day
                lines.append(self.short(day))
            title = t(f"prepare.words.{said.kind}", title=one_line(said.title))
            if said.time:
                title = f"{said.time}  {title}"
            if said.kind == "signal" and said.detail.get("fit") is not None:
                fitted = said.detail["fit"]
                title += ", " + (
                    t("prepare.words.fit.yes") if fitted else t("prepare.words.fit.no")
                )
            fields = said.fields
            if len(fields) == 1 and fields[0][0] == "note":  # a note alone: beside its title
                first, *rest = fields[0][1].strip().splitlines() or [""]
                title = f"{title}: {first.strip()}"
                fields = (("note", "\n".join(rest)),) if rest else ()
            lines.append("  " + (f"{title} {t('prepare.private')}" if said.private else title))
            for name, text in fields:
                label = t(f"prepare.words.field.{said.kind}.{name}")
                first, *rest = text.strip().splitlines() or [""]
                lines.append(f"    {label}: {first.strip()}")
                lines.extend(f"      {line.strip()}" for line in rest if line.strip())
        return Block(self.say("prepare.words_heading"), lines)

    @staticmethod
    def named(summary: Preparation) -> Block | None:
        lines = []
        for key, named in (("prepare.givers", summary.givers),
                           ("prepare.drainers", summary.drainers)):  # fmt: skip
            if named:
                lines.append(t(key, names=", ".join(f"{name} ({n})" for name, n in named)))
        return Block(t("prepare.named_heading"), lines) if lines else None


def show_blocks(blocks: list[Block]) -> None:
    """On a terminal, headings in bold; elsewhere plain lines."""
    rich = console.rich_enabled()
    for number, block in enumerate(blocks):
        if number:
            console.say()
        if rich:
            from rich.text import Text

            console.console().print(Text(block.heading, style="bold"))
        else:
            console.say(block.heading)
        for line in block.lines:
            # On a terminal a long line wraps at a word and stays set in.
            text = line.lstrip(" ")
            indent = len(line) - len(text) + (2 if block.level > 1 else 0)
            if isinstance(line, Command):
                _show_command(text, indent)
            elif text:
                console.say_indented(text, indent)
            else:
                console.say()


def _show_command(command: str, indent: int) -> None:
    """A command to copy, whole; where the terminal cannot show its characters as they are, a
    pointer to --json instead of a command that would do something else."""
    if console.safe_text(command, sys.stdout) != command:
        console.say_indented(t("command.unsafe"), indent)
        return
    console.say(" " * indent + command)


def as_markdown(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.append("#" * block.level + " " + block.heading)
        lines.append("")
        for line in block.lines:
            if block.level == 1:
                lines.append(line)
            else:  # each two spaces of indent, one level of the list deeper
                depth = (len(line) - len(line.lstrip(" "))) // 2
                lines.append("  " * depth + "- " + line.strip())
        lines.append("")
    return lines[:-1]


# --- JSON ---------------------------------------------------------------------------------------


def _item_json(item: Item, text_key: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "day": item.day.isoformat(),
        text_key: item.text or None,
        **item.detail,
        "private": item.private,
    }


def preparation_json(summary: Preparation, context: Context) -> dict[str, Any]:
    return {
        "since": summary.first.isoformat(),
        "until": summary.last.isoformat(),
        "days": summary.days,
        "session": summary.session,
        "next_session": context.next_number,
        "next_session_on": context.next_day.isoformat() if context.next_day else None,
        "next_session_note": context.next_note,
        "checkins": summary.checkins,
        "energy_average": summary.energy_average,
        "energy_trend": summary.energy_trend.as_json(),
        "energy": summary.energy,
        "sleep_average": summary.sleep_average,
        "lowest_days": [_item_json(i, "note") for i in summary.lowest],
        "signals": [
            {"colour": colour, "signals": [_item_json(i, "what") for i in items]}
            for colour, items in summary.signals
        ],
        "patterns": [
            {"belief": belief, "notes": [_item_json(i, "situation") for i in items]}
            for belief, items in summary.patterns
        ],
        "new_behaviours": [_item_json(i, "new_behaviour") for i in summary.new_behaviours],
        "exercises": [
            {
                "id": e.id,
                "name": e.name,
                "per_week": e.per_week,
                "practised": e.practised,
                "intended": e.intended,
                "private": e.private,
            }
            for e in summary.exercises
        ],
        "own_words": [
            {
                "id": said.id,
                "kind": said.kind,
                "day": said.day.isoformat(),
                "time": said.time,
                "about": said.title or None,
                **dict.fromkeys(WORDS_OF[said.kind]),  # every field of its kind, null if empty
                **dict(said.fields),
                **said.detail,
                "private": said.private,
            }
            for said in summary.words
        ],
        "givers": [{"name": n, "count": c} for n, c in summary.givers],
        "drainers": [{"name": n, "count": c} for n, c in summary.drainers],
    }
