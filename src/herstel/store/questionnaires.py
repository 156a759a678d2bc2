"""Questionnaires in the store: a client's answers (`questionnaire_models.QuestionnaireAnswer`)
on the standard library's sqlite3, as the daily commands reach the store, and the instruments a
coach loaded (`questionnaire_models.Instrument`) through the ORM.

The answers are written as the ORM writes them (see `store/rows.py`): timestamps through
`utc_text`, days as ISO text, the items and answers as JSON text."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from herstel.store.rows import insert, read_utc, utc_text

if TYPE_CHECKING:
    from sqlmodel import Session

    from herstel.store.questionnaire_models import Instrument


@dataclass(frozen=True)
class AnswerRow:
    """One questionnaire filled in: the items asked, in order, and the answers (None: skipped)."""

    id: str
    trajectory_id: str
    created_at: datetime
    updated_at: datetime
    questionnaire: str
    instrument_version: str
    session: int | None
    day: date
    time: str | None
    items: tuple[str, ...]
    answers: tuple[int | None, ...]
    private: bool = False


_COLUMNS = (
    "id, trajectory_id, created_at, updated_at, questionnaire, instrument_version, session, day,"
    " time, items, answers, private"
)


def answers(
    *, conn: sqlite3.Connection, trajectory_id: str, questionnaire: str | None = None
) -> list[AnswerRow]:
    """The questionnaires filled in (of one name, or all), by session then day."""
    where, params = "trajectory_id = ?", [trajectory_id]
    if questionnaire is not None:
        where += " AND questionnaire = ?"
        params.append(questionnaire)
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM questionnaire_answer WHERE {where}"  # noqa: S608 - ours
        " ORDER BY questionnaire, session IS NULL, session, day, created_at",
        params,
    ).fetchall()
    return [
        AnswerRow(
            id=row[0],
            trajectory_id=row[1],
            created_at=read_utc(row[2]),
            updated_at=read_utc(row[3]),
            questionnaire=row[4],
            instrument_version=row[5],
            session=row[6],
            day=date.fromisoformat(row[7]),
            time=row[8],
            items=tuple(json.loads(row[9])),
            answers=tuple(json.loads(row[10])),
            private=bool(row[11]),
        )
        for row in found
    ]


def add_answer(*, conn: sqlite3.Connection, answer: AnswerRow) -> None:
    insert(conn=conn, table="questionnaire_answer", values=_values(answer))


def update_answer(*, conn: sqlite3.Connection, answer: AnswerRow) -> None:
    values = _values(answer)
    del values["id"], values["trajectory_id"], values["created_at"]
    sets = ", ".join(f"{name} = ?" for name in values)
    conn.execute(
        f"UPDATE questionnaire_answer SET {sets} WHERE id = ?",  # noqa: S608 - our names
        [*values.values(), answer.id],
    )


def _values(answer: AnswerRow) -> dict[str, Any]:
    return {
        "id": answer.id, "trajectory_id": answer.trajectory_id,
        "created_at": utc_text(answer.created_at), "updated_at": utc_text(answer.updated_at),
        "questionnaire": answer.questionnaire, "instrument_version": answer.instrument_version,
        "session": answer.session, "day": answer.day.isoformat(), "time": answer.time,
        "items": json.dumps(list(answer.items)), "answers": json.dumps(list(answer.answers)),
        "private": int(answer.private),
    }  # fmt: skip


# --- the coach's instruments ------------------------------------------------------------------


def instrument(*, session: Session, name: str) -> Instrument | None:
    from herstel.store.questionnaire_models import Instrument

    return session.get(Instrument, name)


def instruments(*, session: Session) -> list[Instrument]:
    from sqlmodel import col, select

    from herstel.store.questionnaire_models import Instrument

    return list(session.exec(select(Instrument).order_by(col(Instrument.name))).all())


def save_instrument(
    *, session: Session, name: str, version: str, data: dict[str, Any], now: datetime
) -> str:
    """The instrument kept under `name` (a new one, or the one there replaced): "new",
    "updated" or "same"."""
    from herstel.store.questionnaire_models import Instrument

    found = session.get(Instrument, name)
    if found is None:
        session.add(Instrument(name=name, version=version, data=data, added_at=now, updated_at=now))
        return "new"
    if found.data == data:
        return "same"
    found.version, found.data, found.updated_at = version, data, max(now, found.updated_at)
    session.add(found)
    return "updated"
