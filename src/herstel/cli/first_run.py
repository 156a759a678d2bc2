"""The first run: the questions that start a trajectory, asked by `herstel init` and by any
command that needs a trajectory on a home that has none yet (on a terminal)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from herstel.application import trajectory as application
from herstel.cli.runtime import runtime
from herstel.core import trajectory as core
from herstel.core.dates import parse_day, parse_time, parse_whole
from herstel.core.text import clean_name
from herstel.core.text import if_given as given
from herstel.core.trajectory import TrajectoryPlan
from herstel.errors import HerstelError, UsageError
from herstel.i18n import LANGUAGES, format_day, language, t
from herstel.store.rows import TrajectoryRow
from herstel.ui import console, prompts
from herstel.ui.prompts import ask_choice, ask_text

# --- init -------------------------------------------------------------------------------------


@dataclass
class InitFlags:
    """The values given on the command line; None where a flag was left out."""

    name: str | None = None
    coach: str | None = None
    first_session: str | None = None
    time: str | None = None
    phase1_sessions: str | None = None
    phase2_weeks: str | None = None
    language: str | None = None
    focus: str | None = None
    contract_hours: str | None = None
    sick_since: str | None = None


def check_language(value: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGUAGES:
        raise UsageError("usage.bad_language", value=value.strip())
    return lang


@dataclass
class InitChecks:
    """The checks on each init value, as typed on the command line or in a question."""

    today: date

    @staticmethod
    def name(value: str) -> str | None:
        return clean_name(value, field="--name", required=True)

    @staticmethod
    def coach(value: str) -> str | None:
        return clean_name(value, field="--coach", required=False)

    def first_session(self, value: str) -> date:
        day = parse_day(value, today=self.today, lang=language())
        return core.check_first_session(day, today=self.today)

    @staticmethod
    def time(value: str) -> dt.time | None:
        return parse_time(value) if value.strip() else None

    @staticmethod
    def phase1(value: str) -> int:
        low, high = core.PHASE1_RANGE
        return parse_whole(value, name="--phase1-sessions", low=low, high=high)

    @staticmethod
    def phase2(value: str) -> int:
        return core.check_phase2(parse_whole(value, name="--phase2-weeks", low=0, high=99))

    @staticmethod
    def contract_hours(value: str) -> float | None:
        from herstel.core.work import check_contract_hours

        return check_contract_hours(value, name="--contract-hours") if value.strip() else None

    def sick_since(self, value: str) -> date | None:
        if not value.strip():
            return None
        day = parse_day(value, today=self.today, lang=language())
        if day > self.today:
            raise UsageError("work.sick_since_future", day=format_day(day))
        return day


@dataclass
class InitAnswers:
    """The values checked so far; None where nothing was given yet."""

    name: str | None
    coach: str | None
    first_session: date | None
    time: dt.time | None
    phase1: int | None
    phase2: int | None
    focus: str | None
    contract_hours: float | None = None
    sick_since: date | None = None


def plan_from(flags: InitFlags, *, today: date) -> TrajectoryPlan:
    """Check every flag given, ask for what is missing (on a terminal), and return the plan.

    Off a terminal nothing is asked: a missing name or first session is a usage error.
    """
    checks = InitChecks(today)

    # Everything given is checked before anything is asked: a typo fails fast.
    lang = given(flags.language, check_language) or language()
    answers = InitAnswers(
        name=given(flags.name, checks.name),
        coach=given(flags.coach, checks.coach),
        first_session=given(flags.first_session, checks.first_session),
        time=given(flags.time, checks.time),
        phase1=given(flags.phase1_sessions, checks.phase1),
        phase2=given(flags.phase2_weeks, checks.phase2),
        focus=given(flags.focus, core.check_focus),
        contract_hours=given(flags.contract_hours, checks.contract_hours),
        sick_since=given(flags.sick_since, checks.sick_since),
    )
    if prompts.interactive():
        _ask_missing(answers, flags, checks)
    if answers.name is None or answers.first_session is None:
        missing = [
            flag
            for flag, value in (
                ("--name", answers.name),
                ("--first-session", answers.first_session),
            )
            if value is None
        ]
        raise UsageError("init.missing", flags=", ".join(missing))
    return TrajectoryPlan(
        client_name=answers.name,
        coach_name=answers.coach,
        first_session_on=answers.first_session,
        first_session_time=answers.time,
        phase1_sessions=answers.phase1 or core.PHASE1_DEFAULT,
        phase2_weeks=answers.phase2 or core.PHASE2_DEFAULT,
        focus=answers.focus or core.FOCUS_DEFAULT,
        language=lang,
        contract_hours=answers.contract_hours,
        sick_since=answers.sick_since,
    )


def _ask_missing(answers: InitAnswers, flags: InitFlags, checks: InitChecks) -> None:
    """Ask, in order, for each value no flag gave. Optional ones can be skipped with Enter."""
    if answers.name is None:
        answers.name = checks.name(ask_text(t("init.ask.name"), check=checks.name, required=True))
    if flags.coach is None:
        answers.coach = checks.coach(ask_text(t("init.ask.coach"), check=checks.coach))
    if answers.first_session is None:
        answer = ask_text(t("init.ask.first_session"), check=checks.first_session, required=True)
        answers.first_session = checks.first_session(answer)
    if flags.time is None:
        answers.time = checks.time(ask_text(t("init.ask.time"), check=checks.time))
    if answers.phase1 is None or answers.phase2 is None:
        usual = t(
            "init.rhythm.usual",
            sessions=answers.phase1 or core.PHASE1_DEFAULT,
            weeks=answers.phase2 or core.PHASE2_DEFAULT,
        )
        choices = [(True, usual), (False, t("init.rhythm.other"))]
        if not ask_choice(t("init.ask.rhythm"), choices, default=True):
            if answers.phase1 is None:
                low, high = core.PHASE1_RANGE
                sessions = [(n, t("init.phase1.choice", sessions=n)) for n in range(low, high + 1)]
                answers.phase1 = ask_choice(
                    t("init.ask.phase1"), sessions, default=core.PHASE1_DEFAULT
                )
            if answers.phase2 is None:
                weeks = [(w, t("init.phase2.choice", weeks=w)) for w in core.PHASE2_WEEKS]
                answers.phase2 = ask_choice(
                    t("init.ask.phase2"), weeks, default=core.PHASE2_DEFAULT
                )
    if answers.focus is None:
        focuses = [(f, t(f"focus.{f}")) for f in ("unknown", "meaning", "self-relation")]
        answers.focus = ask_choice(t("init.ask.focus"), focuses, default=core.FOCUS_DEFAULT)
    # Back to work: both skippable with Enter (some people still work; docs/work.md).
    if flags.sick_since is None:
        answers.sick_since = checks.sick_since(
            ask_text(t("init.ask.sick_since"), check=checks.sick_since)
        )
    if flags.contract_hours is None:
        answers.contract_hours = checks.contract_hours(
            ask_text(t("init.ask.contract_hours"), check=checks.contract_hours)
        )


def start_trajectory(flags: InitFlags) -> TrajectoryRow:
    """Create the trajectory (refused when one exists), in one transaction.

    Nothing is created on disk until every value has been checked (and asked)."""
    # Imported here: the daily commands need this module for require_trajectory, and only a
    # first run starts a trajectory (application.setup is a tenth of `log`'s start-up).
    from herstel.application import setup

    rt = runtime()
    if rt.store_exists():
        setup.check_can_start(home=rt.home)
    plan = plan_from(flags, today=rt.today())
    trajectory = setup.start_trajectory(
        store=rt.store(), home=rt.home, plan=plan, now=runtime().utc_now()
    )
    rt.use_language(plan.language)
    return trajectory


def show_started(trajectory: TrajectoryRow, *, as_message: bool = False) -> None:
    """What init says. `as_message`: on stderr, when the command's own output follows."""
    from herstel.ui.setup import started_lines  # with start_trajectory's import, above

    say = console.note if as_message else console.say
    for line in started_lines(trajectory):
        say(line)


def find_trajectory() -> TrajectoryRow | None:
    """The active trajectory, if the home has one (an empty home stays empty)."""
    return application.find_trajectory(store=runtime().existing_store())


def require_trajectory() -> TrajectoryRow:
    """The active trajectory. On an empty home: the init questions on a terminal, else an error."""
    trajectory = find_trajectory()
    if trajectory is not None:
        return trajectory
    if not prompts.interactive():
        raise HerstelError("trajectory.none")
    # On stderr: the command that needed the trajectory writes its own output next.
    console.note(t("init.welcome"))
    trajectory = start_trajectory(InitFlags())
    show_started(trajectory, as_message=True)
    console.note("")
    return trajectory
