"""`herstel demo`: fill an empty home with a made-up, seeded journal of a few months, to look
around in before (or beside) the real one."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError, UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlmodel import Session

    from herstel.core.demo import DemoJournal


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options
    from herstel.core.demo import SEED_DEFAULT, WEEKS_DEFAULT, WEEKS_RANGE

    @app.command("demo", help=t("help.demo"), **command_options())
    def demo_command(
        weeks: str | None = typer.Option(
            None,
            "--weeks",
            metavar="{}-{}".format(*WEEKS_RANGE),
            help=t("help.demo.weeks", default=WEEKS_DEFAULT),
        ),
        seed: str | None = typer.Option(
            None, "--seed", metavar="N", help=t("help.demo.seed", default=SEED_DEFAULT)
        ),
    ) -> None:
        make_demo(weeks=weeks, seed=seed)


def make_demo(*, weeks: str | None, seed: str | None) -> None:
    """Check the flags, refuse a home that holds a journal, write the demo in one transaction
    and say where to look."""
    from herstel.core import demo
    from herstel.core.dates import parse_whole
    from herstel.store.db import has_trajectory

    weeks_n = (
        demo.WEEKS_DEFAULT
        if weeks is None
        else parse_whole(weeks, name="--weeks", low=demo.WEEKS_RANGE[0], high=demo.WEEKS_RANGE[1])
    )
    seed_n = (
        demo.SEED_DEFAULT
        if seed is None
        else parse_whole(seed, name="--seed", low=demo.SEED_RANGE[0], high=demo.SEED_RANGE[1])
    )
    rt = runtime()
    _check_own_folder()
    if rt.store_exists() and has_trajectory(rt.store_path):
        raise HerstelError("demo.not_empty", folder=_quoted(_elsewhere()))
    lang = language()
    journal = demo.build_demo(seed=seed_n, weeks=weeks_n, today=rt.today(), lang=lang)
    write_demo(journal, lang=lang)
    home = _quoted(str(rt.home))
    console.say(t("demo.done", weeks=weeks_n, home=home))
    console.say(t("demo.look"))
    from herstel.cli.insights import herstel_command

    for command in ("plan", "insights", "prepare"):
        console.say("  " + herstel_command(command))


def write_demo(journal: DemoJournal, *, lang: str) -> None:
    """The trajectory as `init` makes it, the language setting, and every record, in one
    transaction; then the settings file, as `init` does."""
    from herstel.core.trajectory import TrajectoryPlan
    from herstel.store import queries
    from herstel.store.models import utc_now
    from herstel.store.settings import read_settings, write_settings

    rt = runtime()
    plan = TrajectoryPlan(
        client_name=journal.client_name,
        coach_name=journal.coach_name,
        first_session_on=journal.first_day,
        first_session_time=journal.session_time,
        phase1_sessions=journal.phase1_sessions,
        phase2_weeks=journal.phase2_weeks,
        focus=journal.focus,
        language=lang,
    )
    with rt.store().writing() as session:
        if queries.active_trajectory(session=session) is not None:
            raise HerstelError("demo.not_empty", folder=_quoted(_elsewhere()))
        trajectory = queries.add_trajectory(session=session, plan=plan, now=_utc(journal.started))
        queries.put_setting(session=session, key="language", value=lang, now=utc_now())
        _settle_sessions(session, journal, trajectory.id)
        session.flush()  # the trajectory row before the rows that point at it
        _insert_records(session, journal, trajectory.id)
    write_settings(rt.home, {**read_settings(rt.home), "language": lang})
    rt.use_language(lang)


def _settle_sessions(session: Session, journal: DemoJournal, trajectory_id: str) -> None:
    """The laid-out sessions, as the demo has them: held, moved, noted."""
    from herstel.store.sessions import sessions

    outcomes = {outcome.number: outcome for outcome in journal.sessions}
    for slot in sessions(session=session, trajectory_id=trajectory_id):
        outcome = outcomes[slot.number]
        if outcome.written is None:
            continue
        slot.planned_on = outcome.planned_on
        slot.original_on = outcome.original_on
        slot.held_on = outcome.held_on
        slot.status = outcome.status
        slot.note = outcome.note
        slot.updated_at = _utc(outcome.written)


def _insert_records(session: Session, journal: DemoJournal, trajectory_id: str) -> None:
    """Every entry, table by table, each in one bulk statement."""
    from sqlalchemy import JSON, bindparam, insert

    from herstel.store.exercise_models import Exercise, Practice
    from herstel.store.models import Checkin
    from herstel.store.note_models import BioNote, PatternNote
    from herstel.store.queries import new_id
    from herstel.store.signal_models import LadderItem, Signal

    def rows(records: Iterable[Any]) -> list[dict[str, Any]]:
        found = []
        for record in records:
            row = asdict(record)
            written = _utc(row.pop("written"))
            found.append(
                {
                    "id": new_id(),
                    "trajectory_id": trajectory_id,
                    "created_at": written,
                    "updated_at": written,
                    **row,
                }
            )
        return found

    def write(model: Any, values: list[dict[str, Any]], *, lists: tuple[str, ...] = ()) -> None:
        if not values:
            return
        statement = insert(model.__table__)
        if lists:
            # No givers is SQL NULL, as in a check-in typed by hand, not the JSON text 'null'.
            as_list = JSON(none_as_null=True)
            statement = statement.values(
                {name: bindparam(f"{name}_list", type_=as_list) for name in lists}
            )
            for row in values:
                for name in lists:
                    row[f"{name}_list"] = row.pop(name)
        session.execute(statement, values)

    ladder = rows(journal.ladder)
    exercises = rows(journal.exercises)
    # The demo names what a signal or a practice belongs to; the store holds its id.
    ladder_ids = {row["signal"]: row["id"] for row in ladder}
    exercise_ids = {row["name"]: row["id"] for row in exercises}
    signals = rows(journal.signals)
    for row in signals:
        row["ladder_item_id"] = ladder_ids.get(row.pop("ladder_signal"))
    practices = rows(journal.practices)
    for row in practices:
        row["exercise_id"] = exercise_ids[row.pop("exercise")]

    write(LadderItem, ladder)
    write(Exercise, exercises)
    write(Checkin, rows(journal.checkins), lists=("givers", "drainers"))
    write(Signal, signals)
    write(PatternNote, rows(journal.patterns))
    write(BioNote, rows(journal.bios))
    write(Practice, practices)


def _utc(local: datetime) -> datetime:
    """A local wall-clock moment (naive) as an aware UTC timestamp."""
    return local.astimezone(UTC)


def _elsewhere() -> str:
    """A folder to suggest for a demo beside a real journal: the one the help names, or the
    first numbered one after it that holds no journal yet."""
    import tempfile
    from pathlib import Path

    from herstel.store.db import has_trajectory

    base = Path(tempfile.gettempdir()) / "herstel-demo"
    for number in range(1, 100):
        folder = base if number == 1 else base.with_name(f"herstel-demo-{number}")
        store = folder / "herstel.db"
        if folder != runtime().home and not (store.exists() and has_trajectory(store)):
            return str(folder)
    return str(base.with_name("herstel-demo-new"))


def _check_own_folder() -> None:
    """The demo never goes into the folder herstel uses by itself, the one a real journal will
    be kept in: it needs --home (or HERSTEL_HOME)."""
    import os

    from herstel.store.home import resolve_home

    usual = resolve_home(None, {k: v for k, v in os.environ.items() if k != "HERSTEL_HOME"})
    if runtime().home == usual:
        raise UsageError("demo.own_folder", folder=_quoted(_elsewhere()))


def _quoted(path: str) -> str:
    """A path as it can be pasted into a shell."""
    import shlex

    return shlex.quote(path)
