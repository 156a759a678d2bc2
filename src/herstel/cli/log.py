"""`herstel log`: every entry (check-ins, signals, pattern and biography notes, practice) in time
order, as a journal on screen or as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from herstel.cli.runtime import runtime
from herstel.errors import UsageError
from herstel.i18n import language, t
from herstel.ui import console

if TYPE_CHECKING:
    from herstel.store.exercise_models import Practice
    from herstel.store.models import Checkin
    from herstel.store.note_models import BioNote, PatternNote
    from herstel.store.signal_models import Signal
    from herstel.ui.entries import Entry

# As store.timeline.KIND_TABLES names them (a test checks); here without importing the store.
KIND_NAMES = ("checkin", "signal", "pattern", "bio", "practice")
KIND_METAVAR = "|".join(KIND_NAMES)


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

    @app.command("log", help=t("help.log"), **command_options())
    def log_command(
        kind: list[str] | None = typer.Option(
            None, "--kind", metavar=KIND_METAVAR, help=t("help.log.kind")
        ),
        since: str | None = typer.Option(
            None, "--since", metavar=t("meta.date"), help=t("help.log.since")
        ),
        until: str | None = typer.Option(
            None, "--until", metavar=t("meta.date"), help=t("help.log.until")
        ),
        last: str | None = typer.Option(None, "--last", metavar="N", help=t("help.log.last")),
        grep: str | None = typer.Option(
            None, "--grep", metavar=t("meta.text"), help=t("help.log.grep")
        ),
        private_only: bool = typer.Option(False, "--private-only", help=t("help.log.private")),
        as_json: bool = typer.Option(False, "--json", help=t("help.json")),
    ) -> None:
        choice = LogChoice(
            kinds=kind or [], since=since, until=until, last=last, grep=grep, private=private_only
        )
        show_log(choice, as_json=as_json)


@dataclass(frozen=True)
class LogChoice:
    """Which entries `herstel log` shows, as typed."""

    kinds: list[str]
    since: str | None = None
    until: str | None = None
    last: str | None = None
    grep: str | None = None
    private: bool = False  # only the entries marked private


# The fields `--grep` searches: every text the person wrote, and the names they gave.
TEXT_FIELDS = {
    "checkin": ("note", "givers", "drainers"),
    "signal": ("what", "location", "situation", "response"),
    "pattern": (
        "situation",
        "behaviour",
        "consequence",
        "unnoticed",
        "belief_text",
        "new_behaviour",
        "reflection",
    ),
    "bio": ("life_stage", "text", "drives", "pattern"),
    "practice": ("note",),
}


def _all_text(entry: Any, exercise_names: dict[str, str]) -> str:
    from herstel.store.timeline import kind_of

    kind = kind_of(entry)
    parts: list[str] = []
    for name in TEXT_FIELDS[kind]:
        value = getattr(entry, name)
        if isinstance(value, list):
            parts.extend(value)
        elif value:
            parts.append(value)
    if kind == "practice":
        parts.append(exercise_names.get(entry.exercise_id, ""))
    return "\n".join(parts)


def check_kinds(typed: list[str]) -> list[str]:
    """The kinds asked for (commas also separate), in the timeline's order; all when none."""
    from herstel.core.entries import Choice

    dutch = {"signaal": "signal", "patroon": "pattern", "terugblik": "bio", "oefening": "practice"}
    choice = Choice(KIND_NAMES, dutch)
    wanted = {
        choice.check(part, name="--kind")
        for text in typed
        for part in text.split(",")
        if part.strip()
    }
    if typed and not wanted:
        raise UsageError("choice.unknown", name="--kind", value="", choices="|".join(KIND_NAMES))
    return [kind for kind in KIND_NAMES if kind in wanted or not wanted]


def show_log(choice: LogChoice, *, as_json: bool) -> None:
    from herstel.cli.first_run import require_trajectory
    from herstel.core.dates import parse_period, parse_whole
    from herstel.core.entries import fold
    from herstel.core.text import clean_name
    from herstel.store.timeline import timeline

    rt = runtime()
    today = rt.today()
    since, until = choice.since, choice.until
    wanted = check_kinds(choice.kinds)
    first, end = parse_period(since, until, today=today, lang=language())
    count = None
    if choice.last is not None:
        count = parse_whole(choice.last, name="--last", low=1, high=1_000_000)
    needle = None
    if choice.grep is not None:
        needle = fold(clean_name(choice.grep, field="--grep", required=True) or "")
    filtered = needle is not None or choice.private
    trajectory = require_trajectory()
    with rt.store().reading() as session:
        found = timeline(
            session=session,
            trajectory_id=trajectory.id,
            kinds=wanted,
            since=first,
            until=end,
            last=None if filtered else count,  # filters first, then the last N of what is left
        )
        shown = entries_context(session, trajectory.id, found, with_ids=not as_json)
    if choice.private:
        found = [entry for entry in found if entry.private]
    if needle is not None:
        found = [entry for entry in found if needle in fold(_all_text(entry, shown.names))]
    if filtered and count is not None:
        found = found[-count:]
    if as_json:
        console.emit_json([entry_json(entry, shown.names) for entry in found])
        return
    if not found:
        if filtered:
            console.say(t("log.none_found"))
        elif first or end:
            console.say(t("log.none_in_period"))
        else:
            console.say(t("log.none_of_kind") if choice.kinds else t("log.empty"))
        return
    from herstel.ui.entries import show_entries

    show_entries(
        [log_entry(entry, today, shown) for entry in found],
        title_header=t("log.column.day"),
        entry_header=t("log.column.entry"),
    )


# --- JSON (docs/json-output.md) ---------------------------------------------------------------


# Each kind's own keys, in order; every key is present, null when empty.
JSON_KEYS = {
    "checkin": (
        "energy",
        "sleep_hours",
        "sleep_quality",
        "food",
        "movement",
        "relaxation",
        "structure",
        "givers",
        "drainers",
        "note",
    ),
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


def entry_json(entry: Any, exercise_names: dict[str, str]) -> dict[str, Any]:
    from herstel.store.timeline import kind_of

    kind = kind_of(entry)
    fields: dict[str, Any] = {"kind": kind, "id": entry.id, "day": entry.day.isoformat()}
    if kind != "checkin":
        fields["time"] = entry.time
    for key in JSON_KEYS[kind]:
        if key == "exercise":
            fields[key] = exercise_names.get(entry.exercise_id)
        else:
            value = getattr(entry, ATTRIBUTES.get(key, key))
            fields[key] = None if value == [] else value
    fields["private"] = entry.private
    fields["created_at"] = entry.created_at.isoformat()
    fields["updated_at"] = entry.updated_at.isoformat()
    return fields


# --- on screen --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntriesContext:
    """What showing entries takes besides the entries themselves."""

    names: dict[str, str]  # exercise id -> name, for practice
    colours: dict[str, str]  # ladder item id -> colour, for signals
    shorts: dict[str, str]  # record id -> short id


def entries_context(
    session: Any, trajectory_id: str, entries: list[Any], *, with_ids: bool = True
) -> EntriesContext:
    """Read, in the caller's session, what showing `entries` takes."""
    from herstel.core.entries import short_ids
    from herstel.store.timeline import exercise_names, kind_of, ladder_colours, record_ids

    names: dict[str, str] = {}
    if any(kind_of(entry) == "practice" for entry in entries):
        names = exercise_names(session=session, trajectory_id=trajectory_id)
    ids = {e.ladder_item_id for e in entries if getattr(e, "ladder_item_id", None)}
    shorts: dict[str, str] = {}
    if with_ids:
        shorts = short_ids(record_ids(session=session, trajectory_id=trajectory_id))
    return EntriesContext(names, ladder_colours(session=session, ids=ids), shorts)


def log_entry(entry: Any, today: date, shown: EntriesContext) -> Entry:
    """An entry as the log shows it: when, what sort, its figures, then the person's words."""
    from herstel.i18n import format_day_short
    from herstel.store.timeline import kind_of
    from herstel.ui.entries import Entry

    title = format_day_short(entry.day, year=entry.day.year != today.year)
    if getattr(entry, "time", None):
        title += f" {entry.time}"
    kind = kind_of(entry)
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


def _texts(entry: Any, labels: dict[str, str | None]) -> list[tuple[str | None, str]]:
    """The free-text fields that were written, each with its label."""
    return [
        (None if key is None else t(key), getattr(entry, name))
        for name, key in labels.items()
        if getattr(entry, name)
    ]


def _checkin_parts(checkin: Checkin) -> dict[str, Any]:
    """The day's figures, then givers and drainers, then the note."""
    from herstel.cli.checkin import _shown_number

    facts = [t("log.energy", energy=checkin.energy)]
    if checkin.sleep_hours is not None or checkin.sleep_quality is not None:
        hours = "?" if checkin.sleep_hours is None else _shown_number(checkin.sleep_hours)
        quality = "" if checkin.sleep_quality is None else f" ({checkin.sleep_quality}/5)"
        facts.append(t("log.sleep", hours=hours) + quality)
    for name, value in (("food", checkin.food), ("structure", checkin.structure)):
        if value is not None:
            facts.append(t(f"log.{name}", value=value))
    for name, value in (("movement", checkin.movement), ("relaxation", checkin.relaxation)):
        if value is not None:
            facts.append(t(f"log.{name}", minutes=value))
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


def _signal_parts(signal: Signal, colours: dict[str, str]) -> dict[str, Any]:
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


def _pattern_parts(note: PatternNote) -> dict[str, Any]:
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


def _bio_parts(note: BioNote) -> dict[str, Any]:
    labels: dict[str, str | None] = {
        "life_stage": "log.label.life_stage",
        "text": None,
        "drives": "log.label.drives",
        "pattern": "log.label.pattern",
    }
    return {"kind": t("log.kind.bio"), "texts": _texts(note, labels)}


def _practice_parts(practice: Practice, names: dict[str, str]) -> dict[str, Any]:
    facts = [] if practice.minutes is None else [t("log.minutes", minutes=practice.minutes)]
    name = names.get(practice.exercise_id, "?")
    return {
        "kind": t("log.kind.practice", name=name),
        "facts": facts,
        "texts": _texts(practice, {"note": None}),
    }
