"""The store's schema history: an ordered list, keyed on `PRAGMA user_version`.

Migration N (1-based) brings a store from version N-1 to N. Never edit a migration that has
shipped; add a new one. A migration that rebuilds a table sets `rebuild=True`, so that the runner
turns foreign keys off around the transaction and runs `PRAGMA foreign_key_check` before commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

# "HRST": lets herstel recognise its own files (PRAGMA application_id).
APPLICATION_ID = 0x48525354


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection, datetime], None]  # the connection, and now (UTC)
    rebuild: bool = False


def _script(*statements: str) -> Callable[[sqlite3.Connection, datetime], None]:
    def apply(conn: sqlite3.Connection, now: datetime) -> None:
        # execute() one by one: executescript() would COMMIT the open transaction.
        for statement in statements:
            conn.execute(statement)

    return apply


_V1_FOUNDATION = _script(
    """CREATE TABLE trajectory (
        id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        active BOOLEAN NOT NULL,
        client_name VARCHAR NOT NULL,
        coach_name VARCHAR,
        first_session_on DATE NOT NULL,
        first_session_time VARCHAR,
        phase1_sessions INTEGER NOT NULL,
        phase2_weeks INTEGER NOT NULL,
        focus VARCHAR NOT NULL,
        PRIMARY KEY (id)
    )""",
    """CREATE TABLE setting (
        "key" VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        PRIMARY KEY ("key")
    )""",
    """CREATE TABLE tombstone (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        deleted_at VARCHAR NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_tombstone_trajectory_id ON tombstone (trajectory_id)",
)

_V2_CHECKIN = _script(
    """CREATE TABLE checkin (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        energy INTEGER NOT NULL,
        sleep_hours FLOAT,
        sleep_quality INTEGER,
        food INTEGER,
        movement INTEGER,
        relaxation INTEGER,
        structure INTEGER,
        givers JSON,
        drainers JSON,
        note VARCHAR,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT uq_checkin_day UNIQUE (trajectory_id, day),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
)

_V3_STRUCTURAL = _script(
    """CREATE TABLE ladder_item (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        signal VARCHAR NOT NULL,
        colour VARCHAR NOT NULL,
        action VARCHAR,
        private BOOLEAN NOT NULL,
        removed_at VARCHAR,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_ladder_item_trajectory_id ON ladder_item (trajectory_id)",
    """CREATE TABLE signal (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        time VARCHAR,
        what VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        location VARCHAR,
        intensity INTEGER,
        "limit" VARCHAR,
        fit BOOLEAN,
        situation VARCHAR,
        response VARCHAR,
        ladder_item_id VARCHAR,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE,
        FOREIGN KEY(ladder_item_id) REFERENCES ladder_item (id) ON DELETE SET NULL
    )""",
    "CREATE INDEX ix_signal_day ON signal (trajectory_id, day)",
    """CREATE TABLE pattern_note (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        time VARCHAR,
        situation VARCHAR NOT NULL,
        behaviour VARCHAR,
        consequence VARCHAR,
        unnoticed VARCHAR,
        belief VARCHAR,
        belief_text VARCHAR,
        new_behaviour VARCHAR,
        reflection VARCHAR,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_pattern_note_day ON pattern_note (trajectory_id, day)",
    """CREATE TABLE bio_note (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        time VARCHAR,
        life_stage VARCHAR,
        text VARCHAR,
        drives VARCHAR,
        pattern VARCHAR,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_bio_note_day ON bio_note (trajectory_id, day)",
    """CREATE TABLE exercise (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        description VARCHAR,
        per_week INTEGER,
        type VARCHAR,
        session INTEGER,
        private BOOLEAN NOT NULL,
        stopped_at VARCHAR,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_exercise_trajectory_id ON exercise (trajectory_id)",
    """CREATE TABLE practice (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        exercise_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        time VARCHAR,
        minutes INTEGER,
        note VARCHAR,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE,
        FOREIGN KEY(exercise_id) REFERENCES exercise (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_practice_day ON practice (trajectory_id, day)",
    "CREATE INDEX ix_practice_exercise_id ON practice (exercise_id)",
)

_V4_SESSION_TABLE = _script(
    """CREATE TABLE session (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        number INTEGER NOT NULL,
        phase INTEGER NOT NULL,
        planned_on DATE NOT NULL,
        time VARCHAR,
        original_on DATE,
        held_on DATE,
        status VARCHAR NOT NULL,
        note VARCHAR,
        cancel_reason VARCHAR,
        PRIMARY KEY (id),
        CONSTRAINT uq_session_number UNIQUE (trajectory_id, number),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
)


def _v4_sessions(conn: sqlite3.Connection, now: datetime) -> None:
    """The session table, and the ten sessions of every trajectory already there, laid out
    from its first session and rhythm as `herstel init` would have."""
    import uuid
    from datetime import UTC, date

    from herstel.core.schedule import lay_out, phase_of

    _V4_SESSION_TABLE(conn, now)
    stamp = now.astimezone(UTC).isoformat(timespec="microseconds")
    trajectories = conn.execute(
        "SELECT id, first_session_on, first_session_time, phase1_sessions, phase2_weeks"
        " FROM trajectory"
    ).fetchall()
    for trajectory_id, first, first_time, phase1, weeks in trajectories:
        days = lay_out(date.fromisoformat(first), phase1_sessions=phase1, phase2_weeks=weeks)
        for number, day in enumerate(days, start=1):
            conn.execute(
                "INSERT INTO session (id, trajectory_id, created_at, updated_at, number, phase,"
                " planned_on, time, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned')",
                (
                    str(uuid.uuid4()), trajectory_id, stamp, stamp, number,
                    phase_of(number, phase1_sessions=phase1), day.isoformat(),
                    first_time,
                ),
            )  # fmt: skip


_V5_PRIVATE_TOMBSTONES = _script(
    "ALTER TABLE tombstone ADD COLUMN private BOOLEAN NOT NULL DEFAULT 0",
)


_V6_COACH = _script(
    """CREATE TABLE client (
        trajectory_id VARCHAR NOT NULL,
        language VARCHAR NOT NULL,
        last_import_at VARCHAR NOT NULL,
        PRIMARY KEY (trajectory_id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE coach_note (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        session INTEGER,
        text VARCHAR NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_coach_note_trajectory_id ON coach_note (trajectory_id)",
    """CREATE TABLE imported_export (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        exported_at VARCHAR NOT NULL,
        since DATE,
        until DATE,
        imported_at VARCHAR NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_imported_export_trajectory_id ON imported_export (trajectory_id)",
)


_V7_WORK = _script(
    "ALTER TABLE trajectory ADD COLUMN contract_hours FLOAT",
    "ALTER TABLE trajectory ADD COLUMN sick_since DATE",
    "ALTER TABLE trajectory ADD COLUMN company_doctor VARCHAR",
    "ALTER TABLE trajectory ADD COLUMN work_done_on DATE",
    "ALTER TABLE checkin ADD COLUMN work_hours FLOAT",
    "ALTER TABLE checkin ADD COLUMN carried_by VARCHAR",
    "ALTER TABLE checkin ADD COLUMN work_givers JSON",
    "ALTER TABLE checkin ADD COLUMN work_drainers JSON",
    """CREATE TABLE work_step (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        starts_on DATE NOT NULL,
        ends_on DATE,
        days_per_week INTEGER NOT NULL,
        weekdays VARCHAR,
        hours_per_day FLOAT NOT NULL,
        tasks VARCHAR NOT NULL,
        mode VARCHAR NOT NULL,
        advice_on DATE,
        note VARCHAR,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_work_step_trajectory_id ON work_step (trajectory_id)",
)

# The client's public key, as the coach's store knows it from the newest export (format 3): a
# packet from the coach is encrypted to it. A client's own store gets its key as a file in the
# home (`client-identity.txt`), made when a journal first opens at this version.
_V8_KEYS = _script("ALTER TABLE client ADD COLUMN public_key VARCHAR")
KEYS_VERSION = 8

# What the coach proposes and sends back (issue 22). On the coach's side: the proposals, apart
# from what imports bring; whether a coach note may be read by the client; how many packets went
# to each client. On the client's side: what came from the coach, per record the coach's version
# last applied.
_V9_PACKETS = _script(
    """CREATE TABLE proposal (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        data JSON NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_proposal_trajectory_id ON proposal (trajectory_id)",
    "ALTER TABLE coach_note ADD COLUMN shared BOOLEAN NOT NULL DEFAULT 0",
    "ALTER TABLE client ADD COLUMN packets_sent INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE from_coach (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        record_id VARCHAR,
        data JSON NOT NULL,
        sequence INTEGER NOT NULL,
        received_at VARCHAR NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_from_coach_trajectory_id ON from_coach (trajectory_id)",
)

# Questionnaires (issue 22): the client's answers, in both stores; the coach's instruments.
_V10_QUESTIONNAIRES = _script(
    """CREATE TABLE questionnaire_answer (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        questionnaire VARCHAR NOT NULL,
        instrument_version VARCHAR NOT NULL,
        session INTEGER,
        day DATE NOT NULL,
        time VARCHAR,
        items JSON NOT NULL,
        answers JSON NOT NULL,
        private BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_questionnaire_answer_trajectory_id ON questionnaire_answer (trajectory_id)",
    """CREATE TABLE instrument (
        name VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        data JSON NOT NULL,
        added_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        PRIMARY KEY (name)
    )""",
)

# Staying on course (issue 23): which of a check-in's fields were taken from the day before.
_V11_COPIED = _script("ALTER TABLE checkin ADD COLUMN copied JSON")

# After the ten (issue 23): a follow-up talk is noted as one, not as an eleventh session.
_V12_FOLLOW_UPS = _script(
    """CREATE TABLE follow_up (
        id VARCHAR NOT NULL,
        trajectory_id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        day DATE NOT NULL,
        time VARCHAR,
        note VARCHAR,
        PRIMARY KEY (id),
        FOREIGN KEY(trajectory_id) REFERENCES trajectory (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_follow_up_trajectory_id ON follow_up (trajectory_id)",
)


MIGRATIONS: list[Migration] = [
    Migration("foundation: trajectory, settings, tombstones", _V1_FOUNDATION),
    Migration("daily check-in", _V2_CHECKIN),
    Migration("structural layer: signals, ladder, notes, exercises", _V3_STRUCTURAL),
    Migration("the ten sessions", _v4_sessions),
    Migration("private tombstones stay behind in an export", _V5_PRIVATE_TOMBSTONES),
    Migration("the coach's side: clients, coach notes, exports imported", _V6_COACH),
    Migration("back to work: the ramp, hours worked, what carried the day", _V7_WORK),
    Migration("keys: the client's public key in the coach's store", _V8_KEYS),
    Migration("packets: the coach's proposals, and what the client received", _V9_PACKETS),
    Migration("questionnaires: the client's answers, the coach's instruments", _V10_QUESTIONNAIRES),
    Migration("check-ins: the fields taken as they were the day before", _V11_COPIED),
    Migration("follow-up talks after the ten sessions", _V12_FOLLOW_UPS),
]
