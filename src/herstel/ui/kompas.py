"""The kompas as blocks of a heading and lines (for the terminal, Markdown and the page), and
as JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from herstel.application.kompas import Kompas, MonthLook
from herstel.core.text import visible
from herstel.i18n import format_day_short, t
from herstel.ui.prepare import Block
from herstel.ui.signals import colour_name


def _one(text: str) -> str:
    return visible(text, one_line=True)


def blocks(kompas: Kompas, *, voice: str = "client") -> list[Block]:
    """The head, then each part; `voice` "coach" words it about the client."""
    period = t(
        "html.period", first=format_day_short(kompas.first), last=format_day_short(kompas.last)
    )
    head = Block(t(f"kompas.title.{voice}"), [t(f"kompas.intro.{voice}"), "", period], level=1)
    parts = [head]
    ladder = [
        f"{colour_name(item.colour)}: {_one(item.signal)}"
        + ("" if not item.action else f" - {_one(item.action)}")
        for item in kompas.ladder
    ]
    parts.append(Block(t("kompas.ladder"), ladder or [t(f"kompas.ladder_none.{voice}")]))
    signs = []
    if kompas.warnings:
        signs.append(t(f"kompas.warnings.{voice}", names=", ".join(map(_one, kompas.warnings))))
    if kompas.good:
        signs.append(t(f"kompas.good.{voice}", names=", ".join(map(_one, kompas.good))))
    parts.append(Block(t(f"kompas.signs.{voice}"), signs or [t(f"kompas.signs_none.{voice}")]))
    held: list[str] = []
    if kompas.beliefs:
        held.append(t(f"kompas.beliefs.{voice}"))
        for belief, words in kompas.beliefs:
            held.append("  " + (_one(words) if words else t(f"insights.belief.{belief}")))
    if kompas.behaviours:
        held.append(t(f"kompas.behaviours.{voice}"))
        held += ["  " + _one(text) for text in kompas.behaviours]
    if kompas.exercises:
        held.append(t(f"kompas.exercises.{voice}", names=", ".join(map(_one, kompas.exercises))))
    parts.append(Block(t(f"kompas.held.{voice}"), held or [t(f"kompas.held_none.{voice}")]))
    if kompas.goals:
        goals = []
        for goal in kompas.goals:
            status = goal.get("status", "open")
            shown = "" if status == "open" else f" ({t(f'goal.status.{status}')})"
            part = t(f"goal.part.{goal['part']}")
            goals.append(f"[{part}] {_one(goal['text'])}{shown}")
            if goal.get("outcome"):
                goals.append("  " + t("goal.outcome", text=_one(goal["outcome"])))
        parts.append(Block(t("kompas.goals"), goals))
    parts.append(Block(t(f"kompas.call_heading.{voice}"), call_lines(kompas, voice=voice)))
    return parts


def call_lines(kompas: Kompas, *, voice: str = "client") -> list[str]:
    if voice == "coach":
        crisis = t("kompas.call.crisis", line=_one(kompas.crisis_line))
        return [t("kompas.coach.you"), t("kompas.coach.gp"), t("kompas.coach.doctor"), crisis]
    coach = (
        t("kompas.call.coach", name=_one(kompas.coach))
        if kompas.coach
        else t("kompas.call.your_coach")
    )
    doctor = (
        t("kompas.call.company_doctor_named", name=_one(kompas.company_doctor))
        if kompas.company_doctor
        else t("kompas.call.company_doctor")
    )
    return [
        coach,
        t("kompas.call.gp"),
        doctor,
        t("kompas.call.crisis", line=_one(kompas.crisis_line)),
    ]


def kompas_json(kompas: Kompas) -> dict[str, Any]:
    def day(value: date) -> str:
        return value.isoformat()

    return {
        "first": day(kompas.first),
        "last": day(kompas.last),
        "ladder": [
            {"signal": i.signal, "colour": i.colour, "action": i.action} for i in kompas.ladder
        ],
        "early_warnings": kompas.warnings,
        "good_signs": kompas.good,
        "beliefs": [{"belief": b, "belief_text": words} for b, words in kompas.beliefs],
        "new_behaviours": kompas.behaviours,
        "exercises_kept": kompas.exercises,
        "goals": [
            {k: g.get(k) for k in ("part", "text", "status", "outcome")} for g in kompas.goals
        ],
        "contacts": {
            "coach": kompas.coach,
            "company_doctor": kompas.company_doctor,
            "crisis_line": kompas.crisis_line,
        },
    }


def month_lines(look: MonthLook) -> list[str]:
    """What the monthly check shows first: this month's orange and red signals."""
    if not look.ladder:
        return [t("kompas.month.no_ladder")]
    if not look.signals:
        return [t("kompas.month.none")]
    shown = ", ".join(f"{_one(what)} ({colour_name(colour)})" for what, colour in look.signals)
    return [t("kompas.month.signals", names=shown)]
