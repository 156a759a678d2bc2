"""Setting up, as it is said: what init says, the settings, what a change says, the paths."""

from __future__ import annotations

from datetime import date
from typing import Any

from herstel.application.settings import SETTABLE, Config, SettingChange, Value
from herstel.application.setup import Locations
from herstel.exchange.crypto import fingerprint
from herstel.i18n import format_day, format_number, t
from herstel.store.rows import TrajectoryRow


def started_lines(trajectory: TrajectoryRow) -> list[str]:
    """What init says once the trajectory is there."""
    day = format_day(trajectory.first_session_on)
    if trajectory.first_session_time:
        day = t("plan.day_at", day=day, time=trajectory.first_session_time)
    return [
        t("init.done", name=trajectory.client_name),
        t("init.first_session", day=day),
        t("init.next_steps"),
    ]


def config_json(config: Config) -> dict[str, Any]:
    trajectory = config.trajectory
    return {
        "name": trajectory.client_name,
        "coach": trajectory.coach_name,
        "language": config.language,
        "focus": trajectory.focus,
        "first_session": trajectory.first_session_on.isoformat(),
        "time": trajectory.first_session_time,
        "phase1_sessions": trajectory.phase1_sessions,
        "phase2_weeks": trajectory.phase2_weeks,
        "coach_key": config.coach_key,
        "coach_signing_key": config.coach_signing_key,
        "contract_hours": trajectory.contract_hours,
        "sick_since": None if trajectory.sick_since is None else trajectory.sick_since.isoformat(),
        "company_doctor": trajectory.company_doctor,
        "care_line": config.care_line,
        "crisis_line": config.crisis_line,
        "trajectory_id": trajectory.id,
    }


def config_pairs(config: Config) -> list[tuple[str, str]]:
    """The settings as `config` lists them: label and value."""
    trajectory = config.trajectory
    none = t("config.none")
    shown = {
        "name": trajectory.client_name,
        "coach": trajectory.coach_name or none,
        "language": t(f"language.{config.language}"),
        "focus": t(f"focus.{trajectory.focus}"),
        "first-session": format_day(trajectory.first_session_on),
        "time": trajectory.first_session_time or none,
        "phase1-sessions": str(trajectory.phase1_sessions),
        "phase2-weeks": str(trajectory.phase2_weeks),
        "coach-key": (
            coach_key_text(config.coach_key, config.coach_signing_key) if config.coach_key else none
        ),
        "contract-hours": _shown("contract-hours", trajectory.contract_hours),
        "sick-since": _shown("sick-since", trajectory.sick_since),
        "company-doctor": trajectory.company_doctor or none,
        "care-line": _shown("care-line", "on" if config.care_line else "off"),
        "crisis-line": config.crisis_line,
    }
    return [(t(f"config.label.{key}"), value) for key, value in shown.items()]


def coach_key_text(key: str, signing: str | None = None) -> str:
    """The coach's key with its fingerprint beside it, as the coach's `herstel coach key`
    shows it: the two to compare; and the signing key's, when one is pinned."""
    shown = t("config.coach_key_shown", key=key, fingerprint=fingerprint(key))
    if signing is None:
        return shown
    from herstel.exchange.signing import fingerprint as signing_fingerprint

    return f"{shown}; {t('config.signing_pinned', fingerprint=signing_fingerprint(signing))}"


def config_hint() -> str:
    return t("config.hint", keys=", ".join(SETTABLE))


def change_lines(change: SettingChange) -> list[str]:
    """What `config set` says: changed from and to (or that it already was so), and the
    sessions that followed a new rhythm."""
    label = t(f"config.label.{change.key}")
    if not change.changed:
        lines = [t("config.unchanged", key=label)]
    else:
        old, new = _shown(change.key, change.old), _shown(change.key, change.new)
        lines = [t("config.changed", key=label, old=old, new=new)]
    if change.relaid:
        lines.append(t("config.relaid", numbers=numbers_text(change.relaid), weeks=change.new))
    if change.key == "coach-key" and isinstance(change.new, str):
        key, _, signing = change.new.partition("+")
        lines.append(t("config.coach_key_new", fingerprint=fingerprint(key)))
        if signing:
            from herstel.exchange.signing import fingerprint as signing_fingerprint

            lines.append(t("config.signing_new", fingerprint=signing_fingerprint(signing)))
        old_key = change.old.partition("+")[0] if isinstance(change.old, str) else None
        if change.changed and old_key is not None and old_key != key:
            lines.append(t("config.coach_key_old", fingerprint=fingerprint(old_key)))
    return lines


def numbers_text(numbers: list[int]) -> str:
    """ "6, 8 and 9": session numbers as a sentence names them."""
    shown = [str(n) for n in numbers]
    if len(shown) == 1:
        return shown[0]
    return t("words.and", first=", ".join(shown[:-1]), last=shown[-1])


def _shown(key: str, value: Value) -> str:
    if value is None:
        return t("config.none")
    if key == "language":
        return t(f"language.{value}")
    if key == "focus":
        return t(f"focus.{value}")
    if isinstance(value, date):
        return format_day(value)
    if key == "care-line":
        return t(f"config.care_line.{value}")
    if key == "contract-hours" and isinstance(value, float | int):
        return t("config.hours_week", hours=format_number(value))
    return str(value)


def where_json(found: Locations) -> dict[str, str]:
    return {
        "home": str(found.home),
        "store": str(found.store),
        "coach_store": str(found.coach_store),
        "settings": str(found.settings),
        "backups": str(found.backups),
        "client_identity": str(found.client_identity),
        "coach_identity": str(found.coach_identity),
        "coach_signing_key": str(found.coach_signing_key),
        "inbox": str(found.inbox),
    }


def where_pairs(found: Locations) -> list[tuple[str, str]]:
    return [(t(f"where.{key}"), path) for key, path in where_json(found).items()]
