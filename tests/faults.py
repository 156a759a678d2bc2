"""Shared by the fault tests (tests/test_faults_*.py): how many rounds an attack runs.

The suite runs each attack a few times, within its time budget. Before a release, the soak mode
runs them for longer: `HERSTEL_SOAK=1 .venv/bin/pytest tests/test_faults_*.py`
(docs/reliability.md).
"""

from __future__ import annotations

import os

SOAK = os.environ.get("HERSTEL_SOAK") == "1"


def rounds(fast: int, soak: int) -> int:
    """`fast` rounds in the suite, `soak` in the soak mode."""
    return soak if SOAK else fast
