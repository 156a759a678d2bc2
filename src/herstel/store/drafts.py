"""Drafts: what was typed into a form that was stopped (Ctrl-C, Ctrl-D), kept so that the next
run of that command can go on with it.

One small JSON file per command in the home's `drafts` folder (0700; the file 0600, written
through a temp file renamed into place). A draft is never exported and never in a backup of the
journal; it is removed once its entry is saved, or when the person drops it. Light on purpose:
the daily commands read it, with `os` and `json` alone.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from herstel.store.home import ensure_home, read_regular, write_private

FOLDER = "drafts"
LIMIT = 256 * 1024  # a draft is what one person typed into one form
KINDS = frozenset({"checkin", "signal", "pattern", "bio", "practice"})


@dataclass(frozen=True)
class Draft:
    """A stopped form's answers (by field), when it was stopped, and what the form was about
    (the check-in's day, the practised exercise)."""

    kind: str
    saved_at: str  # local ISO moment, to say when it was
    values: dict[str, Any]
    about: dict[str, Any]


def draft_path(home: Path, kind: str) -> Path:
    if kind not in KINDS:  # names are ours, never the user's
        raise ValueError(kind)
    return home / FOLDER / f"{kind}.json"


def has_draft(home: Path, kind: str) -> bool:
    return draft_path(home, kind).is_file()


def save_draft(
    home: Path, kind: str, *, values: dict[str, Any], about: dict[str, Any], saved_at: str
) -> None:
    """Keep what was typed. Only answers given count; a form stopped before any is kept as
    nothing (an earlier draft of that kind stays)."""
    given = {name: value for name, value in values.items() if value is not None}
    if not given:
        return
    folder = ensure_home(home) / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    folder.chmod(0o700)
    data = {"kind": kind, "saved_at": saved_at, "values": given, "about": about}
    write_private(draft_path(home, kind), json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load_draft(home: Path, kind: str) -> Draft | None:
    """The draft of `kind`, or None (none there, or one that cannot be read: it is dropped)."""
    path = draft_path(home, kind)
    try:
        data = json.loads(read_regular(path, limit=LIMIT)[: LIMIT + 1])
        values, about, saved_at = data["values"], data.get("about", {}), data["saved_at"]
        if not (isinstance(values, dict) and isinstance(about, dict) and isinstance(saved_at, str)):
            raise TypeError
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError):
        drop_draft(home, kind)
        return None
    return Draft(kind, saved_at, values, about)


def drop_draft(home: Path, kind: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(draft_path(home, kind))
