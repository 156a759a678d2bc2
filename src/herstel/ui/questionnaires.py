"""What the questionnaire commands show: the client's list of what is due and done, the items one
by one, the line for answers kept with their scores; the coach's line for an instrument loaded
and the list of instruments. Instruments bring their own words in both languages: the one of the
interface is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from herstel.core.text import visible
from herstel.i18n import format_day, format_day_short, format_number, language, t

if TYPE_CHECKING:
    from herstel.application.coach_questionnaires import Loaded
    from herstel.application.questionnaires import (
        Filled,
        Filling,
        InstrumentScores,
        Listed,
        Score,
    )
    from herstel.exchange.instrument import InstrumentV1
    from herstel.ui.prepare import Block


def words(value: Any) -> str:
    """An instrument's text in the interface's language (a model or its JSON)."""
    chosen = value.get(language()) if isinstance(value, dict) else getattr(value, language())
    return visible(str(chosen), one_line=True)


def score_text(score: Score) -> str:
    """ "Energy balance 2.8 (more in balance)"; "Energy balance: too few answers"."""
    if score.score is None:
        return t("questionnaire.score_missing", title=words(score.title))
    value = format_number(score.score, places=1 if score.method == "mean" else 0)
    line = f"{words(score.title)} {value}"
    return f"{line} ({words(score.band)})" if score.band else line


def scores_line(scores: list[Score]) -> str:
    return "; ".join(score_text(score) for score in scores)


def overview_lines(listed: list[Listed]) -> list[str]:
    if not listed:
        return [t("questionnaire.none")]
    lines = [t("questionnaire.title")]
    for entry in listed:
        lines += ["", words(entry.instrument.title)]
        for moment in entry.moments:
            day = format_day(moment.planned_on)
            before = t("questionnaire.before_session", number=moment.session, day=day)
            if moment.status == "done":
                assert moment.filled_on is not None  # noqa: S101 - done means filled in
                done = t("questionnaire.done_on", day=format_day(moment.filled_on))
                lines.append(f"  {before}: {done}")
                if moment.scores:
                    lines.append("    " + scores_line(moment.scores))
            elif moment.status == "due":
                fill = t("questionnaire.fill_hint", name=entry.name)
                lines.append(f"  {before}: {fill}")
            else:
                lines.append(f"  {before}: {t(f'questionnaire.status.{moment.status}')}")
        for answer in entry.other:  # for a session the coach no longer asks it for
            day = format_day(answer.day)
            key = "questionnaire.other" if answer.session else "questionnaire.other_no_session"
            lines.append("  " + t(key, number=answer.session, day=day))
    return lines


def overview_json(listed: list[Listed]) -> dict[str, Any]:
    return {
        "questionnaires": [
            {
                "name": entry.name,
                "version": entry.instrument.version,
                "title": entry.instrument.title.model_dump(),
                "sessions": [
                    {
                        "session": m.session,
                        "planned_on": m.planned_on.isoformat(),
                        "status": m.status,
                        "filled_on": None if m.filled_on is None else m.filled_on.isoformat(),
                        "scores": [score_json(s) for s in m.scores],
                    }
                    for m in entry.moments
                ],
                "other": [
                    {"session": a.session, "filled_on": a.day.isoformat()} for a in entry.other
                ],
            }
            for entry in listed
        ]
    }


def score_json(score: Score) -> dict[str, Any]:
    return {
        "subscale": score.subscale,
        "method": score.method,
        "score": None if score.score is None else round(score.score, 2),
        "band": score.band,
    }


def intro_lines(instrument: InstrumentV1, *, session: int | None, again: bool) -> list[str]:
    lines = [words(instrument.title)]
    if instrument.intro is not None:
        lines.append(visible(getattr(instrument.intro, language())))
    if session is not None:
        lines.append(t("questionnaire.for_session", number=session))
    if again:
        lines.append(t("questionnaire.again"))
    lines.append(t("questionnaire.skip_hint"))
    return lines


def item_question(instrument: InstrumentV1, number: int) -> str:
    item = instrument.items[number]
    return f"{number + 1}/{len(instrument.items)}  {words(item.text)}"


def item_choices(instrument: InstrumentV1) -> list[tuple[int | None, str]]:
    labels = getattr(instrument.scale.labels, language())
    return [
        (None, t("questionnaire.skip")),
        *(
            (value, f"{value}  {visible(label, one_line=True)}")
            for value, label in zip(instrument.scale.values, labels, strict=True)
        ),
    ]


def filled_lines(filled: Filled) -> list[str]:
    title = words(filled.instrument.title)
    count = len(filled.instrument.items)
    key = f"questionnaire.saved_{filled.status}"
    lines = [t(key, title=title, answered=filled.answered, count=count)]
    if filled.scores:
        lines.append("  " + scores_line(filled.scores))
    return lines


def filled_json(filled: Filled) -> dict[str, Any]:
    return {
        "name": filled.name,
        "session": filled.session,
        "status": filled.status,
        "answered": filled.answered,
        "items": len(filled.instrument.items),
        "scores": [score_json(s) for s in filled.scores],
    }


# --- scores over the sessions (prepare, the coach's report) -----------------------------------


def _value(score: Score | None) -> str:
    if score is None or score.score is None:
        return "-"
    return format_number(score.score, places=1 if score.method == "mean" else 0)


def _when(filling: Filling) -> str:
    day = format_day_short(filling.day)
    if filling.session is None:
        return day
    return t("questionnaire.at_session", number=filling.session, day=day)


def _series(scores: InstrumentScores) -> list[tuple[str, str, list[Score | None]]]:
    """Per subscale: its id, its title, and its score each time the questionnaire was filled."""
    found = []
    for ident, title in scores.subscales:
        values = [
            next((s for s in filling.scores if s.subscale == ident), None)
            for filling in scores.fillings
        ]
        found.append((ident, words(title), values))
    return found


def scores_block(found: list[InstrumentScores]) -> Block | None:
    """The questionnaires' scores over the sessions, one group per questionnaire and one line per
    subscale: "Energy balance: 2.2 (session 1, 1 Mar) → 2.8 (session 5, 26 Apr)"."""
    from herstel.ui.prepare import Block

    if not found:
        return None
    groups: list[str] = []
    for scores in found:
        whens = [_when(filling) for filling in scores.fillings]
        lines = [
            f"{title}: "
            + " → ".join(f"{_value(v)} ({when})" for v, when in zip(values, whens, strict=True))
            for _, title, values in _series(scores)
        ]
        if not scores.subscales:  # the coach holds no instrument of this name: counts only
            lines = [
                t("questionnaire.answered_at", count=f.answered, when=when)
                for f, when in zip(scores.fillings, whens, strict=True)
            ]
        groups += [scores_title(scores), *("  " + line for line in lines)]
    return Block(t("questionnaire.scores"), groups)


def scores_html(found: list[InstrumentScores]) -> list[str]:
    """Per questionnaire, a table: a row per subscale, its scores as a small line over the times
    filled in, and the scores themselves."""
    from html import escape

    from herstel.ui import charts

    parts: list[str] = []
    for scores in found:
        series = _series(scores)
        if not series:
            continue
        whens = [_when(filling) for filling in scores.fillings]
        sparks = [
            charts.Sparkline(
                f"q-{scores.name}-{ident}",
                [None if v is None else v.score for v in values],
                low,
                high,
                t("html.weekly.values", name=title, values="; ".join(map(_value, values))),
            )
            for (ident, title, values), (low, high) in zip(series, scores.ranges, strict=True)
        ]
        rows = [
            f'<tr><th scope="row">{escape(title)}</th><td class="spark">{svg}</td>'
            f'<td class="number">{escape(" → ".join(map(_value, values)))}</td></tr>'
            for (_, title, values), svg in zip(series, charts.sparklines_svg(sparks), strict=True)
        ]
        caption = f"{scores_title(scores)}: {', '.join(whens)}"
        parts.append(
            f'<table class="weekly"><caption>{escape(caption)}</caption>\n'
            f'<thead><tr><th scope="col">{escape(t("questionnaire.col.subscale"))}</th>'
            f'<th scope="col">{escape(t("questionnaire.col.over"))}</th>'
            f'<th scope="col">{escape(t("questionnaire.col.scores"))}</th></tr></thead>\n'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    return parts


def scores_title(scores: InstrumentScores) -> str:
    return words(scores.title) if scores.title else scores.name


def scores_json(found: list[InstrumentScores]) -> list[dict[str, Any]]:
    return [
        {
            "name": s.name,
            "title": s.title,
            "subscales": [{"id": ident, "title": title} for ident, title in s.subscales],
            "fillings": [
                {
                    "session": f.session,
                    "day": f.day.isoformat(),
                    "answered": f.answered,
                    "scores": [score_json(score) for score in f.scores],
                }
                for f in s.fillings
            ],
        }
        for s in found
    ]


# --- the coach's instruments ------------------------------------------------------------------


def loaded_line(loaded: Loaded) -> str:
    title = words(loaded.title)
    line = t(f"coach.questionnaire.loaded_{loaded.status}", title=title, name=loaded.name,
             version=loaded.version, items=loaded.items, subscales=loaded.subscales)  # fmt: skip
    return f"{line} {t('coach.questionnaire.example')}" if loaded.example else line


def instruments_lines(found: list[InstrumentV1]) -> list[str]:
    if not found:
        return [t("coach.questionnaire.none_held")]
    return [
        "  "
        + t(
            "coach.questionnaire.held",
            name=i.name,
            title=words(i.title),
            version=i.version,
            items=len(i.items),
        )
        for i in found
    ]


def instruments_json(found: list[InstrumentV1]) -> list[dict[str, Any]]:
    return [
        {
            "name": i.name,
            "version": i.version,
            "title": i.title.model_dump(),
            "example": i.example,
            "items": len(i.items),
            "subscales": [s.id for s in i.subscales],
            "source": i.source,
            "licence": i.licence,
        }
        for i in found
    ]
