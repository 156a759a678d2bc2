"""`herstel receive`: a packet from the coach, read, shown and applied on the client's side.

A packet is opened with the client's own key, its signature checked against the coach's signing
key the client pinned, and its body checked as the format says. It must be for this trajectory
and newer than the last one applied: the same packet twice, or an older one, changes nothing.

Applying it is one transaction. What the coach proposes becomes the client's own record (an
exercise, a ladder item, a session's day, a step of the ramp) or stays the coach's (the plan's
text and goals, shared notes). Per record, the coach's version last applied is kept: a field the
client changed since stays as the client has it, and the difference is shown. A packet never
deletes or overwrites the client's own entries; an exercise or ladder item of the client's with
the coach's name is taken as the same one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from herstel.errors import HerstelError
from herstel.store.db import Store
from herstel.store.received import (
    SEQUENCE_SETTING,
    FromCoachRow,
    drop_from_coach,
    from_coach,
    keep_from_coach,
)

if TYPE_CHECKING:
    from herstel.exchange.packet import GoalV1, PacketBodyV1, SharedNoteV1
    from herstel.store.rows import TrajectoryRow

EXERCISE_FIELDS = ("name", "description", "per_week", "type", "session")
LADDER_FIELDS = ("colour", "action")  # the signal is its name: signals noted link by it
SESSION_FIELDS = ("planned_on", "time")
STEP_FIELDS = (
    "starts_on", "ends_on", "days_per_week", "weekdays", "hours_per_day", "tasks", "mode",
    "advice_on", "note",
)  # fmt: skip


@dataclass(frozen=True)
class Difference:
    """A field the client changed since the coach's last version: the client's stays."""

    kind: str
    name: str
    field: str
    yours: Any
    coach: Any


@dataclass(frozen=True)
class Change:
    """One thing the packet changes: `action` new, changed or skipped (with `reason`)."""

    kind: str  # exercise, ladder, session, work_step, goal, note, plan, key, questionnaire
    action: str
    name: str
    values: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


@dataclass(frozen=True)
class Received:
    """What a packet holds and what applying it changes (or changed, once `applied`)."""

    status: str  # new, same (already applied), older (a later one was applied)
    sequence: int
    applied_sequence: int
    coach_name: str | None
    sent_at: datetime
    plan_text: str | None = None
    goals: list[Any] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    applied: bool = False

    @property
    def empty(self) -> bool:
        return not self.changes


def open_packet(*, home: Path, data: bytes, pinned: str | None, now: datetime) -> PacketBodyV1:
    """The packet's body, decrypted with the client's key and its signature checked against the
    coach's signing key `pinned`. HerstelError for each way it can be wrong."""
    from herstel.exchange import crypto, packet, signing

    if not data.strip():
        raise HerstelError("packet.empty")
    if not crypto.is_encrypted(data):
        raise HerstelError("packet.not_encrypted")
    identity = crypto.client_identity(home, create=False, now=now)
    if identity is None:
        raise HerstelError("packet.no_identity")
    try:
        plain = crypto.decrypt(data, identities=[identity], passphrase=None)
    except HerstelError as problem:
        key = "packet.not_for_you" if problem.key == "export.read.not_for_you" else "packet.damaged"
        raise HerstelError(key) from None
    envelope, body = packet.read_envelope(plain)
    if pinned is None:
        raise HerstelError("packet.no_signing_key")
    if not packet.signed_by(envelope, body, pinned):
        raise HerstelError("packet.bad_signature", fingerprint=signing.fingerprint(pinned))
    parsed = packet.parse_body(body)
    signers = {signing.fingerprint(s.key) for s in envelope.signatures}
    if parsed.signing_key not in signers:
        raise HerstelError("packet.invalid", where="signing_key")
    return parsed


def pinned_signing_key(*, store: Store | None) -> str | None:
    from herstel.application.settings import COACH_SIGNING_KEY
    from herstel.store.plan import get_setting

    if store is None:
        return None
    with store.read() as conn:
        return get_setting(conn=conn, key=COACH_SIGNING_KEY)


def receive(
    *, store: Store, body: PacketBodyV1, today: date, now: datetime, apply: bool
) -> Received:
    """What the packet changes; with `apply`, changed, in one transaction."""
    from herstel.store.plan import get_setting

    opened = store.write() if apply else store.read()
    with opened as conn:
        from herstel.store.rows import active_trajectory

        trajectory = active_trajectory(conn=conn)
        if trajectory is None:
            raise HerstelError("trajectory.none")
        if trajectory.id != body.trajectory_id:
            raise HerstelError("packet.other_client")
        applied = int(get_setting(conn=conn, key=SEQUENCE_SETTING) or 0)
        base = Received(
            status="new", sequence=body.sequence, applied_sequence=applied,
            coach_name=body.coach_name or trajectory.coach_name, sent_at=body.sent_at,
            plan_text=body.plan_text,
            goals=list(body.goals),
        )  # fmt: skip
        if body.sequence <= applied:
            return replace(base, status="same" if body.sequence == applied else "older")
        work = _Apply(conn, trajectory, body, now=now, today=today, write=apply)
        work.run()
        return replace(base, changes=work.changes, differences=work.differences, applied=apply)


def _plain(value: Any) -> Any:
    """A value as the packet's JSON has it: days as ISO text, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


class _Apply:
    """One packet against the client's store, in the caller's transaction."""

    def __init__(
        self, conn: sqlite3.Connection, trajectory: TrajectoryRow, body: PacketBodyV1, *,
        now: datetime, today: date, write: bool,
    ) -> None:  # fmt: skip
        self.conn = conn
        self.trajectory = trajectory
        self.body = body
        self.now = now
        self.today = today
        self.write = write
        self.changes: list[Change] = []
        self.differences: list[Difference] = []
        known = from_coach(conn=conn, trajectory_id=trajectory.id)
        self.known = {row.id: row for row in known}

    def keep(self, ident: str, kind: str, record_id: str | None, data: dict[str, Any]) -> None:
        if self.write:
            keep_from_coach(
                conn=self.conn,
                trajectory_id=self.trajectory.id,
                row=FromCoachRow(ident, kind, record_id, data, self.body.sequence, self.now),
            )

    def run(self) -> None:
        self.coach_texts()
        self.questionnaires()
        self.exercises()
        self.ladder()
        self.sessions()
        self.steps()
        self.coach_key()
        if self.write:
            from herstel.store.plan import put_setting

            put_setting(
                conn=self.conn, key=SEQUENCE_SETTING, value=str(self.body.sequence), now=self.now
            )

    # -- the coach's own: the plan, its goals, shared notes ------------------------------------

    def coach_texts(self) -> None:
        plan_id = f"plan:{self.trajectory.id}"
        old_plan = self.known.get(plan_id)
        if (old_plan.data.get("text") if old_plan else None) != self.body.plan_text:
            action = "new" if old_plan is None else "changed"
            self.changes.append(Change("plan", action, "", {"text": self.body.plan_text}))
        self.keep(plan_id, "plan", None, {"text": self.body.plan_text})
        present: set[str] = set()
        texts: list[tuple[str, GoalV1 | SharedNoteV1]] = [
            *(("goal", goal) for goal in self.body.goals),
            *(("note", note) for note in self.body.notes),
        ]
        for kind, record in texts:
            present.add(record.id)
            data = record.model_dump(mode="json")
            old = self.known.get(record.id)
            if old is None or old.data != data:
                action = "new" if old is None else "changed"
                self.changes.append(Change(kind, action, record.text, data))
            self.keep(record.id, kind, None, data)
        for row in self.known.values():
            if row.kind in ("goal", "note") and row.id not in present and self.write:
                drop_from_coach(conn=self.conn, ident=row.id)

    def questionnaires(self) -> None:
        """Kept as the coach sent them (with the instrument); one no longer asked for is kept
        marked dropped (its instrument still scores what the client filled in, which stays
        theirs) and is gone from the list."""
        present: set[str] = set()
        for assigned in self.body.questionnaires:
            present.add(assigned.id)
            data = assigned.model_dump(mode="json")
            old = self.known.get(assigned.id)
            if old is None or old.data != data:
                action = "new" if old is None else "changed"
                values = {"title": data["instrument"]["title"], "sessions": assigned.sessions}
                self.changes.append(Change("questionnaire", action, assigned.name, values))
            self.keep(assigned.id, "questionnaire", None, data)
        for row in self.known.values():
            if (
                row.kind == "questionnaire"
                and row.id not in present
                and not row.data.get("dropped")
            ):
                title = row.data["instrument"]["title"]
                values = {"title": title, "sessions": row.data["sessions"]}
                self.changes.append(Change("questionnaire", "dropped", row.data["name"], values))
                self.keep(row.id, "questionnaire", None, {**row.data, "dropped": True})

    # -- what becomes the client's own --------------------------------------------------------

    def merge(
        self, kind: str, name: str, current: dict[str, Any], old: dict[str, Any] | None,
        new: dict[str, Any], fields: tuple[str, ...],
    ) -> dict[str, Any]:  # fmt: skip
        """The fields to change on the client's record. A field the client changed since the
        coach's last version (or, for a record of their own, one they filled in) stays theirs;
        the difference is shown when the coach's value is new."""
        updates: dict[str, Any] = {}
        for name_ in fields:
            yours, coach = _plain(current[name_]), new[name_]
            if yours == coach:
                continue
            before = None if old is None else old.get(name_)
            if (old is not None and yours == before) or (old is None and yours is None):
                updates[name_] = coach
            elif old is None or before != coach:
                self.differences.append(Difference(kind, name, name_, yours, coach))
        return updates

    def own_records(
        self, kind: str, proposals: Sequence[Any], own: Sequence[Any], *,
        name_of: Callable[[Any], str], gone: Callable[[Any], bool], fields: tuple[str, ...],
        make: Callable[[Any], Any], add: Callable[[Any], None], update: Callable[[Any], None],
    ) -> None:  # fmt: skip
        """Exercises and ladder signals: the coach's records that become the client's own. A
        record is the client's one it became before, else the client's of the same name; what
        the client stopped, removed or deleted stays so."""
        from herstel.core.entries import fold

        by_id = {record.id: record for record in own}
        for proposed in proposals:
            new = proposed.model_dump(mode="json")
            old = self.known.get(proposed.id)
            if old is not None and old.record_id is not None:
                record = by_id.get(old.record_id)
                if record is None or gone(record):
                    self.keep(proposed.id, kind, old.record_id, new)
                    continue
            else:
                same = fold(name_of(proposed))
                record = next((r for r in own if not gone(r) and fold(name_of(r)) == same), None)
            if record is None:
                made = make(proposed)
                self.changes.append(Change(kind, "new", name_of(proposed), new))
                if self.write:
                    add(made)
                self.keep(proposed.id, kind, made.id, new)
                continue
            current = {name: getattr(record, name) for name in fields}
            before = None if old is None else old.data
            updates = self.merge(kind, name_of(record), current, before, new, fields)
            if updates:
                self.changes.append(Change(kind, "changed", name_of(record), updates))
                if self.write:
                    update(replace(record, **updates, updated_at=max(self.now, record.updated_at)))
            self.keep(proposed.id, kind, record.id, new)

    def exercises(self) -> None:
        from herstel.store.exercises import ExerciseRow, add_exercise, exercises, update_exercise
        from herstel.store.rows import new_id

        def make(proposed: Any) -> ExerciseRow:
            return ExerciseRow(
                id=new_id(), trajectory_id=self.trajectory.id, created_at=self.now,
                updated_at=self.now, name=proposed.name, description=proposed.description,
                per_week=proposed.per_week, type=proposed.type, session=proposed.session,
                private=False,
            )  # fmt: skip

        self.own_records(
            "exercise", self.body.exercises,
            exercises(conn=self.conn, trajectory_id=self.trajectory.id),
            name_of=lambda e: e.name, gone=lambda e: getattr(e, "stopped_at", None) is not None,
            fields=EXERCISE_FIELDS, make=make,
            add=lambda e: add_exercise(conn=self.conn, exercise=e),
            update=lambda e: update_exercise(conn=self.conn, exercise=e),
        )  # fmt: skip

    def ladder(self) -> None:
        from herstel.store.rows import new_id
        from herstel.store.signals import (
            LadderItemRow,
            add_ladder_item,
            ladder,
            link_signals,
            update_ladder_item,
        )

        def make(proposed: Any) -> LadderItemRow:
            return LadderItemRow(
                id=new_id(), trajectory_id=self.trajectory.id, created_at=self.now,
                updated_at=self.now, signal=proposed.signal, colour=proposed.colour,
                action=proposed.action, private=False,
            )  # fmt: skip

        def add(item: LadderItemRow) -> None:
            add_ladder_item(conn=self.conn, item=item)
            link_signals(conn=self.conn, item=item)

        self.own_records(
            "ladder", self.body.ladder,
            ladder(conn=self.conn, trajectory_id=self.trajectory.id, removed=True),
            name_of=lambda i: i.signal, gone=lambda i: getattr(i, "removed_at", None) is not None,
            fields=LADDER_FIELDS, make=make, add=add,
            update=lambda i: update_ladder_item(conn=self.conn, item=i),
        )  # fmt: skip

    def sessions(self) -> None:
        from herstel.core.schedule import Plan, check_order
        from herstel.store.plan import save_session, sessions, update_trajectory

        slots = sessions(conn=self.conn, trajectory_id=self.trajectory.id)
        changed: dict[int, Any] = {}
        for proposed in self.body.sessions:
            new = proposed.model_dump(mode="json", include={"planned_on", "time"})
            slot = slots[proposed.number - 1]
            old = self.known.get(proposed.id)
            if slot.status != "planned":
                self.keep(proposed.id, "session", slot.id, new)
                continue
            current = {"planned_on": slot.planned_on, "time": slot.time}
            seen = {"planned_on": proposed.was_on.isoformat(), "time": proposed.was_time}
            updates = self.merge(
                "session", str(slot.number), current, seen if old is None else old.data, new,
                SESSION_FIELDS,
            )  # fmt: skip
            if updates:
                day = date.fromisoformat(updates.get("planned_on", slot.planned_on.isoformat()))
                first = slot.planned_on if slot.original_on is None else slot.original_on
                changed[slot.number] = replace(
                    slot, planned_on=day, time=updates.get("time", slot.time),
                    original_on=None if first == day else first,
                    updated_at=max(self.now, slot.updated_at),
                )  # fmt: skip
                self.changes.append(Change("session", "changed", str(slot.number), updates))
            self.keep(proposed.id, "session", slot.id, new)
        if not changed:
            return
        plans = [changed.get(s.number, s) for s in slots]
        check_order([Plan(s.number, s.status, s.planned_on, s.held_on) for s in plans])
        if self.write:
            for slot in changed.values():
                save_session(conn=self.conn, slot=slot)
            if 1 in changed:
                update_trajectory(
                    conn=self.conn, trajectory_id=self.trajectory.id, now=self.now,
                    values={
                        "first_session_on": changed[1].planned_on,
                        "first_session_time": changed[1].time,
                    },
                )  # fmt: skip

    def steps(self) -> None:
        from herstel.application.work import began
        from herstel.core.work import Step, check_layout
        from herstel.errors import UsageError
        from herstel.store.rows import new_id
        from herstel.store.work import add_step, steps, update_step

        own = {s.id: s for s in steps(conn=self.conn, trajectory_id=self.trajectory.id)}
        for proposed in self.body.work_steps:
            new = proposed.model_dump(mode="json", exclude={"id", "created_at", "updated_at"})
            old = self.known.get(proposed.id)
            values = {name: getattr(proposed, name) for name in STEP_FIELDS}
            values["weekdays"] = tuple(values["weekdays"])
            label = proposed.starts_on.isoformat()
            if old is not None and old.record_id is not None:
                record = own.get(old.record_id)
                if record is None:  # the client deleted it
                    self.keep(proposed.id, "work_step", old.record_id, new)
                    continue
                current = {n: getattr(record, n) for n in STEP_FIELDS}
                updates = self.merge("work_step", label, current, old.data, new, STEP_FIELDS)
                if not updates:
                    self.keep(proposed.id, "work_step", record.id, new)
                    continue
                typed = {k: _typed(k, v) for k, v in updates.items()}
                step = replace(record, **typed)
                action = "changed"
            else:
                step = Step(id=new_id(), **values)
                updates = new
                action = "new"
            others = [s for s in own.values() if s.id != step.id]
            try:
                check_layout(
                    others, changed=step, began=began(self.trajectory),
                    sick_since=self.trajectory.sick_since,
                )  # fmt: skip
            except (UsageError, HerstelError) as problem:
                self.changes.append(
                    Change("work_step", "skipped", label, updates, reason=problem.key)
                )
                continue
            self.changes.append(Change("work_step", action, label, updates))
            own[step.id] = step
            if self.write:
                save: Callable[..., None] = add_step if action == "new" else update_step
                if action == "new":
                    save(conn=self.conn, trajectory_id=self.trajectory.id, step=step, now=self.now)
                else:
                    save(conn=self.conn, step=step, now=self.now)
            self.keep(proposed.id, "work_step", step.id, new)

    def coach_key(self) -> None:
        from herstel.application.settings import COACH_KEY, COACH_SIGNING_KEY
        from herstel.store.plan import get_setting, put_setting

        recipient, _, signing = self.body.coach_key.partition("+")
        known = (
            get_setting(conn=self.conn, key=COACH_KEY),
            get_setting(conn=self.conn, key=COACH_SIGNING_KEY),
        )
        if known == (recipient, signing):
            return
        self.changes.append(Change("key", "changed", "", {"coach_key": self.body.coach_key}))
        if self.write:
            put_setting(conn=self.conn, key=COACH_KEY, value=recipient, now=self.now)
            put_setting(conn=self.conn, key=COACH_SIGNING_KEY, value=signing, now=self.now)


def _typed(name: str, value: Any) -> Any:
    """A step's field from the packet's JSON back to the record's type."""
    if name in ("starts_on", "ends_on", "advice_on"):
        return None if value is None else date.fromisoformat(value)
    if name == "weekdays":
        return tuple(value)
    return value
