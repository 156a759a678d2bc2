"""Exchange benchmark: export, import, the coach's overview, the coach's packet (send and
receive) and a questionnaire it brings (listed, filled in), as whole processes, timed against
`python -c "import sqlmodel"` measured in the same run.

    python benchmarks/exchange.py [--runs 11]

A realistic year of one client (365 check-ins, about 600 signals, 100 pattern and biography
notes, 8 exercises with 400 practices) is made in a store the way herstel makes it; a coach store
of 200 such clients is made by importing copies of its export under fresh ids. Prints each
median, its ratio and target, and exits 1 when a command is over its target. Tests never assert
a time; the latest figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from startup import PY, Case, benchmark, fixed, herstel, run_herstel

CLIENTS = 200
FLOOR = "import sqlmodel"
EXAMPLE = Path(__file__).parent.parent / "docs" / "questionnaires" / "energiebalans.toml"


NOW_UTC = datetime.now(UTC)  # a benchmark runs as a command would: at the real time


def one_year(home: Path, coach_key: str) -> None:
    """A client's home with a year of entries, written through herstel's own store functions."""
    from herstel.core.trajectory import TrajectoryPlan
    from herstel.store.db import open_store
    from herstel.store.queries import add_record, add_trajectory, put_setting
    from herstel.store.timeline import model_of

    rng = random.Random(8)  # noqa: S311 - made-up data, the same every run
    home.mkdir(mode=0o700)
    today = date.today()
    first = today - timedelta(days=364)
    store = open_store(home / "herstel.db", backups=home / "backups", now=NOW_UTC)
    now = datetime.now(UTC)
    plan = TrajectoryPlan(
        client_name="Bench", coach_name="Coach", first_session_on=first, first_session_time=None,
        phase1_sessions=5, phase2_weeks=4, focus="self-relation", language="nl",
    )  # fmt: skip
    with store.writing() as session:
        trajectory = add_trajectory(session=session, plan=plan, now=now)
        put_setting(session=session, key="coach-key", value=coach_key, now=now)
        put_setting(session=session, key="language", value="nl", now=now)

        def add(kind: str, **values: Any) -> str:
            record = add_record(
                session=session, model=model_of(kind), trajectory_id=trajectory.id, now=now,
                values={"private": False, **values},
            )  # fmt: skip
            return str(record.id)

        ladder = [add("ladder", signal=s, colour=c, action="Rust nemen")
                  for s, c in (("Strakke schouders", "orange"), ("Hoofdpijn", "red"),
                               ("Onrust", "green"))]  # fmt: skip
        exercises = [add("exercise", name=f"Oefening {n}", description="Tien minuten",
                         per_week=3, type="mindfulness", session=1 + n % 5)
                     for n in range(8)]  # fmt: skip
        for offset in range(365):
            day = first + timedelta(days=offset)
            add("checkin", day=day, energy=rng.randint(2, 8),
                sleep_hours=rng.choice([6, 7.5, 8]), sleep_quality=3, food=3, movement=30,
                relaxation=15, structure=3, givers=["wandelen"], drainers=["mail"],
                note="Een dag zoals veel andere.")  # fmt: skip
        for n in range(600):
            add("signal", day=first + timedelta(days=n * 365 // 600), time="14:00",
                what="Strakke schouders", type="body", location="schouders", intensity=3,
                limit=rng.choice(["none", "near", "crossed"]), fit=False,
                situation="Een late vergadering", response="Even gewandeld",
                ladder_item_id=ladder[n % 3])  # fmt: skip
        for n in range(70):
            add("pattern", day=first + timedelta(days=n * 5), time=None,
                situation="Weer ja gezegd", behaviour="Alles zelf gedaan",
                consequence="Moe", unnoticed=None, belief="no-burden", belief_text=None,
                new_behaviour="Nee gezegd", reflection="Dat ging beter dan gedacht")  # fmt: skip
        for n in range(30):
            add("bio", day=first + timedelta(days=n * 12), time=None, life_stage="Studie",
                text="Veel gewerkt", drives="Erbij horen", pattern="Hard werken")  # fmt: skip
        for n in range(400):
            add("practice", exercise_id=exercises[n % 8],
                day=first + timedelta(days=n * 365 // 400), time=None, minutes=10,
                note=None)  # fmt: skip
    store.close()


UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _fresh_ids() -> Any:
    """A replacement for each id: a new UUID, the same one wherever the id comes again."""
    fresh: dict[bytes, bytes] = {}
    return lambda found: fresh.setdefault(found[0], str(uuid.uuid4()).encode())


def many_clients(coach: Path, plain: bytes, count: int) -> None:
    """A coach store of `count` clients: the export again and again under fresh ids."""
    from herstel.application.coach import merge_into
    from herstel.exchange.read import parse_export
    from herstel.store.db import open_store

    store = open_store(coach / "coach.db", backups=coach / "backups", now=NOW_UTC)
    for number in range(count):
        data = UUID.sub(_fresh_ids(), plain)
        document = json.loads(data)
        document["trajectory"]["client_name"] = f"Client {number:03d}"
        merge_into(
            store=store, export=parse_export(json.dumps(document).encode()), now=datetime.now(UTC)
        )
    store.close()


def cases(tmp: Path) -> list[Case]:
    coach = tmp / "coach"
    run_herstel(coach, "coach", "keygen")
    key = (coach / "coach-identity.txt").read_text().split("# public key: ")[1].split()[0]
    client = tmp / "client"
    one_year(client, key)
    encrypted, plain = tmp / "year.age", tmp / "year.json"
    run_herstel(client, "export", "-o", str(encrypted))
    run_herstel(client, "export", "--plain", "-o", str(plain))
    up_to_date = tmp / "up-to-date"
    up_to_date.mkdir(mode=0o700)
    (up_to_date / "coach-identity.txt").write_bytes((coach / "coach-identity.txt").read_bytes())
    run_herstel(up_to_date, "coach", "import", str(encrypted))
    crowded = tmp / "crowded"
    crowded.mkdir(mode=0o700)
    many_clients(crowded, plain.read_bytes(), CLIENTS)

    # The coach's packet: a coach who proposes a plan to the year's client, and a copy of the
    # client's home (taken fresh before each run) that takes it in.
    proposing = tmp / "proposing"
    proposing.mkdir(mode=0o700)
    for name in ("coach-identity.txt", "coach-signing-key.pem"):
        shutil.copy(coach / name, proposing / name)
    run_herstel(proposing, "coach", "import", str(encrypted))
    for args in (
        ("goal", "add", "Bench", "Twee rustige uren per middag", "--part", "energy"),
        ("goal", "add", "Bench", "Zien wat me dreef", "--part", "biography"),
        ("plan", "text", "Bench", "Eerst rust en ritme; werk komt later."),
        ("exercise", "add", "Bench", "Bodyscan", "--per-week", "3", "--session", "2"),
        ("exercise", "add", "Bench", "Oefening 1", "--per-week", "5"),
        ("ladder", "add", "Bench", "Hoofdpijn", "--colour", "orange", "--action", "Liggen"),
        ("note", "Bench", "Goed dat je nee zei.", "--share"),
        ("questionnaire", "add", str(EXAMPLE)),
        ("questionnaire", "assign", "Bench", "energiebalans", "--sessions", "1,5,10"),
    ):
        run_herstel(proposing, "coach", *args)
    pin = subprocess.run(
        herstel("coach", "key"), env={**os.environ, "HERSTEL_HOME": str(proposing)},
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    run_herstel(client, "config", "set", "coach-key", pin)
    packet = tmp / "packet.age"
    run_herstel(proposing, "coach", "send", "Bench", "-o", str(packet))
    sent = tmp / "sent.age"
    receiving = tmp / "receiving"

    def no_packet() -> None:
        sent.unlink(missing_ok=True)

    def fresh_client() -> None:
        shutil.rmtree(receiving, ignore_errors=True)
        receiving.mkdir(mode=0o700)
        for name in ("herstel.db", "client-identity.txt"):
            shutil.copy(client / name, receiving / name)

    taken = tmp / "taken"
    fresh_client()
    shutil.copytree(receiving, taken)
    run_herstel(taken, "receive", str(packet), "--yes")

    def empty_coach_store() -> None:
        for name in ("coach.db", "coach.db-wal", "coach.db-shm"):
            (coach / name).unlink(missing_ok=True)

    at_client = {"HERSTEL_HOME": str(client)}
    return [
        Case("python -c pass", fixed(PY, "-c", "pass")),
        Case(FLOOR, fixed(PY, "-c", "import sqlmodel")),
        Case(
            "export --plain (a year)",
            fixed(*herstel("export", "--plain", "-o", str(tmp / "out.json"))),
            FLOOR,
            1.4,
            env=at_client,
        ),
        Case(
            "export, encrypted (a year)",
            fixed(*herstel("export", "-o", str(tmp / "out.age"))),
            FLOOR,
            1.4,
            env=at_client,
        ),
        Case(
            "coach import, empty store",
            fixed(*herstel("coach", "import", str(encrypted))),
            FLOOR,
            1.6,
            env={"HERSTEL_HOME": str(coach)},
            setup=empty_coach_store,
        ),
        Case(
            "coach import, same file again",
            fixed(*herstel("coach", "import", str(encrypted))),
            FLOOR,
            1.4,
            env={"HERSTEL_HOME": str(up_to_date)},
        ),
        Case(
            f"coach clients ({CLIENTS} clients)",
            fixed(*herstel("coach", "clients")),
            FLOOR,
            1.5,
            env={"HERSTEL_HOME": str(crowded)},
        ),
        Case(
            "coach send (a plan for the year's client)",
            fixed(*herstel("coach", "send", "Bench", "-o", str(sent))),
            FLOOR,
            # The ORM's store (SQLModel, which `coach import` no longer loads), the packet's
            # models and both crypto libraries: see docs/performance.md.
            1.7,
            env={"HERSTEL_HOME": str(proposing)},
            setup=no_packet,
        ),
        Case(
            "receive --yes (that packet, a year's journal)",
            fixed(*herstel("receive", str(packet), "--yes")),
            FLOOR,
            1.4,
            env={"HERSTEL_HOME": str(receiving)},
            setup=fresh_client,
        ),
        Case(
            "receive --yes, the same packet again",
            fixed(*herstel("receive", str(packet), "--yes")),
            FLOOR,
            1.2,
            env={"HERSTEL_HOME": str(taken)},
        ),
        Case(
            "questionnaire (what is due and done)",
            fixed(*herstel("questionnaire")),
            FLOOR,
            1.0,
            env={"HERSTEL_HOME": str(taken)},
        ),
        Case(
            "questionnaire fill --answers",
            fixed(*herstel("questionnaire", "fill", "energiebalans", "--answers", "1,2,3,2,3,")),
            FLOOR,
            1.0,
            env={"HERSTEL_HOME": str(taken)},
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    options = parser.parse_args()
    if options.runs < 5:
        parser.error("--runs: at least 5")
    _, _, over = benchmark(cases, runs=options.runs)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
