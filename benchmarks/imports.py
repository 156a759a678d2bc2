"""Import benchmark: hostile files just under the 50 MB a file may have, each imported by
`herstel coach import` as a whole process, with its time and peak memory.

    python benchmarks/imports.py [--only TEXT] [--mb 49]

Each shape is a file a person could be sent: nested deep, a flat array of millions of numbers,
millions of tiny objects, millions of records each wrong, huge strings, a record with millions
of keys, and, for comparison, an export of ten years of daily entries and the largest valid
export the marks count lets through. Most are built on the committed fixture export
(tests/fixtures/export-v1.json), so that they pass every check before the one they attack.
Prints each shape's time, peak memory (of the herstel process alone) and first words of its
message; exits 1 when one is over PEAK_MB or TIME_S. tests/test_faults_files.py runs the same
shapes; the latest figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from herstel.exchange.read import MARKS_MAX

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "export-v1.json"
MB = 1024 * 1024
PEAK_MB = 500  # the promise: any file herstel takes stays under this
TIME_S = 5.0  # and says what is wrong within a few seconds
MARKS = MARKS_MAX - 10_000  # just under the count a file may hold


def base() -> dict[str, Any]:
    """A valid export (the fixture), to be spoiled in one place."""
    document: dict[str, Any] = json.loads(FIXTURE.read_bytes())
    return document


def padded(head: bytes, middle: bytes, tail: bytes, size: int) -> bytes:
    """`head + middle + tail`, with spaces (which JSON skips) up to `size` bytes."""
    return head + middle + b" " * max(0, size - len(head) - len(middle) - len(tail)) + tail


def in_checkins(middle: bytes, size: int) -> bytes:
    """The fixture with `middle` as the content of its check-in list."""
    document = base()
    document["checkins"] = ["@@"]
    head, tail = json.dumps(document).encode().split(b'"@@"')
    return padded(head, middle, tail, size)


def in_first_checkin(field: str, value: bytes, size: int) -> bytes:
    """The fixture with `value` as the JSON of one field of its first check-in."""
    document = base()
    document["checkins"][0][field] = "@@"
    head, tail = json.dumps(document).encode().split(b'"@@"')
    return padded(head, value, tail, size)


def repeated(unit: bytes, count: int) -> bytes:
    """`count` times `unit`, separated by commas."""
    return (unit + b",") * (count - 1) + unit


def wrong_record() -> bytes:
    """A check-in with every key and every value wrong."""
    record = {key: "x" for key in base()["checkins"][0]}
    return json.dumps(record, separators=(",", ":")).encode()


def many_keys(count: int) -> bytes:
    return b"{" + b",".join(b'"k%d":0' % n for n in range(count)) + b"}"


def ten_years() -> dict[str, Any]:
    """A valid export of ten years of daily check-ins (and the fixture's other entries)."""
    document = base()
    first = document["checkins"][0]
    start = date.fromisoformat(first["day"])
    document["checkins"] = [
        {
            **first,
            "id": str(uuid.UUID(int=n + 1, version=4)),
            "day": (start - timedelta(days=n)).isoformat(),
            "note": "Een dag zoals veel andere, met wat wandelen en wat werk.",
        }
        for n in range(3650)[::-1]
    ]
    return document


def at_the_cap(size: int) -> bytes:
    """A valid export with as many check-ins as the marks count lets through (or `size`)."""
    document = ten_years()
    record = json.dumps(document["checkins"][0]).encode()
    per = record.count(b",") + record.count(b"{") + record.count(b"[") + 1
    count = min(MARKS // per - 1000, size // (len(record) + 2))
    first = date.fromisoformat(document["checkins"][-1]["day"])
    document["checkins"] = [
        {
            **document["checkins"][0],
            "id": str(uuid.UUID(int=n + 1, version=4)),
            "day": (first - timedelta(days=n)).isoformat(),
        }
        for n in range(count)[::-1]
    ]
    return json.dumps(document).encode()


def long_notes(size: int) -> bytes:
    """A valid export of check-ins with notes as long as a text may be, filling `size`."""
    document = ten_years()
    note = (  # as prose has them: a comma in about 90 characters; 198,000 characters in all
        "Vandaag was zwaar, maar ik heb gewandeld en daarna rustig thee gedronken bij het raam. "
        * 2250
    )
    count = min(len(document["checkins"]), size // (len(note) + 600))
    document["checkins"] = [{**c, "note": note} for c in document["checkins"][-count:]]
    return json.dumps(document).encode()


def much_work(size: int) -> bytes:
    """A passphrase file whose scrypt stanza asks for 2^22 KiB (4 GiB) and a minute of work
    before the passphrase could even be found wrong. (Made by hand: only its header matters.)"""
    salt, key, mac = (base64.b64encode(os.urandom(n)).rstrip(b"=") for n in (16, 32, 32))
    header = b"age-encryption.org/v1\n-> scrypt " + salt + b" 22\n" + key + b"\n--- " + mac
    return header + b"\n" + os.urandom(16 + 1024)


@dataclass(frozen=True)
class Shape:
    name: str
    make: Callable[[int], bytes]  # size in bytes -> the file
    expected: str  # in the message (English), or "" for a file that imports
    sealed: str = ""  # "coach": encrypted to the coach's key, "armored": as text too, or
    # "passphrase": with PASSPHRASE; "" plain
    promised: bool = True  # under PEAK_MB (a passphrase's scrypt takes what the file sets)


PASSPHRASE = "a long passphrase"  # noqa: S105 - made up for the benchmark

SHAPES = [
    Shape("nested 50 million deep", lambda size: b"[" * size, "far more values"),
    Shape(
        "nested under the count",
        lambda size: in_checkins(b"[" * MARKS + b"]" * MARKS, size),
        "nested far too deep",
    ),
    Shape(
        "flat array of 25 million numbers",
        lambda size: padded(b"[", repeated(b"0", size // 2 - 1), b"]", size),
        "far more values",
    ),
    Shape(
        "a million numbers as check-ins",
        lambda size: in_checkins(repeated(b"1", MARKS), size),
        "the first at checkins.0",
    ),
    Shape(
        "16 million tiny objects",
        lambda size: padded(b"[", repeated(b"{}", size // 3 - 1), b"]", size),
        "far more values",
    ),
    Shape(
        "half a million tiny objects as check-ins",
        lambda size: in_checkins(repeated(b"{}", MARKS // 2), size),
        "the first at checkins.0.id",
    ),
    Shape(
        "60,000 check-ins, each wrong",
        lambda size: in_checkins(repeated(wrong_record(), MARKS // 16), size),
        "the first at checkins.0.id",
    ),
    Shape(
        "a 50 MB string",
        lambda size: in_first_checkin("note", b'"' + b"a" * (size - 10_000) + b'"', size),
        "the first at checkins.0.note",
    ),
    Shape(
        "a string of 4 million escaped emoji",
        lambda size: in_first_checkin(
            "note", b'"' + b"\\ud83d\\ude00" * ((size - 10_000) // 12) + b'"', size
        ),
        "the first at checkins.0.note",
    ),
    Shape(
        "a check-in with a million keys",
        lambda size: in_checkins(many_keys(MARKS), size),
        "problem(s), the first at checkins.0.id",
    ),
    Shape(
        "a million givers in one check-in",
        lambda size: in_first_checkin("givers", b"[" + repeated(b'"a"', MARKS) + b"]", size),
        "the first at checkins.0.givers",
    ),
    Shape(
        "a check-in with a million keys, encrypted",
        lambda size: in_checkins(many_keys(MARKS), size),
        "problem(s), the first at checkins.0.id",
        sealed="coach",
    ),
    Shape(
        "a 50 MB string, encrypted as text",
        lambda size: in_first_checkin(
            "note", b'"' + b"a" * (size * 7 // 10) + b'"', size * 7 // 10
        ),
        "the first at checkins.0.note",
        sealed="armored",
    ),
    Shape("a passphrase asking for 4 GiB", much_work, "far more work"),
    Shape("ten years of daily check-ins", lambda size: json.dumps(ten_years()).encode(), ""),
    Shape("the most check-ins the count lets through", at_the_cap, ""),
    Shape("check-ins with the longest notes", long_notes, ""),
    Shape(
        "ten years, encrypted",
        lambda size: json.dumps(ten_years()).encode(),
        "",
        sealed="coach",
    ),
    Shape(
        "ten years, with a passphrase",
        lambda size: json.dumps(ten_years()).encode(),
        "",
        sealed="passphrase",
        promised=False,
    ),
]


def sealed(shape: Shape, data: bytes, recipient: str) -> bytes:
    """The file as sent: plain, or encrypted the way the shape says."""
    import pyrage
    from pyrage import passphrase, x25519

    if shape.sealed == "passphrase":
        return bytes(passphrase.encrypt(data, PASSPHRASE))
    if shape.sealed:
        key = x25519.Recipient.from_str(recipient)
        return bytes(pyrage.encrypt(data, [key], armored=shape.sealed == "armored"))
    return data


@dataclass(frozen=True)
class Measured:
    size: int  # of the file, in bytes
    seconds: float
    peak_mb: float
    exit_code: int
    stderr: str


# Waits for the command alone and prints its rusage. A process's peak memory (ru_maxrss) starts
# from the memory of the process it was forked from, so the command is started from this small
# one, not from the large process that built a 50 MB file (or from pytest).
LAUNCHER = """
import json, os, subprocess, sys, time
timeout, args = float(sys.argv[1]), sys.argv[2:]
start = time.perf_counter()
process = subprocess.Popen(args, stdout=subprocess.DEVNULL)
while True:
    pid, status, usage = os.wait4(process.pid, os.WNOHANG)
    if pid:
        break
    if time.perf_counter() - start > timeout:
        process.kill()
        os.wait4(process.pid, 0)
        sys.exit(3)
    time.sleep(0.01)
process.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps([time.perf_counter() - start, usage.ru_maxrss, process.returncode]))
"""


def run_measured(args: list[str], *, env: dict[str, str], timeout: float) -> Measured:
    """Run `args`: its time, its own peak memory (ru_maxrss, through os.wait4), its exit code and
    stderr. Killed, and TimeoutError, after `timeout` seconds."""
    with tempfile.TemporaryFile() as err:
        done = subprocess.run(
            [sys.executable, "-c", LAUNCHER, str(timeout), *args],
            env=env, stdout=subprocess.PIPE, stderr=err, check=False, timeout=timeout + 30,
        )  # fmt: skip
        if done.returncode == 3:
            raise TimeoutError(" ".join(args))
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    seconds, peak, exit_code = json.loads(done.stdout)
    peak_mb = peak / (MB if sys.platform == "darwin" else 1024)  # bytes there, KiB here
    return Measured(0, seconds, peak_mb, exit_code, stderr)


def import_file(path: Path, home: Path, *, timeout: float = 60.0) -> Measured:
    """`herstel coach import FILE` on `home`, in English (the passphrase from the environment)."""
    env = {
        **os.environ, "HERSTEL_HOME": str(home), "HERSTEL_LANG": "en",
        "HERSTEL_PASSPHRASE": PASSPHRASE,
    }  # fmt: skip
    return run_measured(
        [sys.executable, "-m", "herstel", "coach", "import", str(path)], env=env, timeout=timeout
    )


def coach_key(tmp: Path) -> tuple[bytes, str]:
    """A coach's identity file (made by `herstel coach keygen`) and its public key."""
    home = tmp / "keys"
    subprocess.run(
        [sys.executable, "-m", "herstel", "--home", str(home), "coach", "keygen"],
        check=True, capture_output=True,
    )  # fmt: skip
    identity = (home / "coach-identity.txt").read_bytes()
    return identity, identity.split(b"# public key: ")[1].split()[0].decode()


def measure(shape: Shape, tmp: Path, *, size: int, identity: bytes, recipient: str) -> Measured:
    """The shape's file imported into a fresh coach home holding `identity`."""
    path = tmp / "shape.json"
    path.write_bytes(sealed(shape, shape.make(size), recipient))
    home = tmp / "home"
    home.mkdir(mode=0o700)
    (home / "coach-identity.txt").write_bytes(identity)
    try:
        return replace(import_file(path, home), size=path.stat().st_size)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", default="", help="only the shapes whose name holds this")
    parser.add_argument("--mb", type=int, default=49, help="the size of each file (MB)")
    options = parser.parse_args()
    over = False
    print(f"{'shape':45} {'size':>7} {'time':>7} {'peak':>8}  message")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        identity, recipient = coach_key(tmp)
        for shape in SHAPES:
            if options.only not in shape.name:
                continue
            done = measure(shape, tmp, size=options.mb * MB, identity=identity, recipient=recipient)
            message = done.stderr.strip().partition("not imported. ")[2] or done.stderr.strip()
            bad = (shape.promised and done.peak_mb > PEAK_MB) or (
                bool(shape.expected) and done.seconds > TIME_S
            )
            over |= bad
            print(
                f"{shape.name:45} {done.size / MB:5.1f}MB {done.seconds:6.2f}s "
                f"{done.peak_mb:6.0f}MB  {message[:60] or 'imported'}{'  **over**' if bad else ''}"
            )
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
