"""`herstel show ID` and `herstel delete ID`: one record (an entry, a ladder item, an exercise)
found by the start of its id, shown whole or deleted for good."""

from __future__ import annotations

from typing import Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import t
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
    from herstel.cli.log import log_entry
    from herstel.core.entries import short_ids
    from herstel.store.timeline import exercise_names, ladder_colours, record_ids

    ident = short_ids(record_ids(session=session, trajectory_id=trajectory_id))[record.id]
    if kind in ("ladder", "exercise"):
        return [(t("show.label.id"), ident), *_record_pairs(kind, record)]
    names = exercise_names(session=session, trajectory_id=trajectory_id)
    colours = ladder_colours(session=session, ids={getattr(record, "ladder_item_id", None) or ""})
    return log_entry(record, runtime().today(), names, colours, ident)


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
    from herstel.cli.setup import require_trajectory
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
    rt.store().forget_deleted()
    console.say(t(f"delete.done.{kind}"))
    if deleted > 1:
        console.say(t("delete.done_practice", count=deleted - 1))
