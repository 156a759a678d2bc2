"""`herstel signal` (a body or emotional signal) and `herstel ladder` (the early-warning ladder
made with the coach: each known signal, its colour and the action agreed for it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.core.entries import COLOUR, FIT, LIMIT, SIGNAL_TYPE
from herstel.errors import HerstelError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.cli.forms import Question
    from herstel.store.signal_models import LadderItem

COLOUR_STYLES = {"green": "green", "orange": "dark_orange", "red": "red"}


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

    @app.command("signal", help=t("help.signal"), **command_options())
    def signal_command(
        what: str | None = typer.Argument(None, metavar=t("meta.what"), help=t("help.signal.what")),
        type_: str | None = typer.Option(
            None, "--type", metavar=SIGNAL_TYPE.metavar, help=t("help.signal.type")
        ),
        where: str | None = typer.Option(
            None, "--where", metavar=t("meta.text"), help=t("help.signal.where")
        ),
        intensity: str | None = typer.Option(
            None, "--intensity", metavar="1-5", help=t("help.signal.intensity")
        ),
        limit: str | None = typer.Option(
            None, "--limit", metavar=LIMIT.metavar, help=t("help.signal.limit")
        ),
        fit: str | None = typer.Option(
            None, "--fit", metavar=FIT.metavar, help=t("help.signal.fit")
        ),
        situation: str | None = typer.Option(
            None, "--situation", metavar=t("meta.text"), help=t("help.signal.situation")
        ),
        response: str | None = typer.Option(
            None, "--response", metavar=t("meta.text"), help=t("help.signal.response")
        ),
        at: str | None = typer.Option(None, "--at", metavar=t("meta.moment"), help=t("help.at")),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.edit_text")),
    ) -> None:
        typed = {
            "what": what,
            "type": type_,
            "location": where,
            "intensity": intensity,
            "limit": limit,
            "fit": fit,
            "situation": situation,
            "response": response,
        }
        log_signal(typed, at=at, private=private, edit=edit)

    ladder_app = new_app(help=t("help.ladder"), invoke_without_command=True)

    @ladder_app.callback()
    def ladder_show(
        ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help=t("help.json"))
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_ladder(as_json=as_json)

    @ladder_app.command("add", help=t("help.ladder.add"), **command_options())
    def ladder_add(
        what: str | None = typer.Argument(None, metavar=t("meta.what"), help=t("help.ladder.what")),
        colour: str | None = typer.Option(
            None, "--colour", metavar=COLOUR.metavar, help=t("help.ladder.colour")
        ),
        action: str | None = typer.Option(
            None, "--action", metavar=t("meta.text"), help=t("help.ladder.action")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.ladder.private"), show_default=False
        ),
    ) -> None:
        add_to_ladder({"signal": what, "colour": colour, "action": action}, private=private)

    @ladder_app.command("list", help=t("help.ladder.list"), **command_options())
    def ladder_list(as_json: bool = typer.Option(False, "--json", help=t("help.json"))) -> None:
        show_ladder(as_json=as_json)

    @ladder_app.command("remove", help=t("help.ladder.remove"), **command_options())
    def ladder_remove(
        what: str = typer.Argument(..., metavar=t("meta.what"), help=t("help.ladder.what")),
    ) -> None:
        remove_from_ladder(what)

    app.add_typer(ladder_app, name="ladder")


# --- signal -----------------------------------------------------------------------------------


def signal_questions() -> list[Question]:
    from herstel.cli.forms import Question
    from herstel.core import entries as core
    from herstel.core.text import clean_name

    return [
        Question(
            "what", t("meta.what"), "signal.ask.what",
            lambda v: core.check_name(v, field=t("meta.what")), required=True,
        ),
        Question(
            "type", "--type", "signal.ask.type",
            lambda v: core.SIGNAL_TYPE.check(v, name="--type"),
            required=True, choice=core.SIGNAL_TYPE, label="signal.type.",
        ),
        Question(
            "location", "--where", "signal.ask.where",
            lambda v: clean_name(v, field="--where", required=False),
        ),
        Question("intensity", "--intensity", "signal.ask.intensity", core.check_intensity),
        Question(
            "limit", "--limit", "signal.ask.limit", lambda v: core.LIMIT.check(v, name="--limit"),
            choice=core.LIMIT, label="signal.limit.",
        ),
        Question(
            "fit", "--fit", "signal.ask.fit", lambda v: core.FIT.check(v, name="--fit"),
            choice=core.FIT, label="signal.fit.",
        ),
        Question(
            "situation", "--situation", "signal.ask.situation",
            lambda v: core.check_text(v, field="--situation"), free_text=True,
        ),
        Question(
            "response", "--response", "signal.ask.response",
            lambda v: core.check_text(v, field="--response"), free_text=True,
        ),
    ]  # fmt: skip


def log_signal(
    typed: dict[str, str | None], *, at: str | None, private: bool | None, edit: bool = False
) -> None:
    from herstel.cli import forms
    from herstel.store.models import utc_now
    from herstel.store.queries import add_record
    from herstel.store.signal_models import Signal
    from herstel.store.timeline import ladder_item_for

    rt = runtime()
    day, clock = forms.when(at, lang=language())
    if edit:
        forms.checked(signal_questions(), typed)  # a bad flag stops before the editor opens
        edited = forms.edit_typed(signal_questions(), typed)
        if edited is None:
            console.say(t("editor.unchanged"))
            return
        typed = edited
    values, private = forms.fill(
        signal_questions(), typed, private=private, private_key="form.ask.private"
    )
    if values["fit"] is not None:
        values["fit"] = values["fit"] == "yes"
    with rt.store().writing() as session:
        trajectory_id = forms.trajectory_id(session)
        item = ladder_item_for(session=session, trajectory_id=trajectory_id, name=values["what"])
        add_record(
            session=session,
            model=Signal,
            trajectory_id=trajectory_id,
            now=utc_now(),
            values={
                "day": day,
                "time": clock,
                "ladder_item_id": None if item is None else item.id,
                "private": private,
                **values,
            },
        )
        on_ladder = None if item is None else (item.colour, item.action)
    when = forms.moment_label(day, clock, today=rt.today())
    console.say(t("signal.saved", what=values["what"], when=when))
    if on_ladder is not None:
        console.say(t("signal.on_ladder", colour=t(f"ladder.colour.{on_ladder[0]}")))
    if values["limit"] in ("near", "crossed"):
        if on_ladder is not None and on_ladder[1]:
            console.say(t("signal.agreed_action", action=on_ladder[1]))
        else:
            console.say(t(f"signal.gentle.{values['limit']}"))


# --- ladder -----------------------------------------------------------------------------------


def ladder_questions() -> list[Question]:
    from herstel.cli.forms import Question
    from herstel.core import entries as core

    return [
        Question(
            "signal", t("meta.what"), "ladder.ask.what",
            lambda v: core.check_name(v, field=t("meta.what")), required=True,
        ),
        Question(
            "colour", "--colour", "ladder.ask.colour",
            lambda v: core.COLOUR.check(v, name="--colour"),
            required=True, choice=core.COLOUR, label="ladder.colour_choice.",
        ),
        Question(
            "action", "--action", "ladder.ask.action",
            lambda v: core.check_text(v, field="--action"),
        ),
    ]  # fmt: skip


def add_to_ladder(typed: dict[str, str | None], *, private: bool | None) -> None:
    """A new signal on the ladder; for one already there, its colour and action are updated."""
    from herstel.cli import forms
    from herstel.store.models import utc_now
    from herstel.store.queries import add_record
    from herstel.store.signal_models import LadderItem
    from herstel.store.timeline import ladder_item_for, link_signals

    values, keep_private = forms.fill(ladder_questions(), typed, private=private)
    now = utc_now()
    with runtime().store().writing() as session:
        trajectory_id = forms.trajectory_id(session)
        item = ladder_item_for(session=session, trajectory_id=trajectory_id, name=values["signal"])
        if item is None:
            item = add_record(
                session=session, model=LadderItem, trajectory_id=trajectory_id, now=now,
                values={**values, "private": keep_private},
            )  # fmt: skip
            linked = link_signals(session=session, item=item)
            message = t("ladder.added", what=item.signal, colour=t(f"ladder.colour.{item.colour}"))
        else:
            changed = _update_item(item, values, typed, private)
            if changed:
                item.updated_at = now
            linked = 0
            message = t(
                "ladder.updated" if changed else "ladder.unchanged",
                what=item.signal,
                colour=t(f"ladder.colour.{item.colour}"),
            )
    console.say(message)
    if linked:
        console.say(t("ladder.linked", count=linked))


def _update_item(
    item: LadderItem, values: dict[str, Any], typed: dict[str, str | None], private: bool | None
) -> bool:
    """Take the colour, and the action and privacy where given; True when anything changed."""
    updates: dict[str, Any] = {"colour": values["colour"]}
    if values["action"] is not None or typed["action"] is not None:
        updates["action"] = values["action"]
    if private is not None:
        updates["private"] = private
    changed = False
    for name, value in updates.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
            changed = True
    return changed


def ladder_json(item: LadderItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "signal": item.signal,
        "colour": item.colour,
        "action": item.action,
        "private": item.private,
        "created_at": item.created_at.isoformat(),
        "updated_at": item.updated_at.isoformat(),
    }


def show_ladder(*, as_json: bool) -> None:
    from herstel.cli.first_run import require_trajectory
    from herstel.store.timeline import ladder

    trajectory = require_trajectory()
    with runtime().store().reading() as session:
        items = ladder(session=session, trajectory_id=trajectory.id)
    if as_json:
        console.emit_json([ladder_json(item) for item in items])
        return
    if not items:
        console.say(t("ladder.empty"))
        return
    order = {colour: rank for rank, colour in enumerate(("green", "orange", "red"))}
    items.sort(key=lambda item: order[item.colour])
    console.show_table(
        [t("ladder.column.colour"), t("ladder.column.signal"), t("ladder.column.action")],
        [
            [
                t(f"ladder.colour.{item.colour}"),
                item.signal + (f" {t('log.private')}" if item.private else ""),
                " ".join((item.action or "-").split()),
            ]
            for item in items
        ],
        styles=[COLOUR_STYLES[item.colour] for item in items],
    )


def remove_from_ladder(what: str) -> None:
    from herstel.cli import forms
    from herstel.core.entries import check_name, find_named
    from herstel.store.models import utc_now
    from herstel.store.timeline import ladder

    name = check_name(what, field=t("meta.what"))
    forms.need_store()
    with runtime().store().writing() as session:
        items = ladder(session=session, trajectory_id=forms.trajectory_id(session))
        found = find_named(name, [(item.signal, item) for item in items], prefix=False)
        if not found:
            raise HerstelError(
                "ladder.no_match",
                what=name,
                candidates=", ".join(item.signal for item in items) or t("ladder.nothing_yet"),
            )
        item = found[0]
        item.removed_at = item.updated_at = utc_now()
    console.say(t("ladder.removed", what=item.signal))
