"""What IT does to a team server (``careleaver-app server …``): make a council's database,
add teams and workers (each with their own login), load a standalone store's records when a
service moves onto the server, and upgrade. These connect as the cluster's administrator (or
the ``--dsn`` given); the app itself only ever connects as a worker."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from ...domain.people import Role
from .. import replication
from .cluster import ServerError
from .schema import _ident, roles, upgrade

CODE = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
LOGIN = re.compile(r"^[a-z][a-z0-9_.]{1,50}$")


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ServerError("This build cannot reach a team server: the psycopg package is missing.") from exc
    return psycopg


def connect(conninfo: dict | str, **overrides):
    """A connection to PostgreSQL, with calm messages for the usual failures."""
    psycopg = _psycopg()
    try:
        if isinstance(conninfo, str):
            return psycopg.connect(conninfo, connect_timeout=10, application_name="careleaver_app", **overrides)
        return psycopg.connect(**{**conninfo, **overrides}, connect_timeout=10, application_name="careleaver_app")
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "password authentication failed" in text or "no password supplied" in text:
            raise ServerError("The team server did not accept that login and password.") from exc
        if "not permitted to log in" in text:
            raise ServerError("Your team server account is closed: ask your team manager.") from exc
        if "does not exist" in text and "database" in text:
            raise ServerError("The team server has no database for that council: check the council code.") from exc
        raise ServerError("The team server could not be reached: check the network and the server's address, "
                          "then try again.") from exc


def dbname_for(code: str) -> str:
    if not CODE.match(code):
        raise ServerError("A council code is 2 to 31 lower-case letters, digits or underscores, starting with a letter "
                          "(for example: qx_county).")
    return f"careleaver_{code}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_council(admin: dict | str, code: str, name: str) -> str:
    """A council's database, its owner and worker roles, and its schema. Returns the database name."""
    dbname = dbname_for(code)
    r = roles(dbname)
    with connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone()
        if exists:
            raise ServerError(f"The team server already has a database for {code}.")
        for role in (r["owner"], r["worker"]):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
                conn.execute(f"CREATE ROLE {_ident(role)} NOLOGIN")
        conn.execute(f"CREATE DATABASE {_ident(dbname)} OWNER {_ident(r['owner'])} ENCODING 'UTF8' TEMPLATE template0")
        conn.execute(f"REVOKE ALL ON DATABASE {_ident(dbname)} FROM PUBLIC")
        conn.execute(f"GRANT CONNECT ON DATABASE {_ident(dbname)} TO {_ident(r['worker'])}")
    with connect(_with_db(admin, dbname)) as conn:
        conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        upgrade(conn, dbname)
        with conn.transaction():
            conn.execute(f"SET LOCAL ROLE {_ident(r['owner'])}")
            conn.execute("INSERT INTO cl.council (code, name) VALUES (%s, %s)", [code, name])
        conn.commit()
    return dbname


def upgrade_council(admin: dict | str, dbname: str) -> list[str]:
    with connect(_with_db(admin, dbname)) as conn:
        done = upgrade(conn, dbname)
        conn.commit()
    return done


def _with_db(conninfo: dict | str, dbname: str):
    if isinstance(conninfo, dict):
        return {**conninfo, "dbname": dbname}
    from psycopg.conninfo import make_conninfo

    return make_conninfo(conninfo, dbname=dbname)


def add_team(admin: dict | str, dbname: str, name: str, duty_phone: str = "", team_id: str | None = None) -> str:
    tid = team_id or str(uuid.uuid4())
    with connect(_with_db(admin, dbname)) as conn:
        if conn.execute("SELECT 1 FROM cl.teams WHERE lower(name) = lower(%s)", [name]).fetchone():
            raise ServerError(f"There is already a team called {name}.")
        conn.execute("INSERT INTO cl.teams (id, name, duty_phone, created_at, updated_at, updated_by) "
                     "VALUES (%s, %s, %s, %s, %s, 'server')", [tid, name, duty_phone, _now(), _now()])
        conn.commit()
    return tid


@dataclass
class NewWorker:
    id: str
    login: str


def add_worker(admin: dict | str, dbname: str, *, name: str, team: str | None, login: str, password: str,
               role: Role | None = None, phone: str = "", email: str = "", worker_id: str | None = None) -> NewWorker:
    """A worker and their own PostgreSQL login (SCRAM password), a member of the council's worker
    role. ``team``: a team's name or id. ``worker_id``: an existing worker (loaded from a store)
    being given a login."""
    if not LOGIN.match(login):
        raise ServerError("A login is 2 to 51 lower-case letters, digits, dots or underscores, starting with a letter.")
    if len(password) < 12:
        raise ServerError("A worker's server password must be at least 12 characters.")
    r = roles(dbname)
    psycopg = _psycopg()
    from psycopg import sql

    with connect(_with_db(admin, dbname)) as conn:
        team_id = None
        if team:
            row = conn.execute("SELECT id FROM cl.teams WHERE id = %s OR lower(name) = lower(%s)", [team, team]).fetchone()
            if row is None:
                raise ServerError(f"There is no team called {team}: add it first (server add-team).")
            team_id = row[0]
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone():
            raise ServerError(f"The login {login} is already in use on this server.")
        try:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(password), sql.Identifier(r["worker"])))
        except psycopg.Error as exc:
            raise ServerError(f"The login could not be made: {exc.diag.message_primary}") from exc
        if worker_id is None and role is None:
            raise ServerError("A new worker needs a role.")
        if worker_id:
            updated = conn.execute("UPDATE cl.workers SET _login = %s, active = 1 WHERE id = %s", [login, worker_id]).rowcount
            if not updated:
                raise ServerError("There is no such worker on the server.")
            wid = worker_id
        else:
            wid = str(uuid.uuid4())
            conn.execute("INSERT INTO cl.workers (id, name, role, team_id, phone, email, active, created_at, updated_at, "
                         "updated_by, _login) VALUES (%s, %s, %s, %s, %s, %s, 1, %s, %s, 'server', %s)",
                         [wid, name, role.value, team_id, phone, email, _now(), _now(), login])
        conn.commit()
    return NewWorker(wid, login)


def _worker_by_login(conn, login: str) -> tuple[str, str]:
    row = conn.execute("SELECT id, name FROM cl.workers WHERE _login = %s", [login]).fetchone()
    if row is None:
        raise ServerError(f"There is no worker with the login {login} on this server.")
    return row


def deactivate_worker(admin: dict | str, dbname: str, login: str) -> None:
    """A worker leaving: their login can no longer sign in and they are shown as inactive; their
    records stay. Refused while they still hold young people (reallocate them first)."""
    from psycopg import sql

    with connect(_with_db(admin, dbname)) as conn:
        wid, name = _worker_by_login(conn, login)
        held = conn.execute("SELECT count(*) FROM cl.young_people WHERE allocated_pa_id = %s AND archived_at IS NULL",
                            [wid]).fetchone()[0]
        if held:
            raise ServerError(f"{name} still holds {held} young people: reallocate them first (their team manager, "
                              "on the young person's record: Change PA).")
        conn.execute("UPDATE cl.workers SET active = 0, updated_at = %s, updated_by = 'server' WHERE id = %s", [_now(), wid])
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        conn.commit()


def move_worker(admin: dict | str, dbname: str, login: str, team: str) -> None:
    """A worker joining another team: from their next sync they see that team's young people
    (and those allocated to them, whose team is now the new one)."""
    with connect(_with_db(admin, dbname)) as conn:
        wid, _name = _worker_by_login(conn, login)
        row = conn.execute("SELECT id FROM cl.teams WHERE id = %s OR lower(name) = lower(%s)", [team, team]).fetchone()
        if row is None:
            raise ServerError(f"There is no team called {team}.")
        conn.execute("UPDATE cl.workers SET team_id = %s, updated_at = %s, updated_by = 'server' WHERE id = %s",
                     [row[0], _now(), wid])
        conn.commit()


def who_looked(admin: dict | str, dbname: str, person_id: str) -> list[tuple]:
    """IT's answer to "who has looked at my file?": the server's read audit for one young person."""
    with connect(_with_db(admin, dbname)) as conn:
        if not conn.execute("SELECT 1 FROM cl.young_people WHERE id = %s", [person_id]).fetchone():
            raise ServerError("There is no young person with that id on this server.")
        return conn.execute("SELECT coalesce(r.on_laptop_at::timestamptz, r.at), coalesce(w.name, r.login), "
                            "coalesce(w.role, ''), r.what, r.detail FROM cl.read_audit r LEFT JOIN cl.workers w "
                            "ON w.id = r.worker_id WHERE r.person_id = %s ORDER BY r.seq", [person_id]).fetchall()


def load_store(admin: dict | str, dbname: str, store) -> dict[str, int]:
    """Copy every record of a standalone store into an empty council database (a service
    moving onto the team server; demo-team). Ids are kept, so the records are the same records.
    Returns rows copied per table."""
    tables = replication.describe(store.conn)
    counts: dict[str, int] = {}
    with connect(_with_db(admin, dbname)) as conn:
        if conn.execute("SELECT count(*) FROM cl.young_people").fetchone()[0]:
            raise ServerError("The council's database already holds young people: records are loaded only once.")
        server_cols = {}
        for t, c in conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'cl'").fetchall():
            server_cols.setdefault(t, set()).add(c)
        for t in tables.values():
            cols = [c for c in t.column_names if c in server_cols.get(t.name, ())]
            if t.scope is not None:
                frm, person = replication.person_rows_sql(t, tables)
                select = f"SELECT {', '.join(f't.[{c}]' for c in cols)}, {person} FROM {frm}"
                target = cols + ["_person"]
            else:
                select = f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{t.name}]"
                target = cols
            n = 0
            with conn.cursor() as cur:
                with cur.copy(f"COPY cl.{_ident(t.name)} ({', '.join(map(_ident, target))}) FROM STDIN") as copy:
                    for row in store.conn.execute(select):
                        copy.write_row(row)
                        n += 1
            counts[t.name] = n
            # Statistics for the planner at once, as PostgreSQL advises after a bulk load
            # ("Populating a Database: Run ANALYZE Afterwards"): until autovacuum gets to a
            # table, a pull's "changed since" read would be planned as a scan of every row.
            conn.execute(f"ANALYZE cl.{_ident(t.name)}")
        for key in replication.COUNCIL_SETTING_KEYS:
            row = store.conn.execute("SELECT value, created_at, updated_at, updated_by FROM settings WHERE key = ?",
                                     [key]).fetchone()
            if row:
                conn.execute("INSERT INTO cl.council_settings (key, value, created_at, updated_at, updated_by) "
                             "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                             [key, *row])
        conn.commit()
    return counts


def council_databases(admin: dict | str) -> list[str]:
    with connect(admin) as conn:
        return [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE 'careleaver\\_%' "
                                           "ORDER BY datname")]


