"""Cover packs and cover returns: encrypted files that carry records between laptops.

File layout, version 2 (all integers big-endian)::

    16 bytes  magic "CARELEAVER-PACK\\0"
     1 byte   format version (2)
     1 byte   kind: b"P" pack, b"R" return
    16 bytes  salt for scrypt (the team's passphrase -> a 256-bit key)
    32 bytes  key check: HMAC-SHA256(key, "careleaver key check")
     8 bytes  length of the database bytes
    32 bytes  SHA-256 of everything else in the file (header and database bytes)
    32 bytes  HMAC-SHA256(key, everything else in the file)
     …        an SQLCipher database encrypted with the key

Each fault is told apart before the database is opened, and named for what it is: the digest,
which needs no passphrase, tells damage (a changed byte anywhere, the salt and key check
included; a file cut short; bytes added at the end) from a wrong passphrase (the key check)
and from a file made by someone without the team's passphrase (the HMAC). Version 1 files
(no digest; the HMAC over the database bytes only) are still read. The database is only ever
written to disk encrypted (to a private temporary file while it is built or read).
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
VERSION = 2
HEADER_V1 = len(MAGIC) + 2 + 16 + 32 + 32 + 8
HEADER = len(MAGIC) + 2 + 16 + 32 + 8 + 32 + 32
KIND_BYTES = {"pack": b"P", "return": b"R"}
KEY_CHECK = b"careleaver key check"


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
    db = open_database(tmp, key, lock=False)  # a private temporary file, not a store
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
    return _assemble(kind, salt, key, body)


def _assemble(kind: str, salt: bytes, key: bytes, body: bytes) -> bytes:
    prefix = MAGIC + bytes([VERSION]) + KIND_BYTES[kind] + salt + hmac.new(key, KEY_CHECK, sha256).digest() + \
        len(body).to_bytes(8, "big")
    digest = sha256(prefix + body).digest()
    mac = hmac.new(key, prefix + body, sha256).digest()
    return prefix + digest + mac + body


def _name(kind: str) -> str:
    return "cover pack" if kind == "pack" else "cover return"


def _check_v2(data: bytes, passphrase: str, expected_kind: str) -> tuple[bytes, bytes]:
    """The key and the database bytes of a version 2 file, or the PackError that says what is wrong."""
    name = _name(expected_kind)
    m = len(MAGIC)
    pos = m + 2
    salt, check = data[pos:pos + 16], data[pos + 16:pos + 48]
    length = int.from_bytes(data[pos + 48:pos + 56], "big")
    digest, mac = data[pos + 56:pos + 88], data[pos + 88:pos + 120]
    body = data[HEADER:]
    prefix = data[:pos + 56]
    if len(body) < length:
        raise PackDamaged(f"This {name} is incomplete: it has been cut short (perhaps while copying).")
    if len(body) > length:
        raise PackDamaged(f"This {name} has {len(body) - length} extra bytes added at its end (perhaps while copying or "
                          "sending it).")
    if not hmac.compare_digest(sha256(prefix + body).digest(), digest):
        raise PackDamaged(f"This {name} is damaged: some of it has changed since it was made.")
    kind = {v: k for k, v in KIND_BYTES.items()}.get(data[m + 1:m + 2])
    if kind is None:
        raise PackDamaged(f"This {name} is damaged: its header is not right.")
    if kind != expected_kind:
        raise NotAPack(f"That file is a {_name(kind)}, not a {name}.")
    key = derive_pack_key(passphrase, salt)
    if not hmac.compare_digest(hmac.new(key, KEY_CHECK, sha256).digest(), check):
        raise PackWrongPassphrase(f"The passphrase does not open this {name}.")
    if not hmac.compare_digest(hmac.new(key, prefix + body, sha256).digest(), mac):
        raise PackDamaged(f"This {name} has been altered by someone without the team's passphrase: do not use it.")
    return key, body


def _check_v1(data: bytes, passphrase: str, expected_kind: str) -> tuple[bytes, bytes]:
    name = _name(expected_kind)
    m = len(MAGIC)
    kind = {v: k for k, v in KIND_BYTES.items()}.get(data[m + 1:m + 2])
    if kind is None:
        raise PackDamaged(f"This {name} is damaged: its header is not right.")
    if kind != expected_kind:
        raise NotAPack(f"That file is a {_name(kind)}, not a {name}.")
    pos = m + 2
    salt, check, mac = data[pos:pos + 16], data[pos + 16:pos + 48], data[pos + 48:pos + 80]
    length = int.from_bytes(data[pos + 80:pos + 88], "big")
    body = data[HEADER_V1:]
    if len(body) < length:
        raise PackDamaged(f"This {name} is incomplete: it has been cut short (perhaps while copying).")
    if len(body) > length:
        raise PackDamaged(f"This {name} has {len(body) - length} extra bytes added at its end (perhaps while copying).")
    key = derive_pack_key(passphrase, salt)
    if not hmac.compare_digest(hmac.new(key, KEY_CHECK, sha256).digest(), check):
        raise PackWrongPassphrase(f"The passphrase does not open this {name} (or the file is damaged).")
    if not hmac.compare_digest(hmac.new(key, body, sha256).digest(), mac):
        raise PackDamaged(f"This {name} has been changed or damaged since it was made.")
    return key, body


def open_pack(data: bytes, passphrase: str, expected_kind: str) -> OpenedPack:
    """Check and open a pack or return; raises a PackError that says what is wrong."""
    name = _name(expected_kind)
    if len(data) < len(MAGIC) + 2 or not data.startswith(MAGIC):
        raise NotAPack(f"That file is not a {name}.")
    version = data[len(MAGIC)]
    if version == 2 and len(data) >= HEADER:
        key, body = _check_v2(data, passphrase, expected_kind)
    elif version == 1 and len(data) >= HEADER_V1:
        key, body = _check_v1(data, passphrase, expected_kind)
    elif version in (1, 2):
        raise PackDamaged(f"This {name} is incomplete: it has been cut short (perhaps while copying).")
    elif len(data) >= HEADER and hmac.compare_digest(
            sha256(data[:len(MAGIC)] + bytes([VERSION]) + data[len(MAGIC) + 1:HEADER - 64] + data[HEADER:]).digest(),
            data[HEADER - 64:HEADER - 32]):
        raise PackDamaged(f"This {name} is damaged: its header is not right.")  # one changed byte made it look newer
    else:
        raise NotAPack(f"That {name} was made by a newer version of the app.")
    tmp = _private_tmp()
    old = os.umask(PRIVATE_UMASK)
    try:
        tmp.write_bytes(body)
    finally:
        os.umask(old)
    try:
        db = open_database(tmp, key, migrate=False, create=False, lock=False)
        manifest = {r["key"]: json.loads(r["value"]) for r in db.query("SELECT key, value FROM pack_manifest")}
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        raise PackDamaged(f"This {name} cannot be read.") from exc
    return OpenedPack(expected_kind, db, manifest, tmp)
