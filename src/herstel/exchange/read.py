"""Reading an export back: JSON, the right format and version, every field as the models say,
and records that agree with each other (ids unique, references to records in the file).

Errors never quote the file's content (it is someone's journal): they name where in the
document the problem is, not what it says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from herstel.errors import HerstelError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from herstel.exchange.format import ExportV1

COACH_FORMAT = "herstel-coach-export"

# Older format versions and the step that brings a document of that version to the next one.
# Version 1 is the first: nothing to upgrade yet. A step takes and returns the parsed JSON.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def parse_export(data: bytes) -> ExportV1:
    from pydantic import ValidationError

    from herstel.exchange.format import FORMAT, FORMAT_VERSION, ExportV1

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
    ten sessions numbered 1-10, and practice and signals that point at records in the file (an
    export always carries the whole ladder and every shared exercise)."""

    def invalid(where: str) -> HerstelError:
        return HerstelError("export.read.invalid", count=1, where=where)

    lists: dict[str, list[Any]] = {
        "sessions": export.sessions, "ladder": export.ladder, "exercises": export.exercises,
        "checkins": export.checkins, "signals": export.signals,
        "pattern_notes": export.pattern_notes, "bio_notes": export.bio_notes,
        "practices": export.practices, "tombstones": export.tombstones,
    }  # fmt: skip
    for name, records in lists.items():
        seen: set[str] = set()
        for number, record in enumerate(records):
            if record.id in seen:
                raise invalid(f"{name}.{number}.id")
            seen.add(record.id)
    days: set[object] = set()
    for number, checkin in enumerate(export.checkins):
        if checkin.day in days:
            raise invalid(f"checkins.{number}.day")
        days.add(checkin.day)
    for number, session in enumerate(export.sessions):
        if session.number != number + 1:
            raise invalid(f"sessions.{number}.number")
    exercises = {e.id for e in export.exercises}
    for number, practice in enumerate(export.practices):
        if practice.exercise_id not in exercises:
            raise invalid(f"practices.{number}.exercise_id")
    ladder = {i.id for i in export.ladder}
    for number, signal in enumerate(export.signals):
        if signal.ladder_item_id is not None and signal.ladder_item_id not in ladder:
            raise invalid(f"signals.{number}.ladder_item_id")
