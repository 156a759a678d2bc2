"""Building a client's export from the store: everything the client chose to share.

Entries, ladder items and exercises marked private stay behind, and so do the practice of a
private exercise, the signals linked to a private ladder item (they bear its name), and the
tombstones of deleted private records.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from herstel import __version__

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlalchemy import Connection
    from sqlmodel import Session

    from herstel.exchange.coach_format import CoachExport
    from herstel.exchange.format import Export


@dataclass
class Held:
    """What an export leaves out, by kind: private records, and entries outside the period."""

    private: Counter[str] = field(default_factory=Counter)
    outside: Counter[str] = field(default_factory=Counter)


def build_export(
    *,
    conn: Connection,
    trajectory_id: str,
    language: str,
    since: date | None,
    until: date | None,
    now: datetime,
    client_key: str | None = None,
) -> tuple[Export, Held]:
    """The export of one trajectory in the store behind `conn` (SQLAlchemy Core: an export
    needs neither SQLModel nor the ORM).

    Rows are read in plain SQL and the whole document is checked against the format in one
    pass: loading 1,500 ORM objects and checking them one model at a time took most of an
    export's time."""
    from herstel.exchange import format as fmt

    def read(model: type[BaseModel], table: str, extra: str = "") -> list[dict[str, Any]]:
        names = [name for name in model.model_fields if name != "kind"]
        columns = ", ".join(f'"{RENAMED.get(name, name)}"' for name in names)
        sql = f"SELECT {columns}{extra} FROM {table} WHERE {_OWNER[table]} = ?"  # noqa: S608
        keys = [*names, *(["private"] if extra else [])]
        return [dict(zip(keys, row, strict=True))
                for row in conn.exec_driver_sql(sql, (trajectory_id,))]  # fmt: skip

    held = Held()
    found = read(fmt.TrajectoryV2, "trajectory")
    if not found:  # pragma: no cover - the caller found it a moment ago
        raise LookupError(trajectory_id)
    trajectory = {**found[0], "language": language}

    items = sorted(read(fmt.LadderItemV1, "ladder_item", ", private"), key=_created)
    private_items = {i["id"] for i in items if i["private"]}
    held.private["ladder"] += len(private_items)
    agreed = sorted(read(fmt.ExerciseV1, "exercise", ", private"), key=_created)
    shared_exercises = {e["id"] for e in agreed if not e["private"]}
    held.private["exercise"] += len(agreed) - len(shared_exercises)

    entries: dict[str, list[dict[str, Any]]] = {}
    for kind, (model, table) in ENTRY_MODELS.items():
        kept = []
        for entry in sorted(read(getattr(fmt, model), table, ", private"), key=_entry_order):
            day = date.fromisoformat(entry["day"])
            if (since is not None and day < since) or (until is not None and day > until):
                held.outside[kind] += 1  # private or not: the period decides first
            elif (
                entry["private"]
                or (kind == "practice" and entry["exercise_id"] not in shared_exercises)
                # A signal on a private ladder item bears that item's name: private too.
                or (kind == "signal" and entry["ladder_item_id"] in private_items)
            ):
                held.private[kind] += 1
            else:
                kept.append(_shown(entry, kind))
        entries[kind] = kept
    tombstones = [
        {"id": ident, "kind": kind, "deleted_at": deleted_at}
        for ident, kind, deleted_at in conn.exec_driver_sql(
            "SELECT id, kind, deleted_at FROM tombstone WHERE trajectory_id = ? AND NOT private"
            " ORDER BY deleted_at",
            (trajectory_id,),
        )
    ]
    document = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "exported_at": now.isoformat(),
        "app_version": __version__,
        "client_key": client_key,
        "period": {"since": _day(since), "until": _day(until)},
        "trajectory": trajectory,
        "sessions": sorted(read(fmt.SessionV1, "session"), key=lambda s: s["number"]),
        "follow_ups": sorted(
            read(fmt.FollowUpV1, "follow_up"), key=lambda f: (f["day"], f["time"] or "")
        ),
        "ladder": [_public(i) for i in items if i["id"] not in private_items],
        "exercises": [_public(e) for e in agreed if e["id"] in shared_exercises],
        "work_steps": [
            {**step, "weekdays": [int(d) for d in (step["weekdays"] or "").split(",") if d]}
            for step in sorted(read(fmt.WorkStepV2, "work_step"), key=lambda s: s["starts_on"])
        ],
        "checkins": entries["checkin"],
        "signals": entries["signal"],
        "pattern_notes": entries["pattern"],
        "bio_notes": entries["bio"],
        "practices": entries["practice"],
        "questionnaire_answers": entries["questionnaire"],
        "tombstones": tombstones,
    }
    return fmt.Export.model_validate_json(json.dumps(document)), held


# Each entry kind's model in the format and its table; the column that names the trajectory.
ENTRY_MODELS = {
    "checkin": ("CheckinV3", "checkin"),
    "signal": ("SignalV1", "signal"),
    "pattern": ("PatternNoteV1", "pattern_note"),
    "bio": ("BioNoteV1", "bio_note"),
    "practice": ("PracticeV1", "practice"),
    "questionnaire": ("QuestionnaireAnswerV1", "questionnaire_answer"),
}
_OWNER = {"trajectory": "id"} | {
    table: "trajectory_id"
    for table in ("session", "ladder_item", "exercise", "checkin", "signal", "pattern_note",
                  "bio_note", "practice", "work_step", "questionnaire_answer", "follow_up")
}  # fmt: skip


def _shown(entry: dict[str, Any], kind: str) -> dict[str, Any]:
    """An entry row as the format has it: its kind, lists and yes/no as JSON, no `private`."""
    shown = _public(entry)
    shown["kind"] = kind
    for name in ("givers", "drainers", "work_givers", "work_drainers", "copied"):
        if name in shown:
            shown[name] = json.loads(shown[name]) if shown[name] else None
            shown[name] = shown[name] or None  # an empty list is none
    for name in ("items", "answers"):  # a questionnaire's: lists, empty or not
        if name in shown:
            shown[name] = json.loads(shown[name])
    if shown.get("fit") is not None:
        shown["fit"] = bool(shown["fit"])
    return shown


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in row.items() if name != "private"}


def _created(row: dict[str, Any]) -> str:
    return str(row["created_at"])  # stored as UTC ISO 8601 text: it sorts as it reads


def _entry_order(entry: dict[str, Any]) -> tuple[str, str, str]:
    return (entry["day"], entry.get("time") or "", entry["created_at"])


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def coach_export(*, session: Session, trajectory_id: str, now: datetime) -> CoachExport:
    """Everything the coach's store holds on one client: the export as imported, the coach's
    notes and what the coach proposes to them."""
    from herstel.exchange import coach_format as cfmt
    from herstel.exchange import format as fmt
    from herstel.exchange import proposed
    from herstel.store.coach import notes
    from herstel.store.coach_models import Client

    client = session.get(Client, trajectory_id)
    if client is None:  # pragma: no cover - the caller found the client a moment ago
        raise LookupError(trajectory_id)
    export, _ = build_export(
        conn=session.connection(), trajectory_id=trajectory_id, language=client.language,
        since=None, until=None, now=now, client_key=client.public_key,
    )  # fmt: skip
    found = proposed.current(session=session, trajectory_id=trajectory_id)
    return cfmt.CoachExport(
        **{
            name: getattr(export, name)
            for name in fmt.Export.model_fields
            if name not in ("format", "format_version")
        },
        format=fmt.COACH_FORMAT,
        format_version=cfmt.COACH_FORMAT_VERSION,
        coach_notes=[
            cfmt.CoachNoteV2(
                id=note.id, created_at=note.created_at, updated_at=note.updated_at,
                session=note.session, text=note.text, shared=note.shared,
            )
            for note in notes(session=session, trajectory_id=trajectory_id)
        ],
        proposals=cfmt.ProposalsV1(
            plan_text=found.plan_text,
            goals=found.records[proposed.GOAL],
            exercises=found.records[proposed.EXERCISE],
            ladder=found.records[proposed.LADDER],
            sessions=found.records[proposed.SESSION],
            work_steps=found.records[proposed.WORK_STEP],
            questionnaires=found.records[proposed.QUESTIONNAIRE],
            packets_sent=found.packets_sent,
        ),
    )  # fmt: skip


# Keys of the format named after a flag rather than after the store's column.
RENAMED = {"where": "location"}


def export_bytes(export: Export) -> bytes:
    """The export as UTF-8 JSON, keys in the models' order, indented for reading."""
    return (export.model_dump_json(indent=2) + "\n").encode("utf-8")
