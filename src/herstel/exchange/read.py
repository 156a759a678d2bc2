"""Reading an export back: JSON, the right format and version, every field as the models say.

Errors never quote the file's content (it is someone's journal): they name where in the
document the problem is, not what it says.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from herstel.errors import HerstelError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from herstel.exchange.format import ExportV1


def parse_export(data: bytes) -> ExportV1:
    from pydantic import ValidationError

    from herstel.exchange.format import FORMAT, FORMAT_VERSION, ExportV1

    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HerstelError("export.read.not_json") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HerstelError("export.read.not_export")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and version > FORMAT_VERSION
        raise HerstelError(
            "export.read.newer" if newer else "export.read.bad_version", version=str(version)[:10]
        )
    try:
        return ExportV1.model_validate_json(data)
    except ValidationError as problem:
        raise HerstelError(
            "export.read.invalid", count=problem.error_count(), where=where_of(problem)
        ) from None


def where_of(problem: ValidationError) -> str:
    """Where the first problem is ("checkins.0.energy"), without the value found there."""
    first = problem.errors(include_input=False, include_url=False)[0]
    return ".".join(str(part) for part in first["loc"])[:120]
