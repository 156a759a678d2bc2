"""Reading an export back: JSON, the right format and version, every field as the models say,
and records that agree with each other (ids unique, references to records in the file).

Errors never quote the file's content (it is someone's journal): they name where in the
document the problem is, not what it says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, get_args, get_origin

from herstel.errors import HerstelError

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from herstel.exchange.format import Export


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no ramp: no work settings, steps, hours worked or what carried the days.
    Anything that is not what version 1 held is left for the models to refuse."""
    upgraded = {**document, "format_version": 2}
    trajectory = document.get("trajectory")
    if isinstance(trajectory, dict):
        upgraded["trajectory"] = {
            **trajectory, "contract_hours": None, "sick_since": None, "work_done_on": None,
        }  # fmt: skip
    checkins = document.get("checkins")
    if isinstance(checkins, list):
        empty = dict.fromkeys(("work_hours", "carried_by", "work_givers", "work_drainers"))
        upgraded["checkins"] = [
            {**checkin, **empty} if isinstance(checkin, dict) else checkin for checkin in checkins
        ]
    upgraded["work_steps"] = []
    return upgraded


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 did not carry the client's public key: none is known from it."""
    return {**document, "format_version": 3, "client_key": None}


def _v3_to_v4(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 had no questionnaires."""
    return {**document, "format_version": 4, "questionnaire_answers": []}


def _v4_to_v5(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 did not say which fields of a check-in were taken from the day before (none
    were marked; a list that is not a list is left for the models to refuse), nor held
    follow-up talks."""
    checkins = document.get("checkins")
    if isinstance(checkins, list):
        checkins = [{**c, "copied": None} if isinstance(c, dict) else c for c in checkins]
    return {**document, "format_version": 5, "checkins": checkins, "follow_ups": []}


# Older format versions and the step that brings a document of that version to the next one.
# A step takes and returns the parsed JSON.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5,
}  # fmt: skip


# What a plain file may hold, counted on its bytes before it is parsed: commas, brackets and
# braces (those in texts too), each at most one value to build. An export of ten years of daily
# entries (7 MB) counts about 220,000; a million take a few hundred MB at most to hold.
MARKS_MAX = 1_000_000


def parse_export(data: bytes) -> Export:
    """The export in `data`, checked. Memory and time stay bounded whatever the bytes are: the
    marks are counted before the JSON is parsed, every object's keys are checked before the
    models see it (a missing key would be one problem per key, each holding a copy of the
    whole object), and the models stop each list at its first record that is wrong."""
    from pydantic import ValidationError

    from herstel.exchange.format import COACH_FORMAT, FORMAT, FORMAT_VERSION, Export

    if not data.strip():
        raise HerstelError("export.read.empty")
    if b"AGE-SECRET-KEY-" in data[:4096]:
        raise HerstelError("export.read.secret_key")  # an identity file, given by mistake
    if len(data) > MARKS_MAX and sum(map(data.count, (b",", b"[", b"{"))) > MARKS_MAX:
        raise HerstelError("export.read.too_many")
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
    check_keys(document, Export)
    text = json.dumps(document).encode() if upgraded else data
    del document  # the models parse the text again: the two need not be held at once
    try:
        export = Export.model_validate_json(text)
    except ValidationError as problem:
        raise HerstelError(
            "export.read.invalid", count=problem.error_count(), where=where_of(problem)
        ) from None
    check_consistent(export)
    return export


def check_keys(value: Any, model: type[BaseModel], where: tuple[str | int, ...] = ()) -> None:
    """Every object where the models expect one of theirs has exactly their keys. The first
    object that has not is reported as the models would: at its first missing key (in the
    model's order), else at its first key too many. What is not an object, or a list where one
    is expected, is left to the models: a single problem each."""
    if not isinstance(value, dict):
        return
    fields, nested = _fields(model)
    if value.keys() != fields.keys():
        missing, extra = fields.keys() - value.keys(), value.keys() - fields.keys()
        # Where the models would say: the first key missing (in their order), else the first
        # key too many (in the file's).
        wrong = missing or extra
        first = next(n for n in (fields if missing else value) if n in wrong)
        raise HerstelError(
            "export.read.invalid",
            count=len(missing) + len(extra), where=_path((*where, first)),
        )  # fmt: skip
    for name, (inner, many) in nested.items():
        found = value[name]
        if not many:
            check_keys(found, inner, (*where, name))
        elif isinstance(found, list):
            expected, deeper = _fields(inner)
            keys = expected.keys()
            for number, record in enumerate(found):  # a quick look first: the list may be long
                if deeper or (isinstance(record, dict) and record.keys() != keys):
                    check_keys(record, inner, (*where, name, number))


@cache
def _fields(model: type[BaseModel]) -> tuple[dict[str, None], dict[str, tuple[Any, bool]]]:
    """A model's keys in its order, and those whose value is a model of its own or a list of
    them (with that model, and whether it is a list)."""
    from pydantic import BaseModel

    nested: dict[str, tuple[Any, bool]] = {}
    for name, field in model.model_fields.items():
        shape = field.annotation
        many = get_origin(shape) is list
        inner = get_args(shape)[0] if many else shape
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            nested[name] = (inner, many)
    return dict.fromkeys(model.model_fields), nested


def _path(parts: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in parts)[:120]


def where_of(problem: ValidationError) -> str:
    """Where the first problem is ("checkins.0.energy"), without the value found there."""
    return _path(problem.errors(include_input=False, include_url=False)[0]["loc"])


def _check_answers(export: Export) -> None:
    """One answer per item asked, each item asked once, one filling per questionnaire and
    session."""
    for number, answer in enumerate(export.questionnaire_answers):
        if len(answer.answers) != len(answer.items) or len(set(answer.items)) != len(answer.items):
            raise _invalid(f"questionnaire_answers.{number}.answers")
    _once(
        "questionnaire_answers",
        [(a.questionnaire, a.session) for a in export.questionnaire_answers if a.session],
        "session",
    )


def check_consistent(export: Export) -> None:
    """What the models cannot see one record at a time: ids used once, one check-in a day, the
    ten sessions numbered 1-10, moments that can be kept as UTC, and practice and signals that
    point at records in the file (an export always carries the whole ladder and every shared
    exercise)."""
    lists: dict[str, list[Any]] = {
        "sessions": export.sessions, "ladder": export.ladder, "exercises": export.exercises,
        "checkins": export.checkins, "signals": export.signals,
        "pattern_notes": export.pattern_notes, "bio_notes": export.bio_notes,
        "practices": export.practices, "tombstones": export.tombstones,
        "work_steps": export.work_steps, "questionnaire_answers": export.questionnaire_answers,
        "follow_ups": export.follow_ups,
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
    _check_answers(export)
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
