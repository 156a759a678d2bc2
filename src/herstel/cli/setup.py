"""Setting up: `init`, `config`, `where`, and the overview shown by `herstel` alone."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import LANGUAGES, language, set_language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.core.trajectory import TrajectoryPlan
    from herstel.store.models import Trajectory

SETTABLE = ("name", "coach", "language", "focus", "phase2-weeks")


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options, new_app

    @app.command("init", help=t("help.init"), **command_options())
    def init_command(
        name: str | None = typer.Option(None, "--name", metavar=t("meta.text"), help=t("help.init.name")),
        coach: str | None = typer.Option(None, "--coach", metavar=t("meta.text"), help=t("help.init.coach")),
        first_session: str | None = typer.Option(
            None, "--first-session", metavar=t("meta.date"), help=t("help.init.first_session")
        ),
        time: str | None = typer.Option(None, "--time", metavar=t("meta.time"), help=t("help.init.time")),
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

    @config_app.command("set", help=t("help.config.set", keys=", ".join(SETTABLE)), **command_options())
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


class InitFlags:
    """The values given on the command line; None where a flag was left out."""

    def __init__(self, **values: str | None) -> None:
        self.name = values.get("name")
        self.coach = values.get("coach")
        self.first_session = values.get("first_session")
        self.time = values.get("time")
        self.phase1_sessions = values.get("phase1_sessions")
        self.phase2_weeks = values.get("phase2_weeks")
        self.language = values.get("language")
        self.focus = values.get("focus")


def _check_language(value: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGUAGES:
        raise UsageError("usage.bad_language", value=value.strip())
    return lang


def plan_from(flags: InitFlags, *, today: date) -> TrajectoryPlan:
    """Check every flag given, ask for what is missing (on a terminal), and return the plan.

    Off a terminal nothing is asked: a missing name or first session is a usage error.
    """
    from herstel.core import trajectory as core
    from herstel.core.dates import parse_day, parse_time, parse_whole
    from herstel.core.text import clean_name
    from herstel.ui import prompts

    lang = _check_language(flags.language) if flags.language else language()

    def check_name(value: str) -> str | None:
        return clean_name(value, field="--name", required=True)

    def check_coach(value: str) -> str | None:
        return clean_name(value, field="--coach", required=False)

    def check_first(value: str) -> date:
        return core.check_first_session(parse_day(value, today=today, lang=language()), today=today)

    def check_phase1(value: str) -> int:
        low, high = core.PHASE1_RANGE
        return parse_whole(value, name="--phase1-sessions", low=low, high=high)

    def check_phase2(value: str) -> int:
        return core.check_phase2(parse_whole(value, name="--phase2-weeks", low=0, high=99))

    # Everything given is checked before anything is asked: a typo fails fast.
    name = check_name(flags.name) if flags.name is not None else None
    coach = check_coach(flags.coach) if flags.coach is not None else None
    first = check_first(flags.first_session) if flags.first_session is not None else None
    at = parse_time(flags.time) if flags.time else None
    phase1 = check_phase1(flags.phase1_sessions) if flags.phase1_sessions is not None else None
    phase2 = check_phase2(flags.phase2_weeks) if flags.phase2_weeks is not None else None
    focus = core.check_focus(flags.focus) if flags.focus is not None else None

    if not prompts.interactive():
        missing = [flag for flag, value in (("--name", name), ("--first-session", first)) if not value]
        if missing:
            raise UsageError("init.missing", flags=", ".join(missing))
    else:
        if name is None:
            name = check_name(prompts.ask_text(t("init.ask.name"), check=check_name, required=True))
        if flags.coach is None:
            coach = check_coach(prompts.ask_text(t("init.ask.coach"), check=check_coach))
        if first is None:
            first = check_first(
                prompts.ask_text(t("init.ask.first_session"), check=check_first, required=True)
            )
        if flags.time is None and flags.first_session is None:
            answer = prompts.ask_text(t("init.ask.time"), check=parse_time)
            at = parse_time(answer) if answer.strip() else None
        if phase1 is None or phase2 is None:
            usual = prompts.ask_choice(
                t("init.ask.rhythm"),
                [
                    (True, t("init.rhythm.usual", sessions=phase1 or core.PHASE1_DEFAULT,
                             weeks=phase2 or core.PHASE2_DEFAULT)),
                    (False, t("init.rhythm.other")),
                ],
                default=True,
            )
            if not usual:
                if phase1 is None:
                    phase1 = prompts.ask_choice(
                        t("init.ask.phase1"),
                        [(n, t("init.phase1.choice", sessions=n)) for n in range(4, 7)],
                        default=core.PHASE1_DEFAULT,
                    )
                if phase2 is None:
                    phase2 = prompts.ask_choice(
                        t("init.ask.phase2"),
                        [(w, t("init.phase2.choice", weeks=w)) for w in core.PHASE2_WEEKS],
                        default=core.PHASE2_DEFAULT,
                    )
        if focus is None:
            focus = prompts.ask_choice(
                t("init.ask.focus"),
                [(f, t(f"focus.{f}")) for f in ("unknown", "meaning", "self-relation")],
                default=core.FOCUS_DEFAULT,
            )
    if name is None or first is None:  # pragma: no cover - both required above
        raise UsageError("init.missing", flags="--name, --first-session")
    return core.TrajectoryPlan(
        client_name=name,
        coach_name=coach,
        first_session_on=first,
        first_session_time=at,
        phase1_sessions=phase1 or core.PHASE1_DEFAULT,
        phase2_weeks=phase2 or core.PHASE2_DEFAULT,
        focus=focus or core.FOCUS_DEFAULT,
        language=lang,
    )


def start_trajectory(flags: InitFlags) -> Trajectory:
    """Create the trajectory (refused when one exists), in one transaction."""
    from herstel.store import queries
    from herstel.store.models import utc_now
    from herstel.store.settings import read_settings, write_settings

    rt = runtime()
    store = rt.store()
    with store.reading() as session:
        if queries.active_trajectory(session=session) is not None:
            raise HerstelError("init.exists")
    plan = plan_from(flags, today=rt.today())
    now = utc_now()
    with store.writing() as session:
        if queries.active_trajectory(session=session) is not None:
            raise HerstelError("init.exists")
        trajectory = queries.add_trajectory(session=session, plan=plan, now=now)
        queries.put_setting(session=session, key="language", value=plan.language, now=now)
    write_settings(rt.home, {**read_settings(rt.home), "language": plan.language})
    set_language(plan.language)
    return trajectory


def show_started(trajectory: Trajectory) -> None:
    from herstel.i18n import format_day

    console.say(t("init.done", name=trajectory.client_name))
    console.say(t("init.first_session", day=format_day(trajectory.first_session_on)))
    console.say(t("init.next_steps"))


def require_trajectory() -> Trajectory:
    """The active trajectory. On an empty home: the init questions on a terminal, else an error."""
    from herstel.store import queries
    from herstel.ui import prompts

    store = runtime().store()
    with store.reading() as session:
        trajectory = queries.active_trajectory(session=session)
    if trajectory is not None:
        return trajectory
    if not prompts.interactive():
        raise HerstelError("trajectory.none")
    console.say(t("init.welcome"))
    trajectory = start_trajectory(InitFlags())
    show_started(trajectory)
    console.say()
    return trajectory


# --- overview ---------------------------------------------------------------------------------


def overview() -> None:
    """`herstel` on its own: a calm word on where things stand."""
    from herstel.i18n import format_day

    trajectory = require_trajectory()
    console.say(t("overview.hello", name=trajectory.client_name))
    if trajectory.coach_name:
        console.say(t("overview.with_coach", coach=trajectory.coach_name))
    console.say(t("overview.first_session", day=format_day(trajectory.first_session_on)))
    console.say()
    console.say(t("overview.hint"))


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
        "trajectory_id": trajectory.id,
    }


def language_setting() -> str:
    from herstel.store import queries

    with runtime().store().reading() as session:
        return queries.get_setting(session=session, key="language") or language()


def show_config(*, as_json: bool) -> None:
    from herstel.i18n import format_day

    trajectory = require_trajectory()
    values = config_values(trajectory)
    if as_json:
        console.emit_json(values)
        return
    none = t("config.none")
    rows = [
        ("name", values["name"]),
        ("coach", values["coach"] or none),
        ("language", t(f"language.{values['language']}")),
        ("focus", t(f"focus.{values['focus']}")),
        ("first-session", format_day(trajectory.first_session_on)),
        ("time", values["time"] or none),
        ("phase1-sessions", str(values["phase1_sessions"])),
        ("phase2-weeks", str(values["phase2_weeks"])),
    ]
    console.show_pairs(t("config.title"), rows)
    console.say()
    console.say(t("config.hint", keys=", ".join(SETTABLE)))


def change_setting(key: str, value: str) -> None:
    """`config set KEY VALUE`: check, store in one transaction, say what changed."""
    from herstel.core import trajectory as core
    from herstel.core.dates import parse_whole
    from herstel.core.text import clean_name
    from herstel.store import queries
    from herstel.store.models import Trajectory, utc_now
    from herstel.store.settings import read_settings, write_settings

    name = key.strip().lower()
    if name not in SETTABLE:
        raise UsageError("config.unknown_key", key=key, keys=", ".join(SETTABLE))
    new: Any
    if name == "name":
        new = clean_name(value, field="name", required=True)
    elif name == "coach":
        new = clean_name(value, field="coach", required=False)
    elif name == "language":
        new = _check_language(value)
    elif name == "focus":
        new = core.check_focus(value)
    else:
        new = core.check_phase2(parse_whole(value, name="phase2-weeks", low=0, high=99))

    trajectory = require_trajectory()
    rt = runtime()
    now = utc_now()
    column = {"name": "client_name", "coach": "coach_name", "focus": "focus",
              "phase2-weeks": "phase2_weeks"}.get(name)
    with rt.store().writing() as session:
        if column is None:
            old = queries.get_setting(session=session, key="language") or language()
            queries.put_setting(session=session, key="language", value=new, now=now)
        else:
            stored = session.get(Trajectory, trajectory.id)
            if stored is None:  # pragma: no cover - read a moment ago in this process
                raise HerstelError("trajectory.none")
            old = getattr(stored, column)
            if old != new:
                setattr(stored, column, new)
                stored.updated_at = now
    if name == "language":
        write_settings(rt.home, {**read_settings(rt.home), "language": new})
        set_language(new)
    if old == new:
        console.say(t("config.unchanged", key=name))
    else:
        console.say(t("config.changed", key=name, old=_shown(name, old), new=_shown(name, new)))


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
    rt = runtime()
    paths = {
        "home": str(rt.home),
        "store": str(rt.store_path),
        "coach_store": str(rt.coach_store_path),
        "settings": str(rt.settings_path),
        "backups": str(rt.backups_path),
    }
    if as_json:
        console.emit_json(paths)
        return
    console.show_pairs(None, [(t(f"where.{key}"), path) for key, path in paths.items()])
