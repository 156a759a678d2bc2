"""What `herstel exercise` asks and says: its questions, the week's practice beside what was
intended, the exercises as a table and as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from herstel.core import entries
from herstel.core.checkin import check_minutes
from herstel.i18n import t
from herstel.ui import console
from herstel.ui.forms import Question

if TYPE_CHECKING:
    from herstel.application.exercise import Exercises, PracticeLogged


class Exercise(Protocol):
    """What an exercise's JSON needs: an exercise row, or a record `show` found."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def type(self) -> str | None: ...
    @property
    def per_week(self) -> int | None: ...
    @property
    def session(self) -> int | None: ...
    @property
    def private(self) -> bool: ...
    @property
    def stopped_at(self) -> datetime | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


def exercise_questions() -> list[Question]:
    return [
        Question(
            "name", t("meta.name"), "exercise.ask.name",
            lambda v: entries.check_name(v, field=t("meta.name")), required=True,
        ),
        Question(
            "description", "--description", "exercise.ask.description",
            lambda v: entries.check_text(v, field="--description"),
        ),
        Question("per_week", "--per-week", "exercise.ask.per_week", entries.check_per_week),
        Question(
            "type", "--type", "exercise.ask.type",
            lambda v: entries.EXERCISE_TYPE.check(v, name="--type"),
            choice=entries.EXERCISE_TYPE, label="exercise.type.",
        ),
        Question("session", "--session", "exercise.ask.session", entries.check_session),
    ]  # fmt: skip


def practice_questions() -> list[Question]:
    return [
        Question(
            "minutes", "--minutes", "practice.ask.minutes",
            lambda v: check_minutes(v, name="--minutes"),
        ),
        Question(
            "note", "--note", "practice.ask.note",
            lambda v: entries.check_text(v, field="--note"), free_text=True,
        ),
    ]  # fmt: skip


def practice_lines(logged: PracticeLogged, *, when: str) -> list[str]:
    exercise = logged.exercise
    return [
        t("practice.saved", name=exercise.name, when=when),
        week_line(logged.count, exercise.per_week, this_week=logged.this_week),
    ]


def week_line(count: int, per_week: int | None, *, this_week: bool) -> str:
    """How often it was practised in the week, beside how often was intended: facts, no verdict."""
    key = "practice.week" if this_week else "practice.that_week"
    if per_week is None:
        return t(key, count=count)
    return t(f"{key}_of", count=count, per_week=per_week)


def week_cell(count: int, per_week: int | None) -> str:
    if per_week is None:
        return t("exercise.week_cell", count=count)
    return t("exercise.week_cell_of", count=count, per_week=per_week)


def exercise_json(exercise: Exercise, practised_this_week: int) -> dict[str, Any]:
    """An exercise as `exercise list --json` gives it (and `show --json`, with its kind)."""
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


def exercises_json(found: Exercises) -> list[dict[str, Any]]:
    return [exercise_json(e, found.practised_this_week.get(e.id, 0)) for e in found.items]


def show_exercises(found: Exercises) -> None:
    """The exercises as a table, or the word that there are none (or none still active)."""
    if not found.items:
        console.say(t("exercise.all_stopped") if found.any_stopped else t("exercise.empty"))
        return
    rows = []
    for exercise in found.items:
        name = exercise.name
        if exercise.private:
            name += f" {t('log.private')}"
        if exercise.stopped_at is not None:
            name += f" {t('exercise.stopped_mark')}"
        rows.append(
            [
                name,
                t(f"exercise.type.{exercise.type}") if exercise.type else "-",
                week_cell(found.practised_this_week.get(exercise.id, 0), exercise.per_week),
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
