"""Setting up: `init`, `config` and `where`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import typer

from herstel.application import settings
from herstel.application.settings import SETTABLE
from herstel.application.setup import locations
from herstel.cli.app import command_options, new_app
from herstel.cli.first_run import (
    InitFlags,
    check_language,
    require_trajectory,
    show_started,
    start_trajectory,
)
from herstel.cli.nudging import keep_nudge_state
from herstel.cli.runtime import runtime
from herstel.core.dates import parse_day, parse_whole
from herstel.core.text import clean_name
from herstel.core.trajectory import check_focus, check_phase2
from herstel.core.work import check_contract_hours
from herstel.errors import HerstelError, UsageError
from herstel.exchange.crypto import IDENTITY_NAME, public_key_in
from herstel.i18n import language, t
from herstel.ui import console
from herstel.ui import setup as ui

__all__ = ["SETTABLE", "register"]


def register(app: typer.Typer) -> None:
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
        sick_since: str | None = typer.Option(
            None, "--sick-since", metavar=t("meta.date"), help=t("help.init.sick_since")
        ),
        contract_hours: str | None = typer.Option(
            None, "--contract-hours", metavar=t("meta.hours"), help=t("help.init.contract_hours")
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
            sick_since=sick_since,
            contract_hours=contract_hours,
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
        "set",
        help=t("help.config.set", keys=", ".join(SETTABLE)),
        # A value may start with a dash: config set sick-since -3d.
        context_settings={"ignore_unknown_options": True},
        **command_options(),
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


def show_config(*, as_json: bool) -> None:
    require_trajectory()  # on an empty home: the init questions, or the error
    config = settings.read_config(store=runtime().store(), current_language=language())
    if config is None:  # pragma: no cover - started a moment ago
        raise HerstelError("trajectory.none")
    if as_json:
        console.emit_json(ui.config_json(config))
        return
    console.show_pairs(t("config.title"), ui.config_pairs(config))
    console.say()
    console.say(ui.config_hint())


def _settable() -> dict[str, Callable[[str], settings.Value]]:
    """How the value of each key `config set` takes is checked (where each lives:
    `herstel.application.settings`)."""

    def phase2(value: str) -> int:
        return check_phase2(parse_whole(value, name="phase2-weeks", low=0, high=99))

    return {
        "name": lambda value: clean_name(value, field="name", required=True),
        "coach": lambda value: clean_name(value, field="coach", required=False),
        "language": check_language,
        "focus": check_focus,
        "phase2-weeks": phase2,
        "coach-key": _check_coach_key,
        "contract-hours": _optional(check_contract_hours),
        "sick-since": _optional(_check_day),
        "company-doctor": lambda value: clean_name(value, field="company-doctor", required=False),
        "care-line": _check_on_off,
        "crisis-line": _check_crisis_line,
    }


def _check_on_off(value: str) -> str:
    word = value.strip().lower()
    if word in ("on", "aan"):
        return "on"
    if word in ("off", "uit"):
        return "off"
    raise UsageError("config.on_off", key="care-line", value=value.strip()[:20])


def _check_crisis_line(value: str) -> str | None:
    """Another country's crisis line, as it is to be shown ("116 123 (Samaritans)"); "default"
    (or nothing) goes back to the Dutch 113."""
    if value.strip().lower() in (*CLEARED, "default", "standaard"):
        return None
    return clean_name(value, field="crisis-line", required=True)


def _optional(check: Callable[[str], settings.Value]) -> Callable[[str], settings.Value]:
    """A setting that "none" (or nothing) clears."""
    return lambda value: None if value.strip().lower() in CLEARED else check(value)


def _check_day(value: str) -> date:
    """A day in any form the conventions allow (-3d, gisteren, 2027-01-04)."""
    return parse_day(value, today=runtime().today(), lang=language())


CLEARED = ("", "none", "geen", "-")


def _check_coach_key(value: str) -> str | None:
    """The coach's public key; "none" (or nothing) clears it. The client's own key is refused:
    an export to it would be one the coach cannot open."""
    from herstel.exchange.signing import pin, split_pin

    if value.strip().lower() in CLEARED:
        return None
    key, signing = split_pin(value)  # as `herstel coach key` prints it, or a bare age key
    if key == public_key_in(runtime().home / IDENTITY_NAME):
        raise UsageError("config.coach_key_own")
    return pin(key, signing)


def change_setting(key: str, value: str) -> None:
    """`config set KEY VALUE`: check, store in one transaction, say what changed."""
    name = key.strip().lower()
    settable = _settable()
    if name not in settable:
        raise UsageError("config.unknown_key", key=key, keys=", ".join(SETTABLE))
    new = settable[name](value)
    require_trajectory()  # on an empty home: the init questions, or the error
    rt = runtime()
    change = settings.change_setting(
        store=rt.store(), home=rt.home, today=rt.today(), key=name, value=new,
        current_language=language(),
        now=runtime().utc_now(),
    )  # fmt: skip
    if name == "language" and isinstance(new, str):
        rt.use_language(new)
        keep_nudge_state()  # the nudge's line in the new language
    for line in ui.change_lines(change):
        console.say(line)


# --- where ------------------------------------------------------------------------------------


def show_where(*, as_json: bool) -> None:
    found = locations(home=runtime().home)
    if as_json:
        console.emit_json(ui.where_json(found))
        return
    console.show_pairs(None, ui.where_pairs(found))
