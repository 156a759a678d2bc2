"""Encryption with age (the `pyrage` package): to the coach's public key and the client's own
identity, or with a passphrase (age's scrypt mode).

The client's identity lives in the home as `client-identity.txt` (0600), in the format of
`age-keygen`, so that `age -d -i client-identity.txt` reads an export too.
"""

from __future__ import annotations

import base64
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from herstel.errors import HerstelError, UsageError

if TYPE_CHECKING:
    from pyrage.x25519 import Identity

IDENTITY_NAME = "client-identity.txt"
AGE_HEADER = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"


def check_recipient(text: str) -> str:
    """An age public key ("age1..."), as the coach gives it."""
    from pyrage import RecipientError, x25519

    value = text.strip()
    if value.upper().startswith("AGE-SECRET-KEY-"):
        raise UsageError("config.coach_key_secret")
    if not value.startswith("age1"):
        raise UsageError("config.coach_key_bad")
    try:
        x25519.Recipient.from_str(value)
    except RecipientError:
        raise UsageError("config.coach_key_bad") from None
    return value


def public_key_in(path: Path) -> str | None:
    """The public key noted in an identity file (`# public key: age1...`), if there is one."""
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    marker = "# public key: "
    return next((line[len(marker) :].strip() for line in lines if line.startswith(marker)), None)


def client_identity(home: Path, *, create: bool, now: datetime) -> Identity | None:
    """The client's own age identity; made (0600) on first need when `create`."""
    from pyrage import IdentityError, x25519

    path = home / IDENTITY_NAME
    if path.exists():
        try:
            lines = path.read_text(encoding="ascii").splitlines()
            secret = next(line for line in lines if line.startswith("AGE-SECRET-KEY-"))
            return x25519.Identity.from_str(secret.strip())
        except (OSError, UnicodeDecodeError, StopIteration, IdentityError):
            raise HerstelError("export.identity_bad", path=str(path)) from None
    if not create:
        return None
    identity = x25519.Identity.generate()
    text = (
        f"# created: {now.isoformat(timespec='seconds')}\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    )
    try:
        # O_EXCL: of two exports at the same moment, one makes the identity and both use it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return client_identity(home, create=False, now=now)
    with os.fdopen(fd, "wb") as handle:
        handle.write(text.encode("ascii"))
        handle.flush()
        os.fsync(handle.fileno())
    return identity


def encrypt_to(data: bytes, recipients: list[str], *, armor: bool) -> bytes:
    import pyrage
    from pyrage import x25519

    keys = [x25519.Recipient.from_str(r) for r in recipients]
    return bytes(pyrage.encrypt(data, keys, armored=armor))


def encrypt_with_passphrase(data: bytes, passphrase: str, *, armor: bool) -> bytes:
    from pyrage import passphrase as scrypt

    return bytes(scrypt.encrypt(data, passphrase, armored=armor))


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_HEADER) or data.lstrip().startswith(ARMOR_BEGIN)


def needs_passphrase(data: bytes) -> bool:
    """Was this file encrypted with a passphrase (age's scrypt stanza)?"""
    binary = data
    stripped = data.strip()
    if stripped.startswith(ARMOR_BEGIN):
        body = stripped[len(ARMOR_BEGIN) :].split(ARMOR_END)[0]
        try:
            binary = base64.b64decode(b"".join(body.split()))
        except ValueError:
            return False
    header = binary.split(b"\n---", 1)[0]
    return b"\n-> scrypt " in header


def opens_with(data: bytes, identity: Identity) -> bool:
    """Was `data` encrypted to `identity` (and is it whole)?"""
    import pyrage

    try:
        pyrage.decrypt(data.strip() if data.lstrip().startswith(ARMOR_BEGIN) else data, [identity])
    except pyrage.DecryptError:
        return False
    return True


def decrypt(data: bytes, *, identity: Identity | None, passphrase: str | None) -> bytes:
    """The plain bytes of an age file. HerstelError: not for this key, or damaged."""
    import pyrage
    from pyrage import passphrase as scrypt

    if data.lstrip().startswith(ARMOR_BEGIN):
        data = data.strip()  # as pasted from an e-mail, with blank lines around it
    try:
        if passphrase is not None:
            return bytes(scrypt.decrypt(data, passphrase))
        if identity is None:
            raise HerstelError("export.read.no_identity")
        return bytes(pyrage.decrypt(data, [identity]))
    except pyrage.DecryptError as problem:
        if "no matching keys" in str(problem).lower():
            raise HerstelError("export.read.not_for_you") from None
        if passphrase is not None:
            raise HerstelError("export.read.wrong_passphrase") from None
        raise HerstelError("export.read.damaged") from None
