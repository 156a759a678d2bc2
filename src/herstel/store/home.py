"""Where herstel keeps its files: one function decides, `herstel where` prints it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from herstel.errors import HerstelError

STORE_NAME = "herstel.db"
COACH_STORE_NAME = "coach.db"
SETTINGS_NAME = "settings.json"
BACKUPS_NAME = "backups"


def resolve_home(cli_home: str | None, environ: Mapping[str, str]) -> Path:
    """--home beats HERSTEL_HOME, which beats the platform's user data folder."""
    if cli_home:
        return Path(cli_home).expanduser().absolute()
    env_home = environ.get("HERSTEL_HOME")
    if env_home:
        return Path(env_home).expanduser().absolute()
    from platformdirs import user_data_path

    return user_data_path("herstel", appauthor=False)


def ensure_home(home: Path) -> Path:
    """Create the home (0700) if it is not there yet; an existing folder is left as it is."""
    if not home.is_dir():
        try:
            home.mkdir(mode=0o700, parents=True, exist_ok=True)
            home.chmod(0o700)
        except OSError:
            raise HerstelError("home.unusable", path=str(home)) from None
    return home


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` as 0600 through a temp file renamed into place."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


class NotAFile(OSError):
    """There is something by that name, but not a regular file (a pipe, a device, a socket)."""


def read_regular(path: Path, *, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of the regular file at `path` (one more than `limit` tells the
    caller it is larger). Anything else by that name is refused before it is opened, so that
    nothing ever waits on it or reads without end: IsADirectoryError for a folder, NotAFile for
    a pipe or a device (also behind a symbolic link), and what `stat` and `open` raise
    (FileNotFoundError, PermissionError, ...)."""
    _regular(os.stat(path).st_mode, path)
    # O_NONBLOCK: should a pipe take the file's place after that look, opening it does not wait
    # for a writer, and the second look refuses it.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        found = os.fstat(fd)
        _regular(found.st_mode, path)
        chunks: list[bytes] = []
        size = 0
        step = min(limit + 1, found.st_size + 1)  # the whole file in one read, as a rule
        while size <= limit:
            chunk = os.read(fd, min(step, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            step = 1024 * 1024
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def _regular(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(str(path))
    if not stat.S_ISREG(mode):
        raise NotAFile(str(path))


INBOX_NAME = "inbox"  # where a client may save what the coach sends; read ones go to inbox/read
INBOX_READ_NAME = "read"


def inbox_files(home: Path) -> list[Path]:
    """The files waiting in the home's inbox, oldest first (nothing when there is no inbox)."""
    folder = home / INBOX_NAME
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = [e for e in entries if not e.name.startswith(".") and e.is_file(follow_symlinks=False)]
    found.sort(key=lambda e: (e.stat(follow_symlinks=False).st_mtime, e.name))
    return [Path(e.path) for e in found]


def put_aside(path: Path, home: Path) -> Path | None:
    """A file from the inbox moved to inbox/read (0700), once it has been received; None when
    it was not in the inbox."""
    folder = home / INBOX_NAME
    if path.resolve().parent != folder.resolve():
        return None
    read = folder / INBOX_READ_NAME
    read.mkdir(mode=0o700, exist_ok=True)
    target = read / path.name
    os.replace(path, target)
    return target
