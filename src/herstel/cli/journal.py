"""`herstel show ID` and `herstel delete ID`: one record (an entry, a ladder item, an exercise)
found by the start of its id, shown whole or deleted for good."""

from __future__ import annotations

from typing import Any

import typer

from herstel.cli.runtime import runtime
from herstel.core.entries import BELIEF, FIT, LIMIT, SIGNAL_TYPE
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    @app.command("show", help=t("help.show"), **command_options())
    def show_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        show_record(ident, as_json=as_json)

    @app.command("delete", help=t("help.delete"), **command_options())
    def delete_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        yes: bool = typer.Option(False, "--yes", help=t("help.delete.yes")),
    ) -> None:
        delete_by_id(ident, yes=yes)

    register_edit(app)


def find_record(session: Any, trajectory_id: str, typed: str) -> tuple[str, Any]:
    """(kind, record) of the one record whose id starts with `typed`; exit 1 (listing the
    candidates' short ids and kinds) when none or several do."""
    from herstel.core.entries import short_ids
    from herstel.store.timeline import record_ids, records_starting

    found = records_starting(session=session, trajectory_id=trajectory_id, prefix=typed)
    if len(found) == 1:
        return found[0]
    if not found:
        raise HerstelError("id.none", value=typed)
    shorts = short_ids(record_ids(session=session, trajectory_id=trajectory_id))
    candidates = ", ".join(f"{shorts[record.id]} ({t(f'kind.{kind}')})" for kind, record in found)
    raise HerstelError("id.several", value=typed, candidates=candidates)


def _view(session: Any, trajectory_id: str, kind: str, record: Any) -> Any:
    """The record as the log shows it (an Entry), or as labelled pairs for a ladder item or an
    exercise."""
    from herstel.cli.log import entries_context, log_entry
    from herstel.core.entries import short_ids
    from herstel.store.timeline import record_ids

    if kind in ("ladder", "exercise"):
        ident = short_ids(record_ids(session=session, trajectory_id=trajectory_id))[record.id]
        return [(t("show.label.id"), ident), *_record_pairs(kind, record)]
    shown = entries_context(session, trajectory_id, [record])
    return log_entry(record, runtime().today(), shown)


def _record_pairs(kind: str, record: Any) -> list[tuple[str, str]]:
    if kind == "ladder":
        return [
            (t("ladder.column.signal"), record.signal),
            (t("ladder.column.colour"), t(f"ladder.colour.{record.colour}")),
            (t("ladder.column.action"), record.action or "-"),
        ]
    rows = [
        (t("exercise.column.name"), record.name),
        (t("exercise.column.type"), t(f"exercise.type.{record.type}") if record.type else "-"),
        (t("exercise.column.description"), record.description or "-"),
    ]
    if record.stopped_at is not None:
        rows.append((t("show.label.stopped"), t("exercise.stopped_mark")))
    return rows


def _show_view(view: Any) -> None:
    from herstel.ui.entries import show_entries

    if isinstance(view, list):
        console.show_pairs(None, view)
    else:
        show_entries([view], title_header=t("log.column.day"), entry_header=t("log.column.entry"))


def show_record(typed: str, *, as_json: bool) -> None:
    from herstel.cli.first_run import require_trajectory
    from herstel.core.entries import check_id

    prefix = check_id(typed)
    trajectory = require_trajectory()
    with runtime().store().reading() as session:
        kind, record = find_record(session, trajectory.id, prefix)
        if as_json:
            console.emit_json(_record_json(session, trajectory.id, kind, record))
            return
        view = _view(session, trajectory.id, kind, record)
    _show_view(view)


def _record_json(session: Any, trajectory_id: str, kind: str, record: Any) -> dict[str, Any]:
    from herstel.store.timeline import exercise_names

    if kind == "ladder":
        from herstel.cli.signals import ladder_json

        return {"kind": "ladder", **ladder_json(record)}
    if kind == "exercise":
        from herstel.cli.exercise import exercise_json, practised_this_week

        week = practised_this_week(session, trajectory_id).get(record.id, 0)
        return {"kind": "exercise", **exercise_json(record, week)}
    from herstel.cli.log import entry_json

    return entry_json(record, exercise_names(session=session, trajectory_id=trajectory_id))


def delete_by_id(typed: str, *, yes: bool) -> None:
    """Ask (on a terminal) or need --yes (off one); then delete, leave a tombstone, and make sure
    the text is gone from the store's bytes."""
    from herstel.cli import forms
    from herstel.core.entries import check_id
    from herstel.store.models import utc_now
    from herstel.store.timeline import delete_record, model_of
    from herstel.ui import prompts

    prefix = check_id(typed)
    forms.need_store()
    rt = runtime()
    with rt.store().reading() as session:
        trajectory_id = forms.trajectory_id(session)
        kind, record = find_record(session, trajectory_id, prefix)
        view = _view(session, trajectory_id, kind, record)
    if not yes:
        if not prompts.interactive():
            raise UsageError("delete.needs_yes", value=prefix)
        _show_view(view)
        question = t("delete.ask_exercise" if kind == "exercise" else "delete.ask")
        choices = [(False, t("delete.keep")), (True, t("delete.confirm"))]
        if not prompts.ask_choice(question, choices, default=False):
            console.say(t("delete.kept"))
            return
    with rt.store().writing() as session:
        current = session.get(model_of(kind), record.id)
        if current is None:  # deleted by another herstel meanwhile
            raise HerstelError("id.none", value=prefix)
        deleted = delete_record(session=session, kind=kind, record=current, now=utc_now())
    emptied = rt.store().forget_deleted()
    console.say(t(f"delete.done.{kind}"))
    if not emptied:
        rt.forget_later()
        console.say(t("delete.wal_pending"))
    if deleted > 1:
        console.say(t("delete.done_practice", count=deleted - 1))


# --- edit -------------------------------------------------------------------------------------


def questions_of(kind: str) -> list[Any]:
    if kind == "signal":
        from herstel.cli.signals import signal_questions

        return signal_questions()
    if kind in ("pattern", "bio"):
        from herstel.cli.notes import bio_questions, pattern_questions

        return pattern_questions() if kind == "pattern" else bio_questions()
    from herstel.cli.exercise import practice_questions

    return practice_questions()


def register_edit(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    def text_option(flag: str) -> Any:
        return typer.Option(None, flag, metavar=t("meta.text"), help=t("help.edit.field"))

    @app.command("edit", help=t("help.edit"), **command_options())
    def edit_command(
        ident: str = typer.Argument(..., metavar="ID", help=t("help.id")),
        energy: str | None = typer.Option(None, "--energy", metavar="0-10", help=t("help.energy")),
        sleep_hours: str | None = typer.Option(
            None, "--sleep-hours", metavar="0-24", help=t("help.sleep_hours")
        ),
        sleep_quality: str | None = typer.Option(
            None, "--sleep-quality", metavar="1-5", help=t("help.sleep_quality")
        ),
        food: str | None = typer.Option(None, "--food", metavar="1-5", help=t("help.food")),
        movement: str | None = typer.Option(
            None, "--movement", metavar=t("meta.minutes"), help=t("help.movement")
        ),
        relaxation: str | None = typer.Option(
            None, "--relaxation", metavar=t("meta.minutes"), help=t("help.relaxation")
        ),
        structure: str | None = typer.Option(
            None, "--structure", metavar="1-5", help=t("help.structure")
        ),
        giver: list[str] | None = typer.Option(
            None, "--giver", metavar=t("meta.text"), help=t("help.giver")
        ),
        drainer: list[str] | None = typer.Option(
            None, "--drainer", metavar=t("meta.text"), help=t("help.drainer")
        ),
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
    ) -> None:
        from herstel.cli.checkin import CheckinFlags

        checkin_flags = CheckinFlags(
            energy=energy, sleep_hours=sleep_hours, sleep_quality=sleep_quality, food=food,
            movement=movement, relaxation=relaxation, structure=structure,
            givers=giver or None, drainers=drainer or None, note=note, private=private, edit=edit,
        )  # fmt: skip
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
    checkin_flags: Any,
    given: dict[str, str],
    *,
    at: str | None,
    private: bool | None,
    edit: bool,
) -> None:
    """Change one entry: the kind's own flags change those fields; on a terminal without flags
    its form opens with the current values as defaults; --edit opens the editor on its texts."""
    from herstel.cli import forms
    from herstel.core.entries import check_id

    prefix = check_id(typed_id)
    forms.need_store()
    with runtime().store().reading() as session:
        kind, record = find_record(session, forms.trajectory_id(session), prefix)
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
    current = _current(kind, record)
    if edit:
        edited = _edited_texts(questions, {**current, **changed})
        if edited is None:
            console.say(t("editor.unchanged"))
            return
        changed |= edited
    elif not typed and when is None and private is None:
        changed = _ask_changes(questions, current)
    _save_changes(kind, record.id, changed, when=when, private=private)


def _edit_checkin(
    record: Any, checkin_flags: Any, given: dict[str, str], *, at: str | None
) -> None:
    """A check-in is changed like a second check-in on its day: what is given replaces."""
    from dataclasses import replace

    from herstel.cli.checkin import checkin
    from herstel.ui import prompts

    foreign = [flag for flag in given if flag != "--note"] + (["--at"] if at else [])
    if foreign:
        raise UsageError("edit.flag_not_for_kind", flag=foreign[0], kind=t("kind.checkin"))
    if (
        not prompts.interactive()
        and not checkin_flags.edit
        and not _any_checkin_flag(checkin_flags)
    ):
        raise UsageError("edit.nothing")
    checkin(replace(checkin_flags, day=record.day.isoformat()))


CHECKIN_FLAGS = {
    "--energy": "energy",
    "--sleep-hours": "sleep_hours",
    "--sleep-quality": "sleep_quality",
    "--food": "food",
    "--movement": "movement",
    "--relaxation": "relaxation",
    "--structure": "structure",
    "--giver": "givers",
    "--drainer": "drainers",
}


def _any_checkin_flag(flags: Any) -> bool:
    names = [*CHECKIN_FLAGS.values(), "note", "private"]
    return any(getattr(flags, name) is not None for name in names)


def _typed_fields(
    kind: str, questions: dict[str, Any], checkin_flags: Any, given: dict[str, str]
) -> dict[str, str | None]:
    """The fields the flags name, as typed; a flag of another kind is a usage error."""
    for flag, name in CHECKIN_FLAGS.items():
        if getattr(checkin_flags, name) is not None:
            raise UsageError("edit.flag_not_for_kind", flag=flag, kind=t(f"kind.{kind}"))
    # A question knows its flag; a signal's name, an argument when writing one, is --what here.
    by_flag = {"--what" if q.name == "what" else q.flag: q.name for q in questions.values()}
    typed: dict[str, str | None] = {}
    for flag, value in given.items():
        if flag not in by_flag:
            raise UsageError("edit.flag_not_for_kind", flag=flag, kind=t(f"kind.{kind}"))
        typed[by_flag[flag]] = value
    return typed


def _edited_texts(questions: dict[str, Any], current: dict[str, Any]) -> dict[str, Any] | None:
    """The free-text fields from the editor, checked; None when left unchanged."""
    from herstel.cli import forms

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
    from herstel.cli import forms
    from herstel.ui import prompts

    if not prompts.interactive():
        raise UsageError("edit.nothing")
    console.say(t("edit.form_hint"))
    answers: dict[str, Any] = {}
    for q in questions.values():
        if q.asked_when is None or q.asked_when({**current, **answers}):
            answers[q.name] = forms.ask(q, current[q.name])
    return answers


def _exercise_is_private(session: Any, practice: Any) -> bool:
    from herstel.store.exercise_models import Exercise

    exercise = session.get(Exercise, practice.exercise_id)
    return bool(exercise is not None and exercise.private)


def _current(kind: str, record: Any) -> dict[str, Any]:
    """The record's fields as its questions hold them (a signal's fit as yes/no)."""
    current = {q.name: getattr(record, q.name) for q in questions_of(kind)}
    if kind == "signal" and record.fit is not None:
        current["fit"] = "yes" if record.fit else "no"
    return current


def _save_changes(
    kind: str,
    ident: str,
    changed: dict[str, Any],
    *,
    when: tuple[Any, str | None] | None,
    private: bool | None,
) -> None:
    from herstel.cli import forms
    from herstel.store.models import utc_now
    from herstel.store.timeline import ladder_item_for, model_of

    if kind == "signal" and "fit" in changed and changed["fit"] is not None:
        changed["fit"] = changed["fit"] == "yes"
    if when is not None:
        changed["day"], changed["time"] = when
    if private is not None:
        changed["private"] = private
    rt = runtime()
    with rt.store().writing() as session:
        record = session.get(model_of(kind), ident)
        if record is None:
            raise HerstelError("id.none", value=ident[:8])
        order = [q.name for q in questions_of(kind)] + ["day", "time", "private"]
        names = [
            name for name in order if name in changed and getattr(record, name) != changed[name]
        ]
        for name in names:
            setattr(record, name, changed[name])
        if kind == "bio" and not any(getattr(record, q.name) for q in questions_of(kind)):
            raise UsageError("bio.empty")  # a look back with nothing in it is no look back
        if kind == "practice" and not record.private and _exercise_is_private(session, record):
            record.private = True  # practice of a private exercise would give its name away
            names = [name for name in names if name != "private"]
        if kind == "signal" and "what" in names:
            item = ladder_item_for(
                session=session, trajectory_id=forms.trajectory_id(session), name=record.what
            )
            record.ladder_item_id = None if item is None else item.id
        if names:
            record.updated_at = utc_now()
    if names:
        fields = ", ".join(t(f"edit.field.{name}") for name in names)
        console.say(t("edit.done", kind=t(f"kind.{kind}"), fields=fields))
    else:
        console.say(t("edit.unchanged"))
