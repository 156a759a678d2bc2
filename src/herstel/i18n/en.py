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
    "format.day_no_year": "{weekday} {day} {month}",
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
    "completion.installed": (
        "Tab completion for {shell} is installed in {path}; it works in the next shell."
    ),
    "help.global.home": "Folder for your journal (default: HERSTEL_HOME, else your data folder).",
    "help.global.lang": "Language for this run only.",
    "help.global.install_completion": "Install tab completion for your shell (bash, zsh, fish).",
    "help.global.show_completion": "Show the completion script, to install it yourself.",
    "help.global.version": "Show the version and stop.",
    "help.json": "Give the result as JSON.",
    "help.init": (
        "Start your trajectory: your name, your coach and the first session. "
        "On a terminal, anything you leave out is asked."
    ),
    "help.init.name": "Your name.",
    "help.init.coach": "Your coach's name.",
    "help.init.first_session": "Date of the first session (e.g. 2027-01-04, or tomorrow).",
    "help.init.time": (
        "Time of the first session, e.g. 14:30; the later ones start at the same time until "
        "you move them."
    ),
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
    "usage.option_takes_no_value": "{option} takes no value; just write {option}.",
    "usage.missing": "'{command}' needs {name}; see '{command} --help'.",
    "usage.bad_value": "That value for {name} doesn't work; see '{command} --help'.",
    "usage.incomplete": "'{command}' needs a little more; see '{command} --help'.",
    "usage.generic": "That isn't quite how '{command}' works; see '{command} --help'.",
    "usage.bad_language": "Language '{value}' isn't available; choose nl or en.",
    "usage.bad_since": "{variable}='{value}' isn't a time in seconds since 1970.",
    "usage.bad_today": (
        "{variable}='{value}' isn't a day: write it as 2027-03-31 or 2027-03-31T14:30."
    ),
    # input
    "date.unknown": (
        "'{value}' isn't a date herstel knows. Try today, yesterday, -3d, 2027-01-04 or 28-11-2026."
    ),
    "date.no_such_day": "'{value}' isn't a day on the calendar.",
    "time.unknown": "'{value}' isn't a time; write it like 14:30.",
    "number.not_a_number": "{name} needs a number, not '{value}'.",
    "number.not_whole": "{name} needs a whole number, not '{value}'.",
    "number.out_of_range": "{name} goes from {low} to {high}; '{value}' is outside that.",
    "text.control": "{field} contains characters that can't be stored (control characters).",
    "text.empty": "{field} can't be empty.",
    "text.too_long": "{field} can be {limit} characters at most.",
    "prompt.required": "We need this one to go on.",
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
    "home.unusable": "Can't use {path} as the herstel folder (is it a file, or not yours?).",
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
    "overview.checked_in": "Today's check-in is done (energy {energy}).",
    "overview.no_checkin": (
        "No check-in yet today; 'herstel checkin' takes a minute, whenever it suits you."
    ),
    "overview.recent": "Most recent:",
    "overview.exercises": "Exercises this week:",
    "overview.hint": "'herstel --help' shows what you can do.",
    # config
    "config.title": "Settings",
    "config.label.name": "name",
    "config.label.coach": "coach",
    "config.label.language": "language",
    "config.label.focus": "focus",
    "config.label.first-session": "first-session",
    "config.label.time": "time",
    "config.label.phase1-sessions": "phase1-sessions",
    "config.label.phase2-weeks": "phase2-weeks",
    "config.none": "(none)",
    "config.hint": "Change one with: herstel config set KEY VALUE  ({keys})",
    "config.unknown_key": "'{key}' is not a setting; these are: {keys}.",
    "config.unchanged": "{key} was already set to that.",
    "config.changed": "{key}: {old} -> {new}",
    # where
    "where.home": "home",
    "where.store": "journal",
    "where.coach_store": "coach store",
    "where.settings": "settings",
    "where.backups": "backups",
    "where.client_identity": "your key",
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
    "help.checkin.edit": "Write the note in your own editor ($VISUAL or $EDITOR).",
    "help.checkin.date": "The day it is about (default today), e.g. yesterday or -2d.",
    "help.energy": "Your energy today, 0 (empty) to 10 (full).",
    "help.sleep_hours": (
        "Hours slept the night before the day, e.g. 7.5 or 7:30 (rounded to a quarter hour)."
    ),
    "help.sleep_quality": "How well you slept, 1 (badly) to 5 (well).",
    "help.food": "How regular and nourishing your meals were, 1 to 5.",
    "help.movement": "Minutes of movement.",
    "help.relaxation": "Minutes of relaxation: exercises, rest.",
    "help.structure": "How well the planned day structure held, 1 to 5.",
    "help.giver": "Something that gave you energy (repeat the option for more).",
    "help.drainer": "Something that cost you energy (repeat the option for more).",
    "help.note": "A note for yourself.",
    "help.private": "Keep this check-in on this computer only: exports leave it out.",
    "help.log.since": "From this day on.",
    "help.log.until": "Up to and including this day.",
    "checkin.future": "'{value}' lies in the future; a check-in is about today or a day before.",
    "checkin.energy_missing": "A new check-in needs your energy: add --energy 0-10.",
    "checkin.form_hint": (
        "Check-in for {day}. Enter keeps the suggestion, '-' leaves a question empty."
    ),
    "checkin.ask.energy": "How much energy do you have today? (0-10)",
    "checkin.ask.energy_day": "How much energy did you have that day? (0-10)",
    "checkin.ask.sleep_hours": "How many hours did you sleep last night?",
    "checkin.ask.sleep_quality": "How well did you sleep? (1-5)",
    "checkin.ask.food": "How regular and nourishing were your meals? (1-5)",
    "checkin.ask.movement": "How many minutes of movement did you get?",
    "checkin.ask.relaxation": "How many minutes of relaxation or rest did you get?",
    "checkin.ask.structure": "How well did you keep to your day structure? (1-5)",
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
    "checkin.sleep_rounded": "Sleep is kept as {hours}, to the quarter hour (you typed {typed}).",
    "checkin.saved": "Saved your check-in for {day}. Thank you for taking a moment.",
    "checkin.updated": "Updated {day}: {changes}.",
    "checkin.unchanged": "Nothing new for {day}; it stays as it was.",
    "checkin.sparkline": "Energy, last 14 days: [{spark}]",
    "checkin.sparkline_since": "Energy since {day}: [{spark}]",
    "log.energy": "energy {energy}",
    "log.sleep": "slept {hours}",
    "log.food": "food {value}/5",
    "log.structure": "day structure {value}/5",
    "log.movement": "moved {minutes} min",
    "log.relaxation": "relaxed {minutes} min",
    "log.givers": "gave energy: {names}",
    "log.drainers": "cost energy: {names}",
    "log.column.day": "day",
    "log.reversed": "--since {since} comes after --until {until}; swap them around.",
    "value.yes": "yes",
    "value.no": "no",
    "log.private": "(private)",
    # the structural layer and the journal
    "help.log": "Your journal: check-ins, signals, notes and practice, oldest first.",
    "help.log.last": "Only the last N entries.",
    "help.log.kind": "Only this kind: checkin, signal, pattern, bio or practice (repeat for more).",
    "log.empty": "Nothing here yet. Start with: herstel checkin",
    "log.none_of_kind": "Nothing of that kind yet.",
    "help.log.grep": "Only entries with this text (case and accents aside: cafe finds café).",
    "help.log.private": "Only entries marked private.",
    "log.none_found": "Nothing found.",
    "log.none_in_period": "Nothing in that period.",
    "log.ident": "id {ident}",
    "log.column.id": "id",
    "log.column.entry": "entry",
    "log.kind.checkin": "check-in",
    "log.kind.signal.body": "{what} (body signal)",
    "log.kind.signal.emotion": "{what} (emotion)",
    "log.kind.pattern": "pattern note",
    "log.kind.bio": "looking back",
    "log.kind.practice": "practised {name}",
    "log.intensity": "intensity {value}/5",
    "log.limit.none": "not near my limit",
    "log.limit.near": "close to my limit",
    "log.limit.crossed": "over my limit",
    "log.fit.yes": "felt right",
    "log.fit.no": "didn't feel right",
    "log.on_ladder": "ladder: {colour}",
    "log.minutes": "{minutes} min",
    "log.belief.perfection": "belief 'perfect results'",
    "log.belief.no-burden": "belief 'never a burden'",
    "log.belief.nothing-wrong": "belief 'nothing may go wrong'",
    "log.belief.expectations": "belief 'meeting expectations'",
    "log.belief.other": "a belief in my own words",
    "log.label.situation": "situation",
    "log.label.response": "what I did with it",
    "log.label.behaviour": "what I did",
    "log.label.consequence": "consequences",
    "log.label.unnoticed": "choice made without noticing",
    "log.label.belief_text": "belief",
    "log.label.new_behaviour": "new behaviour I tried",
    "log.label.reflection": "reflection",
    "log.label.life_stage": "period",
    "log.label.drives": "what drove me",
    "log.label.pattern": "pattern I see now",
    # the structural layer: shared
    "meta.what": "WHAT",
    "meta.name": "NAME",
    "meta.moment": "DATE [HH:MM]",
    "help.at": "When it happened, e.g. 'yesterday 14:30' or -2d (default now).",
    "help.entry.private": "Keep this entry on this computer only: exports leave it out.",
    "choice.unknown": "{name} can be {choices}; '{value}' isn't one of them.",
    "entry.future": "'{value}' lies in the future; note what has already happened.",
    "form.missing": "{flag} is needed; add it to the command.",
    "form.hint": "Enter skips a question marked (optional).",
    "form.this_answer": "this answer",
    "form.skip": "skip",
    "form.ask.private": "Keep this private (never exported)?",
    "form.private.no": "no",
    "form.private.yes": "yes, keep it private",
    "form.nothing_saved": "Nothing written, so nothing was saved.",
    # signal
    "help.signal": (
        "Note a body or emotional signal: what, where, how strong, how close to your limit, "
        "and whether it told you that what you were doing fits you. "
        "On a terminal, anything you leave out is asked."
    ),
    "help.signal.what": "The signal, e.g. 'tight shoulders' or 'restless'.",
    "help.signal.type": "A body signal or an emotion.",
    "help.signal.where": "Where in your body you feel it.",
    "help.signal.intensity": "How strong, 1 (faint) to 5 (very strong).",
    "help.signal.limit": "How close to your limit: none, near or crossed.",
    "help.signal.fit": "Did what you were doing feel right for you? yes or no.",
    "help.signal.situation": "What was going on.",
    "help.signal.response": "What you did with it.",
    "signal.ask.what": "Which signal? (e.g. tight shoulders, restless)",
    "signal.ask.type": "Is it a body signal or an emotion?",
    "signal.type.body": "a body signal",
    "signal.type.emotion": "an emotion",
    "signal.ask.where": "Where do you feel it? (optional)",
    "signal.ask.intensity": "How strong is it? (1-5, optional)",
    "signal.ask.limit": "How close are you to your limit?",
    "signal.limit.none": "not near my limit",
    "signal.limit.near": "close to my limit",
    "signal.limit.crossed": "over my limit",
    "signal.ask.fit": "Did what you were doing feel right for you?",
    "signal.fit.yes": "yes, it felt right",
    "signal.fit.no": "no, it didn't feel right",
    "signal.ask.situation": "What was going on? (optional)",
    "signal.ask.response": "What did you do with it? (optional)",
    "signal.saved": "Noted: {what} ({when}).",
    "signal.on_ladder": "It's on your ladder: {colour}.",
    "signal.agreed_action": "What you agreed for it: {action}",
    "signal.gentle.near": (
        "Your body and feelings are telling you something. What would help you right now?"
    ),
    "signal.gentle.crossed": (
        "You went over a limit. Be gentle with yourself; rest comes first now."
    ),
    # ladder
    "help.ladder": (
        "Your early-warning ladder, made with your coach: the signals you know, their colour "
        "(green, orange, red) and what you agreed to do. 'herstel ladder' on its own shows it."
    ),
    "help.ladder.add": "Put a signal on your ladder, or change its colour or action.",
    "help.ladder.what": "The signal, as you name it when you note it.",
    "help.ladder.colour": "green (all is well), orange (take care) or red (stop).",
    "help.ladder.action": "What you agreed to do when this signal comes.",
    "help.ladder.private": "Keep this item on this computer only: exports leave it out.",
    "help.ladder.list": "Show your ladder.",
    "help.ladder.remove": "Take a signal off your ladder (signals you noted keep their link).",
    "ladder.ask.what": "Which signal goes on your ladder?",
    "ladder.ask.colour": "Which colour does it have?",
    "ladder.ask.action": "What did you agree to do when it comes? (optional)",
    "ladder.colour_choice.green": "green: all is well",
    "ladder.colour_choice.orange": "orange: take care",
    "ladder.colour_choice.red": "red: stop",
    "ladder.colour.green": "green",
    "ladder.colour.orange": "orange",
    "ladder.colour.red": "red",
    "ladder.added": "{what} is on your ladder now ({colour}).",
    "ladder.updated": "Changed {what} on your ladder ({colour}).",
    "ladder.unchanged": "{what} was already on your ladder like this ({colour}).",
    "ladder.linked": "Signals you noted earlier under this name, now linked to it: {count}.",
    "ladder.empty": (
        "Your ladder is still empty. Make it with your coach, then add a signal with: "
        "herstel ladder add WHAT --colour orange --action TEXT"
    ),
    "ladder.column.colour": "colour",
    "ladder.column.signal": "signal",
    "ladder.column.action": "what I do then",
    "ladder.no_match": "'{what}' isn't on your ladder. On it now: {candidates}.",
    "ladder.no_match_empty": "'{what}' isn't on your ladder. On it now: nothing yet.",
    "ladder.removed": "Took {what} off your ladder. Signals you noted with it keep their link.",
    # pattern
    "help.pattern": (
        "A pattern note: one situation, through the reflection questions in order. "
        "Only the situation is needed; the rest can wait for the session."
    ),
    "help.pattern.situation": "The situation.",
    "help.pattern.behaviour": "What you did.",
    "help.pattern.consequence": "What the consequences were.",
    "help.pattern.unnoticed": "The choice you made without noticing (often found in the session).",
    "help.pattern.belief": (
        "The belief that may lie behind it: earning your place by delivering perfect results "
        "(perfection), by never being a burden (no-burden), by making sure nothing goes wrong "
        "(nothing-wrong), by always meeting or exceeding expectations (expectations), or other."
    ),
    "help.pattern.belief_text": "The belief in your own words (goes with --belief other).",
    "help.pattern.new_behaviour": "What you tried instead.",
    "help.pattern.reflection": "What you notice, looking back.",
    "pattern.hint": (
        "A few questions about one situation. Skip what you don't know yet; "
        "you can look at it with your coach."
    ),
    "pattern.ask.situation": "What was the situation?",
    "pattern.ask.behaviour": "What did you do? (optional)",
    "pattern.ask.consequence": "What were the consequences? (optional)",
    "pattern.ask.unnoticed": (
        "Which choice did you make without noticing? (optional; often found in the session)"
    ),
    "pattern.ask.belief": (
        "Which belief may lie behind it? Examples of how people feel they earn their place, "
        "not a verdict:"
    ),
    "pattern.belief.perfection": "by delivering perfect results",
    "pattern.belief.no-burden": "by never being a burden to anyone",
    "pattern.belief.nothing-wrong": "by making sure nothing goes wrong",
    "pattern.belief.expectations": "by always meeting or exceeding expectations",
    "pattern.belief.other": "something else, in my own words",
    "pattern.ask.belief_text": "How would you put that belief in your own words? (optional)",
    "pattern.ask.new_behaviour": "What did you try instead? (optional)",
    "pattern.ask.reflection": "Looking back, what do you notice? (optional)",
    "pattern.belief_text_other": (
        "--belief-text goes with --belief other (a belief in your own words)."
    ),
    "pattern.saved": "Your pattern note is saved ({when}). Good that you took a closer look.",
    # bio
    "help.bio": (
        "A look back at a period of your life: what drove and motivated you then, "
        "and which pattern you recognise in it now."
    ),
    "help.bio.life_stage": "The period of your life, e.g. 'secondary school' or 'first job'.",
    "help.bio.text": "What you remember of it.",
    "help.bio.drives": "What drove and motivated you then.",
    "help.bio.pattern": "The pattern you recognise in it now.",
    "bio.hint": "A look back at a period of your life. Write as much or as little as you like.",
    "bio.ask.life_stage": "Which period of your life? (e.g. secondary school, first job; optional)",
    "bio.ask.text": "What do you remember of it? (optional)",
    "bio.ask.drives": "What drove and motivated you then? (optional)",
    "bio.ask.pattern": "Which pattern do you recognise in it now? (optional)",
    "bio.empty": "A look back needs at least one of --life-stage, --text, --drives or --pattern.",
    "bio.saved": "Your look back is saved ({when}).",
    # exercise
    "help.exercise": (
        "The exercises you agreed with your coach, to practise between sessions. 'herstel "
        "exercise' on its own shows them with this week's practice."
    ),
    "help.exercise.all": "Also show exercises you stopped.",
    "help.exercise.add": "Add an exercise agreed with your coach.",
    "help.exercise.name": "The exercise's name.",
    "help.exercise.description": "What it involves.",
    "help.exercise.per_week": "How many times a week you intend to do it.",
    "help.exercise.type": "What sort of exercise it is.",
    "help.exercise.session": "The session (1-10) where you agreed it.",
    "help.exercise.private": "Keep this exercise on this computer only: exports leave it out.",
    "help.exercise.list": "Show your exercises with this week's practice.",
    "help.exercise.done": "Note that you practised an exercise.",
    "help.exercise.which": "The exercise: its name, or the start of it.",
    "help.exercise.minutes": "How many minutes.",
    "help.exercise.note": "What you noticed.",
    "help.exercise.stop": "Stop an exercise; what you practised stays in your log.",
    "exercise.ask.name": "What is the exercise called?",
    "exercise.ask.description": "What does it involve? (optional)",
    "exercise.ask.per_week": "How many times a week do you intend to do it? (optional)",
    "exercise.ask.type": "What sort of exercise is it?",
    "exercise.type.mindfulness": "mindfulness",
    "exercise.type.breathing": "breathing",
    "exercise.type.movement": "movement",
    "exercise.type.boundaries": "boundaries",
    "exercise.type.reflection": "reflection",
    "exercise.type.other": "something else",
    "exercise.ask.session": "In which session did you agree it? (1-10, optional)",
    "exercise.exists": (
        "You already have an exercise called {name}; stop it first, or pick another name."
    ),
    "exercise.added": "Added the exercise {name}.",
    "exercise.added_hint": 'When you have done it: herstel exercise done "{name}"',
    "exercise.none_active": (
        "None of your exercises is running now; 'herstel exercise --all' shows the ones you "
        "stopped. A new one: herstel exercise add NAME"
    ),
    "exercise.all_stopped": "No exercise is running now; 'herstel exercise --all' shows them all.",
    "exercise.was_stopped": (
        'You stopped {name} earlier. To take it up again: herstel exercise add "{name}"'
    ),
    "exercise.none_yet": "You have no exercises yet. Add one with: herstel exercise add NAME",
    "exercise.no_match": "No exercise is called '{name}'. Yours are: {candidates}.",
    "exercise.ambiguous": (
        "'{name}' fits several exercises: {candidates}. Type a bit more of the name."
    ),
    "exercise.stopped": "Stopped {name}. What you practised stays in your log.",
    "exercise.stopped_mark": "(stopped)",
    "exercise.empty": (
        "No exercises yet. Add one you agreed with your coach: herstel exercise add NAME"
    ),
    "exercise.column.name": "exercise",
    "exercise.column.type": "type",
    "exercise.column.week": "this week",
    "exercise.column.description": "what it involves",
    "exercise.week_cell": "{count}",
    "exercise.week_cell_of": "{count} of {per_week}",
    "practice.hint": "Good that you took the time. Enter skips a question.",
    "practice.ask.minutes": "How many minutes? (optional)",
    "practice.ask.note": "Anything you noticed? (optional)",
    "practice.saved": "Noted: {name} ({when}).",
    "practice.week": "Practised this week: {count}.",
    "practice.week_of": "Practised this week: {count} (you intended {per_week}).",
    "practice.that_week": "Practised that week: {count}.",
    "practice.that_week_of": "Practised that week: {count} (you intended {per_week}).",
    # show and delete
    "help.show": (
        "Show one entry whole (or a ladder item or exercise), by its id as 'herstel log' shows it."
    ),
    "help.id": "The id, or its first characters (at least 4), as 'herstel log' shows them.",
    "help.delete": (
        "Delete one entry (or a ladder item or exercise) for good: its text is gone from your "
        "journal file. Only a note that something was deleted stays, so that a later export "
        "can pass the deletion on."
    ),
    "help.delete.yes": "Delete without asking (needed off a terminal).",
    "kind.checkin": "check-in",
    "kind.signal": "signal",
    "kind.pattern": "pattern note",
    "kind.bio": "look back",
    "kind.practice": "practice",
    "kind.ladder": "ladder item",
    "kind.exercise": "exercise",
    "id.bad": "'{value}' isn't an id; use the id 'herstel log' shows, e.g. 3f2a9c.",
    "id.none": "Nothing has an id starting with '{value}'. 'herstel log' shows the ids.",
    "id.several": (
        "More than one id starts with '{value}': {candidates}. Type a few more characters."
    ),
    "show.label.id": "id",
    "show.label.stopped": "stopped",
    "delete.needs_yes": "Deleting can't be undone: add --yes to delete {value}.",
    "delete.ask": "Delete this for good? It can't be undone.",
    "delete.ask_exercise": (
        "Delete this exercise and every time you practised it, for good? It can't be undone. "
        "('herstel exercise stop' keeps the history.)"
    ),
    "delete.keep": "no, keep it",
    "delete.confirm": "yes, delete it",
    "delete.kept": "Kept; nothing was deleted.",
    "delete.done.checkin": "Deleted the check-in. Its text is gone from your journal file.",
    "delete.done.signal": "Deleted the signal. Its text is gone from your journal file.",
    "delete.done.pattern": "Deleted the pattern note. Its text is gone from your journal file.",
    "delete.done.bio": "Deleted the look back. Its text is gone from your journal file.",
    "delete.done.practice": "Deleted the practice. Its text is gone from your journal file.",
    "delete.done.ladder": "Deleted the ladder item. Its text is gone from your journal file.",
    "delete.done.exercise": "Deleted the exercise. Its text is gone from your journal file.",
    "delete.wal_pending": (
        "Another herstel has the journal open: the deleted text leaves the journal file "
        "completely once that one is closed and herstel runs again."
    ),
    "delete.done_practice": "Practice deleted with it: {count}.",
    # backup and restore
    "meta.file": "FILE",
    "help.backup": (
        "Write a copy of your journal, safe to make while herstel is in use. Without FILE: "
        "herstel-backup-DATE.db in your herstel folder."
    ),
    "help.backup.file": "Where to write the copy (a file that does not exist yet).",
    "help.restore": (
        "Put a backup back in place of your journal. Your journal as it is now is copied to "
        "the backups folder first."
    ),
    "help.restore.file": "The backup to restore.",
    "backup.nothing": "There is no journal here yet, so nothing to back up.",
    "backup.exists": "{path} already exists; choose a new name, nothing was overwritten.",
    "backup.no_folder": "The folder {path} doesn't exist.",
    "backup.failed": "Couldn't write {path}. Nothing was changed.",
    "backup.done": "Your journal is copied to {path}.",
    "restore.missing": "There is no file {path}.",
    "restore.damaged": "{path} is damaged; your journal was left as it is.",
    "restore.same": "{path} is your journal itself; choose a backup to restore.",
    "restore.failed": "Couldn't restore from {path}. Your journal was left as it is.",
    "restore.done": "Your journal is restored from {path}.",
    "restore.kept": "Your journal as it was before is kept in {path}.",
    # the editor
    "help.edit_text": "Write the longer texts in your own editor ($VISUAL or $EDITOR).",
    "editor.intro": (
        "Write under each heading; lines starting with #: are left out.\n"
        "Save and close the editor when you are done. Left unchanged, nothing is saved."
    ),
    "editor.none": "No editor found: set EDITOR, e.g. EDITOR=nano.",
    "editor.failed": "The editor ({editor}) did not finish well; nothing was saved.",
    "editor.unchanged": "The text came back unchanged; nothing was saved.",
    # edit
    "help.edit": (
        "Change one entry by its id. The entry's own options change those fields (e.g. "
        "--situation, --energy); on a terminal without options, its questions come with the "
        "current answers; --edit opens your editor on its texts."
    ),
    "help.edit.field": "A new text for this field, for the kinds of entry that have it.",
    "help.edit.at": "When it happened, e.g. 'yesterday 14:30' (not for a check-in).",
    "edit.not_entry.ladder": (
        "A ladder item is changed with: herstel ladder add WHAT --colour COLOUR --action TEXT"
    ),
    "edit.not_entry.exercise": (
        "An exercise isn't changed here: stop it and add it anew (its practice stays)."
    ),
    "edit.flag_not_for_kind": "{flag} isn't part of a {kind}; see 'herstel edit --help'.",
    "edit.nothing": "Say what to change (e.g. --situation TEXT), or use --edit.",
    "edit.form_hint": "Enter keeps an answer, '-' empties it.",
    "edit.done": "Changed the {kind}: {fields}.",
    "edit.unchanged": "Nothing changed; it stays as it was.",
    "edit.field.what": "the signal",
    "edit.field.type": "body or emotion",
    "edit.field.location": "where",
    "edit.field.intensity": "intensity",
    "edit.field.limit": "limit",
    "edit.field.fit": "whether it felt right",
    "edit.field.situation": "situation",
    "edit.field.response": "what I did with it",
    "edit.field.behaviour": "what I did",
    "edit.field.consequence": "consequences",
    "edit.field.unnoticed": "unnoticed choice",
    "edit.field.belief": "belief",
    "edit.field.belief_text": "belief in my words",
    "edit.field.new_behaviour": "tried instead",
    "edit.field.reflection": "reflection",
    "edit.field.life_stage": "period",
    "edit.field.text": "text",
    "edit.field.drives": "what drove me",
    "edit.field.pattern": "pattern",
    "edit.field.minutes": "minutes",
    "edit.field.note": "note",
    "edit.field.day": "day",
    "edit.field.time": "time",
    "edit.field.private": "private",
    # --- the trajectory: plan, calendar ---
    "help.plan": (
        "Your ten sessions: which one is next, and how your energy moved between them. "
        "'herstel plan --ics FILE' writes them as a calendar file."
    ),
    "help.plan.ics": "Write the sessions to a calendar file (.ics) instead; '-' writes to stdout.",
    "help.plan.number": "The session's number, 1 to 10.",
    "help.plan.move": "Move a session to another day or time.",
    "help.plan.to": "The new day.",
    "help.plan.time": "The new time (an empty value leaves it without a time).",
    "help.plan.shift_rest": "Move every later planned session by the same number of days.",
    "help.plan.held": "Mark a session as held.",
    "help.plan.held_date": "The day it took place (default: the day it was planned).",
    "help.plan.cancel": "Cancel a session.",
    "help.plan.reason": "Why it was cancelled (stays on this computer's plan).",
    "help.plan.note": "Keep a note with a session: what you want to remember or bring up.",
    "help.plan.note_text": "The note; an empty text removes it.",
    "help.plan.edit": "Write the note in your editor ($VISUAL or $EDITOR).",
    "plan.title": "Your trajectory",
    "plan.title_with": "Your trajectory with {coach}",
    "plan.next": "Next: session {number} of {of}, {day}, {when}.",
    "plan.in.today": "today",
    "plan.in.tomorrow": "tomorrow",
    "plan.in.days": "in {days} days",
    "plan.day_at": "{day} at {time}",
    "plan.completed": (
        "Your trajectory is complete: all sessions are behind you. Your kompas to keep: "
        "herstel kompas"
    ),
    "plan.after_ten": (
        "A lighter rhythm from here, if it suits you: a short kompas check once a month "
        "(herstel kompas check), a reminder weekly or monthly (herstel remind on --every month). "
        "Your journal simply goes on."
    ),
    "plan.phase1": "Phase 1: every two weeks",
    "plan.phase2": "Phase 2: every {weeks} weeks",
    "plan.col.number": "No.",
    "plan.col.day": "Day",
    "plan.col.time": "Time",
    "plan.col.status": "Status",
    "plan.col.details": "Details",
    "plan.status.planned": "planned",
    "plan.status.held": "held",
    "plan.status.cancelled": "cancelled",
    "plan.status.next": "next",
    "plan.today": "today, {day}",
    "plan.moved_from": "moved from {day}",
    "plan.planned_for": "was planned for {day}",
    "plan.exercises": "exercises: {names}",
    "plan.periods": "Between the sessions",
    "plan.period.before": "Before the first session ({start} to {end})",
    "plan.period.since": "Session {number} ({start} to {end})",
    "plan.period.current": "Since session {number} ({start}, until now)",
    "plan.period.empty": "nothing written down",
    "plan.fig.energy": "energy {value}",
    "plan.fig.sleep": "sleep {value} h",
    "plan.fig.checkins": "{count} check-ins",
    "plan.fig.patterns": "{count} pattern notes",
    "plan.fig.practices": "{count} times practised",
    "plan.move.nothing": "Say where to move it: --to DATE, --time HH:MM, or both.",
    "plan.move.held": "Session {number} has been held, so it can't be moved.",
    "plan.move.cancelled": (
        "Session {number} is cancelled, so it can't be moved. To plan it again: herstel "
        "plan cancel {number} --undo"
    ),
    "plan.move.past": (
        "{day} has already passed. If session {number} took place then: herstel plan held "
        "{number} --date {iso}"
    ),
    "plan.move.far": "{day} is more than a year away; choose a day closer by.",
    "plan.move.unchanged": "Session {number} is already planned then; nothing changed.",
    "plan.order": (
        "That would put session {number} ({day}) on or after session {other} ({other_day}); "
        "nothing changed."
    ),
    "plan.order_shift": (
        "That would put session {number} ({day}) on or after session {other} ({other_day}); "
        "add --shift-rest to move the later sessions along. Nothing changed."
    ),
    "plan.moved": "Session {number} is now on {day} (was {old}).",
    "plan.retimed": "Session {number} is now on {day}.",
    "plan.shifted_later": "Sessions {first} to {last} moved along, {days} days later.",
    "plan.shifted_earlier": "Sessions {first} to {last} moved along, {days} days earlier.",
    "plan.held.cancelled": "Session {number} is cancelled, so it can't be marked as held.",
    "plan.held.future": "{day} is still to come; a session can be marked as held once it's been.",
    "plan.held.not_yet": (
        "Session {number} is planned for {day}, which is still to come. If it took place "
        "earlier, add --date."
    ),
    "plan.held": "Noted: session {number} was held on {day}.",
    "plan.cancel.held": "Session {number} has been held, so it can't be cancelled.",
    "plan.cancel.cancelled": (
        "Session {number} is already cancelled. To plan it again: herstel plan cancel "
        "{number} --undo"
    ),
    "plan.cancelled": "Session {number} is cancelled.",
    "plan.ask.note": "Note for session {number}:",
    "plan.note.missing": "Give the note as text after the number, or use --edit.",
    "plan.note.both": "Give the note as text or use --edit, not both.",
    "plan.note.saved": "Saved the note with session {number}.",
    "plan.note.cleared": "Removed the note of session {number}.",
    "plan.note.unchanged": "The note of session {number} stays as it was.",
    "plan.no_session": "There is no session {number}.",
    "ics.language_tag": "EN",
    "ics.name": "Coaching sessions",
    "ics.summary": "Coaching session {number} of {of}",
    "ics.summary_with": "Coaching session {number} of {of} with {coach}",
    "ics.done": "Wrote the sessions to {path}. Importing it again later updates them.",
    "file.is_folder": "{path} is a folder; give a file name.",
    "file.unwritable": "Couldn't write {path}. Nothing was changed.",
    "plan.fig.checkins_one": "1 check-in",
    "plan.fig.patterns_one": "1 pattern note",
    "plan.fig.practices_one": "practised once",
    "config.relaid": (
        "Sessions {numbers} now follow every {weeks} weeks; 'herstel plan' shows them."
    ),
    # --- prepare ---
    "help.prepare": (
        "What to bring to your next session: the time since the last one, summarised. "
        "Private entries are included, and marked."
    ),
    "help.prepare.since": "Start on this day instead of at the last session.",
    "help.prepare.markdown": "Write it to a Markdown file, to print or to mail ('-': stdout).",
    "prepare.title": "To bring to session {number}, {day}",
    "prepare.title_done": "Looking back",
    "prepare.since_session": "Since session {number} on {day}: {days} days.",
    "prepare.since_day": "Since {day}: {days} days.",
    "prepare.since_future": "'{value}' is still to come; --since takes a day up to today.",
    "prepare.nothing_heading": "Nothing written down",
    "prepare.nothing": (
        "Nothing is written down for this time, and that's fine. You can simply bring yourself."
    ),
    "prepare.energy_heading": "Energy and sleep",
    "prepare.energy": "Your energy averaged {average} over these days.",
    "prepare.sleep": "Sleep {average} hours a night on average.",
    "prepare.checkins": "{count} check-ins.",
    "prepare.lowest_heading": "The days with the least energy",
    "prepare.low_day": "{day}, energy {energy}.",
    "prepare.private": "(private)",
    "prepare.signals_heading": "Signals",
    "prepare.colour.red": "Red on your ladder:",
    "prepare.colour.orange": "Orange on your ladder:",
    "prepare.colour.green": "Green on your ladder:",
    "prepare.colour.none": "Not on your ladder:",
    "prepare.patterns_heading": "Patterns, by the belief behind them",
    "prepare.belief.perfection": "Earning my place by delivering perfect results:",
    "prepare.belief.no-burden": "Earning my place by never being a burden:",
    "prepare.belief.nothing-wrong": "Earning my place by making sure nothing goes wrong:",
    "prepare.belief.expectations": "Earning my place by always meeting expectations:",
    "prepare.belief.other": "A belief in my own words:",
    "prepare.belief.none": "No belief named yet:",
    "prepare.new_heading": "Something new I tried",
    "prepare.exercises_heading": "Exercises",
    "prepare.practised": "practised {count} times",
    "prepare.practised_one": "practised once",
    "prepare.practised_of": "{done}, with {per_week} a week in mind",
    "prepare.named_heading": "What gave and took energy",
    "prepare.givers": "Gave energy most often: {names}.",
    "prepare.drainers": "Took energy most often: {names}.",
    "prepare.written": "Wrote your summary to {path}.",
    "file.not_ours": "{path} already exists and herstel didn't write it; choose another name.",
    "plan.number": ("There are ten sessions: give a number from 1 to 10 ('{value}' isn't one)."),
    "help.plan.undo": "Plan a cancelled session again, on the day it had.",
    "plan.undo.not_cancelled": "Session {number} isn't cancelled.",
    "plan.undone": "Session {number} is planned again.",
    "plan.reason": "reason: {reason}",
    "prepare.checkins_one": "1 check-in.",
    "prepare.since_session_one": "Since session {number} on {day}: 1 day.",
    "prepare.since_day_one": "Since {day}: 1 day.",
    "prepare.note_heading": "Your note for this session",
    "plan.undo_with_reason": "--undo plans the session again; it takes no --reason.",
    "words.and": "{first} and {last}",
    "usage.either": "Choose {first} or {second}, not both.",
    "plan.fig.near": "{count} signals near the limit",
    "plan.fig.near_one": "1 signal near the limit",
    "plan.fig.crossed": "{count} signals over the limit",
    "plan.fig.crossed_one": "1 signal over the limit",
    "prepare.practised_none": "not practised yet",
    "plan.status.passed": ("passed"),
    "plan.hint_held": (
        "Sessions marked 'passed' can be noted as held, e.g. herstel plan held {number}"
    ),
    # --- export ---
    "help.export": (
        "Share your journal with your coach: one file, encrypted to your coach's key (and "
        "yours). Entries you marked private stay on this computer."
    ),
    "help.export.output": "Write to this file (default: stdout).",
    "help.export.since": "Only entries from this day on.",
    "help.export.until": "Only entries up to and including this day.",
    "help.export.preview": "Show what would go out and what stays behind; write nothing.",
    "help.export.armor": "ASCII text instead of binary, safe to paste into an e-mail.",
    "help.export.plain": "Unencrypted JSON. Only for your own use: it is health data.",
    "help.export.passphrase": (
        "Encrypt with a passphrase instead of your coach's key (asked, or from HERSTEL_PASSPHRASE)."
    ),
    "help.export.read": "Read an export of yours back (decrypted with your own key) as JSON.",
    "help.export.json": "With --preview: the counts as JSON.",
    "config.label.coach-key": "coach-key",
    "config.coach_key_bad": (
        "That isn't an age public key: it starts with age1, and your coach gives it to you."
    ),
    "export.no_coach_key": (
        "Your coach's key isn't set yet. Ask your coach for it, then: herstel config set "
        "coach-key age1... (or use --passphrase)"
    ),
    "export.binary_to_terminal": (
        "An encrypted export isn't for the screen: add -o FILE, or --armor for text."
    ),
    "export.json_with_preview": "--json goes with --preview; the export itself is JSON already.",
    "export.passphrase_missing": (
        "--passphrase needs a terminal to ask it, or HERSTEL_PASSPHRASE set."
    ),
    "export.passphrase_differs": "The two passphrases differ; nothing was written.",
    "export.ask.passphrase": "Passphrase:",
    "export.ask.passphrase_again": "The same passphrase again:",
    "export.identity_bad": "{path} isn't a key herstel can read; nothing was written or read.",
    "export.written": "Your export is in {path}.",
    "export.done.coach": (
        "Encrypted for your coach and for you. Shared: {shared}; kept here as private: {private}."
    ),
    "export.done.passphrase": (
        "Encrypted with your passphrase. Shared: {shared}; kept here as private: {private}. "
        "Give your coach the passphrase another way than the file."
    ),
    "export.done.plain": (
        "Not encrypted: keep this file to yourself. Shared: {shared}; kept here as private: "
        "{private}."
    ),
    "export.preview.title": "What an export would share",
    "export.preview.private_note": "What you marked private never leaves this computer.",
    "export.preview.nothing_written": "Nothing was written.",
    "export.period.all": "Every entry, from the start.",
    "export.period.since": "Entries from {since} on.",
    "export.period.until": "Entries up to {until}.",
    "export.period.between": "Entries from {since} to {until}.",
    "export.col.what": "What",
    "export.col.shared": "Shared",
    "export.col.held": "Stays behind",
    "export.held.private": "{count} private",
    "export.held.outside": "{count} outside the period",
    "export.kind.checkin": "check-ins",
    "export.kind.signal": "signals",
    "export.kind.pattern": "pattern notes",
    "export.kind.bio": "looks back",
    "export.kind.practice": "practice",
    "export.kind.ladder": "ladder items",
    "export.kind.exercise": "exercises",
    "export.kind.session": "sessions",
    "export.kind.tombstone": "deletions",
    "export.read.unreadable": "Couldn't read {path}.",
    "export.read.no_identity": (
        "There's no key of yours in this herstel folder, so this export can't be opened here."
    ),
    "export.read.not_for_you": "This export wasn't encrypted for you; your key can't open it.",
    "export.read.wrong_passphrase": (
        "Couldn't open it: the passphrase isn't right, or the file is damaged."
    ),
    "export.read.damaged": "This file is damaged; it can't be decrypted.",
    "export.read.not_json": "This isn't an export: it isn't JSON.",
    "export.read.not_export": "This JSON isn't a herstel export.",
    "export.read.newer": (
        "This export is format version {version}, newer than this herstel reads; update herstel."
    ),
    "export.read.bad_version": "This export has an unknown format version ({version}).",
    "export.read.invalid": (
        "This export doesn't match its format: {count} problem(s), the first at {where}."
    ),
    "export.store_invalid": (
        "Something in your journal doesn't fit the export format (at {where}); nothing was written."
    ),
    "names.too_many": "{field} takes {limit} names at most.",
    "export.preview.by_period": "Shared, by the periods between your sessions:",
    "export.col.period": "Period",
    "export.period_row.before": "before the first session, from {start}",
    "export.period_row.session": "since session {number}, {start}",
    "export.passphrase_short": (
        "A passphrase needs {least} characters or more; "
        "a few words together work well. Nothing was written."
    ),
    "export.passphrase_again": "The two passphrases differ; once more, please.",
    "export.read.passphrase_missing": (
        "This export needs its passphrase: on a terminal it's asked, or set HERSTEL_PASSPHRASE."
    ),
    "export.output_looks_like_option": (
        "'{value}' looks like an option, not a file name; nothing was written."
    ),
    "export.identity_made": (
        "Made your own key, so that you can read your exports back: {path}. herstel backup "
        "doesn't copy it: take it along when you move to another computer."
    ),
    "export.done.plain_stdout": (
        "Not encrypted: keep it to yourself. Shared: {shared}; kept here as private: {private}."
    ),
    "export.empty": (
        "There were no entries to share in this period; the export holds the plan, the ladder "
        "and the exercises."
    ),
    "export.replaced": "Your export is in {path} (it replaces your earlier one).",
    "config.coach_key_secret": (
        "That's a secret key, and it should never leave your coach's computer. Ask your coach "
        "for the public key (age1...), and for a new pair to be safe."
    ),
    "config.coach_key_own": (
        "That's your own key, not your coach's; an export to it would be one your coach can't open."
    ),
    "export.read.missing": "There's no file {path}.",
    # --- the coach's side ---
    "help.coach": "For the coach: import clients' exports, see every client. Alone: the list.",
    "help.coach.keygen": "Make your keys as a coach; prints the line your clients set.",
    "help.coach.rotate": (
        "Make a new key and keep the old ones, so that older exports still open."
    ),
    "help.coach.key": "Print the line a client sets: your public key and signing key.",
    "help.coach.import": "Import clients' exports. Again: it updates, never duplicates.",
    "help.coach.files": "Export files; - reads one from standard input.",
    "help.coach.new_client": (
        "Import as a new client, also when a client with the same name is already here."
    ),
    "help.coach.client": "The client: a name (or its start), or the start of the id.",
    "help.coach.clients": "Every client at a glance: next session, energy, crossed limits.",
    "help.coach.report": "One client's period since the last session, with your notes.",
    "help.coach.markdown": "Write the report as Markdown to this file (- for the screen).",
    "help.coach.note": "A note of your own on a client; imports never touch it.",
    "help.coach.text": "The note (asked on a terminal when left out).",
    "help.coach.session": "The session the note is about.",
    "help.coach.export": "Everything you hold on a client, as JSON for them to read.",
    "help.coach.output": "Write to this file instead of the screen.",
    "help.coach.forget": (
        "Erase a client completely. Also deletes the automatic backups of the coach store "
        "(they hold every client)."
    ),
    "help.coach.yes": "Erase without asking (needed off a terminal).",
    "meta.files": "FILE...",
    "meta.client": "CLIENT",
    "where.coach_identity": "your coach key",
    "where.coach_signing_key": "your signing key as a coach",
    "where.inbox": "inbox folder (files from your coach)",
    "coach.key_made": "Your key is in {path}. Keep it safe: it opens your clients' exports.",
    "coach.key_rotated": (
        "Your older keys are kept beside it, so exports made to them still open. "
        "Give your clients the new public key."
    ),
    "coach.key_how": "A client sets it once with: herstel config set coach-key {key}",
    "coach.key_exists": (
        "You already have a key ({path}); herstel won't overwrite it. "
        "herstel coach keygen --rotate makes a new one and keeps the old."
    ),
    "coach.no_key": "You have no key as a coach yet; herstel coach keygen makes one.",
    "coach.import.stdin_twice": "Standard input (-) can be read only once.",
    "coach.import.failed": "{file}: not imported. {reason}",
    "coach.import.done": (
        "{file}: {client}: {records} records: {new} new, {updated} updated, {unchanged} "
        "unchanged; {deleted} deleted."
    ),
    "coach.import.no_key": (
        "This export is encrypted to a coach's key, and this herstel folder ({home}) has none. "
        "Is --home right? A new key (herstel coach keygen) can't open exports made before it."
    ),
    "file.too_big": "This file is over {limit} MB: larger than herstel reads.",
    "coach.import.same_name": (
        "You already have a client called {name}, with another trajectory. "
        "If this is someone else, import with --new-client."
    ),
    "coach.import.ask_new": (
        "You already have a client called {name}, with another trajectory. Is this someone else?"
    ),
    "coach.import.skip": "no, leave this file",
    "coach.import.as_new": "yes, a new client",
    "coach.import.skipped": "Left aside, as you chose.",
    "coach.import.future": (
        "It says it was made on {day}, which is still to come: check the clock of the computer "
        "it was made on, and export again."
    ),
    "coach.import.store": "The import failed; your coach store is unchanged.",
    "coach.import.foreign_ids": (
        "Records in it carry the ids of another client's records here; it was refused, "
        "so that nothing lands with the wrong client."
    ),
    "export.read.too_deep": "This isn't an export: its JSON is nested far too deep.",
    "export.read.coach_export": (
        "This is a coach's export of a client (herstel-coach-export), for the client to read; "
        "herstel coach import takes only a client's own export."
    ),
    "coach.no_clients": "You have no clients yet; herstel coach import FILE brings one in.",
    "coach.client_none": "No client fits '{value}'. Your clients: {candidates}.",
    "coach.client_many": (
        "'{value}' fits more than one client: {candidates}. Type a bit more, or the start of "
        "the id."
    ),
    "coach.clients.none": (
        "No clients yet. When a client sends you an export: herstel coach import FILE."
    ),
    "coach.clients.completed": "completed",
    "coach.clients.next": "{number} of 10, phase {phase}, {day}",
    "coach.clients.days_ago": "{count} days ago",
    "coach.clients.ago_0": "today",
    "coach.clients.ago_1": "yesterday",
    "coach.col.client": "Client",
    "coach.col.focus": "Focus",
    "coach.col.next": "Next session",
    "coach.col.last": "Last check-in",
    "coach.col.energy": "Energy 14 days",
    "coach.col.crossed": "Limits crossed",
    "coach.col.imported": "Imported",
    "coach.report.title": "{name}, focus: {focus}",
    "coach.report.imported": "Last imported {day}.",
    "coach.report.notes": "Your notes as coach",
    "coach.report.no_notes": "None yet; herstel coach note adds one.",
    "coach.report.session": "session {number}",
    "coach.report.written": "Wrote the report to {path}.",
    "coach.field.note": "The note",
    "coach.note.missing": "What should the note say? Give it after the client's name.",
    "coach.note.ask": "Your note on {name}:",
    "coach.note.saved": "Kept your note on {name}.",
    "coach.note.saved_session": "Kept your note on {name}, session {number}.",
    "coach.export.written": "Everything you hold on {name} is in {path}.",
    "coach.forget.needs_yes": ("Erasing {name} can't be undone; off a terminal it needs --yes."),
    "coach.forget.what": (
        "This erases everything you hold on {name}: {records} entries and records, "
        "{notes} notes and proposals of yours, the plan and the ladder. It can't be undone."
    ),
    "coach.forget.backups": (
        "The automatic backups of your coach store ({count}) go too, since they hold the "
        "client as well."
    ),
    "coach.forget.ask": "Erase this client?",
    "coach.forget.keep": "no, keep",
    "coach.forget.confirm": "yes, erase",
    "coach.forget.kept": "Nothing was erased.",
    "coach.forget.done": "{name} is erased from your coach store.",
    "coach.forget.backups_gone": (
        "The automatic backups of your coach store ({count}) are deleted too: they held every "
        "client as it was then."
    ),
    "coach.forget.files": (
        "Files you wrote yourself (the exports you received, reports, coach exports) are not "
        "touched: delete those too."
    ),
    "export.read.empty": "This file is empty; it isn't an export.",
    "export.read.secret_key": (
        "This is a secret key, not an export. Keep it to yourself, and give herstel the export "
        "file."
    ),
    "coach.forget.wal_pending": (
        "Another herstel has the store open; the last traces go when it closes and herstel "
        "coach runs again."
    ),
    "coach.prepare.title": "Session {number}, {day}",
    "coach.prepare.energy": "Energy averaged {average} over these days.",
    "coach.prepare.note_heading": "The client's note for this session",
    "coach.prepare.nothing": "Nothing was shared for this time.",
    "coach.prepare.new_heading": "Something new the client tried",
    "coach.prepare.colour.red": "Red on the ladder:",
    "coach.prepare.colour.orange": "Orange on the ladder:",
    "coach.prepare.colour.green": "Green on the ladder:",
    "coach.prepare.colour.none": "Not on the ladder:",
    "coach.prepare.limit.near": "close to the limit",
    "coach.prepare.limit.crossed": "over the limit",
    # --- insights ---
    "help.insights": (
        "What your own data shows: energy over time, what goes with your energy, your early "
        "warnings, patterns and practice."
    ),
    "help.insights.period": (
        "The time to look at: current (since the last session), a number of weeks or months "
        "back (4w, 3m), or all (the default). In Dutch also huidig and alles."
    ),
    "meta.period": "PERIOD",
    "insights.period_bad": (
        "--period '{value}': use current, all, or a number of weeks or months, such as 4w or 3m."
    ),
    "insights.title": "What your days show",
    "insights.window": "{first} to {last}: {count} check-ins.",
    "insights.window_one": "{first} to {last}: 1 check-in.",
    "insights.nothing": (
        "Nothing to look at yet. After a week or two of check-ins, this is where your own "
        "patterns show."
    ),
    "insights.energy_heading": "Energy over time",
    "insights.chart.legend_no_sessions": (
        "{daily} your energy each day, {average} its 7-day average, from {first} on the left to "
        "{last} on the right."
    ),
    "insights.chart.legend": (
        "{daily} your energy each day, {average} its 7-day average, from {first} on the left to "
        "{last} on the right; the vertical lines are your sessions, numbered along the bottom."
    ),
    "insights.chart.too_narrow": "The terminal is too narrow for the chart.",
    "insights.chart.too_few": "A chart needs at least two check-ins.",
    "insights.weekly": "Week by week, the average of {count} weeks ({first} to {last}):",
    "insights.dimension.energy": "energy",
    "insights.dimension.sleep_hours": "hours of sleep",
    "insights.dimension.sleep_quality": "sleep quality",
    "insights.dimension.food": "food",
    "insights.dimension.movement": "movement (min)",
    "insights.dimension.relaxation": "relaxation (min)",
    "insights.dimension.structure": "day structure",
    "insights.factors_heading": "What goes with your energy",
    "insights.energy_word": "your energy",
    "insights.quoted": "'{text}'",
    "insights.cond.sleep_hours": "After a night of more than {x} of sleep",
    "insights.cond.sleep_quality": "After sleep rated above {x}",
    "insights.cond.food": "On days with food rated above {x}",
    "insights.cond.movement": "On days with more than {x} of movement",
    "insights.cond.relaxation": "On days with more than {x} of relaxation",
    "insights.cond.structure": "On days the day structure was rated above {x}",
    "insights.cond.giver": "On days with {name} among the energy givers",
    "insights.cond.drainer": "On days with {name} among the energy drainers",
    "insights.cond.exercise": "On days with the exercise {name}",
    "insights.finding.same_day": (
        "{cond}, {energy} that day was {with_} on average, over {with_days} days; on the "
        "{without_days} other days it was {without}."
    ),
    "insights.finding.next_day": (
        "{cond}, {energy} a day later was {with_} on average, over {with_days} days; on the "
        "{without_days} other days it was {without}."
    ),
    "insights.factor.sleep_hours": "hours of sleep",
    "insights.factor.sleep_quality": "sleep quality",
    "insights.factor.food": "food",
    "insights.factor.movement": "movement",
    "insights.factor.relaxation": "relaxation",
    "insights.factor.structure": "day structure",
    "insights.factor.giver": "energy giver",
    "insights.factor.drainer": "energy drainer",
    "insights.factor.exercise": "exercise",
    "insights.factors_none": (
        "Not enough days yet to see what goes with your energy. After a few more weeks of "
        "check-ins there is more to see here."
    ),
    "insights.factors_small": (
        "Nothing went with a difference of a point of energy or more, over a week of days or "
        "more on each side."
    ),
    "insights.factors_more": (
        "{count} smaller differences are left out here; herstel insights --json gives them all."
    ),
    "insights.weekly_one": "The week of {first} to {last}, its average:",
    "insights.together": "In all, {count} days had low energy or a crossed limit, or both.",
    "coach.insights.crossings": "Days over a limit: {count}.",
    "insights.factors_more_one": (
        "One smaller difference is left out here; herstel insights --json gives them all."
    ),
    "coach.insights.factors_more": (
        "{count} smaller differences are left out here; herstel coach report --json gives them all."
    ),
    "coach.insights.factors_more_one": (
        "One smaller difference is left out here; herstel coach report --json gives them all."
    ),
    "coach.insights.factors_none": "Not enough days yet to see what goes with their energy.",
    "insights.times": "{count} times",
    "insights.times_one": "once",
    "insights.weeks": "{count} weeks",
    "insights.weeks_one": "1 week",
    "insights.practice_week": "The last week: {counts}",
    "command.unsafe": (
        "This terminal cannot show the command as it is; herstel insights --json gives it whole."
    ),
    "insights.factors_thin": "Too few days on one side to compare yet: {names}.",
    "insights.not_cause": (
        "These things went together on your days; that does not say one causes the other."
    ),
    "insights.warnings_heading": "Your early warnings",
    "insights.warnings_thin": (
        "Too few days yet to see which signals come before a low-energy day."
    ),
    "insights.low_days": "Low-energy days (energy {energy} or less): {count}.",
    "insights.crossings": "Days you went over a limit: {count}.",
    "insights.warnings_none": (
        "No signal stands out yet in the two days before a low-energy day or a crossed limit."
    ),
    "insights.warning": (
        "{what} came in the two days before {events} of those {of_events} days. {otherwise}"
    ),
    "insights.warning.never": "Logged on {days} days, never at other times.",
    "insights.warning.once": "Logged on {days} days, once at another time.",
    "insights.warning.more": "Logged on {days} days, {count} of them at other times.",
    "insights.ladder_add": "To put it on your ladder:",
    "insights.on_ladder": "It is on your ladder already ({colour}).",
    "insights.good_heading": "Signs that you are on track",
    "insights.good": (
        "{what}, a sign that it fits, came on {events} of the {of_events} days with the most "
        "energy ({energy} or more). {otherwise}"
    ),
    "insights.good.never": "Logged on {days} days, never on other days.",
    "insights.good.once": "Logged on {days} days, once on another day.",
    "insights.good.more": "Logged on {days} days, {count} of them on other days.",
    "insights.patterns_heading": "Patterns, month by month",
    "insights.patterns_none": "No pattern notes in this time.",
    "insights.belief.perfection": "perfect results",
    "insights.belief.no-burden": "never a burden",
    "insights.belief.nothing-wrong": "nothing may go wrong",
    "insights.belief.expectations": "meeting expectations",
    "insights.belief.other": "in your own words",
    "insights.belief.none": "no belief named",
    "insights.new_heading": "New behaviour you tried",
    "insights.earlier": "(and {count} more from before these, not shown here)",
    "insights.exercises_heading": "Exercises, week by week",
    "insights.practice": "{name}: {times} in {weeks}, with {per_week} a week in mind.",
    "insights.practice_free": "{name}: {times} in {weeks}.",
    "insights.practice_weeks": "The last {count} weeks: {counts}",
    "coach.insights.factors_heading": "What goes with their energy",
    "coach.insights.energy_word": "their energy",
    "coach.insights.not_cause": (
        "These things went together on their days; that does not say one causes the other."
    ),
    "coach.insights.warnings_heading": "Their early warnings",
    "coach.insights.ladder_add": "For their ladder, on their computer:",
    "coach.insights.on_ladder": "On their ladder already ({colour}).",
    "coach.insights.good_heading": "Signs that they are on track",
    "insights.whole_heading": "Over the whole trajectory",
    "coach.insights.new_heading": "New behaviour they tried",
    # herstel demo
    "help.demo": (
        "Fill an empty herstel folder with a made-up journal of a few months, to look around "
        "in. Try it in a folder of its own: herstel --home /tmp/herstel-demo demo"
    ),
    "help.demo.weeks": "How many weeks of journal the demo holds (default {default}).",
    "help.demo.seed": "Another number gives another made-up journal (default {default}).",
    "demo.own_folder": (
        "The demo needs a folder of its own, apart from your journal. Try: herstel --home "
        "{folder} demo"
    ),
    "demo.not_empty": (
        "This herstel folder already holds a journal; the demo only fills an empty one. "
        "Try: herstel --home {folder} demo"
    ),
    "demo.done": "A made-up journal of {weeks} weeks is ready in {home}.",
    "demo.look": "Have a look around:",
    # the HTML report (prepare --html, coach report --html)
    "help.html": (
        "Write it as a page with charts, to open in a browser or print on A4 ('-': stdout)."
    ),
    "html.chart.energy": "Energy (0-10)",
    "html.chart.daily": "Energy that day",
    "html.chart.average": "Average over 7 days",
    "html.chart.sessions": "Sessions",
    "html.chart.period": "This period",
    "html.chart.caption": (
        "Energy each day from {first} to {last} ({count} check-ins). The dashed lines are the "
        "sessions, numbered along the top."
    ),
    "html.chart.caption_no_sessions": "Energy each day from {first} to {last} ({count} check-ins).",
    "html.weekly.question": "Check-in",
    "html.weekly.per_week": "Average per week",
    "html.weekly.ends": "First and last week",
    "html.weekly.values": "{name}, per week: {values}",
    "html.chart.session_dates": "Sessions: {sessions}.",
    "html.chart.session": "{number} on {day}",
    "coach.html.footer": (
        "Made by herstel on this computer, without the internet. This page holds a client's "
        "health information: keep it as carefully as a client file."
    ),
    "file.no_name": "The file name is empty; give the file to write.",
    "html.period": "{first} to {last}",
    "html.fact.client": "Client",
    "html.fact.period": "Period",
    "html.fact.made": "Made on",
    "html.made": "Made on {day}",
    "html.footer": (
        "Made by herstel on this computer, without the internet. What is on this page is "
        "personal: keep it as carefully as a letter from your doctor."
    ),
    # --- issue 19: restore and backup ---
    "backup.checked": "Checked: the copy is sound.",
    "backup.damaged": (
        "Your journal is damaged, so no sound copy could be made; nothing was written to "
        "{path}. Restore a recent backup with: herstel restore FILE"
    ),
    # --- issue 19: text from another person ---
    # --- issue 19: files herstel reads, settings ---
    "export.read.too_much_work": (
        "This file asks for far more work to open than an export of herstel's; it isn't opened."
    ),
    "settings.damaged": (
        "Note: the settings file {path} couldn't be read, so herstel goes on without it (your "
        "journal is fine). Remove it to stop this note; 'herstel config' shows your settings."
    ),
    "export.read.too_many": "This isn't an export: it holds far more values than any journal has.",
    "file.no_name_read": "The file name is empty; give the file to read.",
    "file.not_a_file": "{path} isn't a regular file (a pipe or a device?); give the file itself.",
    "file.not_a_file_out": (
        "{path} isn't a regular file (a pipe or a device?), so herstel won't write there; choose "
        "another name."
    ),
    # --- issue 19: errors that say the cause ---
    "error.busy": (
        "Another herstel is writing to your journal just now. Nothing was changed; try again "
        "in a moment."
    ),
    "error.disk_full": "The disk is full. Nothing was changed; make some room and try again.",
    "error.read_only": "{path} is read-only, so herstel can't write there. Nothing was changed.",
    "error.not_allowed": "herstel isn't allowed to use {path}. Nothing was changed.",
    "clock.zone_out_of_range": (
        "The time zone in TZ is a day or more from UTC, which can't be right; herstel uses UTC "
        "for this run."
    ),
    # --- issue 19: the coach's key ---
    "meta.fingerprint": "FINGERPRINT",
    "help.export.new_coach_key": (
        "Confirm your coach's new key by its fingerprint (as export shows it), without being asked."
    ),
    "export.coach_key_changed": (
        "Your coach's key has changed since your last export (it was {old}, now it is {new}); "
        "nothing was written. Once your coach has confirmed {new} is theirs, run herstel export "
        "on a terminal, or add --new-coach-key '{new}'."
    ),
    "export.new_key_differs": (
        "That isn't the fingerprint of the coach key set now ({fingerprint}); nothing was written."
    ),
    "export.new_key_bad": (
        "--new-coach-key takes the new key's fingerprint as herstel showed it: 20 characters, "
        "0-9 and a-f."
    ),
    "export.key_changed.title": "Your coach's key has changed since your last export.",
    "export.key_changed.old": "  last export:  {fingerprint}",
    "export.key_changed.new": "  now:          {fingerprint}",
    "export.key_changed.check": (
        "Read the new fingerprint to your coach, or ask them to read theirs (herstel coach key "
        "shows it): the two should be the same. If you didn't change the key yourself, stop here."
    ),
    "export.key_changed.ask": "Encrypt this export to the new key?",
    "export.key_changed.stop": "no, stop here",
    "export.key_changed.go_on": "yes, it's my coach's new key",
    "export.key_changed.kept": "Nothing was written; your next export asks again.",
    "config.coach_key_shown": "{key}  (fingerprint {fingerprint})",
    "config.coach_key_new": (
        "Its fingerprint: {fingerprint}. Compare it with your coach's: herstel coach key shows "
        "them the same one."
    ),
    "config.coach_key_old": "The key it replaces had the fingerprint {fingerprint}.",
    "coach.key_fingerprint": (
        "Its fingerprint: {fingerprint}. Your client sees the same one in herstel config: read it "
        "to each other to be sure."
    ),
    # --- issue 20: the one trend ---
    "coach.clients.energy_note": (
        "Energy: the average of the last {days} days; rising or falling compares it with the "
        "{days} days before (once each has {least} check-ins)."
    ),
    "coach.trend.too_few": (
        "Too few check-ins yet to say which way the energy is going (it compares the last {days} "
        "days with the {days} before)."
    ),
    "prepare.sparkline": (
        "Energy per day, {first} to {last} (0 to 10; a dot is a day without a check-in): {spark}"
    ),
    "trend.rising": "rising",
    "trend.falling": "falling",
    "trend.steady": "steady",
    "trend.named": (
        "{direction}: the last {days} days ({recent}) against the {days} before ({before})"
    ),
    "trend.line": "Energy {words}.",
    "trend.too_few": (
        "Too few check-ins yet to say which way your energy is going (it compares the last {days} "
        "days with the {days} before)."
    ),
    "duration.hours": "{hours} h",
    "duration.minutes": "{minutes} min",
    "duration.hours_minutes": "{hours} h {minutes} min",
    # --- issue 20: the client's own words ---
    "export.shared": "{records} records, {entries} of them entries of your journal",
    "prepare.colour.fit": "Signs that it fitted you:",
    "coach.prepare.colour.fit": "Signs that it fitted:",
    "prepare.words_heading": "In your own words",
    "coach.prepare.words_heading": "In their own words",
    "prepare.words.signal": "signal: {title}",
    "prepare.words.checkin": "check-in note",
    "prepare.words.pattern": "pattern note",
    "prepare.words.practice": "practised {title}",
    "prepare.words.session": "note on session {title}",
    "prepare.words.bio": "looking back: {title}",
    "prepare.words.fit.yes": "it fitted",
    "prepare.words.fit.no": "it didn't fit",
    "prepare.words.field.signal.location": "where",
    "prepare.words.field.signal.situation": "what was going on",
    "prepare.words.field.signal.response": "what was done with it",
    "prepare.words.field.checkin.note": "note",
    "prepare.words.field.practice.note": "note",
    "prepare.words.field.session.note": "note",
    "prepare.words.field.pattern.situation": "situation",
    "prepare.words.field.pattern.behaviour": "what was done",
    "prepare.words.field.pattern.consequence": "what it led to",
    "prepare.words.field.pattern.unnoticed": "the choice made without noticing",
    "prepare.words.field.pattern.belief_text": "the belief, in own words",
    "prepare.words.field.pattern.new_behaviour": "new behaviour tried",
    "prepare.words.field.pattern.reflection": "looking back on it",
    "prepare.words.field.bio.text": "what happened",
    "prepare.words.field.bio.drives": "what drove and moved",
    "prepare.words.field.bio.pattern": "pattern seen",
    # --- issue 20: insights ---
    "insights.weekly_last": (
        "Week by week, the last {count} of {total} weeks ({first} to {last}), each week's average:"
    ),
    "insights.x.hours": "{hours} hours",
    "insights.x.minutes": "{minutes} minutes",
    "insights.x.minutes_30": "half an hour",
    "insights.x.minutes_60": "an hour",
    "insights.x.minutes_90": "an hour and a half",
    # --- issue 20: forms and drafts ---
    "date.before_start": "before your trajectory began ({began})",
    "date.long_ago": "{days} days ago",
    "date.saved_anyway": (
        "Saved on {day}, which is {reason}. If that date was a slip, herstel delete takes it "
        "away again."
    ),
    "date.confirm": "{day} is {reason}. Save it on that day?",
    "date.confirm.no": "no, I meant another day",
    "date.confirm.yes": "yes, that day",
    "date.not_saved": "Nothing was saved; give the day again with --date or --at.",
    "draft.kept": "Stopped. What you typed is kept: the next {command} offers to go on with it.",
    "draft.when": "{day} at {time}",
    "draft.offer.checkin": "You started a check-in for {day} ({when}) and stopped. Go on with it?",
    "draft.offer.signal": "You started noting a signal ({when}) and stopped. Go on with it?",
    "draft.offer.pattern": "You started a pattern note ({when}) and stopped. Go on with it?",
    "draft.offer.bio": "You started a look back ({when}) and stopped. Go on with it?",
    "draft.offer.practice": "You started noting practice ({when}) and stopped. Go on with it?",
    "draft.go_on": "yes, go on where I stopped",
    "draft.start_again": "no, start again (what I typed then is dropped)",
    "draft.dropped": "What you typed then is dropped.",
    # --- issue 20: wording and dates ---
    "checkin.when.yesterday": "yesterday",
    "checkin.when.on": "on {day}",
    "checkin.ask_day.energy": "How much energy did you have {when}? (0-10)",
    "checkin.ask_day.sleep_hours": "How many hours did you sleep the night before {day}?",
    "checkin.ask_day.sleep_quality": "How well did you sleep that night? (1-5)",
    "checkin.ask_day.food": "How regular and nourishing were your meals that day? (1-5)",
    "checkin.ask_day.movement": "How many minutes of movement did you get that day?",
    "checkin.ask_day.relaxation": "How many minutes of relaxation or rest did you get that day?",
    "checkin.ask_day.structure": "How well did you keep to your day structure that day? (1-5)",
    "checkin.ask_day.givers": "What gave you energy that day? (commas between, optional)",
    "checkin.ask_day.drainers": "What cost you energy that day? (commas between, optional)",
    "checkin.ask_morning.food": (
        "How regular and nourishing have your meals been so far today? (1-5)"
    ),
    "checkin.ask_morning.movement": "How many minutes of movement have you had so far today?",
    "checkin.ask_morning.relaxation": (
        "How many minutes of relaxation or rest have you had so far today?"
    ),
    "checkin.ask_morning.structure": (
        "How well have you kept to your day structure so far today? (1-5)"
    ),
    "checkin.ask_morning.givers": (
        "What has given you energy so far today? (commas between, optional)"
    ),
    "checkin.ask_morning.drainers": (
        "What has cost you energy so far today? (commas between, optional)"
    ),
    "log.sleep_quality": "sleep quality {value}/5",
    "hours.unknown": "{name} needs a number of hours, such as 7.5, 7:30 or 7h30; not '{value}'.",
    "hours.minutes": (
        "{name}: the minutes after the hours go up to 59, as in 7:45; '{value}' has {minutes}."
    ),
    "date.ambiguous": (
        "'{value}' could be {day_first} or {month_first}; write it as {day_first_iso} or "
        "{month_first_iso} (year-month-day)."
    ),
    # --- issue 20: output ---
    "plan.cancelled_hint": (
        "{count} sessions are left. Would you rather plan it on another day? Undo with herstel "
        "plan cancel {number} --undo, then herstel plan move {number} --to DATE."
    ),
    "overview.coach_home": (
        "This is a coach's folder: your clients (herstel coach --help for more)."
    ),
    # --- issue 21: back to work ---
    "help.work_hours": "Hours worked that day, e.g. 2.5 or 2:30 (on a day your ramp plans work).",
    "help.carried_by": "What carried your day: meaning (bezieling), willpower, or neither.",
    "help.work_giver": "Something at work that gave you energy (repeat the option for more).",
    "help.work_drainer": "Something at work that cost you energy (repeat the option for more).",
    "checkin.ask.work_hours": "How many hours did you work?",
    "checkin.ask.carried_by": "What carried you today: bezieling, willpower, or neither?",
    "checkin.ask.work_givers": "What at work gave you energy? (commas between, optional)",
    "checkin.ask.work_drainers": "What at work cost you energy? (commas between, optional)",
    "checkin.field.work_hours": "hours worked",
    "checkin.field.carried_by": "carried by",
    "checkin.field.work_givers": "work givers",
    "checkin.field.work_drainers": "work drainers",
    "checkin.carried_by.skip": "skip",
    "checkin.carried_by.meaning": "bezieling (meaning)",
    "checkin.carried_by.willpower": "willpower",
    "checkin.carried_by.neither": "neither",
    "config.label.contract-hours": "contract-hours",
    "config.label.sick-since": "sick-since",
    "config.label.company-doctor": "company-doctor",
    "config.hours_week": "{hours} hours a week",
    "weekday.mon": "mon",
    "weekday.tue": "tue",
    "weekday.wed": "wed",
    "weekday.thu": "thu",
    "weekday.fri": "fri",
    "weekday.sat": "sat",
    "weekday.sun": "sun",
    "meta.step": "STEP",
    "meta.hours": "HOURS",
    "help.work": (
        "Back to work: the build-up schedule agreed with your company doctor, week by week "
        "against the hours you worked, with a suggestion to talk over."
    ),
    "help.work.step": "Lay out the steps of your ramp: add, edit or delete one.",
    "help.work.step.add": "Add a step: from when, how many days a week, how many hours a day.",
    "help.work.step.edit": "Change a step: give only what changes.",
    "help.work.step.delete": "Delete a step; the hours you noted stay.",
    "help.work.which": "The step: its number in 'herstel work' (1, 2, ...) or the start of its id.",
    "help.work.from": "The first day of the step.",
    "help.work.to": "Its last day (left out: until the next step begins).",
    "help.work.to_edit": "Its last day; 'none' lets it run until the next step begins.",
    "help.work.days": "Days a week (1-7).",
    "help.work.weekdays": "Which days, e.g. mon,thu or ma,do (as many as --days).",
    "help.work.hours": "Hours a day, e.g. 2 or 1:30.",
    "help.work.tasks": (
        "The tasks: presence (only being there), light (calm, clear tasks), content (tasks with "
        "real content), full (your own work)."
    ),
    "help.work.mode": "therapeutic (arbeidstherapie) or regular (paid work; the default).",
    "help.work.advice_on": "The date of the company doctor's advice.",
    "help.work.note": "A note on the step.",
    "help.work.done": "You are back at your full hours: the ramp ends (today, or --date).",
    "help.work.done_date": "The first day back at full hours.",
    "help.work.undo": "The ramp is running again.",
    "help.work.summary": (
        "For the company doctor: per week the planned and worked hours and the share of your "
        "contract, and nothing else."
    ),
    "help.work.markdown": "Write the summary as Markdown to FILE ('-': standard output).",
    "help.work.html": "Write the summary as a web page to FILE ('-': standard output).",
    "work.weekday_unknown": (
        "{name}: '{value}' is not a day of the week (mon, tue, ... or ma, di, ...)."
    ),
    "work.weekdays_count": (
        "--weekdays names {count} days, and --days says {days}; make them agree."
    ),
    "work.hours_week": "That is {hours} hours a week; a step goes up to {limit}.",
    "work.ends_before_start": "A step cannot end before it starts; check --from and --to.",
    "work.before_trajectory": "A step cannot start before your trajectory began ({began}).",
    "work.before_sick_since": "A step cannot start before your sick leave did ({since}).",
    "work.overlap": (
        "This step overlaps the step from {other}; steps follow each other. Give the other one an "
        "end with 'herstel work step edit', or choose other dates."
    ),
    "work.sick_since_future": "sick-since cannot be in the future ({day}).",
    "work.sick_since_after_step": (
        "sick-since cannot be after the first step of your ramp ({first})."
    ),
    "work.no_step_on_day": (
        "No step of your ramp covers that day, so there are no hours worked to note; lay out the "
        "step first with 'herstel work step add'."
    ),
    "work.no_steps": "Your ramp has no steps yet; add one with 'herstel work step add'.",
    "work.step_unknown": (
        "'{value}' is not one of your steps; give its number (1-{count}) as 'herstel work' shows."
    ),
    "work.too_many_steps": "A ramp takes up to {limit} steps.",
    "work.after_done": (
        "Your ramp ended on {day}; a step cannot start after that ('herstel work done --undo' "
        "first)."
    ),
    "work.done_before_start": "The ramp cannot end before its first step began ({first}).",
    "work.edit_nothing": "Say what changes, e.g. --hours 3 or --to 2027-02-14.",
    "work.step_added": "Step added: {line}",
    "work.step_added_hint": "See how it goes week by week: herstel work",
    "work.step_changed": "Step changed: {line}",
    "work.step_unchanged": "Nothing changed: {line}",
    "work.step_deleted": "Step deleted: {line}",
    "work.step_line": "{number}. from {since}, {days} x {hours} = {week} a week, {tasks}",
    "work.days_named": "{days} days ({weekdays})",
    "work.days_count": "{days} days",
    "work.marked_done": "Back at full hours from {day}: the ramp is done. Well done getting here.",
    "work.undone": "The ramp is running again.",
    "work.not_done": "The ramp was not done; nothing changed.",
    "work.summary_where": "Say where the summary goes: --markdown FILE or --html FILE.",
    "work.summary_done": "Summary written to {path}. It holds only the hours, nothing else.",
    "work.hours_short": "{hours} h",
    "work.days_on": "{days} ({weekdays})",
    "work.tasks.presence": "only being there",
    "work.tasks.light": "calm, clear tasks",
    "work.tasks.content": "tasks with content",
    "work.tasks.full": "own work",
    "work.mode.therapeutic": "arbeidstherapie",
    "work.mode.regular": "paid work",
    "work.title": "Back to work",
    "work.contract": "contract {hours} hours a week",
    "work.sick_since": "sick since {day} (week {week})",
    "work.company_doctor": "company doctor {name}",
    "work.none_yet": (
        "No ramp yet. When you and your company doctor agree the first step: herstel work step "
        "add --from DATE --days 2 --hours 2 --tasks presence"
    ),
    "work.hint_contract": (
        "Your contract's hours give each step its share: herstel config set contract-hours 36"
    ),
    "work.open_end": "on",
    "work.col.number": "#",
    "work.col.period": "period",
    "work.col.days": "days",
    "work.col.day": "a day",
    "work.col.week": "a week",
    "work.col.share": "of contract",
    "work.col.tasks": "tasks",
    "work.col.week_of": "week of",
    "work.col.planned": "planned",
    "work.col.done": "worked",
    "work.col.energy": "energy",
    "work.col.crossed": "limits crossed",
    "work.col.orange_red": "orange/red",
    "work.done_on": "Back at full hours since {day}.",
    "work.weeks_title": "Week by week",
    "work.week_coming": "{week} (to come)",
    "work.week_running": "{week} (now)",
    "work.dip_lower": (
        "On the day or two after a work day your energy was {after}, on other days {other} "
        "({after_days} and {other_days} days): the dip can come later. Worth watching."
    ),
    "work.dip_same": (
        "On the day or two after a work day your energy was {after}, on other days {other} "
        "({after_days} and {other_days} days)."
    ),
    "work.suggest.hold": (
        "For the coming week: perhaps hold this step. The week of {week}: {reasons}."
    ),
    "work.suggest.step_up": (
        "For the coming week: perhaps a step up. The week of {week}: {reasons}."
    ),
    "work.suggest.step_back": (
        "For the coming week: perhaps a step back. The week of {week}: {reasons}."
    ),
    "work.talk_over": (
        "Something to talk over with your coach and your company doctor; you decide together."
    ),
    "work.ramp_done": "The ramp is done: you are back at your full hours.",
    "work.reason.crossed": "a limit was crossed",
    "work.reason.red": "a signal stood at red on your ladder",
    "work.reason.energy_fell": "your energy was a point or more lower than the week before",
    "work.reason.no_hours": "no hours worked were noted",
    "work.reason.hours_short": "fewer hours than planned",
    "work.reason.crossed_twice": "two or more limits were crossed",
    "work.reason.two_steady": "two steady weeks in a row, with the planned hours worked",
    "work.reason.one_steady": "a steady week; a second one first",
    "work.therapeutic_guide": (
        "You have been in arbeidstherapie for {weeks} weeks. The STECR guide says at most four; "
        "a calm point to raise with your company doctor."
    ),
    "work.therapeutic_long": (
        "You have been in arbeidstherapie for {weeks} weeks. UWV says as a rule no longer than "
        "six; worth raising with your company doctor."
    ),
    "work.carried_part": "{answer} {days} days (energy {energy})",
    "work.carried": "What carried your days: {parts}.",
    "work.milestones_title": "Coming Poortwachter milestones (a guide, not legal advice)",
    "work.milestones_hint": "All of them: herstel plan",
    "work.milestone.problem_analysis": "Problem analysis (week 6)",
    "work.milestone.plan_of_approach": "Employer's plan van aanpak (week 8)",
    "work.milestone.evaluation": "Evaluation of the plan van aanpak ({number})",
    "work.milestone.uwv_report": "Report to UWV (week 42)",
    "work.milestone.first_year": "First-year evaluation (weeks 46-52)",
    "work.milestone.wia": "WIA application (week 91)",
    "work.milestone.end": "End of two years of sick leave (week 104)",
    "work.milestone_neutral.problem_analysis": "Analysis",
    "work.milestone_neutral.plan_of_approach": "Plan",
    "work.milestone_neutral.evaluation": "Evaluation",
    "work.milestone_neutral.uwv_report": "UWV report",
    "work.milestone_neutral.first_year": "Year evaluation",
    "work.milestone_neutral.wia": "UWV application",
    "work.milestone_neutral.end": "Week 104",
    "work.milestone_span": "{since} - {until}",
    "summary.title": "Hours worked: {name}",
    "summary.made_on": "Made on {day}.",
    "summary.contract": "Contract: {hours} hours a week.",
    "summary.share_planned": "planned, of contract",
    "summary.share_done": "worked, of contract",
    "summary.no_weeks": "No weeks yet.",
    "help.plan.milestones": (
        "With --ics: the Poortwachter milestones from sick-since too, with neutral titles."
    ),
    "plan.milestones_without_ics": "--milestones goes with --ics FILE.",
    "plan.milestones": "Poortwachter milestones, counted from your first day of sick leave ({day})",
    "plan.milestone_week": "week {week}",
    "plan.milestone_past": "passed",
    "plan.col.week": "week",
    "plan.col.milestone": "milestone",
    "plan.milestones_note": (
        "A guide, not legal advice: your employer and company doctor keep the dates that count."
    ),
    "coach.col.work": "work (step: last week)",
    "work.glance_step": "step {number}:",
    "work.glance_none": "no step now:",
    "work.glance_week": "{done}/{planned}",
    "work.glance_done": "back at full hours",
    "work.report_week": (
        "Week of {week}: planned {planned}, worked {done} ({share}), energy {energy}, limits "
        "crossed {crossed}, orange/red {orange}/{red}"
    ),
    "work.report_talk_over": "A suggestion to talk over with the client and their company doctor.",
    "work.report_giver": "At work, gave energy: {name} ({days} days, energy {energy})",
    "work.report_drainer": "At work, cost energy: {name} ({days} days, energy {energy})",
    "work.report_focus": (
        "For the trajectory's focus (meaning, or the relation to oneself): these are days and "
        "words to look at together, not a verdict."
    ),
    "work.none_yet_coach": "No ramp yet.",
    "work.carried_coach": "What carried their days: {parts}.",
    "work.dip_lower_coach": (
        "On the day or two after a work day their energy was {after}, on other days {other} "
        "({after_days} and {other_days} days): the dip can come later."
    ),
    "work.dip_same_coach": (
        "On the day or two after a work day their energy was {after}, on other days {other} "
        "({after_days} and {other_days} days)."
    ),
    "work.reason.energy_fell_coach": "their energy was a point or more lower than the week before",
    "work.reason.red_coach": "a signal stood at red on their ladder",
    "work.therapeutic_guide_coach": (
        "In arbeidstherapie for {weeks} weeks; the STECR guide says at most four."
    ),
    "work.therapeutic_long_coach": (
        "In arbeidstherapie for {weeks} weeks; UWV says as a rule no longer than six."
    ),
    "insights.carried_heading": "What carries your days",
    "coach.insights.carried_heading": "What carries their days",
    "insights.carried_line": "{answer}: {days} days, energy {energy}",
    "init.ask.sick_since": "Are you on sick leave? Since which day (Enter if not)?",
    "init.ask.contract_hours": "How many hours a week is your contract (Enter to skip)?",
    "help.init.sick_since": (
        "Your first day of sick leave, for the Poortwachter milestones (optional)."
    ),
    "help.init.contract_hours": (
        "Your contract's hours a week, for the ramp back to work (optional)."
    ),
    # --- issue 22: keys ---
    "coach.signing_made": (
        "Your signing key is in {path}: it shows your clients that what you send them comes "
        "from you. Keep it as safe as your key."
    ),
    "coach.signing_fingerprint": (
        "Your signing key's fingerprint: {fingerprint}. Your client sees it in herstel config too."
    ),
    "coach.signing_key_bad": (
        "{path} isn't a signing key herstel can read. Put back your copy of it, or move it "
        "aside and herstel makes a new one (your clients then pin the new line again)."
    ),
    "config.signing_key_bad": (
        "That isn't a coach's key as herstel coach key prints it: age1... with +ed25519:... "
        "after it. Copy the whole line."
    ),
    "config.signing_new": (
        "Its signing key's fingerprint: {fingerprint}. herstel coach key shows your coach the "
        "same one."
    ),
    "config.signing_pinned": "signing key {fingerprint}",
    "restore.key_restored": "Your own key came back with it, so your exports open here too.",
    "restore.key_kept": (
        "This computer's own key stays as it is; the backup's key was another one, and is not "
        "put in its place."
    ),
    "restore.key_failed": "Couldn't write your key to {path}; the journal itself is restored.",
    # --- issue 22: what the coach proposes, the packet, receiving it -------------------------
    "help.coach.goal": "The trajectory plan's goals: add one, mark it done, change or drop it.",
    "help.coach.goal.add": "Add a goal to a client's trajectory plan, in one of its parts.",
    "help.coach.goal.done": "A goal is reached: mark it done, with what came of it.",
    "help.coach.goal.edit": "Change a goal: give only what changes.",
    "help.coach.goal.drop": "Drop a goal (it stays in the plan, marked dropped).",
    "help.goal.text": "The goal, in a sentence.",
    "help.goal.part": (
        "The plan's part: energy (energy balance), biography (the look back), practice (daily "
        "practice) or exercises (between sessions)."
    ),
    "help.goal.which": (
        "The goal: its number in 'herstel coach plan show' (1, 2, ...) or its id's start."
    ),
    "help.goal.outcome": "What came of it.",
    "help.goal.open": "Open the goal again.",
    "meta.goal": "GOAL",
    "help.coach.plan": "A client's trajectory plan: what you propose, its text, a moved session.",
    "help.coach.plan.show": "Everything you propose to a client, as the next packet will take it.",
    "help.coach.plan.text": "The trajectory plan's own text (--edit: in your editor).",
    "help.plan_text": "The text; an empty text removes it.",
    "help.coach.plan.move": "Propose another day or time for one of the client's sessions.",
    "help.coach.exercise": "Exercises you propose to a client, to practise between sessions.",
    "help.coach.exercise.add": "Propose an exercise (again with the same name: change it).",
    "help.coach.ladder": "Signals you propose for a client's early-warning ladder.",
    "help.coach.ladder.add": "Propose a signal for the ladder, or change its colour or action.",
    "help.coach.step": "Steps of the back-to-work ramp you propose to a client.",
    "help.coach.step.add": "Propose a step: from when, how many days a week, how many hours a day.",
    "help.coach.send": (
        "One file for the client with everything you propose, signed by you and encrypted to them."
    ),
    "help.coach.send_output": "The file to write ('-': standard output).",
    "help.coach.share": "The client may read this note: it goes with the next packet.",
    "help.receive": (
        "Read what your coach sent you (the plan, exercises, ladder, sessions), and take it in."
    ),
    "help.receive.file": "The file from your coach (left out: the oldest in your inbox folder).",
    "help.receive.yes": "Take it in without asking (needed off a terminal).",
    "goal.part.energy": "energy balance",
    "goal.part.biography": "biography",
    "goal.part.practice": "daily practice",
    "goal.part.exercises": "exercises",
    "goal.status.open": "open",
    "goal.status.done": "done",
    "goal.status.dropped": "dropped",
    "goal.outcome": "What came of it: {text}",
    "goal.per_week": "{n} times a week",
    "coach.goal.saved_open": "Goal {number} for {name} ({part}): {text}",
    "coach.goal.saved_done": "Goal {number} for {name} is done: {text}",
    "coach.goal.saved_dropped": "Goal {number} for {name} is dropped: {text}",
    "coach.goal.edit_nothing": "Say what changes: --text, --part, --outcome or --open.",
    "coach.goal_unknown": (
        "No goal '{value}' for this client; give its number (1 to {count}) or the start of its id."
    ),
    "coach.plan.text_saved": "The trajectory plan's text for {name} is kept.",
    "coach.plan.text_cleared": "The trajectory plan for {name} has no text now.",
    "coach.plan.text_missing": "Give the text after the client's name, or use --edit.",
    "coach.plan.moved": "Session {number} of {name}: proposed for {day}",
    "coach.plan.at": "at {time}",
    "coach.plan.moved_along": "(and sessions {numbers} move along)",
    "coach.exercise.saved": "Exercise for {name}: {exercise}.",
    "coach.ladder.saved": "Ladder signal for {name}: {signal} ({colour}).",
    "coach.step.saved": "Step for {name} from {day}.",
    "coach.note.shared": "{name} can read it once you send the next packet.",
    "coach.proposals.title": "What you propose to {name}",
    "coach.proposals.none": (
        "Nothing yet. Start with 'herstel coach goal add' or 'coach exercise add'. "
    ),
    "coach.proposals.plan_text": "Trajectory plan:",
    "coach.proposals.goals": "Goals:",
    "coach.proposals.exercises": "Exercises:",
    "coach.proposals.ladder": "Ladder:",
    "coach.proposals.sessions": "Sessions:",
    "coach.proposals.session": "session {number}: {day}",
    "coach.proposals.notes": "Notes the client may read:",
    "coach.proposals.steps": "Back to work:",
    "coach.proposals.step": "from {day}: {days} days a week, {hours} hours a day",
    "coach.proposals.send_hint": (
        "Packets sent so far: {sent}. 'herstel coach send CLIENT -o FILE' makes the next one."
    ),
    "coach.send.done": (
        "Packet {sequence} for {name} ({items}) is in {path}. Send it to them; it is "
        "encrypted to their key."
    ),
    "coach.send.done_stdout": "Packet {sequence} for {name} ({items}) written.",
    "coach.send.items": "{count} items",
    "coach.send.items_one": "1 item",
    "send.no_client_key": (
        "{name}'s exports don't carry their key yet. Ask for an export from a herstel that "
        "does (version 3 of the format), and import it first."
    ),
    "packet.empty": "This file is empty.",
    "packet.not_encrypted": "This is not a packet from your coach: it is not encrypted.",
    "packet.no_identity": (
        "Your own key is missing (client-identity.txt), so this packet can't be opened. "
        "A backup holds it: 'herstel restore'."
    ),
    "packet.not_for_you": "This packet is not for you: your key does not open it.",
    "packet.damaged": "This file is damaged and can't be opened.",
    "packet.not_packet": "This is not a packet from herstel.",
    "packet.newer": (
        "This packet is from a newer herstel (format {version}); update herstel to read it."
    ),
    "packet.bad_version": "This packet's format version ({version}) is unknown.",
    "packet.invalid": "This packet is not as it should be (at {where}); nothing changed.",
    "packet.too_big": "This file is much larger than a packet from your coach can be.",
    "packet.too_deep": "This file is nested deeper than a packet can be.",
    "packet.no_signing_key": (
        "You haven't pinned your coach's signing key yet, so herstel can't tell this packet "
        "is theirs. Ask your coach for what 'herstel coach key' prints, then: "
        "herstel config set coach-key LINE"
    ),
    "packet.bad_signature": (
        "This packet is not signed by your coach's key (fingerprint {fingerprint}), or it was "
        "changed on the way. Nothing changed."
    ),
    "packet.other_client": "This packet is meant for another trajectory. Nothing changed.",
    "receive.no_file": "Give the file from your coach, or save it in {inbox} first.",
    "receive.your_coach": "your coach",
    "receive.title": "From {coach}, sent {day}:",
    "receive.nothing_new": "Nothing new: it is all as you have it.",
    "receive.same": "You already took in this packet ({sequence}); nothing changed.",
    "receive.older": (
        "This packet ({sequence}) is older than one you already took in ({applied}); "
        "nothing changed."
    ),
    "receive.plan_text_new": "The trajectory plan's text (below)",
    "receive.plan_text_changed": "The trajectory plan's text is new (below)",
    "receive.plan_text_is": "Trajectory plan:",
    "receive.goal_new": "Goal ({part}): {text}",
    "receive.goal_changed": "Goal changed ({part}): {text}",
    "receive.note": "A note from your coach: {text}",
    "receive.key_changed": "Your coach has a new key; herstel will use it from now on",
    "receive.session_moved": "Session {number} moves to {when}",
    "receive.no_time": "no set time",
    "receive.step_new": "Back to work: a step from {day}",
    "receive.step_changed": "Back to work: the step from {day} changes",
    "receive.step_skipped": (
        "Back to work: the step from {day} overlaps one of yours, so it is left out; talk it "
        "over with your coach"
    ),
    "receive.exercise_new": "New exercise: {name}",
    "receive.exercise_changed": "Exercise {name} changes",
    "receive.ladder_new": "On your ladder: {name}",
    "receive.ladder_changed": "Ladder signal {name} changes",
    "receive.field.description": "{value}",
    "receive.field.per_week": "{value} times a week",
    "receive.field.type": "{value}",
    "receive.field.session": "agreed in session {value}",
    "receive.field.colour": "{value}",
    "receive.field.action": "what to do: {value}",
    "receive.field_name.name": "name",
    "receive.field_name.description": "description",
    "receive.field_name.per_week": "times a week",
    "receive.field_name.type": "type",
    "receive.field_name.session": "session",
    "receive.field_name.colour": "colour",
    "receive.field_name.action": "action",
    "receive.field_name.planned_on": "day",
    "receive.field_name.time": "time",
    "receive.field_name.starts_on": "first day",
    "receive.field_name.ends_on": "last day",
    "receive.field_name.days_per_week": "days a week",
    "receive.field_name.weekdays": "weekdays",
    "receive.field_name.hours_per_day": "hours a day",
    "receive.field_name.tasks": "tasks",
    "receive.field_name.mode": "kind of work",
    "receive.field_name.advice_on": "advice of",
    "receive.field_name.note": "note",
    "receive.empty_value": "(none)",
    "receive.yours_stay": "Where you changed something yourself, your version stays:",
    "receive.session_name": "Session {number}",
    "receive.difference": "{name}, {field}: yours {yours}, your coach's {coach}",
    "receive.ask": "Take this in?",
    "receive.apply": "Yes, take it in",
    "receive.later": "Not now",
    "receive.not_applied": "Nothing changed. You can take it in later with 'herstel receive'.",
    "receive.needs_yes": "Add --yes to take this in (there is no terminal to ask on).",
    "receive.applied": "Taken in: {count} changes.",
    "receive.up_to_date": "All up to date.",
    "receive.see_plan": "'herstel plan' shows your trajectory plan and its goals.",
    "receive.put_aside": "The file is now in {path}.",
    "overview.from_coach": "Something from your coach is waiting: herstel receive",
    "plan.trajectory_plan": "Trajectory plan",
    "plan.goals": "Goals",
    "plan.coach_notes": "From your coach",
    # --- questionnaires (issue 22) ---
    "help.questionnaire": (
        "The questionnaires your coach asked you to fill in: what is next and what you did."
    ),
    "help.questionnaire.fill": (
        "Fill in a questionnaire, one question at a time; every question may be skipped."
    ),
    "help.questionnaire.name": "The questionnaire's name, as 'herstel questionnaire' lists it.",
    "help.questionnaire.session": (
        "The session it is for (default: the next one it is asked for)."
    ),
    "help.questionnaire.answers": (
        "All answers at once, in order, separated by commas; leave one empty to skip it."
    ),
    "help.questionnaire.private": (
        "Keep these answers on this machine: they stay out of exports (--not-private to share "
        "them again; without either, as they were)."
    ),
    "help.coach.questionnaire": "Questionnaires: load one, and ask a client to fill it in.",
    "help.coach.questionnaire.add": (
        "Load a questionnaire from an instrument file (TOML or JSON, see docs/questionnaires.md)."
    ),
    "help.coach.questionnaire.file": "The instrument file (.toml, or JSON otherwise).",
    "help.coach.questionnaire.list": "The questionnaires you have loaded.",
    "help.coach.questionnaire.assign": (
        "Ask the client to fill in a questionnaire before these sessions; the next packet takes "
        "it along."
    ),
    "help.coach.questionnaire.sessions": "The sessions, separated by commas: 1,5,10.",
    "help.coach.questionnaire.drop": "No longer ask the client for this questionnaire.",
    "instrument.empty": "This instrument file is empty.",
    "instrument.too_big": "This file is much larger than an instrument can be.",
    "instrument.too_deep": "This file is nested deeper than an instrument can be.",
    "instrument.not_toml": "This isn't an instrument: it isn't TOML.",
    "instrument.not_json": "This isn't an instrument: it isn't JSON (name a TOML file .toml).",
    "instrument.not_instrument": (
        'This file isn\'t a herstel instrument (it needs format = "herstel-questionnaire").'
    ),
    "instrument.bad_version": (
        "This instrument has an unknown format version ({version}); this herstel reads version 1."
    ),
    "instrument.invalid": "This instrument doesn't match its format, at {where}.",
    "instrument.duplicate_item": "This instrument names the same id twice, at {where}.",
    "instrument.unknown_item": "A subscale names an item the instrument doesn't have, at {where}.",
    "instrument.reverse_off_scale": (
        "A reverse-scored item would land outside the scale, at {where}: the scale's values must "
        "be the same read backwards."
    ),
    "coach.questionnaire.loaded_new": (
        "Loaded {title} ('{name}', version {version}): {items} questions, {subscales} subscales."
    ),
    "coach.questionnaire.loaded_updated": (
        "Updated {title} ('{name}', now version {version}): {items} questions, "
        "{subscales} subscales. Clients get it with your next change for them."
    ),
    "coach.questionnaire.loaded_same": "{title} ('{name}', version {version}) was already loaded.",
    "coach.questionnaire.example": "It is marked as an example, not a validated instrument.",
    "coach.questionnaire.none_held": (
        "You haven't loaded a questionnaire yet: herstel coach questionnaire add FILE"
    ),
    "coach.questionnaire.held": "{name}: {title}, version {version}, {items} questions",
    "coach.questionnaire.none_loaded": (
        "You haven't loaded a questionnaire yet, so there is no '{name}': "
        "herstel coach questionnaire add FILE"
    ),
    "coach.questionnaire.assigned": (
        "{title} for {name}, before session {sessions}. The next packet takes it along."
    ),
    "coach.questionnaire.dropped": (
        "{title} is no longer asked of {name}; the next packet says so. What they filled in stays."
    ),
    "coach.proposals.questionnaires": "Questionnaires:",
    "coach.proposals.questionnaire": "{title}: before session {sessions}",
    "receive.questionnaire_new": "A questionnaire to fill in: {title}, before session {sessions}",
    "receive.questionnaire_changed": "Questionnaire {title}: now before session {sessions}",
    "receive.questionnaire_dropped": (
        "Questionnaire {title} is no longer asked; what you filled in stays yours"
    ),
    "questionnaire.none": (
        "Your coach hasn't sent you a questionnaire. When they do, it shows up here."
    ),
    "questionnaire.title": "Questionnaires from your coach",
    "questionnaire.before_session": "before session {number} ({day})",
    "questionnaire.done_on": "filled in on {day}",
    "questionnaire.fill_hint": "next, whenever it suits you: herstel questionnaire fill {name}",
    "questionnaire.status.later": "later",
    "questionnaire.status.passed": "not filled in (you still can, with --session)",
    "questionnaire.for_session": "For session {number}.",
    "questionnaire.again": "You filled this in before; Enter keeps your answer from then.",
    "questionnaire.skip_hint": "There is no right or wrong answer; skip what you'd rather not say.",
    "questionnaire.skip": "(skip)",
    "questionnaire.score_missing": "{title}: too few answers for a score",
    "questionnaire.saved_new": "Kept: {title}, {answered} of {count} questions answered.",
    "questionnaire.saved_changed": "Changed: {title}, {answered} of {count} questions answered.",
    "questionnaire.saved_same": "{title}: the same answers as before, nothing changed.",
    "questionnaire.unknown": (
        "There is no questionnaire '{name}' from your coach. There is: {known}."
    ),
    "questionnaire.none_assigned": (
        "Your coach hasn't sent you a questionnaire, so there is no '{name}' to fill in."
    ),
    "questionnaire.session_not_asked": (
        "This questionnaire isn't asked for session {number}, only for session {sessions}."
    ),
    "questionnaire.answers_needed": (
        "Give the answers with --answers 3,2,,4 (there is no terminal to ask on)."
    ),
    "questionnaire.answers_count": (
        "--answers has {given} answers; this questionnaire has {count} questions "
        "(leave one empty to skip it: 3,,4)."
    ),
    "questionnaire.answer_off_scale": (
        "Answer {number} ('{value}') isn't on the scale: use one of {values}, or leave it empty "
        "to skip it."
    ),
    "questionnaire.nothing": "No question answered, so nothing was kept.",
    "questionnaire.scores": "Questionnaires",
    "questionnaire.at_session": "session {number}, {day}",
    "questionnaire.answered_at": "{count} questions answered ({when})",
    "questionnaire.col.subscale": "Subscale",
    "questionnaire.col.over": "Over the sessions",
    "questionnaire.col.scores": "Scores",
    "coach.questionnaire.unknown": (
        "You haven't loaded a questionnaire '{name}'. You have: {known}."
    ),
    "coach.questionnaire.not_assigned": "'{name}' isn't asked of {client}.",
    "coach.questionnaire.too_many": (
        "A client can be asked {count} questionnaires at most; drop one first."
    ),
    "questionnaire.other": "filled in on {day} for session {number} (no longer asked then)",
    "questionnaire.other_no_session": "filled in on {day}",
    "checkin.same.ask": "The rest as yesterday? {line}",
    "checkin.same.ask_on": "The rest as on {day}? {line}",
    "checkin.same.yes": "Yes, the same",
    "checkin.same.no": "No, I'll go through the questions",
    "care.opening.low_energy": "These are heavy days.",
    "care.opening.red_limit": "Today asked too much of you.",
    "care.your_coach": "your coach",
    "care.company_doctor": "your company doctor (bedrijfsarts)",
    "care.company_doctor_named": "your company doctor ({name})",
    "config.label.care-line": "care-line",
    "config.label.crisis-line": "crisis-line",
    "config.care_line.on": "on (a word on who can help, on very hard days)",
    "config.care_line.off": "off",
    "config.on_off": "{key} is on or off ('{value}' is neither).",
    "care.line": (
        "{opening} You don't have to carry this alone: {coach}, your GP (huisarts) or "
        "{company_doctor} can think along with you. If you feel very low or unsafe, call "
        "{crisis_line}."
    ),
    "help.remind": "A gentle reminder, off until you turn it on: what is set, on, off, pause.",
    "help.remind.on": (
        "Turn the reminder on (or change it): one notification when you have not checked in."
    ),
    "help.remind.at": "The time of day (HH:MM).",
    "help.remind.every": "How often: day, week or month.",
    "help.remind.off": "Turn the reminder off: removes exactly what 'remind on' installed.",
    "help.remind.pause": "No reminder and no nudge until this day (a holiday).",
    "help.remind.until": "The last day of the pause.",
    "help.remind.fire": "What the scheduler runs: a notification if there is no check-in yet.",
    "help.remind.shell": "Print the line for your shell's start-up file that runs 'herstel nudge'.",
    "help.nudge": (
        "One calm line in the first shell of a day without a check-in; otherwise nothing."
    ),
    "nudge.line": "No check-in yet today. When you have a minute: {command}",
    "remind.notification": "A moment for your check-in?",
    "remind.when.day": "every day at {at}",
    "remind.when.week": "every week on {weekday} at {at}",
    "remind.when.month": "every month on day {day} at {at}",
    "remind.status.none": "No reminder is set.",
    "remind.status.none_hint": "Turn one on with: herstel remind on --at 20:00",
    "remind.status.set": "Reminder: {when}.",
    "remind.status.paused": "Paused up to and including {day}.",
    "remind.scheduler.systemd": "Set with a systemd user timer ({name}.timer).",
    "remind.scheduler.cron": "Set with a line in your crontab (marked {name}).",
    "remind.scheduler.launchd": "Set with a launchd agent ({name}).",
    "remind.cannot_notify": (
        "No desktop notification can be shown from here ({missing}). For a terminal: "
        "herstel remind shell"
    ),
    "remind.on.set": "Reminder on: {when}.",
    "remind.on.updated": "Reminder changed: {when}.",
    "remind.on.quiet": "It stays quiet when you have already checked in.",
    "remind.off": "Reminder off. What was installed for it has been removed.",
    "remind.none": "No reminder is set here; there is nothing to turn off.",
    "remind.paused": "Reminder paused up to and including {day}. Take good care of yourself.",
    "remind.paused_nudge": (
        "The nudge is paused up to and including {day}. Take good care of yourself."
    ),
    "remind.pause_past": "{day} has already passed; a pause runs up to a day still to come.",
    "remind.every_unknown": "'{value}' is not day, week or month.",
    "remind.no_scheduler": (
        "No scheduler was found to set the reminder with (no systemd user session, no crontab). "
        "Nothing was installed. To set it yourself, add this line with crontab -e: {line}"
    ),
    "remind.scheduler_failed": (
        "The scheduler did not take the reminder; nothing was installed. To set it yourself, add "
        "this line with crontab -e: {line}"
    ),
    "remind.cron_failed_off": (
        "Your crontab could not be changed; the reminder's line (marked herstel-remind) is still "
        "in it. Remove it with crontab -e."
    ),
    "remind.platform_unsupported": (
        "herstel cannot set a reminder on this system yet (see docs/reminders.md); herstel remind"
        " shell gives a line for your shell instead."
    ),
    "remind.notify_failed": "The notification could not be shown.",
    "remind.shell_hint": (
        "Add the line above to {file} (for example: herstel remind shell >> {file})."
    ),
    "help.kompas": (
        "Your kompas to keep after session ten: your ladder, your signs, what held, whom to call."
    ),
    "help.kompas.markdown": "Write it as Markdown to this file ('-': standard output).",
    "kompas.title.client": "Your kompas",
    "kompas.title.coach": "Their kompas",
    "kompas.intro.client": (
        "What you learned in these months, to keep close. Look at it now and then; it is yours."
    ),
    "kompas.intro.coach": (
        "What the client learned in the trajectory, as the client's kompas has it."
    ),
    "kompas.ladder": "The early-warning ladder, and what was agreed",
    "kompas.ladder_none.client": "No signals on the ladder yet: herstel ladder add",
    "kompas.signs.client": "What your own days showed",
    "kompas.signs.coach": "What their days showed",
    "kompas.warnings.client": "Often came before harder days: {names}",
    "kompas.warnings.coach": "Often came before harder days: {names}",
    "kompas.good.client": "Went with days that felt right: {names}",
    "kompas.good.coach": "Went with days that felt right: {names}",
    "kompas.signs_none.client": (
        "Not enough days yet to show this; it grows with your check-ins and signals."
    ),
    "kompas.held.client": "What you recognised, and what held",
    "kompas.held.coach": "What they recognised, and what held",
    "kompas.beliefs.client": "Beliefs you recognised, about earning your place:",
    "kompas.beliefs.coach": "Beliefs they recognised, about earning their place:",
    "kompas.behaviours.client": "New behaviour you tried:",
    "kompas.behaviours.coach": "New behaviour tried:",
    "kompas.exercises.client": "Exercises you kept up: {names}",
    "kompas.exercises.coach": "Exercises kept up: {names}",
    "kompas.held_none.client": "Nothing noted yet: pattern notes and exercises fill this in.",
    "kompas.goals": "The plan's goals, and what came of them",
    "kompas.call_heading.client": "Whom to call",
    "kompas.call_heading.coach": "Whom the kompas names to call",
    "kompas.coach.you": "you, their coach",
    "kompas.coach.gp": "their GP (huisarts)",
    "kompas.coach.doctor": "their company doctor (bedrijfsarts)",
    "kompas.call.coach": "{name}, your coach",
    "kompas.call.your_coach": "your coach",
    "kompas.call.gp": "your GP (huisarts)",
    "kompas.call.company_doctor": "your company doctor (bedrijfsarts)",
    "kompas.call.company_doctor_named": "your company doctor (bedrijfsarts): {name}",
    "kompas.call.crisis": "when it is very dark or unsafe: {line}",
    "kompas.written": "Wrote your kompas to {path}.",
    "plan.held_last": (
        "That was the tenth session. Your kompas is ready for you to keep: herstel kompas "
        "(--html FILE for a page to print)."
    ),
    "help.kompas.check": (
        "The short monthly look after the ten: this month's orange and red signals, your energy, "
        "one line."
    ),
    "help.kompas.note": "One free line: how the month went.",
    "kompas.month.none": "None of your orange or red signals came up this month.",
    "kompas.month.signals": "At orange or red this month: {names}",
    "kompas.ask.energy": "How much energy do you have today? (0-10)",
    "kompas.ask.note": "One line about this month? (optional)",
    "kompas.energy_missing": "The kompas check needs your energy: add --energy 0-10.",
    "help.plan.follow_up": (
        "Note a follow-up talk after the ten sessions (not an eleventh session)."
    ),
    "help.plan.follow_up_date": "The day of the talk (past or to come).",
    "help.plan.follow_up_time": "Its time (HH:MM).",
    "plan.follow_ups": "Follow-up talks after the ten",
    "plan.follow_up_added": "Noted as a follow-up talk: {when}.",
    "follow_up.before_ten": (
        "Session {number} of the ten is still to come: that is your next talk. A follow-up comes "
        "after the ten."
    ),
    "follow_up.before_last": "A follow-up comes after the last session ({day}); pick a later day.",
    "kompas.ladder_none.coach": "No signals on their ladder yet.",
    "kompas.signs_none.coach": "Not enough days yet to show this.",
    "kompas.held_none.coach": "Nothing noted yet.",
    "remind.missing.notify-send": "notify-send not found",
    "remind.missing.osascript": "osascript not found",
    "remind.missing.session_bus": "no session bus to reach the desktop",
    "remind.systemd_failed_off": (
        "The timer {name} could not be turned off (systemctl --user disable failed); it is still "
        "set. Try again from your desktop session."
    ),
    "export.kind.follow_up": "follow-up talks",
    "help.kompas.html": (
        "Put it on one page to print (A4) or to open in a browser ('-': standard output)."
    ),
    "ics.follow_up": "Follow-up talk",
    "ics.follow_up_with": "Follow-up talk with {coach}",
    "overview.follow_up": "Next follow-up talk: {when}.",
    "kompas.month.no_ladder": (
        "Your ladder has no orange or red signals yet; with your coach you can add them (herstel "
        "ladder add)."
    ),
    "remind.status.nudge_paused": "The nudge is paused up to and including {day}.",
    "remind.on.pause_ended": (
        "The pause up to and including {day} ends with this; 'herstel remind pause --until "
        "DATE' sets it again."
    ),
    "help.plan.follow_up_note": "What it is about, in a line (an empty text takes a note away).",
    "help.plan.follow_up_remove": "Take away the follow-up talk on that day.",
    "plan.follow_up_changed": "Follow-up talk changed: {when}.",
    "plan.follow_up_unchanged": "The follow-up talk on {when} was already noted so.",
    "plan.follow_up_removed": "Follow-up talk taken away: {when}.",
    "follow_up.none_on": "There is no follow-up talk on {day}.",
}
