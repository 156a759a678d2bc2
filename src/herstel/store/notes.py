"""Pattern and biography notes, on the standard library's sqlite3.

The tables are those of `store/note_models.py`, written as the ORM writes them (see
`store/rows.py`): timestamps through `utc_text`, days as ISO text, booleans as 0/1.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from herstel.store.rows import insert, utc_text


@dataclass(frozen=True)
class PatternNoteRow:
    """The reflection questions on one situation (`note_models.PatternNote`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    day: date
    time: str | None
    situation: str
    behaviour: str | None
    consequence: str | None
    unnoticed: str | None
    belief: str | None
    belief_text: str | None
    new_behaviour: str | None
    reflection: str | None
    private: bool


@dataclass(frozen=True)
class BioNoteRow:
    """A look back at a period of one's life (`note_models.BioNote`)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    day: date
    time: str | None
    life_stage: str | None
    text: str | None
    drives: str | None
    pattern: str | None
    private: bool


def add_note(*, conn: sqlite3.Connection, note: PatternNoteRow | BioNoteRow) -> None:
    """A pattern note into `pattern_note`, a biography note into `bio_note`."""
    values = {name: getattr(note, name) for name in note.__dataclass_fields__}
    values["created_at"] = utc_text(note.created_at)
    values["updated_at"] = utc_text(note.updated_at)
    values["day"] = note.day.isoformat()
    values["private"] = int(note.private)
    table = "pattern_note" if isinstance(note, PatternNoteRow) else "bio_note"
    insert(conn=conn, table=table, values=values)
