"""Shared by the fault tests (tests/test_faults_*.py): how many rounds an attack runs.

The suite runs each attack a few times, within its time budget. Before a release, the soak mode
runs them for longer: `HERSTEL_SOAK=1 .venv/bin/pytest tests/test_faults_*.py`
(docs/reliability.md).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

HERSTEL = [sys.executable, "-m", "herstel"]
SOAK = os.environ.get("HERSTEL_SOAK") == "1"


def rounds(fast: int, soak: int) -> int:
    """`fast` rounds in the suite, `soak` in the soak mode."""
    return soak if SOAK else fast


def finished(home: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`herstel --home HOME ARGS...` run to its end, its output kept."""
    return subprocess.run(
        [*HERSTEL, "--home", str(home), *args],
        check=False,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> int | None:
    """SIGKILL `process` after `seconds` (unless it ended first); its exit code if it ended."""
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None
