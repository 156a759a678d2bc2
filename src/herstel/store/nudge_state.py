"""The nudge's state: a tiny file in the home, read and written with `os` alone, so that
`herstel nudge` (run by a shell's start-up file, every time a shell opens) costs next to nothing
beyond Python's own start.

It holds a few `key=value` lines: the day of the latest check-in (`checkin`), the line the nudge
prints, already in the client's language (`line`, and `lang`), the day the nudge last printed
it (`nudged`) and the last day of a pause (`paused`). `cli/nudging.py` keeps it (after a
check-in, a change of language, `remind`, `delete` and `restore`); it holds no journal text.
A file that is missing or damaged means "say nothing".
"""

from __future__ import annotations

import os
import sys

# Not `typing.TYPE_CHECKING`: importing typing or collections.abc would cost the nudge's start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

STATE_NAME = "nudge-state"
STATE_MAX = 4096  # bytes: a handful of short lines
KEYS = ("checkin", "lang", "line", "nudged", "paused")


def fast_home(cli_home: str | None, environ: Mapping[str, str]) -> str | None:
    """The home as `store.home.resolve_home` finds it, without platformdirs (a test holds the
    two together). None where the platform's folder is not known here (Windows)."""
    if cli_home:
        return os.path.abspath(os.path.expanduser(cli_home))
    env_home = environ.get("HERSTEL_HOME")
    if env_home:
        return os.path.abspath(os.path.expanduser(env_home))
    user = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(user, "Library", "Application Support", "herstel")
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        data = environ.get("XDG_DATA_HOME", "").strip()
        return os.path.join(data or os.path.join(user, ".local", "share"), "herstel")
    return None


def read_state(home: str) -> dict[str, str]:
    """The state's values ({} without a file, or for one that cannot be read as one)."""
    try:
        fd = os.open(
            os.path.join(home, STATE_NAME),
            os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0),
        )
    except OSError:
        return {}
    try:
        if not _is_regular(fd):
            return {}
        raw = os.read(fd, STATE_MAX + 1)
    except OSError:
        return {}
    finally:
        os.close(fd)
    if len(raw) > STATE_MAX:
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {}
    values = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key in KEYS:
            values[key] = value
    return values


def _is_regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)


def write_state(home: str, values: Mapping[str, str | None]) -> None:
    """Change the given values (None removes one), keep the others; 0600, renamed into place.
    A home that is not there yet, or cannot be written, is left as it is: the state is a
    convenience, never a reason for a command to fail."""
    state = read_state(home)
    for key, value in values.items():
        if key not in KEYS:
            raise ValueError(key)
        if value is None:
            state.pop(key, None)
        else:
            state[key] = " ".join(value.split())  # one line each
    data = "".join(f"{key}={state[key]}\n" for key in KEYS if key in state).encode("utf-8")
    path = os.path.join(home, STATE_NAME)
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        fd = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o600
        )
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError:
        try:  # noqa: SIM105 - contextlib would cost the nudge's start
            os.unlink(temp)
        except OSError:
            pass
