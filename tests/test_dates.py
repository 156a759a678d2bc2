"""Date words, times and numbers: unit tests and properties, no I/O."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herstel.core.dates import parse_day, parse_moment, parse_number, parse_time, parse_whole
from herstel.errors import VALUE_SHOWN, HerstelError, UsageError, shortened

TODAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("vandaag", TODAY),
        ("Yesterday", date(2027, 2, 28)),
        ("gisteren", date(2027, 2, 28)),
        ("eergisteren", date(2027, 2, 27)),
        ("tomorrow", date(2027, 3, 2)),
        ("morgen", date(2027, 3, 2)),
        ("overmorgen", date(2027, 3, 3)),
        ("-3d", date(2027, 2, 26)),
        ("+14d", date(2027, 3, 15)),
        ("2027-01-04", date(2027, 1, 4)),
        (" 2027-1-4 ", date(2027, 1, 4)),
    ],
)
def test_day_words(text: str, expected: date) -> None:
    assert parse_day(text, today=TODAY, lang="en") == expected
    assert parse_day(text, today=TODAY, lang="nl") == expected


def test_day_first_always_in_dutch_and_in_english_where_it_cannot_be_misread() -> None:
    assert parse_day("4-1-2027", today=TODAY, lang="nl") == date(2027, 1, 4)
    assert parse_day("28-11-2026", today=TODAY, lang="en") == date(2026, 11, 28)
    with pytest.raises(UsageError) as caught:
        parse_day("4-1-2027", today=TODAY, lang="en")  # 4 January or 1 April
    assert caught.value.key == "date.ambiguous"


@pytest.mark.parametrize("text", ["2026-02-30", "2027-13-01", "31-4-2027", "0-1-2027"])
def test_days_not_on_the_calendar(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_day(text, today=TODAY, lang="nl")
    assert caught.value.key == "date.no_such_day"
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("text", ["", "someday", "3d", "--3d", "2027/01/04", "01-2027", "today!"])
def test_unknown_date_words(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_day(text, today=TODAY, lang="nl")
    assert caught.value.key == "date.unknown"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_and_day_first_round_trip(day: date) -> None:
    assert parse_day(day.isoformat(), today=TODAY, lang="en") == day
    assert parse_day(f"{day.day}-{day.month}-{day.year}", today=TODAY, lang="nl") == day


@given(st.integers(min_value=0, max_value=3650), st.dates(min_value=date(2000, 1, 1)))
def test_offsets(days: int, today: date) -> None:
    assert parse_day(f"-{days}d", today=today, lang="en") == today - timedelta(days=days)
    if today <= date.max - timedelta(days=days + 1):
        assert parse_day(f"+{days}d", today=today, lang="nl") == today + timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "expected"), [("14:30", time(14, 30)), ("9.05", time(9, 5)), ("0:00", time(0, 0))]
)
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "noon", "1430", "12:5"])
def test_bad_times(text: str) -> None:
    with pytest.raises(UsageError):
        parse_time(text)


def test_moment_with_and_without_time() -> None:
    moment = parse_moment("gisteren 14:30", today=TODAY, lang="nl")
    assert (moment.day, moment.time) == (date(2027, 2, 28), time(14, 30))
    assert parse_moment("today", today=TODAY, lang="en").time is None


@pytest.mark.parametrize(
    ("text", "expected"), [("7,5", 7.5), ("7.5", 7.5), ("8", 8.0), (",5", 0.5)]
)
def test_decimal_comma(text: str, expected: float) -> None:
    assert parse_number(text, name="--sleep-hours") == expected


@pytest.mark.parametrize("text", ["abc", "7,5,1", "", "1e3"])
def test_not_a_number(text: str) -> None:
    with pytest.raises(UsageError):
        parse_number(text, name="--sleep-hours")


@given(st.integers(min_value=-50, max_value=50))
def test_whole_numbers_in_range(value: int) -> None:
    if 0 <= value <= 10:
        assert parse_whole(str(value), name="--energy", low=0, high=10) == value
    else:
        with pytest.raises(UsageError) as caught:
            parse_whole(str(value), name="--energy", low=0, high=10)
        assert caught.value.key == "number.out_of_range"


# --- typed values quoted short (issue 19) -------------------------------------------------------

LONG = "7" * 100_000
LONG_WORD = "7x" * 50_000


@pytest.mark.parametrize(
    ("parse", "value"),
    [
        (lambda: parse_day(LONG, today=TODAY, lang="nl"), LONG),
        (lambda: parse_moment(LONG_WORD + " 14:30", today=TODAY, lang="en"), LONG_WORD),
        (lambda: parse_time(LONG), LONG),
        (lambda: parse_number(LONG_WORD, name="--sleep-hours"), LONG_WORD),
        (lambda: parse_whole(LONG, name="--energy", low=0, high=10), LONG),
        (lambda: parse_whole(LONG_WORD, name="--energy", low=0, high=10), LONG_WORD),
    ],
    ids=["day", "moment", "time", "number", "whole", "whole-word"],
)
def test_a_long_typed_value_is_quoted_by_its_first_characters(
    parse: Callable[[], object], value: str
) -> None:
    with pytest.raises(UsageError) as caught:
        parse()
    message = caught.value.message()
    assert value[: VALUE_SHOWN - 1] + "…" in message
    assert value[:VALUE_SHOWN] not in message
    assert len(message) < 200


def test_a_value_of_forty_characters_is_quoted_whole() -> None:
    value = "x" * VALUE_SHOWN
    assert UsageError("date.unknown", value=value).message().count(value) == 1
    assert shortened(value) == value
    assert shortened(value + "y") == "x" * (VALUE_SHOWN - 1) + "…"


def test_paths_and_lists_to_choose_from_are_never_shortened() -> None:
    path = "/home/anna/" + "deep/" * 30 + "journal.json"
    assert path in HerstelError("file.unwritable", path=path).message()
    names = ", ".join(f"exercise number {n}" for n in range(10))
    shown = HerstelError("exercise.ambiguous", name="exercise " * 20, candidates=names).message()
    assert names in shown
    assert ("exercise " * 20)[: VALUE_SHOWN - 1] + "…" in shown
