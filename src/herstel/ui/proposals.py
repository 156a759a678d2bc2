"""What the coach's proposal commands show: the line for a saved proposal, everything proposed
to one client (lines and JSON), and the line for a packet sent."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from herstel.core.text import visible
from herstel.i18n import format_day, language, t

if TYPE_CHECKING:
    from herstel.application.proposals import Proposals, Proposed, Sent


def _name(text: str) -> str:
    return visible(text, one_line=True)


def saved_line(saved: Proposed) -> str:
    """ "Goal 2 for Anna: ..." and the like; the next packet takes it along."""
    name = _name(saved.client.name)
    data = saved.data
    if saved.kind == "goal":
        key = f"coach.goal.saved_{data['status']}"
        return t(key, name=name, number=saved.number, text=_name(data["text"]),
                 part=t(f"goal.part.{data['part']}"))  # fmt: skip
    if saved.kind == "plan":
        return t("coach.plan.text_saved" if data["text"] else "coach.plan.text_cleared", name=name)
    if saved.kind == "exercise":
        return t("coach.exercise.saved", name=name, exercise=_name(data["name"]))
    if saved.kind == "ladder":
        return t("coach.ladder.saved", name=name, signal=_name(data["signal"]),
                 colour=t(f"ladder.colour.{data['colour']}"))  # fmt: skip
    if saved.kind == "session":
        day = format_day(date.fromisoformat(data["planned_on"]))
        line = t("coach.plan.moved", name=name, number=data["number"], day=day)
        if data["time"]:
            line += " " + t("coach.plan.at", time=data["time"])
        if saved.moved:
            line += " " + t("coach.plan.moved_along", numbers=", ".join(map(str, saved.moved)))
        return line
    if saved.kind == "questionnaire":
        return t("coach.questionnaire.assigned", name=name,
                 title=_name(data["instrument"]["title"][language()]),
                 sessions=", ".join(map(str, data["sessions"])))  # fmt: skip
    return t("coach.step.saved", name=name, day=format_day(date.fromisoformat(data["starts_on"])))


def proposals_lines(found: Proposals) -> list[str]:
    name = _name(found.client.name)
    lines = [t("coach.proposals.title", name=name)]
    if not found.count():
        return [*lines, t("coach.proposals.none", name=name)]
    if found.plan_text:
        lines += ["", t("coach.proposals.plan_text"), *("  " + line for line in
                  visible(found.plan_text).splitlines())]  # fmt: skip
    for key, part in (
        ("coach.proposals.goals", _goal_lines(found)),
        ("coach.proposals.exercises", _exercise_lines(found)),
        ("coach.proposals.ladder", _ladder_lines(found)),
        ("coach.proposals.sessions", _session_lines(found)),
        ("coach.proposals.notes", [f"  - {_name(note.text)}" for note in found.notes]),
        ("coach.proposals.steps", _step_lines(found)),
        ("coach.proposals.questionnaires", _questionnaire_lines(found)),
    ):
        if part:
            lines += ["", t(key), *part]
    lines += ["", t("coach.proposals.send_hint", sent=found.packets_sent)]
    return lines


def _goal_lines(found: Proposals) -> list[str]:
    lines: list[str] = []
    for number, goal in enumerate(found.goals, start=1):
        status = "" if goal.status == "open" else f" ({t(f'goal.status.{goal.status}')})"
        lines.append(f"  {number}. [{t(f'goal.part.{goal.part}')}] {_name(goal.text)}{status}")
        if goal.outcome:
            lines.append("     " + t("goal.outcome", text=_name(goal.outcome)))
    return lines


def _exercise_lines(found: Proposals) -> list[str]:
    lines: list[str] = []
    for exercise in found.exercises:
        per = "" if exercise.per_week is None else " " + t("goal.per_week", n=exercise.per_week)
        lines.append(f"  - {_name(exercise.name)}{per}")
    return lines


def dropped_line(dropped: Proposed) -> str:
    """A questionnaire no longer asked for."""
    title = _name(dropped.data["instrument"]["title"][language()])
    return t("coach.questionnaire.dropped", name=_name(dropped.client.name), title=title)


def _ladder_lines(found: Proposals) -> list[str]:
    lines: list[str] = []
    for item in found.ladder:
        action = "" if not item.action else f": {_name(item.action)}"
        lines.append(f"  - {_name(item.signal)} ({t(f'ladder.colour.{item.colour}')}){action}")
    return lines


def _session_lines(found: Proposals) -> list[str]:
    lines: list[str] = []
    for session in found.sessions:
        at = "" if not session.time else " " + t("coach.plan.at", time=session.time)
        day = format_day(session.planned_on)
        lines.append("  " + t("coach.proposals.session", number=session.number, day=day) + at)
    return lines


def _step_lines(found: Proposals) -> list[str]:
    return [
        "  " + t("coach.proposals.step", day=format_day(step.starts_on),
                 days=step.days_per_week, hours=f"{step.hours_per_day:g}")
        for step in found.work_steps
    ]  # fmt: skip


def _questionnaire_lines(found: Proposals) -> list[str]:
    return [
        "  - " + t("coach.proposals.questionnaire",
                   title=_name(getattr(q.instrument.title, language())),
                   sessions=", ".join(map(str, q.sessions)))
        for q in found.questionnaires
    ]  # fmt: skip


def questionnaire_json(assigned: Any) -> dict[str, Any]:
    """An assignment without its instrument's items: its name, version, title and sessions."""
    return {
        "id": assigned.id, "updated_at": assigned.updated_at.isoformat(), "name": assigned.name,
        "version": assigned.instrument.version, "title": assigned.instrument.title.model_dump(),
        "sessions": assigned.sessions,
    }  # fmt: skip


def proposals_json(found: Proposals) -> dict[str, Any]:
    def dumped(records: list[Any]) -> list[Any]:
        return [record.model_dump(mode="json") for record in records]

    return {
        "client": {"id": found.client.id, "name": found.client.name},
        "plan_text": found.plan_text,
        "goals": dumped(found.goals),
        "exercises": dumped(found.exercises),
        "ladder": dumped(found.ladder),
        "sessions": dumped(found.sessions),
        "notes": dumped(found.notes),
        "work_steps": dumped(found.work_steps),
        "questionnaires": [questionnaire_json(q) for q in found.questionnaires],
        "packets_sent": found.packets_sent,
    }


def sent_line(sent: Sent, *, path: str | None) -> str:
    name = _name(sent.proposals.client.name)
    count = sent.proposals.count()
    items = t("coach.send.items_one" if count == 1 else "coach.send.items", count=count)
    if path is None:
        return t("coach.send.done_stdout", name=name, sequence=sent.sequence, items=items)
    return t("coach.send.done", name=name, sequence=sent.sequence, items=items, path=path)
