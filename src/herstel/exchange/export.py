"""Building a client's export from the store: everything the client chose to share.

Entries, ladder items and exercises marked private stay behind, and so do the practice of a
private exercise, the signals linked to a private ladder item (they bear its name), and the
tombstones of deleted private records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from herstel import __version__

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlmodel import Session

    from herstel.exchange.format import CoachExportV1, ExportV1

ENTRY_KINDS = ("checkin", "signal", "pattern", "bio", "practice")


@dataclass
class Held:
    """What an export leaves out, by kind: private records, and entries outside the period."""

    private: Counter[str] = field(default_factory=Counter)
    outside: Counter[str] = field(default_factory=Counter)


def build_export(
    *,
    session: Session,
    trajectory_id: str,
    language: str,
    since: date | None,
    until: date | None,
    now: datetime,
) -> tuple[ExportV1, Held]:
    from sqlmodel import select

    from herstel.exchange import format as fmt
    from herstel.store.models import Tombstone, Trajectory
    from herstel.store.sessions import sessions
    from herstel.store.timeline import exercises, ladder, model_of

    held = Held()
    trajectory = session.get(Trajectory, trajectory_id)
    if trajectory is None:  # pragma: no cover - the caller found it a moment ago
        raise LookupError(trajectory_id)

    items = ladder(session=session, trajectory_id=trajectory_id, removed=True)
    shared_items = {i.id for i in items if not i.private}
    private_items = {i.id for i in items if i.private}
    held.private["ladder"] += sum(1 for i in items if i.private)
    agreed = exercises(session=session, trajectory_id=trajectory_id, stopped=True)
    shared_exercises = {e.id for e in agreed if not e.private}
    held.private["exercise"] += sum(1 for e in agreed if e.private)

    entries: dict[str, list[Any]] = {}
    for kind in ENTRY_KINDS:
        model = model_of(kind)
        found = session.exec(select(model).where(model.trajectory_id == trajectory_id)).all()
        kept = []
        for entry in sorted(found, key=_entry_order):
            if (since is not None and entry.day < since) or (
                until is not None and entry.day > until
            ):
                held.outside[kind] += 1  # private or not: the period decides first
            elif (
                entry.private
                or (kind == "practice" and entry.exercise_id not in shared_exercises)
                # A signal on a private ladder item bears that item's name: private too.
                or (kind == "signal" and entry.ladder_item_id in private_items)
            ):
                held.private[kind] += 1
            else:
                kept.append(entry)
        entries[kind] = kept
    tombstones = session.exec(
        select(Tombstone).where(
            Tombstone.trajectory_id == trajectory_id,
            Tombstone.private == False,  # noqa: E712 - an SQL expression
        )
    ).all()

    export = fmt.ExportV1(
        format=fmt.FORMAT,
        format_version=fmt.FORMAT_VERSION,
        exported_at=now,
        app_version=__version__,
        period=fmt.PeriodV1(since=since, until=until),
        trajectory=_out(fmt.TrajectoryV1, trajectory, language=language),
        sessions=[
            _out(fmt.SessionV1, s) for s in sessions(session=session, trajectory_id=trajectory_id)
        ],
        ladder=[_out(fmt.LadderItemV1, i) for i in items if i.id in shared_items],
        exercises=[_out(fmt.ExerciseV1, e) for e in agreed if e.id in shared_exercises],
        checkins=[
            _out(fmt.CheckinV1, c, kind="checkin", givers=c.givers or None,
                 drainers=c.drainers or None)
            for c in entries["checkin"]
        ],
        signals=[_out(fmt.SignalV1, s, kind="signal") for s in entries["signal"]],
        pattern_notes=[_out(fmt.PatternNoteV1, p, kind="pattern") for p in entries["pattern"]],
        bio_notes=[_out(fmt.BioNoteV1, b, kind="bio") for b in entries["bio"]],
        practices=[_out(fmt.PracticeV1, p, kind="practice") for p in entries["practice"]],
        tombstones=[
            _out(fmt.TombstoneV1, t) for t in sorted(tombstones, key=lambda t: t.deleted_at)
        ],
    )  # fmt: skip
    return export, held


def coach_export(*, session: Session, trajectory_id: str) -> CoachExportV1:
    """Everything the coach's store holds on one client, with the coach's notes."""
    from herstel.exchange import format as fmt
    from herstel.store.coach import notes
    from herstel.store.coach_models import Client
    from herstel.store.models import utc_now

    client = session.get(Client, trajectory_id)
    if client is None:  # pragma: no cover - the caller found the client a moment ago
        raise LookupError(trajectory_id)
    export, _ = build_export(
        session=session, trajectory_id=trajectory_id, language=client.language,
        since=None, until=None, now=utc_now(),
    )  # fmt: skip
    return fmt.CoachExportV1(
        **{name: getattr(export, name) for name in fmt.ExportV1.model_fields if name != "format"},
        format=fmt.COACH_FORMAT,
        coach_notes=[
            _out(fmt.CoachNoteV1, note)
            for note in notes(session=session, trajectory_id=trajectory_id)
        ],
    )


# Keys of the format named after a flag rather than after the store's column.
RENAMED = {"where": "location"}
M = TypeVar("M", bound="BaseModel")


def _out(model: type[M], record: Any, **given: Any) -> M:
    """`model` filled from `record`'s attributes of the same names (or `given`), checked."""
    values = {
        name: given[name] if name in given else getattr(record, RENAMED.get(name, name))
        for name in model.model_fields
    }
    return model.model_validate(values)


def _entry_order(entry: Any) -> tuple[date, str, datetime]:
    return (entry.day, getattr(entry, "time", None) or "", entry.created_at)


def export_bytes(export: ExportV1) -> bytes:
    """The export as UTF-8 JSON, keys in the models' order, indented for reading."""
    return (export.model_dump_json(indent=2) + "\n").encode("utf-8")
