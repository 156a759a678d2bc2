"""`herstel demo`: a made-up, seeded journal of a few months in an empty home, to look around in
before (or beside) the real one. Never in a home that holds a journal, nor in the folder herstel
uses by itself (where a real journal will be kept)."""

from __future__ import annotations

import shlex
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from herstel.application.settings import write_language_file
from herstel.application.setup import keep_client_key
from herstel.core import demo
from herstel.errors import HerstelError, UsageError
from herstel.store.db import Store, has_trajectory
from herstel.store.demo import add_demo
from herstel.store.home import STORE_NAME


@dataclass(frozen=True)
class DemoMade:
    weeks: int
    trajectory_id: str


def check_demo_home(*, home: Path, usual: Path) -> None:
    """Refuse the folder herstel uses by itself (`usual`: the demo needs --home or
    HERSTEL_HOME), and a home that holds a journal, before its store is opened (or migrated)."""
    if home == usual:
        raise UsageError("demo.own_folder", folder=_quoted(demo_folder(home=home)))
    if home.exists() and not home.is_dir():
        raise HerstelError("home.unusable", path=str(home))
    if has_trajectory(home / STORE_NAME):
        raise HerstelError("demo.not_empty", folder=_quoted(demo_folder(home=home)))


def make_demo(
    *,
    store: Store,
    home: Path,
    today: date,
    weeks: int,
    seed: int,
    lang: str,
    now: datetime,
) -> DemoMade:
    """The demo journal up to `today`, in `lang`, written in one transaction; then the settings
    file, as `init` writes it."""
    from herstel.store import queries

    journal = demo.build_demo(seed=seed, weeks=weeks, today=today, lang=lang)
    with store.writing() as session:
        if queries.active_trajectory(session=session) is not None:
            raise HerstelError("demo.not_empty", folder=_quoted(demo_folder(home=home)))
        trajectory_id = add_demo(session=session, journal=journal, lang=lang, now=now)
    write_language_file(home, lang)
    keep_client_key(home=home, now=now)
    return DemoMade(weeks=weeks, trajectory_id=trajectory_id)


def demo_folder(*, home: Path) -> str:
    """A folder to suggest for a demo beside a real journal: the one the help names, or the
    first numbered one after it that holds no journal yet."""
    base = Path(tempfile.gettempdir()) / "herstel-demo"
    for number in range(1, 100):
        folder = base if number == 1 else base.with_name(f"herstel-demo-{number}")
        store = folder / STORE_NAME
        if folder != home and not (store.exists() and has_trajectory(store)):
            return str(folder)
    return str(base.with_name("herstel-demo-new"))


def _quoted(path: str) -> str:
    """A path as it can be pasted into a shell."""
    return shlex.quote(path)
