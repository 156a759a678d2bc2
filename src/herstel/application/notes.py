"""`herstel pattern` and `herstel bio`: a pattern note or a biography note, saved in one
transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from herstel.application.trajectory import trajectory_in
from herstel.store.db import Store
from herstel.store.notes import BioNoteRow, PatternNoteRow, add_note
from herstel.store.rows import new_id

__all__ = ["BioNoteRow", "PatternNoteRow"]


@dataclass(frozen=True)
class NewPattern:
    """The reflection questions on one situation, as checked: only the situation is required."""

    day: date
    time: str | None  # "HH:MM", local
    situation: str
    behaviour: str | None = None
    consequence: str | None = None
    unnoticed: str | None = None
    belief: str | None = None  # perfection, no-burden, nothing-wrong, expectations, other
    belief_text: str | None = None  # with `other`: the belief in one's own words
    new_behaviour: str | None = None
    reflection: str | None = None
    private: bool = False


@dataclass(frozen=True)
class NewBio:
    day: date
    time: str | None  # "HH:MM", local
    life_stage: str | None = None
    text: str | None = None
    drives: str | None = None
    pattern: str | None = None
    private: bool = False


def write_pattern(*, store: Store, note: NewPattern, now: datetime) -> PatternNoteRow:
    with store.write() as conn:
        saved = PatternNoteRow(
            id=new_id(), trajectory_id=trajectory_in(conn=conn).id, created_at=now,
            updated_at=now, **vars(note),
        )  # fmt: skip
        add_note(conn=conn, note=saved)
    return saved


def write_bio(*, store: Store, note: NewBio, now: datetime) -> BioNoteRow:
    with store.write() as conn:
        saved = BioNoteRow(
            id=new_id(), trajectory_id=trajectory_in(conn=conn).id, created_at=now,
            updated_at=now, **vars(note),
        )  # fmt: skip
        add_note(conn=conn, note=saved)
    return saved
