"""The JSON Schema of each format, generated from its models: the client's export
(`herstel-export`) and the coach's copy of a client (`herstel-coach-export`).

`python -m herstel.exchange.schema` writes both into `docs/schema/`; a test fails when a committed
file and the models differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMA_BASE = "https://herstel.invalid/schema/"
# The file name of each format's schema, and the models that define it.
SCHEMAS = {
    "herstel-export-v1.json": "ExportV1",
    "herstel-coach-export-v1.json": "CoachExportV1",
    "herstel-export-v2.json": "ExportV2",
    "herstel-coach-export-v2.json": "CoachExportV2",
    "herstel-export-v3.json": "ExportV3",
    "herstel-coach-export-v3.json": "CoachExportV3",
}


def export_schema(name: str = "herstel-export-v1.json") -> dict[str, Any]:
    from herstel.exchange import format as fmt

    model = getattr(fmt, SCHEMAS[name])
    schema = model.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE + name,
        **schema,
    }


def schema_text(name: str = "herstel-export-v1.json") -> str:
    return json.dumps(export_schema(name), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    if len(sys.argv) > 1:
        sys.exit("usage: python -m herstel.exchange.schema  (writes docs/schema/*.json)")
    for name in SCHEMAS:
        Path("docs/schema", name).write_text(schema_text(name), encoding="utf-8")


if __name__ == "__main__":
    main()
