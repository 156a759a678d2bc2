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
    "focus.self-relation": "de verhouding tot mezelf",
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
    "completion.installed": (
        "Aanvullen met Tab voor {shell} staat in {path}; het werkt in de volgende shell."
    ),
    "help.global.home": "Map voor je dagboek (standaard: HERSTEL_HOME, anders je gegevensmap).",
    "help.global.lang": "Taal voor alleen deze keer.",
    "help.global.install_completion": "Zet aanvullen met Tab aan voor je shell (bash, zsh, fish).",
    "help.global.show_completion": "Toon het aanvulscript, om het zelf te installeren.",
    "help.global.version": "Laat de versie zien en stop.",
    "help.json": "Geef het resultaat als JSON.",
    "help.init": (
        "Begin je traject: je naam, je coach en de eerste sessie. "
        "In een terminal vraagt herstel wat je niet meegeeft."
    ),
    "help.init.name": "Je naam.",
    "help.init.coach": "De naam van je coach.",
    "help.init.first_session": "Datum van de eerste sessie (bijv. 4-1-2027 of morgen).",
    "help.init.time": (
        "Tijd van de eerste sessie, bijv. 14:30; de latere beginnen op dezelfde tijd tot je "
        "ze verzet."
    ),
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
    "usage.bad_since": "{variable}='{value}' is geen tijd in seconden sinds 1970.",
    "usage.bad_today": (
        "{variable}='{value}' is geen dag: schrijf het als 2027-03-31 of 2027-03-31T14:30."
    ),
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
    "overview.checked_in": "De check-in van vandaag is gedaan (energie {energy}).",
    "overview.no_checkin": (
        "Nog geen check-in vandaag; 'herstel checkin' kost een minuut, wanneer het je uitkomt."
    ),
    "overview.recent": "Het laatst opgeschreven:",
    "overview.exercises": "Oefeningen deze week:",
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
    "config.unknown_key": "'{key}' is geen instelling; wel: {keys}.",
    "config.unchanged": "{key} had die waarde al.",
    "config.changed": "{key}: {old} -> {new}",
    # where
    "where.home": "herstelmap",
    "where.store": "dagboek",
    "where.coach_store": "coachbestand",
    "where.settings": "instellingen",
    "where.backups": "reservekopieën",
    "where.client_identity": "je sleutel",
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
    "help.checkin.edit": "Schrijf de notitie in je eigen editor ($VISUAL of $EDITOR).",
    "help.checkin.date": "Over welke dag het gaat (standaard vandaag), bijv. gisteren of -2d.",
    "help.energy": "Je energie vandaag, van 0 (leeg) tot 10 (vol).",
    "help.sleep_hours": (
        "Uren slaap in de nacht voor die dag, bijv. 7,5 of 7:30 (afgerond op een kwartier)."
    ),
    "help.sleep_quality": "Hoe goed je sliep, van 1 (slecht) tot 5 (goed).",
    "help.food": "Hoe regelmatig en voedzaam je at, van 1 tot 5.",
    "help.movement": "Minuten beweging.",
    "help.relaxation": "Minuten ontspanning: oefeningen, rust.",
    "help.structure": "Hoe goed de geplande dagstructuur lukte, van 1 tot 5.",
    "help.giver": "Iets wat je energie gaf (herhaal de optie voor meer).",
    "help.drainer": "Iets wat je energie kostte (herhaal de optie voor meer).",
    "help.note": "Een notitie voor jezelf.",
    "help.private": "Houd deze check-in op deze computer: exports laten hem weg.",
    "help.log.since": "Vanaf deze dag.",
    "help.log.until": "Tot en met deze dag.",
    "checkin.future": "'{value}' ligt in de toekomst; een check-in gaat over vandaag of eerder.",
    "checkin.energy_missing": "Een nieuwe check-in heeft je energie nodig: geef --energy 0-10 mee.",
    "checkin.form_hint": (
        "Check-in voor {day}. Enter neemt de suggestie over, '-' laat een vraag leeg."
    ),
    "checkin.ask.energy": "Hoeveel energie heb je vandaag? (0-10)",
    "checkin.ask.energy_day": "Hoeveel energie had je die dag? (0-10)",
    "checkin.ask.sleep_hours": "Hoeveel uur heb je vannacht geslapen?",
    "checkin.ask.sleep_quality": "Hoe goed heb je geslapen? (1-5)",
    "checkin.ask.food": "Hoe regelmatig en voedzaam heb je gegeten? (1-5)",
    "checkin.ask.movement": "Hoeveel minuten heb je bewogen?",
    "checkin.ask.relaxation": "Hoeveel minuten ontspanning of rust heb je gehad?",
    "checkin.ask.structure": "Lukte het om je dagstructuur aan te houden? (1-5)",
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
    "checkin.sleep_rounded": (
        "Je slaap wordt bewaard als {hours}, op een kwartier afgerond (je typte {typed})."
    ),
    "checkin.saved": "Je check-in voor {day} is bewaard. Fijn dat je even stilstond.",
    "checkin.updated": "Bijgewerkt voor {day}: {changes}.",
    "checkin.unchanged": "Niets nieuws voor {day}; het blijft zoals het was.",
    "checkin.sparkline": "Energie, laatste 14 dagen: [{spark}]",
    "checkin.sparkline_since": "Energie sinds {day}: [{spark}]",
    "log.energy": "energie {energy}",
    "log.sleep": "{hours} geslapen",
    "log.food": "eten {value}/5",
    "log.structure": "dagstructuur {value}/5",
    "log.movement": "{minutes} min bewogen",
    "log.relaxation": "{minutes} min ontspannen",
    "log.givers": "gaf energie: {names}",
    "log.drainers": "kostte energie: {names}",
    "log.column.day": "dag",
    "log.reversed": "--since {since} valt na --until {until}; draai ze om.",
    "value.yes": "ja",
    "value.no": "nee",
    "log.private": "(privé)",
    # the structural layer and the journal
    "help.log": "Je dagboek: check-ins, signalen, notities en oefeningen, de oudste eerst.",
    "help.log.last": "Alleen de laatste N aantekeningen.",
    "help.log.kind": (
        "Alleen deze soort: checkin, signal, pattern, bio of practice (herhaal voor meer)."
    ),
    "log.empty": "Hier staat nog niets. Begin met: herstel checkin",
    "log.none_of_kind": "Daarvan staat er nog niets in.",
    "help.log.grep": (
        "Alleen aantekeningen met deze tekst (hoofdletters en accenten tellen niet: "
        "cafe vindt café)."
    ),
    "help.log.private": "Alleen aantekeningen die privé zijn.",
    "log.none_found": "Niets gevonden.",
    "log.none_in_period": "Niets in die periode.",
    "log.ident": "id {ident}",
    "log.column.id": "id",
    "log.column.entry": "wat je schreef",
    "log.kind.checkin": "check-in",
    "log.kind.signal.body": "{what} (lichaamssignaal)",
    "log.kind.signal.emotion": "{what} (emotie)",
    "log.kind.pattern": "patroon",
    "log.kind.bio": "terugblik",
    "log.kind.practice": "{name} geoefend",
    "log.intensity": "sterkte {value}/5",
    "log.limit.none": "geen grens in zicht",
    "log.limit.near": "dicht bij mijn grens",
    "log.limit.crossed": "over mijn grens",
    "log.fit.yes": "klopte voor mij",
    "log.fit.no": "klopte niet voor mij",
    "log.on_ladder": "ladder: {colour}",
    "log.minutes": "{minutes} min",
    "log.belief.perfection": "overtuiging 'perfect resultaat'",
    "log.belief.no-burden": "overtuiging 'niemand tot last zijn'",
    "log.belief.nothing-wrong": "overtuiging 'er mag niets misgaan'",
    "log.belief.expectations": "overtuiging 'verwachtingen waarmaken'",
    "log.belief.other": "een overtuiging in eigen woorden",
    "log.label.situation": "situatie",
    "log.label.response": "wat ik ermee deed",
    "log.label.behaviour": "wat ik deed",
    "log.label.consequence": "gevolgen",
    "log.label.unnoticed": "keuze die ik onbewust maakte",
    "log.label.belief_text": "overtuiging",
    "log.label.new_behaviour": "nieuw gedrag dat ik probeerde",
    "log.label.reflection": "reflectie",
    "log.label.life_stage": "periode",
    "log.label.drives": "wat me dreef",
    "log.label.pattern": "patroon dat ik nu zie",
    # the structural layer: shared
    "meta.what": "WAT",
    "meta.name": "NAAM",
    "meta.moment": "DATUM [UU:MM]",
    "help.at": "Wanneer het was, bijv. 'gisteren 14:30' of -2d (standaard nu).",
    "help.entry.private": "Houd dit op deze computer: exports laten het weg.",
    "choice.unknown": "Kies bij {name} uit: {choices} ('{value}' ken ik niet).",
    "entry.future": "'{value}' ligt in de toekomst; schrijf op wat al gebeurd is.",
    "form.missing": "Vul ook {flag} in.",
    "form.hint": "Een vraag met '(mag je overslaan)' sla je over met Enter.",
    "form.this_answer": "dit antwoord",
    "form.skip": "overslaan",
    "form.ask.private": "Dit privé houden (nooit exporteren)?",
    "form.private.no": "nee",
    "form.private.yes": "ja, houd het privé",
    "form.nothing_saved": "Je schreef niets, dus er is niets bewaard.",
    # signal
    "help.signal": (
        "Schrijf een lichaamssignaal of emotie op: wat, waar, hoe sterk, hoe dicht bij je grens, "
        "en of het je vertelde dat wat je deed bij je past (klopt). "
        "In een terminal vraagt herstel wat je niet meegeeft."
    ),
    "help.signal.what": "Het signaal, bijv. 'gespannen schouders' of 'onrustig'.",
    "help.signal.type": "Een lichaamssignaal (body) of een emotie (emotion).",
    "help.signal.where": "Waar in je lichaam je het voelt.",
    "help.signal.intensity": "Hoe sterk, van 1 (zwak) tot 5 (heel sterk).",
    "help.signal.limit": "Hoe dicht bij je grens: none (geen), near (dichtbij) of crossed (over).",
    "help.signal.fit": "Klopte wat je deed voor jou? yes (ja) of no (nee).",
    "help.signal.situation": "Wat er speelde.",
    "help.signal.response": "Wat je ermee deed.",
    "signal.ask.what": "Welk signaal? (bijv. gespannen schouders, onrustig)",
    "signal.ask.type": "Is het een lichaamssignaal of een emotie?",
    "signal.type.body": "een lichaamssignaal",
    "signal.type.emotion": "een emotie",
    "signal.ask.where": "Waar voel je het? (mag je overslaan)",
    "signal.ask.intensity": "Hoe sterk is het? (1-5, mag je overslaan)",
    "signal.ask.limit": "Hoe dicht zit je bij je grens?",
    "signal.limit.none": "geen grens in zicht",
    "signal.limit.near": "dicht bij mijn grens",
    "signal.limit.crossed": "over mijn grens",
    "signal.ask.fit": "Klopte wat je deed voor jou?",
    "signal.fit.yes": "ja, het klopte",
    "signal.fit.no": "nee, het klopte niet",
    "signal.ask.situation": "Wat speelde er? (mag je overslaan)",
    "signal.ask.response": "Wat deed je ermee? (mag je overslaan)",
    "signal.saved": "Opgeschreven: {what} ({when}).",
    "signal.on_ladder": "Het staat op je ladder: {colour}.",
    "signal.agreed_action": "Wat je hiervoor hebt afgesproken: {action}",
    "signal.gentle.near": "Je lichaam of je gevoel vertelt je iets. Wat zou je nu helpen?",
    "signal.gentle.crossed": (
        "Je bent over een grens gegaan. Wees mild voor jezelf; rust gaat nu voor."
    ),
    # ladder
    "help.ladder": (
        "Je signaleringsladder, gemaakt met je coach: de signalen die je kent, hun kleur "
        "(groen, oranje, rood) en wat je hebt afgesproken te doen. Alleen 'herstel ladder' laat"
        " je ladder zien."
    ),
    "help.ladder.add": "Zet een signaal op je ladder, of pas de kleur of actie aan.",
    "help.ladder.what": "Het signaal, zoals je het noemt als je het opschrijft.",
    "help.ladder.colour": (
        "green (groen: het gaat goed), orange (oranje: let op) of red (rood: stop)."
    ),
    "help.ladder.action": "Wat je hebt afgesproken te doen als dit signaal komt.",
    "help.ladder.private": "Houd dit op deze computer: exports laten het weg.",
    "help.ladder.list": "Laat je ladder zien.",
    "help.ladder.remove": (
        "Haal een signaal van je ladder (opgeschreven signalen houden hun koppeling)."
    ),
    "ladder.ask.what": "Welk signaal komt op je ladder?",
    "ladder.ask.colour": "Welke kleur heeft het?",
    "ladder.ask.action": (
        "Wat heb je met je coach afgesproken voor als dit signaal komt? (mag je overslaan)"
    ),
    "ladder.colour_choice.green": "groen: het gaat goed",
    "ladder.colour_choice.orange": "oranje: let op",
    "ladder.colour_choice.red": "rood: stop",
    "ladder.colour.green": "groen",
    "ladder.colour.orange": "oranje",
    "ladder.colour.red": "rood",
    "ladder.added": "{what} staat nu op je ladder ({colour}).",
    "ladder.updated": "{what} is aangepast op je ladder ({colour}).",
    "ladder.unchanged": "{what} stond al zo op je ladder ({colour}).",
    "ladder.linked": "Eerder opgeschreven signalen met deze naam, nu eraan gekoppeld: {count}.",
    "ladder.empty": (
        "Je ladder is nog leeg. Maak hem samen met je coach en zet er een signaal op met: "
        "herstel ladder add WAT --colour orange --action TEKST"
    ),
    "ladder.column.colour": "kleur",
    "ladder.column.signal": "signaal",
    "ladder.column.action": "wat ik dan doe",
    "ladder.no_match": "'{what}' staat niet op je ladder. Nu staan erop: {candidates}.",
    "ladder.no_match_empty": "'{what}' staat niet op je ladder. Nu staan erop: nog niets.",
    "ladder.removed": (
        "{what} is van je ladder gehaald. Signalen die je ermee opschreef blijven gekoppeld."
    ),
    # pattern
    "help.pattern": (
        "Een patroonnotitie: één situatie, langs de reflectievragen op volgorde. Alleen de "
        "situatie is nodig; de rest kan wachten tot de volgende sessie."
    ),
    "help.pattern.situation": "De situatie.",
    "help.pattern.behaviour": "Wat je deed.",
    "help.pattern.consequence": "Wat de gevolgen waren.",
    "help.pattern.unnoticed": "De keuze die je ongemerkt maakte (vaak pas in de sessie gevonden).",
    "help.pattern.belief": (
        "De overtuiging die erachter kan zitten: je plek verdienen door perfect resultaat neer "
        "te zetten (perfection), door niemand tot last te zijn (no-burden), door te zorgen dat er "
        "niets misgaat (nothing-wrong), door voortdurend verwachtingen waar te maken of te "
        "overtreffen (expectations), of iets anders (other)."
    ),
    "help.pattern.belief_text": "De overtuiging in je eigen woorden (hoort bij --belief other).",
    "help.pattern.new_behaviour": "Wat je anders probeerde.",
    "help.pattern.reflection": "Wat je opvalt als je terugkijkt.",
    "pattern.hint": (
        "Een paar vragen over één situatie. Sla over wat je nog niet weet; "
        "je kunt ernaar kijken met je coach."
    ),
    "pattern.ask.situation": "Wat was de situatie?",
    "pattern.ask.behaviour": "Wat deed je? (mag je overslaan)",
    "pattern.ask.consequence": "Wat waren de gevolgen? (mag je overslaan)",
    "pattern.ask.unnoticed": (
        "Welke keuze maakte je zonder het te merken? (mag je overslaan; vaak vind je die pas in"
        " de sessie)"
    ),
    "pattern.ask.belief": (
        "Welke overtuiging kan erachter zitten? Voorbeelden van hoe mensen voelen dat ze hun "
        "plek moeten verdienen; geen oordeel:"
    ),
    "pattern.belief.perfection": "door perfect resultaat neer te zetten",
    "pattern.belief.no-burden": "door niemand tot last te zijn",
    "pattern.belief.nothing-wrong": "door te zorgen dat er niets misgaat",
    "pattern.belief.expectations": "door altijd verwachtingen waar te maken",
    "pattern.belief.other": "iets anders, in mijn eigen woorden",
    "pattern.ask.belief_text": (
        "Hoe zou je die overtuiging in je eigen woorden zeggen? (mag je overslaan)"
    ),
    "pattern.ask.new_behaviour": "Wat probeerde je anders? (mag je overslaan)",
    "pattern.ask.reflection": "Wat valt je op als je terugkijkt? (mag je overslaan)",
    "pattern.belief_text_other": (
        "--belief-text hoort bij --belief other (een overtuiging in je eigen woorden)."
    ),
    "pattern.saved": "Je patroonnotitie is bewaard ({when}). Goed dat je er even bij stilstond.",
    # bio
    "help.bio": (
        "Een terugblik op een periode uit je leven: wat je toen dreef en bezielde, "
        "en welk patroon je er nu in herkent."
    ),
    "help.bio.life_stage": "De periode uit je leven, bijv. 'middelbare school' of 'eerste baan'.",
    "help.bio.text": "Wat je je ervan herinnert.",
    "help.bio.drives": "Wat je toen dreef en bezielde.",
    "help.bio.pattern": "Het patroon dat je er nu in herkent.",
    "bio.hint": (
        "Een terugblik op een periode uit je leven. Schrijf zoveel of zo weinig als je wilt."
    ),
    "bio.ask.life_stage": (
        "Welke periode uit je leven? (bijv. middelbare school, eerste baan; mag je overslaan)"
    ),
    "bio.ask.text": "Wat herinner je je ervan? (mag je overslaan)",
    "bio.ask.drives": "Wat dreef en bezielde je toen? (mag je overslaan)",
    "bio.ask.pattern": "Welk patroon herken je er nu in? (mag je overslaan)",
    "bio.empty": (
        "Een terugblik heeft minstens één van --life-stage, --text, --drives of --pattern nodig."
    ),
    "bio.saved": "Je terugblik is bewaard ({when}).",
    # exercise
    "help.exercise": (
        "De oefeningen die je met je coach hebt afgesproken, voor tussen de sessies. Alleen "
        "'herstel exercise' laat ze zien, met hoe vaak je deze week oefende."
    ),
    "help.exercise.all": "Laat ook oefeningen zien waarmee je gestopt bent.",
    "help.exercise.add": "Voeg een oefening toe die je met je coach hebt afgesproken.",
    "help.exercise.name": "De naam van de oefening.",
    "help.exercise.description": "Wat de oefening inhoudt.",
    "help.exercise.per_week": "Hoe vaak per week je hem wilt doen.",
    "help.exercise.type": "Wat voor oefening het is.",
    "help.exercise.session": "De sessie (1-10) waarin jullie hem afspraken.",
    "help.exercise.private": "Houd deze oefening op deze computer: exports laten hem weg.",
    "help.exercise.list": "Laat je oefeningen zien, met hoe vaak je deze week oefende.",
    "help.exercise.done": "Schrijf op dat je een oefening hebt gedaan.",
    "help.exercise.which": "De oefening: de naam, of het begin ervan.",
    "help.exercise.minutes": "Hoeveel minuten.",
    "help.exercise.note": "Wat je opviel.",
    "help.exercise.stop": "Stop met een oefening; wat je oefende blijft in je dagboek.",
    "exercise.ask.name": "Hoe heet de oefening?",
    "exercise.ask.description": "Wat houdt hij in? (mag je overslaan)",
    "exercise.ask.per_week": "Hoe vaak per week wil je hem doen? (mag je overslaan)",
    "exercise.ask.type": "Wat voor oefening is het?",
    "exercise.type.mindfulness": "mindfulness",
    "exercise.type.breathing": "ademhaling",
    "exercise.type.movement": "beweging",
    "exercise.type.boundaries": "grenzen",
    "exercise.type.reflection": "reflectie",
    "exercise.type.other": "iets anders",
    "exercise.ask.session": "In welke sessie spraken jullie hem af? (1-10, mag je overslaan)",
    "exercise.exists": (
        "Je hebt al een oefening die {name} heet; stop die eerst, of kies een andere naam."
    ),
    "exercise.added": "De oefening {name} is toegevoegd.",
    "exercise.added_hint": 'Als je hem gedaan hebt: herstel exercise done "{name}"',
    "exercise.none_active": (
        "Er loopt nu geen oefening; 'herstel exercise --all' laat zien waarmee je stopte. "
        "Een nieuwe: herstel exercise add NAAM"
    ),
    "exercise.all_stopped": (
        "Er loopt nu geen oefening; 'herstel exercise --all' laat ze allemaal zien."
    ),
    "exercise.was_stopped": (
        'Met {name} ben je eerder gestopt. Wil je hem weer oppakken: herstel exercise add "{name}"'
    ),
    "exercise.none_yet": (
        "Je hebt nog geen oefeningen. Voeg er een toe met: herstel exercise add NAAM"
    ),
    "exercise.no_match": "Er is geen oefening die '{name}' heet. Jouw oefeningen: {candidates}.",
    "exercise.ambiguous": (
        "'{name}' past bij meer oefeningen: {candidates}. Typ iets meer van de naam."
    ),
    "exercise.stopped": "Je bent gestopt met {name}. Wat je oefende blijft in je dagboek.",
    "exercise.stopped_mark": "(gestopt)",
    "exercise.empty": (
        "Nog geen oefeningen. Voeg er een toe die je met je coach hebt afgesproken: herstel "
        "exercise add NAAM"
    ),
    "exercise.column.name": "oefening",
    "exercise.column.type": "soort",
    "exercise.column.week": "deze week",
    "exercise.column.description": "omschrijving",
    "exercise.week_cell": "{count}",
    "exercise.week_cell_of": "{count} van {per_week}",
    "practice.hint": "Fijn dat je er tijd voor nam. Met Enter sla je een vraag over.",
    "practice.ask.minutes": "Hoeveel minuten? (mag je overslaan)",
    "practice.ask.note": "Viel je iets op? (mag je overslaan)",
    "practice.saved": "Opgeschreven: {name} ({when}).",
    "practice.week": "Deze week {count} keer geoefend.",
    "practice.week_of": "Deze week {count} keer geoefend (je wilde {per_week} keer).",
    "practice.that_week": "Die week {count} keer geoefend.",
    "practice.that_week_of": "Die week {count} keer geoefend (je wilde {per_week} keer).",
    # show and delete
    "help.show": (
        "Laat één aantekening helemaal zien (of een ladderregel of oefening), via de id die "
        "'herstel log' laat zien."
    ),
    "help.id": "De id, of de eerste tekens ervan (minstens 4), zoals 'herstel log' ze laat zien.",
    "help.delete": (
        "Verwijder één aantekening (of een ladderregel of oefening) voorgoed: de tekst verdwijnt "
        "uit je dagboekbestand. Alleen een notitie dat er iets verwijderd is blijft, zodat een "
        "latere export het verwijderen kan doorgeven."
    ),
    "help.delete.yes": "Verwijder zonder te vragen (nodig buiten een terminal).",
    "kind.checkin": "check-in",
    "kind.signal": "signaal",
    "kind.pattern": "patroonnotitie",
    "kind.bio": "terugblik",
    "kind.practice": "oefenmoment",
    "kind.ladder": "ladderregel",
    "kind.exercise": "oefening",
    "id.bad": "'{value}' is geen id; gebruik de id die 'herstel log' laat zien, bijv. 3f2a9c.",
    "id.none": "Er is niets met een id die begint met '{value}'. 'herstel log' laat de ids zien.",
    "id.several": "Meer dan één id begint met '{value}': {candidates}. Typ een paar tekens meer.",
    "show.label.id": "id",
    "show.label.stopped": "gestopt",
    "delete.needs_yes": (
        "Verwijderen kun je niet terugdraaien: voeg --yes toe om {value} te verwijderen."
    ),
    "delete.ask": "Dit voorgoed verwijderen? Dat kun je niet terugdraaien.",
    "delete.ask_exercise": (
        "Deze oefening en alles wat je ermee oefende voorgoed verwijderen? Dat kun je niet "
        "terugdraaien. ('herstel exercise stop' bewaart de geschiedenis.)"
    ),
    "delete.keep": "nee, bewaren",
    "delete.confirm": "ja, verwijderen",
    "delete.kept": "Bewaard; er is niets verwijderd.",
    "delete.done.checkin": "De check-in is verwijderd. De tekst staat niet meer in je dagboek.",
    "delete.done.signal": "Het signaal is verwijderd. De tekst staat niet meer in je dagboek.",
    "delete.done.pattern": (
        "De patroonnotitie is verwijderd. De tekst staat niet meer in je dagboek."
    ),
    "delete.done.bio": "De terugblik is verwijderd. De tekst staat niet meer in je dagboek.",
    "delete.done.practice": (
        "Het oefenmoment is verwijderd. De tekst staat niet meer in je dagboek."
    ),
    "delete.done.ladder": "De ladderregel is verwijderd. De tekst staat niet meer in je dagboek.",
    "delete.done.exercise": "De oefening is verwijderd. De tekst staat niet meer in je dagboek.",
    "delete.wal_pending": (
        "Een andere herstel heeft het dagboek open: de verwijderde tekst verdwijnt helemaal "
        "uit het bestand zodra die gesloten is en herstel weer draait."
    ),
    "delete.done_practice": "Daarmee ook verwijderd, keren geoefend: {count}.",
    # backup and restore
    "meta.file": "BESTAND",
    "help.backup": (
        "Maak een kopie van je dagboek; dat kan ook terwijl herstel in gebruik is. Zonder "
        "BESTAND: herstel-backup-DATUM.db in je herstel-map."
    ),
    "help.backup.file": "Waar de kopie komt (een bestand dat nog niet bestaat).",
    "help.restore": (
        "Zet een backup terug in plaats van je dagboek. Je dagboek zoals het nu is, wordt eerst "
        "in de map met backups bewaard."
    ),
    "help.restore.file": "De backup die je terugzet.",
    "backup.nothing": "Hier is nog geen dagboek, dus er is niets om te bewaren.",
    "backup.exists": "{path} bestaat al; kies een nieuwe naam. Er is niets overschreven.",
    "backup.no_folder": "De map {path} bestaat niet.",
    "backup.failed": "{path} kon niet geschreven worden. Er is niets veranderd.",
    "backup.done": "Je dagboek is gekopieerd naar {path}.",
    "restore.missing": "Het bestand {path} bestaat niet.",
    "restore.damaged": "{path} is beschadigd; je dagboek is gebleven zoals het was.",
    "restore.same": "{path} is je dagboek zelf; kies een backup om terug te zetten.",
    "restore.failed": "Terugzetten vanuit {path} lukte niet. Je dagboek is gebleven zoals het was.",
    "restore.done": "Je dagboek is teruggezet vanuit {path}.",
    "restore.kept": "Je dagboek zoals het daarvoor was, staat in {path}.",
    # the editor
    "help.edit_text": "Schrijf de langere teksten in je eigen editor ($VISUAL of $EDITOR).",
    "editor.intro": (
        "Schrijf onder elk kopje; regels die met #: beginnen tellen niet mee.\n"
        "Bewaar en sluit de editor als je klaar bent. Verander je niets, dan wordt er niets "
        "bewaard."
    ),
    "editor.none": "Geen editor gevonden: stel EDITOR in, bijv. EDITOR=nano.",
    "editor.failed": "De editor ({editor}) is niet goed afgesloten; er is niets bewaard.",
    "editor.unchanged": "De tekst is niet veranderd; er is niets bewaard.",
    # edit
    "help.edit": (
        "Verander één aantekening via de id. De opties van die soort aantekening veranderen "
        "die velden (bijv. --situation, --energy); in een terminal zonder opties komen de "
        "vragen met de huidige antwoorden; --edit opent je editor met de teksten."
    ),
    "help.edit.field": (
        "Een nieuwe tekst voor dit veld, bij de soorten aantekeningen die het hebben."
    ),
    "help.edit.at": "Wanneer het was, bijv. 'gisteren 14:30' (niet bij een check-in).",
    "edit.not_entry.ladder": (
        "Een ladderregel verander je met: herstel ladder add WAT --colour KLEUR --action TEKST"
    ),
    "edit.not_entry.exercise": (
        "Een oefening verander je hier niet: stop ermee en voeg hem opnieuw toe (wat je "
        "oefende blijft)."
    ),
    "edit.flag_not_for_kind": "{flag} hoort niet bij een {kind}; zie 'herstel edit --help'.",
    "edit.nothing": "Zeg wat er moet veranderen (bijv. --situation TEKST), of gebruik --edit.",
    "edit.form_hint": "Enter houdt een antwoord, '-' maakt het leeg.",
    "edit.done": "De {kind} is veranderd: {fields}.",
    "edit.unchanged": "Er is niets veranderd; het blijft zoals het was.",
    "edit.field.what": "het signaal",
    "edit.field.type": "lichaam of emotie",
    "edit.field.location": "waar",
    "edit.field.intensity": "sterkte",
    "edit.field.limit": "grens",
    "edit.field.fit": "of het klopte",
    "edit.field.situation": "situatie",
    "edit.field.response": "wat ik ermee deed",
    "edit.field.behaviour": "wat ik deed",
    "edit.field.consequence": "gevolgen",
    "edit.field.unnoticed": "ongemerkte keuze",
    "edit.field.belief": "overtuiging",
    "edit.field.belief_text": "overtuiging in mijn woorden",
    "edit.field.new_behaviour": "wat ik anders probeerde",
    "edit.field.reflection": "reflectie",
    "edit.field.life_stage": "periode",
    "edit.field.text": "tekst",
    "edit.field.drives": "wat me dreef",
    "edit.field.pattern": "patroon",
    "edit.field.minutes": "minuten",
    "edit.field.note": "notitie",
    "edit.field.day": "dag",
    "edit.field.time": "tijd",
    "edit.field.private": "privé",
    # --- het traject: plan, agenda ---
    "help.plan": (
        "Je tien sessies: welke de volgende is, en hoe je energie tussen de sessies liep. "
        "'herstel plan --ics BESTAND' zet ze in een agendabestand."
    ),
    "help.plan.ics": "Zet de sessies in een agendabestand (.ics); '-' schrijft naar stdout.",
    "help.plan.number": "Het nummer van de sessie, 1 tot en met 10.",
    "help.plan.move": "Verzet een sessie naar een andere dag of tijd.",
    "help.plan.to": "De nieuwe dag.",
    "help.plan.time": "De nieuwe tijd (leeg laten haalt de tijd weg).",
    "help.plan.shift_rest": "Verzet alle latere geplande sessies evenveel dagen mee.",
    "help.plan.held": "Noteer dat een sessie geweest is.",
    "help.plan.held_date": "De dag waarop hij plaatsvond (standaard: de geplande dag).",
    "help.plan.cancel": "Zeg een sessie af.",
    "help.plan.reason": "Waarom hij niet doorging (blijft op deze computer).",
    "help.plan.note": "Bewaar een notitie bij een sessie: wat je wilt onthouden of inbrengen.",
    "help.plan.note_text": "De notitie; een lege tekst haalt hem weg.",
    "help.plan.edit": "Schrijf de notitie in je editor ($VISUAL of $EDITOR).",
    "plan.title": "Je traject",
    "plan.title_with": "Je traject met {coach}",
    "plan.next": "Volgende: sessie {number} van {of}, {day}, {when}.",
    "plan.in.today": "vandaag",
    "plan.in.tomorrow": "morgen",
    "plan.in.days": "over {days} dagen",
    "plan.day_at": "{day} om {time}",
    "plan.completed": (
        "Je traject is afgerond: alle sessies liggen achter je. Je kompas om te bewaren: "
        "herstel kompas"
    ),
    "plan.after_ten": (
        "Vanaf hier past misschien een lichter ritme: eens per maand een korte kompascheck "
        "(herstel kompas check), een herinnering per week of per maand (herstel remind on --every "
        "month). Je dagboek gaat gewoon door."
    ),
    "plan.phase1": "Fase 1: eens per twee weken",
    "plan.phase2": "Fase 2: eens per {weeks} weken",
    "plan.col.number": "Nr.",
    "plan.col.day": "Dag",
    "plan.col.time": "Tijd",
    "plan.col.status": "Status",
    "plan.col.details": "Bijzonderheden",
    "plan.status.planned": "gepland",
    "plan.status.held": "geweest",
    "plan.status.cancelled": "afgezegd",
    "plan.status.next": "volgende",
    "plan.today": "vandaag, {day}",
    "plan.moved_from": "verzet van {day}",
    "plan.planned_for": "was gepland op {day}",
    "plan.exercises": "oefeningen: {names}",
    "plan.periods": "Tussen de sessies",
    "plan.period.before": "Voor de eerste sessie ({start} tot en met {end})",
    "plan.period.since": "Sessie {number} ({start} tot en met {end})",
    "plan.period.current": "Sinds sessie {number} ({start}, tot nu)",
    "plan.period.empty": "niets opgeschreven",
    "plan.fig.energy": "energie {value}",
    "plan.fig.sleep": "slaap {value} u",
    "plan.fig.checkins": "{count} check-ins",
    "plan.fig.patterns": "{count} patroonnotities",
    "plan.fig.practices": "{count} keer geoefend",
    "plan.move.nothing": "Zeg waarheen: --to DATUM, --time UU:MM, of allebei.",
    "plan.move.held": "Sessie {number} is al geweest en kan dus niet meer verzet worden.",
    "plan.move.cancelled": (
        "Sessie {number} is afgezegd en kan dus niet verzet worden. Weer inplannen: "
        "herstel plan cancel {number} --undo"
    ),
    "plan.move.past": (
        "{day} is al voorbij. Was sessie {number} toen? Dan: herstel plan held {number} "
        "--date {iso}"
    ),
    "plan.move.far": "{day} is meer dan een jaar weg; kies een dag die dichterbij ligt.",
    "plan.move.unchanged": "Sessie {number} staat al op dat moment; er is niets veranderd.",
    "plan.order": (
        "Dan komt sessie {number} ({day}) op of na sessie {other} ({other_day}); "
        "er is niets veranderd."
    ),
    "plan.order_shift": (
        "Dan komt sessie {number} ({day}) op of na sessie {other} ({other_day}); "
        "met --shift-rest schuiven de latere sessies mee. Er is niets veranderd."
    ),
    "plan.moved": "Sessie {number} staat nu op {day} (was {old}).",
    "plan.retimed": "Sessie {number} staat nu op {day}.",
    "plan.shifted_later": "Sessies {first} tot en met {last} schuiven mee, {days} dagen later.",
    "plan.shifted_earlier": "Sessies {first} tot en met {last} schuiven mee, {days} dagen eerder.",
    "plan.held.cancelled": "Sessie {number} is afgezegd, dus die kun je niet als geweest noteren.",
    "plan.held.future": (
        "{day} moet nog komen; een sessie noteer je als geweest als hij geweest is."
    ),
    "plan.held.not_yet": (
        "Sessie {number} staat op {day}, en die dag moet nog komen. Was die eerder? Voeg "
        "dan --date toe."
    ),
    "plan.held": "Genoteerd: sessie {number} was op {day}.",
    "plan.cancel.held": "Sessie {number} is al geweest en kan dus niet afgezegd worden.",
    "plan.cancel.cancelled": (
        "Sessie {number} is al afgezegd. Weer inplannen: herstel plan cancel {number} --undo"
    ),
    "plan.cancelled": "Sessie {number} is afgezegd.",
    "plan.ask.note": "Notitie bij sessie {number}:",
    "plan.note.missing": "Geef de notitie als tekst na het nummer, of gebruik --edit.",
    "plan.note.both": "Geef de notitie als tekst of gebruik --edit, niet allebei.",
    "plan.note.saved": "De notitie bij sessie {number} is bewaard.",
    "plan.note.cleared": "De notitie bij sessie {number} is weggehaald.",
    "plan.note.unchanged": "De notitie bij sessie {number} blijft zoals hij was.",
    "plan.no_session": "Er is geen sessie {number}.",
    "ics.language_tag": "NL",
    "ics.name": "Coachingsessies",
    "ics.summary": "Coachingsessie {number} van {of}",
    "ics.summary_with": "Coachingsessie {number} van {of} met {coach}",
    "ics.done": "De sessies staan in {path}. Later opnieuw importeren werkt ze bij.",
    "file.is_folder": "{path} is een map; geef een bestandsnaam.",
    "file.unwritable": "{path} kon niet geschreven worden. Er is niets veranderd.",
    "plan.fig.checkins_one": "1 check-in",
    "plan.fig.patterns_one": "1 patroonnotitie",
    "plan.fig.practices_one": "1 keer geoefend",
    "config.relaid": (
        "Sessies {numbers} volgen nu eens per {weeks} weken; 'herstel plan' laat ze zien."
    ),
    # --- voorbereiden ---
    "help.prepare": (
        "Wat je meeneemt naar je volgende sessie: de tijd sinds de vorige, samengevat. "
        "Privé-notities staan erbij, en zijn gemarkeerd."
    ),
    "help.prepare.since": "Begin op deze dag in plaats van bij de vorige sessie.",
    "help.prepare.markdown": (
        "Zet het in een Markdown-bestand, om te printen of te mailen ('-': stdout)."
    ),
    "prepare.title": "Voor sessie {number}, {day}",
    "prepare.title_done": "Terugblik",
    "prepare.since_session": "Sinds sessie {number} op {day}: {days} dagen.",
    "prepare.since_day": "Sinds {day}: {days} dagen.",
    "prepare.since_future": "'{value}' moet nog komen; --since neemt een dag tot en met vandaag.",
    "prepare.nothing_heading": "Niets opgeschreven",
    "prepare.nothing": (
        "Over deze tijd staat niets opgeschreven, en dat is goed. Je kunt gewoon jezelf meenemen."
    ),
    "prepare.energy_heading": "Energie en slaap",
    "prepare.energy": "Je energie was gemiddeld {average} in deze dagen.",
    "prepare.sleep": "Slaap gemiddeld {average} uur per nacht.",
    "prepare.checkins": "{count} check-ins.",
    "prepare.lowest_heading": "De dagen met de minste energie",
    "prepare.low_day": "{day}, energie {energy}.",
    "prepare.private": "(privé)",
    "prepare.signals_heading": "Signalen",
    "prepare.colour.red": "Rood op je ladder:",
    "prepare.colour.orange": "Oranje op je ladder:",
    "prepare.colour.green": "Groen op je ladder:",
    "prepare.colour.none": "Niet op je ladder:",
    "prepare.patterns_heading": "Patronen, per onderliggende overtuiging",
    "prepare.belief.perfection": "Mijn plek verdienen met perfecte resultaten:",
    "prepare.belief.no-burden": "Mijn plek verdienen door niemand tot last te zijn:",
    "prepare.belief.nothing-wrong": "Mijn plek verdienen door te zorgen dat er niets misgaat:",
    "prepare.belief.expectations": "Mijn plek verdienen door altijd aan verwachtingen te voldoen:",
    "prepare.belief.other": "Een overtuiging in mijn eigen woorden:",
    "prepare.belief.none": "Nog geen overtuiging genoemd:",
    "prepare.new_heading": "Iets nieuws dat ik probeerde",
    "prepare.exercises_heading": "Oefeningen",
    "prepare.practised": "{count} keer geoefend",
    "prepare.practised_one": "1 keer geoefend",
    "prepare.practised_of": "{done}, met {per_week} per week als voornemen",
    "prepare.named_heading": "Wat energie gaf en kostte",
    "prepare.givers": "Gaf het vaakst energie: {names}.",
    "prepare.drainers": "Kostte het vaakst energie: {names}.",
    "prepare.written": "Je samenvatting staat in {path}.",
    "file.not_ours": "{path} bestaat al en is niet door herstel gemaakt; kies een andere naam.",
    "plan.number": (
        "Er zijn tien sessies: geef een nummer van 1 tot en met 10 ('{value}' is dat niet)."
    ),
    "help.plan.undo": "Plan een afgezegde sessie weer in, op de dag die hij had.",
    "plan.undo.not_cancelled": "Sessie {number} is niet afgezegd.",
    "plan.undone": "Sessie {number} staat weer gepland.",
    "plan.reason": "reden: {reason}",
    "prepare.checkins_one": "1 check-in.",
    "prepare.since_session_one": "Sinds sessie {number} op {day}: 1 dag.",
    "prepare.since_day_one": "Sinds {day}: 1 dag.",
    "prepare.note_heading": "Je notitie voor deze sessie",
    "plan.undo_with_reason": "--undo plant de sessie weer in; daar hoort geen --reason bij.",
    "words.and": "{first} en {last}",
    "usage.either": "Kies {first} of {second}, niet allebei.",
    "plan.fig.near": "{count} signalen dicht bij je grens",
    "plan.fig.near_one": "1 signaal dicht bij je grens",
    "plan.fig.crossed": "{count} signalen over je grens",
    "plan.fig.crossed_one": "1 signaal over je grens",
    "prepare.practised_none": "nog niet geoefend",
    "plan.status.passed": ("voorbij"),
    "plan.hint_held": (
        "Sessies op 'voorbij' kun je als geweest noteren, bijv. herstel plan held {number}"
    ),
    # --- exporteren ---
    "help.export": (
        "Deel je dagboek met je coach: één bestand, versleuteld voor de sleutel van je coach "
        "(en de jouwe). Wat je privé hebt gemaakt, blijft op deze computer."
    ),
    "help.export.output": "Schrijf naar dit bestand (standaard: stdout).",
    "help.export.since": "Alleen notities vanaf deze dag.",
    "help.export.until": "Alleen notities tot en met deze dag.",
    "help.export.preview": "Laat zien wat er mee zou gaan en wat hier blijft; schrijf niets.",
    "help.export.armor": "Tekst in plaats van binair, veilig om in een e-mail te plakken.",
    "help.export.plain": "Onversleutelde JSON. Alleen voor jezelf: het zijn gezondheidsgegevens.",
    "help.export.passphrase": (
        "Versleutel met een wachtzin in plaats van de sleutel van je coach (gevraagd, of uit "
        "HERSTEL_PASSPHRASE)."
    ),
    "help.export.read": "Lees een eigen export terug (met je eigen sleutel) als JSON.",
    "help.export.json": "Met --preview: de aantallen als JSON.",
    "config.label.coach-key": "coach-key",
    "config.coach_key_bad": (
        "Dat is geen publieke age-sleutel: die begint met age1, en je krijgt hem van je coach."
    ),
    "export.no_coach_key": (
        "De sleutel van je coach staat er nog niet in. Vraag je coach erom, en dan: herstel "
        "config set coach-key age1... (of gebruik --passphrase)"
    ),
    "export.binary_to_terminal": (
        "Een versleutelde export is niet voor het scherm: voeg -o BESTAND toe, of --armor "
        "voor tekst."
    ),
    "export.json_with_preview": "--json hoort bij --preview; de export zelf is al JSON.",
    "export.passphrase_missing": (
        "--passphrase heeft een terminal nodig om hem te vragen, of HERSTEL_PASSPHRASE."
    ),
    "export.passphrase_differs": "De twee wachtzinnen verschillen; er is niets geschreven.",
    "export.ask.passphrase": "Wachtzin:",
    "export.ask.passphrase_again": "Nog een keer dezelfde wachtzin:",
    "export.identity_bad": (
        "{path} is geen sleutel die herstel kan lezen; er is niets geschreven of gelezen."
    ),
    "export.written": "Je export staat in {path}.",
    "export.done.coach": (
        "Versleuteld voor je coach en voor jou. Gedeeld: {shared}; hier gebleven als privé: "
        "{private}."
    ),
    "export.done.passphrase": (
        "Versleuteld met je wachtzin. Gedeeld: {shared}; hier gebleven als privé: {private}. "
        "Geef je coach de wachtzin op een andere manier dan het bestand."
    ),
    "export.done.plain": (
        "Niet versleuteld: houd dit bestand voor jezelf. Gedeeld: {shared}; hier gebleven als "
        "privé: {private}."
    ),
    "export.preview.title": "Wat een export zou delen",
    "export.preview.private_note": "Wat je privé hebt gemaakt, gaat nooit van deze computer af.",
    "export.preview.nothing_written": "Er is niets geschreven.",
    "export.period.all": "Alle notities, vanaf het begin.",
    "export.period.since": "Notities vanaf {since}.",
    "export.period.until": "Notities tot en met {until}.",
    "export.period.between": "Notities van {since} tot en met {until}.",
    "export.col.what": "Wat",
    "export.col.shared": "Gedeeld",
    "export.col.held": "Blijft hier",
    "export.held.private": "{count} privé",
    "export.held.outside": "{count} buiten de periode",
    "export.kind.checkin": "check-ins",
    "export.kind.signal": "signalen",
    "export.kind.pattern": "patroonnotities",
    "export.kind.bio": "terugblikken",
    "export.kind.practice": "oefenmomenten",
    "export.kind.ladder": "ladderregels",
    "export.kind.exercise": "oefeningen",
    "export.kind.session": "sessies",
    "export.kind.tombstone": "verwijderingen",
    "export.read.unreadable": "{path} kon niet gelezen worden.",
    "export.read.no_identity": (
        "Er staat geen sleutel van jou in deze herstel-map, dus deze export gaat hier niet open."
    ),
    "export.read.not_for_you": "Deze export is niet voor jou versleuteld; jouw sleutel past niet.",
    "export.read.wrong_passphrase": (
        "Hij gaat niet open: de wachtzin klopt niet, of het bestand is beschadigd."
    ),
    "export.read.damaged": "Dit bestand is beschadigd en kan niet ontsleuteld worden.",
    "export.read.not_json": "Dit is geen export: het is geen JSON.",
    "export.read.not_export": "Deze JSON is geen export van herstel.",
    "export.read.newer": (
        "Deze export heeft formaatversie {version}, nieuwer dan deze herstel kan lezen; werk "
        "herstel bij."
    ),
    "export.read.bad_version": "Deze export heeft een onbekende formaatversie ({version}).",
    "export.read.invalid": (
        "Deze export past niet bij het formaat: {count} fout(en), de eerste bij {where}."
    ),
    "export.store_invalid": (
        "Iets in je dagboek past niet in het exportformaat (bij {where}); er is niets geschreven."
    ),
    "names.too_many": "{field} neemt hoogstens {limit} namen.",
    "export.preview.by_period": "Gedeeld, per periode tussen je sessies:",
    "export.col.period": "Periode",
    "export.period_row.before": "voor de eerste sessie, vanaf {start}",
    "export.period_row.session": "sinds sessie {number}, {start}",
    "export.passphrase_short": (
        "Een wachtzin heeft {least} tekens of meer nodig; "
        "een paar woorden achter elkaar werkt goed. Er is niets geschreven."
    ),
    "export.passphrase_again": "De twee wachtzinnen verschillen; nog een keer, graag.",
    "export.read.passphrase_missing": (
        "Deze export heeft zijn wachtzin nodig: op een terminal wordt hij gevraagd, of zet "
        "HERSTEL_PASSPHRASE."
    ),
    "export.output_looks_like_option": (
        "'{value}' lijkt een optie, geen bestandsnaam; er is niets geschreven."
    ),
    "export.identity_made": (
        "Je eigen sleutel is gemaakt, zodat je je exports terug kunt lezen: {path}. herstel "
        "backup kopieert hem niet: neem hem mee als je naar een andere computer gaat."
    ),
    "export.done.plain_stdout": (
        "Niet versleuteld: houd het voor jezelf. Gedeeld: {shared}; hier gebleven als privé: "
        "{private}."
    ),
    "export.empty": (
        "In deze periode waren er geen notities om te delen; de export bevat het plan, de "
        "ladder en de oefeningen."
    ),
    "export.replaced": "Je export staat in {path} (in plaats van je vorige).",
    "config.coach_key_secret": (
        "Dat is een geheime sleutel, en die hoort nooit van de computer van je coach af te "
        "gaan. Vraag je coach om de publieke sleutel (age1...), en voor de zekerheid om een "
        "nieuw paar."
    ),
    "config.coach_key_own": (
        "Dat is je eigen sleutel, niet die van je coach; een export daarvoor kan je coach "
        "niet openen."
    ),
    "export.read.missing": "Er is geen bestand {path}.",
    # --- de kant van de coach ---
    "help.coach": (
        "Voor de coach: exports van cliënten inlezen, al je cliënten zien. Zonder opdracht: "
        "de lijst."
    ),
    "help.coach.keygen": "Maak je sleutels als coach; toont de regel die je cliënten zetten.",
    "help.coach.rotate": (
        "Maak een nieuwe sleutel en bewaar de oude, zodat oudere exports nog opengaan."
    ),
    "help.coach.key": "Toon de regel die een cliënt zet: je openbare sleutel en ondertekensleutel.",
    "help.coach.import": "Lees exports van cliënten in. Nog eens: werkt bij, nooit dubbel.",
    "help.coach.files": "Exportbestanden; - leest er een van standaardinvoer.",
    "help.coach.new_client": (
        "Lees in als nieuwe cliënt, ook als er al een cliënt met dezelfde naam is."
    ),
    "help.coach.client": "De cliënt: een naam (of het begin ervan), of het begin van de id.",
    "help.coach.clients": (
        "Al je cliënten in één oogopslag: volgende sessie, energie, overschreden grenzen."
    ),
    "help.coach.report": "De periode sinds de laatste sessie van één cliënt, met je aantekeningen.",
    "help.coach.markdown": "Schrijf het verslag als Markdown naar dit bestand (- voor het scherm).",
    "help.coach.note": "Een eigen aantekening bij een cliënt; inlezen raakt die nooit.",
    "help.coach.text": "De aantekening (op een terminal gevraagd als je hem weglaat).",
    "help.coach.session": "De sessie waar de aantekening over gaat.",
    "help.coach.export": "Alles wat je over een cliënt bewaart, als JSON voor de cliënt zelf.",
    "help.coach.output": "Schrijf naar dit bestand in plaats van naar het scherm.",
    "help.coach.forget": (
        "Wis een cliënt helemaal. Wist ook de automatische reservekopieën van de coachopslag "
        "(daar staan alle cliënten in)."
    ),
    "help.coach.yes": "Wis zonder te vragen (nodig buiten een terminal).",
    "meta.files": "BESTAND...",
    "meta.client": "CLIËNT",
    "where.coach_identity": "je coachsleutel",
    "where.coach_signing_key": "je ondertekensleutel als coach",
    "where.inbox": "inbox-map (bestanden van je coach)",
    "coach.key_made": (
        "Je sleutel staat in {path}. Bewaar hem goed: hij opent de exports van je cliënten."
    ),
    "coach.key_rotated": (
        "Je oudere sleutels blijven ernaast bewaard, dus exports daarvoor gaan nog open. "
        "Geef je cliënten de nieuwe openbare sleutel."
    ),
    "coach.key_how": "Een cliënt stelt hem één keer in met: herstel config set coach-key {key}",
    "coach.key_exists": (
        "Je hebt al een sleutel ({path}); herstel overschrijft die niet. "
        "herstel coach keygen --rotate maakt een nieuwe en bewaart de oude."
    ),
    "coach.no_key": "Je hebt nog geen sleutel als coach; herstel coach keygen maakt er een.",
    "coach.import.stdin_twice": "Standaardinvoer (-) kan maar één keer gelezen worden.",
    "coach.import.failed": "{file}: niet ingelezen. {reason}",
    "coach.import.done": (
        "{file}: {client}: {records} gegevens: {new} nieuw, {updated} bijgewerkt, {unchanged} "
        "ongewijzigd; {deleted} verwijderd."
    ),
    "coach.import.no_key": (
        "Deze export is versleuteld met een coachsleutel, en in deze herstelmap ({home}) staat "
        "er geen. Klopt --home? Een nieuwe sleutel (herstel coach keygen) opent geen exports "
        "van daarvoor."
    ),
    "file.too_big": "Dit bestand is groter dan {limit} MB: zo groot leest herstel niet.",
    "coach.import.same_name": (
        "Je hebt al een cliënt die {name} heet, met een ander traject. "
        "Is dit iemand anders, lees dan in met --new-client."
    ),
    "coach.import.ask_new": (
        "Je hebt al een cliënt die {name} heet, met een ander traject. Is dit iemand anders?"
    ),
    "coach.import.skip": "nee, dit bestand laten liggen",
    "coach.import.as_new": "ja, een nieuwe cliënt",
    "coach.import.skipped": "Laten liggen, zoals je koos.",
    "coach.import.future": (
        "Volgens het bestand is het gemaakt op {day}, en die dag moet nog komen: kijk de klok "
        "na van de computer waarop het gemaakt is, en exporteer opnieuw."
    ),
    "coach.import.store": "Inlezen is mislukt; je coachopslag is ongewijzigd.",
    "coach.import.foreign_ids": (
        "Er staan id's in van gegevens die hier bij een andere cliënt horen; het is geweigerd, "
        "zodat niets bij de verkeerde cliënt terechtkomt."
    ),
    "export.read.too_deep": "Dit is geen export: de JSON is veel te diep genest.",
    "export.read.coach_export": (
        "Dit is een export van een coach over een cliënt (herstel-coach-export), bedoeld voor "
        "de cliënt zelf; herstel coach import neemt alleen de eigen export van een cliënt."
    ),
    "coach.no_clients": (
        "Je hebt nog geen cliënten; herstel coach import BESTAND haalt er een binnen."
    ),
    "coach.client_none": "Geen cliënt past bij '{value}'. Je cliënten: {candidates}.",
    "coach.client_many": (
        "'{value}' past bij meer dan één cliënt: {candidates}. Typ een stukje meer, of het "
        "begin van de id."
    ),
    "coach.clients.none": (
        "Nog geen cliënten. Stuurt een cliënt je een export: herstel coach import BESTAND."
    ),
    "coach.clients.completed": "afgerond",
    "coach.clients.next": "{number} van 10, fase {phase}, {day}",
    "coach.clients.days_ago": "{count} dagen geleden",
    "coach.clients.ago_0": "vandaag",
    "coach.clients.ago_1": "gisteren",
    "coach.col.client": "Cliënt",
    "coach.col.focus": "Focus",
    "coach.col.next": "Volgende sessie",
    "coach.col.last": "Laatste check-in",
    "coach.col.energy": "Energie 14 dagen",
    "coach.col.crossed": "Grens overschreden",
    "coach.col.imported": "Ingelezen",
    "coach.report.title": "{name}, focus: {focus}",
    "coach.report.imported": "Laatst ingelezen {day}.",
    "coach.report.notes": "Jouw aantekeningen als coach",
    "coach.report.no_notes": "Nog geen; herstel coach note voegt er een toe.",
    "coach.report.session": "sessie {number}",
    "coach.report.written": "Het verslag staat in {path}.",
    "coach.field.note": "De aantekening",
    "coach.note.missing": "Wat wil je noteren? Zet het na de naam van de cliënt.",
    "coach.note.ask": "Je aantekening bij {name}:",
    "coach.note.saved": "Je aantekening bij {name} is bewaard.",
    "coach.note.saved_session": "Je aantekening bij {name}, sessie {number}, is bewaard.",
    "coach.export.written": "Alles wat je over {name} bewaart staat in {path}.",
    "coach.forget.needs_yes": (
        "{name} wissen kan niet ongedaan gemaakt worden; in een script is --yes nodig."
    ),
    "coach.forget.what": (
        "Dit wist alles wat je over {name} bewaart: {records} notities en gegevens, "
        "{notes} aantekeningen en voorstellen van jou, de planning en de ladder. "
        "Dat kan niet ongedaan gemaakt worden."
    ),
    "coach.forget.backups": (
        "De automatische reservekopieën van je coachopslag ({count}) gaan ook weg, want daar "
        "staat de cliënt ook in."
    ),
    "coach.forget.ask": "Deze cliënt wissen?",
    "coach.forget.keep": "nee, bewaren",
    "coach.forget.confirm": "ja, wissen",
    "coach.forget.kept": "Er is niets gewist.",
    "coach.forget.done": "{name} is gewist uit je coachopslag.",
    "coach.forget.backups_gone": (
        "De automatische reservekopieën van je coachopslag ({count}) zijn ook weg: daar stonden "
        "alle cliënten in zoals ze toen waren."
    ),
    "coach.forget.files": (
        "Bestanden die je zelf hebt bewaard (ontvangen exports, verslagen, coachexports) blijven "
        "staan: verwijder die ook."
    ),
    "export.read.empty": "Dit bestand is leeg; het is geen export.",
    "export.read.secret_key": (
        "Dit is een geheime sleutel, geen export. Houd hem voor jezelf, en geef herstel het "
        "exportbestand."
    ),
    "coach.forget.wal_pending": (
        "Een andere herstel heeft de opslag open; de laatste sporen gaan weg zodra die sluit "
        "en herstel coach weer draait."
    ),
    "coach.prepare.title": "Sessie {number}, {day}",
    "coach.prepare.energy": "De energie was gemiddeld {average} in deze dagen.",
    "coach.prepare.note_heading": "De notitie van de cliënt voor deze sessie",
    "coach.prepare.nothing": "Over deze tijd is niets gedeeld.",
    "coach.prepare.new_heading": "Iets nieuws dat de cliënt probeerde",
    "coach.prepare.colour.red": "Rood op de ladder:",
    "coach.prepare.colour.orange": "Oranje op de ladder:",
    "coach.prepare.colour.green": "Groen op de ladder:",
    "coach.prepare.colour.none": "Niet op de ladder:",
    "coach.prepare.limit.near": "dicht bij de grens",
    "coach.prepare.limit.crossed": "over de grens",
    # --- insights ---
    "help.insights": (
        "Wat je eigen gegevens laten zien: je energie door de tijd, wat samengaat met je energie, "
        "je eigen vroege signalen, patronen en oefenen."
    ),
    "help.insights.period": (
        "Over welke periode: current of huidig (sinds de laatste sessie), een aantal weken of "
        "maanden terug (4w, 3m), of all of alles (de standaard)."
    ),
    "meta.period": "PERIODE",
    "insights.period_bad": (
        "--period '{value}': kies current, all, of een aantal weken of maanden, zoals 4w of 3m."
    ),
    "insights.title": "Wat je dagen laten zien",
    "insights.window": "{first} tot en met {last}: {count} check-ins.",
    "insights.window_one": "{first} tot en met {last}: 1 check-in.",
    "insights.nothing": (
        "Er is nog niets om naar te kijken. Als je een week of twee hebt ingecheckt, zie je hier "
        "je eigen patronen."
    ),
    "insights.energy_heading": "Verloop van de energie",
    "insights.chart.legend_no_sessions": (
        "{daily} je energie per dag, {average} het gemiddelde over 7 dagen, van {first} links tot "
        "{last} rechts."
    ),
    "insights.chart.legend": (
        "{daily} je energie per dag, {average} het gemiddelde over 7 dagen, van {first} links tot "
        "{last} rechts; de verticale lijnen zijn je sessies, met hun nummer eronder."
    ),
    "insights.chart.too_narrow": "Het venster is te smal voor de grafiek.",
    "insights.chart.too_few": "Voor een grafiek zijn minstens twee check-ins nodig.",
    "insights.weekly": (
        "Week voor week, het gemiddelde van {count} weken ({first} tot en met {last}):"
    ),
    "insights.dimension.energy": "energie",
    "insights.dimension.sleep_hours": "uren slaap",
    "insights.dimension.sleep_quality": "slaapkwaliteit",
    "insights.dimension.food": "eten",
    "insights.dimension.movement": "bewegen (min)",
    "insights.dimension.relaxation": "ontspanning (min)",
    "insights.dimension.structure": "dagstructuur",
    "insights.factors_heading": "Wat samengaat met je energie",
    "insights.energy_word": "je energie",
    "insights.quoted": "'{text}'",
    "insights.cond.sleep_hours": "Na een nacht van meer dan {x} slaap",
    "insights.cond.sleep_quality": "Na slaap met een cijfer boven de {x}",
    "insights.cond.food": "Op dagen met een cijfer boven de {x} voor eten",
    "insights.cond.movement": "Op dagen met meer dan {x} bewegen",
    "insights.cond.relaxation": "Op dagen met meer dan {x} ontspanning",
    "insights.cond.structure": "Op dagen met een cijfer boven de {x} voor de dagstructuur",
    "insights.cond.giver": "Op dagen met {name} bij de energiegevers",
    "insights.cond.drainer": "Op dagen met {name} bij de energievreters",
    "insights.cond.exercise": "Op dagen met de oefening {name}",
    "insights.finding.same_day": (
        "{cond} was {energy} die dag gemiddeld {with_}, over {with_days} dagen; op de "
        "{without_days} andere dagen was het {without}."
    ),
    "insights.finding.next_day": (
        "{cond} was {energy} een dag later gemiddeld {with_}, over {with_days} dagen; op de "
        "{without_days} andere dagen was het {without}."
    ),
    "insights.factor.sleep_hours": "uren slaap",
    "insights.factor.sleep_quality": "slaapkwaliteit",
    "insights.factor.food": "eten",
    "insights.factor.movement": "bewegen",
    "insights.factor.relaxation": "ontspanning",
    "insights.factor.structure": "dagstructuur",
    "insights.factor.giver": "energiegever",
    "insights.factor.drainer": "energievreter",
    "insights.factor.exercise": "oefening",
    "insights.factors_none": (
        "Nog te weinig dagen om te zien wat samengaat met je energie. Na nog een paar weken "
        "check-ins valt hier meer te zien."
    ),
    "insights.factors_small": (
        "Niets ging samen met een verschil van een punt energie of meer, over een week aan "
        "dagen of meer aan beide kanten."
    ),
    "insights.factors_more": (
        "{count} kleinere verschillen staan hier niet; herstel insights --json geeft ze allemaal."
    ),
    "insights.weekly_one": "De week van {first} tot en met {last}, het gemiddelde:",
    "insights.together": (
        "Bij elkaar hadden {count} dagen weinig energie of een overschreden grens, of allebei."
    ),
    "coach.insights.crossings": "Dagen over de grens: {count}.",
    "insights.factors_more_one": (
        "Eén kleiner verschil staat hier niet; herstel insights --json geeft ze allemaal."
    ),
    "coach.insights.factors_more": (
        "{count} kleinere verschillen staan hier niet; herstel coach report --json geeft ze "
        "allemaal."
    ),
    "coach.insights.factors_more_one": (
        "Eén kleiner verschil staat hier niet; herstel coach report --json geeft ze allemaal."
    ),
    "coach.insights.factors_none": "Nog te weinig dagen om te zien wat samengaat met de energie.",
    "insights.times": "{count} keer",
    "insights.times_one": "één keer",
    "insights.weeks": "{count} weken",
    "insights.weeks_one": "1 week",
    "insights.practice_week": "De laatste week: {counts}",
    "command.unsafe": (
        "Deze terminal kan de opdracht niet laten zien zoals hij is; herstel insights --json geeft "
        "hem helemaal."
    ),
    "insights.factors_thin": "Aan één kant nog te weinig dagen om te vergelijken: {names}.",
    "insights.not_cause": (
        "Dit ging samen op jouw dagen; dat zegt niet dat het ene het andere veroorzaakt."
    ),
    "insights.warnings_heading": "Je eigen vroege signalen",
    "insights.warnings_thin": (
        "Nog te weinig dagen om te zien welke signalen vóór een dag met weinig energie komen."
    ),
    "insights.low_days": "Dagen met weinig energie (energie {energy} of lager): {count}.",
    "insights.crossings": "Dagen waarop je over je grens ging: {count}.",
    "insights.warnings_none": (
        "Er springt nog geen signaal uit in de twee dagen vóór een dag met weinig energie of een "
        "overschreden grens."
    ),
    "insights.warning": (
        "{what} kwam in de twee dagen vóór {events} van die {of_events} dagen. {otherwise}"
    ),
    "insights.warning.never": "Genoteerd op {days} dagen, nooit op andere momenten.",
    "insights.warning.once": "Genoteerd op {days} dagen, één keer op een ander moment.",
    "insights.warning.more": "Genoteerd op {days} dagen, waarvan {count} op andere momenten.",
    "insights.ladder_add": "Op je ladder zetten:",
    "insights.on_ladder": "Staat al op je ladder ({colour}).",
    "insights.good_heading": "Tekenen dat het goed gaat",
    "insights.good": (
        "{what}, een teken dat het klopt, kwam op {events} van de {of_events} dagen met de meeste "
        "energie ({energy} of meer). {otherwise}"
    ),
    "insights.good.never": "Genoteerd op {days} dagen, nooit op andere dagen.",
    "insights.good.once": "Genoteerd op {days} dagen, één keer op een andere dag.",
    "insights.good.more": "Genoteerd op {days} dagen, waarvan {count} op andere dagen.",
    "insights.patterns_heading": "Patronen, maand voor maand",
    "insights.patterns_none": "Geen patroonnotities in deze tijd.",
    "insights.belief.perfection": "perfecte resultaten",
    "insights.belief.no-burden": "nooit tot last zijn",
    "insights.belief.nothing-wrong": "niets mag misgaan",
    "insights.belief.expectations": "aan verwachtingen voldoen",
    "insights.belief.other": "in eigen woorden",
    "insights.belief.none": "nog geen overtuiging",
    "insights.new_heading": "Nieuw gedrag dat je uitprobeerde",
    "insights.earlier": "(en nog {count} van eerder, hier niet getoond)",
    "insights.exercises_heading": "Oefeningen, week voor week",
    "insights.practice": "{name}: {times} in {weeks}, met {per_week} keer per week als voornemen.",
    "insights.practice_free": "{name}: {times} in {weeks}.",
    "insights.practice_weeks": "De laatste {count} weken: {counts}",
    "coach.insights.factors_heading": "Wat samengaat met de energie",
    "coach.insights.energy_word": "de energie",
    "coach.insights.not_cause": (
        "Dit ging samen op de dagen van de cliënt; dat zegt niet dat het ene het andere "
        "veroorzaakt."
    ),
    "coach.insights.warnings_heading": "Vroege signalen van de cliënt",
    "coach.insights.ladder_add": "Voor de ladder, op de computer van de cliënt:",
    "coach.insights.on_ladder": "Staat al op de ladder ({colour}).",
    "coach.insights.good_heading": "Tekenen dat het goed gaat",
    "insights.whole_heading": "Over het hele traject",
    "coach.insights.new_heading": "Nieuw gedrag dat de cliënt uitprobeerde",
    # herstel demo
    "help.demo": (
        "Vul een lege herstel-map met een verzonnen dagboek van een paar maanden, om rond te "
        "kijken. Probeer het in een eigen map: herstel --home /tmp/herstel-demo demo"
    ),
    "help.demo.weeks": "Hoeveel weken dagboek de demo bevat (standaard {default}).",
    "help.demo.seed": "Een ander getal geeft een ander verzonnen dagboek (standaard {default}).",
    "demo.own_folder": (
        "De demo hoort in een eigen map, los van je dagboek. Probeer: herstel --home {folder} demo"
    ),
    "demo.not_empty": (
        "In deze herstel-map staat al een dagboek; de demo vult alleen een lege map. "
        "Probeer: herstel --home {folder} demo"
    ),
    "demo.done": "Een verzonnen dagboek van {weeks} weken staat klaar in {home}.",
    "demo.look": "Kijk gerust rond:",
    # het verslag als pagina (prepare --html, coach report --html)
    "help.html": (
        "Zet het op een pagina met grafieken, om in een browser te openen of op A4 te printen "
        "('-': stdout)."
    ),
    "html.chart.energy": "Energie (0-10)",
    "html.chart.daily": "Energie die dag",
    "html.chart.average": "Gemiddelde over 7 dagen",
    "html.chart.sessions": "Sessies",
    "html.chart.period": "Deze periode",
    "html.chart.caption": (
        "Energie per dag van {first} tot en met {last} ({count} check-ins). De stippellijnen zijn "
        "de sessies, met hun nummer erboven."
    ),
    "html.chart.caption_no_sessions": (
        "Energie per dag van {first} tot en met {last} ({count} check-ins)."
    ),
    "html.weekly.question": "Check-in",
    "html.weekly.per_week": "Gemiddelde per week",
    "html.weekly.ends": "Eerste en laatste week",
    "html.weekly.values": "{name}, per week: {values}",
    "html.chart.session_dates": "Sessies: {sessions}.",
    "html.chart.session": "{number} op {day}",
    "coach.html.footer": (
        "Gemaakt door herstel op deze computer, zonder internet. Op deze pagina staat "
        "gezondheidsinformatie van je cliënt: bewaar hem net zo zorgvuldig als een cliëntdossier."
    ),
    "file.no_name": "De bestandsnaam is leeg; geef het bestand op waar het in moet.",
    "html.period": "{first} tot en met {last}",
    "html.fact.client": "Cliënt",
    "html.fact.period": "Periode",
    "html.fact.made": "Gemaakt op",
    "html.made": "Gemaakt op {day}",
    "html.footer": (
        "Gemaakt door herstel op deze computer, zonder internet. Wat op deze pagina staat is "
        "persoonlijk: bewaar het net zo zorgvuldig als een brief van je huisarts."
    ),
    # --- issue 19: restore and backup ---
    "backup.checked": "Gecontroleerd: de kopie is in orde.",
    "backup.damaged": (
        "Je dagboek is beschadigd, dus er kon geen goede kopie gemaakt worden; er is niets "
        "naar {path} geschreven. Zet een recente backup terug met: herstel restore BESTAND"
    ),
    # --- issue 19: text from another person ---
    # --- issue 19: files herstel reads, settings ---
    "export.read.too_much_work": (
        "Dit bestand vraagt veel meer rekenwerk om te openen dan een export van herstel; het "
        "wordt niet geopend."
    ),
    "settings.damaged": (
        "Let op: het instellingenbestand {path} kon niet gelezen worden, dus herstel gaat verder "
        "zonder (je dagboek is in orde). Haal het weg om deze melding kwijt te raken; "
        "'herstel config' laat je instellingen zien."
    ),
    "export.read.too_many": (
        "Dit is geen export: er staan veel meer gegevens in dan een dagboek ooit heeft."
    ),
    "file.no_name_read": "De bestandsnaam is leeg; geef op welk bestand herstel moet lezen.",
    "file.not_a_file": (
        "{path} is geen gewoon bestand (een pipe of een apparaat?); geef het bestand zelf op."
    ),
    "file.not_a_file_out": (
        "{path} is geen gewoon bestand (een pipe of een apparaat?), dus herstel schrijft er niet "
        "in; kies een andere naam."
    ),
    # --- issue 19: errors that say the cause ---
    "error.busy": (
        "Een andere herstel schrijft net in je dagboek. Er is niets veranderd; probeer het zo "
        "nog eens."
    ),
    "error.disk_full": (
        "De schijf is vol. Er is niets veranderd; maak wat ruimte vrij en probeer het opnieuw."
    ),
    "error.read_only": (
        "herstel kan niets opslaan in {path}: die map is alleen-lezen. Er is niets veranderd."
    ),
    "error.not_allowed": "herstel mag {path} niet gebruiken. Er is niets veranderd.",
    "clock.zone_out_of_range": (
        "De tijdzone in TZ ligt een dag of meer van UTC af, en dat kan niet kloppen; herstel "
        "rekent deze keer in UTC."
    ),
    # --- issue 19: the coach's key ---
    "meta.fingerprint": "VINGERAFDRUK",
    "help.export.new_coach_key": (
        "Bevestig de nieuwe sleutel van je coach met de vingerafdruk (zoals export hem laat "
        "zien), zonder dat herstel het vraagt."
    ),
    "export.coach_key_changed": (
        "De sleutel van je coach is veranderd sinds je vorige export (eerst {old}, nu {new}); er "
        "is niets geschreven. Heeft je coach bevestigd dat {new} de nieuwe sleutel is? Doe dan "
        "herstel export in een terminal, of voeg --new-coach-key '{new}' toe."
    ),
    "export.new_key_differs": (
        "Dat is niet de vingerafdruk van de coachsleutel die nu is ingesteld ({fingerprint}); er "
        "is niets geschreven."
    ),
    "export.new_key_bad": (
        "Na --new-coach-key komt de vingerafdruk van de nieuwe sleutel, zoals herstel hem liet "
        "zien: 20 tekens, 0-9 en a-f."
    ),
    "export.key_changed.title": "De sleutel van je coach is veranderd sinds je vorige export.",
    "export.key_changed.old": "  vorige export:  {fingerprint}",
    "export.key_changed.new": "  nu:             {fingerprint}",
    "export.key_changed.check": (
        "Lees de nieuwe vingerafdruk voor aan je coach, of vraag je coach de zijne voor te lezen "
        "(herstel coach key laat hem zien): ze horen hetzelfde te zijn. Heb je de sleutel niet "
        "zelf veranderd? Stop dan hier."
    ),
    "export.key_changed.ask": "Deze export versleutelen voor de nieuwe sleutel?",
    "export.key_changed.stop": "nee, hier stoppen",
    "export.key_changed.go_on": "ja, het is de nieuwe sleutel van mijn coach",
    "export.key_changed.kept": "Er is niets geschreven; je volgende export vraagt het opnieuw.",
    "config.coach_key_shown": "{key}  (vingerafdruk {fingerprint})",
    "config.coach_key_new": (
        "De vingerafdruk: {fingerprint}. Vergelijk hem met die van je coach: herstel coach key "
        "laat je coach dezelfde zien."
    ),
    "config.coach_key_old": "De sleutel die hij vervangt had de vingerafdruk {fingerprint}.",
    "coach.key_fingerprint": (
        "De vingerafdruk: {fingerprint}. Je cliënt ziet dezelfde bij herstel config: lees hem "
        "elkaar voor, dan weet je het zeker."
    ),
    # --- issue 20: the one trend ---
    "coach.clients.energy_note": (
        "Energie: het gemiddelde van de laatste {days} dagen; stijgend of dalend vergelijkt dat "
        "met de {days} dagen daarvoor (zodra beide {least} check-ins hebben)."
    ),
    "coach.trend.too_few": (
        "Nog te weinig check-ins om te zeggen hoe de energie gaat (herstel vergelijkt de laatste "
        "{days} dagen met de {days} daarvoor)."
    ),
    "prepare.sparkline": (
        "Energie per dag, {first} tot en met {last} (0 tot 10; een punt is een dag zonder "
        "check-in): {spark}"
    ),
    "trend.rising": "stijgend",
    "trend.falling": "dalend",
    "trend.steady": "gelijk",
    "trend.named": (
        "{direction}: de laatste {days} dagen ({recent}) tegenover de {days} daarvoor ({before})"
    ),
    "trend.line": "Energie {words}.",
    "trend.too_few": (
        "Nog te weinig check-ins om te zeggen hoe je energie gaat (herstel vergelijkt de laatste "
        "{days} dagen met de {days} daarvoor)."
    ),
    "duration.hours": "{hours} uur",
    "duration.minutes": "{minutes} min",
    "duration.hours_minutes": "{hours} uur {minutes} min",
    # --- issue 20: the client's own words ---
    "export.shared": "{records} gegevens, waarvan {entries} uit je dagboek",
    "prepare.colour.fit": "Signalen dat het bij je paste:",
    "coach.prepare.colour.fit": "Signalen dat het paste:",
    "prepare.words_heading": "In je eigen woorden",
    "coach.prepare.words_heading": "In eigen woorden",
    "prepare.words.signal": "signaal: {title}",
    "prepare.words.checkin": "notitie bij de check-in",
    "prepare.words.pattern": "patroonnotitie",
    "prepare.words.practice": "{title} geoefend",
    "prepare.words.session": "notitie bij sessie {title}",
    "prepare.words.bio": "terugblik: {title}",
    "prepare.words.fit.yes": "het klopte",
    "prepare.words.fit.no": "het klopte niet",
    "prepare.words.field.signal.location": "waar",
    "prepare.words.field.signal.situation": "wat er speelde",
    "prepare.words.field.signal.response": "wat ermee gedaan is",
    "prepare.words.field.checkin.note": "notitie",
    "prepare.words.field.practice.note": "notitie",
    "prepare.words.field.session.note": "notitie",
    "prepare.words.field.pattern.situation": "situatie",
    "prepare.words.field.pattern.behaviour": "wat er gedaan is",
    "prepare.words.field.pattern.consequence": "waar het toe leidde",
    "prepare.words.field.pattern.unnoticed": "de keuze die onbewust gemaakt is",
    "prepare.words.field.pattern.belief_text": "de overtuiging, in eigen woorden",
    "prepare.words.field.pattern.new_behaviour": "nieuw gedrag dat geprobeerd is",
    "prepare.words.field.pattern.reflection": "terugkijkend",
    "prepare.words.field.bio.text": "wat er gebeurde",
    "prepare.words.field.bio.drives": "wat dreef en bewoog",
    "prepare.words.field.bio.pattern": "patroon dat opviel",
    # --- issue 20: insights ---
    "insights.weekly_last": (
        "Week voor week, de laatste {count} van {total} weken ({first} tot en met {last}), het "
        "gemiddelde van elke week:"
    ),
    "insights.x.hours": "{hours} uur",
    "insights.x.minutes": "{minutes} minuten",
    "insights.x.minutes_30": "een half uur",
    "insights.x.minutes_60": "een uur",
    "insights.x.minutes_90": "anderhalf uur",
    # --- issue 20: forms and drafts ---
    "date.before_start": "voordat je traject begon ({began})",
    "date.long_ago": "{days} dagen geleden",
    "date.saved_anyway": (
        "Bewaard op {day}, dat is {reason}. Was die datum een vergissing? Met herstel delete "
        "haal je het weer weg."
    ),
    "date.confirm": "{day} is {reason}. Op die dag bewaren?",
    "date.confirm.no": "nee, ik bedoelde een andere dag",
    "date.confirm.yes": "ja, die dag",
    "date.not_saved": "Er is niets bewaard; geef de dag opnieuw met --date of --at.",
    "draft.kept": (
        "Gestopt. Wat je typte is bewaard: de volgende keer biedt {command} aan om verder te gaan."
    ),
    "draft.when": "{day} om {time}",
    "draft.offer.checkin": (
        "Je was begonnen aan een check-in voor {day} ({when}) en stopte. Verder gaan?"
    ),
    "draft.offer.signal": "Je was begonnen een signaal op te schrijven ({when}). Verder gaan?",
    "draft.offer.pattern": "Je was begonnen aan een patroonnotitie ({when}). Verder gaan?",
    "draft.offer.bio": "Je was begonnen aan een terugblik ({when}). Verder gaan?",
    "draft.offer.practice": "Je was begonnen je oefening op te schrijven ({when}). Verder gaan?",
    "draft.go_on": "ja, verder waar ik gebleven was",
    "draft.start_again": "nee, opnieuw beginnen (wat ik toen typte vervalt)",
    "draft.dropped": "Wat je toen typte is weggegooid.",
    # --- issue 20: wording and dates ---
    "checkin.when.yesterday": "gisteren",
    "checkin.when.on": "op {day}",
    "checkin.ask_day.energy": "Hoeveel energie had je {when}? (0-10)",
    "checkin.ask_day.sleep_hours": "Hoeveel uur heb je geslapen in de nacht voor {day}?",
    "checkin.ask_day.sleep_quality": "Hoe goed heb je die nacht geslapen? (1-5)",
    "checkin.ask_day.food": "Hoe regelmatig en voedzaam heb je die dag gegeten? (1-5)",
    "checkin.ask_day.movement": "Hoeveel minuten heb je die dag bewogen?",
    "checkin.ask_day.relaxation": "Hoeveel minuten ontspanning of rust had je die dag?",
    "checkin.ask_day.structure": "Lukte het die dag om je dagstructuur aan te houden? (1-5)",
    "checkin.ask_day.givers": (
        "Wat gaf je die dag energie? (met komma's ertussen, mag je overslaan)"
    ),
    "checkin.ask_day.drainers": (
        "Wat kostte je die dag energie? (met komma's ertussen, mag je overslaan)"
    ),
    "checkin.ask_morning.food": (
        "Hoe regelmatig en voedzaam heb je vandaag tot nu toe gegeten? (1-5)"
    ),
    "checkin.ask_morning.movement": "Hoeveel minuten heb je vandaag tot nu toe bewogen?",
    "checkin.ask_morning.relaxation": (
        "Hoeveel minuten ontspanning of rust heb je vandaag tot nu toe gehad?"
    ),
    "checkin.ask_morning.structure": (
        "Lukt het vandaag tot nu toe om je dagstructuur aan te houden? (1-5)"
    ),
    "checkin.ask_morning.givers": (
        "Wat heeft je vandaag tot nu toe energie gegeven? (met komma's ertussen, mag je overslaan)"
    ),
    "checkin.ask_morning.drainers": (
        "Wat heeft je vandaag tot nu toe energie gekost? (met komma's ertussen, mag je overslaan)"
    ),
    "log.sleep_quality": "slaapkwaliteit {value}/5",
    "hours.unknown": "Bij {name} hoort een aantal uren, zoals 7,5, 7:30 of 7u30; niet '{value}'.",
    "hours.minutes": (
        "{name}: de minuten na de uren gaan tot 59, zoals in 7:45; '{value}' heeft er {minutes}."
    ),
    "date.ambiguous": (
        "'{value}' kan {day_first} of {month_first} zijn; schrijf {day_first_iso} of "
        "{month_first_iso} (jaar-maand-dag)."
    ),
    # --- issue 20: output ---
    "plan.cancelled_hint": (
        "Er blijven {count} sessies over. Wil je hem liever op een andere dag inplannen? Draai "
        "het terug met herstel plan cancel {number} --undo, en dan herstel plan move {number} "
        "--to DATUM."
    ),
    "overview.coach_home": (
        "Dit is de map van een coach: je cliënten (herstel coach --help voor meer)."
    ),
    # --- issue 21: back to work ---
    "help.work_hours": (
        "Uren gewerkt die dag, bijv. 2,5 of 2:30 (op een dag waarop je opbouw werk plant)."
    ),
    "help.carried_by": "Wat je dag droeg: bezieling, wilskracht, of geen van beide.",
    "help.work_giver": "Iets op je werk wat je energie gaf (herhaal de optie voor meer).",
    "help.work_drainer": "Iets op je werk wat je energie kostte (herhaal de optie voor meer).",
    "checkin.ask.work_hours": "Hoeveel uur heb je gewerkt?",
    "checkin.ask.carried_by": "Wat droeg je vandaag: bezieling, wilskracht, of geen van beide?",
    "checkin.ask.work_givers": (
        "Wat gaf je op je werk energie? (met komma's ertussen, mag je overslaan)"
    ),
    "checkin.ask.work_drainers": (
        "Wat kostte je op je werk energie? (met komma's ertussen, mag je overslaan)"
    ),
    "checkin.field.work_hours": "uren gewerkt",
    "checkin.field.carried_by": "gedragen door",
    "checkin.field.work_givers": "gevers op het werk",
    "checkin.field.work_drainers": "vreters op het werk",
    "checkin.carried_by.skip": "overslaan",
    "checkin.carried_by.meaning": "bezieling",
    "checkin.carried_by.willpower": "wilskracht",
    "checkin.carried_by.neither": "geen van beide",
    "config.label.contract-hours": "contract-hours",
    "config.label.sick-since": "sick-since",
    "config.label.company-doctor": "company-doctor",
    "config.hours_week": "{hours} uur per week",
    "weekday.mon": "ma",
    "weekday.tue": "di",
    "weekday.wed": "wo",
    "weekday.thu": "do",
    "weekday.fri": "vr",
    "weekday.sat": "za",
    "weekday.sun": "zo",
    "meta.step": "STAP",
    "meta.hours": "UREN",
    "help.work": (
        "Weer aan het werk: het opbouwschema dat je met je bedrijfsarts afsprak, week voor week "
        "naast de uren die je werkte, met een voorstel om te bespreken."
    ),
    "help.work.step": "De stappen van je opbouw: een stap toevoegen, wijzigen of verwijderen.",
    "help.work.step.add": (
        "Een stap toevoegen: vanaf wanneer, hoeveel dagen per week, hoeveel uur per dag."
    ),
    "help.work.step.edit": "Een stap wijzigen: geef alleen wat verandert.",
    "help.work.step.delete": "Een stap verwijderen; de uren die je noteerde blijven.",
    "help.work.which": "De stap: het nummer in 'herstel work' (1, 2, ...) of het begin van de id.",
    "help.work.from": "De eerste dag van de stap.",
    "help.work.to": "De laatste dag (weggelaten: tot de volgende stap begint).",
    "help.work.to_edit": "De laatste dag; 'geen' laat hem lopen tot de volgende stap begint.",
    "help.work.days": "Dagen per week (1-7).",
    "help.work.weekdays": "Welke dagen, bijv. ma,do of mon,thu (evenveel als --days).",
    "help.work.hours": "Uren per dag, bijv. 2 of 1:30.",
    "help.work.tasks": (
        "De taken: presence (alleen aanwezig zijn), light (rustige, duidelijke taken), content "
        "(inhoudelijke taken), full (je eigen werk)."
    ),
    "help.work.mode": "therapeutic (arbeidstherapie) of regular (betaald werk; standaard).",
    "help.work.advice_on": "De datum van het advies van de bedrijfsarts.",
    "help.work.note": "Een notitie bij de stap.",
    "help.work.done": "Je werkt weer je volle uren: de opbouw is klaar (vandaag, of --date).",
    "help.work.done_date": "De eerste dag weer op volle uren.",
    "help.work.undo": "De opbouw loopt weer.",
    "help.work.summary": (
        "Voor de bedrijfsarts: per week de geplande en gewerkte uren en het deel van je "
        "contract, en verder niets."
    ),
    "help.work.markdown": "Schrijf het overzicht als Markdown naar BESTAND ('-': naar het scherm).",
    "help.work.html": "Schrijf het overzicht als webpagina naar BESTAND ('-': naar het scherm).",
    "work.weekday_unknown": (
        "{name}: '{value}' is geen dag van de week (ma, di, ... of mon, tue, ...)."
    ),
    "work.weekdays_count": "--weekdays noemt {count} dagen en --days zegt {days}; maak ze gelijk.",
    "work.hours_week": "Dat is {hours} uur per week; een stap gaat tot {limit}.",
    "work.ends_before_start": (
        "Een stap kan niet eindigen voor hij begint; kijk nog even naar --from en --to."
    ),
    "work.before_trajectory": "Een stap kan niet beginnen voor je traject begon ({began}).",
    "work.before_sick_since": "Een stap kan niet beginnen voor je ziekteverlof begon ({since}).",
    "work.overlap": (
        "Deze stap valt samen met de stap vanaf {other}; stappen volgen elkaar op. Geef die ander "
        "een einde met 'herstel work step edit', of kies andere data."
    ),
    "work.sick_since_future": "sick-since kan niet in de toekomst liggen ({day}).",
    "work.sick_since_after_step": (
        "sick-since kan niet na de eerste stap van je opbouw liggen ({first})."
    ),
    "work.no_step_on_day": (
        "Geen stap van je opbouw valt op die dag, dus er zijn geen gewerkte uren te noteren; zet "
        "de stap eerst klaar met 'herstel work step add'."
    ),
    "work.no_steps": (
        "Je opbouw heeft nog geen stappen; voeg er een toe met 'herstel work step add'."
    ),
    "work.step_unknown": (
        "'{value}' is geen van je stappen; geef het nummer (1-{count}) zoals 'herstel work' "
        "het laat zien."
    ),
    "work.too_many_steps": "Een opbouw heeft hoogstens {limit} stappen.",
    "work.after_done": (
        "Je opbouw was klaar op {day}; een stap kan daarna niet beginnen (eerst 'herstel work "
        "done --undo')."
    ),
    "work.done_before_start": "De opbouw kan niet klaar zijn voor de eerste stap begon ({first}).",
    "work.edit_nothing": "Zeg wat er verandert, bijv. --hours 3 of --to 2027-02-14.",
    "work.step_added": "Stap toegevoegd: {line}",
    "work.step_added_hint": "Hoe het week voor week gaat: herstel work",
    "work.step_changed": "Stap gewijzigd: {line}",
    "work.step_unchanged": "Niets veranderd: {line}",
    "work.step_deleted": "Stap verwijderd: {line}",
    "work.step_line": "{number}. vanaf {since}, {days} x {hours} = {week} per week, {tasks}",
    "work.days_named": "{days} dagen ({weekdays})",
    "work.days_count": "{days} dagen",
    "work.marked_done": (
        "Vanaf {day} weer je volle uren: de opbouw is klaar. Mooi dat je hier bent."
    ),
    "work.undone": "De opbouw loopt weer.",
    "work.not_done": "De opbouw was niet klaar; er is niets veranderd.",
    "work.summary_where": "Zeg waar het overzicht heen moet: --markdown BESTAND of --html BESTAND.",
    "work.summary_done": (
        "Overzicht geschreven naar {path}. Er staan alleen de uren in, verder niets."
    ),
    "work.hours_short": "{hours} u",
    "work.days_on": "{days} ({weekdays})",
    "work.tasks.presence": "alleen aanwezig zijn",
    "work.tasks.light": "rustige, duidelijke taken",
    "work.tasks.content": "inhoudelijke taken",
    "work.tasks.full": "eigen werk",
    "work.mode.therapeutic": "arbeidstherapie",
    "work.mode.regular": "betaald werk",
    "work.title": "Weer aan het werk",
    "work.contract": "contract {hours} uur per week",
    "work.sick_since": "ziek sinds {day} (week {week})",
    "work.company_doctor": "bedrijfsarts {name}",
    "work.none_yet": (
        "Nog geen opbouw. Als je met je bedrijfsarts de eerste stap afspreekt: herstel work step "
        "add --from DATUM --days 2 --hours 2 --tasks presence"
    ),
    "work.hint_contract": (
        "De uren van je contract geven elke stap zijn deel: herstel config set contract-hours 36"
    ),
    "work.open_end": "verder",
    "work.col.number": "#",
    "work.col.period": "periode",
    "work.col.days": "dagen",
    "work.col.day": "per dag",
    "work.col.week": "per week",
    "work.col.share": "van contract",
    "work.col.tasks": "taken",
    "work.col.week_of": "week van",
    "work.col.planned": "gepland",
    "work.col.done": "gewerkt",
    "work.col.energy": "energie",
    "work.col.crossed": "grens over",
    "work.col.orange_red": "oranje/rood",
    "work.done_on": "Sinds {day} weer op volle uren.",
    "work.weeks_title": "Week voor week",
    "work.week_coming": "{week} (komt nog)",
    "work.week_running": "{week} (nu)",
    "work.dip_lower": (
        "Op de dag of twee na een werkdag was je energie {after}, op andere dagen {other} "
        "({after_days} en {other_days} dagen): de dip kan later komen. Goed om op te letten."
    ),
    "work.dip_same": (
        "Op de dag of twee na een werkdag was je energie {after}, op andere dagen {other} "
        "({after_days} en {other_days} dagen)."
    ),
    "work.suggest.hold": (
        "Voor de komende week: misschien deze stap aanhouden. De week van {week}: {reasons}."
    ),
    "work.suggest.step_up": (
        "Voor de komende week: misschien een stap erbij. De week van {week}: {reasons}."
    ),
    "work.suggest.step_back": (
        "Voor de komende week: misschien een stap terug. De week van {week}: {reasons}."
    ),
    "work.talk_over": (
        "Iets om met je coach en je bedrijfsarts te bespreken; jullie beslissen samen."
    ),
    "work.ramp_done": "De opbouw is klaar: je werkt weer je volle uren.",
    "work.reason.crossed": "je ging over een grens",
    "work.reason.red": "een signaal stond op rood op je ladder",
    "work.reason.energy_fell": "je energie was een punt of meer lager dan de week ervoor",
    "work.reason.no_hours": "er zijn geen gewerkte uren genoteerd",
    "work.reason.hours_short": "minder uren dan gepland",
    "work.reason.crossed_twice": "je ging twee keer of vaker over een grens",
    "work.reason.two_steady": "twee rustige weken achter elkaar, met de geplande uren gewerkt",
    "work.reason.one_steady": "een rustige week; eerst nog een tweede",
    "work.therapeutic_guide": (
        "Je zit {weeks} weken in arbeidstherapie. De STECR-richtlijn zegt hoogstens vier; een "
        "rustig punt om met je bedrijfsarts te bespreken."
    ),
    "work.therapeutic_long": (
        "Je zit {weeks} weken in arbeidstherapie. UWV zegt in de regel niet langer dan zes; goed "
        "om met je bedrijfsarts te bespreken."
    ),
    "work.carried_part": "{answer} {days} dagen (energie {energy})",
    "work.carried": "Wat je dagen droeg: {parts}.",
    "work.milestones_title": "Komende Poortwachter-momenten (een leidraad, geen juridisch advies)",
    "work.milestones_hint": "Allemaal: herstel plan",
    "work.milestone.problem_analysis": "Probleemanalyse (week 6)",
    "work.milestone.plan_of_approach": "Plan van aanpak van de werkgever (week 8)",
    "work.milestone.evaluation": "Evaluatie van het plan van aanpak ({number})",
    "work.milestone.uwv_report": "Melding aan UWV (week 42)",
    "work.milestone.first_year": "Eerstejaarsevaluatie (week 46-52)",
    "work.milestone.wia": "WIA-aanvraag (week 91)",
    "work.milestone.end": "Einde van twee jaar ziekteverlof (week 104)",
    "work.milestone_neutral.problem_analysis": "Analyse",
    "work.milestone_neutral.plan_of_approach": "Plan",
    "work.milestone_neutral.evaluation": "Evaluatie",
    "work.milestone_neutral.uwv_report": "UWV-melding",
    "work.milestone_neutral.first_year": "Jaarevaluatie",
    "work.milestone_neutral.wia": "UWV-aanvraag",
    "work.milestone_neutral.end": "Week 104",
    "work.milestone_span": "{since} - {until}",
    "summary.title": "Gewerkte uren: {name}",
    "summary.made_on": "Gemaakt op {day}.",
    "summary.contract": "Contract: {hours} uur per week.",
    "summary.share_planned": "gepland, van contract",
    "summary.share_done": "gewerkt, van contract",
    "summary.no_weeks": "Nog geen weken.",
    "help.plan.milestones": (
        "Met --ics: ook de Poortwachter-momenten vanaf sick-since, met neutrale titels."
    ),
    "plan.milestones_without_ics": "--milestones hoort bij --ics BESTAND.",
    "plan.milestones": "Poortwachter-momenten, geteld vanaf je eerste ziektedag ({day})",
    "plan.milestone_week": "week {week}",
    "plan.milestone_past": "voorbij",
    "plan.col.week": "week",
    "plan.col.milestone": "moment",
    "plan.milestones_note": (
        "Een leidraad, geen juridisch advies: je werkgever en bedrijfsarts houden de data die "
        "tellen."
    ),
    "coach.col.work": "werk (stap: vorige week)",
    "work.glance_step": "stap {number}:",
    "work.glance_none": "nu geen stap:",
    "work.glance_week": "{done}/{planned}",
    "work.glance_done": "weer op volle uren",
    "work.report_week": (
        "Week van {week}: gepland {planned}, gewerkt {done} ({share}), energie {energy}, grens "
        "over {crossed}, oranje/rood {orange}/{red}"
    ),
    "work.report_talk_over": "Een voorstel om met de cliënt en de bedrijfsarts te bespreken.",
    "work.report_giver": "Op het werk gaf energie: {name} ({days} dagen, energie {energy})",
    "work.report_drainer": "Op het werk kostte energie: {name} ({days} dagen, energie {energy})",
    "work.report_focus": (
        "Voor de focus van het traject (bezieling, of de relatie met jezelf): dit zijn dagen en "
        "woorden om samen naar te kijken, geen oordeel."
    ),
    "work.none_yet_coach": "Nog geen opbouw.",
    "work.carried_coach": "Wat hun dagen droeg: {parts}.",
    "work.dip_lower_coach": (
        "Op de dag of twee na een werkdag was hun energie {after}, op andere dagen {other} "
        "({after_days} en {other_days} dagen): de dip kan later komen."
    ),
    "work.dip_same_coach": (
        "Op de dag of twee na een werkdag was hun energie {after}, op andere dagen {other} "
        "({after_days} en {other_days} dagen)."
    ),
    "work.reason.energy_fell_coach": "hun energie was een punt of meer lager dan de week ervoor",
    "work.reason.red_coach": "een signaal stond op rood op hun ladder",
    "work.therapeutic_guide_coach": (
        "{weeks} weken in arbeidstherapie; de STECR-richtlijn zegt hoogstens vier."
    ),
    "work.therapeutic_long_coach": (
        "{weeks} weken in arbeidstherapie; UWV zegt in de regel niet langer dan zes."
    ),
    "insights.carried_heading": "Wat je dagen draagt",
    "coach.insights.carried_heading": "Wat hun dagen draagt",
    "insights.carried_line": "{answer}: {days} dagen, energie {energy}",
    "init.ask.sick_since": "Ben je ziek gemeld? Sinds welke dag (Enter als dat niet zo is)?",
    "init.ask.contract_hours": "Hoeveel uur per week is je contract (Enter om over te slaan)?",
    "help.init.sick_since": "Je eerste ziektedag, voor de Poortwachter-momenten (mag je weglaten).",
    "help.init.contract_hours": (
        "De uren per week van je contract, voor je opbouw (mag je weglaten)."
    ),
    # --- issue 22: keys ---
    "coach.signing_made": (
        "Je ondertekensleutel staat in {path}: daarmee zien je cliënten dat wat je stuurt van "
        "jou komt. Bewaar hem net zo goed als je sleutel."
    ),
    "coach.signing_fingerprint": (
        "De vingerafdruk van je ondertekensleutel: {fingerprint}. Je cliënt ziet hem ook bij "
        "herstel config."
    ),
    "coach.signing_key_bad": (
        "{path} is geen ondertekensleutel die herstel kan lezen. Zet je kopie ervan terug, of "
        "zet hem opzij, dan maakt herstel een nieuwe (je cliënten zetten dan de nieuwe regel)."
    ),
    "config.signing_key_bad": (
        "Dat is geen coachsleutel zoals herstel coach key hem toont: age1... met daarachter "
        "+ed25519:.... Kopieer de hele regel."
    ),
    "config.signing_new": (
        "De vingerafdruk van de ondertekensleutel: {fingerprint}. herstel coach key toont je "
        "coach dezelfde."
    ),
    "config.signing_pinned": "ondertekensleutel {fingerprint}",
    "restore.key_restored": (
        "Je eigen sleutel is mee teruggezet, dus je exports gaan hier ook open."
    ),
    "restore.key_kept": (
        "De eigen sleutel van deze computer blijft zoals hij is; de sleutel in de backup was een "
        "andere en komt er niet voor in de plaats."
    ),
    "restore.key_failed": (
        "Je sleutel kon niet in {path} worden gezet; je dagboek zelf is teruggezet."
    ),
    # --- issue 22: wat de coach voorstelt, het pakketje, het ontvangen ------------------------
    "help.coach.goal": (
        "De doelen van het trajectplan: toevoegen, afronden, aanpassen of laten vallen. "
    ),
    "help.coach.goal.add": "Zet een doel in het trajectplan van een cliënt, bij een onderdeel.",
    "help.coach.goal.done": "Een doel is bereikt: zet het op klaar, met wat het heeft opgeleverd.",
    "help.coach.goal.edit": "Pas een doel aan: geef alleen wat verandert.",
    "help.coach.goal.drop": "Laat een doel vallen (het blijft in het plan staan, als losgelaten).",
    "help.goal.text": "Het doel, in één zin.",
    "help.goal.part": (
        "Het onderdeel van het plan: energy (energiebalans), biography (terugblik in de "
        "biografie), practice (de dagelijkse praktijk) of exercises (oefeningen tussen de sessies)."
    ),
    "help.goal.which": "Het doel: het nummer in 'herstel coach plan show' (1, 2, ...) of de id.",
    "help.goal.outcome": "Wat het heeft opgeleverd.",
    "help.goal.open": "Zet het doel weer open.",
    "meta.goal": "DOEL",
    "help.coach.plan": (
        "Het trajectplan van een cliënt: wat je voorstelt, de tekst, een verzette sessie."
    ),
    "help.coach.plan.show": "Alles wat je voorstelt, zoals het volgende pakketje het meeneemt.",
    "help.coach.plan.text": "De tekst van het trajectplan zelf (--edit: in je editor).",
    "help.plan_text": "De tekst; een lege tekst haalt hem weg.",
    "help.coach.plan.move": "Stel een andere dag of tijd voor een sessie van de cliënt voor.",
    "help.coach.exercise": "Oefeningen die je een cliënt voorstelt, voor tussen de sessies.",
    "help.coach.exercise.add": "Stel een oefening voor (nog eens met dezelfde naam: pas hem aan).",
    "help.coach.ladder": "Signalen die je voorstelt voor de signaleringsladder van een cliënt.",
    "help.coach.ladder.add": "Stel een signaal voor de ladder voor, of pas de kleur of actie aan.",
    "help.coach.step": "Stappen in de opbouw naar werk die je een cliënt voorstelt.",
    "help.coach.step.add": (
        "Stel een stap voor: vanaf wanneer, hoeveel dagen per week en uur per dag. "
    ),
    "help.coach.send": (
        "Eén bestand voor de cliënt met alles wat je voorstelt, door jou ondertekend en voor "
        "hen versleuteld."
    ),
    "help.coach.send_output": "Het bestand om te schrijven ('-': naar het scherm).",
    "help.coach.share": "De cliënt mag dit lezen: het gaat mee met het volgende pakketje.",
    "help.receive": (
        "Lees wat je coach je stuurde (het plan, oefeningen, de ladder, sessies) en neem het over."
    ),
    "help.receive.file": "Het bestand van je coach (weggelaten: het oudste in je inbox-map).",
    "help.receive.yes": "Neem het over zonder te vragen (nodig zonder terminal).",
    "goal.part.energy": "energiebalans",
    "goal.part.biography": "biografie",
    "goal.part.practice": "dagelijkse praktijk",
    "goal.part.exercises": "oefeningen",
    "goal.status.open": "open",
    "goal.status.done": "klaar",
    "goal.status.dropped": "losgelaten",
    "goal.outcome": "Wat het opleverde: {text}",
    "goal.per_week": "{n} keer per week",
    "coach.goal.saved_open": "Doel {number} voor {name} ({part}): {text}",
    "coach.goal.saved_done": "Doel {number} voor {name} is klaar: {text}",
    "coach.goal.saved_dropped": "Doel {number} voor {name} is losgelaten: {text}",
    "coach.goal.edit_nothing": "Zeg wat er verandert: --text, --part, --outcome of --open.",
    "coach.goal_unknown": (
        "Geen doel '{value}' bij deze cliënt; geef het nummer (1 tot en met {count}) of het "
        "begin van de id."
    ),
    "coach.plan.text_saved": "De tekst van het trajectplan voor {name} is bewaard.",
    "coach.plan.text_cleared": "Het trajectplan voor {name} heeft nu geen tekst.",
    "coach.plan.text_missing": "Geef de tekst na de naam van de cliënt, of gebruik --edit.",
    "coach.plan.moved": "Sessie {number} van {name}: voorgesteld op {day}",
    "coach.plan.at": "om {time}",
    "coach.plan.moved_along": "(en sessie {numbers} schuift mee)",
    "coach.exercise.saved": "Oefening voor {name}: {exercise}.",
    "coach.ladder.saved": "Signaal op de ladder van {name}: {signal} ({colour}).",
    "coach.step.saved": "Stap voor {name} vanaf {day}.",
    "coach.note.shared": "{name} kan hem lezen zodra je het volgende pakketje stuurt.",
    "coach.proposals.title": "Wat je {name} voorstelt",
    "coach.proposals.none": (
        "Nog niets. Begin met 'herstel coach goal add' of 'coach exercise add'. "
    ),
    "coach.proposals.plan_text": "Trajectplan:",
    "coach.proposals.goals": "Doelen:",
    "coach.proposals.exercises": "Oefeningen:",
    "coach.proposals.ladder": "Ladder:",
    "coach.proposals.sessions": "Sessies:",
    "coach.proposals.session": "sessie {number}: {day}",
    "coach.proposals.notes": "Aantekeningen die de cliënt mag lezen:",
    "coach.proposals.steps": "Terug naar werk:",
    "coach.proposals.step": "vanaf {day}: {days} dagen per week, {hours} uur per dag",
    "coach.proposals.send_hint": (
        "Pakketjes tot nu toe: {sent}. 'herstel coach send CLIËNT -o BESTAND' maakt het volgende."
    ),
    "coach.send.done": (
        "Pakketje {sequence} voor {name} ({items}) staat in {path}. Stuur het op; "
        "het is versleuteld voor hun sleutel."
    ),
    "coach.send.done_stdout": "Pakketje {sequence} voor {name} ({items}) geschreven.",
    "coach.send.items": "{count} onderdelen",
    "coach.send.items_one": "1 onderdeel",
    "send.no_client_key": (
        "De exports van {name} bevatten hun sleutel nog niet. Vraag om een export uit een "
        "herstel die dat wel doet (versie 3 van het formaat), en lees die eerst in."
    ),
    "packet.empty": "Dit bestand is leeg.",
    "packet.not_encrypted": "Dit is geen pakketje van je coach: het is niet versleuteld.",
    "packet.no_identity": (
        "Je eigen sleutel ontbreekt (client-identity.txt), dus dit pakketje gaat niet open. "
        "Een reservekopie heeft hem: 'herstel restore'."
    ),
    "packet.not_for_you": "Dit pakketje is niet voor jou: jouw sleutel past niet.",
    "packet.damaged": "Dit bestand is beschadigd en gaat niet open.",
    "packet.not_packet": "Dit is geen pakketje van herstel.",
    "packet.newer": (
        "Dit pakketje komt uit een nieuwere herstel (formaat {version}); werk herstel bij om "
        "het te lezen."
    ),
    "packet.bad_version": "De formaatversie van dit pakketje ({version}) is onbekend.",
    "packet.invalid": "Dit pakketje klopt niet (bij {where}); er is niets veranderd.",
    "packet.too_big": "Dit bestand is veel groter dan een pakketje van je coach kan zijn.",
    "packet.too_deep": "Dit bestand is dieper genest dan een pakketje kan zijn.",
    "packet.no_signing_key": (
        "Je hebt de ondertekensleutel van je coach nog niet vastgelegd, dus herstel kan niet "
        "zien dat dit pakketje van hen is. Vraag je coach wat 'herstel coach key' laat zien, "
        "en dan: herstel config set coach-key REGEL"
    ),
    "packet.bad_signature": (
        "Dit pakketje is niet ondertekend met de sleutel van je coach (vingerafdruk "
        "{fingerprint}), of het is onderweg veranderd. Er is niets veranderd."
    ),
    "packet.other_client": "Dit pakketje is voor een ander traject bedoeld. Er is niets veranderd.",
    "receive.no_file": "Geef het bestand van je coach, of zet het eerst in {inbox}.",
    "receive.your_coach": "je coach",
    "receive.title": "Van {coach}, gestuurd op {day}:",
    "receive.nothing_new": "Niets nieuws: alles is zoals je het al hebt.",
    "receive.same": "Dit pakketje ({sequence}) heb je al overgenomen; er is niets veranderd.",
    "receive.older": (
        "Dit pakketje ({sequence}) is ouder dan een dat je al overnam ({applied}); er is niets "
        "veranderd."
    ),
    "receive.plan_text_new": "De tekst van het trajectplan (hieronder)",
    "receive.plan_text_changed": "De tekst van het trajectplan is nieuw (hieronder)",
    "receive.plan_text_is": "Trajectplan:",
    "receive.goal_new": "Doel ({part}): {text}",
    "receive.goal_changed": "Doel aangepast ({part}): {text}",
    "receive.note": "Een aantekening van je coach: {text}",
    "receive.key_changed": "Je coach heeft een nieuwe sleutel; herstel gebruikt die vanaf nu",
    "receive.session_moved": "Sessie {number} gaat naar {when}",
    "receive.no_time": "geen vaste tijd",
    "receive.step_new": "Terug naar werk: een stap vanaf {day}",
    "receive.step_changed": "Terug naar werk: de stap vanaf {day} verandert",
    "receive.step_skipped": (
        "Terug naar werk: de stap vanaf {day} overlapt met een van jou, dus die blijft weg; "
        "bespreek het met je coach"
    ),
    "receive.exercise_new": "Nieuwe oefening: {name}",
    "receive.exercise_changed": "Oefening {name} verandert",
    "receive.ladder_new": "Op je ladder: {name}",
    "receive.ladder_changed": "Signaal {name} op je ladder verandert",
    "receive.field.description": "{value}",
    "receive.field.per_week": "{value} keer per week",
    "receive.field.type": "{value}",
    "receive.field.session": "afgesproken in sessie {value}",
    "receive.field.colour": "{value}",
    "receive.field.action": "wat je doet: {value}",
    "receive.field_name.name": "naam",
    "receive.field_name.description": "beschrijving",
    "receive.field_name.per_week": "keer per week",
    "receive.field_name.type": "soort",
    "receive.field_name.session": "sessie",
    "receive.field_name.colour": "kleur",
    "receive.field_name.action": "actie",
    "receive.field_name.planned_on": "dag",
    "receive.field_name.time": "tijd",
    "receive.field_name.starts_on": "eerste dag",
    "receive.field_name.ends_on": "laatste dag",
    "receive.field_name.days_per_week": "dagen per week",
    "receive.field_name.weekdays": "weekdagen",
    "receive.field_name.hours_per_day": "uren per dag",
    "receive.field_name.tasks": "taken",
    "receive.field_name.mode": "soort werk",
    "receive.field_name.advice_on": "advies van",
    "receive.field_name.note": "notitie",
    "receive.empty_value": "(niets)",
    "receive.yours_stay": "Waar je zelf iets hebt aangepast, blijft jouw versie staan:",
    "receive.session_name": "Sessie {number}",
    "receive.difference": "{name}, {field}: jij {yours}, je coach {coach}",
    "receive.ask": "Neem je dit over?",
    "receive.apply": "Ja, neem het over",
    "receive.later": "Nu niet",
    "receive.not_applied": "Er is niets veranderd. Later overnemen kan met 'herstel receive'.",
    "receive.needs_yes": "Voeg --yes toe om dit over te nemen (er is geen terminal om te vragen).",
    "receive.applied": "Overgenomen: {count} wijzigingen.",
    "receive.up_to_date": "Alles is bij.",
    "receive.see_plan": "'herstel plan' laat je trajectplan en de doelen zien.",
    "receive.put_aside": "Het bestand staat nu in {path}.",
    "overview.from_coach": "Er ligt iets van je coach klaar: herstel receive",
    "plan.trajectory_plan": "Trajectplan",
    "plan.goals": "Doelen",
    "plan.coach_notes": "Van je coach",
    # --- vragenlijsten (issue 22) ---
    "help.questionnaire": (
        "De vragenlijsten die je coach je vroeg in te vullen: wat er nog komt en wat je deed."
    ),
    "help.questionnaire.fill": (
        "Een vragenlijst invullen, één vraag tegelijk; elke vraag mag je overslaan."
    ),
    "help.questionnaire.name": (
        "De naam van de vragenlijst, zoals 'herstel questionnaire' die toont."
    ),
    "help.questionnaire.session": (
        "De sessie waarvoor hij is (anders: de eerstvolgende waarvoor hij gevraagd is)."
    ),
    "help.questionnaire.answers": (
        "Alle antwoorden tegelijk, op volgorde, met komma's ertussen; laat er een leeg om hem "
        "over te slaan."
    ),
    "help.questionnaire.private": (
        "Deze antwoorden blijven op deze computer: niet in een export (--not-private om ze "
        "weer te delen; zonder een van beide blijft het zoals het was)."
    ),
    "help.coach.questionnaire": "Vragenlijsten: laad er een, en vraag een cliënt hem in te vullen.",
    "help.coach.questionnaire.add": (
        "Een vragenlijst laden uit een instrumentbestand (TOML of JSON, "
        "zie docs/questionnaires.md)."
    ),
    "help.coach.questionnaire.file": "Het instrumentbestand (.toml, anders JSON).",
    "help.coach.questionnaire.list": "De vragenlijsten die je hebt geladen.",
    "help.coach.questionnaire.assign": (
        "Vraag de cliënt een vragenlijst in te vullen vóór deze sessies; het volgende pakket "
        "neemt hem mee."
    ),
    "help.coach.questionnaire.sessions": "De sessies, met komma's ertussen: 1,5,10.",
    "help.coach.questionnaire.drop": "Deze vragenlijst niet langer aan de cliënt vragen.",
    "instrument.empty": "Dit instrumentbestand is leeg.",
    "instrument.too_big": "Dit bestand is veel groter dan een instrument kan zijn.",
    "instrument.too_deep": "Dit bestand is dieper genest dan een instrument kan zijn.",
    "instrument.not_toml": "Dit is geen instrument: het is geen TOML.",
    "instrument.not_json": (
        "Dit is geen instrument: het is geen JSON (geef een TOML-bestand .toml)."
    ),
    "instrument.not_instrument": (
        'Dit bestand is geen instrument van herstel (er hoort format = "herstel-questionnaire" in).'
    ),
    "instrument.bad_version": (
        "Dit instrument heeft een onbekende formaatversie ({version}); deze herstel leest versie 1."
    ),
    "instrument.invalid": "Dit instrument klopt niet met zijn formaat, bij {where}.",
    "instrument.duplicate_item": "Dit instrument noemt dezelfde id twee keer, bij {where}.",
    "instrument.unknown_item": (
        "Een subschaal noemt een vraag die het instrument niet heeft, bij {where}."
    ),
    "instrument.reverse_off_scale": (
        "Een omgekeerd gescoorde vraag valt buiten de schaal, bij {where}: de waarden van de "
        "schaal moeten achterstevoren hetzelfde zijn."
    ),
    "coach.questionnaire.loaded_new": (
        "{title} geladen ('{name}', versie {version}): {items} vragen, {subscales} subschalen."
    ),
    "coach.questionnaire.loaded_updated": (
        "{title} bijgewerkt ('{name}', nu versie {version}): {items} vragen, {subscales} "
        "subschalen. Cliënten krijgen hem bij je volgende wijziging voor hen."
    ),
    "coach.questionnaire.loaded_same": "{title} ('{name}', versie {version}) was al geladen.",
    "coach.questionnaire.example": "Hij is gemarkeerd als voorbeeld, geen gevalideerd instrument.",
    "coach.questionnaire.none_held": (
        "Je hebt nog geen vragenlijst geladen: herstel coach questionnaire add BESTAND"
    ),
    "coach.questionnaire.held": "{name}: {title}, versie {version}, {items} vragen",
    "coach.questionnaire.none_loaded": (
        "Je hebt nog geen vragenlijst geladen, dus '{name}' is er niet: "
        "herstel coach questionnaire add BESTAND"
    ),
    "coach.questionnaire.assigned": (
        "{title} voor {name}, vóór sessie {sessions}. Het volgende pakket neemt hem mee."
    ),
    "coach.questionnaire.dropped": (
        "{title} wordt niet meer aan {name} gevraagd; het volgende pakket zegt dat. Wat al is "
        "ingevuld, blijft."
    ),
    "coach.proposals.questionnaires": "Vragenlijsten:",
    "coach.proposals.questionnaire": "{title}: vóór sessie {sessions}",
    "receive.questionnaire_new": "Een vragenlijst om in te vullen: {title}, vóór sessie {sessions}",
    "receive.questionnaire_changed": "Vragenlijst {title}: nu vóór sessie {sessions}",
    "receive.questionnaire_dropped": (
        "Vragenlijst {title} wordt niet meer gevraagd; wat je invulde blijft van jou"
    ),
    "questionnaire.none": (
        "Je coach heeft je nog geen vragenlijst gestuurd. Als dat gebeurt, zie je hem hier."
    ),
    "questionnaire.title": "Vragenlijsten van je coach",
    "questionnaire.before_session": "vóór sessie {number} ({day})",
    "questionnaire.done_on": "ingevuld op {day}",
    "questionnaire.fill_hint": (
        "de volgende, wanneer het je uitkomt: herstel questionnaire fill {name}"
    ),
    "questionnaire.status.later": "later",
    "questionnaire.status.passed": "niet ingevuld (het kan nog, met --session)",
    "questionnaire.for_session": "Voor sessie {number}.",
    "questionnaire.again": "Je vulde deze al eens in; Enter houdt je antwoord van toen.",
    "questionnaire.skip_hint": (
        "Er is geen goed of fout antwoord; sla over wat je liever niet zegt."
    ),
    "questionnaire.skip": "(overslaan)",
    "questionnaire.score_missing": "{title}: te weinig antwoorden voor een score",
    "questionnaire.saved_new": "Bewaard: {title}, {answered} van {count} vragen beantwoord.",
    "questionnaire.saved_changed": "Gewijzigd: {title}, {answered} van {count} vragen beantwoord.",
    "questionnaire.saved_same": "{title}: dezelfde antwoorden als eerst, er veranderde niets.",
    "questionnaire.unknown": ("Er is geen vragenlijst '{name}' van je coach. Wel: {known}."),
    "questionnaire.none_assigned": (
        "Je coach heeft je nog geen vragenlijst gestuurd, dus '{name}' is er niet om in te vullen."
    ),
    "questionnaire.session_not_asked": (
        "Deze vragenlijst is niet gevraagd voor sessie {number}, alleen voor sessie {sessions}."
    ),
    "questionnaire.answers_needed": (
        "Geef de antwoorden met --answers 3,2,,4 (er is geen terminal om het te vragen)."
    ),
    "questionnaire.answers_count": (
        "--answers heeft {given} antwoorden; deze vragenlijst heeft {count} vragen "
        "(laat er een leeg om hem over te slaan: 3,,4)."
    ),
    "questionnaire.answer_off_scale": (
        "Antwoord {number} ('{value}') staat niet op de schaal: kies uit {values}, of laat het "
        "leeg om over te slaan."
    ),
    "questionnaire.nothing": "Geen vraag beantwoord, dus er is niets bewaard.",
    "questionnaire.scores": "Vragenlijsten",
    "questionnaire.at_session": "sessie {number}, {day}",
    "questionnaire.answered_at": "{count} vragen beantwoord ({when})",
    "questionnaire.col.subscale": "Subschaal",
    "questionnaire.col.over": "Over de sessies",
    "questionnaire.col.scores": "Scores",
    "coach.questionnaire.unknown": ("Je hebt geen vragenlijst '{name}' geladen. Wel: {known}."),
    "coach.questionnaire.not_assigned": "'{name}' wordt niet aan {client} gevraagd.",
    "coach.questionnaire.too_many": (
        "Een cliënt kan hoogstens {count} vragenlijsten krijgen; laat er eerst een vallen."
    ),
    "questionnaire.other": "ingevuld op {day} voor sessie {number} (toen niet meer gevraagd)",
    "questionnaire.other_no_session": "ingevuld op {day}",
    "checkin.same.ask": "Verder zoals gisteren? {line}",
    "checkin.same.ask_on": "Verder zoals op {day}? {line}",
    "checkin.same.yes": "Ja, hetzelfde",
    "checkin.same.no": "Nee, ik loop de vragen langs",
    "care.opening.low_energy": "Het zijn zware dagen.",
    "care.opening.red_limit": "Vandaag vroeg te veel van je.",
    "care.your_coach": "je coach",
    "care.company_doctor": "je bedrijfsarts",
    "care.company_doctor_named": "je bedrijfsarts ({name})",
    "config.label.care-line": "hulpregel (care-line)",
    "config.label.crisis-line": "crisislijn (crisis-line)",
    "config.care_line.on": "aan (op heel zware dagen een woord over wie kan helpen)",
    "config.care_line.off": "uit",
    "config.on_off": "{key} staat aan of uit ('{value}' is geen van beide).",
    "care.line": (
        "{opening} Je hoeft het niet alleen te dragen: {coach}, je huisarts of {company_doctor} "
        "denken met je mee. Voel je je erg somber of niet veilig, bel dan {crisis_line}."
    ),
    "help.remind": "Een zachte herinnering, uit tot je hem aanzet: wat er staat, aan, uit, pauze.",
    "help.remind.on": (
        "Zet de herinnering aan (of verander hem): een melding als je nog niet hebt ingecheckt."
    ),
    "help.remind.at": "Het tijdstip (UU:MM).",
    "help.remind.every": "Hoe vaak: day (dag), week of month (maand).",
    "help.remind.off": "Zet de herinnering uit: haalt precies weg wat 'remind on' heeft ingesteld.",
    "help.remind.pause": "Geen herinnering en geen duwtje tot en met deze dag (een vakantie).",
    "help.remind.until": "De laatste dag van de pauze.",
    "help.remind.fire": "Wat de planner uitvoert: een melding als er nog geen check-in is.",
    "help.remind.shell": (
        "Toon de regel voor het opstartbestand van je shell die 'herstel nudge' draait."
    ),
    "help.nudge": "Eén rustige regel in de eerste shell van een dag zonder check-in; anders niets.",
    "nudge.line": "Nog geen check-in vandaag. Heb je even een minuut: {command}",
    "remind.notification": "Even een moment voor je check-in?",
    "remind.when.day": "elke dag om {at}",
    "remind.when.week": "elke week op {weekday} om {at}",
    "remind.when.month": "elke maand op de {day}e om {at}",
    "remind.status.none": "Er staat geen herinnering.",
    "remind.status.none_hint": "Zet er een aan met: herstel remind on --at 20:00",
    "remind.status.set": "Herinnering: {when}.",
    "remind.status.paused": "Gepauzeerd tot en met {day}.",
    "remind.scheduler.systemd": "Ingesteld met een systemd-timer voor jou ({name}.timer).",
    "remind.scheduler.cron": "Ingesteld met een regel in je crontab (gemarkeerd {name}).",
    "remind.scheduler.launchd": "Ingesteld met een launchd-agent ({name}).",
    "remind.cannot_notify": (
        "Van hieruit kan geen melding op je bureaublad komen ({missing}). Voor de "
        "terminal: herstel remind shell"
    ),
    "remind.on.set": "Herinnering aan: {when}.",
    "remind.on.updated": "Herinnering veranderd: {when}.",
    "remind.on.quiet": "Heb je al ingecheckt, dan blijft hij stil.",
    "remind.off": "Herinnering uit. Wat ervoor was ingesteld, is weggehaald.",
    "remind.none": "Er staat hier geen herinnering; er is niets uit te zetten.",
    "remind.paused": "Herinnering gepauzeerd tot en met {day}. Zorg goed voor jezelf.",
    "remind.paused_nudge": "Het duwtje is gepauzeerd tot en met {day}. Zorg goed voor jezelf.",
    "remind.pause_past": "{day} is al voorbij; een pauze loopt tot een dag die nog komt.",
    "remind.every_unknown": "'{value}' is geen day, week of month (dag, week of maand).",
    "remind.no_scheduler": (
        "Er is geen planner gevonden om de herinnering mee in te stellen (geen systemd-sessie, "
        "geen crontab). Er is niets ingesteld. Zelf doen kan met crontab -e en deze regel: {line}"
    ),
    "remind.scheduler_failed": (
        "De planner nam de herinnering niet aan; er is niets ingesteld. Zelf doen kan met crontab"
        " -e en deze regel: {line}"
    ),
    "remind.cron_failed_off": (
        "Je crontab kon niet worden aangepast; de regel van de herinnering (gemarkeerd herstel-"
        "remind) staat er nog in. Haal hem weg met crontab -e."
    ),
    "remind.platform_unsupported": (
        "herstel kan op dit systeem nog geen herinnering instellen (zie docs/reminders.md); "
        "herstel remind shell geeft een regel voor je shell."
    ),
    "remind.notify_failed": "De melding kon niet worden getoond.",
    "remind.shell_hint": (
        "Zet de regel hierboven in {file} (bijvoorbeeld: herstel remind shell >> {file})."
    ),
    "help.kompas": (
        "Je kompas voor na sessie tien: je ladder, je signalen, wat standhield, wie je kunt bellen."
    ),
    "help.kompas.markdown": "Schrijf het als Markdown naar dit bestand ('-': standaarduitvoer).",
    "kompas.title.client": "Je kompas",
    "kompas.title.coach": "Hun kompas",
    "kompas.intro.client": (
        "Wat je in deze maanden hebt geleerd, om dichtbij te houden. Kijk er af en toe naar; het "
        "is van jou."
    ),
    "kompas.intro.coach": (
        "Wat de cliënt in het traject heeft geleerd, zoals het kompas van de cliënt het heeft."
    ),
    "kompas.ladder": "De signalenladder, en wat is afgesproken",
    "kompas.ladder_none.client": "Nog geen signalen op de ladder: herstel ladder add",
    "kompas.signs.client": "Wat je eigen dagen lieten zien",
    "kompas.signs.coach": "Wat hun dagen lieten zien",
    "kompas.warnings.client": "Kwam vaak vóór zwaardere dagen: {names}",
    "kompas.warnings.coach": "Kwam vaak vóór zwaardere dagen: {names}",
    "kompas.good.client": "Hoorde bij dagen die klopten: {names}",
    "kompas.good.coach": "Hoorde bij dagen die klopten: {names}",
    "kompas.signs_none.client": (
        "Nog te weinig dagen om dit te laten zien; het groeit met je check-ins en signalen."
    ),
    "kompas.held.client": "Wat je herkende, en wat standhield",
    "kompas.held.coach": "Wat de cliënt herkende, en wat standhield",
    "kompas.beliefs.client": "Overtuigingen die je herkende, over hoe je je plek verdient:",
    "kompas.beliefs.coach": "Herkende overtuigingen, over hoe de cliënt een plek verdient:",
    "kompas.behaviours.client": "Nieuw gedrag dat je hebt geprobeerd:",
    "kompas.behaviours.coach": "Geprobeerd nieuw gedrag:",
    "kompas.exercises.client": "Oefeningen die je bent blijven doen: {names}",
    "kompas.exercises.coach": "Oefeningen die zijn volgehouden: {names}",
    "kompas.held_none.client": "Nog niets genoteerd: patroonnotities en oefeningen vullen dit aan.",
    "kompas.goals": "De doelen uit het plan, en wat ervan kwam",
    "kompas.call_heading.client": "Wie je kunt bellen",
    "kompas.call_heading.coach": "Wie het kompas noemt om te bellen",
    "kompas.coach.you": "jij, als coach",
    "kompas.coach.gp": "de huisarts",
    "kompas.coach.doctor": "de bedrijfsarts",
    "kompas.call.coach": "{name}, je coach",
    "kompas.call.your_coach": "je coach",
    "kompas.call.gp": "je huisarts",
    "kompas.call.company_doctor": "je bedrijfsarts",
    "kompas.call.company_doctor_named": "je bedrijfsarts: {name}",
    "kompas.call.crisis": "als het heel donker of onveilig voelt: {line}",
    "kompas.written": "Je kompas staat in {path}.",
    "plan.held_last": (
        "Dat was de tiende sessie. Je kompas ligt klaar om te bewaren: herstel kompas (--html "
        "BESTAND voor een pagina om af te drukken)."
    ),
    "help.kompas.check": (
        "De korte maandelijkse blik na de tien: de oranje en rode signalen van deze maand, je "
        "energie, één regel."
    ),
    "help.kompas.note": "Eén vrije regel: hoe de maand ging.",
    "kompas.month.none": "Deze maand kwam geen van je oranje of rode signalen voor.",
    "kompas.month.signals": "Op oranje of rood deze maand: {names}",
    "kompas.ask.energy": "Hoeveel energie heb je vandaag? (0-10)",
    "kompas.ask.note": "Eén regel over deze maand? (mag leeg)",
    "kompas.energy_missing": "De kompascheck vraagt je energie: voeg --energy 0-10 toe.",
    "help.plan.follow_up": "Noteer een vervolggesprek na de tien sessies (geen elfde sessie).",
    "help.plan.follow_up_date": "De dag van het gesprek (voorbij of nog te komen).",
    "help.plan.follow_up_time": "Het tijdstip (UU:MM).",
    "plan.follow_ups": "Vervolggesprekken na de tien",
    "plan.follow_up_added": "Genoteerd als vervolggesprek: {when}.",
    "follow_up.before_ten": (
        "Sessie {number} van de tien komt nog: dat is je volgende gesprek. Een vervolggesprek "
        "komt na de tien."
    ),
    "follow_up.before_last": (
        "Een vervolggesprek komt na de laatste sessie ({day}); kies een latere dag."
    ),
    "kompas.ladder_none.coach": "Nog geen signalen op hun ladder.",
    "kompas.signs_none.coach": "Nog te weinig dagen om dit te laten zien.",
    "kompas.held_none.coach": "Nog niets genoteerd.",
    "remind.missing.notify-send": "notify-send niet gevonden",
    "remind.missing.osascript": "osascript niet gevonden",
    "remind.missing.session_bus": "geen sessiebus naar het bureaublad",
    "remind.systemd_failed_off": (
        "De timer {name} kon niet worden uitgezet (systemctl --user disable lukte niet); hij "
        "staat nog aan. Probeer het opnieuw vanuit je bureaubladsessie."
    ),
    "export.kind.follow_up": "vervolggesprekken",
    "help.kompas.html": (
        "Zet het op één pagina om af te drukken (A4) of in een browser te openen ('-': "
        "standaarduitvoer)."
    ),
    "ics.follow_up": "Vervolggesprek",
    "ics.follow_up_with": "Vervolggesprek met {coach}",
    "overview.follow_up": "Volgend vervolggesprek: {when}.",
    "kompas.month.no_ladder": (
        "Je ladder heeft nog geen oranje of rode signalen; met je coach kun je ze toevoegen "
        "(herstel ladder add)."
    ),
    "remind.status.nudge_paused": "Het duwtje is gepauzeerd tot en met {day}.",
    "remind.on.pause_ended": (
        "De pauze tot en met {day} is hiermee voorbij; 'herstel remind pause --until DATUM' zet "
        "hem opnieuw."
    ),
    "help.plan.follow_up_note": (
        "Waar het over gaat, in een regel (een lege tekst haalt een notitie weg)."
    ),
    "help.plan.follow_up_remove": "Haal het vervolggesprek van die dag weg.",
    "plan.follow_up_changed": "Vervolggesprek veranderd: {when}.",
    "plan.follow_up_unchanged": "Het vervolggesprek van {when} stond al zo genoteerd.",
    "plan.follow_up_removed": "Vervolggesprek weggehaald: {when}.",
    "follow_up.none_on": "Er is geen vervolggesprek op {day}.",
}
