"""`herstel work`: the back-to-work ramp agreed with the company doctor, week by week against the
hours done, its steps, its end, and the company doctor's summary (docs/work.md)."""

from __future__ import annotations

import typer

from herstel.application import work as application
from herstel.cli.app import command_options, new_app
from herstel.cli.files import starts_with, write_user_file
from herstel.cli.forms import ensure_trajectory, need_store
from herstel.cli.runtime import runtime
from herstel.cli.step_options import REQUIRED, parsed, step_edit_options, step_options
from herstel.cli.step_options import parse_given_day as _day
from herstel.errors import UsageError
from herstel.i18n import format_day, t
from herstel.ui import console
from herstel.ui import work as ui

CLEARED = ("", "none", "geen", "-")


def register(app: typer.Typer) -> None:
    work_app = new_app(help=t("help.work"), invoke_without_command=True)

    @work_app.callback()
    def work_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_work(as_json=as_json)

    step_app = new_app(help=t("help.work.step"), no_args_is_help=True)

    @step_app.command("add", help=t("help.work.step.add"), **command_options())
    @step_options
    def step_add(**typed: str | None) -> None:
        add_step(typed)

    @step_app.command("edit", help=t("help.work.step.edit"), **command_options())
    @step_edit_options
    def step_edit(
        which: str = typer.Argument(..., metavar=t("meta.step"), help=t("help.work.which")),
        **typed: str | None,
    ) -> None:
        edit_step(which, typed)

    @step_app.command("delete", help=t("help.work.step.delete"), **command_options())
    def step_delete(
        which: str = typer.Argument(..., metavar=t("meta.step"), help=t("help.work.which")),
    ) -> None:
        delete_step(which)

    work_app.add_typer(step_app, name="step")

    @work_app.command("done", help=t("help.work.done"), **command_options())
    def work_done(
        on: str | None = typer.Option(
            None, "--date", metavar=t("meta.date"), help=t("help.work.done_date")
        ),
        undo: bool = typer.Option(False, "--undo", help=t("help.work.undo")),
    ) -> None:
        if undo and on is not None:
            raise UsageError("usage.either", first="--date", second="--undo")
        mark_done(on, undo=undo)

    @work_app.command("summary", help=t("help.work.summary"), **command_options())
    def work_summary(
        markdown: str | None = typer.Option(
            None, "--markdown", metavar=t("meta.file"), help=t("help.work.markdown")
        ),
        html: str | None = typer.Option(
            None, "--html", metavar=t("meta.file"), help=t("help.work.html")
        ),
    ) -> None:
        write_summary(markdown=markdown, html=html)

    app.add_typer(work_app, name="work")


# --- the commands -----------------------------------------------------------------------------


def add_step(typed: dict[str, str | None]) -> None:
    values = parsed(typed)
    for name, flag in REQUIRED:
        if name not in values:
            raise UsageError("form.missing", flag=flag)
    values["weekdays"] = values.get("weekdays") or ()
    need_store()
    saved = application.add_step(
        store=runtime().store(),
        step=application.NewStep(**{k: v for k, v in values.items() if v is not None}),
        now=runtime().utc_now(),
    )
    console.say(t("work.step_added", line=ui.step_line(saved)))
    console.say(t("work.step_added_hint"))


def edit_step(which: str, typed: dict[str, str | None]) -> None:
    values = parsed(typed)
    if not values:
        raise UsageError("work.edit_nothing")
    for name, flag in REQUIRED:
        if name in values and values[name] is None:
            raise UsageError("form.missing", flag=flag)
    need_store()
    saved = application.edit_step(
        store=runtime().store(), ident=which, changes=values, now=runtime().utc_now()
    )
    key = "work.step_changed" if saved.changed else "work.step_unchanged"
    console.say(t(key, line=ui.step_line(saved)))


def delete_step(which: str) -> None:
    need_store()
    saved = application.delete_step(store=runtime().store(), ident=which, now=runtime().utc_now())
    console.say(t("work.step_deleted", line=ui.step_line(saved)))


def mark_done(on: str | None, *, undo: bool) -> None:
    rt = runtime()
    day = None if undo else rt.today() if on is None else _day(on)
    need_store()
    old, new = application.mark_done(store=rt.store(), day=day, now=rt.utc_now())
    if new is None:
        console.say(t("work.undone") if old is not None else t("work.not_done"))
    else:
        console.say(t("work.marked_done", day=format_day(new)))


def show_work(*, as_json: bool) -> None:
    ensure_trajectory()
    rt = runtime()
    found = application.work_overview(store=rt.store(), today=rt.today())
    if as_json:
        console.emit_json(ui.work_json(found))
        return
    ui.show_work(found)


def write_summary(*, markdown: str | None, html: str | None) -> None:
    if markdown is None and html is None:
        raise UsageError("work.summary_where")
    need_store()
    rt = runtime()
    found = application.work_overview(store=rt.store(), today=rt.today())
    ours = starts_with(ui.SUMMARY_MARK.encode())
    for target, render in ((markdown, ui.summary_markdown), (html, ui.summary_html)):
        if target is None:
            continue
        data = render(found, today=rt.today()).encode()
        if target == "-":
            console.write_bytes(data)
            continue
        path, _ = write_user_file(target, data, ours=ours)
        console.say(t("work.summary_done", path=str(path)))
