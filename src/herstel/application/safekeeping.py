"""Keeping the journal safe: `herstel backup [FILE]` and `herstel restore FILE`.

No transaction of ours: SQLite's backup API reads one snapshot of the store for a backup, and
writes a checked copy into the store under the store's own write lock for a restore (see
`herstel.store.safekeeping`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from herstel.errors import HerstelError
from herstel.store.home import BACKUPS_NAME, STORE_NAME, ensure_home
from herstel.store.safekeeping import backup_name, copy_store, restore


def make_backup(*, home: Path, now: datetime, target: Path | None) -> Path:
    """A copy of the home's store as `target` (None: named by the day of `now`, the run's local
    moment, in the home), checked with integrity_check before it is put there; returns where.
    A damaged store gives HerstelError and no copy. The caller has seen that there is a store."""
    if target is None:
        target = backup_name(home, now)
    else:
        if target.exists():
            raise HerstelError("backup.exists", path=str(target))
        if not target.parent.is_dir():
            raise HerstelError("backup.no_folder", path=str(target.parent))
    try:
        copy_store(home / STORE_NAME, target, identity=_identity_text(home))
    except OSError:
        raise HerstelError("backup.failed", path=str(target)) from None
    return target


def _identity_text(home: Path) -> str | None:
    """The client's key file, for the backup to carry (None: there is none, or it cannot be
    read as one)."""
    from herstel.exchange.crypto import IDENTITY_NAME, identities_in

    path = home / IDENTITY_NAME
    if not path.exists():
        return None
    try:
        identities_in(path)  # a key herstel can use, not whatever lies there
        return path.read_text(encoding="ascii")
    except (HerstelError, OSError, UnicodeDecodeError):
        return None


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path | None  # the store as it was, copied aside; None when there was none
    key: str = "none"  # the client's key: "restored" (written from the backup), "kept" (the
    # home's own stays, another than the backup's), "same", or "none" (the backup had none)


def restore_store(*, home: Path, source: Path, now: datetime) -> Restored:
    """The home's store given the content of a checked copy of `source`; the store as it was is
    kept in the backups folder, named by `now` (aware, UTC: the run's record time). Another
    herstel may have the store open meanwhile: its writes wait for the restore."""
    store = home / STORE_NAME
    if source == store.absolute():
        raise HerstelError("restore.same", path=str(source))
    ensure_home(home)
    try:
        kept, identity = restore(source, store=store, backups=home / BACKUPS_NAME, now=now)
    except OSError:
        raise HerstelError("restore.failed", path=str(source)) from None
    return Restored(source, kept, _put_identity(home, identity, now=now))


def _put_identity(home: Path, identity: str | None, *, now: datetime) -> str:
    """The key from the backup into the home, when the home has none; an own key there is never
    overwritten. A journal restored without one gets a new key, as a new journal does."""
    from herstel.application.setup import keep_client_key
    from herstel.exchange.crypto import IDENTITY_NAME
    from herstel.store.home import write_private

    path = home / IDENTITY_NAME
    if identity is None:
        keep_client_key(home=home, now=now)
        return "none"
    if path.exists():
        return "same" if _identity_text(home) == identity else "kept"
    try:
        write_private(path, identity.encode("ascii"))
    except (OSError, UnicodeEncodeError):
        raise HerstelError("restore.key_failed", path=str(path)) from None
    return "restored"
