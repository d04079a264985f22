"""What was written since an audit entry: every write is audited in the same transaction (its
action, table and record), so the trail tells which tables and which young people's records a
piece of work changed, whichever connection did it."""

from __future__ import annotations

from collections import defaultdict

from . import replication

_schemas: dict[tuple[int, int], dict[str, replication.Table]] = {}


def head(conn) -> int:
    """The newest audit entry's number (0 before the first)."""
    row = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    return row[0] or 0


def entries_after(conn, seq: int) -> list[tuple[int, str, str, str | None]]:
    """(seq, action, table, record id) of each audit entry after ``seq``, oldest first (one
    statement, so one snapshot: the newest seq returned is how far this read saw)."""
    return [tuple(r) for r in conn.execute(
        "SELECT seq, action, table_name, record_id FROM audit_log WHERE seq > ? ORDER BY seq", [seq])]


def _tables(conn) -> dict[str, replication.Table]:
    key = (id(conn), conn.execute("PRAGMA schema_version").fetchone()[0])
    if key not in _schemas:
        _schemas.clear()
        _schemas[key] = replication.describe(conn)
    return _schemas[key]


def people_of(conn, table: str, record_ids: list[str]) -> tuple[set[str], bool]:
    """The young people whose records these rows of ``table`` are, and whether every row was
    placed (a row deleted since, or a table that is nobody's, cannot be)."""
    t = _tables(conn).get(table)
    if t is None or t.scope is None:
        return set(), False
    if t.scope == "self":
        return set(record_ids), True
    frm, person = replication.person_rows_sql(t, _tables(conn))
    found: dict[str, str] = {}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i:i + 500]
        for rid, pid in conn.execute(f"SELECT t.id, {person} FROM {frm} WHERE t.id IN ({','.join('?' * len(chunk))})",
                                     chunk):
            found[rid] = pid
    return set(found.values()), len(found) == len(set(record_ids))


def group_by_table(entries: list[tuple[int, str, str, str | None]]) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = defaultdict(list)
    for _seq, _action, table, record_id in entries:
        out[table].append(record_id)
    return out
