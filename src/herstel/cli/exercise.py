"""`herstel exercise`: the exercises agreed with the coach, and each time one was practised."""

from __future__ import annotations

import typer

from herstel.application import exercise as application
from herstel.cli import forms
from herstel.cli.app import command_options, new_app
from herstel.cli.runtime import runtime
from herstel.core.entries import EXERCISE_TYPE, check_name
from herstel.i18n import language, t
from herstel.ui import console, prompts
from herstel.ui import exercise as ui
from herstel.ui.exercise import exercise_questions, practice_questions


def register(app: typer.Typer) -> None:
    exercise_app = new_app(help=t("help.exercise"), invoke_without_command=True)

    @exercise_app.callback()
    def exercise_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        every: bool = typer.Option(False, "--all", help=t("help.exercise.all")),
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_exercises(as_json=as_json, every=every)

    @exercise_app.command("add", help=t("help.exercise.add"), **command_options())
    def exercise_add(
        name: str | None = typer.Argument(
            None, metavar=t("meta.name"), help=t("help.exercise.name")
        ),
        description: str | None = typer.Option(
            None, "--description", metavar=t("meta.text"), help=t("help.exercise.description")
        ),
        per_week: str | None = typer.Option(
            None, "--per-week", metavar="N", help=t("help.exercise.per_week")
        ),
        type_: str | None = typer.Option(
            None, "--type", metavar=EXERCISE_TYPE.metavar, help=t("help.exercise.type")
        ),
        session: str | None = typer.Option(
            None, "--session", metavar="1-10", help=t("help.exercise.session")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.exercise.private"), show_default=False
        ),
    ) -> None:
        typed = {
            "name": name,
            "description": description,
            "per_week": per_week,
            "type": type_,
            "session": session,
        }
        add_exercise(typed, private=private)

    @exercise_app.command("list", help=t("help.exercise.list"), **command_options())
    def exercise_list(
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
        every: bool = typer.Option(False, "--all", help=t("help.exercise.all")),
    ) -> None:
        show_exercises(as_json=as_json, every=every)

    @exercise_app.command("done", help=t("help.exercise.done"), **command_options())
    def exercise_done(
        name: str = typer.Argument(..., metavar=t("meta.name"), help=t("help.exercise.which")),
        at: str | None = typer.Option(None, "--at", metavar=t("meta.moment"), help=t("help.at")),
        minutes: str | None = typer.Option(
            None, "--minutes", metavar=t("meta.minutes"), help=t("help.exercise.minutes")
        ),
        note: str | None = typer.Option(
            None, "--note", metavar=t("meta.text"), help=t("help.exercise.note")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.entry.private"), show_default=False
        ),
    ) -> None:
        log_practice(name, {"minutes": minutes, "note": note}, at=at, private=private)

    @exercise_app.command("stop", help=t("help.exercise.stop"), **command_options())
    def exercise_stop(
        name: str = typer.Argument(..., metavar=t("meta.name"), help=t("help.exercise.which")),
    ) -> None:
        stop_exercise(name)

    app.add_typer(exercise_app, name="exercise")


def add_exercise(typed: dict[str, str | None], *, private: bool | None) -> None:
    rt = runtime()
    if typed["name"] is not None and rt.store_exists():
        # Said before any question is asked; checked again in the transaction that writes.
        name = forms.checked(exercise_questions()[:1], typed)["name"]
        application.refuse_a_second(store=rt.store(), name=name)
    values, private = forms.fill(exercise_questions(), typed, private=private, positional="name")
    exercise = application.NewExercise(**values, private=private)
    saved = application.add_exercise(store=rt.store(), exercise=exercise, now=runtime().utc_now())
    console.say(t("exercise.added", name=saved.name))
    console.say(t("exercise.added_hint", name=saved.name))


def log_practice(
    name: str, typed: dict[str, str | None], *, at: str | None, private: bool | None
) -> None:
    rt = runtime()
    typed_name = check_name(name, field=t("meta.name"))
    day, clock = forms.when(at, lang=language())
    forms.checked(practice_questions(), typed)  # a bad flag stops before anything is asked
    forms.need_store()
    if prompts.interactive():
        # Before any question: a name that matches nothing stops here, and the practice of a
        # private exercise is private without asking.
        exercise = application.find_exercise(store=rt.store(), name=typed_name)
        typed_name = exercise.name
        private = True if exercise.private else private
    values, private = forms.fill(
        practice_questions(), typed, private=private, private_key="form.ask.private",
        hint="practice.hint", draft="practice",
    )  # fmt: skip
    practice = application.NewPractice(day=day, time=clock, **values, private=private)
    logged = application.log_practice(
        store=rt.store(),
        today=rt.today(),
        name=typed_name,
        practice=practice,
        now=runtime().utc_now(),
    )
    forms.saved("practice")
    when = forms.moment_label(day, clock, today=rt.today())
    for line in ui.practice_lines(logged, when=when):
        console.say(line)


def stop_exercise(name: str) -> None:
    typed = check_name(name, field=t("meta.name"))
    forms.need_store()
    stopped = application.stop_exercise(
        store=runtime().store(), name=typed, now=runtime().utc_now()
    )
    console.say(t("exercise.stopped", name=stopped.name))


def show_exercises(*, as_json: bool, every: bool) -> None:
    rt = runtime()
    forms.ensure_trajectory()
    found = application.exercises(store=rt.store(), today=rt.today(), every=every)
    if as_json:
        console.emit_json(ui.exercises_json(found))
        return
    ui.show_exercises(found)
