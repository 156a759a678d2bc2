"""The short forms of the structural layer: every field as a flag, and on a terminal the fields
left out asked one by one (each skippable unless the entry cannot be without it).

A kind declares its fields as `Question`s; `fill` checks what the flags gave (before anything is
asked, so a bad flag stops at once), asks the rest on a terminal, and off a terminal refuses a
missing required field with a usage error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from datetime import time as dt_time
from typing import Any

from herstel.application.trajectory import find_trajectory
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_day, parse_time
from herstel.core.entries import check_at
from herstel.core.schedule import check_number
from herstel.core.template import parse, render
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console, prompts
from herstel.ui.editor import edit_text
from herstel.ui.forms import Question  # declared in ui, beside each kind's questions

__all__ = [
    "Question",
    "ask",
    "checked",
    "edit_texts",
    "edit_typed",
    "ensure_trajectory",
    "fill",
    "moment_label",
    "need_store",
    "when",
]


def checked(questions: Sequence[Question], typed: Mapping[str, str | None]) -> dict[str, Any]:
    """The values the flags gave, each checked; None for every field left out."""
    return {
        q.name: None if typed.get(q.name) is None else q.check(str(typed[q.name]))
        for q in questions
    }


def fill(
    questions: Sequence[Question],
    typed: Mapping[str, str | None],
    *,
    private: bool | None,
    private_key: str | None = None,
    hint: str = "form.hint",
    positional: str | None = None,
    draft: str | None = None,
) -> tuple[dict[str, Any], bool]:
    """Every field's value, and whether the entry is private. `private_key` is the question asked
    on a terminal when the person wrote something of their own and gave no --private.

    Off a terminal, a trajectory must be there; on one, its setup questions come first. Given
    any value option (the field named by the command's argument, `positional`, is none), only
    what is required and missing is asked: the person said what they wanted to say."""
    values = checked(questions, typed)
    if not prompts.interactive():
        for q in questions:
            if q.required and values[q.name] is None and _applies(q, values):
                raise UsageError("form.missing", flag=q.flag)
        need_store()
        return values, bool(private)
    ensure_trajectory()
    short = any(value is not None for name, value in typed.items() if name != positional)
    resumed = offer_draft(draft) if draft is not None else {}
    for name, value in resumed.items():
        if name in values and values[name] is None:
            values[name] = value
    wanted = [
        q
        for q in questions
        if typed.get(q.name) is None and q.name not in resumed and (q.required or not short)
    ]
    if any(_applies(q, values) for q in wanted):
        console.say(t(hint))
    try:
        for q in wanted:
            if _applies(q, values):  # after the answers before it (the belief in own words)
                values[q.name] = ask(q)
        if private is None and private_key is not None and not short:
            wrote = any(q.free_text and values[q.name] for q in questions)
            private = wrote and prompts.ask_choice(
                t(private_key),
                [(False, t("form.private.no")), (True, t("form.private.yes"))],
                default=False,
            )
    except prompts.Cancelled:
        if draft is None or not keep_draft(draft, values):
            raise
        raise prompts.Cancelled("draft.kept", command=f"herstel {COMMANDS[draft]}") from None
    return values, bool(private)


# The command that offers each kind's draft again.
COMMANDS = {
    "checkin": "checkin",
    "signal": "signal",
    "pattern": "pattern",
    "bio": "bio",
    "practice": "exercise done",
}


def keep_draft(
    kind: str, values: Mapping[str, Any], about: Mapping[str, Any] | None = None
) -> bool:
    """Keep what was typed into a stopped form; False when nothing was (then nothing is kept)."""
    from herstel.store.drafts import save_draft

    given = {name: list(v) if isinstance(v, tuple) else v for name, v in values.items()}
    if not any(v is not None for v in given.values()):
        return False
    moment = runtime().now().isoformat(timespec="minutes")
    save_draft(runtime().home, kind, values=given, about=dict(about or {}), saved_at=moment)
    return True


def offer_draft(kind: str, *, about: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The answers of a form of `kind` that was stopped, when the person goes on with it; empty
    when there is none, or they start again (the draft is then dropped)."""
    from datetime import datetime

    from herstel.i18n import format_day_short
    from herstel.store.drafts import drop_draft, load_draft

    found = load_draft(runtime().home, kind)
    if found is None:
        return {}
    try:
        moment = datetime.fromisoformat(found.saved_at)
        when = t("draft.when", day=format_day_short(moment.date()), time=moment.strftime("%H:%M"))
    except ValueError:
        when = ""
    go_on = prompts.ask_choice(
        t(f"draft.offer.{kind}", when=when, **(about or {})),
        [(True, t("draft.go_on")), (False, t("draft.start_again"))],
        default=True,
    )
    if not go_on:
        drop_draft(runtime().home, kind)
        console.say(t("draft.dropped"))
        return {}
    return dict(found.values)


def saved(kind: str) -> None:
    """The entry is saved: its draft, if there was one, is no longer needed, and what was to be
    noted about it (a day long ago) is said."""
    from herstel.store.drafts import drop_draft

    drop_draft(runtime().home, kind)
    while _after_saving:
        console.note(_after_saving.pop(0))


def _applies(q: Question, values: Mapping[str, Any]) -> bool:
    return q.asked_when is None or q.asked_when(values)


def ask(q: Question, current: Any = None) -> Any:
    """One question: a pick from the choices, or a line of text; skipping gives None. With
    `current` (when changing an entry), that is the default: Enter keeps it, "-" empties it."""
    if q.choice is not None:
        options: list[tuple[Any, str]] = [(v, _label(q, v)) for v in q.choice.values]
        if not q.required:
            options.insert(0, (None, t("form.skip")))
        default = current if current in q.choice.values else options[0][0]
        return prompts.ask_choice(t(q.ask), options, default=default)

    def check(value: str) -> Any:
        # In a form the question is on screen: the message speaks of the answer, not a flag.
        try:
            return q.check(value)
        except UsageError as problem:
            answer = t("form.this_answer")
            params = {k: answer if v == q.flag else v for k, v in problem.params.items()}
            raise UsageError(problem.key, **params) from None

    shown = "" if current is None else str(current)
    answer = prompts.ask_text(t(q.ask), default=shown, check=check, required=q.required)
    return check(answer) if answer.strip() else None


def _label(q: Question, value: str) -> str:
    """A choice as the person reads it, in their language alone (the other language in brackets
    made the belief list too wide for the terminal, and read as jargon)."""
    return t(f"{q.label}{value}")


def ensure_trajectory() -> None:
    """Before a command that needs a trajectory: on a home without one, the init questions on a
    terminal, else the error. Looked up on sqlite3, so that a daily command loads no ORM."""
    if find_trajectory(store=runtime().existing_store()) is None:
        require_trajectory()


def need_store() -> None:
    """Before a command that only changes what is there: an empty home stays empty."""
    if not runtime().store_exists():
        raise HerstelError("trajectory.none")


def moment_label(day: date, clock: str | None, *, today: date) -> str:
    """ "today 14:30", "Tue 24 Nov": when an entry happened, as the confirmation says it."""
    from herstel.i18n import format_day_short

    label = t("day.today") if day == today else format_day_short(day, year=day.year != today.year)
    return f"{label} {clock}" if clock else label


def when(at: str | None, *, lang: str) -> tuple[date, str | None]:
    """--at as a day and, when known, a local time of day "HH:MM"; default now. A day long
    ago is confirmed first (`confirm_day`)."""
    day, clock = check_at(at, now=runtime().now(), lang=lang)
    confirm_day(day)  # today (no --at) returns at once
    return day, _hhmm(clock)


LONG_AGO = 28  # days back: an entry dated further back is asked about (or noted) once
GRACE = 7  # days before the trajectory began that are caught up on without a question
_after_saving: list[str] = []  # notes for once the entry is saved


def confirm_day(day: date) -> None:
    """An entry dated before the trajectory began, or more than four weeks back, is likely a
    mistyped date (2025 for 2026): on a terminal it is asked about (no: nothing is saved), off
    one it is saved with a note on stderr. The week before the trajectory began (its first
    session, or the day it was made in herstel, whichever came first) is caught up on freely."""
    from datetime import timedelta

    from herstel.i18n import format_day

    rt = runtime()
    today = rt.today()
    _after_saving.clear()
    if day >= today:
        return
    found = find_trajectory(store=rt.existing_store()) if rt.store_exists() else None
    began = None
    if found is not None:
        began = min(found.created_at.astimezone().date(), found.first_session_on)
    if began is not None and day < began - timedelta(days=GRACE):
        reason = t("date.before_start", began=format_day(began))
    elif day < today - timedelta(days=LONG_AGO):
        reason = t("date.long_ago", days=(today - day).days)
    else:
        return
    if not prompts.interactive():  # said once the entry is saved (`saved`)
        _after_saving.append(t("date.saved_anyway", day=format_day(day), reason=reason))
        return
    sure = prompts.ask_choice(
        t("date.confirm", day=format_day(day), reason=reason),
        [(False, t("date.confirm.no")), (True, t("date.confirm.yes"))],
        default=False,
    )
    if not sure:
        raise HerstelError("date.not_saved")


def _hhmm(clock: dt_time | None) -> str | None:
    return None if clock is None else clock.strftime("%H:%M")


def edit_texts(
    fields: Sequence[tuple[str, str, str | None]],
) -> dict[str, str | None] | None:
    """The free-text fields (name, question key, current text) in the person's editor. Returns
    each field's text (None where left empty), or None when the text came back unchanged: then
    nothing is to be saved."""
    template = render(
        t("editor.intro").splitlines(),
        [(name, t(question), text or "") for name, question, text in fields],
    )
    edited = edit_text(template)
    if edited.strip() == template.strip():
        return None
    texts = parse(edited, [name for name, _, _ in fields])
    return {name: texts.get(name, "").strip() or None for name, _, _ in fields}


def edit_typed(
    questions: Sequence[Question], typed: dict[str, str | None]
) -> dict[str, str | None] | None:
    """`--edit` when writing a new entry: its free-text fields in the editor, starting from what
    the flags gave; the result counts as given by flags. None: the text came back unchanged."""
    fields = [(q.name, q.ask, typed.get(q.name)) for q in questions if q.free_text]
    texts = edit_texts(fields)
    if texts is None:
        return None
    # An empty section is a field left out: a form may still ask it, a required one is missing.
    return {**typed, **{name: text for name, text in texts.items() if text is not None}}


def parsed_move(
    number_text: str, *, to: str | None, time: str | None, today: date
) -> tuple[int, date | None, str | None]:
    """A session's number, its new day (None: the same) and time (None: the same, "": none), as
    `plan move` and `coach plan move` take them; UsageError when nothing would change."""
    number = check_number(number_text)
    day = None if to is None else parse_day(to, today=today, lang=language())
    clock: str | None = None
    if time is not None:
        clock = parse_time(time).strftime("%H:%M") if time.strip() else ""
    if day is None and clock is None:
        raise UsageError("plan.move.nothing")
    return number, day, clock
