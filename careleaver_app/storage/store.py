"""The Store: every read and write of the database goes through here or a repository
module in this package. Writes go through :meth:`Store.insert` / :meth:`Store.update`
so that ids, row stamps (and the audit trail) are applied in one place.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from .database import open_database
from .errors import classify, is_db_error


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """An open database plus who is acting (``actor``: a worker id, or "system")."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None, key: bytes | None = None):
        self.db = db
        self.path = path
        self.key = key
        self.actor: str = "system"
        self._listeners: list = []

    @classmethod
    def open(cls, path: str | Path | None, key: bytes | None = None) -> "Store":
        return cls(open_database(path, key), Path(path) if path else None, key)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.close()

    # -- transactions -----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All or nothing: everything inside is committed together or not at all."""
        with self._translate():
            with self.db.atomic():
                yield self

    # -- generic writes ---------------------------------------------------------------
    def _stamp(self, record: dict, creating: bool) -> dict:
        now = utc_now()
        out = dict(record)
        if creating:
            out.setdefault("id", new_id())
            out.setdefault("created_at", now)
        out["updated_at"] = now
        out["updated_by"] = self.actor
        return out

    def insert(self, table: str, record: dict) -> str:
        row = self._stamp(record, creating=True)
        with self._translate():
            self.db[table].insert(row, pk="id")
        return row["id"]

    def insert_many(self, table: str, records: Iterable[dict], *, batch_size: int = 500) -> int:
        rows = [self._stamp(r, creating=True) for r in records]
        with self._translate():
            self.db[table].insert_all(rows, batch_size=batch_size)
        return len(rows)

    def update(self, table: str, id: str, changes: dict) -> None:
        row = self._stamp(changes, creating=False)
        with self._translate():
            self.db[table].update(id, row)

    def upsert_setting(self, key: str, value: Any) -> None:
        row = self._stamp({"key": key, "value": json.dumps(value)}, creating=False)
        row.setdefault("created_at", row["updated_at"])
        with self._translate():
            self.db["settings"].upsert(row, pk="key")

    def setting(self, key: str, default: Any = None) -> Any:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def delete_where(self, table: str, where: str, params: list) -> None:
        """Physical delete, for child rows replaced wholesale (never for legal records)."""
        with self._translate():
            self.db[table].delete_where(where, params)

    # -- generic reads ----------------------------------------------------------------
    def get(self, table: str, id: str) -> dict | None:
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [id]))
        return rows[0] if rows else None

    def query(self, sql: str, params: Iterable | dict | None = None) -> list[dict]:
        with self._translate():
            return list(self.db.query(sql, params or []))

    def scalar(self, sql: str, params: Iterable | None = None) -> Any:
        with self._translate():
            row = self.db.execute(sql, list(params or [])).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def _translate(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            err = classify(exc) if is_db_error(exc) else exc
            if err is exc:
                raise
            raise err from exc
