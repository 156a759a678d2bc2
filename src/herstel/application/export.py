"""`herstel export`: what the client shares with the coach, built in one read of the store,
encrypted to the coach's key (and the client's own) or with a passphrase, and read back.

An export to the coach remembers the key it went to. When the coach's key is another one at the
next export (set anew, by the client or by anyone who could write the store), that export is
refused until the person confirms the new key: the old and the new fingerprint are theirs to
compare with the coach.

pydantic and the ORM are imported only inside the functions that build or check the export, and
pyrage only inside `herstel.exchange.crypto`'s functions that encrypt or decrypt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from herstel.application import settings
from herstel.core.schedule import Period, periods
from herstel.errors import HerstelError
from herstel.exchange import crypto
from herstel.exchange.export import Held
from herstel.store.db import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from herstel.exchange.format import Export

# The entry kinds, in the order they are shown; then what every export carries whole.
KINDS = ("checkin", "signal", "pattern", "bio", "practice")
SHARED_KINDS = ("ladder", "exercise")
PLAIN_MARK = b'"format": "herstel-export"'

How = Literal["passphrase", "coach", "plain"]


class CoachKeyChanged(HerstelError):
    """The coach's key is not the one the last export went to, and nobody confirmed the new one.
    Its message is the refusal off a terminal; on one, the person is asked."""

    def __init__(self, *, old: str, new: str) -> None:
        super().__init__(
            "export.coach_key_changed", old=crypto.fingerprint(old), new=crypto.fingerprint(new)
        )
        self.old, self.new = old, new


@dataclass(frozen=True)
class BuiltExport:
    """An export, what stayed behind, and what it holds by kind and by period."""

    export: Export
    held: Held
    shared: dict[str, int]  # records in the export, by kind (and session, tombstone)
    # The shared entries of each period between sessions, by kind; periods with none left out.
    periods: tuple[tuple[Period, dict[str, int]], ...]

    @property
    def entries(self) -> int:
        return sum(self.shared[kind] for kind in KINDS)

    @property
    def private(self) -> int:
        return sum(self.held.private[kind] for kind in KINDS)


@dataclass(frozen=True)
class WrittenExport:
    """The export as it travels, and how it was made so."""

    data: bytes
    how: How
    entries: int  # entries shared
    private: int  # entries kept private
    identity_made: Path | None  # the client's own key, when this export made it
    # Every record shared (entries, sessions, ladder items, exercises): what the coach's import
    # counts as new, updated or unchanged, so that both sides say the same number.
    records: int = 0


def build_export(
    *,
    store: Store,
    today: date,
    since: date | None,
    until: date | None,
    lang: str,
    now: datetime,
    home: Path | None = None,
) -> BuiltExport:
    """The export of the active trajectory, entries limited to `since`..`until`; `lang` is the
    language named in it when the store has none set; with the public key of the client's
    identity in `home`, when there is one."""
    key = None if home is None else crypto.public_key_in(home / crypto.IDENTITY_NAME)
    with store.connected() as conn:
        return _build(
            conn, today=today, since=since, until=until, lang=lang, now=now, client_key=key
        )


def write_export(
    *,
    store: Store,
    home: Path,
    today: date,
    since: date | None,
    until: date | None,
    lang: str,
    plain: bool,
    secret: str | None,
    armor: bool,
    now: datetime,
    new_key: str | None = None,
) -> WrittenExport:
    """The export, ready to travel: with `secret`, encrypted with that passphrase; `plain`, as
    it is; else encrypted to the coach's key and the client's own (made on first use, in
    `home`), and that key remembered. Refused before anything is built: without a coach's key
    set; with a key other than the one the last export went to, unless `new_key` (the key itself
    or its fingerprint, in any spacing) confirms it (CoachKeyChanged); with a `new_key` that is
    not the key set."""
    from herstel.exchange.export import export_bytes

    recipient = None
    if secret is None and not plain:
        recipient = _coach_key(store, new_key)
    made, identity = None, None
    if recipient is not None:  # the client's own key, made here for a home that lacks it
        made = None if (home / crypto.IDENTITY_NAME).exists() else home / crypto.IDENTITY_NAME
        identity = crypto.client_identity(home, create=True, now=now)
    with store.connected() as conn:
        built = _build(
            conn, today=today, since=since, until=until, lang=lang, now=now,
            client_key=crypto.public_key_in(home / crypto.IDENTITY_NAME),
        )  # fmt: skip
    data = export_bytes(built.export)
    how: How = "plain"
    if secret is not None:
        data, how = crypto.encrypt_with_passphrase(data, secret, armor=armor), "passphrase"
    elif recipient is not None:
        if identity is None:  # pragma: no cover - create=True always gives one
            raise HerstelError("export.read.no_identity")
        data = crypto.encrypt_to(data, [recipient, str(identity.to_public())], armor=armor)
        how = "coach"
        # Before the file is written: should writing it fail, the key was still the one the
        # person expected (the first, or one they confirmed), and no question is lost.
        settings.remember_exported_key(store=store, key=recipient, now=now)
    records = sum(n for kind, n in built.shared.items() if kind != "tombstone")
    return WrittenExport(data, how, built.entries, built.private, made, records)


def _coach_key(store: Store, new_key: str | None) -> str:
    """The coach's key to encrypt to, once it is known to be the expected one."""
    keys = settings.coach_keys(store=store)
    if keys.current is None:
        raise HerstelError("export.no_coach_key")
    if new_key is not None and not confirms(new_key, keys.current):
        raise HerstelError("export.new_key_differs", fingerprint=crypto.fingerprint(keys.current))
    if keys.changed and new_key is None and keys.exported is not None:
        raise CoachKeyChanged(old=keys.exported, new=keys.current)
    return keys.current


def confirms(given: str, key: str) -> bool:
    """Whether `given`, a key ("age1...", or the line `coach key` prints, with the signing key
    after a "+") or a fingerprint in any spacing, names `key`."""
    if given.strip().startswith("age1"):
        return given.strip().partition("+")[0] == key.strip()
    return _compact(given) == _compact(crypto.fingerprint(key))


def _compact(fingerprint: str) -> str:
    return "".join(fingerprint.lower().replace("-", " ").split())


def is_own_export(*, home: Path, existing: bytes, now: datetime) -> bool:
    """Whether a file's bytes are an earlier export of this client's: plain, or encrypted to
    the client's own key (so that a new export may replace it)."""
    if PLAIN_MARK in existing[:512]:
        return True
    if not crypto.is_encrypted(existing):
        return False
    own = crypto.client_identity(home, create=False, now=now)
    return own is not None and crypto.opens_with(existing, own)


def needs_passphrase(data: bytes) -> bool:
    """Whether an export's bytes are encrypted with a passphrase (to be asked before reading)."""
    return crypto.is_encrypted(data) and crypto.needs_passphrase(data)


def read_export(*, home: Path, data: bytes, secret: str | None, now: datetime) -> bytes:
    """The client's own export, decrypted (with `secret`, or the client's key in `home`) and
    checked, as the JSON an export holds."""
    from herstel.exchange.export import export_bytes
    from herstel.exchange.read import parse_export

    if crypto.is_encrypted(data):
        if crypto.needs_passphrase(data):
            data = crypto.decrypt(data, identities=(), passphrase=secret)
        else:
            identity = crypto.client_identity(home, create=False, now=now)
            data = crypto.decrypt(
                data, identities=[] if identity is None else [identity], passphrase=None
            )
    return export_bytes(parse_export(data))


def _build(
    core: Connection,
    *,
    today: date,
    since: date | None,
    until: date | None,
    lang: str,
    now: datetime,
    client_key: str | None,
) -> BuiltExport:
    from pydantic import ValidationError

    from herstel.exchange import export as exchange
    from herstel.exchange.read import where_of
    from herstel.store.db import sqlite_of
    from herstel.store.plan import get_setting
    from herstel.store.rows import active_trajectory

    # Read in the session's transaction without the table models (a fifteenth of an export).
    conn = sqlite_of(core)
    trajectory = active_trajectory(conn=conn)
    if trajectory is None:
        raise HerstelError("trajectory.none")
    stored_language = get_setting(conn=conn, key="language") or lang
    try:
        export, held = exchange.build_export(
            conn=core, trajectory_id=trajectory.id, language=stored_language,
            since=since, until=until, now=now, client_key=client_key,
        )  # fmt: skip
    except ValidationError as problem:
        # A record the format cannot carry: say which field, never what it holds.
        raise HerstelError("export.store_invalid", where=where_of(problem)) from None
    return BuiltExport(export, held, counts(export), tuple(by_period(export, today=today)))


def counts(export: Export) -> dict[str, int]:
    return {
        "checkin": len(export.checkins),
        "signal": len(export.signals),
        "pattern": len(export.pattern_notes),
        "bio": len(export.bio_notes),
        "practice": len(export.practices),
        "ladder": len(export.ladder),
        "exercise": len(export.exercises),
        "session": len(export.sessions),
        "follow_up": len(export.follow_ups),
        "tombstone": len(export.tombstones),
    }


def by_period(export: Export, *, today: date) -> list[tuple[Period, dict[str, int]]]:
    """The shared entries of each period between sessions (conventions), by kind; periods
    with nothing shared are left out."""
    days = {
        "checkin": [e.day for e in export.checkins],
        "signal": [e.day for e in export.signals],
        "pattern": [e.day for e in export.pattern_notes],
        "bio": [e.day for e in export.bio_notes],
        "practice": [e.day for e in export.practices],
    }
    first = min((d for found in days.values() for d in found), default=None)
    rows = []
    for period in periods(export.sessions, today=today, first_entry=first):
        last = period.last_day(today)
        counted = {
            kind: sum(1 for d in found if period.start <= d <= last) for kind, found in days.items()
        }
        if any(counted.values()):
            rows.append((period, counted))
    return rows
