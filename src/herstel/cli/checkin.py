"""`herstel checkin`: the daily check-in."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.core.checkin import Change, CheckinFields
    from herstel.store.models import Trajectory


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    @app.command("checkin", help=t("help.checkin"), **command_options())
    def checkin_command(
        day: str | None = typer.Option(
            None, "--date", metavar=t("meta.date"), help=t("help.checkin.date")
        ),
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
        note: str | None = typer.Option(
            None, "--note", metavar=t("meta.text"), help=t("help.note")
        ),
        private: bool | None = typer.Option(
            None, "--private/--not-private", help=t("help.private"), show_default=False
        ),
        edit: bool = typer.Option(False, "--edit", help=t("help.checkin.edit")),
    ) -> None:
        flags = CheckinFlags(
            day=day,
            energy=energy,
            sleep_hours=sleep_hours,
            sleep_quality=sleep_quality,
            food=food,
            movement=movement,
            relaxation=relaxation,
            structure=structure,
            givers=giver or None,
            drainers=drainer or None,
            note=note,
            private=private,
            edit=edit,
        )
        checkin(flags)


# --- checkin ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinFlags:
    """The check-in's flags as typed; None where a flag was left out."""

    day: str | None = None
    energy: str | None = None
    sleep_hours: str | None = None
    sleep_quality: str | None = None
    food: str | None = None
    movement: str | None = None
    relaxation: str | None = None
    structure: str | None = None
    givers: list[str] | None = None
    drainers: list[str] | None = None
    note: str | None = None
    private: bool | None = None
    edit: bool = False  # the note in the person's editor


def parse_flags(flags: CheckinFlags, *, today: date) -> tuple[date, CheckinFields]:
    """Check every flag; returns the day and the values given."""
    from herstel.core import checkin as core
    from herstel.core.dates import parse_moment
    from herstel.core.text import if_given as given

    # A time may follow the day ("gisteren 14:30"); a check-in is about the whole day.
    day = today if flags.day is None else parse_moment(flags.day, today=today, lang=language()).day
    if day > today:
        raise UsageError("checkin.future", value=flags.day or "")

    values = core.CheckinFields(
        energy=given(flags.energy, core.check_energy),
        sleep_hours=given(flags.sleep_hours, core.check_sleep_hours),
        sleep_quality=given(
            flags.sleep_quality, lambda v: core.check_scale(v, name="--sleep-quality")
        ),
        food=given(flags.food, lambda v: core.check_scale(v, name="--food")),
        movement=given(flags.movement, lambda v: core.check_minutes(v, name="--movement")),
        relaxation=given(flags.relaxation, lambda v: core.check_minutes(v, name="--relaxation")),
        structure=given(flags.structure, lambda v: core.check_scale(v, name="--structure")),
        givers=given(flags.givers, lambda v: core.check_names(v, name="--giver")),
        drainers=given(flags.drainers, lambda v: core.check_names(v, name="--drainer")),
        note=given(flags.note, core.check_note),
        private=flags.private,
    )
    return day, values


@dataclass
class FormContext:
    """What the questions after the first need from the store: loaded while the first is read."""

    trajectory: Trajectory | None = None
    existing: CheckinFields | None = None
    latest: CheckinFields | None = None
    givers: list[str] = field(default_factory=list)
    drainers: list[str] = field(default_factory=list)


class Preloader:
    """Loads the database stack and the form's defaults in a thread, started once the first
    question is on screen: the person reads and answers while SQLAlchemy imports."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.context = FormContext()
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="herstel-preload")
            self._thread.start()

    def _load(self) -> None:
        try:
            self.context = load_form_context(self.day)
        except BaseException as problem:  # handed to the main thread in result()
            self.error = problem

    def result(self) -> FormContext:
        self.start()
        assert self._thread is not None  # noqa: S101 - start() sets it
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.context


def load_form_context(day: date) -> FormContext:
    from herstel.cli.first_run import find_trajectory
    from herstel.store import queries

    trajectory = find_trajectory()
    if trajectory is None:
        return FormContext()
    with runtime().store().reading() as session:
        existing = queries.checkin_on(session=session, trajectory_id=trajectory.id, day=day)
        latest = existing or queries.latest_checkin(session=session, trajectory_id=trajectory.id)
        givers, drainers = queries.named_before(session=session, trajectory_id=trajectory.id)
    return FormContext(
        trajectory=trajectory,
        existing=queries.checkin_fields(existing) if existing else None,
        latest=queries.checkin_fields(latest) if latest else None,
        givers=givers,
        drainers=drainers,
    )


def checkin(flags: CheckinFlags) -> None:
    from herstel.ui import prompts

    rt = runtime()
    day, values = parse_flags(flags, today=rt.today())
    if flags.edit:
        from dataclasses import replace

        from herstel.cli.forms import edit_texts
        from herstel.core.checkin import check_note

        start = values.note if values.note is not None else _stored_note(day)
        texts = edit_texts([("note", "checkin.ask.note", start)])
        if texts is None:
            console.say(t("editor.unchanged"))
            return
        values = replace(values, note=check_note(texts["note"] or ""))
    trajectory_id = None  # off a terminal: found in the same transaction that saves
    if prompts.interactive():
        trajectory, values = ask_checkin(day, values)
        trajectory_id = trajectory.id
    elif not values.given():
        raise UsageError("checkin.energy_missing")
    elif not rt.store_exists():
        raise HerstelError("trajectory.none")
    save_and_show(trajectory_id, day, values, flags.sleep_hours)


def _stored_note(day: date) -> str | None:
    """The note of the day's check-in, if there is one: what the editor starts from."""
    from herstel.store import queries

    rt = runtime()
    if not rt.store_exists():
        return None
    with rt.store().reading() as session:
        trajectory = queries.active_trajectory(session=session)
        if trajectory is None:
            return None
        stored = queries.checkin_on(session=session, trajectory_id=trajectory.id, day=day)
        return None if stored is None else stored.note


def ask_checkin(day: date, given: CheckinFields) -> tuple[Trajectory, CheckinFields]:
    """The form: every field no flag gave, the first without a default, the rest defaulting
    to the day's check-in (when updating) or the most recent one."""
    from dataclasses import replace

    from herstel.cli.first_run import require_trajectory
    from herstel.store.db import has_trajectory

    rt = runtime()
    if not has_trajectory(rt.store_path):
        require_trajectory()  # the setup questions first
    preload = Preloader(day)
    console.say(t("checkin.form_hint", day=day_label(day, rt.today())))
    energy = given.energy
    if energy is None:
        energy = _ask_energy(day, on_screen=preload.start)
    context = preload.result()
    if context.trajectory is None:  # pragma: no cover - checked above, in this process
        raise HerstelError("trajectory.none")
    values = replace(given, energy=energy)
    return context.trajectory, ask_rest(values, context)


def _ask_energy(day: date, *, on_screen: Any) -> int:
    from herstel.core.checkin import check_energy
    from herstel.ui import prompts

    def check(value: str) -> int:
        return check_energy(value, name=t("checkin.field.energy"))

    key = "checkin.ask.energy" if day == runtime().today() else "checkin.ask.energy_day"
    answer = prompts.ask_text(t(key), check=check, required=True, on_screen=on_screen)
    return check(answer)


def ask_rest(values: CheckinFields, context: FormContext) -> CheckinFields:
    """Ask each remaining field; Enter keeps the suggestion, "-" leaves it empty."""
    from dataclasses import replace

    from herstel.core import checkin as core
    from herstel.ui.prompts import ask_choice, ask_text

    base = context.existing or context.latest or core.CheckinFields()

    def number(name: str, key: str, check: Any) -> Any:
        if getattr(values, name) is not None:
            return getattr(values, name)
        suggestion = getattr(base, name)
        answer = ask_text(t(key), default=_shown_number(suggestion), check=check)
        return check(answer) if answer.strip() else None

    answers: dict[str, Any] = {"sleep_hours": values.sleep_hours}
    if values.sleep_hours is None:
        answers["sleep_hours"] = _ask_sleep(base.sleep_hours)
    answers |= {
        "sleep_quality": number(
            "sleep_quality",
            "checkin.ask.sleep_quality",
            lambda v: core.check_scale(v, name=t("checkin.field.sleep_quality")),
        ),
        "food": number(
            "food", "checkin.ask.food", lambda v: core.check_scale(v, name=t("checkin.field.food"))
        ),
        "movement": number(
            "movement",
            "checkin.ask.movement",
            lambda v: core.check_minutes(v, name=t("checkin.field.movement")),
        ),
        "relaxation": number(
            "relaxation",
            "checkin.ask.relaxation",
            lambda v: core.check_minutes(v, name=t("checkin.field.relaxation")),
        ),
        "structure": number(
            "structure",
            "checkin.ask.structure",
            lambda v: core.check_scale(v, name=t("checkin.field.structure")),
        ),
    }
    for name, known in (("givers", context.givers), ("drainers", context.drainers)):
        if getattr(values, name) is None:
            answers[name] = _ask_names(name, known, context.existing)
    note = values.note
    if note is None:
        suggestion = context.existing.note if context.existing and context.existing.note else ""
        answer = ask_text(t("checkin.ask.note"), default=suggestion, check=core.check_note)
        note = core.check_note(answer)
        answers["note"] = note
    if values.private is None and note:
        was_private = bool(context.existing and context.existing.private)
        answers["private"] = ask_choice(
            t("checkin.ask.private"),
            [(False, t("checkin.private.no")), (True, t("checkin.private.yes"))],
            default=was_private,
        )
    # A question left empty on an update empties that field: the person cleared it on purpose.
    cleared = frozenset(name for name, answer in answers.items() if answer is None)
    return replace(values, **answers, cleared=cleared)


def _ask_sleep(suggestion: float | None) -> float | None:
    """The sleep question; says so right away when the answer is rounded to the quarter."""
    from herstel.core.checkin import check_sleep_hours
    from herstel.ui.prompts import ask_text

    name = t("checkin.field.sleep_hours")
    answer = ask_text(
        t("checkin.ask.sleep_hours"),
        default=_shown_number(suggestion),
        check=lambda text: check_sleep_hours(text, name=name),
    )
    if not answer.strip():
        return None
    hours = check_sleep_hours(answer, name=name)
    _say_rounded(answer, hours)
    return hours


def _say_rounded(typed: str, hours: float) -> None:
    """Say so when the sleep hours as typed were rounded to the quarter hour."""
    from herstel.core.dates import parse_number

    number = parse_number(typed, name="")
    if number != hours:
        console.say(
            t("checkin.sleep_rounded", typed=_shown_number(number), hours=_shown_number(hours))
        )


def _ask_names(
    name: str, known: list[str], existing: CheckinFields | None
) -> tuple[str, ...] | None:
    """Givers or drainers, comma-separated; the ones named before are offered as completions."""
    from herstel.core.checkin import check_names
    from herstel.ui.prompts import ask_text

    def check(value: str) -> tuple[str, ...]:
        return check_names([value], name=t(f"checkin.field.{name}"))

    suggestion = ", ".join(existing.given().get(name, ())) if existing else ""
    answer = ask_text(t(f"checkin.ask.{name}"), default=suggestion, check=check, known=known)
    return check(answer) or None


def _shown_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if language() == "nl" else text


def save_and_show(
    trajectory_id: str | None, day: date, values: CheckinFields, sleep_typed: str | None
) -> None:
    """Save in one transaction (which also reads the sparkline's days), then say so."""
    from herstel.core.checkin import SPARK_DAYS, last_days, sparkline
    from herstel.store import queries
    from herstel.store.models import utc_now

    rt = runtime()
    with rt.store().writing() as session:
        if trajectory_id is None:
            trajectory = queries.active_trajectory(session=session)
            if trajectory is None:
                raise HerstelError("trajectory.none")
            trajectory_id = trajectory.id
        existing = queries.checkin_on(session=session, trajectory_id=trajectory_id, day=day)
        if existing is None and values.energy is None:
            raise UsageError("checkin.energy_missing")
        _, changes = queries.save_checkin(
            session=session, trajectory_id=trajectory_id, day=day, values=values, now=utc_now()
        )
        session.flush()
        days = last_days(max(day, rt.today()))
        first = queries.first_checkin_day(session=session, trajectory_id=trajectory_id)
        # Days before the very first check-in are not missed days: they are not shown.
        days = [d for d in days if first is None or d >= first]
        levels = queries.energy_by_day(session=session, trajectory_id=trajectory_id, days=days)

    label = day_label(day, rt.today())
    if sleep_typed is not None and values.sleep_hours is not None:
        _say_rounded(sleep_typed, values.sleep_hours)
    if changes is None:
        console.say(t("checkin.saved", day=label))
    elif changes:
        console.say(t("checkin.updated", day=label, changes=_describe(changes)))
    else:
        console.say(t("checkin.unchanged", day=label))
    spark = sparkline(levels, ascii_only=not console.rich_enabled())
    if len(days) == SPARK_DAYS:
        console.say(t("checkin.sparkline", spark=spark))
    elif len(days) > 1:  # a single day is no line yet
        console.say(t("checkin.sparkline_since", spark=spark, day=day_label(days[0], rt.today())))


def _describe(changes: list[Change]) -> str:
    parts = []
    for change in changes:
        name = t(f"checkin.field.{change.field}")
        if change.field == "note":
            parts.append(t("checkin.change.note", field=name))
        elif change.old is None:
            parts.append(f"{name} {_value(change.new)}")
        else:
            parts.append(f"{name} {_value(change.old)} -> {_value(change.new)}")
    return "; ".join(parts)


def _value(value: Any) -> str:
    if value is None or value == ():
        return "-"
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, tuple):
        return ", ".join(value)
    return _shown_number(value)


def day_label(day: date, today: date) -> str:
    from herstel.i18n import format_day

    if day == today:
        return t("day.today")
    return format_day(day)
