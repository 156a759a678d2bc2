"""Where herstel keeps its files: one function decides, `herstel where` prints it."""

from __future__ import annotations

import contextlib
import os
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
