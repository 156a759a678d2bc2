"""Setting up: `init`, `config` and `where`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.first_run import (
    InitFlags,
    check_language,
    require_trajectory,
    show_started,
    start_trajectory,
)
from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
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
        "language": (check_language, None),
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
