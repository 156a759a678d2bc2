"""`herstel nudge`: for a shell's start-up file. In the first shell of a day without a check-in
it prints one calm line; otherwise nothing. It runs every time a shell opens, so
`herstel.__main__` hands it here before anything else is imported: it reads the tiny state file
(`store/nudge_state.py`) with `os` alone, and the line it prints was put there, already in the
client's language, by `cli/nudging.py` (after a check-in, a change of language, `remind`,
`delete` and `restore`).
"""

from __future__ import annotations

import os
import time

from herstel.store.nudge_state import fast_home, read_state, write_state

# Not `typing.TYPE_CHECKING`: importing typing or collections.abc would cost the nudge's start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

PIN = "HERSTEL_TODAY"  # herstel.core.clock's pin: tests and demos run on a day of their own


def today_text(environ: Mapping[str, str]) -> str:
    """Today as YYYY-MM-DD: the pinned day, else the local date."""
    pinned = environ.get(PIN, "")[:10]
    if len(pinned) == 10 and pinned[4] == "-" and pinned[7] == "-":
        return pinned
    return time.strftime("%Y-%m-%d")


def nudge_line(home: str | None, today: str) -> str | None:
    """The line to print now, `today` (YYYY-MM-DD), noted as printed; or None."""
    if home is None:
        return None
    state = read_state(home)
    line = state.get("line")
    if not line or today in (state.get("checkin"), state.get("nudged")):
        return None
    if today <= state.get("paused", ""):
        return None
    write_state(home, {"nudged": today})
    return line


def fast_args(args: list[str]) -> str | bool | None:
    """For `[--home DIR] nudge`: the --home given (None without one); False for anything else,
    which goes the usual way (--lang, --help: Typer's)."""
    if args == ["nudge"]:
        return None
    if len(args) == 3 and args[0] == "--home" and args[2] == "nudge":
        return args[1]
    return False


def main(cli_home: str | None) -> int:
    line = nudge_line(fast_home(cli_home, os.environ), today_text(os.environ))
    if line is not None:
        try:  # noqa: SIM105 - contextlib would cost the nudge's start
            os.write(1, (line + "\n").encode("utf-8", "replace"))
        except OSError:  # a closed stdout: nothing to say it on
            pass
    return 0
