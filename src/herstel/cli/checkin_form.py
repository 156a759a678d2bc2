"""The check-in as the command line takes it, for the two commands that do, `checkin` and
`edit`: its flags, made from the fields' one declaration (`core.checkin.FIELDS`), their
parsing, the form's questions (on a terminal), the save and what is said after it.

Typer reads a command's options from its function's signature; `with_field_options` adds one
option per field to that signature, so that the field is declared once and each command still
looks to Typer like a function with explicit parameters.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

import typer

from herstel import first_question
from herstel.application.checkin import CheckinForm, checkin_form, save_checkin
from herstel.cli.first_run import require_trajectory
from herstel.cli.forms import confirm_day, edit_texts
from herstel.cli.forms import saved as said_saved
from herstel.cli.nudging import keep_nudge_state
from herstel.cli.runtime import runtime
from herstel.core.checkin import COPYABLE, FIELDS, CheckinFields, FieldSpec, check_note, copy_of
from herstel.core.dates import parse_moment
from herstel.errors import HerstelError, UsageError
from herstel.i18n import format_number, language, t
from herstel.store.db import has_trajectory
from herstel.store.drafts import has_draft
from herstel.ui import console, prompts
from herstel.ui.checkin import day_label, question, rounded_line, same_question, saved_lines

F = TypeVar("F", bound=Callable[..., Any])


def _option(spec: FieldSpec) -> inspect.Parameter:
    metavar = spec.range_text if spec.metavar_key is None else t(spec.metavar_key)
    return inspect.Parameter(
        spec.param,
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(None, spec.flag, metavar=metavar, help=t(spec.help_key)),
        annotation=list[str] | None if spec.many else str | None,
    )


def with_field_options(*, after: str, specs: tuple[FieldSpec, ...] = FIELDS) -> Callable[[F], F]:
    """Give the command an option for each of `specs`, placed after its parameter `after`; the
    command takes them as `**fields` (keyed by `FieldSpec.param`)."""

    def decorate(command: F) -> F:
        signature = inspect.signature(command)
        own = [p for p in signature.parameters.values() if p.kind != p.VAR_KEYWORD]
        at = next(n for n, p in enumerate(own) if p.name == after) + 1
        added = [_option(spec) for spec in specs]
        # Keyword-only from `after` on, so that the order is the order of the help.
        rest = [p.replace(kind=p.KEYWORD_ONLY) for p in own[at:]]
        params = [*own[:at], *added, *rest]
        command.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        command.__annotations__ = {
            **command.__annotations__,
            **{p.name: p.annotation for p in added},
        }
        return command

    return decorate


@dataclass(frozen=True)
class CheckinFlags:
    """The check-in's flags as typed; None where a flag was left out."""

    day: str | None = None
    fields: Mapping[str, str | list[str] | None] | None = None  # by field name
    private: bool | None = None
    edit: bool = False  # the note in the person's editor

    def typed(self) -> dict[str, str | list[str]]:
        """The fields given, by field name (a repeated flag given no time is not given)."""
        return {
            name: list(value) if isinstance(value, list | tuple) else value
            for name, value in (self.fields or {}).items()
            if value is not None and value not in ([], ())
        }


def flags_from(
    options: Mapping[str, Any], *, day: str | None, private: bool | None, edit: bool
) -> CheckinFlags:
    """The flags from a command's `**fields` (keyed by parameter, as Typer passes them)."""
    by_param = {spec.param: spec.name for spec in FIELDS}
    fields = {by_param[param]: value for param, value in options.items() if param in by_param}
    return CheckinFlags(day=day, fields=fields, private=private, edit=edit)


def parse_flags(flags: CheckinFlags, *, today: date) -> tuple[date, CheckinFields]:
    """Check every flag; returns the day and the values given."""
    # A time may follow the day ("gisteren 14:30"); a check-in is about the whole day.
    day = today if flags.day is None else parse_moment(flags.day, today=today, lang=language()).day
    if day > today:
        raise UsageError("checkin.future", value=flags.day or "")
    typed = flags.typed()
    values = {spec.name: spec.check(typed[spec.name]) for spec in FIELDS if spec.name in typed}
    return day, replace(CheckinFields(**values), private=flags.private)


def any_field(flags: CheckinFlags) -> bool:
    return bool(flags.typed()) or flags.private is not None


# --- the check-in -----------------------------------------------------------------------------

FIRST = FIELDS[0]  # asked first, without a default: the energy


def checkin(flags: CheckinFlags) -> None:
    """Parse the flags, open the editor (--edit) or ask the rest (on a terminal), save, say so."""
    rt = runtime()
    day, values = parse_flags(flags, today=rt.today())
    confirm_day(day)  # a day long ago: likely mistyped (today returns at once)
    if flags.edit:
        start = values.note
        if start is None:
            existing = checkin_form(store=rt.existing_store(), day=day).existing
            start = None if existing is None else existing.note
        texts = edit_texts([("note", "checkin.ask.note", start)])
        if texts is None:
            console.say(t("editor.unchanged"))
            return
        values = replace(values, note=check_note(texts["note"] or ""))
    if prompts.interactive():
        day, values = resume_checkin(day, values, flags)
        progress: dict[str, Any] = {}
        try:
            values = ask_checkin(day, values, short=value_options(flags), progress=progress)
        except prompts.Cancelled:
            from herstel.cli.forms import keep_draft

            typed = {**values.given(), **progress}
            if not keep_draft("checkin", typed, {"day": day.isoformat()}):
                raise
            raise prompts.Cancelled("draft.kept", command="herstel checkin") from None
    elif not values.given():
        raise UsageError("checkin.energy_missing")
    elif not rt.store_exists():
        raise HerstelError("trajectory.none")
    saved = save_checkin(
        store=rt.store(), today=rt.today(), day=day, values=values, now=runtime().utc_now()
    )
    said_saved("checkin")  # and a note on a day long ago, if there was one
    keep_nudge_state(checked_in=day)
    typed_hours = flags.typed().get("sleep_hours")
    if isinstance(typed_hours, str) and values.sleep_hours is not None:
        _say_rounded(typed_hours, values.sleep_hours)
    for line in saved_lines(saved, rt.today()):
        console.say(line)


def resume_checkin(
    day: date, values: CheckinFields, flags: CheckinFlags
) -> tuple[date, CheckinFields]:
    """A check-in that was stopped: offered again (for its day, unless --date names another),
    and what was typed then taken where no flag gives a value now."""
    from herstel.cli.forms import offer_draft
    from herstel.store.drafts import load_draft

    home = runtime().home
    if not has_draft(home, "checkin"):
        return day, values
    found = load_draft(home, "checkin")
    if found is None:
        return day, values
    try:
        drafted = date.fromisoformat(str(found.about.get("day")))
    except ValueError:
        drafted = day
    if flags.day is not None and drafted != day:
        return day, values  # another day's check-in: that draft waits
    resumed = offer_draft("checkin", about={"day": day_label(drafted, runtime().today())})
    given = values.given()
    taken: dict[str, Any] = {
        spec.name: tuple(resumed[spec.name]) if spec.many else resumed[spec.name]
        for spec in FIELDS
        if spec.name in resumed and spec.name not in given
    }
    return (drafted, replace(values, **taken)) if resumed else (day, values)


def value_options(flags: CheckinFlags) -> bool:
    """Were any of the fields given as flags? Then only the energy is asked, if it is missing.
    The energy asked before Typer (first_question.py) came in as a flag, but was asked."""
    typed = set(flags.typed())
    if first_question.shown:
        typed.discard(FIRST.name)
    return bool(typed)


def ask_checkin(
    day: date,
    given: CheckinFields,
    *,
    short: bool = False,
    progress: dict[str, Any] | None = None,
) -> CheckinFields:
    """The form: every field no flag gave, the first without a default, the rest defaulting
    to the day's check-in (when updating) or the most recent one. `short`: value options were
    given, so only the energy is asked when it is missing.

    The first question comes up before the store is read: reading it is quick now that it takes
    no database stack, and the person reads the question meanwhile."""
    rt = runtime()
    if not has_trajectory(rt.store_path):
        require_trajectory()  # the setup questions first
    done = short and getattr(given, FIRST.name) is not None  # nothing is left to ask
    if not first_question.shown and not done:  # else said before the energy was asked
        console.say(t("checkin.form_hint", day=day_label(day, rt.today())))
    first = getattr(given, FIRST.name)
    if first is None:
        asked = question(FIRST, day=day, today=rt.today(), now=rt.now())
        first = _ask_number(FIRST, asked, suggestion=None, required=True)
        if progress is not None:
            progress[FIRST.name] = first
    if short:
        return replace(given, **{FIRST.name: first})
    form = checkin_form(store=rt.store(), day=day)
    if not form.has_trajectory:  # pragma: no cover - checked above, in this process
        raise HerstelError("trajectory.none")
    return ask_rest(replace(given, **{FIRST.name: first}), form, day=day, progress=progress)


def ask_rest(
    values: CheckinFields,
    form: CheckinForm,
    *,
    day: date,
    progress: dict[str, Any] | None = None,
) -> CheckinFields:
    """Ask each remaining field, worded for `day` and the hour; Enter keeps the suggestion, "-"
    leaves it empty."""
    rt = runtime()
    # The suggestions: the day's own values, else the check-in before it; a private one's are
    # never suggested for a day that may be shared.
    latest = form.latest if form.latest is not None and not form.latest.private else None
    base = form.existing or form.previous or latest or CheckinFields()
    answers: dict[str, Any] = {} if progress is None else progress  # kept as they come
    same = _offer_previous(values, form, day=day)
    if same is not None:  # the rest as the day before: work's questions are still asked
        values = replace(values, **same.given(), copied=same.copied)
    for spec in FIELDS:
        if spec is FIRST or getattr(values, spec.name) is not None:
            continue
        if same is not None and not spec.work:
            continue  # taken as before; the note is the day's own, not asked then
        if spec.work and not form.work_day:
            continue  # work's questions on a day of work only (docs/work.md)
        if spec.name == "work_hours" and form.planned_hours is None:
            continue  # hours worked: only on a day the ramp plans work
        asked = question(spec, day=day, today=rt.today(), now=rt.now())
        if spec.name == "work_hours":
            stored = getattr(form.existing, spec.name, None)
            answers[spec.name] = _ask_number(
                spec, asked, form.planned_hours if stored is None else stored
            )
        elif spec.kind == "choice":
            answers[spec.name] = _ask_choice(spec, asked, getattr(form.existing, spec.name, None))
        elif spec.kind == "names":
            # Work's words are about that day's work: suggested from the day's own only.
            suggested = form.existing if spec.work else base
            answers[spec.name] = _ask_names(spec, asked, form.named.get(spec.name, ()), suggested)
        elif spec.kind == "text":
            suggestion = getattr(form.existing, spec.name, None) or ""
            answer = prompts.ask_text(asked, default=suggestion, check=spec.check)
            answers[spec.name] = spec.check(answer)
        else:
            answers[spec.name] = _ask_number(spec, asked, getattr(base, spec.name))
    note = values.note if values.note is not None else answers.get("note")
    if values.private is None and note:
        was_private = bool(form.existing and form.existing.private)
        answers["private"] = prompts.ask_choice(
            t("checkin.ask.private"),
            [(False, t("checkin.private.no")), (True, t("checkin.private.yes"))],
            default=was_private,
        )
    _keep_confirmed_copies(answers, form.existing)
    # A question left empty on an update empties that field: the person cleared it on purpose.
    cleared = frozenset(name for name, answer in answers.items() if answer is None)
    return replace(values, **answers, cleared=cleared)


def _keep_confirmed_copies(answers: dict[str, Any], existing: CheckinFields | None) -> None:
    """Enter on the day's own value confirms it, it does not answer it again: a value taken as
    the day before stays marked so (insights leave it out)."""
    if existing is None:
        return
    for name in [n for n in answers if n in existing.copied]:
        if answers[name] == getattr(existing, name):
            del answers[name]


def _offer_previous(values: CheckinFields, form: CheckinForm, *, day: date) -> CheckinFields | None:
    """For a day not checked in yet, one question: the rest as the check-in before it (shown in
    one short line)? Enter takes it. Returns what it takes, marked as copied; None when there
    is nothing to offer, something of it was given already, or the answer is no."""
    if form.existing is not None or form.previous is None or form.previous_day is None:
        return None
    if any(getattr(values, name) is not None for name in COPYABLE):
        return None
    same = copy_of(form.previous)
    if not same.given():
        return None
    asked, yes, no = same_question(same, previous_day=form.previous_day, day=day)
    return same if prompts.ask_choice(asked, [(True, yes), (False, no)], default=True) else None


def _ask_number(
    spec: FieldSpec, asked: str, suggestion: float | None, *, required: bool = False
) -> Any:
    """A number question; hours say so right away when the answer is rounded."""
    name = t(spec.label_key)

    def check(text: str) -> Any:
        return spec.check(text, name=name)

    answer = prompts.ask_text(
        asked, default=format_number(suggestion), check=check, required=required
    )
    if not answer.strip():
        return None
    value = check(answer)
    if spec.kind == "hours":
        _say_rounded(answer, value)
    return value


def _ask_choice(spec: FieldSpec, asked: str, current: str | None) -> str | None:
    """One of the field's values, or none (the first choice: skipping costs one key)."""
    assert spec.choice is not None  # noqa: S101 - a choice field has its values
    options: list[tuple[str | None, str]] = [(None, t(f"checkin.{spec.name}.skip"))]
    options += [(value, t(f"checkin.{spec.name}.{value}")) for value in spec.choice.values]
    answer: str | None = prompts.ask_choice(asked, options, default=current)
    return answer


def _say_rounded(typed: str, hours: float) -> None:
    """Say so when the sleep hours as typed were rounded to the quarter hour."""
    line = rounded_line(typed, hours)
    if line is not None:
        console.say(line)


def _ask_names(
    spec: FieldSpec, asked: str, known: tuple[str, ...], existing: CheckinFields | None
) -> tuple[str, ...] | None:
    """Givers or drainers, comma-separated; the ones named before are offered as completions,
    and the day's (or the day before's, `existing`) as the suggestion."""
    name = t(spec.label_key)

    def check(value: str) -> tuple[str, ...]:
        result: tuple[str, ...] = spec.check(value, name=name)
        return result

    suggestion = ", ".join(existing.given().get(spec.name, ())) if existing else ""
    answer = prompts.ask_text(asked, default=suggestion, check=check, known=known)
    return check(answer) or None
