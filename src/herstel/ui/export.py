"""`herstel export` in words: the preview (on screen and as JSON) and what a written export says."""

from __future__ import annotations

from typing import Any

from herstel.application.export import KINDS, SHARED_KINDS, BuiltExport, WrittenExport
from herstel.exchange.crypto import fingerprint
from herstel.exchange.export import Held
from herstel.i18n import format_day_short, t
from herstel.ui import console


def preview_json(built: BuiltExport) -> dict[str, Any]:
    period, held = built.export.period, built.held
    return {
        "since": period.since.isoformat() if period.since else None,
        "until": period.until.isoformat() if period.until else None,
        "shared": built.shared,
        "private": {kind: held.private.get(kind, 0) for kind in (*KINDS, *SHARED_KINDS)},
        "outside_period": {kind: held.outside.get(kind, 0) for kind in KINDS},
        "periods": [
            {
                "session": period.session,
                "start": period.start.isoformat(),
                "end": period.end.isoformat() if period.end else None,
                **counted,
            }
            for period, counted in built.periods
        ],
    }


def show_preview(built: BuiltExport) -> None:
    """What would be shared and what stays behind, by kind and by period."""
    console.say(t("export.preview.title"))
    console.say(period_line(built))
    console.say()
    rows = [
        [t(f"export.kind.{kind}"), str(built.shared[kind]), held_cell(kind, built.held)]
        for kind in (*KINDS, *SHARED_KINDS, "session", "follow_up", "tombstone")
    ]
    console.show_table([t("export.col.what"), t("export.col.shared"), t("export.col.held")], rows)
    if built.periods:
        console.say()
        console.say(t("export.preview.by_period"))
        period_rows = []
        for period, counted in built.periods:
            start = format_day_short(period.start)
            label = (
                t("export.period_row.before", start=start) if period.session is None
                else t("export.period_row.session", number=period.session, start=start)
            )  # fmt: skip
            period_rows.append([label, *(str(counted[kind]) for kind in KINDS)])
        headers = [t("export.col.period"), *(t(f"export.kind.{kind}") for kind in KINDS)]
        console.show_table(headers, period_rows, wrap=True)
    console.say()
    console.say(t("export.preview.private_note"))
    console.say(t("export.preview.nothing_written"))


def held_cell(kind: str, held: Held) -> str:
    parts = []
    if held.private.get(kind):
        parts.append(t("export.held.private", count=held.private[kind]))
    if held.outside.get(kind):
        parts.append(t("export.held.outside", count=held.outside[kind]))
    return ", ".join(parts)


def period_line(built: BuiltExport) -> str:
    since, until = built.export.period.since, built.export.period.until
    if since and until:
        return t("export.period.between", since=format_day_short(since),
                 until=format_day_short(until))  # fmt: skip
    if since:
        return t("export.period.since", since=format_day_short(since))
    if until:
        return t("export.period.until", until=format_day_short(until))
    return t("export.period.all")


def done_lines(written: WrittenExport, *, to_stdout: bool) -> list[str]:
    """What is said once the export is written: how, how many entries, and when it is empty."""
    how = written.how
    key = "export.done.plain_stdout" if to_stdout and how == "plain" else f"export.done.{how}"
    shared = t("export.shared", records=written.records, entries=written.entries)
    lines = [t(key, shared=shared, private=written.private)]
    if not written.entries:
        lines.append(t("export.empty"))
    return lines


def key_change_lines(*, old: str, new: str) -> list[str]:
    """What is said before asking whether an export may go to a new coach key: the fingerprints
    of the key the last export went to and of the one set now, to compare with the coach."""
    return [
        t("export.key_changed.title"),
        t("export.key_changed.old", fingerprint=fingerprint(old)),
        t("export.key_changed.new", fingerprint=fingerprint(new)),
        t("export.key_changed.check"),
    ]
