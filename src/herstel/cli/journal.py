"""`herstel show ID`, `herstel delete ID` and `herstel edit ID`: one record (an entry, a ladder
item, an exercise) found by the start of its id, shown whole, deleted for good or changed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import typer

from herstel.application.journal import change_entry, delete_record, find_record
from herstel.cli import forms
from herstel.cli.app import command_options
from herstel.cli.checkin_form import (
    CheckinFlags,
    any_field,
    checkin,
    flags_from,
    with_field_options,
)
from herstel.cli.first_run import require_trajectory
from herstel.cli.runtime import runtime
from herstel.core.checkin import FIELDS
from herstel.core.entries import BELIEF, FIT, LIMIT, SIGNAL_TYPE, check_id
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.store.db import has_trajectory
from herstel.store.journal import Record
from herstel.ui import console, prompts
from herstel.ui.exercise import practice_questions
from herstel.ui.forms import Question
from herstel.ui.journal import record_json, show_record
from herstel.ui.notes import bio_questions, pattern_questions
from herstel.ui.signals import signal_questions

# The check-in's own flags in `edit`; its note is the --note every kind has.
CHECKIN_SPECS = tuple(spec for spec in FIELDS if spec.kind != "text")
CHECKIN_FLAGS = {spec.flag: spec.name for spec in CHECKIN_SPECS}


def register(app: typer.Typer) -> None:
    @app.command("show", help=t("help.show"), **command_options())
    def show_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        show(ident, as_json=as_json)

    @app.command("delete", help=t("help.delete"), **command_options())
    def delete_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        yes: bool = typer.Option(False, "--yes", help=t("help.delete.yes")),
    ) -> None:
        delete(ident, yes=yes)

    register_edit(app)


def show(typed: str, *, as_json: bool) -> None:
    prefix = check_id(typed)
    rt = runtime()
    if not rt.store_exists() or not has_trajectory(rt.store_path):
        require_trajectory()  # the setup questions on a terminal, else the line about init
    found = find_record(store=rt.store(), today=rt.today(), prefix=prefix)
    if as_json:
        console.emit_json(record_json(found.record, found.shown, found.practised_this_week))
        return
    show_record(found.record, rt.today(), found.shown)


def delete(typed: str, *, yes: bool) -> None:
    """Ask (on a terminal) or need --yes (off one); then delete, leave a tombstone, and make sure
    the text is gone from the store's bytes."""
    prefix = check_id(typed)
    forms.need_store()
    rt = runtime()
    found = find_record(store=rt.store(), today=rt.today(), prefix=prefix)
    kind = found.record.kind
    if not yes:
        if not prompts.interactive():
            raise UsageError("delete.needs_yes", value=prefix)
        show_record(found.record, rt.today(), found.shown)
        question = t("delete.ask_exercise" if kind == "exercise" else "delete.ask")
        choices = [(False, t("delete.keep")), (True, t("delete.confirm"))]
        if not prompts.ask_choice(question, choices, default=False):
            console.say(t("delete.kept"))
            return
    deleted = delete_record(
        store=rt.store(), kind=kind, ident=found.record.id, prefix=prefix, now=runtime().utc_now()
    )
    console.say(t(f"delete.done.{kind}"))
    if kind == "checkin":
        from herstel.cli.nudging import refresh_nudge_state

        refresh_nudge_state()  # a day without a check-in again, for the shell's nudge
    if not deleted.emptied:
        rt.forget_later()
        console.say(t("delete.wal_pending"))
    if deleted.count > 1:
        console.say(t("delete.done_practice", count=deleted.count - 1))


# --- edit -------------------------------------------------------------------------------------


def questions_of(kind: str) -> list[Question]:
    if kind == "signal":
        return signal_questions()
    if kind == "pattern":
        return pattern_questions()
    if kind == "bio":
        return bio_questions()
    return practice_questions()


def register_edit(app: typer.Typer) -> None:
    def text_option(flag: str) -> Any:
        return typer.Option(None, flag, metavar=t("meta.text"), help=t("help.edit.field"))

    @app.command("edit", help=t("help.edit"), **command_options())
    @with_field_options(after="ident", specs=CHECKIN_SPECS)
    def edit_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        what: str | None = text_option("--what"),
        type_: str | None = typer.Option(
            None, "--type", metavar=SIGNAL_TYPE.metavar, help=t("help.signal.type")
        ),
        where: str | None = text_option("--where"),
        intensity: str | None = typer.Option(
            None, "--intensity", metavar="1-5", help=t("help.signal.intensity")
        ),
        limit: str | None = typer.Option(
            None, "--limit", metavar=LIMIT.metavar, help=t("help.signal.limit")
        ),
        fit: str | None = typer.Option(
            None, "--fit", metavar=FIT.metavar, help=t("help.signal.fit")
        ),
        situation: str | None = text_option("--situation"),
        response: str | None = text_option("--response"),
        behaviour: str | None = text_option("--behaviour"),
        consequence: str | None = text_option("--consequence"),
        unnoticed: str | None = text_option("--unnoticed"),
        belief: str | None = typer.Option(
            None,
            "--belief",
            metavar=BELIEF.metavar,
            help=t("help.pattern.belief"),
        ),
        belief_text: str | None = text_option("--belief-text"),
        new_behaviour: str | None = text_option("--new-behaviour"),
        reflection: str | None = text_option("--reflection"),
        life_stage: str | None = text_option("--life-stage"),
        text: str | None = text_option("--text"),
        drives: str | None = text_option("--drives"),
        pattern: str | None = text_option("--pattern"),
        minutes: str | None = typer.Option(
            None, "--minutes", metavar=t("meta.minutes"), help=t("help.exercise.minutes")
        ),
        note: str | None = text_option("--note"),
        at: str | None = typer.Option(
            None, "--at", metavar=t("meta.moment"), help=t("help.edit.at")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.edit_text")),
        **fields: Any,  # a check-in's own options: core.checkin.FIELDS
    ) -> None:
        checkin_flags = flags_from({**fields, "note": note}, day=None, private=private, edit=edit)
        given = {
            "--what": what, "--type": type_, "--where": where, "--intensity": intensity,
            "--limit": limit, "--fit": fit, "--situation": situation, "--response": response,
            "--behaviour": behaviour, "--consequence": consequence, "--unnoticed": unnoticed,
            "--belief": belief, "--belief-text": belief_text, "--new-behaviour": new_behaviour,
            "--reflection": reflection, "--life-stage": life_stage, "--text": text,
            "--drives": drives, "--pattern": pattern, "--minutes": minutes, "--note": note,
        }  # fmt: skip
        edit_by_id(
            ident,
            checkin_flags,
            {flag: value for flag, value in given.items() if value is not None},
            at=at,
            private=private,
            edit=edit,
        )


def edit_by_id(
    typed_id: str,
    checkin_flags: CheckinFlags,
    given: dict[str, str],
    *,
    at: str | None,
    private: bool | None,
    edit: bool,
) -> None:
    """Change one entry: the kind's own flags change those fields; on a terminal without flags
    its form opens with the current values as defaults; --edit opens the editor on its texts."""
    prefix = check_id(typed_id)
    forms.need_store()
    rt = runtime()
    record = find_record(store=rt.store(), today=rt.today(), prefix=prefix).record
    kind = record.kind
    if kind in ("ladder", "exercise"):
        raise HerstelError(f"edit.not_entry.{kind}")
    if kind == "checkin":
        _edit_checkin(record, checkin_flags, given, at=at)
        return
    questions = {q.name: q for q in questions_of(kind)}
    typed = _typed_fields(kind, questions, checkin_flags, given)
    values = forms.checked(list(questions.values()), typed)
    when = None if at is None else forms.when(at, lang=language())
    changed: dict[str, Any] = {name: values[name] for name in typed}
    current = _current(kind, record, questions)
    if edit:
        edited = _edited_texts(questions, {**current, **changed})
        if edited is None:
            console.say(t("editor.unchanged"))
            return
        changed |= edited
    elif not typed and when is None and private is None:
        changed = _ask_changes(questions, current)
    if kind == "signal" and "fit" in changed and changed["fit"] is not None:
        changed["fit"] = changed["fit"] == "yes"
    if when is not None:
        changed["day"], changed["time"] = when
    if private is not None:
        changed["private"] = private
    names = change_entry(
        store=rt.store(),
        kind=kind,
        ident=record.id,
        changed=changed,
        fields=list(questions),
        now=runtime().utc_now(),
    )
    if names:
        fields = ", ".join(t(f"edit.field.{name}") for name in names)
        console.say(t("edit.done", kind=t(f"kind.{kind}"), fields=fields))
    else:
        console.say(t("edit.unchanged"))


def _edit_checkin(
    record: Record, checkin_flags: CheckinFlags, given: dict[str, str], *, at: str | None
) -> None:
    """A check-in is changed like a second check-in on its day: what is given replaces."""
    foreign = [flag for flag in given if flag != "--note"] + (["--at"] if at else [])
    if foreign:
        raise UsageError("edit.flag_not_for_kind", flag=foreign[0], kind=t("kind.checkin"))
    if not prompts.interactive() and not checkin_flags.edit and not any_field(checkin_flags):
        raise UsageError("edit.nothing")
    checkin(replace(checkin_flags, day=record.day.isoformat()))


def _typed_fields(
    kind: str, questions: dict[str, Any], checkin_flags: CheckinFlags, given: dict[str, str]
) -> dict[str, str | None]:
    """The fields the flags name, as typed; a flag of another kind is a usage error."""
    typed_checkin = checkin_flags.typed()
    for flag, name in CHECKIN_FLAGS.items():
        if name in typed_checkin:
            raise UsageError("edit.flag_not_for_kind", flag=flag, kind=t(f"kind.{kind}"))
    # A question knows its flag; a signal's name, an argument when writing one, is --what here.
    by_flag = {"--what" if q.name == "what" else q.flag: q.name for q in questions.values()}
    typed: dict[str, str | None] = {}
    for flag, value in given.items():
        if flag not in by_flag:
            raise UsageError("edit.flag_not_for_kind", flag=flag, kind=t(f"kind.{kind}"))
        typed[by_flag[flag]] = value
    return typed


def _current(kind: str, record: Record, questions: dict[str, Any]) -> dict[str, Any]:
    """The record's fields as its questions hold them (a signal's fit as yes/no)."""
    current = {name: getattr(record, name) for name in questions}
    if kind == "signal" and record.fit is not None:
        current["fit"] = "yes" if record.fit else "no"
    return current


def _edited_texts(questions: dict[str, Any], current: dict[str, Any]) -> dict[str, Any] | None:
    """The free-text fields from the editor, checked; None when left unchanged."""
    fields = [(q.name, q.ask, current[q.name]) for q in questions.values() if q.free_text]
    texts = forms.edit_texts(fields)
    if texts is None:
        return None
    edited: dict[str, Any] = {}
    for name, text in texts.items():
        question = questions[name]
        if text is None and question.required:
            raise UsageError("text.empty", field=question.flag)
        edited[name] = None if text is None else question.check(text)
    return edited


def _ask_changes(questions: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The kind's form, each question with the current value as its default (on a terminal)."""
    if not prompts.interactive():
        raise UsageError("edit.nothing")
    console.say(t("edit.form_hint"))
    answers: dict[str, Any] = {}
    for q in questions.values():
        if q.asked_when is None or q.asked_when({**current, **answers}):
            answers[q.name] = forms.ask(q, current[q.name])
    return answers
