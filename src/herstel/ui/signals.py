"""What `herstel signal` and `herstel ladder` ask and say: their questions, confirmations, the
ladder as a table and as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from herstel.core import entries
from herstel.core.text import clean_name
from herstel.i18n import t
from herstel.ui import console
from herstel.ui.care import care_line
from herstel.ui.forms import Question

if TYPE_CHECKING:
    from herstel.application.signals import Ladder, LadderSaved, SignalLogged

COLOUR_STYLES = {"green": "green", "orange": "dark_orange", "red": "red"}
COLOUR_ORDER = ("green", "orange", "red")


class LadderItem(Protocol):
    """What the ladder's JSON needs of an item: a ladder row, or a record `show` found."""

    @property
    def id(self) -> str: ...
    @property
    def signal(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def action(self) -> str | None: ...
    @property
    def private(self) -> bool: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


def signal_questions() -> list[Question]:
    return [
        Question(
            "what", t("meta.what"), "signal.ask.what",
            lambda v: entries.check_name(v, field=t("meta.what")), required=True,
        ),
        Question(
            "type", "--type", "signal.ask.type",
            lambda v: entries.SIGNAL_TYPE.check(v, name="--type"),
            required=True, choice=entries.SIGNAL_TYPE, label="signal.type.",
        ),
        Question(
            "location", "--where", "signal.ask.where",
            lambda v: clean_name(v, field="--where", required=False),
        ),
        Question("intensity", "--intensity", "signal.ask.intensity", entries.check_intensity),
        Question(
            "limit", "--limit", "signal.ask.limit",
            lambda v: entries.LIMIT.check(v, name="--limit"),
            choice=entries.LIMIT, label="signal.limit.",
        ),
        Question(
            "fit", "--fit", "signal.ask.fit", lambda v: entries.FIT.check(v, name="--fit"),
            choice=entries.FIT, label="signal.fit.",
        ),
        Question(
            "situation", "--situation", "signal.ask.situation",
            lambda v: entries.check_text(v, field="--situation"), free_text=True,
        ),
        Question(
            "response", "--response", "signal.ask.response",
            lambda v: entries.check_text(v, field="--response"), free_text=True,
        ),
    ]  # fmt: skip


def ladder_questions() -> list[Question]:
    return [
        Question(
            "signal", t("meta.what"), "ladder.ask.what",
            lambda v: entries.check_name(v, field=t("meta.what")), required=True,
        ),
        Question(
            "colour", "--colour", "ladder.ask.colour",
            lambda v: entries.COLOUR.check(v, name="--colour"),
            required=True, choice=entries.COLOUR, label="ladder.colour_choice.",
        ),
        Question(
            "action", "--action", "ladder.ask.action",
            lambda v: entries.check_text(v, field="--action"),
        ),
    ]  # fmt: skip


def colour_name(colour: str) -> str:
    return t(f"ladder.colour.{colour}")


def signal_lines(logged: SignalLogged, *, when: str) -> list[str]:
    """The confirmation; near a limit, the action agreed for the signal, or a gentle word."""
    lines = [t("signal.saved", what=logged.signal.what, when=when)]
    item = logged.ladder_item
    if item is not None:
        lines.append(t("signal.on_ladder", colour=colour_name(item.colour)))
    if logged.near_a_limit:
        if item is not None and item.action:
            lines.append(t("signal.agreed_action", action=item.action))
        else:
            lines.append(t(f"signal.gentle.{logged.signal.limit}"))
    if logged.care is not None:
        lines.append(care_line(logged.care))
    return lines


def saved_lines(saved: LadderSaved) -> list[str]:
    item = saved.item
    lines = [t(f"ladder.{saved.outcome}", what=item.signal, colour=colour_name(item.colour))]
    if saved.linked:
        lines.append(t("ladder.linked", count=saved.linked))
    return lines


def ladder_json(item: LadderItem) -> dict[str, Any]:
    """A ladder item as `ladder --json` gives it (and `show --json`, with its kind)."""
    return {
        "id": item.id,
        "signal": item.signal,
        "colour": item.colour,
        "action": item.action,
        "private": item.private,
        "created_at": item.created_at.isoformat(),
        "updated_at": item.updated_at.isoformat(),
    }


def show_ladder(found: Ladder) -> None:
    """The ladder by colour, green first: a table, or the word that it is empty."""
    if not found.items:
        console.say(t("ladder.empty"))
        return
    items = sorted(found.items, key=lambda item: COLOUR_ORDER.index(item.colour))
    console.show_table(
        [t("ladder.column.colour"), t("ladder.column.signal"), t("ladder.column.action")],
        [
            [
                colour_name(item.colour),
                item.signal + (f" {t('log.private')}" if item.private else ""),
                " ".join((item.action or "-").split()),
            ]
            for item in items
        ],
        styles=[COLOUR_STYLES[item.colour] for item in items],
    )
