"""Keys for the encrypted store.

- The store is SQLCipher, keyed with a random 256-bit *data key*.
- The passphrase never touches the database: scrypt turns it into a key that wraps the data key
  (AES-256-GCM, from the ``cryptography`` package) in a small JSON *key file* beside the store
  (``careleaver.db.keys``). Changing the passphrase rewraps the data key; nothing is re-encrypted.
- The *recovery key*, shown once at set-up for the team manager to keep, is the data key itself
  (base32 with a checksum, in groups of four). It opens the store even if the key file is lost.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..safe_files import write_private
from .errors import StoreError

KEY_BYTES = 32
FORMAT = "careleaver-keys"
VERSION = 2  # 2 adds the checksum; version 1 files are read, and rewritten as 2 once unlocked
AAD = b"careleaver-data-key-v1"
# scrypt cost: about a tenth of a second and 32 MB on a laptop; raised only by a new version.
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}
# What a key file may ask for: anything else is damage (or a file made to make the app hang).
SCRYPT_LIMITS = {"n": (2 ** 14, 2 ** 20), "r": (1, 32), "p": (1, 16)}
SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES = 16, 12, KEY_BYTES + 16


class WrongPassphrase(StoreError):
    hint = "Check the passphrase (capitals and spaces matter) and try again."


class BadRecoveryKey(StoreError):
    hint = "Check each group of four characters against the paper copy."


class KeyFileMissing(StoreError):
    hint = "Use the recovery key your team manager keeps to open it, then set a new passphrase."


class KeyFileDamaged(StoreError):
    """The key file cannot be read or has changed since it was written: the passphrase cannot
    even be checked, so it is never called wrong."""

    hint = ("Your passphrase may well be right. Use the recovery key your team manager keeps: it opens the store and "
            "sets a new passphrase (a new key file). The damaged key file is kept beside the database.")


DAMAGED = "The key file beside the database (the file ending .keys) is damaged."


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def wipe(secret) -> None:
    """Overwrite a secret held in a bytearray (bytes and str cannot be cleared in Python)."""
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))


def _kek(passphrase: str, salt: bytes, params: dict) -> bytearray:
    encoded = bytearray(passphrase.encode("utf-8"))
    try:
        return bytearray(hashlib.scrypt(encoded, salt=salt, n=params["n"], r=params["r"], p=params["p"],
                                        maxmem=256 * 1024 * 1024, dklen=KEY_BYTES))
    finally:
        wipe(encoded)


def _checksum(salt: bytes, nonce: bytes, wrapped: bytes, params: dict) -> str:
    """Tells damage from a wrong passphrase without the passphrase (not a secret: AES-GCM's tag
    is what proves the passphrase)."""
    body = json.dumps([FORMAT, VERSION, params["n"], params["r"], params["p"], salt.hex(), nonce.hex(), wrapped.hex()])
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    params: dict
    legacy_anchor: tuple[int, str] | None = None  # an older version's unsealed audit anchor (read, never written)
    version: int = VERSION

    @staticmethod
    def wrap(data_key: bytes | bytearray, passphrase: str) -> KeyFile:
        salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
        kek = _kek(passphrase, salt, SCRYPT)
        try:
            wrapped = AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key), AAD)
        finally:
            wipe(kek)
        return KeyFile(salt, nonce, wrapped, dict(SCRYPT))

    def unwrap(self, passphrase: str) -> bytearray:
        kek = _kek(passphrase, self.salt, self.params)
        try:
            return bytearray(AESGCM(bytes(kek)).decrypt(self.nonce, self.wrapped, AAD))
        except InvalidTag:
            if self.version < 2:  # no checksum to tell damage apart: say both
                raise WrongPassphrase("That passphrase is not right (or the key file beside the database is damaged).",
                                      hint="Check the passphrase and try again. If you are sure it is right, use the "
                                           "recovery key your team manager keeps.") from None
            raise WrongPassphrase("That passphrase is not right.") from None
        finally:
            wipe(kek)

    def to_json(self) -> str:
        b = lambda x: base64.b64encode(x).decode()  # noqa: E731
        return json.dumps({"format": FORMAT, "version": VERSION, "kdf": {"name": "scrypt", **self.params},
                           "salt": b(self.salt), "nonce": b(self.nonce), "wrapped": b(self.wrapped),
                           "checksum": _checksum(self.salt, self.nonce, self.wrapped, self.params)}, indent=1)

    @staticmethod
    def from_bytes(raw: bytes) -> KeyFile:
        """Parse a key file; anything unexpected (not text, not JSON, wrong shape, sizes or
        costs, a changed byte) is :class:`KeyFileDamaged`."""
        try:
            d = json.loads(raw.decode("utf-8"))
            if not isinstance(d, dict) or d.get("format") != FORMAT or d.get("version") not in (1, 2):
                raise ValueError("not a key file")
            kdf = d["kdf"]
            if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
                raise ValueError("unknown key derivation")
            params = {k: kdf[k] for k in ("n", "r", "p")}
            for k, (low, high) in SCRYPT_LIMITS.items():
                v = params[k]
                if type(v) is not int or not low <= v <= high or (k == "n" and v & (v - 1)):
                    raise ValueError(f"scrypt {k} out of range")
            salt, nonce, wrapped = (base64.b64decode(d[k], validate=True) for k in ("salt", "nonce", "wrapped"))
            if (len(salt), len(nonce), len(wrapped)) != (SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES):
                raise ValueError("wrong sizes")
            version = d["version"]
            if version >= 2 and not hmac.compare_digest(str(d.get("checksum", "")), _checksum(salt, nonce, wrapped, params)):
                raise ValueError("checksum")
            anchor = d.get("audit_anchor") if version == 1 else None
            legacy = (int(anchor[0]), str(anchor[1])) if isinstance(anchor, list) and len(anchor) == 2 else None
            return KeyFile(salt, nonce, wrapped, params, legacy, version)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:  # binascii.Error is a ValueError
            raise KeyFileDamaged(DAMAGED) from exc

    @staticmethod
    def from_json(text: str) -> KeyFile:
        return KeyFile.from_bytes(text.encode("utf-8", "surrogateescape"))


def write_key_file(path: Path, kf: KeyFile) -> None:
    """Whole or not at all, and on the disk (file and folder) before it returns, readable by the
    user only: a store is never written under a key whose file could still be lost."""
    write_private(path, kf.to_json().encode("utf-8"), sync=True)


def read_key_file(path: Path) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileMissing("The key file that holds this database's key is missing.") from None
    except OSError as exc:
        raise KeyFileDamaged(DAMAGED) from exc
    return KeyFile.from_bytes(raw)


def key_file_state(db_path: Path) -> str:
    """"missing", "damaged" or "ok" (read without the passphrase)."""
    try:
        read_key_file(key_file_for(db_path))
    except KeyFileMissing:
        return "missing"
    except KeyFileDamaged:
        return "damaged"
    return "ok"


def create_keys(db_path: Path, passphrase: str) -> tuple[bytearray, str]:
    """A new data key, wrapped with the passphrase; returns (data key, recovery key text)."""
    key = new_data_key()
    write_key_file(key_file_for(db_path), KeyFile.wrap(key, passphrase))
    return key, recovery_text(key)


def unlock(db_path: Path, passphrase: str) -> bytearray:
    path = key_file_for(db_path)
    kf = read_key_file(path)
    key = kf.unwrap(passphrase)
    if kf.version < VERSION:  # proven by the passphrase: rewrite it in the current form (with its checksum)
        with contextlib.suppress(OSError):
            write_key_file(path, KeyFile.wrap(key, passphrase))
    return key


def set_passphrase(db_path: Path, key: bytes | bytearray, passphrase: str) -> None:
    """Wrap the (verified) data key with a new passphrase. A damaged key file is kept aside."""
    path = key_file_for(db_path)
    if key_file_state(db_path) == "damaged":
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%dT%H%M%S')}")
        with contextlib.suppress(OSError):
            os.replace(path, aside)
    write_key_file(path, KeyFile.wrap(key, passphrase))


def read_legacy_anchor(db_path: Path) -> tuple[int, str] | None:
    """An older version's (unsealed) audit anchor, kept in its key file."""
    try:
        return read_key_file(key_file_for(db_path)).legacy_anchor
    except StoreError:
        return None


# -- the recovery key ------------------------------------------------------------------------------

def recovery_text(key: bytes | bytearray) -> str:
    raw = bytes(key) + hashlib.sha256(key).digest()[:3]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_from_recovery(text: str) -> bytes:
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")  # common misreadings
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (ValueError, base64.binascii.Error):
        raise BadRecoveryKey("That is not a recovery key: it has letters A–Z and digits 2–7 in groups of four.") from None
    if len(raw) != KEY_BYTES + 3 or hashlib.sha256(raw[:KEY_BYTES]).digest()[:3] != raw[KEY_BYTES:]:
        raise BadRecoveryKey("That recovery key is not right: a character may be mistyped.")
    return bytearray(raw[:KEY_BYTES])


def derive_pack_key(passphrase: str, salt: bytes, params: dict | None = None) -> bytes:
    """A key for a cover pack or return, from the team's passphrase."""
    return bytes(_kek(passphrase, salt, params or SCRYPT))
