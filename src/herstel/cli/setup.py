"""Setting up: `init`, `config`, `where`, and the overview shown by `herstel` alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import LANGUAGES, language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.core.trajectory import TrajectoryPlan
    from herstel.store.models import Trajectory

SETTABLE = ("name", "coach", "language", "focus", "phase2-weeks", "coach-key")


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

    @app.command("init", help=t("help.init"), **command_options())
    def init_command(
        name: str | None = typer.Option(
            None, "--name", metavar=t("meta.text"), help=t("help.init.name")
        ),
        coach: str | None = typer.Option(
            None, "--coach", metavar=t("meta.text"), help=t("help.init.coach")
        ),
        first_session: str | None = typer.Option(
            None, "--first-session", metavar=t("meta.date"), help=t("help.init.first_session")
        ),
        time: str | None = typer.Option(
            None, "--time", metavar=t("meta.time"), help=t("help.init.time")
        ),
        phase1_sessions: str | None = typer.Option(
            None, "--phase1-sessions", metavar="4-6", help=t("help.init.phase1")
        ),
        phase2_weeks: str | None = typer.Option(
            None, "--phase2-weeks", metavar="3|4", help=t("help.init.phase2")
        ),
        language_: str | None = typer.Option(
            None, "--language", metavar="nl|en", help=t("help.init.language")
        ),
        focus: str | None = typer.Option(
            None, "--focus", metavar="meaning|self-relation|unknown", help=t("help.init.focus")
        ),
    ) -> None:
        flags = InitFlags(
            name=name,
            coach=coach,
            first_session=first_session,
            time=time,
            phase1_sessions=phase1_sessions,
            phase2_weeks=phase2_weeks,
            language=language_,
            focus=focus,
        )
        trajectory = start_trajectory(flags)
        show_started(trajectory)

    config_app = new_app(help=t("help.config"), invoke_without_command=True)

    @config_app.callback()
    def config_show(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        if ctx.invoked_subcommand is None:
            show_config(as_json=as_json)

    @config_app.command(
        "set", help=t("help.config.set", keys=", ".join(SETTABLE)), **command_options()
    )
    def config_set(
        key: str = typer.Argument(..., metavar=t("meta.key"), help=t("help.config.key")),
        value: str = typer.Argument(..., metavar=t("meta.value"), help=t("help.config.value")),
    ) -> None:
        change_setting(key, value)

    app.add_typer(config_app, name="config")

    @app.command("where", help=t("help.where"), **command_options())
    def where_command(
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        show_where(as_json=as_json)


# --- init -------------------------------------------------------------------------------------


@dataclass
class InitFlags:
    """The values given on the command line; None where a flag was left out."""

    name: str | None = None
    coach: str | None = None
    first_session: str | None = None
    time: str | None = None
    phase1_sessions: str | None = None
    phase2_weeks: str | None = None
    language: str | None = None
    focus: str | None = None


def _check_language(value: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGUAGES:
        raise UsageError("usage.bad_language", value=value.strip())
    return lang


@dataclass
class InitChecks:
    """The checks on each init value, as typed on the command line or in a question."""

    today: date

    @staticmethod
    def name(value: str) -> str | None:
        from herstel.core.text import clean_name

        return clean_name(value, field="--name", required=True)

    @staticmethod
    def coach(value: str) -> str | None:
        from herstel.core.text import clean_name

        return clean_name(value, field="--coach", required=False)

    def first_session(self, value: str) -> date:
        from herstel.core.dates import parse_day
        from herstel.core.trajectory import check_first_session

        day = parse_day(value, today=self.today, lang=language())
        return check_first_session(day, today=self.today)

    @staticmethod
    def time(value: str) -> dt.time | None:
        from herstel.core.dates import parse_time

        return parse_time(value) if value.strip() else None

    @staticmethod
    def phase1(value: str) -> int:
        from herstel.core.dates import parse_whole
        from herstel.core.trajectory import PHASE1_RANGE

        low, high = PHASE1_RANGE
        return parse_whole(value, name="--phase1-sessions", low=low, high=high)

    @staticmethod
    def phase2(value: str) -> int:
        from herstel.core.dates import parse_whole
        from herstel.core.trajectory import check_phase2

        return check_phase2(parse_whole(value, name="--phase2-weeks", low=0, high=99))


@dataclass
class InitAnswers:
    """The values checked so far; None where nothing was given yet."""

    name: str | None
    coach: str | None
    first_session: date | None
    time: dt.time | None
    phase1: int | None
    phase2: int | None
    focus: str | None


def plan_from(flags: InitFlags, *, today: date) -> TrajectoryPlan:
    """Check every flag given, ask for what is missing (on a terminal), and return the plan.

    Off a terminal nothing is asked: a missing name or first session is a usage error.
    """
    from herstel.core import trajectory as core
    from herstel.core.text import if_given as given
    from herstel.ui import prompts

    checks = InitChecks(today)

    # Everything given is checked before anything is asked: a typo fails fast.
    lang = given(flags.language, _check_language) or language()
    answers = InitAnswers(
        name=given(flags.name, checks.name),
        coach=given(flags.coach, checks.coach),
        first_session=given(flags.first_session, checks.first_session),
        time=given(flags.time, checks.time),
        phase1=given(flags.phase1_sessions, checks.phase1),
        phase2=given(flags.phase2_weeks, checks.phase2),
        focus=given(flags.focus, core.check_focus),
    )
    if prompts.interactive():
        _ask_missing(answers, flags, checks)
    if answers.name is None or answers.first_session is None:
        missing = [
            flag
            for flag, value in (
                ("--name", answers.name),
                ("--first-session", answers.first_session),
            )
            if value is None
        ]
        raise UsageError("init.missing", flags=", ".join(missing))
    return core.TrajectoryPlan(
        client_name=answers.name,
        coach_name=answers.coach,
        first_session_on=answers.first_session,
        first_session_time=answers.time,
        phase1_sessions=answers.phase1 or core.PHASE1_DEFAULT,
        phase2_weeks=answers.phase2 or core.PHASE2_DEFAULT,
        focus=answers.focus or core.FOCUS_DEFAULT,
        language=lang,
    )


def _ask_missing(answers: InitAnswers, flags: InitFlags, checks: InitChecks) -> None:
    """Ask, in order, for each value no flag gave. Optional ones can be skipped with Enter."""
    from herstel.core import trajectory as core
    from herstel.ui.prompts import ask_choice, ask_text

    if answers.name is None:
        answers.name = checks.name(ask_text(t("init.ask.name"), check=checks.name, required=True))
    if flags.coach is None:
        answers.coach = checks.coach(ask_text(t("init.ask.coach"), check=checks.coach))
    if answers.first_session is None:
        answer = ask_text(t("init.ask.first_session"), check=checks.first_session, required=True)
        answers.first_session = checks.first_session(answer)
    if flags.time is None:
        answers.time = checks.time(ask_text(t("init.ask.time"), check=checks.time))
    if answers.phase1 is None or answers.phase2 is None:
        usual = t(
            "init.rhythm.usual",
            sessions=answers.phase1 or core.PHASE1_DEFAULT,
            weeks=answers.phase2 or core.PHASE2_DEFAULT,
        )
        choices = [(True, usual), (False, t("init.rhythm.other"))]
        if not ask_choice(t("init.ask.rhythm"), choices, default=True):
            if answers.phase1 is None:
                low, high = core.PHASE1_RANGE
                sessions = [(n, t("init.phase1.choice", sessions=n)) for n in range(low, high + 1)]
                answers.phase1 = ask_choice(
                    t("init.ask.phase1"), sessions, default=core.PHASE1_DEFAULT
                )
            if answers.phase2 is None:
                weeks = [(w, t("init.phase2.choice", weeks=w)) for w in core.PHASE2_WEEKS]
                answers.phase2 = ask_choice(
                    t("init.ask.phase2"), weeks, default=core.PHASE2_DEFAULT
                )
    if answers.focus is None:
        focuses = [(f, t(f"focus.{f}")) for f in ("unknown", "meaning", "self-relation")]
        answers.focus = ask_choice(t("init.ask.focus"), focuses, default=core.FOCUS_DEFAULT)


def start_trajectory(flags: InitFlags) -> Trajectory:
    """Create the trajectory (refused when one exists), in one transaction.

    Nothing is created on disk until every value has been checked (and asked)."""
    from herstel.store import queries
    from herstel.store.db import has_trajectory
    from herstel.store.models import utc_now
    from herstel.store.settings import read_settings, write_settings

    rt = runtime()
    if rt.store_exists() and has_trajectory(rt.store_path):
        raise HerstelError("init.exists")
    plan = plan_from(flags, today=rt.today())
    now = utc_now()
    with rt.store().writing() as session:
        if queries.active_trajectory(session=session) is not None:
            raise HerstelError("init.exists")
        trajectory = queries.add_trajectory(session=session, plan=plan, now=now)
        queries.put_setting(session=session, key="language", value=plan.language, now=now)
    write_settings(rt.home, {**read_settings(rt.home), "language": plan.language})
    rt.use_language(plan.language)
    return trajectory


def show_started(trajectory: Trajectory, *, as_message: bool = False) -> None:
    """What init says. `as_message`: on stderr, when the command's own output follows."""
    from herstel.i18n import format_day

    say = console.note if as_message else console.say
    say(t("init.done", name=trajectory.client_name))
    day = format_day(trajectory.first_session_on)
    if trajectory.first_session_time:
        day = t("plan.day_at", day=day, time=trajectory.first_session_time)
    say(t("init.first_session", day=day))
    say(t("init.next_steps"))


def find_trajectory() -> Trajectory | None:
    """The active trajectory, if the home has one (an empty home stays empty)."""
    from herstel.store import queries

    rt = runtime()
    if not rt.store_exists():
        return None
    with rt.store().reading() as session:
        return queries.active_trajectory(session=session)


def require_trajectory() -> Trajectory:
    """The active trajectory. On an empty home: the init questions on a terminal, else an error."""
    from herstel.ui import prompts

    trajectory = find_trajectory()
    if trajectory is not None:
        return trajectory
    if not prompts.interactive():
        raise HerstelError("trajectory.none")
    # On stderr: the command that needed the trajectory writes its own output next.
    console.note(t("init.welcome"))
    trajectory = start_trajectory(InitFlags())
    show_started(trajectory, as_message=True)
    console.note("")
    return trajectory


# --- overview ---------------------------------------------------------------------------------


def overview() -> None:
    """`herstel` on its own: a calm word on where things stand."""
    trajectory = find_trajectory()
    if trajectory is None:
        require_trajectory()  # the setup questions, or the line that says to run init
        return  # what init just said is all the overview there is yet
    from herstel.cli.overview import show_overview

    show_overview(trajectory)


# --- config -----------------------------------------------------------------------------------


def config_values(trajectory: Trajectory) -> dict[str, Any]:
    return {
        "name": trajectory.client_name,
        "coach": trajectory.coach_name,
        "language": language_setting(),
        "focus": trajectory.focus,
        "first_session": trajectory.first_session_on.isoformat(),
        "time": trajectory.first_session_time,
        "phase1_sessions": trajectory.phase1_sessions,
        "phase2_weeks": trajectory.phase2_weeks,
        "coach_key": coach_key(),
        "trajectory_id": trajectory.id,
    }


def language_setting() -> str:
    from herstel.store import queries

    with runtime().store().reading() as session:
        return queries.get_setting(session=session, key="language") or language()


def coach_key() -> str | None:
    """The coach's age public key, set with `config set coach-key`."""
    from herstel.store import queries

    with runtime().store().reading() as session:
        return queries.get_setting(session=session, key="coach-key")


def show_config(*, as_json: bool) -> None:
    from herstel.i18n import format_day

    trajectory = require_trajectory()
    values = config_values(trajectory)
    if as_json:
        console.emit_json(values)
        return
    none = t("config.none")
    shown = {
        "name": values["name"],
        "coach": values["coach"] or none,
        "language": t(f"language.{values['language']}"),
        "focus": t(f"focus.{values['focus']}"),
        "first-session": format_day(trajectory.first_session_on),
        "time": values["time"] or none,
        "phase1-sessions": str(values["phase1_sessions"]),
        "phase2-weeks": str(values["phase2_weeks"]),
        "coach-key": values["coach_key"] or none,
    }
    rows = [(t(f"config.label.{key}"), value) for key, value in shown.items()]
    console.show_pairs(t("config.title"), rows)
    console.say()
    console.say(t("config.hint", keys=", ".join(SETTABLE)))


def _settable() -> dict[str, tuple[Callable[[str], Any], str | None]]:
    """Each key `config set` takes: how its value is checked, and its trajectory column
    (None: a store-wide setting)."""
    from herstel.core.dates import parse_whole
    from herstel.core.text import clean_name
    from herstel.core.trajectory import check_focus, check_phase2

    def phase2(value: str) -> int:
        return check_phase2(parse_whole(value, name="phase2-weeks", low=0, high=99))

    return {
        "name": (lambda value: clean_name(value, field="name", required=True), "client_name"),
        "coach": (lambda value: clean_name(value, field="coach", required=False), "coach_name"),
        "language": (_check_language, None),
        "focus": (check_focus, "focus"),
        "phase2-weeks": (phase2, "phase2_weeks"),
        "coach-key": (_check_coach_key, None),
    }


CLEARED = ("", "none", "geen", "-")


def _check_coach_key(value: str) -> str | None:
    """The coach's public key; "none" (or nothing) clears it. The client's own key is refused:
    an export to it would be one the coach cannot open."""
    from herstel.exchange.crypto import IDENTITY_NAME, check_recipient, public_key_in

    if value.strip().lower() in CLEARED:
        return None
    key = check_recipient(value)
    if key == public_key_in(runtime().home / IDENTITY_NAME):
        raise UsageError("config.coach_key_own")
    return key


def change_setting(key: str, value: str) -> None:
    """`config set KEY VALUE`: check, store in one transaction, say what changed."""
    from herstel.store.models import Trajectory, utc_now
    from herstel.store.settings import read_settings, write_settings

    name = key.strip().lower()
    settable = _settable()
    if name not in settable:
        raise UsageError("config.unknown_key", key=key, keys=", ".join(SETTABLE))
    check, column = settable[name]
    new = check(value)

    trajectory = require_trajectory()
    rt = runtime()
    now = utc_now()
    relaid: list[int] = []
    with rt.store().writing() as session:
        if column is None:
            old = _put_store_setting(session, name, new, now=now)
        else:
            stored = session.get(Trajectory, trajectory.id)
            if stored is None:  # pragma: no cover - read a moment ago in this process
                raise HerstelError("trajectory.none")
            old = getattr(stored, column)
            if old != new:
                setattr(stored, column, new)
                stored.updated_at = now
                if column == "phase2_weeks":
                    relaid = _relay_phase2(session, stored, today=rt.today(), now=now)
    if name == "language":
        write_settings(rt.home, {**read_settings(rt.home), "language": new})
        rt.use_language(new)
    if old == new:
        console.say(t("config.unchanged", key=t(f"config.label.{name}")))
    else:
        label = t(f"config.label.{name}")
        console.say(t("config.changed", key=label, old=_shown(name, old), new=_shown(name, new)))
    if relaid:
        console.say(t("config.relaid", numbers=numbers_text(relaid), weeks=new))


def numbers_text(numbers: list[int]) -> str:
    """ "6, 8 and 9": session numbers as a sentence names them."""
    shown = [str(n) for n in numbers]
    if len(shown) == 1:
        return shown[0]
    return t("words.and", first=", ".join(shown[:-1]), last=shown[-1])


def _put_store_setting(session: Any, name: str, new: str | None, *, now: dt.datetime) -> Any:
    """A store-wide setting set (None: cleared); returns what it was."""
    from herstel.store import queries

    old = queries.get_setting(session=session, key=name)
    if name == "language":
        old = old or language()
    if new is None:
        queries.delete_setting(session=session, key=name)
    else:
        queries.put_setting(session=session, key=name, value=new, now=now)
    return old


def _relay_phase2(
    session: Any, trajectory: Trajectory, *, today: date, now: dt.datetime
) -> list[int]:
    """The phase-2 sessions still to come, and never moved by hand, follow the new rhythm.
    Returns the numbers of the sessions that moved."""
    from herstel.core.schedule import relaid
    from herstel.store.sessions import sessions

    slots = sessions(session=session, trajectory_id=trajectory.id)
    changes = relaid(
        slots,
        phase1_sessions=trajectory.phase1_sessions,
        phase2_weeks=trajectory.phase2_weeks,
        today=today,
    )
    for slot in slots:
        if slot.number in changes:
            slot.planned_on = changes[slot.number]
            slot.updated_at = now
    return sorted(changes)


def _shown(key: str, value: Any) -> str:
    if value is None:
        return t("config.none")
    if key == "language":
        return t(f"language.{value}")
    if key == "focus":
        return t(f"focus.{value}")
    return str(value)


# --- where ------------------------------------------------------------------------------------


def show_where(*, as_json: bool) -> None:
    from herstel.exchange.crypto import (  # names only: age itself stays unloaded
        COACH_IDENTITY_NAME,
        IDENTITY_NAME,
    )

    rt = runtime()
    paths = {
        "home": str(rt.home),
        "store": str(rt.store_path),
        "coach_store": str(rt.coach_store_path),
        "settings": str(rt.settings_path),
        "backups": str(rt.backups_path),
        "client_identity": str(rt.home / IDENTITY_NAME),
        "coach_identity": str(rt.home / COACH_IDENTITY_NAME),
    }
    if as_json:
        console.emit_json(paths)
        return
    console.show_pairs(None, [(t(f"where.{key}"), path) for key, path in paths.items()])
