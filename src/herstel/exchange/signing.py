"""The coach's signing key (Ed25519, with pyca's `cryptography`): age encrypts a packet to the
client, but does not say who sent it; the coach's signature does.

The key lives in the coach's home as `coach-signing-key.pem` (0600, PKCS #8, so that `openssl
pkey -in coach-signing-key.pem -pubout` reads it too). Its public half is written
`ed25519:` and the 32 bytes in unpadded base64url; a client pins it together with the coach's
age key, as one line that `herstel coach key` prints:

    age1...+ed25519:...

`config set coach-key` takes that line (or a bare age key, without a signing key).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from herstel.errors import HerstelError, UsageError
from herstel.exchange.crypto import check_recipient
from herstel.store.home import read_regular

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNING_NAME = "coach-signing-key.pem"
PREFIX = "ed25519:"
SIGNING_KEY = re.compile(r"ed25519:[A-Za-z0-9_-]{43}")
KEY_FILE_MAX = 64 * 1024
FINGERPRINT_DIGITS = 20


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def public_text(key: Ed25519PrivateKey) -> str:
    """The public half, as a client pins it ("ed25519:...")."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PREFIX + _b64(raw)


def public_bytes(text: str) -> bytes:
    """The 32 bytes of a public signing key written "ed25519:..."; UsageError when it is not one."""
    value = text.strip()
    if not SIGNING_KEY.fullmatch(value):
        raise UsageError("config.signing_key_bad")
    raw = base64.urlsafe_b64decode(value[len(PREFIX) :] + "=")
    if len(raw) != 32 or _b64(raw) != value[len(PREFIX) :]:
        raise UsageError("config.signing_key_bad")
    return raw


def fingerprint(text: str) -> str:
    """A signing key's fingerprint, as for the age key: the first 20 hex digits of the SHA-256 of
    the key as written ("ed25519:..."), in groups of four."""
    digits = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:FINGERPRINT_DIGITS]
    return " ".join(digits[n : n + 4] for n in range(0, FINGERPRINT_DIGITS, 4))


def pin(recipient: str, signing: str | None) -> str:
    """What a client pins: the age key, and the signing key after a "+"."""
    return recipient if signing is None else f"{recipient}+{signing}"


def split_pin(text: str) -> tuple[str, str | None]:
    """The age key and the signing key (None: a bare age key) of a pin, each checked."""
    value = text.strip()
    recipient, plus, signing = value.partition("+")
    checked = check_recipient(recipient)
    if not plus:
        return checked, None
    public_bytes(signing)
    return checked, signing.strip()


def signing_key(home: Path, *, create: bool, now: datetime) -> Ed25519PrivateKey | None:
    """The coach's signing key; made (0600) on first need when `create`. HerstelError when the
    file is there but is not a key herstel can use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = home / SIGNING_NAME
    if path.exists():
        try:
            data = read_regular(path, limit=KEY_FILE_MAX)
            key = serialization.load_pem_private_key(data, password=None)
        except (OSError, ValueError, TypeError):
            raise HerstelError("coach.signing_key_bad", path=str(path)) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise HerstelError("coach.signing_key_bad", path=str(path))
        return key
    if not create:
        return None
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    made = f"# created: {now.isoformat(timespec='seconds')}\n# public key: {public_text(key)}\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another herstel made it a moment ago
        return signing_key(home, create=False, now=now)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(made.encode("ascii") + pem)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return key


def sign(data: bytes, key: Ed25519PrivateKey) -> bytes:
    return key.sign(data)


def verifies(data: bytes, signature: bytes, public: str) -> bool:
    """Whether `signature` is the signature of `data` by the key written `public`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_bytes(public)).verify(signature, data)
    except (InvalidSignature, ValueError, HerstelError):
        return False
    return True
