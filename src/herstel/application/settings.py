"""Settings: the one way to read and change them.

Each key `config set` takes lives in one place: the trajectory's own columns (name, coach, focus,
phase-2 rhythm) or the store's `setting` table (language, coach key). The store also remembers
which coach key the last export went to, so that the next one notices a new key. The language is
also kept in the settings file in the home, the fast copy that start-up reads before any query; it
is written here, after the store, whenever the store's language is written.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from herstel.application.care import CARE_LINE, CRISIS_LINE_KEY
from herstel.application.trajectory import trajectory_in
from herstel.core.care import CRISIS_LINE
from herstel.core.schedule import relaid
from herstel.core.work import check_sick_since
from herstel.store.db import Store
from herstel.store.plan import (
    delete_setting,
    get_setting,
    put_setting,
    save_session,
    sessions,
    update_trajectory,
)
from herstel.store.rows import TrajectoryRow, active_trajectory
from herstel.store.settings import read_settings, write_settings
from herstel.store.work import steps as work_steps

# The keys `config set` takes, in the order they are listed.
SETTABLE = (
    "name", "coach", "language", "focus", "phase2-weeks", "coach-key", "contract-hours",
    "sick-since", "company-doctor", "care-line", "crisis-line",
)  # fmt: skip
# Where each key lives: a trajectory column; the others are store-wide settings.
TRAJECTORY_KEYS = {
    "name": "client_name",
    "coach": "coach_name",
    "focus": "focus",
    "phase2-weeks": "phase2_weeks",
    "contract-hours": "contract_hours",
    "sick-since": "sick_since",
    "company-doctor": "company_doctor",
}
LANGUAGE = "language"
COACH_KEY = "coach-key"
# The coach's signing key, pinned with the coach key (`config set coach-key age1...+ed25519:...`):
# a packet from the coach is taken only when signed with it.
COACH_SIGNING_KEY = "coach-signing-key"
# The coach key the last export to the coach was encrypted to (not settable: exports write it).
EXPORTED_KEY = "coach-key-exported"

Value = str | int | float | date | None


@dataclass(frozen=True)
class Config:
    """What `herstel config` shows."""

    trajectory: TrajectoryRow
    language: str
    coach_key: str | None
    coach_signing_key: str | None = None
    care_line: bool = True  # the calm word on very hard days (`config set care-line off`)
    crisis_line: str = CRISIS_LINE


def read_config(*, store: Store | None, current_language: str) -> Config | None:
    """The settings; the language is `current_language` while none is stored. None without a
    trajectory (an empty home stays empty)."""
    if store is None:
        return None
    with store.read() as conn:
        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            return None
        return Config(
            trajectory=trajectory,
            language=get_setting(conn=conn, key=LANGUAGE) or current_language,
            coach_key=get_setting(conn=conn, key=COACH_KEY),
            coach_signing_key=get_setting(conn=conn, key=COACH_SIGNING_KEY),
            care_line=get_setting(conn=conn, key=CARE_LINE) != "off",
            crisis_line=get_setting(conn=conn, key=CRISIS_LINE_KEY) or CRISIS_LINE,
        )


def stored_language(*, store: Store) -> str | None:
    """The language stored with the journal (None: never set)."""
    with store.read() as conn:
        return get_setting(conn=conn, key=LANGUAGE)


def coach_key(*, store: Store) -> str | None:
    """The coach's age public key, set with `config set coach-key`."""
    with store.read() as conn:
        return get_setting(conn=conn, key=COACH_KEY)


@dataclass(frozen=True)
class CoachKeys:
    """The coach's key as set now, and the one the last export to the coach went to."""

    current: str | None
    exported: str | None  # None: no export to the coach yet

    @property
    def changed(self) -> bool:
        """Set to another key since the last export (the first export changes nothing)."""
        return (
            self.current is not None and self.exported is not None
            and self.current.strip() != self.exported.strip()
        )  # fmt: skip


def coach_keys(*, store: Store) -> CoachKeys:
    with store.read() as conn:
        return CoachKeys(
            current=get_setting(conn=conn, key=COACH_KEY),
            exported=get_setting(conn=conn, key=EXPORTED_KEY),
        )


def remember_exported_key(*, store: Store, key: str, now: datetime) -> None:
    """The coach key an export was encrypted to, for the next export to compare with; written
    only when it is new, so that exporting to the same key again writes nothing."""
    if coach_keys(store=store).exported == key:
        return
    with store.write() as conn:
        put_setting(conn=conn, key=EXPORTED_KEY, value=key, now=now)


@dataclass(frozen=True)
class SettingChange:
    """`config set`: the key, what it was and is now, and the phase-2 sessions that moved."""

    key: str
    old: Value
    new: Value
    relaid: list[int]

    @property
    def changed(self) -> bool:
        return self.old != self.new


def change_setting(
    *,
    store: Store,
    home: Path,
    today: date,
    key: str,
    value: Value,
    current_language: str,
    now: datetime,
) -> SettingChange:
    """Set `key` (one of SETTABLE) to `value`, checked already (None: cleared), in one
    transaction. A new phase-2 rhythm moves the phase-2 sessions still to come that were never
    moved by hand."""
    if key not in SETTABLE:
        raise ValueError(f"not a setting: {key}")
    moved: list[int] = []
    with store.write() as conn:
        trajectory = trajectory_in(conn=conn)
        column = TRAJECTORY_KEYS.get(key)
        old: Value
        if key == COACH_KEY:
            old, value = _put_coach_key(conn, value, now=now)
        elif column is None:
            old, value = _put_store_setting(conn, key, value, current_language, now=now)
        else:
            old = getattr(trajectory, column)
            if column == "sick_since" and isinstance(value, date):
                steps = work_steps(conn=conn, trajectory_id=trajectory.id)
                check_sick_since(value, today=today, steps=steps)
            if old != value:
                update_trajectory(
                    conn=conn, trajectory_id=trajectory.id, values={column: value}, now=now
                )
                if column == "phase2_weeks" and isinstance(value, int):
                    moved = _relay_phase2(conn, trajectory, weeks=value, today=today, now=now)
    if key == LANGUAGE and isinstance(value, str):
        write_language_file(home, value)
    return SettingChange(key, old, value, moved)


# What a store-wide setting is while none is stored (the language: the one in use).
UNSET = {CARE_LINE: "on", CRISIS_LINE_KEY: CRISIS_LINE}


def _put_store_setting(
    conn: sqlite3.Connection, key: str, value: Value, current_language: str, *, now: datetime
) -> tuple[Value, Value]:
    """A store-wide setting; returns it before and after, as shown (unset: its default)."""
    unset = current_language if key == LANGUAGE else UNSET.get(key)
    old = get_setting(conn=conn, key=key) or unset
    _put(conn, key, None if value == unset and key in UNSET else value, now=now)
    return old, unset if value is None else value


def _put_coach_key(
    conn: sqlite3.Connection, value: Value, *, now: datetime
) -> tuple[str | None, str | None]:
    """The coach's age key and signing key, from the pinned line (None: both cleared); a bare
    age key pins no signing key (an older one goes: it belonged with the key it replaces).
    Returns the pinned line before and after."""
    old_key = get_setting(conn=conn, key=COACH_KEY)
    old_signing = get_setting(conn=conn, key=COACH_SIGNING_KEY)
    old = None if old_key is None else "+".join(filter(None, (old_key, old_signing)))
    recipient, _, signing = str(value).partition("+") if value is not None else ("", "", "")
    _put(conn, COACH_KEY, recipient or None, now=now)
    _put(conn, COACH_SIGNING_KEY, signing or None, now=now)
    return old, None if value is None else str(value)


def _put(conn: sqlite3.Connection, key: str, value: Value, *, now: datetime) -> None:
    if value is None:
        delete_setting(conn=conn, key=key)
    else:
        put_setting(conn=conn, key=key, value=str(value), now=now)


def _relay_phase2(
    conn: sqlite3.Connection, trajectory: TrajectoryRow, *, weeks: int, today: date, now: datetime
) -> list[int]:
    """The phase-2 sessions still to come, and never moved by hand, follow the new rhythm.
    Returns the numbers of the sessions that moved."""
    slots = sessions(conn=conn, trajectory_id=trajectory.id)
    changes = relaid(
        slots, phase1_sessions=trajectory.phase1_sessions, phase2_weeks=weeks, today=today
    )
    for slot in slots:
        if slot.number in changes:
            save_session(
                conn=conn, slot=replace(slot, planned_on=changes[slot.number], updated_at=now)
            )
    return sorted(changes)


def put_language(*, conn: sqlite3.Connection, language: str, now: datetime) -> None:
    """The store's language, within the caller's transaction (then `write_language_file`)."""
    put_setting(conn=conn, key=LANGUAGE, value=language, now=now)


def write_language_file(home: Path, language: str) -> None:
    """The settings file's copy of the language, after the store's was written. The file is a
    fast copy: when it cannot be written (a full disk), the store's change stands and the
    command does not fail over it; the next write of the language writes it again."""
    with contextlib.suppress(OSError):
        write_settings(home, {**read_settings(home), LANGUAGE: language})


def language_file_from_store(*, store: Store, home: Path) -> str | None:
    """The settings file follows the store (after a restore): returns the store's language,
    now also in the file; None when the store has none (the file is left as it is)."""
    language = stored_language(store=store)
    if language is not None:
        write_language_file(home, language)
    return language
