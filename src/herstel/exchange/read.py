"""Reading an export back: JSON, the right format and version, every field as the models say,
and records that agree with each other (ids unique, references to records in the file).

Errors never quote the file's content (it is someone's journal): they name where in the
document the problem is, not what it says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from herstel.errors import HerstelError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from herstel.exchange.format import ExportV1

# Older format versions and the step that brings a document of that version to the next one.
# Version 1 is the first: nothing to upgrade yet. A step takes and returns the parsed JSON.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def parse_export(data: bytes) -> ExportV1:
    from pydantic import ValidationError

    from herstel.exchange.format import COACH_FORMAT, FORMAT, FORMAT_VERSION, ExportV1

    if not data.strip():
        raise HerstelError("export.read.empty")
    if b"AGE-SECRET-KEY-" in data[:4096]:
        raise HerstelError("export.read.secret_key")  # an identity file, given by mistake
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HerstelError("export.read.not_json") from None
    except RecursionError:  # nested deeper than any export is
        raise HerstelError("export.read.too_deep") from None
    if isinstance(document, dict) and document.get("format") == COACH_FORMAT:
        raise HerstelError("export.read.coach_export")
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HerstelError("export.read.not_export")
    version = document.get("format_version")
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION:
        newer = type(version) is int and version > FORMAT_VERSION
        raise HerstelError(
            "export.read.newer" if newer else "export.read.bad_version", version=str(version)[:10]
        )
    upgraded = version < FORMAT_VERSION
    while version < FORMAT_VERSION:
        document = UPGRADES[version](document)
        version += 1
    try:
        if upgraded:
            export = ExportV1.model_validate_json(json.dumps(document))
        else:
            export = ExportV1.model_validate_json(data)
    except ValidationError as problem:
        raise HerstelError(
            "export.read.invalid", count=problem.error_count(), where=where_of(problem)
        ) from None
    check_consistent(export)
    return export


def where_of(problem: ValidationError) -> str:
    """Where the first problem is ("checkins.0.energy"), without the value found there."""
    first = problem.errors(include_input=False, include_url=False)[0]
    return ".".join(str(part) for part in first["loc"])[:120]


def check_consistent(export: ExportV1) -> None:
    """What the models cannot see one record at a time: ids used once, one check-in a day, the
    ten sessions numbered 1-10, moments that can be kept as UTC, and practice and signals that
    point at records in the file (an export always carries the whole ladder and every shared
    exercise)."""
    lists: dict[str, list[Any]] = {
        "sessions": export.sessions, "ladder": export.ladder, "exercises": export.exercises,
        "checkins": export.checkins, "signals": export.signals,
        "pattern_notes": export.pattern_notes, "bio_notes": export.bio_notes,
        "practices": export.practices, "tombstones": export.tombstones,
    }  # fmt: skip
    for name, records in lists.items():
        _once(name, [record.id for record in records], "id")
        for number, record in enumerate(records):
            for field in ("created_at", "updated_at", "deleted_at", "removed_at", "stopped_at"):
                if not _keepable(getattr(record, field, None)):
                    raise _invalid(f"{name}.{number}.{field}")
    if not _keepable(export.exported_at):
        raise _invalid("exported_at")
    _once("checkins", [checkin.day for checkin in export.checkins], "day")
    for number, session in enumerate(export.sessions):
        if session.number != number + 1:
            raise _invalid(f"sessions.{number}.number")
    exercises = {e.id for e in export.exercises}
    for number, practice in enumerate(export.practices):
        if practice.exercise_id not in exercises:
            raise _invalid(f"practices.{number}.exercise_id")
    ladder = {i.id for i in export.ladder}
    for number, signal in enumerate(export.signals):
        if signal.ladder_item_id is not None and signal.ladder_item_id not in ladder:
            raise _invalid(f"signals.{number}.ladder_item_id")


def _invalid(where: str) -> HerstelError:
    return HerstelError("export.read.invalid", count=1, where=where)


def _once(name: str, values: list[Any], field: str) -> None:
    """Each value once in the list (an id, a check-in's day)."""
    seen: set[Any] = set()
    for number, value in enumerate(values):
        if value in seen:
            raise _invalid(f"{name}.{number}.{field}")
        seen.add(value)


def _keepable(moment: datetime | None) -> bool:
    """Can this moment be kept as UTC (an offset near year 1 or 9999 falls off the calendar)?"""
    if moment is None or 1 < moment.year < 9999:  # only the calendar's ends can fall off
        return True
    try:
        moment.astimezone(UTC)
    except OverflowError:
        return False
    return True
