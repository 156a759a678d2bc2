"""Hours and dates as people type them (issue 20): 7:30, 7u30 and 7,5 are one number of hours;
28-11-2026 is a day in English too, and 4-1-2027, which could be two days, is refused there."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import INIT, TODAY, Invoke, refused, rows, snapshot
from herstel import i18n
from herstel.core.checkin import check_sleep_hours
from herstel.core.dates import parse_day, parse_hours
from herstel.errors import UsageError

# --- hours --------------------------------------------------------------------------------------

HALF_PAST_SEVEN = [
    "7:30",
    "7u30",
    "7U30",
    "7h30",
    "7 uur 30",
    "7 h 30 min",  # as herstel says it back
    "7u30m",
    "7 hours 30 minutes",
    "7,5",
    "7.5",
    "7,5 uur",
    "7.5 h",
    " 7:30 ",
]


@pytest.mark.parametrize("text", HALF_PAST_SEVEN)
def test_the_ways_to_write_seven_and_a_half_hours(text: str) -> None:
    assert parse_hours(text, name="--sleep-hours") == 7.5
    assert check_sleep_hours(text) == 7.5


@pytest.mark.parametrize(
    ("text", "hours"),
    [("7u", 7.0), ("8 uur", 8.0), ("0:15", 0.25), ("45 min", 0.75), ("90 min", 1.5), ("24:00", 24)],
)
def test_whole_hours_and_minutes_alone(text: str, hours: float) -> None:
    assert parse_hours(text, name="--sleep-hours") == hours


@pytest.mark.parametrize("text", ["7:60", "7:75", "7u75", "7h90", "7 uur 61", "0:99"])
def test_minutes_past_59_are_refused(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_hours(text, name="--sleep-hours")
    assert caught.value.key == "hours.minutes"
    assert caught.value.exit_code == 2
    assert "59" in caught.value.message()


@pytest.mark.parametrize("text", ["abc", "", "7:5", "7::30", "7u30u", "seven", "7,5,1", "1e3"])
def test_what_is_no_number_of_hours(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_hours(text, name="--sleep-hours")
    assert caught.value.key == "hours.unknown"
    assert "7:30" in caught.value.message()


def test_hours_out_of_range_whichever_way_written() -> None:
    for text in ("24:30", "25u", "-1"):
        with pytest.raises(UsageError) as caught:
            check_sleep_hours(text)
        assert caught.value.key == "number.out_of_range"


@given(st.integers(0, 24), st.sampled_from([0, 15, 30, 45]))
def test_every_way_of_writing_hours_and_minutes_is_one_value(hours: int, minutes: int) -> None:
    if hours == 24 and minutes:
        return  # past the 24 hours a night can have, however it is written
    value = hours + minutes / 60
    decimal = f"{value:g}"
    written = [
        f"{hours}:{minutes:02d}",  # h:mm
        f"{hours}u{minutes}",  # hum
        f"{hours}u{minutes:02d}",
        f"{hours}h{minutes:02d}",
        f"{hours} uur {minutes}",
        decimal,  # 7.25
        decimal.replace(".", ","),  # 7,25
    ]
    assert {parse_hours(text, name="--sleep-hours") for text in written} == {value}
    assert {check_sleep_hours(text) for text in written} == {value}


@given(st.integers(0, 96), st.sampled_from(["en", "nl"]))
def test_hours_as_herstel_says_them_read_back(quarters: int, language: str) -> None:
    i18n.set_language(language)
    try:
        said = i18n.format_hours(quarters / 4)  # "7 h 15 min", "7 uur 15 min", "45 min"
        assert parse_hours(said, name="--sleep-hours") == quarters / 4
    finally:
        i18n.set_language("en")


# --- days written with the year last ---------------------------------------------------------

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))


@given(DAYS.filter(lambda d: d.day > 12), st.sampled_from(["-", "/"]))
def test_day_first_with_a_day_past_12_is_one_day_in_both_languages(day: date, sep: str) -> None:
    text = f"{day.day}{sep}{day.month}{sep}{day.year}"
    assert parse_day(text, today=TODAY, lang="en") == day
    assert parse_day(text, today=TODAY, lang="nl") == day


@given(DAYS.filter(lambda d: d.day <= 12 and d.day != d.month), st.sampled_from(["-", "/"]))
def test_day_first_that_could_be_two_days_is_refused_in_english_only(day: date, sep: str) -> None:
    text = f"{day.day}{sep}{day.month}{sep}{day.year}"
    with pytest.raises(UsageError) as caught:
        parse_day(text, today=TODAY, lang="en")
    assert caught.value.key == "date.ambiguous"
    assert caught.value.exit_code == 2
    message = caught.value.message()
    assert day.isoformat() in message  # the day first reading, in ISO, to write instead
    assert date(day.year, day.day, day.month).isoformat() in message  # and the other one
    assert parse_day(text, today=TODAY, lang="nl") == day  # Dutch: the day first, always


@given(DAYS.filter(lambda d: d.day == d.month))
def test_day_and_month_the_same_is_one_day(day: date) -> None:
    assert parse_day(f"{day.day}-{day.month}-{day.year}", today=TODAY, lang="en") == day


@given(DAYS.filter(lambda d: d.day > 12))
def test_month_first_only_in_english_and_only_where_it_is_clear(day: date) -> None:
    text = f"{day.month}/{day.day}/{day.year}"  # 11/28/2026
    assert parse_day(text, today=TODAY, lang="en") == day
    with pytest.raises(UsageError) as caught:
        parse_day(text, today=TODAY, lang="nl")
    assert caught.value.key == "date.no_such_day"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("4-1/2027", "date.unknown"),  # one separator, not two
        ("4.1.2027", "date.unknown"),
        ("4-1-27", "date.unknown"),  # the year has four digits
        ("2027/01/04", "date.unknown"),
        ("31-2-2027", "date.no_such_day"),
        ("13-13-2027", "date.no_such_day"),
        ("0-1-2027", "date.no_such_day"),
    ],
)
def test_what_no_reading_makes_a_day_of(text: str, key: str) -> None:
    for language in ("en", "nl"):
        with pytest.raises(UsageError) as caught:
            parse_day(text, today=TODAY, lang=language)
        assert caught.value.key == key


def test_the_ambiguous_date_message_names_both_days() -> None:
    with pytest.raises(UsageError) as caught:
        parse_day("4-1-2027", today=TODAY, lang="en")
    assert caught.value.message() == (
        "'4-1-2027' could be Mon 4 Jan 2027 or Thu 1 Apr 2027; write it as 2027-01-04 or "
        "2027-04-01 (year-month-day)."
    )


# --- through the command line --------------------------------------------------------------


def sleep_stored(store: Path) -> list[tuple[object, ...]]:
    return rows(store, "SELECT day, sleep_hours FROM checkin ORDER BY day")


@pytest.mark.parametrize("typed", ["7:30", "7u30", "7,5", "7h30", "7.5"])
def test_sleep_hours_flag_as_typed(cli: Invoke, started: Path, typed: str) -> None:
    result = cli("checkin", "--energy", "5", "--sleep-hours", typed)
    assert result.exit_code == 0, result.stderr
    assert sleep_stored(started) == [(TODAY.isoformat(), 7.5)]
    assert "kept as" not in result.stdout  # nothing was rounded
    assert "slept 7 h 30 min" in cli("log").stdout


def test_sleep_hours_rounded_say_so_as_typed(cli: Invoke, started: Path) -> None:
    result = cli("checkin", "--energy", "5", "--sleep-hours", "7:20")
    assert result.exit_code == 0, result.stderr
    assert "Sleep is kept as 7 h 15 min, to the quarter hour (you typed 7:20)." in result.stdout
    result = cli("--lang", "nl", "checkin", "--sleep-hours", "6u50")
    assert "Je slaap wordt bewaard als 6 uur 45 min, op een kwartier afgerond (je typte 6u50)." in (
        result.stdout
    )
    assert sleep_stored(started) == [(TODAY.isoformat(), 6.75)]


def test_sleep_hours_in_the_form_and_in_edit(cli: Invoke, home: Path) -> None:
    week_ago = {"HERSTEL_TODAY": f"{(TODAY - timedelta(days=7)).isoformat()}T12:00"}
    assert cli(*INIT, env=week_ago).exit_code == 0  # yesterday is no day to confirm
    started = home / "herstel.db"
    answers: list[object] = ["5", "7u45", "", "", "", "", "", "", "", ""]
    result = cli("checkin", "--date", "yesterday", answers=answers)
    assert result.exit_code == 0, result.stderr
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert sleep_stored(started) == [(yesterday, 7.75)]
    ident = json.loads(cli("log", "--json").stdout)[0]["id"][:8]
    result = cli("edit", ident, "--sleep-hours", "6:15")
    assert result.exit_code == 0, result.stderr
    assert sleep_stored(started) == [(yesterday, 6.25)]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("typed", ["7:75", "7u60", "7h90"])
def test_minutes_past_59_are_a_usage_error(
    cli: Invoke, started: Path, language: str, typed: str
) -> None:
    cli("checkin", "--energy", "5", "--sleep-hours", "7")
    before = snapshot(started)
    line = refused(cli("--lang", language, "checkin", "--sleep-hours", typed), 2)
    assert "59" in line and typed in line
    assert snapshot(started) == before
    ident = json.loads(cli("log", "--json").stdout)[0]["id"][:8]
    refused(cli("--lang", language, "edit", ident, "--sleep-hours", typed), 2)
    assert snapshot(started) == before


def test_not_hours_at_all_says_how_to_write_them(cli: Invoke, started: Path) -> None:
    line = refused(cli("checkin", "--energy", "5", "--sleep-hours", "long"), 2)
    assert line == "--sleep-hours needs a number of hours, such as 7.5, 7:30 or 7h30; not 'long'."
    line = refused(cli("--lang", "nl", "checkin", "--energy", "5", "--sleep-hours", "lang"), 2)
    assert "7u30" in line


def past_day(wanted: Callable[[date], bool]) -> date:
    """The most recent day before today for which `wanted(day)` holds (within five weeks)."""
    return next(d for d in (TODAY - timedelta(days=n) for n in range(1, 36)) if wanted(d))


def day_first(day: date, sep: str = "-") -> str:
    return f"{day.day}{sep}{day.month}{sep}{day.year}"


def test_day_first_date_past_12_in_english(cli: Invoke, started: Path) -> None:
    day = past_day(lambda d: d.day > 12)
    result = cli("checkin", "--date", day_first(day), "--energy", "4")
    assert result.exit_code == 0, result.stderr
    result = cli("checkin", "--date", day_first(day, "/"), "--energy", "5")
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT day, energy FROM checkin") == [(day.isoformat(), 5)]


def test_day_first_date_that_could_be_two_days(cli: Invoke, started: Path) -> None:
    day = past_day(lambda d: d.day <= 12 and d.day != d.month)
    before = snapshot(started)
    line = refused(cli("checkin", "--date", day_first(day), "--energy", "4"), 2)
    assert day.isoformat() in line
    assert date(day.year, day.day, day.month).isoformat() in line
    assert snapshot(started) == before
    refused(cli("log", "--since", day_first(day)), 2)  # every date option reads dates alike
    result = cli("--lang", "nl", "checkin", "--date", day_first(day), "--energy", "4")
    assert result.exit_code == 0, result.stderr
    assert rows(started, "SELECT day, energy FROM checkin") == [(day.isoformat(), 4)]
