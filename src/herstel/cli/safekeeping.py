"""`herstel backup [FILE]` and `herstel restore FILE`: keeping the journal safe."""

from __future__ import annotations

from pathlib import Path

import typer

from herstel.cli.runtime import runtime
from herstel.errors import HerstelError
from herstel.i18n import t
from herstel.ui import console


def register(app: typer.Typer) -> None:
    from herstel.cli.app import command_options

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
    from herstel.store.safekeeping import backup_name, copy_store

    rt = runtime()
    if not rt.store_exists():
        raise HerstelError("backup.nothing")
    if file is None:
        target = backup_name(rt.home, rt.today().isoformat())
    else:
        target = Path(file).expanduser().absolute()
        if target.exists():
            raise HerstelError("backup.exists", path=str(target))
        if not target.parent.is_dir():
            raise HerstelError("backup.no_folder", path=str(target.parent))
    try:
        copy_store(rt.store_path, target)
    except OSError:
        raise HerstelError("backup.failed", path=str(target)) from None
    console.say(t("backup.done", path=str(target)))


def restore_from(file: str) -> None:
    from herstel.store.safekeeping import restore

    rt = runtime()
    source = Path(file).expanduser()
    if not source.exists() and not source.is_absolute() and (rt.home / source).exists():
        source = rt.home / source  # a backup's bare name, as 'herstel backup' made it
    source = source.absolute()
    if source == rt.store_path.absolute():
        raise HerstelError("restore.same", path=str(source))
    rt.close()  # this run's own connections must not hold the store open
    try:
        kept = restore(source, store=rt.store_path, backups=rt.backups_path)
    except OSError:
        raise HerstelError("restore.failed", path=str(source)) from None
    _settings_from_store()  # migrated now, if it came from an older herstel
    console.say(t("restore.done", path=str(source)))
    if kept is not None:
        console.say(t("restore.kept", path=str(kept)))


def _settings_from_store() -> None:
    """The settings file follows the restored store (it is a fast copy of the language)."""
    from herstel.store import queries
    from herstel.store.settings import read_settings, write_settings

    rt = runtime()
    with rt.store().reading() as session:
        language = queries.get_setting(session=session, key="language")
    if language is not None:
        write_settings(rt.home, {**read_settings(rt.home), "language": language})
        rt.use_language(language)
