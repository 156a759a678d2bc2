"""The demo journal: a made-up, seeded trajectory that shows what a journal kept for a few months
looks like, for a tour of herstel or a try-out before the real thing.

Pure: the seed, the number of weeks, `today` and the language are parameters, and what comes out
is plain records for the store to write. Every random draw is the same in both languages (the
phrase lists below have the same lengths), so `--lang nl` and `--lang en` tell one story.

What is built in, clearly enough for `herstel insights` to find:
- energy starts depleted (about 3) and recovers unevenly to 6-7 over about twenty weeks;
- sleep drives energy: a check-in's energy moves about 0.9 points per hour of the night before
  above or below 7 hours;
- every 9-15 days a dip (energy 1-2, the only days that low), with tight shoulders logged one or
  two days before nearly every dip and rarely otherwise;
- a signal saying that something fits, mostly on days with energy 7 or more.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from herstel.core.entries import fold
from herstel.core.schedule import lay_out
from herstel.core.trajectory import PHASE1_DEFAULT, PHASE2_DEFAULT

WEEKS_DEFAULT = 16
WEEKS_RANGE = (2, 260)
SEED_DEFAULT = 1
SEED_RANGE = (0, 999_999_999)

CLIENT_NAME = "Demo"
COACH_NAME = "Marieke"
SESSION_TIME = time(14, 30)
FOCUS = "self-relation"  # the beliefs in the pattern notes point there

CHECKIN_SHARE = 0.875  # of the days in the demo period, the rest are simply missing
SLEEP_EFFECT = 0.9  # energy points per hour of sleep above or below 7
ENERGY_FLOOR = 3  # only a dip goes lower, so the dips are the lowest days
DIP_GAP = (9, 15)
MOVED_SESSION = 3
MOVED_BY = timedelta(days=2)
RECOVERY_DAYS = 140

# The demo's own words, in both languages. Lists at the same place have the same length, and
# tuples the same shape: the story is drawn once and told in either language.
EN: dict[str, Any] = {
    "givers": ["walk", "music", "friends"],
    "work_givers": ["a good talk with a colleague", "a task finished"],
    "work_drainers": ["open-plan noise", "too many emails"],
    "step_back": "A step back after the dip, agreed with the company doctor.",
    "drainers": ["email", "meetings", "noise"],
    "warning": ("tight shoulders", "shoulders"),
    "warning_situations": [
        "A long morning behind the laptop",
        "Three calls in a row",
        "Writing the project update",
        "Clearing my inbox before the weekend",
        "Helping my sister move",
    ],
    "warning_responses": [
        "Closed the laptop and walked around the block",
        "Breathing space, three minutes",
        "Nothing yet, I wanted to finish first",
        "Asked whether the rest could wait until Monday",
    ],
    # what, type, where
    "crossed": [("headache", "body", "head"), ("exhausted", "emotion", None)],
    "crossed_situations": [
        "After the team day",
        "Kept going all afternoon",
        "The evening after a busy week",
    ],
    "crossed_responses": [
        "Lay down in the dark",
        "Cancelled tonight's plans",
        "Went to bed at eight",
    ],
    "wandering": [("restless", "emotion", None), ("heavy head", "body", "head")],
    "wandering_situations": [
        "Lying awake at night",
        "Waiting for the bus",
        "Grocery shopping",
        "On the phone with my mother",
    ],
    "fitting": [("calm", "body", None), ("light chest", "body", "chest")],
    "fitting_situations": [
        "Walking in the woods",
        "Playing the piano",
        "Coffee with Sanne",
        "Working in the garden",
    ],
    # signal, colour, action
    "ladder": [
        ("calm", "green", "Notice what helped, and do more of it"),
        ("tight shoulders", "orange", "Stop the screen work, walk ten minutes, breathe"),
        ("headache", "red", "Stop, lie down, and cancel what can wait"),
    ],
    "checkin_notes": [
        "Quiet day.",
        "Slept in, felt a bit better.",
        "Lovely weather, long walk.",
        "Busy in my head.",
        "Did less than planned, and that was fine.",
        "A good talk with a friend.",
        "Too much screen time.",
        "Cooked properly for once.",
    ],
    "dip_notes": [
        "Empty. Stayed on the sofa.",
        "Everything was too much today.",
        "Crashed after yesterday.",
    ],
    "private_note": "Had a fight with my sister. Not ready to share this.",
    # situation, what I did, consequence, the choice I made without noticing,
    # new behaviour, reflection
    "patterns": {
        "perfection": [
            (
                "The monthly report for my manager",
                "Rewrote it three times, until late at night",
                "Exhausted the next day, and nobody noticed the changes",
                "Chose flawless over rested",
                "Sent it after one check, at five o'clock",
                "Nothing happened. My manager just said thanks.",
            ),
            (
                "Preparing a short presentation",
                "Made the slides again from scratch",
                "Headache and a bad night",
                "Chose to start over instead of asking what was needed",
                "Used the old slides and only changed two",
                "It felt unfinished, but it went well.",
            ),
            (
                "Cleaning the house before visitors",
                "Kept going until everything shone",
                "Too tired to enjoy the evening",
                "Chose how it looked over how I felt",
                "Cleaned the kitchen only, and sat down",
                "The visitors did not care at all.",
            ),
            (
                "An email with a small mistake in it",
                "Sent a correction and apologised twice",
                "Kept going over it all evening",
                "Chose to put it right at once instead of letting it be",
                "Left the mistake as it was",
                "Uneasy for an hour, then it faded.",
            ),
        ],
        "no-burden": [
            (
                "A colleague asked me to take over a task",
                "Said yes straight away",
                "Worked through my lunch break",
                "Chose my colleague's relief over my own lunch",
                "Said I would think about it, and then said no",
                "My colleague found someone else within an hour.",
            ),
            (
                "Felt ill at a birthday party",
                "Stayed until the end so as not to spoil it",
                "Two days of low energy",
                "Chose not to spoil the party over looking after myself",
                "Left early and said why",
                "My friend understood. I felt relieved.",
            ),
            (
                "Needed help with the shopping",
                "Did it myself anyway",
                "Back pain and an empty evening",
                "Chose to manage alone rather than ask",
                "Asked my neighbour to take me along",
                "She was glad to help. Strange how hard that was.",
            ),
            (
                "My partner asked how I was doing",
                "Said it was fine",
                "Felt lonely afterwards",
                "Chose to spare my partner my worries",
                "Told honestly how tired I was",
                "We had a good talk for the first time in weeks.",
            ),
        ],
    },
    # life stage, what happened, what drove me, which pattern shows
    "bios": [
        (
            "Primary school",
            "The eldest of four; my mother was often ill.",
            "Keeping things calm at home, being no trouble.",
            "Looking after others before myself.",
        ),
        (
            "University",
            "Studied law because it was a safe choice, and worked two jobs beside it.",
            "Proving that I could do it on my own.",
            "Never asking for help, going on regardless.",
        ),
        (
            "First job",
            "Got a promotion within a year by always saying yes.",
            "Recognition, being the one people could count on.",
            "My worth depending on how much I deliver.",
        ),
    ],
    # name, description, per week, type; practice minutes low and high, at what time of day
    "exercises": [
        ("breathing space", "Three minutes: notice, breathe, widen.", 5, "breathing", (3, 5), 8),
        ("body scan", "Lying down, attention through the body.", 3, "mindfulness", (10, 25), 19),
        (
            "walk without phone",
            "Twenty minutes outside, phone at home.",
            2,
            "movement",
            (20, 45),
            16,
        ),
    ],
    "practice_notes": [
        "Hard to stay with it.",
        "Fell asleep halfway through.",
        "Calmer afterwards.",
        "My thoughts kept wandering.",
    ],
    "session_notes": [
        "Got to know each other. Start with the breathing space.",
        "Talked about my sleep. Made the ladder; body scan as a new exercise.",
        "About perfectionism at work.",
        "Looked back at my school years.",
        "Saying no: practise once a week.",
        "Going back to work for two mornings a week?",
        "What gives me energy, and what drains it.",
        "Looked back at the last months. Proud of the walks.",
        "Plans for after the trajectory.",
        "Rounding off. Keep the ladder close.",
    ],
    "next_note": "I want to talk about the dips after busy days.",
}

NL: dict[str, Any] = {
    "givers": ["wandelen", "muziek", "vrienden"],
    "work_givers": ["een goed gesprek met een collega", "een taak afgerond"],
    "work_drainers": ["lawaai in de kantoortuin", "te veel mails"],
    "step_back": "Een stap terug na de dip, afgesproken met de bedrijfsarts.",
    "drainers": ["mail", "vergaderen", "lawaai"],
    "warning": ("strakke schouders", "schouders"),
    "warning_situations": [
        "Een lange ochtend achter de laptop",
        "Drie telefoontjes achter elkaar",
        "De projectupdate schrijven",
        "Mijn mail nog even wegwerken voor het weekend",
        "Mijn zus helpen verhuizen",
    ],
    "warning_responses": [
        "Laptop dicht en een rondje om het blok gelopen",
        "Ademruimte, drie minuten",
        "Nog niets, ik wilde het eerst afmaken",
        "Gevraagd of de rest tot maandag kon wachten",
    ],
    "crossed": [("hoofdpijn", "body", "hoofd"), ("uitgeput", "emotion", None)],
    "crossed_situations": [
        "Na de teamdag",
        "De hele middag doorgegaan",
        "De avond na een drukke week",
    ],
    "crossed_responses": [
        "In het donker gaan liggen",
        "De afspraak van vanavond afgezegd",
        "Om acht uur naar bed",
    ],
    "wandering": [("onrustig", "emotion", None), ("zwaar hoofd", "body", "hoofd")],
    "wandering_situations": [
        "'s Nachts wakker liggen",
        "Wachten op de bus",
        "Boodschappen doen",
        "Aan de telefoon met mijn moeder",
    ],
    "fitting": [("rust in mijn lijf", "body", None), ("lichte borst", "body", "borst")],
    "fitting_situations": [
        "Wandelen in het bos",
        "Piano spelen",
        "Koffie met Sanne",
        "Werken in de tuin",
    ],
    "ladder": [
        ("rust in mijn lijf", "green", "Merk op wat hielp, en doe daar meer van"),
        ("strakke schouders", "orange", "Stop met het schermwerk, tien minuten lopen, ademen"),
        ("hoofdpijn", "red", "Stoppen, gaan liggen, en afzeggen wat kan wachten"),
    ],
    "checkin_notes": [
        "Rustige dag.",
        "Uitgeslapen, voelde me iets beter.",
        "Heerlijk weer, lang gewandeld.",
        "Druk in mijn hoofd.",
        "Minder gedaan dan gepland, en dat was goed.",
        "Fijn gesprek met een vriendin.",
        "Te veel schermtijd.",
        "Eindelijk weer eens goed gekookt.",
    ],
    "dip_notes": [
        "Leeg. De hele dag op de bank.",
        "Alles was vandaag te veel.",
        "Ingestort na gisteren.",
    ],
    "private_note": "Ruzie gehad met mijn zus. Dit wil ik nog niet delen.",
    "patterns": {
        "perfection": [
            (
                "Het maandrapport voor mijn leidinggevende",
                "Drie keer herschreven, tot 's avonds laat",
                "De dag erna uitgeput, en niemand zag de verschillen",
                "Ik koos voor foutloos boven uitgerust",
                "Na één keer nalezen verstuurd, om vijf uur",
                "Er gebeurde niets. Mijn leidinggevende zei alleen: dank je.",
            ),
            (
                "Een korte presentatie voorbereiden",
                "De dia's helemaal opnieuw gemaakt",
                "Hoofdpijn en slecht geslapen",
                "Ik begon opnieuw in plaats van te vragen wat nodig was",
                "De oude dia's gebruikt en er maar twee aangepast",
                "Het voelde onaf, maar het ging goed.",
            ),
            (
                "Het huis schoonmaken voor er visite kwam",
                "Doorgegaan tot alles glom",
                "Te moe om van de avond te genieten",
                "Ik koos voor hoe het eruitzag boven hoe ik me voelde",
                "Alleen de keuken gedaan, en toen gaan zitten",
                "Het kon de visite helemaal niets schelen.",
            ),
            (
                "Een mail met een klein foutje erin",
                "Een verbetering gestuurd en twee keer sorry gezegd",
                "De hele avond bleef het malen",
                "Ik wilde het meteen rechtzetten in plaats van het te laten",
                "Het foutje laten staan",
                "Een uur onrustig, daarna zakte het weg.",
            ),
        ],
        "no-burden": [
            (
                "Een collega vroeg of ik een taak wilde overnemen",
                "Meteen ja gezegd",
                "Door mijn lunchpauze heen gewerkt",
                "Ik koos voor de opluchting van mijn collega boven mijn eigen pauze",
                "Gezegd dat ik erover na wilde denken, en toen nee gezegd",
                "Binnen een uur had mijn collega iemand anders gevonden.",
            ),
            (
                "Me niet goed gevoeld op een verjaardag",
                "Tot het eind gebleven om het niet te bederven",
                "Twee dagen weinig energie",
                "Ik koos ervoor het feest niet te bederven, niet voor mezelf",
                "Eerder weggegaan en gezegd waarom",
                "Mijn vriendin begreep het. Ik was opgelucht.",
            ),
            (
                "Hulp nodig bij de boodschappen",
                "Het toch zelf gedaan",
                "Rugpijn en een lege avond",
                "Ik koos ervoor het alleen te doen in plaats van te vragen",
                "Mijn buurvrouw gevraagd of ik mee mocht rijden",
                "Ze hielp graag. Gek hoe moeilijk dat was.",
            ),
            (
                "Mijn partner vroeg hoe het met me ging",
                "Gezegd dat het wel ging",
                "Voelde me daarna eenzaam",
                "Ik koos ervoor mijn partner te sparen voor mijn zorgen",
                "Eerlijk verteld hoe moe ik was",
                "Voor het eerst in weken een goed gesprek.",
            ),
        ],
    },
    "bios": [
        (
            "Basisschool",
            "De oudste van vier; mijn moeder was vaak ziek.",
            "Thuis de rust bewaren, geen last zijn.",
            "Eerst voor anderen zorgen, dan pas voor mezelf.",
        ),
        (
            "Studietijd",
            "Rechten gestudeerd omdat het een veilige keuze was, met twee bijbaantjes ernaast.",
            "Laten zien dat ik het alleen kon.",
            "Nooit om hulp vragen, hoe dan ook doorgaan.",
        ),
        (
            "Eerste baan",
            "Binnen een jaar promotie, door altijd ja te zeggen.",
            "Erkenning, degene zijn op wie ze konden rekenen.",
            "Mijn waarde hangt af van wat ik lever.",
        ),
    ],
    "exercises": [
        ("ademruimte", "Drie minuten: opmerken, ademen, verruimen.", 5, "breathing", (3, 5), 8),
        ("bodyscan", "Liggend, met aandacht door het lichaam.", 3, "mindfulness", (10, 25), 19),
        (
            "wandelen zonder telefoon",
            "Twintig minuten buiten, telefoon thuis.",
            2,
            "movement",
            (20, 45),
            16,
        ),
    ],
    "practice_notes": [
        "Moeilijk om erbij te blijven.",
        "Halverwege in slaap gevallen.",
        "Daarna rustiger.",
        "Mijn gedachten dwaalden steeds af.",
    ],
    "session_notes": [
        "Kennismaking. Beginnen met de ademruimte.",
        "Over mijn slaap gepraat. De ladder gemaakt; bodyscan als nieuwe oefening.",
        "Over perfectionisme op het werk.",
        "Teruggekeken naar mijn schooltijd.",
        "Nee zeggen: één keer per week oefenen.",
        "Twee ochtenden per week weer aan het werk?",
        "Wat me energie geeft, en wat energie kost.",
        "Teruggekeken op de afgelopen maanden. Trots op het wandelen.",
        "Plannen voor na het traject.",
        "Afronding. De ladder dichtbij houden.",
    ],
    "next_note": "Ik wil het hebben over de dips na drukke dagen.",
}

PHRASES = {"en": EN, "nl": NL}


# --- the records -------------------------------------------------------------------------------
#
# Each record holds its table's columns (without id, trajectory and timestamps) and `written`:
# the local moment it was written, which becomes its created_at and updated_at.


@dataclass(frozen=True)
class DemoCheckin:
    day: date
    energy: int
    sleep_hours: float | None
    sleep_quality: int | None
    food: int | None
    movement: int | None
    relaxation: int | None
    structure: int | None
    givers: list[str] | None
    drainers: list[str] | None
    note: str | None
    private: bool
    written: datetime
    work_hours: float | None = None
    carried_by: str | None = None
    work_givers: list[str] | None = None
    work_drainers: list[str] | None = None


@dataclass(frozen=True)
class DemoLadderItem:
    signal: str
    colour: str
    action: str | None
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoSignal:
    day: date
    time: str | None
    what: str
    type: str
    location: str | None
    intensity: int | None
    limit: str | None
    fit: bool | None
    situation: str | None
    response: str | None
    ladder_signal: str | None  # the ladder item it belongs to, by its name
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoPattern:
    day: date
    time: str | None
    situation: str
    behaviour: str | None
    consequence: str | None
    unnoticed: str | None
    belief: str | None
    belief_text: str | None
    new_behaviour: str | None
    reflection: str | None
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoBio:
    day: date
    time: str | None
    life_stage: str | None
    text: str | None
    drives: str | None
    pattern: str | None
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoExercise:
    name: str
    description: str | None
    per_week: int | None
    type: str | None
    session: int | None
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoPractice:
    exercise: str  # the exercise's name
    day: date
    time: str | None
    minutes: int | None
    note: str | None
    private: bool
    written: datetime


@dataclass(frozen=True)
class DemoSession:
    """How one of the ten laid-out sessions turned out (or stands)."""

    number: int
    planned_on: date
    original_on: date | None
    held_on: date | None
    status: str
    note: str | None
    written: datetime | None  # None: untouched since the trajectory started


@dataclass(frozen=True)
class DemoStep:
    """A step of the back-to-work ramp."""

    starts_on: date
    days_per_week: int
    weekdays: str  # ISO numbers, as stored: "1,4"
    hours_per_day: float
    tasks: str
    mode: str
    advice_on: date | None
    note: str | None
    written: datetime
    ends_on: date | None = None


RAMP_AFTER = 21  # days after the first session that the ramp begins (on the Monday after)
RAMP_LEAST_WEEKS = 12  # a shorter demo has no ramp: it would not reach its dip
CONTRACT_HOURS = 32.0
SICK_WEEKS_BEFORE = 6  # sick leave began this many weeks before the first session


@dataclass(frozen=True)
class DemoJournal:
    first_day: date
    started: datetime  # when the trajectory was set up (local)
    client_name: str
    coach_name: str
    session_time: time
    phase1_sessions: int
    phase2_weeks: int
    focus: str
    checkins: list[DemoCheckin]
    ladder: list[DemoLadderItem]
    signals: list[DemoSignal]
    patterns: list[DemoPattern]
    bios: list[DemoBio]
    exercises: list[DemoExercise]
    practices: list[DemoPractice]
    sessions: list[DemoSession]
    work_steps: tuple[DemoStep, ...] = ()
    contract_hours: float | None = None
    sick_since: date | None = None


def first_day(*, weeks: int, today: date) -> date:
    """The demo period is `weeks` whole weeks that end today; entries run up to yesterday, so
    that today is left for the user to try a check-in."""
    return today - timedelta(days=7 * weeks - 1)


def build_demo(*, seed: int, weeks: int, today: date, lang: str) -> DemoJournal:
    """The whole demo journal; the same seed, weeks, today and language give the same journal."""
    low, high = WEEKS_RANGE
    if not low <= weeks <= high:
        raise ValueError(weeks)
    return _Builder(seed=seed, weeks=weeks, today=today, words=PHRASES.get(lang, EN)).build()


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _clock(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


@dataclass(frozen=True)
class _Drawn:
    """A signal as drawn: on day number `n` of the period."""

    n: int
    time: str
    what: str
    type: str
    location: str | None
    intensity: int
    limit: str
    fit: bool | None
    situation: str | None
    response: str | None


class _Builder:
    """One demo, drawn in a fixed order from one seeded generator."""

    def __init__(self, *, seed: int, weeks: int, today: date, words: dict[str, Any]) -> None:
        # Not for secrets: a made-up journal that must come out the same for the same seed.
        self.rng = random.Random(seed)  # noqa: S311
        self.words = words
        self.today = today
        self.first = first_day(weeks=weeks, today=today)
        # Every day of the period before today.
        self.days = [self.first + timedelta(days=n) for n in range(7 * weeks - 1)]

    # Small draws, kept here so that every draw goes through the one generator.

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: Sequence[Any]) -> Any:
        return options[self.rng.randrange(len(options))]

    def evening(self, day: date) -> datetime:
        return _at(day, self.rng.randint(20, 22), self.rng.randrange(60))

    def build(self) -> DemoJournal:
        sessions = self.sessions()
        held = [s.held_on for s in sessions if s.held_on is not None]
        started = _at(self.first, 10, 0)
        dips = self.dips()
        recovery = self.recovery()
        sleep, energy = self.sleep_and_energy(dips, recovery)
        exercises = self.exercises(held)
        practices = self.practices(exercises)
        checkins = self.checkins(dips, recovery, sleep, energy, practices)
        ladder = self.ladder(held)
        signals = self.signals(dips, checkins, ladder)
        steps = self.ramp(dips)
        checkins = self.at_work(steps, checkins)
        return DemoJournal(
            first_day=self.first,
            started=started,
            client_name=CLIENT_NAME,
            coach_name=COACH_NAME,
            session_time=SESSION_TIME,
            phase1_sessions=PHASE1_DEFAULT,
            phase2_weeks=PHASE2_DEFAULT,
            focus=FOCUS,
            checkins=checkins,
            ladder=ladder,
            signals=signals,
            patterns=self.patterns(held),
            bios=self.bios(held),
            exercises=exercises,
            practices=practices,
            sessions=sessions,
            work_steps=tuple(steps),
            contract_hours=CONTRACT_HOURS if steps else None,
            sick_since=self.first - timedelta(weeks=SICK_WEEKS_BEFORE) if steps else None,
        )

    # --- back to work --------------------------------------------------------------------------

    def ramp(self, dips: set[int]) -> list[DemoStep]:
        """Two days of only being there (arbeidstherapie), three days of light tasks, four days
        with content, whose second week meets a dip, and a step back to three days."""
        if len(self.days) < 7 * RAMP_LEAST_WEEKS - 1:
            return []
        start = self.first + timedelta(days=RAMP_AFTER)
        start += timedelta(days=(7 - start.weekday()) % 7)  # a Monday
        met = [self.days[n] for n in sorted(dips) if self.days[n] >= start + timedelta(days=35)]
        if met:
            week = met[0] - timedelta(days=met[0].weekday())
            if week + timedelta(days=14) <= self.today:
                start = week - timedelta(days=35)
        advice = start - timedelta(days=3)
        plan = [
            (0, 2, "1,4", 2.0, "presence", "therapeutic", None),
            (14, 3, "1,3,5", 3.0, "light", "regular", None),
            (28, 4, "1,2,4,5", 4.5, "content", "regular", None),
            (42, 3, "1,3,5", 3.0, "light", "regular", self.words["step_back"]),
        ]
        return [
            DemoStep(
                starts_on=start + timedelta(days=offset), days_per_week=days, weekdays=weekdays,
                hours_per_day=hours, tasks=tasks, mode=mode,
                advice_on=advice + timedelta(days=offset), note=note,
                written=self.evening(advice + timedelta(days=offset)),
            )
            for offset, days, weekdays, hours, tasks, mode, note in plan
        ]  # fmt: skip

    def at_work(self, steps: list[DemoStep], checkins: list[DemoCheckin]) -> list[DemoCheckin]:
        """Hours worked, what carried the day and work's givers and drainers on the work days;
        in the four-day step willpower carries more days, and fewer hours get done."""
        if not steps:
            return checkins
        from dataclasses import replace

        ends = [s.starts_on for s in steps[1:]] + [self.today + timedelta(days=1)]
        heavy = steps[2]
        givers, drainers = self.words["work_givers"], self.words["work_drainers"]
        changed = []
        for checkin in checkins:
            step = next(
                (s for s, end in zip(steps, ends, strict=True) if s.starts_on <= checkin.day < end),
                None,
            )
            if step is None or str(checkin.day.isoweekday()) not in step.weekdays.split(","):
                changed.append(checkin)
                continue
            in_heavy = step is heavy
            short = 1.5 if in_heavy and (checkin.energy < 5 or self.chance(0.3)) else 0.0
            carried = (
                ["willpower", "willpower", "neither", "meaning"] if in_heavy or checkin.energy < 5
                else ["meaning", "meaning", "neither", "willpower"]
            )  # fmt: skip
            changed.append(
                replace(
                    checkin,
                    work_hours=step.hours_per_day - short,
                    carried_by=self.pick(carried),
                    work_givers=None if in_heavy else [self.pick(givers)],
                    work_drainers=[self.pick(drainers)] if in_heavy else None,
                )
            )
        return changed

    # --- the sessions --------------------------------------------------------------------------

    def sessions(self) -> list[DemoSession]:
        """Held on schedule, but for one that moved two days later; the rest still planned."""
        planned = lay_out(self.first, phase1_sessions=PHASE1_DEFAULT, phase2_weeks=PHASE2_DEFAULT)
        # Session 1 is the trajectory's start and stays; a move must still lie before today.
        movable = [n for n, day in enumerate(planned, 1) if n > 1 and day + MOVED_BY < self.today]
        moved = MOVED_SESSION if MOVED_SESSION in movable else max(movable, default=None)
        notes = self.words["session_notes"]
        result: list[DemoSession] = []
        next_noted = False
        for number, day in enumerate(planned, 1):
            on = day + MOVED_BY if number == moved else day
            original = day if number == moved else None
            if on < self.today:
                note = notes[number - 1] if self.chance(0.7) else None
                result.append(
                    DemoSession(number, on, original, on, "held", note, _at(on, 17, 5 * number))
                )
            elif not next_noted:
                # The next session: something the client wants to bring up.
                next_noted = True
                yesterday = self.today - timedelta(days=1)
                note = self.words["next_note"]
                result.append(
                    DemoSession(number, on, None, None, "planned", note, _at(yesterday, 21, 10))
                )
            else:
                result.append(DemoSession(number, on, None, None, "planned", None, None))
        return result

    # --- energy and sleep ----------------------------------------------------------------------

    def dips(self) -> set[int]:
        """Day numbers of the dips: every 9-15 days, the first after at least four days (so that
        the warning before it is in the journal too)."""
        dips: set[int] = set()
        day = self.rng.randint(4, DIP_GAP[0])
        while day < len(self.days):
            dips.add(day)
            day += self.rng.randint(*DIP_GAP)
        return dips

    def recovery(self) -> list[float]:
        """How far along the recovery is on each day, 0 to 1: fast at first, level after about
        twenty weeks."""
        return [1 - (1 - min(1.0, n / RECOVERY_DAYS)) ** 2 for n in range(len(self.days))]

    def sleep_and_energy(
        self, dips: set[int], recovery: list[float]
    ) -> tuple[list[float], list[int]]:
        """Every day's sleep (the night before) and energy, drawn for every day so that a day
        without a check-in does not shift what follows."""
        phase = self.rng.uniform(0, 2 * math.pi)
        # A setback of a week or two somewhere in weeks 6-12: recovery is never a straight line.
        setback = self.rng.randint(35, 84)
        setback_days = self.rng.randint(7, 14)
        sleep: list[float] = []
        energy: list[int] = []
        for n, along in enumerate(recovery):
            if n in dips:
                hours = self.rng.uniform(4.5, 5.75)  # a bad night comes before a dip
            else:
                hours = self.rng.gauss(6.4 + 0.8 * along, 1.2)
            hours = min(9.0, max(4.5, round(hours * 4) / 4))
            wobble = 0.5 * math.sin(2 * math.pi * n / 40 + phase)
            dent = -1.0 if setback <= n < setback + setback_days else 0.0
            trend = 4.0 + 2.7 * along + wobble + dent
            noise = self.rng.gauss(0, 0.7)
            if n in dips:
                level = self.pick((1, 1, 2))
            else:
                level = _clamp(trend + SLEEP_EFFECT * (hours - 7) + noise, ENERGY_FLOOR, 10)
            sleep.append(hours)
            energy.append(level)
        return sleep, energy

    # --- check-ins -----------------------------------------------------------------------------

    def missing(self, dips: set[int]) -> set[int]:
        """The days without a check-in: now and then one, two or three in a row; never a dip."""
        count = len(self.days)
        target = count - round(CHECKIN_SHARE * (count + 1))
        missing: set[int] = set()
        while len(missing) < target:
            start = self.rng.randrange(count)
            for n in range(start, min(count, start + self.pick((1, 1, 1, 2, 3)))):
                if n not in dips and len(missing) < target:
                    missing.add(n)
        return missing

    def checkins(
        self,
        dips: set[int],
        recovery: list[float],
        sleep: list[float],
        energy: list[int],
        practices: list[DemoPractice],
    ) -> list[DemoCheckin]:
        missing = self.missing(dips)
        kept = [n for n in range(len(self.days)) if n not in missing and n not in dips]
        private = kept[len(kept) // 2] if kept else None
        relaxing = {
            ex[0] for ex in self.words["exercises"] if ex[3] in ("breathing", "mindfulness")
        }
        practised: dict[date, int] = {}
        for practice in practices:
            if practice.exercise in relaxing:
                practised[practice.day] = practised.get(practice.day, 0) + (practice.minutes or 0)
        result: list[DemoCheckin] = []
        for n, day in enumerate(self.days):
            if n in missing:
                continue
            along, level = recovery[n], energy[n]
            hours = sleep[n]
            quality = _clamp(1 + 0.8 * (hours - 4.5) + self.rng.gauss(0, 0.6), 1, 5)
            food = _clamp(2.5 + 1.5 * along + self.rng.gauss(0, 0.7), 1, 5)
            structure = _clamp(1.5 + 0.3 * level + self.rng.gauss(0, 0.7), 1, 5)
            movement = 5 * _clamp((15 + 25 * along + self.rng.gauss(0, 12)) / 5, 0, 24)
            relaxation = practised.get(day, 0) + self.pick((0, 0, 5, 10, 15))
            givers, drainers = self.givers_and_drainers(day, level, n in dips, n + 1 in dips)
            if n == private:
                note = self.words["private_note"]
            elif n in dips:
                note = self.pick(self.words["dip_notes"]) if self.chance(0.6) else None
            else:
                note = self.pick(self.words["checkin_notes"]) if self.chance(0.12) else None
            # Optional fields are skipped now and then, as people do.
            result.append(
                DemoCheckin(
                    day=day,
                    energy=level,
                    sleep_hours=hours,
                    sleep_quality=None if self.chance(0.05) else quality,
                    food=None if self.chance(0.08) else food,
                    movement=None if self.chance(0.1) else movement,
                    relaxation=None if self.chance(0.15) else relaxation,
                    structure=None if self.chance(0.1) else structure,
                    givers=givers,
                    drainers=drainers,
                    note=note,
                    private=n == private,
                    written=self.evening(day),
                )
            )
        return result

    def givers_and_drainers(
        self, day: date, level: int, dip: bool, before_dip: bool
    ) -> tuple[list[str] | None, list[str] | None]:
        walk, music, friends = self.words["givers"]
        email, meetings, noise = self.words["drainers"]
        weekend = day.weekday() >= 5
        odds_given = (
            (walk, 0.2 + 0.06 * level + (0.15 if weekend else 0)),
            (music, 0.3),
            (friends, 0.1 + 0.03 * level + (0.2 if weekend else 0)),
        )
        odds_drained = (
            (email, 0.1 if weekend else 0.4),
            (meetings, 0 if weekend else 0.7 if dip or before_dip else 0.2),
            (noise, 0.25 if dip else 0.12),
        )
        givers = [name for name, p in odds_given if self.chance(p)]
        drainers = [name for name, p in odds_drained if self.chance(p)]
        return givers or None, drainers or None

    # --- the ladder and the signals ------------------------------------------------------------

    def ladder(self, held: list[date]) -> list[DemoLadderItem]:
        """Made with the coach in the second session (or the first, in a very short demo)."""
        day = held[1] if len(held) > 1 else self.first
        return [
            DemoLadderItem(signal, colour, action, False, _at(day, 17, 30 + i))
            for i, (signal, colour, action) in enumerate(self.words["ladder"])
        ]

    def signals(
        self, dips: set[int], checkins: list[DemoCheckin], ladder: list[DemoLadderItem]
    ) -> list[DemoSignal]:
        on_ladder = {fold(item.signal): item.signal for item in ladder}
        drawn = [
            *self.warnings(dips),
            *self.crossed(dips),
            *self.wandering(),
            *self.fitting(checkins),
        ]
        drawn.sort(key=lambda signal: (signal.n, signal.time))
        return [
            DemoSignal(
                day=self.days[signal.n],
                time=signal.time,
                what=signal.what,
                type=signal.type,
                location=signal.location,
                intensity=signal.intensity,
                limit=signal.limit,
                fit=signal.fit,
                situation=signal.situation,
                response=signal.response,
                ladder_signal=on_ladder.get(fold(signal.what)),
                private=False,
                written=self.evening(self.days[signal.n]),
            )
            for signal in drawn
        ]

    def warnings(self, dips: set[int]) -> list[_Drawn]:
        """Tight shoulders one or two days before nearly every dip (the early warning), and only
        rarely at another time."""
        what, where = self.words["warning"]
        ordered = sorted(dips)
        quiet = set(self.rng.sample(ordered, len(ordered) // 8))
        days: list[int] = []
        for dip in ordered:
            if dip not in quiet:
                days += [dip - 1, dip - 2] if self.chance(0.15) else [dip - self.pick((1, 1, 2))]
        far = [n for n in range(len(self.days)) if not any(n + k in dips for k in range(4))]
        rare = min(len(far), 3, len(self.days) // 180 + (1 if len(self.days) > 40 else 0))
        days += self.rng.sample(far, rare)
        return [
            _Drawn(
                n, self.daytime(), what, "body", where, self.rng.randint(3, 4), "near", False,
                self.pick(self.words["warning_situations"]),
                self.pick(self.words["warning_responses"]) if self.chance(0.6) else None,
            )
            for n in days
        ]  # fmt: skip

    def crossed(self, dips: set[int]) -> list[_Drawn]:
        """Over the limit on about half the dip days."""
        found = []
        for dip in sorted(dips):
            if self.chance(0.5):
                what, type_, where = self.pick(self.words["crossed"])
                found.append(
                    _Drawn(
                        dip, self.daytime(), what, type_, where, self.rng.randint(4, 5),
                        "crossed", False, self.pick(self.words["crossed_situations"]),
                        self.pick(self.words["crossed_responses"]) if self.chance(0.7) else None,
                    )
                )  # fmt: skip
        return found

    def wandering(self) -> list[_Drawn]:
        """Restlessness and a heavy head now and then, unrelated to the dips."""
        found = []
        for n in range(len(self.days)):
            for what, type_, where in self.words["wandering"]:
                if self.chance(0.05):
                    situation = (
                        self.pick(self.words["wandering_situations"]) if self.chance(0.6) else None
                    )
                    found.append(
                        _Drawn(
                            n, self.daytime(), what, type_, where, self.rng.randint(2, 3),
                            self.pick(("none", "none", "near")), None, situation, None,
                        )
                    )  # fmt: skip
        return found

    def fitting(self, checkins: list[DemoCheckin]) -> list[_Drawn]:
        """Signs of being on track, that what one does fits: mostly on the good days."""
        found = []
        for checkin in checkins:
            if self.chance(0.3 if checkin.energy >= 7 else 0.02):
                what, type_, where = self.pick(self.words["fitting"])
                found.append(
                    _Drawn(
                        (checkin.day - self.first).days, self.daytime(), what, type_, where,
                        self.rng.randint(2, 3), "none", True,
                        self.pick(self.words["fitting_situations"]), None,
                    )
                )  # fmt: skip
        return found

    def daytime(self) -> str:
        return _clock(self.rng.randint(9, 18), self.pick((0, 15, 30, 45)))

    # --- the structural layer ------------------------------------------------------------------

    def patterns(self, held: list[date]) -> list[DemoPattern]:
        """One or two a week at first, fewer once the patterns are known; the choice made
        without noticing is found in the sessions, so only after the second one."""
        found_after = held[1] if len(held) > 1 else None
        beliefs = ("perfection", "no-burden")
        result: list[DemoPattern] = []
        for week_start in range(0, len(self.days), 7):
            week = week_start // 7
            counts, weights = ((0, 1, 2), (1, 4, 3)) if week < 8 else ((0, 1, 2), (4, 3, 1))
            count = self.rng.choices(counts, weights)[0]
            span = range(week_start, min(len(self.days), week_start + 7))
            for n in sorted(self.rng.sample(span, min(count, len(span)))):
                day = self.days[n]
                belief = beliefs[0] if self.chance(0.55) else beliefs[1]
                situation, behaviour, consequence, unnoticed, new, reflection = self.pick(
                    self.words["patterns"][belief]
                )
                tried = self.chance(0.35 if week < 8 else 0.65)
                found = found_after is not None and day >= found_after and self.chance(0.3)
                result.append(
                    DemoPattern(
                        day=day,
                        time=None,
                        situation=situation,
                        behaviour=None if self.chance(0.1) else behaviour,
                        consequence=consequence,
                        unnoticed=unnoticed if found else None,
                        belief=belief,
                        belief_text=None,
                        new_behaviour=new if tried else None,
                        reflection=reflection if tried and self.chance(0.6) else None,
                        private=False,
                        written=self.evening(day),
                    )
                )
        return result

    def bios(self, held: list[date]) -> list[DemoBio]:
        """A look back at the biography, a few days after each of the first sessions."""
        result = []
        for session_day, (stage, text, drives, pattern) in zip(
            held, self.words["bios"], strict=False
        ):
            day = session_day + timedelta(days=5)
            if day < self.today:
                result.append(
                    DemoBio(day, None, stage, text, drives, pattern, False, self.evening(day))
                )
        return result

    # --- exercises -----------------------------------------------------------------------------

    def exercises(self, held: list[date]) -> list[DemoExercise]:
        """Agreed in sessions 1, 2 and 4 (those held so far)."""
        result = []
        for session, (name, description, per_week, type_, _, _) in zip(
            (1, 2, 4), self.words["exercises"], strict=True
        ):
            if session <= len(held):
                day = held[session - 1]
                result.append(
                    DemoExercise(
                        name, description, per_week, type_, session, False, _at(day, 17, 40)
                    )
                )
        return result

    def practices(self, exercises: list[DemoExercise]) -> list[DemoPractice]:
        """Practised irregularly: some weeks about as agreed, some weeks not at all."""
        settings = {ex[0]: ex for ex in self.words["exercises"]}
        result: list[DemoPractice] = []
        for exercise in exercises:
            _, _, per_week, _, (low, high), hour = settings[exercise.name]
            start = exercise.written.date() + timedelta(days=1)
            while start < self.today:
                span = [
                    start + timedelta(days=k)
                    for k in range(7)
                    if start + timedelta(days=k) < self.today
                ]
                share = self.rng.choices((0, 0.4, 0.7, 1.0, 1.2), (2, 2, 3, 3, 1))[0]
                count = min(len(span), round(per_week * share * len(span) / 7))
                for day in sorted(self.rng.sample(span, count)):
                    result.append(
                        DemoPractice(
                            exercise=exercise.name,
                            day=day,
                            time=_clock(hour, self.pick((0, 10, 20, 30))),
                            minutes=self.rng.randint(low, high),
                            note=self.pick(self.words["practice_notes"])
                            if self.chance(0.1)
                            else None,
                            private=False,
                            written=self.evening(day),
                        )
                    )
                start += timedelta(days=7)
        result.sort(key=lambda practice: (practice.day, practice.time or ""))
        return result
