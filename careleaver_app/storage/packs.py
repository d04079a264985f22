"""Cover packs and cover returns: encrypted files that carry records between laptops.

File layout (all integers big-endian)::

    16 bytes  magic "CARELEAVER-PACK\\0"
     1 byte   format version (1)
     1 byte   kind: b"P" pack, b"R" return
    16 bytes  salt for scrypt (the team's passphrase -> a 256-bit key)
    32 bytes  key check: HMAC-SHA256(key, "careleaver key check")
    32 bytes  HMAC-SHA256(key, the database bytes)
     8 bytes  length of the database bytes
     …        an SQLCipher database encrypted with the key

A wrong passphrase fails the key check; a short file fails the length; any changed byte fails
the HMAC: each is told apart before the database is opened. The database is only ever written to
disk encrypted (to a private temporary file while it is built or read).
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING

from .database import PRIVATE_UMASK, open_database
from .errors import StoreError
from .keys import derive_pack_key

if TYPE_CHECKING:
    import sqlite_utils

MAGIC = b"CARELEAVER-PACK\x00"
VERSION = 1
HEADER = len(MAGIC) + 2 + 16 + 32 + 32 + 8
KIND_BYTES = {"pack": b"P", "return": b"R"}


class PackError(StoreError):
    hint = "Nothing has been changed."


class NotAPack(PackError):
    pass


class PackWrongPassphrase(PackError):
    hint = "Check the team's passphrase and try again. Nothing has been changed."


class PackDamaged(PackError):
    hint = "Ask for a fresh copy of the file. Nothing has been changed."


@dataclass
class OpenedPack:
    kind: str
    db: sqlite_utils.Database
    manifest: dict
    _tmp: Path

    def close(self) -> None:
        self.db.close()
        self._tmp.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(self._tmp) + suffix).unlink(missing_ok=True)


def _private_tmp() -> Path:
    old = os.umask(PRIVATE_UMASK)
    try:
        fd, name = tempfile.mkstemp(prefix="careleaver-pack-", suffix=".db")
        os.close(fd)
        os.unlink(name)
        return Path(name)
    finally:
        os.umask(old)


def new_pack_db(passphrase: str) -> tuple[sqlite_utils.Database, bytes, bytes, Path]:
    """An empty pack database (full schema), its key, salt and private temporary path."""
    salt = secrets.token_bytes(16)
    key = derive_pack_key(passphrase, salt)
    tmp = _private_tmp()
    db = open_database(tmp, key)
    db.execute("CREATE TABLE pack_manifest (key TEXT PRIMARY KEY, value TEXT)")
    return db, key, salt, tmp


def seal(db: sqlite_utils.Database, key: bytes, salt: bytes, tmp: Path, kind: str, manifest: dict) -> bytes:
    """Finish a pack: write the manifest, close, and return the whole file's bytes."""
    db.conn.executemany("INSERT INTO pack_manifest (key, value) VALUES (?, ?)", [(k, json.dumps(v)) for k, v in manifest.items()])
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    try:
        body = tmp.read_bytes()
    finally:
        tmp.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
    check = hmac.new(key, b"careleaver key check", sha256).digest()
    mac = hmac.new(key, body, sha256).digest()
    return MAGIC + bytes([VERSION]) + KIND_BYTES[kind] + salt + check + mac + len(body).to_bytes(8, "big") + body


def open_pack(data: bytes, passphrase: str, expected_kind: str) -> OpenedPack:
    """Check and open a pack or return; raises a PackError that says what is wrong."""
    name = "cover pack" if expected_kind == "pack" else "cover return"
    if len(data) < HEADER or not data.startswith(MAGIC):
        raise NotAPack(f"That file is not a {name}.")
    if data[len(MAGIC)] != VERSION:
        raise NotAPack(f"That {name} was made by a newer version of the app.")
    kind = {v: k for k, v in KIND_BYTES.items()}.get(data[len(MAGIC) + 1:len(MAGIC) + 2])
    if kind != expected_kind:
        other = "cover return" if kind == "return" else "cover pack"
        raise NotAPack(f"That file is a {other}, not a {name}.")
    pos = len(MAGIC) + 2
    salt, check, mac = data[pos:pos + 16], data[pos + 16:pos + 48], data[pos + 48:pos + 80]
    length = int.from_bytes(data[pos + 80:pos + 88], "big")
    body = data[HEADER:]
    key = derive_pack_key(passphrase, salt)
    if not hmac.compare_digest(hmac.new(key, b"careleaver key check", sha256).digest(), check):
        raise PackWrongPassphrase(f"The passphrase does not open this {name}.")
    if len(body) != length:
        raise PackDamaged(f"This {name} is incomplete: it has been cut short (perhaps while copying).")
    if not hmac.compare_digest(hmac.new(key, body, sha256).digest(), mac):
        raise PackDamaged(f"This {name} has been changed or damaged since it was made.")
    tmp = _private_tmp()
    old = os.umask(PRIVATE_UMASK)
    try:
        tmp.write_bytes(body)
    finally:
        os.umask(old)
    try:
        db = open_database(tmp, key, migrate=False, create=False)
        manifest = {r["key"]: json.loads(r["value"]) for r in db.query("SELECT key, value FROM pack_manifest")}
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        raise PackDamaged(f"This {name} cannot be read.") from exc
    return OpenedPack(kind, db, manifest, tmp)
