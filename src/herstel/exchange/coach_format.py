"""The coach's copy of a client (`herstel coach export`), format version 4 and 5: the client's
export as imported (version 4, with the questionnaires), the coach's notes, each saying whether
the client may read it, and what the coach proposes to the client (`proposals`: the packet's
records).

Its own module, since it stands on both the export's models (`format.py`) and the packet's
(`packet.py`), which stands on the export's."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import Field

from herstel.exchange.format import CoachNoteV1, ExportV4, ExportV5, Records, Strict, Text
from herstel.exchange.packet import (
    AssignedQuestionnaireV1,
    GoalV1,
    ProposedExerciseV1,
    ProposedLadderItemV1,
    ProposedSessionV1,
    ProposedWorkStepV1,
)

COACH_FORMAT_VERSION: Final = 5


class CoachNoteV2(CoachNoteV1):
    """A note the coach kept; `shared`: the client may read it (it goes with the packets)."""

    shared: bool


class ProposalsV1(Strict):
    """What the coach proposes to the client, as the next packet will carry it."""

    plan_text: Text | None
    goals: Records[GoalV1]
    exercises: Records[ProposedExerciseV1]
    ladder: Records[ProposedLadderItemV1]
    sessions: Records[ProposedSessionV1]
    work_steps: Records[ProposedWorkStepV1]
    questionnaires: Records[AssignedQuestionnaireV1]
    packets_sent: Annotated[int, Field(ge=0)]


class CoachExportV4(ExportV4):
    """Everything a coach holds on one client (the client's right of access), format version 4:
    the client's export (version 4), the coach's notes, whether each is shared, and the coach's
    proposals."""

    format: Literal["herstel-coach-export"]  # type: ignore[assignment]
    format_version: Literal[4]
    coach_notes: Records[CoachNoteV2]
    proposals: ProposalsV1


class CoachExportV5(ExportV5):
    """Everything a coach holds on one client, format version 5: version 4 on the client's
    export version 5 (which marks the fields of a check-in taken from the day before)."""

    format: Literal["herstel-coach-export"]  # type: ignore[assignment]
    format_version: Literal[5]
    coach_notes: Records[CoachNoteV2]
    proposals: ProposalsV1


CoachExport = CoachExportV5
