"""Encryption with age (the `pyrage` package): to the coach's public key and the client's own
identity, or with a passphrase (age's scrypt mode).

The client's identity lives in the home as `client-identity.txt` (0600), in the format of
`age-keygen`, so that `age -d -i client-identity.txt` reads an export too.
"""

from __future__ import annotations

import base64
import errno
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from herstel.errors import HerstelError, UsageError
from herstel.store.home import read_regular

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pyrage.x25519 import Identity

IDENTITY_NAME = "client-identity.txt"
# The coach's identities, oldest first: the last one is the current key, the older ones stay to
# open exports made to them before a rotation. `age -d -i coach-identity.txt` reads them too.
COACH_IDENTITY_NAME = "coach-identity.txt"
AGE_HEADER = b"age-encryption.org/v1\n"
# An age public key as age writes it: "age1" and 58 characters of bech32.
AGE_KEY = re.compile(r"age1[02-9ac-hj-np-z]{58}")
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


# An identity file holds a few hundred bytes for each key: a thousand rotations stay under this.
IDENTITY_MAX = 1024 * 1024


def _identity_lines(path: Path) -> list[str]:
    """The lines of an identity file: a regular file only (a pipe or a device in its place is
    never waited on), up to IDENTITY_MAX. OSError or UnicodeDecodeError when it cannot be read."""
    data = read_regular(path, limit=IDENTITY_MAX)
    if len(data) > IDENTITY_MAX:
        raise OSError(f"{path}: larger than an identity file")
    return data.decode("ascii").splitlines()


def public_key_in(path: Path) -> str | None:
    """The public key noted in an identity file (`# public key: age1...`), if there is one."""
    try:
        lines = _identity_lines(path)
    except (OSError, UnicodeDecodeError):
        return None
    marker = "# public key: "
    key = next((line[len(marker) :].strip() for line in lines if line.startswith(marker)), None)
    return key if key is not None and AGE_KEY.fullmatch(key) else None


def identities_in(path: Path) -> list[Identity]:
    """Every age identity in an identity file, in the file's order. HerstelError when the file
    cannot be read or holds none."""
    from pyrage import IdentityError, x25519

    try:
        lines = _identity_lines(path)
        found = [
            x25519.Identity.from_str(line.strip())
            for line in lines
            if line.startswith("AGE-SECRET-KEY-")
        ]
    except (OSError, UnicodeDecodeError, IdentityError):
        raise HerstelError("export.identity_bad", path=str(path)) from None
    if not found:
        raise HerstelError("export.identity_bad", path=str(path))
    return found


def _identity_block(identity: Identity, now: datetime) -> str:
    """An identity as `age-keygen` writes it."""
    return (
        f"# created: {now.isoformat(timespec='seconds')}\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    )


def client_identity(home: Path, *, create: bool, now: datetime) -> Identity | None:
    """The client's own age identity; made (0600) on first need when `create`."""
    from pyrage import x25519

    path = home / IDENTITY_NAME
    if path.exists():
        return identities_in(path)[0]
    if not create:
        return None
    import tempfile

    identity = x25519.Identity.generate()
    text = _identity_block(identity, now)
    # Written whole to a temporary file first, then linked into place: a full disk leaves no
    # empty identity behind, and of two exports at the same moment one makes the identity and
    # both use it (the link fails for the second).
    fd, temp = tempfile.mkstemp(prefix=f".{IDENTITY_NAME}.", suffix=".tmp", dir=home)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)
        except FileExistsError:
            return client_identity(home, create=False, now=now)
        except OSError as problem:
            if problem.errno not in _NO_HARD_LINKS:
                raise
            _create_whole(path, text)  # FAT on a USB stick, some network and FUSE mounts
    finally:
        os.unlink(temp)
    return identity


# What a file system without hard links says to os.link.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV})


def _create_whole(path: Path, text: str) -> None:
    """Create `path` (0600, never over an existing one) holding `text`, without a hard link;
    a write that fails part way (a full disk) leaves no file behind."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def coach_identities(home: Path) -> list[Identity]:
    """The coach's identities, oldest first; empty before `coach keygen`."""
    path = home / COACH_IDENTITY_NAME
    return identities_in(path) if path.exists() else []


def new_coach_identity(home: Path, *, rotate: bool, now: datetime) -> Identity:
    """A new identity for the coach (0600). Without `rotate`, an existing one is never replaced;
    with it, the new one is added after the older ones, which are kept."""
    from pyrage import x25519

    from herstel.store.home import write_private

    path = home / COACH_IDENTITY_NAME
    identity = x25519.Identity.generate()
    block = _identity_block(identity, now).encode("ascii")
    if rotate and path.exists():
        identities_in(path)  # a damaged file is refused, not built upon
        kept = read_regular(path, limit=IDENTITY_MAX)
        write_private(path, kept.rstrip(b"\n") + b"\n\n" + block)
        return identity
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise HerstelError("coach.key_exists", path=str(path)) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(block)
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


# How far into an age file its header is looked for (in an armored file: base64 characters).
HEADER_PEEK = 8192
# The largest scrypt work factor (log2 of N) a passphrase file may ask for: 2^20 KiB (1 GiB) of
# memory and a few seconds. age sets it when it encrypts, to about a second of work on that
# computer (19 here); a file may ask for any, and 22 would take 4 GiB before the passphrase
# could even be found wrong.
SCRYPT_WORK_MAX = 20


def _header(data: bytes) -> bytes:
    """The start of an age file's header, up to its MAC line (armor taken off): only the first
    bytes are read, however large the file."""
    stripped = data.lstrip()
    if stripped.startswith(ARMOR_BEGIN):
        start = len(ARMOR_BEGIN)
        body = b"".join(stripped[start : start + 2 * HEADER_PEEK].split())[:HEADER_PEEK]
        body = body.split(b"-----", 1)[0]  # the end line, in a short file
        try:
            binary = base64.b64decode(body[: len(body) // 4 * 4])
        except ValueError:
            return b""
    else:
        binary = data[:HEADER_PEEK]
    return binary.split(b"\n---", 1)[0]


def needs_passphrase(data: bytes) -> bool:
    """Was this file encrypted with a passphrase (age's scrypt stanza)?"""
    return b"\n-> scrypt " in _header(data)


def scrypt_work(data: bytes) -> int | None:
    """The work factor a passphrase file asks for (None: none that can be read)."""
    for line in _header(data).split(b"\n"):
        if line.startswith(b"-> scrypt "):
            parts = line.split()
            if len(parts) == 4 and parts[3].isdigit() and len(parts[3]) <= 2:
                return int(parts[3])
    return None


def opens_with(data: bytes, identity: Identity) -> bool:
    """Was `data` encrypted to `identity` (and is it whole)?"""
    import pyrage

    try:
        pyrage.decrypt(data.strip() if data.lstrip().startswith(ARMOR_BEGIN) else data, [identity])
    except pyrage.DecryptError:
        return False
    return True


def decrypt(data: bytes, *, identities: Sequence[Identity], passphrase: str | None) -> bytes:
    """The plain bytes of an age file. HerstelError: not for these keys, or damaged."""
    import pyrage
    from pyrage import passphrase as scrypt

    if data.lstrip().startswith(ARMOR_BEGIN):
        data = data.strip()  # as pasted from an e-mail, with blank lines around it
    if passphrase is not None and (scrypt_work(data) or 0) > SCRYPT_WORK_MAX:
        raise HerstelError("export.read.too_much_work")
    try:
        if passphrase is not None:
            return bytes(scrypt.decrypt(data, passphrase))
        if not identities:
            raise HerstelError("export.read.no_identity")
        return bytes(pyrage.decrypt(data, list(identities)))
    except (pyrage.DecryptError, ValueError) as problem:
        if "no matching keys" in str(problem).lower():
            raise HerstelError("export.read.not_for_you") from None
        if passphrase is not None:
            raise HerstelError("export.read.wrong_passphrase") from None
        raise HerstelError("export.read.damaged") from None


FINGERPRINT_DIGITS = 20


def fingerprint(recipient: str) -> str:
    """A public key's fingerprint, for a client and a coach to read to each other: the first 20
    hex digits (80 bits) of the SHA-256 of the key as it is written ("age1..."), in groups of
    four. Of the key's text, not its bytes, so that anyone can check it without herstel:
    `printf %s age1... | sha256sum`."""
    import hashlib

    digits = hashlib.sha256(recipient.strip().encode("utf-8")).hexdigest()[:FINGERPRINT_DIGITS]
    return " ".join(digits[n : n + 4] for n in range(0, FINGERPRINT_DIGITS, 4))
