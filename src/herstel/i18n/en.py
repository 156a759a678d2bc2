"""English messages. Every key here is in nl.py too, with the same placeholders."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, Any] = {
    # names
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "months": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "format.day": "{weekday} {day} {month} {year}",
    "language.nl": "Dutch (nl)",
    "language.en": "English (en)",
    "focus.unknown": "not clear yet",
    "focus.meaning": "meaning is missing",
    "focus.self-relation": "the relation to myself",
    # help
    "help.usage": "Usage: {usage}",
    "help.meta.options": "[OPTIONS]",
    "help.meta.command": "COMMAND [ARGS]...",
    "help.section.arguments": "Arguments:",
    "help.section.options": "Options:",
    "help.section.commands": "Commands:",
    "help.option.help": "Show this help and stop.",
    "help.not_medical": (
        "herstel is a journal, not a medical device. In a crisis, call your GP (huisarts), "
        "your company doctor (bedrijfsarts), or 113 (0800-0113)."
    ),
    "help.app": (
        "herstel: a private journal for recovering from burn-out, alongside your coaching "
        "trajectory. Everything stays on this computer unless you export it."
    ),
    "help.global.home": "Folder for your journal (default: HERSTEL_HOME, else your data folder).",
    "help.global.lang": "Language for this run only.",
    "help.global.version": "Show the version and stop.",
    "help.json": "Give the result as JSON.",
    "help.init": (
        "Start your trajectory: your name, your coach and the first session. "
        "On a terminal, anything you leave out is asked."
    ),
    "help.init.name": "Your name.",
    "help.init.coach": "Your coach's name.",
    "help.init.first_session": "Date of the first session (e.g. 2027-01-04, or tomorrow).",
    "help.init.time": "Time of the first session, e.g. 14:30.",
    "help.init.phase1": "Sessions in phase 1, every two weeks (default 5).",
    "help.init.phase2": "Weeks between sessions in phase 2 (default 3).",
    "help.init.language": "Language herstel speaks (default: the one in use now).",
    "help.init.focus": "The working idea of where it comes from (default unknown).",
    "help.config": "Show your settings, or change one with 'herstel config set'.",
    "help.config.set": "Change one setting: {keys}.",
    "help.config.key": "Which setting.",
    "help.config.value": "Its new value.",
    "help.where": "Show where herstel keeps your files.",
    "meta.dir": "FOLDER",
    "meta.text": "TEXT",
    "meta.date": "DATE",
    "meta.time": "HH:MM",
    "meta.key": "KEY",
    "meta.value": "VALUE",
    # usage errors
    "usage.no_such_command": "There is no command '{name}'. Did you mean: {candidates}?",
    "usage.no_such_option": "'{command}' has no option {option}; see '{command} --help'.",
    "usage.global_after_command": (
        "{option} goes before the command, e.g. 'herstel {option} ... checkin'."
    ),
    "usage.option_needs_value": "{option} needs a value.",
    "usage.missing": "'{command}' needs {name}; see '{command} --help'.",
    "usage.bad_value": "That value for {name} doesn't work; see '{command} --help'.",
    "usage.incomplete": "'{command}' needs a little more; see '{command} --help'.",
    "usage.generic": "That isn't quite how '{command}' works; see '{command} --help'.",
    "usage.bad_language": "Language '{value}' isn't available; choose nl or en.",
    # input
    "date.unknown": (
        "'{value}' isn't a date herstel knows. Try today, yesterday, -3d or 2027-01-04."
    ),
    "date.no_such_day": "'{value}' isn't a day on the calendar.",
    "time.unknown": "'{value}' isn't a time; write it like 14:30.",
    "number.not_a_number": "{name} needs a number, not '{value}'.",
    "number.not_whole": "{name} needs a whole number, not '{value}'.",
    "number.out_of_range": "{name} goes from {low} to {high}; '{value}' is outside that.",
    "text.control": "{field} contains characters that can't be stored (control characters).",
    "text.empty": "{field} can't be empty.",
    "text.too_long": "{field} can be {limit} characters at most.",
    "prompt.required": "This one is needed.",
    "prompt.select_hint": "(arrow keys, Enter)",
    "prompt.cancelled": "Stopped. Nothing was saved.",
    # trajectory
    "trajectory.phase2_weeks": "Phase 2 has a session every 3 or 4 weeks, not {value}.",
    "trajectory.focus": "'{value}' isn't one of: {choices}.",
    "trajectory.first_session_far": (
        "{value} is more than a year away; the first session should be within a year."
    ),
    "trajectory.none": "There is no trajectory here yet. Start with: herstel init",
    # store
    "store.unreadable": "Can't read {path}. Nothing was changed.",
    "store.foreign": "{path} isn't a herstel file. It was left untouched.",
    "store.newer": (
        "{path} was written by a newer herstel. Update herstel; the file was left untouched."
    ),
    "store.migration_failed": "Couldn't update {path}. It was left as it was.",
    "store.error": "Something went wrong with the journal file. Nothing was changed.",
    "error.unexpected": (
        "Something unexpected went wrong ({kind}). Nothing was changed. "
        "Run with HERSTEL_DEBUG=1 for details."
    ),
    # init
    "init.welcome": "Welcome to herstel. A few questions to start; Enter skips the optional ones.",
    "init.ask.name": "What's your name?",
    "init.ask.coach": "Your coach's name? (optional)",
    "init.ask.first_session": "When is (or was) your first session? (e.g. 2027-01-04, tomorrow)",
    "init.ask.time": "At what time? (e.g. 14:30, optional)",
    "init.ask.rhythm": "How often are the sessions?",
    "init.rhythm.usual": (
        "The usual rhythm: {sessions} sessions every two weeks, then every {weeks} weeks"
    ),
    "init.rhythm.other": "A different rhythm",
    "init.ask.phase1": "How many sessions in phase 1 (every two weeks)?",
    "init.phase1.choice": "{sessions} sessions",
    "init.ask.phase2": "In phase 2, how many weeks between sessions?",
    "init.phase2.choice": "every {weeks} weeks",
    "init.ask.focus": "What seems to lie underneath, as far as you know now?",
    "init.missing": "Still needed: {flags}. Run herstel init with those options.",
    "init.exists": "There already is a trajectory here; nothing was changed. See: herstel config",
    "init.done": "Your trajectory has started, {name}. Good that you're here.",
    "init.first_session": "First session: {day}.",
    "init.next_steps": "See your settings with 'herstel config'; 'herstel --help' shows the rest.",
    # overview
    "overview.hello": "Hello {name}.",
    "overview.with_coach": "Your trajectory with {coach}.",
    "overview.first_session": "First session: {day}.",
    "overview.hint": "'herstel --help' shows what you can do.",
    # config
    "config.title": "Settings",
    "config.none": "(none)",
    "config.hint": "Change one with: herstel config set KEY VALUE  ({keys})",
    "config.unknown_key": "'{key}' isn't a setting you can change here. These are: {keys}.",
    "config.unchanged": "{key} was already set to that.",
    "config.changed": "{key}: {old} -> {new}",
    # where
    "where.home": "home",
    "where.store": "journal",
    "where.coach_store": "coach store",
    "where.settings": "settings",
    "where.backups": "backups",
    # check-in
    "weekdays_short": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "months_short": [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ],
    "day.today": "today",
    "meta.minutes": "MINUTES",
    "help.checkin": (
        "Your daily check-in: energy, sleep, food, movement, relaxation and day structure. "
        "On a terminal, anything you leave out is asked; Enter keeps yesterday's answer. "
        "A second check-in on the same day updates it."
    ),
    "help.checkin.date": "The day it is about (default today), e.g. yesterday or -2d.",
    "help.energy": "Your energy today, 0 (empty) to 10 (full).",
    "help.sleep_hours": "Hours slept last night, e.g. 7,5 (rounded to a quarter hour).",
    "help.sleep_quality": "How well you slept, 1 (badly) to 5 (well).",
    "help.food": "How regular and nourishing your meals were, 1 to 5.",
    "help.movement": "Minutes of movement.",
    "help.relaxation": "Minutes of relaxation: exercises, rest.",
    "help.structure": "How well the planned day structure held, 1 to 5.",
    "help.giver": "Something that gave you energy (repeat the option for more).",
    "help.drainer": "Something that cost you energy (repeat the option for more).",
    "help.note": "A note for yourself.",
    "help.private": "Keep this check-in on this computer only: exports leave it out.",
    "help.log": "Your check-ins, oldest first.",
    "help.log.since": "From this day on.",
    "help.log.until": "Up to and including this day.",
    "help.log.last": "Only the last N check-ins.",
    "checkin.future": "'{value}' lies in the future; a check-in is about today or a day before.",
    "checkin.energy_missing": "A new check-in needs your energy: add --energy 0-10.",
    "checkin.form_hint": (
        "Check-in for {day}. Enter keeps the suggestion, '-' leaves a question empty."
    ),
    "checkin.ask.energy": "How much energy do you have today? (0-10)",
    "checkin.ask.sleep_hours": "How many hours did you sleep last night?",
    "checkin.ask.sleep_quality": "How well did you sleep? (1-5)",
    "checkin.ask.food": "Were your meals regular and nourishing? (1-5)",
    "checkin.ask.movement": "Minutes of movement?",
    "checkin.ask.relaxation": "Minutes of relaxation or rest?",
    "checkin.ask.structure": "Did your day structure hold? (1-5)",
    "checkin.ask.givers": "What gave you energy? (commas between, optional)",
    "checkin.ask.drainers": "What cost you energy? (commas between, optional)",
    "checkin.ask.note": "Anything you want to note? (optional)",
    "checkin.ask.private": "Keep this check-in private (never exported)?",
    "checkin.private.no": "no",
    "checkin.private.yes": "yes, keep it private",
    "checkin.field.energy": "energy",
    "checkin.field.sleep_hours": "sleep",
    "checkin.field.sleep_quality": "sleep quality",
    "checkin.field.food": "food",
    "checkin.field.movement": "movement",
    "checkin.field.relaxation": "relaxation",
    "checkin.field.structure": "day structure",
    "checkin.field.givers": "energy givers",
    "checkin.field.drainers": "energy drainers",
    "checkin.field.note": "note",
    "checkin.field.private": "private",
    "checkin.change.note": "{field} changed",
    "checkin.sleep_rounded": "Sleep {typed} h is kept as {hours} h (to the quarter hour).",
    "checkin.saved": "Saved your check-in for {day}. Thank you for taking a moment.",
    "checkin.updated": "Updated {day}: {changes}.",
    "checkin.unchanged": "Nothing new for {day}; it stays as it was.",
    "checkin.sparkline": "Energy, last 14 days: [{spark}]",
    "log.empty": "No check-ins here yet. Start with: herstel checkin",
    "log.column.day": "day",
    "log.column.energy": "energy",
    "log.column.sleep": "sleep",
    "log.column.food": "food",
    "log.column.movement": "movement",
    "log.column.relaxation": "relax",
    "log.column.structure": "structure",
    "log.column.givers": "givers",
    "log.column.drainers": "drainers",
    "log.column.note": "note",
    "log.hours": "{hours}h",
    "log.minutes": "{minutes}m",
    "log.private": "(private)",
}
