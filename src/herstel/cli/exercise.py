"""`herstel exercise`: the exercises agreed with the coach, and each time one was practised."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.core.entries import EXERCISE_TYPE
from herstel.errors import HerstelError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.cli.forms import Question
    from herstel.store.exercise_models import Exercise


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

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


def exercise_questions() -> list[Question]:
    from herstel.cli.forms import Question
    from herstel.core import entries as core

    return [
        Question(
            "name", t("meta.name"), "exercise.ask.name",
            lambda v: core.check_name(v, field=t("meta.name")), required=True,
        ),
        Question(
            "description", "--description", "exercise.ask.description",
            lambda v: core.check_text(v, field="--description"),
        ),
        Question("per_week", "--per-week", "exercise.ask.per_week", core.check_per_week),
        Question(
            "type", "--type", "exercise.ask.type",
            lambda v: core.EXERCISE_TYPE.check(v, name="--type"),
            choice=core.EXERCISE_TYPE, label="exercise.type.",
        ),
        Question("session", "--session", "exercise.ask.session", core.check_session),
    ]  # fmt: skip


def add_exercise(typed: dict[str, str | None], *, private: bool | None) -> None:
    from herstel.cli import forms
    from herstel.store.exercise_models import Exercise
    from herstel.store.models import utc_now
    from herstel.store.queries import add_record

    rt = runtime()
    if typed["name"] is not None and rt.store_exists():
        # Said before any question is asked; checked again in the transaction that writes.
        name = forms.checked(exercise_questions()[:1], typed)["name"]
        with rt.store().reading() as session:
            _refuse_a_second(session, forms.trajectory_id(session), name)
    values, private = forms.fill(exercise_questions(), typed, private=private)
    with rt.store().writing() as session:
        trajectory_id = forms.trajectory_id(session)
        _refuse_a_second(session, trajectory_id, values["name"])
        add_record(
            session=session, model=Exercise, trajectory_id=trajectory_id, now=utc_now(),
            values={**values, "private": private},
        )  # fmt: skip
    console.say(t("exercise.added", name=values["name"]))
    console.say(t("exercise.added_hint", name=values["name"]))


def _refuse_a_second(session: Session, trajectory_id: str, name: str) -> None:
    """Two active exercises never share a name (case, accents and spacing aside)."""
    from herstel.core.entries import find_named
    from herstel.store.timeline import exercises

    active = exercises(session=session, trajectory_id=trajectory_id)
    same = find_named(name, [(e.name, e) for e in active], prefix=False)
    if same:
        raise HerstelError("exercise.exists", name=same[0].name)


def find_exercise(
    session: Session, trajectory_id: str, typed: str, *, prefix: bool = True
) -> Exercise:
    """The active exercise `typed` names: its whole name or (with `prefix`) a unique start."""
    from herstel.core.entries import find_named
    from herstel.store.timeline import exercises

    active = exercises(session=session, trajectory_id=trajectory_id)
    found = find_named(typed, [(e.name, e) for e in active], prefix=prefix)
    if len(found) == 1:
        return found[0]
    every = exercises(session=session, trajectory_id=trajectory_id, stopped=True)
    stopped = find_named(typed, [(e.name, e) for e in every if e.stopped_at], prefix=False)
    if stopped and not found:
        raise HerstelError("exercise.was_stopped", name=stopped[-1].name)
    if not active:
        if every:
            raise HerstelError("exercise.none_active")
        raise HerstelError("exercise.none_yet")
    if not found:
        names = ", ".join(e.name for e in active)
        raise HerstelError("exercise.no_match", name=typed.strip(), candidates=names)
    names = ", ".join(e.name for e in found)
    raise HerstelError("exercise.ambiguous", name=typed.strip(), candidates=names)


def practice_questions() -> list[Question]:
    from herstel.cli.forms import Question
    from herstel.core.checkin import check_minutes
    from herstel.core.entries import check_text

    return [
        Question(
            "minutes", "--minutes", "practice.ask.minutes",
            lambda v: check_minutes(v, name="--minutes"),
        ),
        Question(
            "note", "--note", "practice.ask.note", lambda v: check_text(v, field="--note"),
            free_text=True,
        ),
    ]  # fmt: skip


def log_practice(
    name: str, typed: dict[str, str | None], *, at: str | None, private: bool | None
) -> None:
    from herstel.cli import forms
    from herstel.core.entries import check_name, week_of
    from herstel.store.exercise_models import Practice
    from herstel.store.models import utc_now
    from herstel.store.queries import add_record
    from herstel.store.timeline import practice_counts

    rt = runtime()
    typed_name = check_name(name, field=t("meta.name"))
    day, clock = forms.when(at, lang=language())
    forms.checked(practice_questions(), typed)  # a bad flag stops before anything is asked
    forms.need_store()
    with rt.store().reading() as session:
        exercise = find_exercise(session, forms.trajectory_id(session), typed_name)
    if exercise.private:
        private = True  # practice of a private exercise would give its name away
    values, private = forms.fill(
        practice_questions(), typed, private=private, private_key="form.ask.private",
        hint="practice.hint",
    )  # fmt: skip
    monday, sunday = week_of(day)
    with rt.store().writing() as session:
        trajectory_id = forms.trajectory_id(session)
        exercise = find_exercise(session, trajectory_id, exercise.name)
        add_record(
            session=session, model=Practice, trajectory_id=trajectory_id, now=utc_now(),
            values={
                "exercise_id": exercise.id, "day": day, "time": clock, "private": private,
                **values,
            },
        )  # fmt: skip
        counts = practice_counts(
            session=session, trajectory_id=trajectory_id, since=monday, until=sunday
        )
    when = forms.moment_label(day, clock, today=rt.today())
    console.say(t("practice.saved", name=exercise.name, when=when))
    console.say(
        _week_line(
            counts.get(exercise.id, 0), exercise.per_week, this_week=day >= week_of(rt.today())[0]
        )
    )


def _week_line(count: int, per_week: int | None, *, this_week: bool) -> str:
    """How often it was practised in the week, beside how often was intended: facts, no verdict."""
    key = "practice.week" if this_week else "practice.that_week"
    if per_week is None:
        return t(key, count=count)
    return t(f"{key}_of", count=count, per_week=per_week)


def stop_exercise(name: str) -> None:
    from herstel.cli import forms
    from herstel.core.entries import check_name
    from herstel.store.models import utc_now

    typed = check_name(name, field=t("meta.name"))
    forms.need_store()
    with runtime().store().writing() as session:
        # The whole name: stopping is not undone as easily as a practice is noted.
        exercise = find_exercise(session, forms.trajectory_id(session), typed, prefix=False)
        exercise.stopped_at = exercise.updated_at = utc_now()
        stopped = exercise.name
    console.say(t("exercise.stopped", name=stopped))


def exercise_json(exercise: Exercise, practised_this_week: int) -> dict[str, Any]:
    return {
        "id": exercise.id,
        "name": exercise.name,
        "description": exercise.description,
        "type": exercise.type,
        "per_week": exercise.per_week,
        "session": exercise.session,
        "practised_this_week": practised_this_week,
        "private": exercise.private,
        "stopped_at": None if exercise.stopped_at is None else exercise.stopped_at.isoformat(),
        "created_at": exercise.created_at.isoformat(),
        "updated_at": exercise.updated_at.isoformat(),
    }


def practised_this_week(session: Session, trajectory_id: str) -> dict[str, int]:
    """How often each exercise was practised in the current ISO week."""
    from herstel.core.entries import week_of
    from herstel.store.timeline import practice_counts

    monday, sunday = week_of(runtime().today())
    return practice_counts(session=session, trajectory_id=trajectory_id, since=monday, until=sunday)


def show_exercises(*, as_json: bool, every: bool) -> None:
    from herstel.cli.first_run import require_trajectory
    from herstel.store.timeline import exercises

    rt = runtime()
    trajectory = require_trajectory()
    with rt.store().reading() as session:
        found = exercises(session=session, trajectory_id=trajectory.id, stopped=every)
        stopped = not found and exercises(
            session=session, trajectory_id=trajectory.id, stopped=True
        )
        counts = practised_this_week(session, trajectory.id)
    if as_json:
        console.emit_json([exercise_json(e, counts.get(e.id, 0)) for e in found])
        return
    if not found:
        console.say(t("exercise.all_stopped") if stopped else t("exercise.empty"))
        return
    rows = []
    for exercise in found:
        name = exercise.name
        if exercise.private:
            name += f" {t('log.private')}"
        if exercise.stopped_at is not None:
            name += f" {t('exercise.stopped_mark')}"
        rows.append(
            [
                name,
                t(f"exercise.type.{exercise.type}") if exercise.type else "-",
                week_cell(counts.get(exercise.id, 0), exercise.per_week),
                " ".join((exercise.description or "-").split()),
            ]
        )
    console.show_table(
        [
            t("exercise.column.name"),
            t("exercise.column.type"),
            t("exercise.column.week"),
            t("exercise.column.description"),
        ],
        rows,
    )


def week_cell(count: int, per_week: int | None) -> str:
    if per_week is None:
        return t("exercise.week_cell", count=count)
    return t("exercise.week_cell_of", count=count, per_week=per_week)
