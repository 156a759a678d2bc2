"""A questionnaire's instrument file, version 1: its items in Dutch and English, the answer
scale, reverse-scored items, subscales and how each is scored, optional bands, and the
instrument's source and licence.

A coach writes one in TOML (or JSON) and loads it with `herstel coach questionnaire add FILE`;
it travels to the client inside the coach's packet. These strict models are the format's
definition: `docs/schema/herstel-questionnaire-v1.json` is generated from them. How a subscale
is scored is in `core/questionnaire.py`; the format is described in `docs/questionnaires.md`.
Errors name where the problem is, never what the file says there.
"""

from __future__ import annotations

import json
from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints

from herstel.errors import HerstelError
from herstel.exchange.format import Strict

INSTRUMENT_FORMAT: Final = "herstel-questionnaire"
INSTRUMENT_VERSION: Final = 1
FILE_MAX = 1024 * 1024  # an instrument of a hundred items is some 30 kB
ITEMS_MAX = 100

InstrumentName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
Short = Annotated[str, StringConstraints(min_length=1, max_length=300, strip_whitespace=True)]
Long = Annotated[str, StringConstraints(min_length=1, max_length=4000, strip_whitespace=True)]
Value = Annotated[int, Field(ge=-100, le=100)]


class Words(Strict):
    """A short text in both languages."""

    nl: Short
    en: Short


class LongWords(Strict):
    nl: Long
    en: Long


class Labels(Strict):
    """One label per value of the scale, in both languages."""

    nl: Annotated[list[Short], Field(min_length=2, max_length=11)]
    en: Annotated[list[Short], Field(min_length=2, max_length=11)]


class ScaleV1(Strict):
    """The answers every item takes: whole numbers, lowest first, and what each means."""

    values: Annotated[list[Value], Field(min_length=2, max_length=11)]
    labels: Labels


class ItemV1(Strict):
    id: ItemId
    text: Words
    reverse: bool = False  # scored as (lowest + highest - answer)


class BandV1(Strict):
    """A range of a subscale's score (both ends included) and what it means."""

    min: float
    max: float
    label: Words


class SubscaleV1(Strict):
    id: ItemId
    title: Words
    items: Annotated[list[ItemId], Field(min_length=1, max_length=ITEMS_MAX)]
    score: Literal["sum", "mean"]
    bands: Annotated[list[BandV1], Field(max_length=10, default_factory=list)]


class InstrumentV1(Strict):
    """A questionnaire: what it asks, how it is scored, where it comes from."""

    format: Literal["herstel-questionnaire"]
    format_version: Literal[1]
    name: InstrumentName  # how commands name it: `herstel questionnaire fill energiebalans`
    version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    title: Words
    intro: LongWords | None = None
    example: bool = False  # written as an example, not a validated instrument
    source: Long
    licence: Long
    scale: ScaleV1
    items: Annotated[list[ItemV1], Field(min_length=1, max_length=ITEMS_MAX)]
    subscales: Annotated[list[SubscaleV1], Field(min_length=1, max_length=20)]


def _invalid(where: str) -> HerstelError:
    return HerstelError("instrument.invalid", where=where[:120])


def parse_instrument(data: bytes, *, toml: bool) -> InstrumentV1:
    """The instrument in `data` (TOML, or JSON), checked: the models, then what they cannot see
    one field at a time. HerstelError naming where the problem is."""
    from pydantic import ValidationError

    from herstel.exchange.read import where_of

    if not data.strip():
        raise HerstelError("instrument.empty")
    if len(data) > FILE_MAX:
        raise HerstelError("instrument.too_big")
    try:
        text = data.decode("utf-8")
        if toml:
            import tomllib

            document = tomllib.loads(text)
        else:
            document = json.loads(text)
    except RecursionError:
        raise HerstelError("instrument.too_deep") from None
    except (UnicodeDecodeError, ValueError):  # tomllib.TOMLDecodeError is a ValueError
        raise HerstelError("instrument.not_toml" if toml else "instrument.not_json") from None
    if not isinstance(document, dict) or document.get("format") != INSTRUMENT_FORMAT:
        raise HerstelError("instrument.not_instrument")
    version = document.get("format_version")
    if type(version) is not int or version != INSTRUMENT_VERSION:
        raise HerstelError("instrument.bad_version", version=str(version)[:10])
    try:
        instrument = InstrumentV1.model_validate(document)
    except ValidationError as problem:
        raise _invalid(where_of(problem)) from None
    check_instrument(instrument)
    return instrument


def check_instrument(instrument: InstrumentV1) -> None:
    """Items named once, a scale of distinct values lowest first with a label each, reverse
    scoring that stays on the scale, subscales of known items, bands in order."""
    seen: set[str] = set()
    for number, item in enumerate(instrument.items):
        if item.id in seen:
            raise HerstelError("instrument.duplicate_item", where=f"items.{number}.id")
        seen.add(item.id)
    values = instrument.scale.values
    if values != sorted(set(values)):
        raise _invalid("scale.values")
    for language in ("nl", "en"):
        if len(getattr(instrument.scale.labels, language)) != len(values):
            raise _invalid(f"scale.labels.{language}")
    low, high = values[0], values[-1]
    if (
        any(item.reverse for item in instrument.items)
        and sorted(low + high - value for value in values) != values
    ):
        number = next(n for n, item in enumerate(instrument.items) if item.reverse)
        raise HerstelError("instrument.reverse_off_scale", where=f"items.{number}.reverse")
    _check_subscales(instrument, seen)


def _check_subscales(instrument: InstrumentV1, seen: set[str]) -> None:
    subscales: set[str] = set()
    for number, subscale in enumerate(instrument.subscales):
        if subscale.id in subscales:
            raise HerstelError("instrument.duplicate_item", where=f"subscales.{number}.id")
        subscales.add(subscale.id)
        for place, named in enumerate(subscale.items):
            if named not in seen:
                raise HerstelError(
                    "instrument.unknown_item", where=f"subscales.{number}.items.{place}"
                )
        if len(set(subscale.items)) != len(subscale.items):
            raise _invalid(f"subscales.{number}.items")
        previous = None
        for place, band in enumerate(subscale.bands):
            if band.min > band.max or (previous is not None and band.min <= previous):
                raise _invalid(f"subscales.{number}.bands.{place}")
            previous = band.max
