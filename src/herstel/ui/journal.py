"""Entries and records as the journal shows them: `log`, `show`, the overview's recent lines,
and their JSON (docs/json-output.md)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from herstel.core.checkin import FIELDS
from herstel.i18n import format_day_short, format_hours, t
from herstel.store.journal import EntriesContext, Record
from herstel.ui import console
from herstel.ui.entries import Entry, show_entries
from herstel.ui.exercise import exercise_json
from herstel.ui.signals import ladder_json

# --- JSON -------------------------------------------------------------------------------------

# Each kind's own keys, in order; every key is present, null when empty.
JSON_KEYS: dict[str, tuple[str, ...]] = {
    "checkin": (*(spec.name for spec in FIELDS), "copied"),
    "signal": (
        "what",
        "type",
        "where",
        "intensity",
        "limit",
        "fit",
        "situation",
        "response",
        "ladder_item_id",
    ),
    "pattern": (
        "situation",
        "behaviour",
        "consequence",
        "unnoticed",
        "belief",
        "belief_text",
        "new_behaviour",
        "reflection",
    ),
    "bio": ("life_stage", "text", "drives", "pattern"),
    "practice": ("exercise_id", "exercise", "minutes", "note"),
}
ATTRIBUTES = {"where": "location"}  # JSON keys named after the flag, not the column


def entry_json(entry: Record, exercise_names: Mapping[str, str]) -> dict[str, Any]:
    columns = entry.columns  # read straight: a year of entries is many thousand fields
    fields: dict[str, Any] = {
        "kind": entry.kind,
        "id": columns["id"],
        "day": columns["day"].isoformat(),
    }
    if entry.kind != "checkin":
        fields["time"] = columns["time"]
    for key in JSON_KEYS[entry.kind]:
        if key == "exercise":
            fields[key] = exercise_names.get(columns["exercise_id"])
        else:
            value = columns[ATTRIBUTES.get(key, key)]
            fields[key] = None if value == [] else value
    fields["private"] = columns["private"]
    fields["created_at"] = columns["created_at"].isoformat()
    fields["updated_at"] = columns["updated_at"].isoformat()
    return fields


def record_json(record: Record, shown: EntriesContext, practised_this_week: int) -> dict[str, Any]:
    """`show --json`: an entry as `log --json` has it; a ladder item or an exercise as their own
    lists have it, with its kind."""
    if record.kind == "ladder":
        return {"kind": "ladder", **ladder_json(record)}
    if record.kind == "exercise":
        return {"kind": "exercise", **exercise_json(record, practised_this_week)}
    return entry_json(record, shown.names)


# --- on screen --------------------------------------------------------------------------------


def log_entry(entry: Record, today: date, shown: EntriesContext) -> Entry:
    """An entry as the log shows it: when, what sort, its figures, then the person's words."""
    title = format_day_short(entry.day, year=entry.day.year != today.year)
    if getattr(entry, "time", None):
        title += f" {entry.time}"
    kind = entry.kind
    if kind == "checkin":
        parts = _checkin_parts(entry)
    elif kind == "signal":
        parts = _signal_parts(entry, shown.colours)
    elif kind == "pattern":
        parts = _pattern_parts(entry)
    elif kind == "bio":
        parts = _bio_parts(entry)
    else:
        parts = _practice_parts(entry, shown.names)
    ident = shown.shorts.get(entry.id, "")
    return Entry(title=title, private=entry.private, ident=ident, **parts)


def _texts(entry: Record, labels: dict[str, str | None]) -> list[tuple[str | None, str]]:
    """The free-text fields that were written, each with its label."""
    return [
        (None if key is None else t(key), getattr(entry, name))
        for name, key in labels.items()
        if getattr(entry, name)
    ]


def _checkin_parts(checkin: Record) -> dict[str, Any]:
    """The day's figures, then givers and drainers, then the note."""
    facts = [t("log.energy", energy=checkin.energy)]
    if checkin.sleep_hours is not None:  # as people say it: "slept 7 h 15 min (3/5)"
        quality = "" if checkin.sleep_quality is None else f" ({checkin.sleep_quality}/5)"
        facts.append(t("log.sleep", hours=format_hours(checkin.sleep_hours)) + quality)
    elif checkin.sleep_quality is not None:
        facts.append(t("log.sleep_quality", value=checkin.sleep_quality))
    for name in ("food", "structure"):
        if getattr(checkin, name) is not None:
            facts.append(t(f"log.{name}", value=getattr(checkin, name)))
    for name in ("movement", "relaxation"):
        if getattr(checkin, name) is not None:
            facts.append(t(f"log.{name}", minutes=getattr(checkin, name)))
    lines = []
    if checkin.givers:
        lines.append(t("log.givers", names=", ".join(checkin.givers)))
    if checkin.drainers:
        lines.append(t("log.drainers", names=", ".join(checkin.drainers)))
    return {
        "kind": t("log.kind.checkin"),
        "facts": facts,
        "lines": lines,
        "texts": _texts(checkin, {"note": None}),
    }


def _signal_parts(signal: Record, colours: Mapping[str, str]) -> dict[str, Any]:
    facts = []
    if signal.location:
        facts.append(signal.location)
    if signal.intensity is not None:
        facts.append(t("log.intensity", value=signal.intensity))
    if signal.limit is not None:
        facts.append(t(f"log.limit.{signal.limit}"))
    if signal.fit is not None:
        facts.append(t("log.fit.yes" if signal.fit else "log.fit.no"))
    colour = colours.get(signal.ladder_item_id or "")
    if colour is not None:
        facts.append(t("log.on_ladder", colour=t(f"ladder.colour.{colour}")))
    return {
        "kind": t(f"log.kind.signal.{signal.type}", what=signal.what),
        "facts": facts,
        "texts": _texts(
            signal, {"situation": "log.label.situation", "response": "log.label.response"}
        ),
    }


def _pattern_parts(note: Record) -> dict[str, Any]:
    facts = [] if note.belief is None else [t(f"log.belief.{note.belief}")]
    labels: dict[str, str | None] = {
        "situation": "log.label.situation",
        "behaviour": "log.label.behaviour",
        "consequence": "log.label.consequence",
        "unnoticed": "log.label.unnoticed",
        "belief_text": "log.label.belief_text",
        "new_behaviour": "log.label.new_behaviour",
        "reflection": "log.label.reflection",
    }
    return {"kind": t("log.kind.pattern"), "facts": facts, "texts": _texts(note, labels)}


def _bio_parts(note: Record) -> dict[str, Any]:
    labels: dict[str, str | None] = {
        "life_stage": "log.label.life_stage",
        "text": None,
        "drives": "log.label.drives",
        "pattern": "log.label.pattern",
    }
    return {"kind": t("log.kind.bio"), "texts": _texts(note, labels)}


def _practice_parts(practice: Record, names: Mapping[str, str]) -> dict[str, Any]:
    facts = [] if practice.minutes is None else [t("log.minutes", minutes=practice.minutes)]
    name = names.get(practice.exercise_id, "?")
    return {
        "kind": t("log.kind.practice", name=name),
        "facts": facts,
        "texts": _texts(practice, {"note": None}),
    }


def show_log(entries: list[Record], today: date, shown: EntriesContext) -> None:
    show_entries(
        [log_entry(entry, today, shown) for entry in entries],
        title_header=t("log.column.day"),
        entry_header=t("log.column.entry"),
    )


def record_pairs(record: Record, shown: EntriesContext) -> list[tuple[str, str]]:
    """A ladder item or an exercise as labelled pairs, its short id first."""
    pairs = [(t("show.label.id"), shown.shorts[record.id])]
    if record.kind == "ladder":
        return [
            *pairs,
            (t("ladder.column.signal"), record.signal),
            (t("ladder.column.colour"), t(f"ladder.colour.{record.colour}")),
            (t("ladder.column.action"), record.action or "-"),
        ]
    pairs += [
        (t("exercise.column.name"), record.name),
        (t("exercise.column.type"), t(f"exercise.type.{record.type}") if record.type else "-"),
        (t("exercise.column.description"), record.description or "-"),
    ]
    if record.stopped_at is not None:
        pairs.append((t("show.label.stopped"), t("exercise.stopped_mark")))
    return pairs


def show_record(record: Record, today: date, shown: EntriesContext) -> None:
    """One record whole: an entry as the log shows it, a ladder item or an exercise as pairs."""
    if record.kind in ("ladder", "exercise"):
        console.show_pairs(None, record_pairs(record, shown))
    else:
        show_log([record], today, shown)
