"""Start-up benchmark: whole processes, timed against floors measured in the same run.

    python benchmarks/startup.py [--runs 15]

Each command runs once to warm up, then --runs times, the commands interleaved so that a busy
moment on the machine touches all of them alike. Prints each median, its ratio to its floor and
the target. Tests never assert a time; the latest figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PY = sys.executable


@dataclass(frozen=True)
class Case:
    name: str
    argv: list[str]
    floor: str | None = None  # the name of the floor case it is compared with
    target: float | None = None  # the largest acceptable ratio to the floor


def herstel(*args: str) -> list[str]:
    script = Path(PY).with_name("herstel")
    return [str(script), *args] if script.exists() else [PY, "-m", "herstel", *args]


def cases() -> list[Case]:
    return [
        Case("python -c pass", [PY, "-c", "pass"]),
        Case("import typer", [PY, "-c", "import typer"]),
        Case("import sqlmodel", [PY, "-c", "import sqlmodel"]),
        Case("herstel --version", herstel("--version"), "python -c pass", 2.0),
        Case("herstel --help", herstel("--help"), "import typer", 3.0),
        Case("herstel config --json", herstel("config", "--json"), "import sqlmodel", 1.35),
    ]


def prepare_home(home: Path) -> None:
    subprocess.run(
        herstel("init", "--name", "Bench", "--first-session", "today"),
        env={**os.environ, "HERSTEL_HOME": str(home)},
        check=True,
        capture_output=True,
    )


def time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    if options.runs < 9:
        parser.error("--runs: at least 9")

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        prepare_home(home)
        env = {**os.environ, "HERSTEL_HOME": str(home), "NO_COLOR": "1"}
        todo = cases()
        timings: dict[str, list[float]] = {case.name: [] for case in todo}
        for case in todo:  # warm-up: caches, .pyc files
            time_once(case.argv, env)
        for _ in range(options.runs):
            for case in todo:
                timings[case.name].append(time_once(case.argv, env))

    medians = {name: statistics.median(values) for name, values in timings.items()}
    print(
        f"# {platform.node()}: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {options.runs} runs each, medians"
    )
    print(f"{'command':<28} {'median ms':>10} {'ratio':>7} {'target':>7}  floor")
    failed = False
    for case in todo:
        median = medians[case.name]
        if case.floor is None:
            print(f"{case.name:<28} {median * 1000:>10.1f} {'':>7} {'':>7}  (floor)")
            continue
        ratio = median / medians[case.floor]
        ok = case.target is None or ratio <= case.target
        failed |= not ok
        mark = "" if ok else "  OVER TARGET"
        print(
            f"{case.name:<28} {median * 1000:>10.1f} {ratio:>6.2f}x {case.target:>6.2f}x"
            f"  {case.floor}{mark}"
        )
    if shutil.which("jrnl") is None:
        print("(jrnl not installed: its floor is skipped)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
