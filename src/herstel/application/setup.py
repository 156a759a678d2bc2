"""Setting up: starting a trajectory (`herstel init`, and the first run of any command), and
where herstel keeps its files (`herstel where`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from herstel.application.settings import put_language, write_language_file
from herstel.core.trajectory import TrajectoryPlan
from herstel.errors import HerstelError
from herstel.exchange.crypto import COACH_IDENTITY_NAME, IDENTITY_NAME  # names: age stays unloaded
from herstel.exchange.signing import SIGNING_NAME
from herstel.store.db import Store, has_trajectory
from herstel.store.home import (
    BACKUPS_NAME,
    COACH_STORE_NAME,
    INBOX_NAME,
    SETTINGS_NAME,
    STORE_NAME,
)
from herstel.store.plan import add_trajectory
from herstel.store.rows import TrajectoryRow, active_trajectory


def check_can_start(*, home: Path) -> None:
    """Refused when the home has a trajectory already: said before any question is asked, and
    read without creating or migrating anything."""
    if has_trajectory(home / STORE_NAME):
        raise HerstelError("init.exists")


def start_trajectory(
    *, store: Store, home: Path, plan: TrajectoryPlan, now: datetime
) -> TrajectoryRow:
    """The trajectory, its ten sessions and its language, in one transaction (refused when one
    exists); then the settings file's copy of the language."""
    with store.write() as conn:
        if active_trajectory(conn=conn) is not None:
            raise HerstelError("init.exists")
        trajectory = add_trajectory(conn=conn, plan=plan, now=now)
        put_language(conn=conn, language=plan.language, now=now)
    write_language_file(home, plan.language)
    keep_client_key(home=home, now=now)
    return trajectory


def keep_client_key(*, home: Path, now: datetime) -> None:
    """The client's own key (`client-identity.txt`, 0600), made when it is not there: with a
    new journal, and once for a journal begun before herstel made one (store version 8). The
    export carries its public half, the coach's packets are encrypted to it, and an encrypted
    export opens with it too."""
    if not (home / IDENTITY_NAME).exists():
        from herstel.exchange.crypto import client_identity

        client_identity(home, create=True, now=now)


@dataclass(frozen=True)
class Locations:
    """Where herstel keeps its files, in the order `where` lists them."""

    home: Path
    store: Path
    coach_store: Path
    settings: Path
    backups: Path
    client_identity: Path
    coach_identity: Path
    coach_signing_key: Path
    inbox: Path


def locations(*, home: Path) -> Locations:
    """Every path herstel uses in `home`; nothing is created."""
    return Locations(
        home=home,
        store=home / STORE_NAME,
        coach_store=home / COACH_STORE_NAME,
        settings=home / SETTINGS_NAME,
        backups=home / BACKUPS_NAME,
        client_identity=home / IDENTITY_NAME,
        coach_identity=home / COACH_IDENTITY_NAME,
        coach_signing_key=home / SIGNING_NAME,
        inbox=home / INBOX_NAME,
    )
