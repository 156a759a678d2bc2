"""The JSON Schema of each export format version, generated from its models.

`python -m herstel.exchange.schema` writes `docs/schema/herstel-export-v1.json`; a test fails when
the committed file and the models differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMA_ID = "https://herstel.invalid/schema/herstel-export-v1.json"


def export_schema() -> dict[str, Any]:
    from herstel.exchange.format import ExportV1

    schema = ExportV1.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    return json.dumps(export_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        sys.exit("usage: python -m herstel.exchange.schema [FILE]")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/schema/herstel-export-v1.json")
    target.write_text(schema_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
