"""Files a command writes where the person asks (a calendar, a summary to print): 0600, through
a temp file renamed into place, and never over a file that herstel did not write."""

from __future__ import annotations

from pathlib import Path

from herstel.errors import HerstelError

PEEK = 512  # how far into an existing file herstel's own mark is looked for


def write_user_file(target: str, data: bytes, *, mark: bytes | tuple[bytes, ...]) -> Path:
    """Write `data` to `target`. An existing file is replaced only when its start carries `mark`
    (or one of the marks: herstel wrote it, e.g. last week's summary); anything else there is
    left alone."""
    from herstel.store.home import write_private

    path = Path(target).expanduser()
    if path.is_dir():
        raise HerstelError("file.is_folder", path=str(path))
    if not path.parent.is_dir():
        raise HerstelError("backup.no_folder", path=str(path.parent))
    if path.exists():
        try:
            with path.open("rb") as handle:
                start = handle.read(PEEK)
        except OSError:
            raise HerstelError("file.unwritable", path=str(path)) from None
        marks = mark if isinstance(mark, tuple) else (mark,)
        if not any(m in start for m in marks):
            raise HerstelError("file.not_ours", path=str(path))
    try:
        write_private(path, data)
    except OSError:
        raise HerstelError("file.unwritable", path=str(path)) from None
    return path
