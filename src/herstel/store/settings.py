"""The small settings file that start-up reads before any query (the language).

The store holds the same values; the file is a fast copy, so a missing or damaged
file is simply ignored.
"""

from __future__ import annotations

import json
from pathlib import Path

from herstel.store.home import SETTINGS_NAME, write_private


def read_settings(home: Path) -> dict[str, str]:
    try:
        raw = (home / SETTINGS_NAME).read_bytes()
        data = json.loads(raw)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def write_settings(home: Path, settings: dict[str, str]) -> None:
    data = json.dumps(settings, indent=2, sort_keys=True).encode() + b"\n"
    write_private(home / SETTINGS_NAME, data)
