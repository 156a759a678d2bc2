"""The JSON Schema of each format, generated from its models: the client's export
(`herstel-export`), the coach's copy of a client (`herstel-coach-export`) and the packet the
coach sends the client (`herstel-coach-packet`: its envelope, and the signed body inside it).

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
    "herstel-export-v4.json": "ExportV4",
    "herstel-coach-export-v4.json": "coach_format.CoachExportV4",
    "herstel-export-v5.json": "ExportV5",
    "herstel-coach-export-v5.json": "coach_format.CoachExportV5",
    "herstel-questionnaire-v1.json": "instrument.InstrumentV1",
    "herstel-coach-packet-v1.json": "packet.PacketV1",
    "herstel-coach-packet-body-v1.json": "packet.PacketBodyV1",
}


def export_schema(name: str = "herstel-export-v1.json") -> dict[str, Any]:
    from herstel.exchange import coach_format, instrument, packet
    from herstel.exchange import format as fmt

    module, _, model_name = SCHEMAS[name].rpartition(".")
    modules = {"packet": packet, "coach_format": coach_format, "instrument": instrument}
    model = getattr(modules.get(module, fmt), model_name)
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
