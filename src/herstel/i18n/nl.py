"""Nederlandse teksten. Elke sleutel staat ook in en.py, met dezelfde plaatshouders."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, Any] = {
    # names
    "weekdays": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "months": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "format.day": "{weekday} {day} {month} {year}",
    "format.day_no_year": "{weekday} {day} {month}",
    "language.nl": "Nederlands (nl)",
    "language.en": "Engels (en)",
    "focus.unknown": "nog niet duidelijk",
    "focus.meaning": "bezieling ontbreekt",
    "focus.self-relation": "de relatie met mezelf",
    # help
    "help.usage": "Gebruik: {usage}",
    "help.meta.options": "[OPTIES]",
    "help.meta.command": "OPDRACHT [ARGUMENTEN]...",
    "help.section.arguments": "Argumenten:",
    "help.section.options": "Opties:",
    "help.section.commands": "Opdrachten:",
    "help.option.help": "Laat deze hulp zien en stop.",
    "help.not_medical": (
        "herstel is een dagboek, geen medisch hulpmiddel. Gaat het echt niet goed? Bel je "
        "huisarts, je bedrijfsarts of 113 (0800-0113)."
    ),
    "help.app": (
        "herstel: een privédagboek voor je herstel van een burn-out, naast je coachtraject. "
        "Alles blijft op deze computer, tenzij je het zelf exporteert."
    ),
    "help.global.home": "Map voor je dagboek (standaard: HERSTEL_HOME, anders je gegevensmap).",
    "help.global.lang": "Taal voor alleen deze keer.",
    "help.global.version": "Laat de versie zien en stop.",
    "help.json": "Geef het resultaat als JSON.",
    "help.init": (
        "Begin je traject: je naam, je coach en de eerste sessie. "
        "In een terminal vraagt herstel wat je niet meegeeft."
    ),
    "help.init.name": "Je naam.",
    "help.init.coach": "De naam van je coach.",
    "help.init.first_session": "Datum van de eerste sessie (bijv. 4-1-2027 of morgen).",
    "help.init.time": "Tijd van de eerste sessie, bijv. 14:30.",
    "help.init.phase1": "Aantal sessies in fase 1, om de twee weken (standaard 5).",
    "help.init.phase2": "Weken tussen de sessies in fase 2 (standaard 3).",
    "help.init.language": "De taal van herstel (standaard: de taal die nu gebruikt wordt).",
    "help.init.focus": "De werkhypothese: waar het vandaan komt (standaard unknown).",
    "help.config": "Bekijk je instellingen, of wijzig er een met 'herstel config set'.",
    "help.config.set": "Wijzig één instelling: {keys}.",
    "help.config.key": "Welke instelling.",
    "help.config.value": "De nieuwe waarde.",
    "help.where": "Laat zien waar herstel je bestanden bewaart.",
    "meta.dir": "MAP",
    "meta.text": "TEKST",
    "meta.date": "DATUM",
    "meta.time": "UU:MM",
    "meta.key": "SLEUTEL",
    "meta.value": "WAARDE",
    # usage errors
    "usage.no_such_command": "De opdracht '{name}' bestaat niet. Bedoel je: {candidates}?",
    "usage.no_such_option": "'{command}' kent geen optie {option}; zie '{command} --help'.",
    "usage.global_after_command": (
        "{option} hoort vóór de opdracht, bijv. 'herstel {option} ... checkin'."
    ),
    "usage.option_needs_value": "{option} heeft een waarde nodig.",
    "usage.option_takes_no_value": "Achter {option} hoort geen waarde; schrijf alleen {option}.",
    "usage.missing": "'{command}' heeft {name} nodig; zie '{command} --help'.",
    "usage.bad_value": "Die waarde voor {name} werkt niet; zie '{command} --help'.",
    "usage.incomplete": "'{command}' heeft nog iets meer nodig; zie '{command} --help'.",
    "usage.generic": "Zo werkt '{command}' niet helemaal; zie '{command} --help'.",
    "usage.bad_language": "De taal '{value}' is er niet; kies nl of en.",
    # input
    "date.unknown": (
        "'{value}' is geen datum die herstel kent. Probeer vandaag, gisteren, -3d of 4-1-2027."
    ),
    "date.no_such_day": "'{value}' bestaat niet op de kalender.",
    "time.unknown": "'{value}' is geen tijd; schrijf het als 14:30.",
    "number.not_a_number": "Bij {name} hoort een getal, niet '{value}'.",
    "number.not_whole": "Bij {name} hoort een heel getal, niet '{value}'.",
    "number.out_of_range": "{name} gaat van {low} tot {high}; '{value}' valt daarbuiten.",
    "text.control": "{field} bevat tekens die niet bewaard kunnen worden (stuurtekens).",
    "text.empty": "{field} mag niet leeg zijn.",
    "text.too_long": "{field} mag hoogstens {limit} tekens lang zijn.",
    "prompt.required": "Dit hebben we nodig om verder te kunnen.",
    "prompt.select_hint": "(pijltjestoetsen, Enter)",
    "prompt.cancelled": "Gestopt. Er is niets bewaard.",
    # trajectory
    "trajectory.phase2_weeks": "In fase 2 is er om de 3 of 4 weken een sessie, niet om de {value}.",
    "trajectory.focus": "'{value}' is niet een van: {choices}.",
    "trajectory.first_session_far": (
        "{value} ligt meer dan een jaar vooruit; de eerste sessie hoort binnen een jaar te vallen."
    ),
    "trajectory.none": "Er is hier nog geen traject. Begin met: herstel init",
    # store
    "store.unreadable": "{path} is niet te lezen. Er is niets veranderd.",
    "home.unusable": (
        "{path} kan niet als map voor herstel dienen (is het een bestand, of niet van jou?)."
    ),
    "store.foreign": "{path} is geen bestand van herstel. Het is niet aangeraakt.",
    "store.newer": (
        "{path} is geschreven door een nieuwere versie van herstel. Werk herstel bij; "
        "het bestand is niet aangeraakt."
    ),
    "store.migration_failed": "{path} kon niet bijgewerkt worden. Het is gebleven zoals het was.",
    "store.error": "Er ging iets mis met het dagboekbestand. Er is niets veranderd.",
    "error.unexpected": (
        "Er ging onverwacht iets mis ({kind}). Er is niets veranderd. "
        "Met HERSTEL_DEBUG=1 zie je meer."
    ),
    # init
    "init.welcome": (
        "Welkom bij herstel. Eerst een paar korte vragen; wat niet hoeft, sla je over met Enter."
    ),
    "init.ask.name": "Hoe heet je?",
    "init.ask.coach": "Hoe heet je coach? (mag je overslaan)",
    "init.ask.first_session": "Wanneer is (of was) je eerste sessie? (bijv. 4-1-2027, morgen)",
    "init.ask.time": "Hoe laat? (bijv. 14:30, mag je overslaan)",
    "init.ask.rhythm": "Hoe vaak zijn de sessies?",
    "init.rhythm.usual": (
        "Het gebruikelijke ritme: {sessions} sessies om de twee weken, daarna om de {weeks} weken"
    ),
    "init.rhythm.other": "Een ander ritme",
    "init.ask.phase1": "Hoeveel sessies in fase 1 (om de twee weken)?",
    "init.phase1.choice": "{sessions} sessies",
    "init.ask.phase2": "Hoeveel weken tussen de sessies in fase 2?",
    "init.phase2.choice": "om de {weeks} weken",
    "init.ask.focus": "Wat lijkt eronder te liggen, voor zover je dat nu weet?",
    "init.missing": "Nog nodig: {flags}. Geef die mee aan herstel init.",
    "init.exists": "Er is hier al een traject; er is niets veranderd. Zie: herstel config",
    "init.done": "Je traject is begonnen, {name}. Fijn dat je er bent.",
    "init.first_session": "Eerste sessie: {day}.",
    "init.next_steps": (
        "Je instellingen zie je met 'herstel config'; 'herstel --help' laat de rest zien."
    ),
    # overview
    "overview.hello": "Hoi {name}.",
    "overview.with_coach": "Je traject met {coach}.",
    "overview.first_session": "Eerste sessie: {day}.",
    "overview.hint": "'herstel --help' laat zien wat je kunt doen.",
    # config
    "config.title": "Instellingen",
    "config.label.name": "naam (name)",
    "config.label.coach": "coach (coach)",
    "config.label.language": "taal (language)",
    "config.label.focus": "focus (focus)",
    "config.label.first-session": "eerste sessie (first-session)",
    "config.label.time": "tijd (time)",
    "config.label.phase1-sessions": "sessies fase 1 (phase1-sessions)",
    "config.label.phase2-weeks": "weken fase 2 (phase2-weeks)",
    "config.none": "(geen)",
    "config.hint": "Wijzigen: herstel config set SLEUTEL WAARDE  ({keys})",
    "config.unknown_key": "'{key}' is geen instelling die je hier kunt wijzigen. Wel: {keys}.",
    "config.unchanged": "{key} had die waarde al.",
    "config.changed": "{key}: {old} -> {new}",
    # where
    "where.home": "herstelmap",
    "where.store": "dagboek",
    "where.coach_store": "coachbestand",
    "where.settings": "instellingen",
    "where.backups": "reservekopieën",
    # check-in
    "weekdays_short": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "months_short": [
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
    "day.today": "vandaag",
    "meta.minutes": "MINUTEN",
    "help.checkin": (
        "Je dagelijkse check-in: energie, slaap, eten, beweging, ontspanning en dagstructuur. "
        "In een terminal vraagt herstel wat je niet meegeeft; met Enter neem je het antwoord "
        "van gisteren over. Een tweede check-in op dezelfde dag werkt die dag bij."
    ),
    "help.checkin.date": "Over welke dag het gaat (standaard vandaag), bijv. gisteren of -2d.",
    "help.energy": "Je energie vandaag, van 0 (leeg) tot 10 (vol).",
    "help.sleep_hours": "Uren slaap afgelopen nacht, bijv. 7,5 (afgerond op een kwartier).",
    "help.sleep_quality": "Hoe goed je sliep, van 1 (slecht) tot 5 (goed).",
    "help.food": "Hoe regelmatig en voedzaam je at, van 1 tot 5.",
    "help.movement": "Minuten beweging.",
    "help.relaxation": "Minuten ontspanning: oefeningen, rust.",
    "help.structure": "Hoe goed de geplande dagstructuur lukte, van 1 tot 5.",
    "help.giver": "Iets wat je energie gaf (herhaal de optie voor meer).",
    "help.drainer": "Iets wat je energie kostte (herhaal de optie voor meer).",
    "help.note": "Een notitie voor jezelf.",
    "help.private": "Houd deze check-in op deze computer: exports laten hem weg.",
    "help.log": "Je check-ins, de oudste eerst.",
    "help.log.since": "Vanaf deze dag.",
    "help.log.until": "Tot en met deze dag.",
    "help.log.last": "Alleen de laatste N check-ins.",
    "checkin.future": "'{value}' ligt in de toekomst; een check-in gaat over vandaag of eerder.",
    "checkin.energy_missing": "Een nieuwe check-in heeft je energie nodig: geef --energy 0-10 mee.",
    "checkin.form_hint": (
        "Check-in voor {day}. Enter neemt de suggestie over, '-' laat een vraag leeg."
    ),
    "checkin.ask.energy": "Hoeveel energie heb je vandaag? (0-10)",
    "checkin.ask.energy_day": "Hoeveel energie had je die dag? (0-10)",
    "checkin.ask.sleep_hours": "Hoeveel uur heb je vannacht geslapen?",
    "checkin.ask.sleep_quality": "Hoe goed heb je geslapen? (1-5)",
    "checkin.ask.food": "Heb je regelmatig en voedzaam gegeten? (1-5)",
    "checkin.ask.movement": "Hoeveel minuten heb je bewogen?",
    "checkin.ask.relaxation": "Hoeveel minuten ontspanning of rust?",
    "checkin.ask.structure": "Lukte je dagstructuur? (1-5)",
    "checkin.ask.givers": "Wat gaf je energie? (met komma's ertussen, mag je overslaan)",
    "checkin.ask.drainers": "Wat kostte je energie? (met komma's ertussen, mag je overslaan)",
    "checkin.ask.note": "Wil je nog iets opschrijven? (mag je overslaan)",
    "checkin.ask.private": "Deze check-in privé houden (nooit exporteren)?",
    "checkin.private.no": "nee",
    "checkin.private.yes": "ja, houd hem privé",
    "checkin.field.energy": "energie",
    "checkin.field.sleep_hours": "slaap",
    "checkin.field.sleep_quality": "slaapkwaliteit",
    "checkin.field.food": "eten",
    "checkin.field.movement": "beweging",
    "checkin.field.relaxation": "ontspanning",
    "checkin.field.structure": "dagstructuur",
    "checkin.field.givers": "energiegevers",
    "checkin.field.drainers": "energievreters",
    "checkin.field.note": "notitie",
    "checkin.field.private": "privé",
    "checkin.change.note": "{field} aangepast",
    "checkin.sleep_rounded": "Slaap {typed} uur wordt {hours} uur (op een kwartier).",
    "checkin.saved": "Je check-in voor {day} is bewaard. Fijn dat je even stilstond.",
    "checkin.updated": "Bijgewerkt voor {day}: {changes}.",
    "checkin.unchanged": "Niets nieuws voor {day}; het blijft zoals het was.",
    "checkin.sparkline": "Energie, laatste 14 dagen: [{spark}]",
    "checkin.sparkline_since": "Energie sinds {day}: [{spark}]",
    "log.empty": "Nog geen check-ins. Begin met: herstel checkin",
    "log.energy": "energie {energy}",
    "log.sleep": "{hours} uur geslapen",
    "log.food": "eten {value}/5",
    "log.structure": "dagstructuur {value}/5",
    "log.movement": "{minutes} min bewogen",
    "log.relaxation": "{minutes} min ontspannen",
    "log.givers": "gaf energie: {names}",
    "log.drainers": "kostte energie: {names}",
    "log.column.day": "dag",
    "log.column.checkin": "check-in",
    "log.reversed": "--since {since} valt na --until {until}; draai ze om.",
    "log.none_in_period": "Geen check-ins in die periode.",
    "value.yes": "ja",
    "value.no": "nee",
    "log.private": "(privé)",
}
