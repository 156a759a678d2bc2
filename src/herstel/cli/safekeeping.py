"""`herstel backup [FILE]` and `herstel restore FILE`: keeping the journal safe."""

from __future__ import annotations

from pathlib import Path

import typer

from herstel.application import safekeeping, settings
from herstel.cli.app import command_options
from herstel.cli.runtime import runtime
from herstel.errors import HerstelError
from herstel.i18n import t
from herstel.ui import console


def register(app: typer.Typer) -> None:
    @app.command("backup", help=t("help.backup"), **command_options())
    def backup_command(
        file: str | None = typer.Argument(None, metavar=t("meta.file"), help=t("help.backup.file")),
    ) -> None:
        make_backup(file)

    @app.command("restore", help=t("help.restore"), **command_options())
    def restore_command(
        file: str = typer.Argument(..., metavar=t("meta.file"), help=t("help.restore.file")),
    ) -> None:
        restore_from(file)


def make_backup(file: str | None) -> None:
    rt = runtime()
    if not rt.store_exists():
        raise HerstelError("backup.nothing")
    target = None if file is None else Path(file).expanduser().absolute()
    made = safekeeping.make_backup(home=rt.home, now=rt.now(), target=target)
    console.say(t("backup.done", path=str(made)))
    console.say(t("backup.checked"))


def restore_from(file: str) -> None:
    rt = runtime()
    source = Path(file).expanduser()
    if not source.exists() and not source.is_absolute() and (rt.home / source).exists():
        source = rt.home / source  # a backup's bare name, as 'herstel backup' made it
    restored = safekeeping.restore_store(home=rt.home, source=source.absolute(), now=rt.utc_now())
    # The settings file follows the restored store (migrated now, if from an older herstel).
    language = settings.language_file_from_store(store=rt.store(), home=rt.home)
    if language is not None:
        rt.use_language(language)
    from herstel.cli.nudging import refresh_nudge_state

    refresh_nudge_state()  # the restored journal's latest check-in, for the shell's nudge
    console.say(t("restore.done", path=str(restored.source)))
    if restored.kept is not None:
        console.say(t("restore.kept", path=str(restored.kept)))
    if restored.key in ("restored", "kept"):
        console.note(t(f"restore.key_{restored.key}"))
