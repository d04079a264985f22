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
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import StoreError

KEY_BYTES = 32
FORMAT = "careleaver-keys"
AAD = b"careleaver-data-key-v1"
# scrypt cost: about a tenth of a second and 32 MB on a laptop; raised only by a new version.
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}


class WrongPassphrase(StoreError):
    hint = "Check the passphrase (capitals and spaces matter) and try again."


class BadRecoveryKey(StoreError):
    hint = "Check each group of four characters against the paper copy."


class KeyFileMissing(StoreError):
    hint = "Use the recovery key your team manager keeps to open it, then set a new passphrase."


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _kek(passphrase: str, salt: bytes, params: dict) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=params["n"], r=params["r"], p=params["p"],
                          maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


@dataclass(frozen=True)
class KeyFile:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    params: dict
    audit_anchor: tuple[int, str] | None = None  # the newest audit entry seen when the app closed

    @staticmethod
    def wrap(data_key: bytes, passphrase: str) -> "KeyFile":
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = AESGCM(_kek(passphrase, salt, SCRYPT)).encrypt(nonce, data_key, AAD)
        return KeyFile(salt, nonce, wrapped, dict(SCRYPT))

    def unwrap(self, passphrase: str) -> bytes:
        try:
            return AESGCM(_kek(passphrase, self.salt, self.params)).decrypt(self.nonce, self.wrapped, AAD)
        except InvalidTag:
            raise WrongPassphrase("That passphrase is not right.") from None

    def to_json(self) -> str:
        b = lambda x: base64.b64encode(x).decode()  # noqa: E731
        return json.dumps({"format": FORMAT, "version": 1, "kdf": {"name": "scrypt", **self.params},
                           "salt": b(self.salt), "nonce": b(self.nonce), "wrapped": b(self.wrapped),
                           "audit_anchor": list(self.audit_anchor) if self.audit_anchor else None}, indent=1)

    @staticmethod
    def from_json(text: str) -> "KeyFile":
        try:
            d = json.loads(text)
            if d.get("format") != FORMAT:
                raise ValueError("not a key file")
            kdf = d["kdf"]
            anchor = d.get("audit_anchor")
            return KeyFile(base64.b64decode(d["salt"]), base64.b64decode(d["nonce"]), base64.b64decode(d["wrapped"]),
                           {"n": int(kdf["n"]), "r": int(kdf["r"]), "p": int(kdf["p"])},
                           (int(anchor[0]), str(anchor[1])) if anchor else None)
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError("The key file beside the database is damaged.") from exc


def write_key_file(path: Path, kf: KeyFile) -> None:
    """Atomically, readable by the user only."""
    tmp = path.with_name(path.name + ".part")
    old = os.umask(0o077)
    try:
        tmp.write_text(kf.to_json())
        os.replace(tmp, path)
    finally:
        os.umask(old)


def read_key_file(path: Path) -> KeyFile:
    if not path.exists():
        raise KeyFileMissing("The key file that holds this database's key is missing.")
    return KeyFile.from_json(path.read_text())


def create_keys(db_path: Path, passphrase: str) -> tuple[bytes, str]:
    """A new data key, wrapped with the passphrase; returns (data key, recovery key text)."""
    key = new_data_key()
    write_key_file(key_file_for(db_path), KeyFile.wrap(key, passphrase))
    return key, recovery_text(key)


def unlock(db_path: Path, passphrase: str) -> bytes:
    return read_key_file(key_file_for(db_path)).unwrap(passphrase)


def set_passphrase(db_path: Path, key: bytes, passphrase: str) -> None:
    """Wrap the (verified) data key with a new passphrase, keeping the audit anchor."""
    path = key_file_for(db_path)
    anchor = read_key_file(path).audit_anchor if path.exists() else None
    kf = KeyFile.wrap(key, passphrase)
    write_key_file(path, KeyFile(kf.salt, kf.nonce, kf.wrapped, kf.params, anchor))


def read_anchor(db_path: Path) -> tuple[int, str] | None:
    path = key_file_for(db_path)
    return read_key_file(path).audit_anchor if path.exists() else None


def write_anchor(db_path: Path, anchor: tuple[int, str] | None) -> None:
    path = key_file_for(db_path)
    if path.exists() and anchor is not None:
        kf = read_key_file(path)
        write_key_file(path, KeyFile(kf.salt, kf.nonce, kf.wrapped, kf.params, anchor))


# -- the recovery key ------------------------------------------------------------------------------

def recovery_text(key: bytes) -> str:
    raw = key + hashlib.sha256(key).digest()[:3]
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
    return raw[:KEY_BYTES]


def derive_pack_key(passphrase: str, salt: bytes, params: dict | None = None) -> bytes:
    """A key for a cover pack or return, from the team's passphrase."""
    return _kek(passphrase, salt, params or SCRYPT)
