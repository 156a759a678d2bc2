"""Wording that fits the moment (issue 20): the check-in's questions for the day asked about and
the hour asked at, hours said as people say them, and the method's own words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import INIT, TODAY, Invoke, rows
from herstel import i18n
from herstel.core.checkin import FIELD, FIELDS
from herstel.ui import prompts
from herstel.ui.checkin import MORNING_ENDS, SO_FAR, question

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    "nl": [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ],
}  # fmt: skip


def named(day: date, language: str) -> str:
    """A day as the questions name it: "Tuesday 1 December" (with the year if not this one's)."""
    words = f"{WEEKDAYS[language][day.weekday()]} {day.day} {MONTHS[language][day.month - 1]}"
    return words if day.year == TODAY.year else f"{words} {day.year}"


def at(hour: int, minute: int = 0) -> dict[str, str]:
    """The environment of a run at that hour today."""
    return {"HERSTEL_TODAY": f"{TODAY.isoformat()}T{hour:02d}:{minute:02d}"}


@pytest.fixture
def begun(cli: Invoke, home: Path) -> Path:
    """A home whose trajectory was started in herstel a week ago: a check-in for a few days back
    is nothing to confirm."""
    week_ago = {"HERSTEL_TODAY": f"{(TODAY - timedelta(days=7)).isoformat()}T12:00"}
    assert cli(*INIT, env=week_ago).exit_code == 0
    return home / "herstel.db"


# Energy, sleep hours and quality, food, movement, relaxation, structure, givers, drainers,
# note: a note left empty, so privacy is not asked.
ANSWERS: list[object] = ["5", "7,5", "4", "3", "20", "10", "4", "walk", "", ""]


Form = Callable[..., list[str]]


@pytest.fixture
def form(cli: Invoke, monkeypatch: pytest.MonkeyPatch) -> Form:
    """Runs a check-in's form answered with ANSWERS; returns the questions it asked, in order
    (`prompts.asked` is emptied once the run is over)."""
    seen: list[str] = []
    scripted = prompts._scripted

    def record(message: str) -> object:
        seen.append(message)
        return scripted(message)

    monkeypatch.setattr(prompts, "_scripted", record)

    def run(*args: str, env: dict[str, str]) -> list[str]:
        seen.clear()
        result = cli(*args, answers=list(ANSWERS), env=env)
        assert result.exit_code == 0, result.stderr
        return list(seen)

    return run


MORNING = {
    "en": [
        "How much energy do you have today? (0-10)",
        "How many hours did you sleep last night?",
        "How regular and nourishing have your meals been so far today? (1-5)",
        "How many minutes of movement have you had so far today?",
        "How many minutes of relaxation or rest have you had so far today?",
        "How well have you kept to your day structure so far today? (1-5)",
        "What has given you energy so far today? (commas between, optional)",
    ],
    "nl": [
        "Hoeveel energie heb je vandaag? (0-10)",
        "Hoeveel uur heb je vannacht geslapen?",
        "Hoe regelmatig en voedzaam heb je vandaag tot nu toe gegeten? (1-5)",
        "Hoeveel minuten heb je vandaag tot nu toe bewogen?",
        "Hoeveel minuten ontspanning of rust heb je vandaag tot nu toe gehad?",
        "Lukt het vandaag tot nu toe om je dagstructuur aan te houden? (1-5)",
        "Wat heeft je vandaag tot nu toe energie gegeven? (met komma's ertussen, mag je overslaan)",
    ],
}
EVENING = {
    "en": [
        "How many hours did you sleep last night?",
        "How regular and nourishing were your meals? (1-5)",
        "How many minutes of movement did you get?",
        "How well did you keep to your day structure? (1-5)",
    ],
    "nl": [
        "Hoeveel uur heb je vannacht geslapen?",
        "Hoe regelmatig en voedzaam heb je gegeten? (1-5)",
        "Hoeveel minuten heb je bewogen?",
        "Lukte het om je dagstructuur aan te houden? (1-5)",
    ],
}
SO_FAR_WORDS = {"en": "so far", "nl": "tot nu toe"}
LAST_NIGHT = {"en": "last night", "nl": "vannacht"}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_morning_checkin_asks_about_the_day_so_far(
    form: Form, started: Path, language: str
) -> None:
    asked = form("--lang", language, "checkin", env=at(9))
    for text in MORNING[language]:
        assert text in asked
    assert rows(started, "SELECT day, energy, sleep_hours, food, movement FROM checkin") == [
        (TODAY.isoformat(), 5, 7.5, 3, 20)
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("hour", [12, 20])
def test_from_noon_the_day_is_asked_about_as_a_whole(
    form: Form, started: Path, language: str, hour: int
) -> None:
    asked = form("--lang", language, "checkin", env=at(hour))
    for text in EVENING[language]:
        assert text in asked
    assert not [text for text in asked if SO_FAR_WORDS[language] in text]


def test_just_before_noon_is_still_the_morning(form: Form, started: Path) -> None:
    asked = form("checkin", env=at(11, 59))
    assert "How many minutes of movement have you had so far today?" in asked


@pytest.mark.parametrize("hour", [9, 20])
def test_yesterday_is_asked_about_by_name_and_the_night_before_it(
    form: Form, begun: Path, hour: int
) -> None:
    yesterday = TODAY - timedelta(days=1)
    asked = form("checkin", "--date", "yesterday", env=at(hour))
    assert asked[:3] == [
        "How much energy did you have yesterday? (0-10)",
        f"How many hours did you sleep the night before {named(yesterday, 'en')}?",
        "How well did you sleep that night? (1-5)",
    ]
    assert "How well did you keep to your day structure that day? (1-5)" in asked
    assert "What gave you energy that day? (commas between, optional)" in asked
    assert not [text for text in asked if "last night" in text or "so far" in text]
    assert rows(begun, "SELECT day, sleep_hours FROM checkin") == [(yesterday.isoformat(), 7.5)]


@pytest.mark.parametrize("hour", [9, 20])
def test_eergisteren_in_dutch_names_the_day_and_its_night(
    form: Form, begun: Path, hour: int
) -> None:
    day = TODAY - timedelta(days=2)
    asked = form("--lang", "nl", "checkin", "--date", "eergisteren", env=at(hour))
    assert asked[:2] == [
        f"Hoeveel energie had je op {named(day, 'nl')}? (0-10)",
        f"Hoeveel uur heb je geslapen in de nacht voor {named(day, 'nl')}?",
    ]
    assert "Lukte het die dag om je dagstructuur aan te houden? (1-5)" in asked
    assert "Hoeveel minuten heb je die dag bewogen?" in asked
    assert not [text for text in asked if "vannacht" in text or "tot nu toe" in text]


def test_a_day_of_another_year_is_named_with_its_year() -> None:
    day, now = date(TODAY.year - 1, 12, 30), datetime.combine(TODAY, time(20))
    asked = question(FIELD["sleep_hours"], day=day, today=TODAY, now=now)
    assert asked == f"How many hours did you sleep the night before {named(day, 'en')}?"
    assert asked.endswith(f"{day.year}?")


DAYS_BACK = st.integers(0, 400)
MOMENTS = st.times()


@given(DAYS_BACK, MOMENTS, st.sampled_from(["en", "nl"]))
def test_every_question_fits_its_day_and_hour(back: int, moment: time, language: str) -> None:
    i18n.set_language(language)
    try:
        day, now = TODAY - timedelta(days=back), datetime.combine(TODAY, moment)
        for spec in FIELDS:
            text = question(spec, day=day, today=TODAY, now=now)
            assert text.strip() and "{" not in text
            assert (LAST_NIGHT[language] in text) == (back == 0 and spec.name == "sleep_hours")
            morning = back == 0 and moment < MORNING_ENDS and spec.name in SO_FAR
            assert (SO_FAR_WORDS[language] in text) == morning
    finally:
        i18n.set_language("en")


def test_the_question_of_a_field_without_a_day_of_its_own_is_its_plain_one() -> None:
    note = FIELD["note"]
    yesterday = TODAY - timedelta(days=1)
    now = datetime.combine(TODAY, time(9))
    assert (
        question(note, day=yesterday, today=TODAY, now=now)
        == "Anything you want to note? (optional)"
    )


# --- hours and minutes said back ----------------------------------------------------------------


def test_the_log_says_hours_as_people_say_them(cli: Invoke, started: Path) -> None:
    cli("checkin", "--date", "yesterday", "--energy", "5", "--sleep-quality", "3")
    cli("checkin", "--energy", "6", "--sleep-hours", "7,25", "--sleep-quality", "4")
    english = cli("log").stdout
    assert "check-in: energy 5, sleep quality 3/5" in english
    assert "check-in: energy 6, slept 7 h 15 min (4/5)" in english
    assert "7.25" not in english
    dutch = cli("--lang", "nl", "log").stdout
    assert "check-in: energie 5, slaapkwaliteit 3/5" in dutch
    assert "check-in: energie 6, 7 uur 15 min geslapen (4/5)" in dutch


def test_what_changed_says_hours_and_minutes(cli: Invoke, started: Path) -> None:
    cli("checkin", "--energy", "6", "--sleep-hours", "7,25", "--movement", "20")
    result = cli("checkin", "--sleep-hours", "8", "--movement", "30", "--relaxation", "15")
    assert result.stdout.splitlines()[0] == (
        "Updated today: sleep 7 h 15 min -> 8 h; movement 20 min -> 30 min; relaxation 15 min."
    )
    result = cli("--lang", "nl", "checkin", "--sleep-hours", "0,75")
    assert result.stdout.splitlines()[0] == "Bijgewerkt voor vandaag: slaap 8 uur -> 45 min."


# --- the method's words -----------------------------------------------------------------------


def test_the_focus_in_the_methods_words(cli: Invoke) -> None:
    assert cli(*INIT, "--focus", "self-relation").exit_code == 0
    assert "de verhouding tot mezelf" in cli("--lang", "nl", "config").stdout
    assert "relatie" not in cli("--lang", "nl", "config").stdout
    assert "the relation to myself" in cli("config").stdout


def test_no_dutch_words_in_the_english_checkin_questions() -> None:
    now = datetime.combine(TODAY, time(9))
    for back in (0, 1, 5):
        for spec in FIELDS:
            text = question(spec, day=TODAY - timedelta(days=back), today=TODAY, now=now)
            assert not {"klopt", "uur", "dag", "vandaag"} & set(text.lower().split()), text
