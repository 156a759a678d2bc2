"""What `herstel receive` shows: the coach's proposals in plain words before they are applied,
what changed after, and where the client's own version stays."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from herstel.core.text import visible
from herstel.i18n import format_day, language, t

if TYPE_CHECKING:
    from herstel.application.receive import Change, Difference, Received


def _v(text: str) -> str:
    return visible(text, one_line=True)


def _coach(received: Received) -> str:
    return _v(received.coach_name) if received.coach_name else t("receive.your_coach")


def status_line(received: Received) -> str:
    if received.status == "same":
        return t("receive.same", sequence=received.sequence)
    return t("receive.older", sequence=received.sequence, applied=received.applied_sequence)


def _value(field: str, value: Any) -> str:
    if value is None or value in ("", []):
        return t("receive.empty_value")
    if field in ("planned_on", "starts_on", "ends_on", "advice_on"):
        return format_day(date.fromisoformat(value))
    if field == "colour":
        return t(f"ladder.colour.{value}")
    if field == "type":
        return t(f"exercise.type.{value}")
    if field == "weekdays":
        return ",".join(str(day) for day in value)
    return _v(str(value))


def change_line(change: Change) -> str:
    """One change in plain words: "New exercise: Body scan, 3 times a week"."""
    values = change.values
    if change.kind == "plan":
        return t("receive.plan_text_new" if change.action == "new" else "receive.plan_text_changed")
    if change.kind == "goal":
        status = values["status"]
        line = t(f"receive.goal_{change.action}", text=_v(change.name),
                 part=t(f"goal.part.{values['part']}"))  # fmt: skip
        if status != "open":
            line += f" ({t(f'goal.status.{status}')})"
        return line
    if change.kind == "note":
        return t("receive.note", text=_v(change.name))
    if change.kind == "questionnaire":
        sessions = ", ".join(map(str, values["sessions"]))
        title = _v(values["title"][language()])
        return t(f"receive.questionnaire_{change.action}", title=title, sessions=sessions)
    if change.kind == "key":
        return t("receive.key_changed")
    if change.kind == "session":
        parts = []
        if "planned_on" in values:
            parts.append(format_day(date.fromisoformat(values["planned_on"])))
        if "time" in values:
            parts.append(values["time"] or t("receive.no_time"))
        return t("receive.session_moved", number=change.name, when=", ".join(parts))
    if change.kind == "work_step":
        day = format_day(date.fromisoformat(change.name))
        if change.action == "skipped":
            return t("receive.step_skipped", day=day)
        return t(f"receive.step_{change.action}", day=day)
    details = ", ".join(
        t(f"receive.field.{field}", value=_value(field, value))
        for field, value in values.items()
        if value is not None and field not in ("id", "updated_at", "name", "signal")
    )
    line = t(f"receive.{change.kind}_{change.action}", name=_v(change.name))
    return f"{line}: {details}" if details else line


def difference_line(difference: Difference) -> str:
    return t(
        "receive.difference",
        name=t("receive.session_name", number=difference.name)
        if difference.kind == "session"
        else _v(difference.name),
        field=t(f"receive.field_name.{difference.field}"),
        yours=_value(difference.field, difference.yours),
        coach=_value(difference.field, difference.coach),
    )


def preview_lines(received: Received) -> list[str]:
    lines = [t("receive.title", coach=_coach(received), day=format_day(received.sent_at.date()))]
    if received.empty:
        return [*lines, t("receive.nothing_new")]
    lines.append("")
    lines += ["  " + change_line(change) for change in received.changes]
    plan = [c for c in received.changes if c.kind == "plan"]
    if plan and received.plan_text:
        lines += ["", t("receive.plan_text_is")]
        lines += ["  " + visible(line) for line in received.plan_text.splitlines()]
    if received.differences:
        lines += ["", t("receive.yours_stay")]
        lines += ["  " + difference_line(d) for d in received.differences]
    return lines


def applied_lines(received: Received) -> list[str]:
    if received.empty:
        return [t("receive.up_to_date")]
    return [t("receive.applied", count=len(received.changes)), t("receive.see_plan")]
