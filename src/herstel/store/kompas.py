"""What the kompas gathers that insights do not: the ladder as it stands, with its actions, and
the pattern notes' beliefs and new behaviour (sqlite3, either store)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class LadderLine:
    signal: str
    colour: str  # green, orange, red
    action: str | None


@dataclass(frozen=True)
class NoteLine:
    belief: str | None  # a belief's key, or other
    belief_text: str | None
    new_behaviour: str | None


def kompas_rows(
    *, conn: sqlite3.Connection, trajectory_id: str
) -> tuple[list[LadderLine], list[NoteLine]]:
    """The ladder (green, orange, red; oldest first within each) and the pattern notes with a
    belief or a new behaviour, newest first."""
    order = "CASE colour WHEN 'green' THEN 0 WHEN 'orange' THEN 1 ELSE 2 END, created_at"
    ladder = [
        LadderLine(signal, colour, action)
        for signal, colour, action in conn.execute(
            "SELECT signal, colour, action FROM ladder_item"  # noqa: S608 - our own clause
            f" WHERE trajectory_id = ? AND removed_at IS NULL ORDER BY {order}",
            (trajectory_id,),
        )
    ]
    notes = [
        NoteLine(belief, belief_text, new_behaviour)
        for belief, belief_text, new_behaviour in conn.execute(
            "SELECT belief, belief_text, new_behaviour FROM pattern_note WHERE trajectory_id = ?"
            " AND (belief IS NOT NULL OR new_behaviour IS NOT NULL)"
            " ORDER BY day DESC, created_at DESC",
            (trajectory_id,),
        )
    ]
    return ladder, notes


def has_strong_signals(*, conn: sqlite3.Connection, trajectory_id: str) -> bool:
    """Whether the ladder holds an orange or a red signal."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM ladder_item WHERE trajectory_id = ?"
        " AND colour IN ('orange', 'red') AND removed_at IS NULL)",
        (trajectory_id,),
    ).fetchone()
    return bool(row[0])


def strong_signals(
    *, conn: sqlite3.Connection, trajectory_id: str, since: str, until: str
) -> list[tuple[str, str]]:
    """The orange and red signals of the ladder logged from `since` to `until` (ISO days): each
    signal once, by its ladder name, red first."""
    found = conn.execute(
        "SELECT l.signal, l.colour, max(s.day) FROM signal s"
        " JOIN ladder_item l ON l.id = s.ladder_item_id"
        " WHERE s.trajectory_id = ? AND l.colour IN ('orange', 'red') AND s.day BETWEEN ? AND ?"
        " GROUP BY l.id ORDER BY l.colour = 'orange', max(s.day) DESC",
        (trajectory_id, since, until),
    )
    return [(signal, colour) for signal, colour, _ in found]
