"""What `herstel work` says: the ramp, the weeks planned against done, the dip after work days,
the suggestion (always something to talk over), what carried the days, the Poortwachter
milestones; its JSON; and the company doctor's summary (hours only)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from herstel.core.poortwachter import Milestone, sick_week
from herstel.core.work import THERAPEUTIC_GUIDE, THERAPEUTIC_RULE, WEEKDAY_KEYS, Step, Week
from herstel.i18n import (
    format_day,
    format_day_short,
    format_decimal,
    format_number,
    language,
    t,
)
from herstel.i18n import t as translate
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.application.work import StepSaved, WorkOverview
    from herstel.ui.prepare import Block


def hours_text(hours: float | None) -> str:
    """ "7,5 u" / "7.5 h": short, for tables; empty for none."""
    if hours is None:
        return "-"
    return t("work.hours_short", hours=format_number(hours))


def share_text(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)}%"


def weekdays_words(step: Step) -> str:
    return ", ".join(t(f"weekday.{WEEKDAY_KEYS[d - 1]}") for d in step.weekdays)


def step_days(step: Step) -> str:
    """ "2 (mon, thu)" or "2"."""
    if step.weekdays:
        return t("work.days_on", days=step.days_per_week, weekdays=weekdays_words(step))
    return str(step.days_per_week)


def step_line(saved: StepSaved) -> str:
    step = saved.step
    return t(
        "work.step_line",
        number=saved.number,
        since=format_day(step.starts_on),
        days=t("work.days_named", days=step.days_per_week, weekdays=weekdays_words(step))
        if step.weekdays
        else t("work.days_count", days=step.days_per_week),
        hours=hours_text(step.hours_per_day),
        week=hours_text(step.hours_per_week),
        tasks=t(f"work.tasks.{step.tasks}"),
    )


def milestone_title(milestone: Milestone, *, neutral: bool = False) -> str:
    """What a milestone is called; `neutral` for a calendar that may sync to work."""
    prefix = "work.milestone_neutral." if neutral else "work.milestone."
    return t(prefix + milestone.key, number=milestone.number or "")


def milestone_when(milestone: Milestone) -> str:
    if milestone.until is not None:
        return t("work.milestone_span", since=format_day_short(milestone.day),
                 until=format_day_short(milestone.until))  # fmt: skip
    return format_day_short(milestone.day)


def show_work(found: WorkOverview) -> None:
    trajectory = found.trajectory
    settings = []
    if trajectory.contract_hours is not None:
        settings.append(t("work.contract", hours=format_number(trajectory.contract_hours)))
    if trajectory.sick_since is not None:
        week = sick_week(trajectory.sick_since, found.today)
        settings.append(t("work.sick_since", day=format_day(trajectory.sick_since), week=week or 0))
    if trajectory.company_doctor:
        settings.append(t("work.company_doctor", name=trajectory.company_doctor))
    console.say(t("work.title"))
    if settings:
        console.say(" · ".join(settings))
    if not found.spans:
        console.say()
        console.say(t("work.none_yet"))
        if trajectory.contract_hours is None:
            console.say(t("work.hint_contract"))
        _show_milestones(found)
        return
    console.say()
    rows = []
    for number, span in enumerate(found.spans, start=1):
        step = span.step
        until = format_day_short(span.until) if span.until else t("work.open_end")
        contract = trajectory.contract_hours
        rows.append(
            [
                str(number),
                f"{format_day_short(step.starts_on)} - {until}",
                step_days(step),
                hours_text(step.hours_per_day),
                hours_text(step.hours_per_week),
                share_text(step.hours_per_week / contract if contract else None),
                t(f"work.tasks.{step.tasks}")
                + ("" if step.mode == "regular" else f" ({t('work.mode.therapeutic')})"),
            ]
        )
    console.show_table(
        [t("work.col.number"), t("work.col.period"), t("work.col.days"), t("work.col.day"),
         t("work.col.week"), t("work.col.share"), t("work.col.tasks")],
        rows,
    )  # fmt: skip
    if found.done_on is not None:
        console.say(t("work.done_on", day=format_day(found.done_on)))
    console.say()
    console.say(t("work.weeks_title"))
    console.show_table(
        [t("work.col.week_of"), t("work.col.planned"), t("work.col.done"), t("work.col.share"),
         t("work.col.energy"), t("work.col.crossed"), t("work.col.orange_red")],
        [_week_row(week, today=found.today) for week in found.weeks],
    )  # fmt: skip
    console.say()
    for line in advice_lines(found):
        console.say(line)
    _show_milestones(found)


def _week_row(week: Week, *, today: date) -> list[str]:
    label = format_day_short(week.monday, year=False)
    if week.monday > today:  # the ramp begins next week
        label = t("work.week_coming", week=label)
    elif not week.complete:
        label = t("work.week_running", week=label)
    return [
        label,
        hours_text(week.planned),
        hours_text(week.done),
        share_text(week.share_done if week.done is not None else week.share_planned),
        "-" if week.energy is None else format_decimal(week.energy),
        str(week.crossed),
        f"{week.orange}/{week.red}",
    ]


# The lines that speak to the client ("your energy") and have a coach's wording beside them.
COACH_WORDING = frozenset({
    "work.dip_lower", "work.dip_same", "work.reason.energy_fell", "work.reason.red",
    "work.therapeutic_guide", "work.therapeutic_long", "work.carried",
})  # fmt: skip


def advice_lines(found: WorkOverview, *, coach: bool = False, carried: bool = True) -> list[str]:
    """The dip after work days, the suggestion and its reasons, the therapeutic note, what
    carried the days; `coach`: worded for the coach, about the client."""

    def t(key: str, **params: Any) -> str:
        return translate(f"{key}_coach" if coach and key in COACH_WORDING else key, **params)

    lines = []
    if found.dip is not None:
        dip = found.dip
        key = "work.dip_lower" if dip.difference <= -0.5 else "work.dip_same"
        lines.append(t(key, after=format_decimal(dip.after), other=format_decimal(dip.other),
                       after_days=dip.after_days, other_days=dip.other_days))  # fmt: skip
    suggestion = found.suggestion
    if suggestion is not None:
        reasons = "; ".join(t(reason) for reason in suggestion.reasons)
        lines.append(
            t(f"work.suggest.{suggestion.advice}",
              week=format_day_short(suggestion.week, year=False), reasons=reasons)
        )  # fmt: skip
        lines.append(t("work.talk_over"))
    elif found.done_on is not None and found.done_on <= found.today:
        lines.append(t("work.ramp_done"))
    if found.therapeutic_days > THERAPEUTIC_RULE:
        lines.append(t("work.therapeutic_long", weeks=found.therapeutic_days // 7))
    elif found.therapeutic_days > THERAPEUTIC_GUIDE:
        lines.append(t("work.therapeutic_guide", weeks=found.therapeutic_days // 7))
    if found.carried and carried:
        parts = [
            t("work.carried_part", answer=t(f"checkin.carried_by.{c.answer}"), days=c.days,
              energy=format_decimal(c.energy))
            for c in found.carried
        ]  # fmt: skip
        lines.append(t("work.carried", parts="; ".join(parts)))
    return lines


def _show_milestones(found: WorkOverview) -> None:
    coming = [m for m in found.milestones if (m.until or m.day) >= found.today][:3]
    if not coming:
        return
    console.say()
    console.say(t("work.milestones_title"))
    for milestone in coming:
        console.say(f"  {milestone_when(milestone)}  {milestone_title(milestone)}")
    console.say(t("work.milestones_hint"))


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def step_json(step: Step, number: int, until: date | None) -> dict[str, Any]:
    return {
        "id": step.id,
        "number": number,
        "from": step.starts_on.isoformat(),
        "to": _day(step.ends_on),
        "until": _day(until),
        "days_per_week": step.days_per_week,
        "weekdays": [WEEKDAY_KEYS[d - 1] for d in step.weekdays],
        "hours_per_day": step.hours_per_day,
        "hours_per_week": step.hours_per_week,
        "tasks": step.tasks,
        "mode": step.mode,
        "advice_on": _day(step.advice_on),
        "note": step.note,
    }


def week_json(week: Week) -> dict[str, Any]:
    return {
        "week_of": week.monday.isoformat(),
        "complete": week.complete,
        "planned_hours": week.planned,
        "done_hours": week.done,
        "share_planned": week.share_planned,
        "share_done": week.share_done,
        "energy": week.energy,
        "crossed_limits": week.crossed,
        "orange_signals": week.orange,
        "red_signals": week.red,
    }


def milestone_json(milestone: Milestone) -> dict[str, Any]:
    return {
        "key": milestone.key,
        "week": milestone.week,
        "day": milestone.day.isoformat(),
        "until": _day(milestone.until),
        "number": milestone.number,
        "title": milestone_title(milestone),
    }


def work_json(found: WorkOverview) -> dict[str, Any]:
    trajectory = found.trajectory
    suggestion = found.suggestion
    dip = found.dip
    return {
        "contract_hours": trajectory.contract_hours,
        "sick_since": _day(trajectory.sick_since),
        "company_doctor": trajectory.company_doctor,
        "done_on": _day(found.done_on),
        "current_step": None if found.current is None else found.current.id,
        "steps": [
            step_json(span.step, number, span.until)
            for number, span in enumerate(found.spans, start=1)
        ],
        "weeks": [week_json(week) for week in found.weeks],
        "after_work_dip": None if dip is None else {
            "after_work_energy": dip.after, "other_energy": dip.other,
            "after_work_days": dip.after_days, "other_days": dip.other_days,
        },
        "suggestion": None if suggestion is None else {
            "advice": suggestion.advice,
            "judged_week_of": suggestion.week.isoformat(),
            "reasons": [reason.rsplit(".", 1)[-1] for reason in suggestion.reasons],
            "text": t(f"work.suggest.{suggestion.advice}",
                      week=format_day_short(suggestion.week, year=False),
                      reasons="; ".join(t(r) for r in suggestion.reasons)),
        },
        "therapeutic_days": found.therapeutic_days,
        "carried_by": [
            {"answer": c.answer, "days": c.days, "energy": c.energy} for c in found.carried
        ],
        "work_words": [
            {"name": w.name, "kind": "giver" if w.giver else "drainer", "days": w.days,
             "energy": w.energy}
            for w in found.words
        ],
        "milestones": [milestone_json(m) for m in found.milestones],
    }  # fmt: skip


# --- for the company doctor -------------------------------------------------------------------


def summary_rows(found: WorkOverview) -> list[list[str]]:
    """Per week: the week, planned and done hours, the share of the contract. Nothing else."""
    contract = found.trajectory.contract_hours
    return [
        [
            format_day(week.monday),
            hours_text(week.planned),
            hours_text(week.done),
            share_text(week.planned / contract if contract else None),
            share_text(week.done / contract if contract and week.done is not None else None),
        ]
        for week in found.weeks
    ]


def summary_headers() -> list[str]:
    return [
        t("work.col.week_of"), t("work.col.planned"), t("work.col.done"),
        t("summary.share_planned"), t("summary.share_done"),
    ]  # fmt: skip


# At the start of every summary: how herstel knows a file it may replace (`write_user_file`).
SUMMARY_MARK = "<!-- herstel work summary -->"


def summary_markdown(found: WorkOverview, *, today: date) -> str:
    trajectory = found.trajectory
    lines = [
        SUMMARY_MARK,
        "",
        f"# {t('summary.title', name=trajectory.client_name)}",
        "",
        t("summary.made_on", day=format_day(today)),
    ]
    if trajectory.contract_hours is not None:
        lines.append(t("summary.contract", hours=format_number(trajectory.contract_hours)))
    lines += ["", "| " + " | ".join(summary_headers()) + " |",
              "|" + "---|" * len(summary_headers())]  # fmt: skip
    lines += ["| " + " | ".join(row) + " |" for row in summary_rows(found)]
    if not found.weeks:
        lines += ["", t("summary.no_weeks")]
    return "\n".join(lines) + "\n"


def summary_html(found: WorkOverview, *, today: date) -> str:
    from html import escape

    trajectory = found.trajectory
    head = "".join(f"<th>{escape(h)}</th>" for h in summary_headers())
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
        for row in summary_rows(found)
    )
    contract = ""
    if trajectory.contract_hours is not None:
        hours = format_number(trajectory.contract_hours)
        contract = f"<p>{escape(t('summary.contract', hours=hours))}</p>"
    title = escape(t("summary.title", name=trajectory.client_name))
    return (
        f'{SUMMARY_MARK}\n<!DOCTYPE html>\n<html lang="{escape(language())}"><head>'
        f'<meta charset="utf-8"><title>{title}</title>'
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;"
        "text-align:left}</style></head><body>"
        f"<h1>{title}</h1><p>{escape(t('summary.made_on', day=format_day(today)))}</p>{contract}"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        + ("" if found.weeks else f"<p>{escape(t('summary.no_weeks'))}</p>")
        + "</body></html>\n"
    )


# --- for the coach --------------------------------------------------------------------------


def last_week(found: WorkOverview) -> Week | None:
    """The last complete week of the ramp."""
    complete = [w for w in found.weeks if w.complete]
    return complete[-1] if complete else None


def current_number(found: WorkOverview) -> int | None:
    for number, span in enumerate(found.spans, start=1):
        if found.current is not None and span.step.id == found.current.id:
            return number
    return None


def glance_text(found: WorkOverview | None) -> str:
    """The coach's overview: the step now and last week's hours ("2: 7.5/9 h")."""
    if found is None or not found.spans:
        return "-"
    if found.done_on is not None and found.done_on <= found.today:
        return t("work.glance_done")
    number = current_number(found)
    week = last_week(found)
    hours = ""
    if week is not None:
        done = "-" if week.done is None else format_number(week.done)
        hours = " " + t("work.glance_week", done=done, planned=hours_text(week.planned))
    return (t("work.glance_step", number=number) if number else t("work.glance_none")) + hours


def glance_json(found: WorkOverview | None) -> dict[str, Any] | None:
    if found is None or not found.spans:
        return None
    week = last_week(found)
    return {
        "step": current_number(found),
        "done_on": _day(found.done_on),
        "last_week": None if week is None else week_json(week),
    }


def work_block(found: WorkOverview) -> Block:
    """The coach's report: week by week, the suggestion, the dip, and what carried the days
    with the words of work, as the evidence for the trajectory's focus (days and words, not a
    verdict)."""
    # Here, not at the top: the report's blocks bring insights along, which `herstel work`
    # itself does not need (docs/performance.md).
    from herstel.ui.prepare import Block

    lines = []
    for week in found.weeks[-8:]:
        lines.append(
            t(
                "work.report_week",
                week=format_day_short(week.monday, year=False),
                planned=hours_text(week.planned),
                done=hours_text(week.done),
                share=share_text(week.share_done if week.done is not None else week.share_planned),
                energy="-" if week.energy is None else format_decimal(week.energy),
                crossed=week.crossed,
                orange=week.orange,
                red=week.red,
            )
        )
    # What carried their days and the words of work are in the findings ("What carries their
    # days"), over the whole trajectory.
    advice = advice_lines(found, coach=True, carried=False)
    lines += [line for line in advice if line != t("work.talk_over")]
    if found.suggestion is not None:
        lines.append(t("work.report_talk_over"))
    if found.carried or found.words:
        lines.append(t("work.report_focus"))
    return Block(t("work.title"), lines or [t("work.none_yet_coach")])
