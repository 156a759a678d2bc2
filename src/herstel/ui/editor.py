"""Long text in the person's own editor ($VISUAL or $EDITOR): a temp file, 0600, in a private
folder that is removed afterwards, whatever happens."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from herstel.errors import HerstelError


def editor_command() -> list[str]:
    for variable in ("VISUAL", "EDITOR"):
        value = os.environ.get(variable, "").strip()
        if value:
            return shlex.split(value)
    for fallback in ("nano", "vi"):
        if shutil.which(fallback):
            return [fallback]
    raise HerstelError("editor.none")


def edit_text(text: str) -> str:
    """`text` as the person left it after editing it. HerstelError when the editor could not be
    started or did not finish well (nothing is saved then)."""
    command = editor_command()
    folder = tempfile.mkdtemp(prefix="herstel-")  # 0700
    try:
        path = Path(folder) / "herstel.md"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            done = subprocess.run([*command, str(path)], check=False)  # noqa: S603 - the person's own editor
        except OSError:
            raise HerstelError("editor.failed", editor=command[0]) from None
        if done.returncode != 0:
            raise HerstelError("editor.failed", editor=command[0])
        return path.read_text(encoding="utf-8", errors="replace")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
