"""The export format, version 5 (and the versions 1 to 4 it grew from): what a client's
export holds, as strict pydantic models.

These models are the format's definition. `docs/schema/herstel-export-v1.json` is generated from
them (`python -m herstel.exchange.schema`) and a test keeps the two the same. A released version
never changes: a change to the format is a new version, with its own models and fixture.

Strict throughout: no extra keys, no type coercion (in JSON a day is a "YYYY-MM-DD" string and a
timestamp an ISO 8601 string with offset), no NaN or infinity, bounds on every field. Entries
marked private are never in an export, so no record here carries `private`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    create_model,
)

from herstel.core.checkin import COPYABLE, FIELDS, FieldSpec

FORMAT: Final = "herstel-export"
FORMAT_VERSION: Final = 5

NAME_MAX = 80  # names: of a person, a signal, an exercise, a giver
TEXT_MAX = 200_000  # free text (core.text.TEXT_MAX)
LIST_MAX = 1000  # givers or drainers in one check-in (50 can be typed; older stores had no cap)

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
Name = Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=TEXT_MAX)]
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
# Timestamps as everywhere in herstel's JSON: ISO 8601 with a numeric offset ("+00:00").
Stamp = Annotated[AwareDatetime, PlainSerializer(lambda value: value.isoformat(), return_type=str)]
Scale = Annotated[int, Field(ge=1, le=5)]
Minutes = Annotated[int, Field(ge=0, le=1440)]
# An age public key as age writes it: "age1" and 58 characters of bech32.
AgeKey = Annotated[str, StringConstraints(pattern=r"^age1[02-9ac-hj-np-z]{58}$")]


# A list of records, checked up to its first one that is wrong: a file of a million wrong records
# is one problem to report, not a million to collect (and the memory they take).
T = TypeVar("T")
Records = Annotated[list[T], Field(fail_fast=True)]


class Strict(BaseModel):
    model_config = ConfigDict(
        strict=True, extra="forbid", allow_inf_nan=False, frozen=True, defer_build=True
    )


class Record(Strict):
    id: Id
    created_at: Stamp
    updated_at: Stamp


class TrajectoryV1(Record):
    """The trajectory and its settings."""

    client_name: Name
    coach_name: Name | None
    first_session_on: date
    first_session_time: Clock | None
    phase1_sessions: Annotated[int, Field(ge=4, le=6)]
    phase2_weeks: Annotated[int, Field(ge=3, le=4)]
    focus: Literal["meaning", "self-relation", "unknown"]
    language: Literal["nl", "en"]


class TrajectoryV2(TrajectoryV1):
    """The trajectory and its settings; since version 2 with the back-to-work settings (the
    company doctor's name stays with the client)."""

    contract_hours: Annotated[float, Field(gt=0, le=80)] | None
    sick_since: date | None
    work_done_on: date | None


class SessionV1(Record):
    """One of the ten sessions. Its date is `held_on` when held, else `planned_on`."""

    number: Annotated[int, Field(ge=1, le=10)]
    phase: Annotated[int, Field(ge=1, le=2)]
    planned_on: date
    time: Clock | None
    original_on: date | None
    held_on: date | None
    status: Literal["planned", "held", "cancelled"]
    note: Text | None
    cancel_reason: Text | None


class LadderItemV1(Record):
    """A signal on the early-warning ladder, with its colour and the action agreed."""

    signal: Name
    colour: Literal["green", "orange", "red"]
    action: Text | None
    removed_at: Stamp | None


class ExerciseV1(Record):
    """An exercise agreed with the coach."""

    name: Name
    description: Text | None
    per_week: Annotated[int, Field(ge=1, le=21)] | None
    type: (
        Literal["mindfulness", "breathing", "movement", "boundaries", "reflection", "other"] | None
    )
    session: Annotated[int, Field(ge=1, le=10)] | None
    stopped_at: Stamp | None


# The check-in's fields come from their one declaration (`herstel.core.checkin.FIELDS`), in its
# order, each with the range declared there; what the format adds is its own: names up to
# NAME_MAX (older stores took longer ones), lists up to LIST_MAX, and energy required (every
# check-in has it). A field declared there changes this version's schema, which a test compares
# with docs/schema/: a new field is a new format version.
CHECKIN_REQUIRED = frozenset({"energy"})
# The fields of version 1, as released: fields declared since are in later versions only.
CHECKIN_V1 = (
    "energy", "sleep_hours", "sleep_quality", "food", "movement", "relaxation", "structure",
    "givers", "drainers", "note",
)  # fmt: skip
CHECKIN_DOC = "The daily check-in. `day` is the client's local date; sleep is the night before it."


def _checkin_type(spec: FieldSpec) -> Any:
    """The type of one check-in field in the format (`null` where it may be empty)."""
    # Whole bounds, as the schema has always written them ("minimum": 0, not 0.0).
    low, high = (int(bound) if float(bound).is_integer() else bound for bound in spec.limits)
    kinds: dict[str, Any] = {
        "whole": Annotated[int, Field(ge=low, le=high)],
        "hours": Annotated[float, Field(ge=low, le=high)],
        "names": Annotated[list[Name], Field(min_length=1, max_length=LIST_MAX, fail_fast=True)],
        "text": Text,
        "choice": Literal[spec.choice.values] if spec.choice is not None else None,
    }
    shape = kinds[spec.kind]
    return shape if spec.name in CHECKIN_REQUIRED else shape | None


if TYPE_CHECKING:

    class CheckinV1(Record):
        kind: Literal["checkin"]
        day: date

        def __getattr__(self, name: str) -> Any: ...  # the fields of core.checkin.FIELDS

else:
    CheckinV1 = create_model(
        "CheckinV1",
        __base__=Record,
        __doc__=CHECKIN_DOC,
        __module__=__name__,
        kind=(Literal["checkin"], ...),
        day=(date, ...),
        **{spec.name: (_checkin_type(spec), ...) for spec in FIELDS if spec.name in CHECKIN_V1},
    )


if TYPE_CHECKING:

    class CheckinV2(CheckinV1): ...

else:
    CheckinV2 = create_model(
        "CheckinV2",
        __base__=Record,
        __doc__=CHECKIN_DOC + " Since version 2: hours worked, what carried the day, work's"
        " givers and drainers.",
        __module__=__name__,
        kind=(Literal["checkin"], ...),
        day=(date, ...),
        **{spec.name: (_checkin_type(spec), ...) for spec in FIELDS},
    )


if TYPE_CHECKING:

    class CheckinV3(CheckinV2): ...

else:
    CheckinV3 = create_model(
        "CheckinV3",
        __base__=Record,
        __doc__=CHECKIN_DOC + " Since version 2: hours worked, what carried the day, work's"
        " givers and drainers. Since version 5: `copied`, the fields taken as they were the"
        ' day before ("the rest as yesterday"), not answered for the day; null when none.',
        __module__=__name__,
        kind=(Literal["checkin"], ...),
        day=(date, ...),
        **{spec.name: (_checkin_type(spec), ...) for spec in FIELDS},
        copied=(
            Annotated[list[Literal[COPYABLE]], Field(min_length=1, max_length=len(COPYABLE))]
            | None,
            ...,
        ),
    )


class WorkStepV2(Record):
    """A step of the back-to-work ramp (since version 2). `ends_on` null: until the next step
    begins; `weekdays` ISO numbers (1 Monday), empty when not agreed."""

    starts_on: date
    ends_on: date | None
    days_per_week: Annotated[int, Field(ge=1, le=7)]
    weekdays: Annotated[list[Annotated[int, Field(ge=1, le=7)]], Field(max_length=7)]
    hours_per_day: Annotated[float, Field(gt=0, le=24)]
    tasks: Literal["presence", "light", "content", "full"]
    mode: Literal["therapeutic", "regular"]
    advice_on: date | None
    note: Text | None


class SignalV1(Record):
    """A body signal or an emotion, as it happened."""

    kind: Literal["signal"]
    day: date
    time: Clock | None
    what: Name
    type: Literal["body", "emotion"]
    where: Text | None
    intensity: Scale | None
    limit: Literal["none", "near", "crossed"] | None
    fit: bool | None
    situation: Text | None
    response: Text | None
    ladder_item_id: Id | None


class PatternNoteV1(Record):
    """One situation through the reflection questions."""

    kind: Literal["pattern"]
    day: date
    time: Clock | None
    situation: Text
    behaviour: Text | None
    consequence: Text | None
    unnoticed: Text | None
    belief: Literal["perfection", "no-burden", "nothing-wrong", "expectations", "other"] | None
    belief_text: Text | None
    new_behaviour: Text | None
    reflection: Text | None


class BioNoteV1(Record):
    """A look back at a period of one's life."""

    kind: Literal["bio"]
    day: date
    time: Clock | None
    life_stage: Text | None
    text: Text | None
    drives: Text | None
    pattern: Text | None


class PracticeV1(Record):
    """One time an exercise was practised."""

    kind: Literal["practice"]
    exercise_id: Id
    day: date
    time: Clock | None
    minutes: Minutes | None
    note: Text | None


class TombstoneV1(Strict):
    """What remains of a deleted record, so that the deletion reaches the coach."""

    id: Id
    kind: Literal["checkin", "signal", "pattern", "bio", "practice", "ladder", "exercise"]
    deleted_at: Stamp


class TombstoneV2(Strict):
    """What remains of a deleted record; since version 2 also of a ramp's step."""

    id: Id
    kind: Literal[
        "checkin", "signal", "pattern", "bio", "practice", "ladder", "exercise", "work_step"
    ]
    deleted_at: Stamp


class PeriodV1(Strict):
    """The days the entries were limited to (`export --since/--until`); null: no limit."""

    since: date | None
    until: date | None


class ExportV1(Strict):
    """A client's export, format version 1. Lists are ordered oldest first."""

    format: Literal["herstel-export"]
    format_version: Literal[1]
    exported_at: Stamp
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    period: PeriodV1
    trajectory: TrajectoryV1
    sessions: Annotated[list[SessionV1], Field(min_length=10, max_length=10, fail_fast=True)]
    ladder: Records[LadderItemV1]
    exercises: Records[ExerciseV1]
    checkins: Records[CheckinV1]
    signals: Records[SignalV1]
    pattern_notes: Records[PatternNoteV1]
    bio_notes: Records[BioNoteV1]
    practices: Records[PracticeV1]
    tombstones: Records[TombstoneV1]


class ExportV2(Strict):
    """A client's export, format version 2: version 1 with the back-to-work ramp, its settings,
    hours worked and what carried the days. Lists are ordered oldest first."""

    format: Literal["herstel-export"]
    format_version: Literal[2]
    exported_at: Stamp
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    period: PeriodV1
    trajectory: TrajectoryV2
    sessions: Annotated[list[SessionV1], Field(min_length=10, max_length=10, fail_fast=True)]
    ladder: Records[LadderItemV1]
    exercises: Records[ExerciseV1]
    work_steps: Records[WorkStepV2]
    checkins: Records[CheckinV2]
    signals: Records[SignalV1]
    pattern_notes: Records[PatternNoteV1]
    bio_notes: Records[BioNoteV1]
    practices: Records[PracticeV1]
    tombstones: Records[TombstoneV2]


class ExportV3(Strict):
    """A client's export, format version 3: version 2 with the client's public key, which the
    coach's packets are encrypted to (null in a file upgraded from version 2). Lists are
    ordered oldest first."""

    format: Literal["herstel-export"]
    format_version: Literal[3]
    exported_at: Stamp
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    client_key: AgeKey | None
    period: PeriodV1
    trajectory: TrajectoryV2
    sessions: Annotated[list[SessionV1], Field(min_length=10, max_length=10, fail_fast=True)]
    ladder: Records[LadderItemV1]
    exercises: Records[ExerciseV1]
    work_steps: Records[WorkStepV2]
    checkins: Records[CheckinV2]
    signals: Records[SignalV1]
    pattern_notes: Records[PatternNoteV1]
    bio_notes: Records[BioNoteV1]
    practices: Records[PracticeV1]
    tombstones: Records[TombstoneV2]


QuestionnaireName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]


class QuestionnaireAnswerV1(Record):
    """A questionnaire the client filled in: the items it asked (ids, in order) and the answers
    as given (a whole number on the instrument's scale, null for a skipped item), unscored."""

    kind: Literal["questionnaire"]
    questionnaire: QuestionnaireName
    instrument_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    session: Annotated[int, Field(ge=1, le=10)] | None
    day: date
    time: Clock | None
    items: Annotated[list[ItemId], Field(min_length=1, max_length=100)]
    answers: Annotated[list[Annotated[int, Field(ge=-100, le=100)] | None], Field(max_length=100)]


class ExportV4(Strict):
    """A client's export, format version 4: version 3 with the questionnaires the client filled
    in. Lists are ordered oldest first."""

    format: Literal["herstel-export"]
    format_version: Literal[4]
    exported_at: Stamp
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    client_key: AgeKey | None
    period: PeriodV1
    trajectory: TrajectoryV2
    sessions: Annotated[list[SessionV1], Field(min_length=10, max_length=10, fail_fast=True)]
    ladder: Records[LadderItemV1]
    exercises: Records[ExerciseV1]
    work_steps: Records[WorkStepV2]
    checkins: Records[CheckinV2]
    signals: Records[SignalV1]
    pattern_notes: Records[PatternNoteV1]
    bio_notes: Records[BioNoteV1]
    practices: Records[PracticeV1]
    questionnaire_answers: Records[QuestionnaireAnswerV1]
    tombstones: Records[TombstoneV2]


class FollowUpV1(Record):
    """A follow-up talk after the ten sessions (since version 5): noted as one, never as an
    eleventh session. `time` local, null when not noted."""

    day: date
    time: Clock | None
    note: Text | None


class ExportV5(Strict):
    """A client's export, format version 5: version 4 with, on each check-in, the fields taken
    as they were the day before (`copied`), and the follow-up talks after the ten sessions.
    Lists are ordered oldest first."""

    format: Literal["herstel-export"]
    format_version: Literal[5]
    exported_at: Stamp
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    client_key: AgeKey | None
    period: PeriodV1
    trajectory: TrajectoryV2
    sessions: Annotated[list[SessionV1], Field(min_length=10, max_length=10, fail_fast=True)]
    follow_ups: Records[FollowUpV1]
    ladder: Records[LadderItemV1]
    exercises: Records[ExerciseV1]
    work_steps: Records[WorkStepV2]
    checkins: Records[CheckinV3]
    signals: Records[SignalV1]
    pattern_notes: Records[PatternNoteV1]
    bio_notes: Records[BioNoteV1]
    practices: Records[PracticeV1]
    questionnaire_answers: Records[QuestionnaireAnswerV1]
    tombstones: Records[TombstoneV2]


# The current version, as the rest of herstel names it.
Export = ExportV5


# --- the coach's copy of a client: `herstel coach export` ---------------------------------------

COACH_FORMAT: Final = "herstel-coach-export"


class CoachNoteV1(Record):
    """A note the coach kept: on the client, or on one session."""

    session: Annotated[int, Field(ge=1, le=10)] | None
    text: Text


class CoachExportV1(ExportV1):
    """Everything a coach holds on one client (the client's right of access), format version 1:
    the client's export as imported, with the coach's own notes. `herstel coach import` does not
    take it: it is for the client to read, not to merge."""

    format: Literal["herstel-coach-export"]  # type: ignore[assignment]
    format_version: Literal[1]  # its own, though it is 1 like the export's for now
    coach_notes: Records[CoachNoteV1]


class CoachExportV2(ExportV2):
    """Everything a coach holds on one client (the client's right of access), format version 2:
    the client's export as imported (version 2, with the ramp), with the coach's own notes."""

    format: Literal["herstel-coach-export"]  # type: ignore[assignment]
    format_version: Literal[2]
    coach_notes: Records[CoachNoteV1]


class CoachExportV3(ExportV3):
    """Everything a coach holds on one client (the client's right of access), format version 3:
    the client's export as imported (version 3, with the client's public key as the coach
    holds it), with the coach's own notes."""

    format: Literal["herstel-coach-export"]  # type: ignore[assignment]
    format_version: Literal[3]
    coach_notes: Records[CoachNoteV1]


CoachExport = CoachExportV3
