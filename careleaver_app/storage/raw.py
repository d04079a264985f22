"""The connection under a sqlite_utils Database: a leaf module, so that opening (database.py),
the migrations and backups can all use it without importing one another."""

from __future__ import annotations


def raw_connection(db):
    """The connection itself, given a connection or a sqlite_utils Database over one."""
    return getattr(db, "conn", db)
