"""The team server's schema: one PostgreSQL database per council.

Everything lives in the schema ``cl`` and is owned by the council's owner role (never a
superuser, never a login). Workers sign in as their own logins, members of the council's
worker role, which may only read (through row-level security) and call ``cl.sync_apply``.

- The **record tables** are made from the laptop's own schema (``storage/replication.py``):
  the same names, columns and types, plus ``_person`` (the young person a row belongs to, for
  row-level security), ``_xid`` (the transaction that last changed it, for pulls) and, on
  ``workers``, ``_login``. A later laptop migration that adds a table or a column is mirrored
  by ``upgrade`` (``careleaver-app server upgrade``), which records the laptop migrations the
  server now understands; a laptop newer than that is asked to wait for the upgrade.
- **Server steps** (``SERVER_STEPS``) make the machinery: devices, applied operations, the
  council's audit chain, conflicts, tombstones, the write rules (from
  ``domain/team_access.py``) and the functions. Never edit an applied step: add one.
- **Who sees what**: one policy per table, ``VISIBLE_PERSON``: the set is worked out once per
  query (as one array), not once per row, and a team's rows are read through the person index.
"""

from __future__ import annotations

import json

from ...domain.team_access import write_rules
from .. import replication
from ..migrations import known_names

SCHEMA = "cl"
# The format of an operation a laptop pushes. The server applies this version and the one
# before it (a laptop pushes its queue before it upgrades, but may be offline then).
OPERATION_FORMAT = 1
ACCEPTED_FORMATS = (1,)

PG_TYPES = {"TEXT": "text", "INTEGER": "bigint", "INT": "bigint", "FLOAT": "double precision", "REAL": "double precision",
            "NUMERIC": "numeric", "BLOB": "bytea"}


def roles(dbname: str) -> dict[str, str]:
    """The council's roles (cluster-wide names, so prefixed with the database's name)."""
    return {"owner": f"{dbname}_owner", "worker": f"{dbname}_worker"}


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"unexpected name {name!r}")
    return f'"{name}"'


def _default(col: replication.Column) -> str:
    d = col.default
    if d is None:
        return ""
    d = d.strip()
    if d.upper() == "NULL":
        return ""
    try:
        float(d)
        return f" DEFAULT {d}"
    except ValueError:
        pass
    if d.startswith("'") and d.endswith("'"):
        return f" DEFAULT {d}"
    return ""


# Who may read a young person's rows (row-level security on every person table): those in
# cl.visible_people(), worked out once per statement as one array (an InitPlan), compared with
# the row's _person. The planner can then read a team's rows through the _person index (a
# bitmap scan of the team's pages); "_person IN (SELECT cl.visible_people())" was a hashed
# filter it could not push into an index, so every read scanned the whole council's table
# (a PA's contacts: 1.85x the same read without row-level security).
VISIBLE_PERSON = "_person = ANY (ARRAY(SELECT cl.visible_people()))"
SEES_CONFLICT = (f"((SELECT cl.my_role()) IN ('manager', 'service') AND {VISIBLE_PERSON}) "
                 "OR worker_id = (SELECT id FROM cl.me())")
SEES_TOMBSTONE = f"_person IS NULL OR {VISIBLE_PERSON}"


# -- server steps -------------------------------------------------------------------------------
CORE = r"""
CREATE TABLE cl.server_steps (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE cl.laptop_migrations (name text PRIMARY KEY, mirrored_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE cl.council (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE cl.catalogue (
    table_name text PRIMARY KEY, position int NOT NULL, scope_kind text, scope_column text, parent_table text,
    columns text[] NOT NULL, frozen text[] NOT NULL DEFAULT '{}', record_date text);
CREATE TABLE cl.write_rules (role text NOT NULL, table_name text NOT NULL, kinds text[] NOT NULL, fields text[],
    PRIMARY KEY (role, table_name));
CREATE TABLE cl.devices (device_id text PRIMARY KEY, worker_id text NOT NULL, last_seq bigint NOT NULL DEFAULT 0,
    registered_at timestamptz NOT NULL DEFAULT now(), last_seen timestamptz);
CREATE TABLE cl.applied_ops (op_id text PRIMARY KEY, device_id text NOT NULL, device_seq bigint NOT NULL, group_id text,
    worker_id text NOT NULL, outcome text NOT NULL, result jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq));
CREATE TABLE cl.audit_head (one boolean PRIMARY KEY DEFAULT true CHECK (one), seq bigint NOT NULL, hash text NOT NULL);
INSERT INTO cl.audit_head (seq, hash) VALUES (0, repeat('0', 64));
CREATE TABLE cl.audit_chain (seq bigint PRIMARY KEY, at timestamptz NOT NULL, worker_id text, login text NOT NULL,
    device_id text, device_seq bigint, op_id text, kind text NOT NULL, table_name text, record_id text,
    outcome text NOT NULL, laptop_hash text, prev_hash text NOT NULL, hash text NOT NULL);
CREATE TABLE cl.conflicts (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text, at timestamptz NOT NULL DEFAULT now(),
    table_name text NOT NULL, record_id text NOT NULL, _person text, field text NOT NULL,
    seen_value jsonb, server_value jsonb, laptop_value jsonb, server_changed_by text, worker_id text NOT NULL,
    device_id text, op_id text, resolved_at timestamptz, resolved_by text, resolution jsonb,
    _xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX conflicts_person ON cl.conflicts (_person);
CREATE TABLE cl.tombstones (table_name text NOT NULL, record_id text NOT NULL, _person text,
    _xid xid8 NOT NULL DEFAULT pg_current_xact_id(), at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, record_id));
CREATE INDEX tombstones_xid ON cl.tombstones (_xid);
CREATE TABLE cl.council_settings (key text PRIMARY KEY, value text, created_at text, updated_at text, updated_by text,
    _xid xid8 NOT NULL DEFAULT pg_current_xact_id());

CREATE FUNCTION cl.set_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW._xid := pg_current_xact_id();
    RETURN NEW;
END $$;
CREATE TRIGGER council_settings_xid BEFORE INSERT OR UPDATE ON cl.council_settings FOR EACH ROW EXECUTE FUNCTION cl.set_xid();
CREATE TRIGGER conflicts_xid BEFORE INSERT OR UPDATE ON cl.conflicts FOR EACH ROW EXECUTE FUNCTION cl.set_xid();
CREATE TRIGGER tombstones_xid BEFORE INSERT OR UPDATE ON cl.tombstones FOR EACH ROW EXECUTE FUNCTION cl.set_xid();
CREATE FUNCTION cl.no_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the council''s audit chain cannot be changed';
END $$;
CREATE TRIGGER audit_chain_fixed BEFORE UPDATE OR DELETE ON cl.audit_chain FOR EACH ROW EXECUTE FUNCTION cl.no_change();
"""

# The functions are replaced whole by later steps when they change (CREATE OR REPLACE).
FUNCTIONS = r"""
-- The worker signed in (their login is session_user), or NULL.
CREATE OR REPLACE FUNCTION cl.me() RETURNS cl.workers LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = cl, pg_temp AS $$
    SELECT * FROM cl.workers WHERE _login = session_user AND active = 1
$$;

-- Cover in force on a day: from the first day away to the day before the worker is back or
-- cover was ended (domain/cover.Absence.in_force says the same; tests hold the two equal).
CREATE OR REPLACE FUNCTION cl.covered_by(p_worker text, p_day text) RETURNS SETOF text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = cl, pg_temp AS $$
    SELECT coalesce(ca.person_id, yp.id)
    FROM cl.absences a
    LEFT JOIN cl.young_people yp ON yp.allocated_pa_id = a.worker_id AND a.cover_worker_id = p_worker
    LEFT JOIN cl.cover_assignments ca ON ca.absence_id = a.id AND ca.person_id = yp.id
    WHERE a.start_date <= p_day
      AND p_day < least(coalesce(a.ended_on, '9999-12-31'), coalesce(a.expected_return, '9999-12-31'))
      AND yp.id IS NOT NULL AND (ca.id IS NULL OR ca.cover_worker_id = p_worker)
    UNION
    SELECT ca.person_id
    FROM cl.absences a JOIN cl.cover_assignments ca ON ca.absence_id = a.id
    WHERE ca.cover_worker_id = p_worker AND a.start_date <= p_day
      AND p_day < least(coalesce(a.ended_on, '9999-12-31'), coalesce(a.expected_return, '9999-12-31'))
$$;

-- The young people the signed-in worker may see today: their team's (allocated to a PA of
-- their team), those they cover today, unallocated young people for managers, everyone for
-- the service team. One set per query: policies compare _person with it as one array (VISIBLE_PERSON).
CREATE OR REPLACE FUNCTION cl.visible_people() RETURNS SETOF text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = cl, pg_temp AS $$
BEGIN
    -- (PL/pgSQL, so its plan is kept for the session: row-level security asks for it per query.)
    RETURN QUERY
    WITH me AS (SELECT id, role, team_id FROM cl.workers WHERE _login = session_user AND active = 1)
    SELECT yp.id FROM cl.young_people yp, me WHERE me.role = 'service'
    UNION
    SELECT yp.id FROM cl.young_people yp JOIN cl.workers pa ON pa.id = yp.allocated_pa_id
        JOIN me ON me.team_id = pa.team_id AND me.role <> 'service'
    UNION
    SELECT yp.id FROM cl.young_people yp, me WHERE yp.allocated_pa_id IS NULL AND me.role = 'manager'
    UNION
    SELECT c FROM me, cl.covered_by(me.id, to_char(current_date, 'YYYY-MM-DD')) c;
END $$;

-- Workers whose absences the signed-in worker may see: their team's, and those they cover.
CREATE OR REPLACE FUNCTION cl.visible_workers() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = cl, pg_temp AS $$
    WITH me AS (SELECT id, role, team_id FROM cl.workers WHERE _login = session_user AND active = 1)
    SELECT w.id FROM cl.workers w, me WHERE me.role = 'service' OR w.team_id = me.team_id OR w.id = me.id
    UNION
    SELECT a.worker_id FROM cl.absences a, me WHERE a.cover_worker_id = me.id
$$;

CREATE OR REPLACE FUNCTION cl.my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = cl, pg_temp AS $$
    SELECT role FROM cl.workers WHERE _login = session_user AND active = 1
$$;

-- One link in the council's chain outside a sync (a conflict resolved).
CREATE OR REPLACE FUNCTION cl.chain_append(p_worker text, p_kind text, p_table text, p_record text, p_outcome text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = cl, pg_temp AS $$
DECLARE
    v_head cl.audit_head;
    v_at timestamptz := clock_timestamp();
    v_hash text;
BEGIN
    SELECT * INTO v_head FROM cl.audit_head FOR UPDATE;
    v_hash := encode(sha256(convert_to(concat_ws('|', v_head.hash, v_head.seq + 1, to_char(v_at AT TIME ZONE 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.US'), p_worker, session_user, NULL, NULL, NULL, p_kind, p_table, p_record, p_outcome,
        NULL), 'UTF8')), 'hex');
    INSERT INTO cl.audit_chain VALUES (v_head.seq + 1, v_at, p_worker, session_user, NULL, NULL, NULL, p_kind, p_table,
        p_record, p_outcome, NULL, v_head.hash, v_hash);
    UPDATE cl.audit_head SET seq = v_head.seq + 1, hash = v_hash;
END $$;

-- A team manager resolves a conflict of their team's: keep the value that stands ('server'),
-- take the other worker's ('laptop'), or write a corrected value ('value', p_value). A draft
-- kept whole is resolved by keeping what stands or taking the other draft's changes. Audited
-- in the council's chain; the record's change reaches every laptop at its next sync.
CREATE OR REPLACE FUNCTION cl.resolve_conflict(p_id text, p_choice text, p_value jsonb DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cl, pg_temp AS $$
DECLARE
    v_me cl.workers;
    v_c cl.conflicts;
    v_new jsonb;
    v_op jsonb;
    v_cols text;
BEGIN
    v_me := cl.me();
    IF v_me.id IS NULL OR v_me.role NOT IN ('manager', 'service') THEN
        RAISE EXCEPTION 'Only a team manager resolves conflicts.' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v_c FROM cl.conflicts WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR (v_c._person IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cl.visible_people() v WHERE v = v_c._person)) THEN
        RAISE EXCEPTION 'There is no such conflict in your team.' USING ERRCODE = 'P0004';
    END IF;
    IF v_c.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'That conflict was resolved already.' USING ERRCODE = 'P0005';
    END IF;
    IF p_choice NOT IN ('server', 'laptop', 'value') OR (p_choice = 'value' AND v_c.field LIKE '(%') THEN
        RAISE EXCEPTION 'Choose which value to keep.' USING ERRCODE = 'P0006';
    END IF;
    IF p_choice <> 'server' THEN
        IF v_c.field = '(draft)' THEN
            -- Take the other draft: each of its changes, as this manager.
            FOR v_op IN SELECT * FROM jsonb_array_elements(v_c.laptop_value) LOOP
                IF v_op->>'kind' = 'update' THEN
                    SELECT string_agg(format('%I = x.%I', k, k), ', ') INTO v_cols
                    FROM jsonb_object_keys(v_op->'values') k WHERE k NOT IN ('draft_revision');
                    IF v_cols IS NOT NULL THEN
                        EXECUTE format('UPDATE cl.%I t SET %s FROM jsonb_populate_record(NULL::cl.%I, $1) x WHERE t.id = $2',
                            v_op->>'table', v_cols, v_op->>'table') USING v_op->'values', v_op->>'id';
                    END IF;
                ELSIF v_op->>'kind' = 'insert' THEN
                    EXECUTE format('INSERT INTO cl.%I SELECT * FROM jsonb_populate_record(NULL::cl.%I, $1) ON CONFLICT DO NOTHING',
                        v_op->>'table', v_op->>'table') USING (v_op->'values') || jsonb_build_object('_person', v_c._person);
                ELSIF v_op->>'kind' = 'delete' THEN
                    EXECUTE format('DELETE FROM cl.%I WHERE id = $1', v_op->>'table') USING v_op->>'id';
                    INSERT INTO cl.tombstones (table_name, record_id, _person) VALUES (v_op->>'table', v_op->>'id', v_c._person)
                        ON CONFLICT (table_name, record_id) DO UPDATE SET _person = EXCLUDED._person;
                END IF;
            END LOOP;
            UPDATE cl.plans SET draft_revision = coalesce(draft_revision, 0) + 1, updated_by = v_me.id WHERE id = v_c.record_id;
        ELSIF v_c.field = '(removed)' THEN
            IF v_c.laptop_value IS NULL THEN  -- someone removed it meanwhile changed on the server: remove it now
                EXECUTE format('DELETE FROM cl.%I WHERE id = $1', v_c.table_name) USING v_c.record_id;
                INSERT INTO cl.tombstones (table_name, record_id, _person) VALUES (v_c.table_name, v_c.record_id, v_c._person)
                    ON CONFLICT (table_name, record_id) DO UPDATE SET _person = EXCLUDED._person;
            END IF;
        ELSE
            v_new := CASE WHEN p_choice = 'laptop' THEN v_c.laptop_value ELSE p_value END;
            IF v_c.table_name = 'settings' THEN
                UPDATE cl.council_settings SET value = v_new #>> '{}', updated_by = v_me.id WHERE key = v_c.record_id;
            ELSE
                EXECUTE format('UPDATE cl.%I t SET %I = x.%I, updated_by = $3 FROM jsonb_populate_record(NULL::cl.%I, $1) x '
                    'WHERE t.id = $2', v_c.table_name, v_c.field, v_c.field, v_c.table_name)
                    USING jsonb_build_object(v_c.field, v_new), v_c.record_id, v_me.id;
            END IF;
        END IF;
    END IF;
    UPDATE cl.conflicts SET resolved_at = now(), resolved_by = v_me.id,
        resolution = jsonb_build_object('choice', p_choice, 'value', CASE WHEN p_choice = 'value' THEN p_value END)
    WHERE id = p_id;
    PERFORM cl.chain_append(v_me.id, 'resolve', v_c.table_name, v_c.record_id, p_choice);
    RETURN jsonb_build_object('resolved', p_id, 'choice', p_choice);
END $$;

-- Who has looked at a young person's record (a subject access request): when, who, what.
CREATE OR REPLACE FUNCTION cl.who_looked(p_person text) RETURNS TABLE (at timestamptz, worker text, role text, what text,
    detail text) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cl, pg_temp AS $$
BEGIN
    IF cl.my_role() NOT IN ('manager', 'service') THEN
        RAISE EXCEPTION 'Only a team manager or the service team can see who looked at a record.' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cl.visible_people() v WHERE v = p_person) THEN
        RAISE EXCEPTION 'That young person is not in your team.' USING ERRCODE = 'P0004';
    END IF;
    -- When it happened on the laptop (it may have been offline), in the order the server had them.
    RETURN QUERY SELECT coalesce(r.on_laptop_at::timestamptz, r.at), w.name, w.role, r.what, r.detail
        FROM cl.read_audit r LEFT JOIN cl.workers w ON w.id = r.worker_id
        WHERE r.person_id = p_person ORDER BY r.seq;
END $$;

CREATE OR REPLACE FUNCTION cl.role_label(p_role text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_role WHEN 'pa' THEN 'personal adviser' WHEN 'duty' THEN 'duty worker' WHEN 'manager' THEN 'team manager'
        WHEN 'service' THEN 'member of the service team' ELSE p_role END
$$;

CREATE OR REPLACE FUNCTION cl.whoami() RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = cl, pg_temp AS $$
    SELECT jsonb_build_object('worker_id', w.id, 'name', w.name, 'role', w.role, 'team_id', w.team_id,
        'council', (SELECT jsonb_build_object('code', code, 'name', name) FROM cl.council LIMIT 1),
        'laptop_migrations', (SELECT jsonb_agg(name ORDER BY name) FROM cl.laptop_migrations),
        'formats', to_jsonb(ARRAY[1]))
    FROM cl.workers w WHERE w._login = session_user AND w.active = 1
$$;

-- One operation, as the worker (p_visible: the young people they may see, worked out once per
-- batch): returns {outcome, message, conflicts, person}. Outcomes:
-- applied, already (nothing to do), refused (the whole group is then undone), guard (a
-- draft saved from an older revision: the whole group is kept as a conflict).
CREATE OR REPLACE FUNCTION cl.apply_op(p_me cl.workers, p_device text, p_op jsonb, p_visible text[]) RETURNS jsonb LANGUAGE plpgsql
SECURITY DEFINER SET search_path = cl, pg_temp AS $$
DECLARE
    v_table text := p_op->>'table';
    v_kind text := p_op->>'kind';
    v_id text := p_op->>'id';
    v_vals jsonb := coalesce(p_op->'values', '{}'::jsonb);
    v_seen jsonb := coalesce(p_op->'seen', '{}'::jsonb);
    v_cat cl.catalogue;
    v_rule cl.write_rules;
    v_cur jsonb;
    v_person text;
    v_plan_status text;
    v_key text;
    v_applied jsonb := '{}'::jsonb;
    v_conflicts text[] := '{}';
    v_cols text;
    v_stamps text[] := ARRAY['created_at', 'updated_at', 'updated_by'];
    v_on text;
BEGIN
    IF v_kind = 'read' THEN
        -- A record opened, printed or exported (what and when, never the content).
        IF v_id IS NOT NULL AND v_id <> '' AND NOT (v_id = ANY (p_visible)) AND NOT EXISTS (
            SELECT 1 FROM cl.covered_by(p_me.id, left(v_vals->>'at', 10)) c WHERE c = v_id) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message', 'That young person is not in your team or your cover.');
        END IF;
        INSERT INTO cl.read_audit (at, on_laptop_at, worker_id, login, device_id, person_id, what, detail)
        VALUES (clock_timestamp(), v_vals->>'at', p_me.id, session_user, p_device, nullif(v_id, ''), coalesce(v_vals->>'what', 'opened'),
            coalesce(v_vals->>'detail', ''));
        RETURN jsonb_build_object('outcome', 'applied', 'person', nullif(v_id, ''));
    END IF;

    IF v_kind = 'setting' THEN
        SELECT * INTO v_rule FROM cl.write_rules WHERE role = p_me.role AND table_name = 'settings';
        IF NOT FOUND THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message', 'Only a team manager can change the local settings.');
        END IF;
        SELECT to_jsonb(s) INTO v_cur FROM cl.council_settings s WHERE key = v_id FOR UPDATE;
        IF v_cur IS NOT NULL AND (v_cur->'value') IS DISTINCT FROM (v_seen->'value')
           AND (v_cur->'value') IS DISTINCT FROM (v_vals->'value') THEN
            INSERT INTO cl.conflicts (table_name, record_id, field, seen_value, server_value, laptop_value,
                server_changed_by, worker_id, device_id, op_id)
            VALUES ('settings', v_id, 'value', v_seen->'value', v_cur->'value', v_vals->'value', v_cur->>'updated_by',
                p_me.id, p_device, p_op->>'op_id');
            RETURN jsonb_build_object('outcome', 'applied', 'conflicts', to_jsonb(ARRAY['value']));
        END IF;
        INSERT INTO cl.council_settings (key, value, created_at, updated_at, updated_by)
        VALUES (v_id, v_vals->>'value', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS+00:00'),
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS+00:00'), p_me.id)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by = p_me.id;
        RETURN jsonb_build_object('outcome', 'applied');
    END IF;

    SELECT * INTO v_cat FROM cl.catalogue WHERE table_name = v_table;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('outcome', 'refused', 'message', format('The team server does not keep %s.', v_table));
    END IF;
    SELECT * INTO v_rule FROM cl.write_rules WHERE role = p_me.role AND table_name = v_table;
    IF NOT FOUND OR NOT (v_kind = ANY (v_rule.kinds)) THEN
        RETURN jsonb_build_object('outcome', 'refused', 'message',
            format('A %s cannot %s %s.', cl.role_label(p_me.role),
                CASE v_kind WHEN 'insert' THEN 'add' WHEN 'update' THEN 'change' ELSE 'remove' END,
                replace(v_table, '_', ' ')));
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_object_keys(v_vals) k WHERE NOT (k = ANY (v_cat.columns))) THEN
        RETURN jsonb_build_object('outcome', 'refused', 'message',
            'This laptop is newer than the team server: ask IT to upgrade the server (careleaver-app server upgrade).');
    END IF;
    -- The server, not the laptop, says who made a change.
    IF v_vals ? 'updated_by' OR v_kind <> 'delete' THEN
        v_vals := v_vals || jsonb_build_object('updated_by', p_me.id);
    END IF;

    EXECUTE format('SELECT to_jsonb(x) FROM cl.%I x WHERE id = $1 FOR UPDATE', v_table) INTO v_cur USING v_id;

    -- Whose record this is (worked out here, never taken from the laptop).
    IF v_cat.scope_kind = 'self' THEN
        v_person := v_id;
    ELSIF v_cat.scope_kind = 'person_id' THEN
        v_person := coalesce(v_cur->>'_person', v_vals->>'person_id');
        IF v_cur IS NOT NULL AND v_vals ? 'person_id' AND v_vals->>'person_id' IS DISTINCT FROM v_cur->>'_person' THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message', 'A record cannot be moved to another young person.');
        END IF;
    ELSIF v_cat.scope_kind = 'parent' THEN
        IF v_cur IS NOT NULL THEN
            v_person := v_cur->>'_person';
        ELSE
            EXECUTE format('SELECT _person FROM cl.%I WHERE id = $1', v_cat.parent_table) INTO v_person
                USING v_vals->>v_cat.scope_column;
            IF v_person IS NULL THEN
                RETURN jsonb_build_object('outcome', 'refused', 'message',
                    format('The record this %s belongs to is not on the team server.', replace(v_table, '_', ' ')));
            END IF;
        END IF;
    END IF;

    -- May this worker touch it? Their own scope today; a legal record also as at its own date
    -- (a contact logged offline during cover is accepted after the cover has ended).
    IF v_person IS NOT NULL AND NOT (v_cat.scope_kind = 'self' AND v_cur IS NULL) THEN
        v_on := left(v_vals->>v_cat.record_date, 10);
        IF NOT (v_person = ANY (p_visible))
           AND NOT (v_kind = 'insert' AND v_on IS NOT NULL AND EXISTS (
                SELECT 1 FROM cl.covered_by(p_me.id, v_on) c WHERE c = v_person)) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message',
                'That young person is not in your team or your cover, so the change was not made.');
        END IF;
    END IF;
    -- Cover is arranged by the absent worker's team manager, or by a PA for their own planned
    -- leave (domain/team_access.may_arrange_cover says the same).
    IF v_table = 'absences' AND NOT (
        (p_me.role = 'manager' AND EXISTS (SELECT 1 FROM cl.workers w
            WHERE w.id = coalesce(v_vals->>'worker_id', v_cur->>'worker_id') AND w.team_id = p_me.team_id))
        OR (p_me.role = 'pa' AND coalesce(v_vals->>'worker_id', v_cur->>'worker_id') = p_me.id
            AND (v_cur IS NULL OR v_cur->>'worker_id' = p_me.id))) THEN
        RETURN jsonb_build_object('outcome', 'refused', 'message',
            'Cover is arranged by the absent worker''s team manager (or by a PA for their own leave).');
    END IF;
    IF v_table = 'cover_assignments' AND p_me.role = 'pa' AND NOT EXISTS (
        SELECT 1 FROM cl.absences a WHERE a.id = coalesce(v_vals->>'absence_id', v_cur->>'absence_id') AND a.worker_id = p_me.id) THEN
        RETURN jsonb_build_object('outcome', 'refused', 'message', 'A PA arranges cover for their own leave only.');
    END IF;

    -- A finalised plan version is a legal record (only its progress columns change).
    IF v_table IN ('plans', 'plan_sections', 'plan_actions', 'plan_contingencies') THEN
        IF v_table = 'plans' THEN
            v_plan_status := v_cur->>'status';
        ELSE
            SELECT status INTO v_plan_status FROM cl.plans WHERE id = coalesce(v_cur->>'plan_id', v_vals->>'plan_id');
        END IF;
        IF v_plan_status = 'final' AND (v_kind <> 'update' OR EXISTS (
            SELECT 1 FROM jsonb_object_keys(v_vals) k WHERE NOT (k = ANY (v_stamps)) AND NOT (k = ANY (
                CASE v_table WHEN 'plan_actions' THEN ARRAY['status', 'done_date', 'status_reason']
                             WHEN 'plan_contingencies' THEN ARRAY['next_check_by', 'last_checked']
                             ELSE '{}'::text[] END)))) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message',
                'A finalised plan cannot be changed: start a review to make a new version.');
        END IF;
    END IF;

    IF v_kind = 'insert' THEN
        IF v_cur IS NOT NULL THEN
            IF (v_cur - '_person' - '_xid' - 'updated_by' - 'updated_at') @> (v_vals - 'updated_by' - 'updated_at') THEN
                RETURN jsonb_build_object('outcome', 'already', 'person', v_person);
            END IF;
            RETURN jsonb_build_object('outcome', 'refused', 'message', 'A different record with the same id is on the server.');
        END IF;
        EXECUTE format('INSERT INTO cl.%I SELECT * FROM jsonb_populate_record(NULL::cl.%I, $1)', v_table, v_table)
            USING v_vals || jsonb_build_object('_person', v_person);
        IF v_cat.scope_kind = 'self' AND NOT EXISTS (SELECT 1 FROM cl.visible_people() v WHERE v = v_person) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message',
                'A young person can only be added to your own team (allocate them to one of its PAs).');
        END IF;
        RETURN jsonb_build_object('outcome', 'applied', 'person', v_person);
    END IF;

    IF v_kind = 'update' THEN
        IF v_cur IS NULL THEN
            INSERT INTO cl.conflicts (table_name, record_id, _person, field, seen_value, server_value, laptop_value,
                worker_id, device_id, op_id)
            VALUES (v_table, v_id, v_person, '(removed)', v_seen, NULL, v_vals, p_me.id, p_device, p_op->>'op_id');
            RETURN jsonb_build_object('outcome', 'applied', 'conflicts', to_jsonb(ARRAY['(removed)']), 'person', v_person);
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_object_keys(v_vals) k WHERE k = ANY (v_cat.frozen)) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message',
                'This is a legal record: correct it with an amendment, which keeps the original.');
        END IF;
        IF v_rule.fields IS NOT NULL AND EXISTS (SELECT 1 FROM jsonb_object_keys(v_vals) k
            WHERE NOT (k = ANY (v_rule.fields || v_stamps))) THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message',
                format('A %s can record progress here, not change the record itself.', cl.role_label(p_me.role)));
        END IF;
        IF v_table = 'plans' AND v_vals ? 'draft_revision'
           AND (v_cur->'draft_revision') IS DISTINCT FROM (v_seen->'draft_revision') THEN
            RETURN jsonb_build_object('outcome', 'guard', 'person', v_person,
                'server_revision', v_cur->'draft_revision', 'seen_revision', v_seen->'draft_revision');
        END IF;
        FOR v_key IN SELECT k FROM jsonb_object_keys(v_vals) k WHERE NOT (k = ANY (v_stamps)) LOOP
            IF (v_cur->v_key) IS NOT DISTINCT FROM (v_seen->v_key) THEN
                v_applied := v_applied || jsonb_build_object(v_key, v_vals->v_key);
            ELSIF (v_cur->v_key) IS DISTINCT FROM (v_vals->v_key) THEN
                v_conflicts := v_conflicts || v_key;
                INSERT INTO cl.conflicts (table_name, record_id, _person, field, seen_value, server_value, laptop_value,
                    server_changed_by, worker_id, device_id, op_id)
                VALUES (v_table, v_id, v_person, v_key, v_seen->v_key, v_cur->v_key, v_vals->v_key, v_cur->>'updated_by',
                    p_me.id, p_device, p_op->>'op_id');
            END IF;
        END LOOP;
        IF v_applied <> '{}'::jsonb THEN
            v_applied := v_applied || jsonb_build_object('updated_by', p_me.id)
                || CASE WHEN v_vals ? 'updated_at' THEN jsonb_build_object('updated_at', v_vals->'updated_at')
                        ELSE '{}'::jsonb END;
            SELECT string_agg(format('%I = x.%I', k, k), ', ') INTO v_cols FROM jsonb_object_keys(v_applied) k;
            EXECUTE format('UPDATE cl.%I t SET %s FROM jsonb_populate_record(NULL::cl.%I, $1) x WHERE t.id = $2',
                v_table, v_cols, v_table) USING v_applied, v_id;
        END IF;
        RETURN jsonb_build_object('outcome', CASE WHEN v_applied = '{}'::jsonb AND cardinality(v_conflicts) = 0
            THEN 'already' ELSE 'applied' END, 'conflicts', to_jsonb(v_conflicts), 'person', v_person);
    END IF;

    IF v_kind = 'delete' THEN
        IF v_cur IS NULL THEN
            RETURN jsonb_build_object('outcome', 'already', 'person', v_person);
        END IF;
        IF cardinality(v_cat.frozen) > 0 AND v_table NOT IN ('in_touch_decisions', 'contact_followups') THEN
            RETURN jsonb_build_object('outcome', 'refused', 'message', 'Legal records are never removed.');
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_object_keys(v_seen) k WHERE NOT (k = ANY (v_stamps || ARRAY['id']))
                   AND (v_cur->k) IS DISTINCT FROM (v_seen->k)) THEN
            INSERT INTO cl.conflicts (table_name, record_id, _person, field, seen_value, server_value, laptop_value,
                server_changed_by, worker_id, device_id, op_id)
            VALUES (v_table, v_id, v_person, '(removed)', v_seen, v_cur - '_xid' - '_person', NULL, v_cur->>'updated_by',
                p_me.id, p_device, p_op->>'op_id');
            RETURN jsonb_build_object('outcome', 'applied', 'conflicts', to_jsonb(ARRAY['(removed)']), 'person', v_person);
        END IF;
        EXECUTE format('DELETE FROM cl.%I WHERE id = $1', v_table) USING v_id;
        INSERT INTO cl.tombstones (table_name, record_id, _person) VALUES (v_table, v_id, v_person)
            ON CONFLICT (table_name, record_id) DO UPDATE SET _person = EXCLUDED._person;
        RETURN jsonb_build_object('outcome', 'applied', 'person', v_person);
    END IF;
    RETURN jsonb_build_object('outcome', 'refused', 'message', format('Unknown kind of change %s.', v_kind));
END $$;

-- A batch of operations from one laptop (device), applied in one transaction as the signed-in
-- worker, each at most once: a group (one transaction on the laptop) all or nothing. Returns
-- one result per operation, and the server's own rows for every record a change was not
-- taken for as it was (so the laptop shows what stands).
CREATE OR REPLACE FUNCTION cl.sync_apply(p_device text, p_ops jsonb, p_format int DEFAULT 1) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cl, pg_temp AS $$
DECLARE
    v_me cl.workers;
    v_dev cl.devices;
    v_group jsonb;
    v_op jsonb;
    v_res jsonb;
    v_results jsonb := '[]'::jsonb;
    v_group_results jsonb;
    v_outcome text;
    v_message text;
    v_next bigint;
    v_first bigint;
    v_prior jsonb;
    v_touched jsonb := '[]'::jsonb;
    v_rows jsonb := '[]'::jsonb;
    v_item jsonb;
    v_row jsonb;
    v_visible text[];
    v_head cl.audit_head;
    v_at timestamptz;
    v_hash text;
BEGIN
    v_me := cl.me();
    IF v_me.id IS NULL THEN
        RAISE EXCEPTION 'You are not a worker of this council''s team server (or your account is closed).'
            USING ERRCODE = '42501';
    END IF;
    IF NOT (p_format = ANY (ARRAY[1])) THEN
        RAISE EXCEPTION 'This laptop''s changes are in a format the team server does not know (%): ask IT to upgrade the server.',
            p_format USING ERRCODE = 'P0001';
    END IF;
    SELECT * INTO v_head FROM cl.audit_head FOR UPDATE;  -- one batch at a time on the council's chain
    v_visible := ARRAY(SELECT cl.visible_people());
    INSERT INTO cl.devices (device_id, worker_id) VALUES (p_device, v_me.id) ON CONFLICT (device_id) DO NOTHING;
    SELECT * INTO v_dev FROM cl.devices WHERE device_id = p_device FOR UPDATE;
    IF v_dev.worker_id <> v_me.id THEN
        RAISE EXCEPTION 'This laptop''s store belongs to another worker: sign in with your own store.' USING ERRCODE = '42501';
    END IF;
    v_next := v_dev.last_seq + 1;

    FOR v_group IN
        SELECT jsonb_agg(op ORDER BY (op->>'seq')::bigint) FROM jsonb_array_elements(p_ops) op
        GROUP BY op->>'group' ORDER BY min((op->>'seq')::bigint)
    LOOP
        v_first := (v_group->0->>'seq')::bigint;
        SELECT result INTO v_prior FROM cl.applied_ops WHERE op_id = v_group->0->>'op_id';
        IF v_prior IS NOT NULL THEN
            -- A retry: the group was applied before (all or nothing), so answer as then.
            FOR v_op IN SELECT * FROM jsonb_array_elements(v_group) LOOP
                SELECT result INTO v_res FROM cl.applied_ops WHERE op_id = v_op->>'op_id';
                v_results := v_results || jsonb_build_array(coalesce(v_res, '{}'::jsonb)
                    || jsonb_build_object('op_id', v_op->>'op_id', 'retry', true));
            END LOOP;
            CONTINUE;
        END IF;
        IF v_first < v_next THEN
            RAISE EXCEPTION 'This laptop sent change % again with different content (was its store restored from a backup?).',
                v_first USING ERRCODE = 'P0002';
        ELSIF v_first > v_next THEN
            RAISE EXCEPTION 'Changes % to % from this laptop never reached the team server.', v_next, v_first - 1
                USING ERRCODE = 'P0003';
        END IF;

        v_group_results := '[]'::jsonb;
        v_outcome := 'applied';
        v_message := NULL;
        BEGIN
            FOR v_op IN SELECT * FROM jsonb_array_elements(v_group) LOOP
                v_res := cl.apply_op(v_me, p_device, v_op, v_visible);
                IF v_res->>'outcome' = 'applied' AND v_op->>'table' = 'young_people' AND v_op->>'kind' = 'insert' THEN
                    v_visible := v_visible || (v_op->>'id');  -- the rest of the group may now touch them
                END IF;
                IF v_res->>'outcome' = 'refused' THEN
                    v_message := v_res->>'message';
                    RAISE EXCEPTION USING ERRCODE = 'CL010', MESSAGE = v_message;
                ELSIF v_res->>'outcome' = 'guard' THEN
                    RAISE EXCEPTION USING ERRCODE = 'CL011', MESSAGE = 'draft saved from an older revision';
                END IF;
                v_group_results := v_group_results || jsonb_build_array(v_res || jsonb_build_object('op_id', v_op->>'op_id'));
            END LOOP;
        EXCEPTION
            WHEN SQLSTATE 'CL010' THEN
                v_outcome := 'refused';
            WHEN SQLSTATE 'CL011' THEN
                v_outcome := 'conflict';
                v_message := 'Someone else saved this draft plan since you last synced: your draft is kept for your manager '
                    || 'beside theirs, and theirs stands.';
                INSERT INTO cl.conflicts (table_name, record_id, _person, field, seen_value, server_value, laptop_value,
                    server_changed_by, worker_id, device_id, op_id)
                SELECT 'plans', p.id, p._person, '(draft)', v_group->0->'seen', to_jsonb(p) - '_xid' - '_person', v_group,
                    p.updated_by, v_me.id, p_device, v_group->0->>'op_id'
                FROM cl.plans p WHERE p.id = (SELECT o->>'id' FROM jsonb_array_elements(v_group) o
                                              WHERE o->>'table' = 'plans' LIMIT 1);
            WHEN OTHERS THEN
                v_outcome := 'refused';
                v_message := 'The team server could not take this change: ' || SQLERRM;
        END;
        IF v_outcome <> 'applied' THEN
            v_group_results := '[]'::jsonb;
            FOR v_op IN SELECT * FROM jsonb_array_elements(v_group) LOOP
                v_group_results := v_group_results || jsonb_build_array(jsonb_build_object('op_id', v_op->>'op_id',
                    'outcome', v_outcome, 'message', v_message));
            END LOOP;
        END IF;
        FOR v_res IN SELECT * FROM jsonb_array_elements(v_group_results) LOOP
            SELECT o INTO v_op FROM jsonb_array_elements(v_group) o WHERE o->>'op_id' = v_res->>'op_id';
            INSERT INTO cl.applied_ops (op_id, device_id, device_seq, group_id, worker_id, outcome, result)
            VALUES (v_op->>'op_id', p_device, (v_op->>'seq')::bigint, v_op->>'group', v_me.id, v_res->>'outcome', v_res);
            -- The council's chain: every operation's outcome, each entry hashing the one before.
            v_at := clock_timestamp();
            v_hash := encode(sha256(convert_to(concat_ws('|', v_head.hash, v_head.seq + 1, to_char(v_at AT TIME ZONE 'UTC',
                'YYYY-MM-DD"T"HH24:MI:SS.US'), v_me.id, session_user, p_device, v_op->>'seq', v_op->>'op_id', v_op->>'kind',
                v_op->>'table', v_op->>'id', v_res->>'outcome', v_op->>'hash'), 'UTF8')), 'hex');
            INSERT INTO cl.audit_chain VALUES (v_head.seq + 1, v_at, v_me.id, session_user, p_device, (v_op->>'seq')::bigint,
                v_op->>'op_id', v_op->>'kind', v_op->>'table', v_op->>'id', v_res->>'outcome', v_op->>'hash', v_head.hash, v_hash);
            v_head.seq := v_head.seq + 1;
            v_head.hash := v_hash;
            IF v_res->>'outcome' IN ('refused', 'conflict') OR jsonb_array_length(coalesce(v_res->'conflicts', '[]')) > 0 THEN
                v_touched := v_touched || jsonb_build_array(jsonb_build_object('table', v_op->>'table', 'id', v_op->>'id'));
            END IF;
            v_next := greatest(v_next, (v_op->>'seq')::bigint + 1);
        END LOOP;
        v_results := v_results || v_group_results;
    END LOOP;
    UPDATE cl.devices SET last_seq = v_next - 1, last_seen = now() WHERE device_id = p_device;
    UPDATE cl.audit_head SET seq = v_head.seq, hash = v_head.hash;

    FOR v_item IN SELECT DISTINCT x FROM jsonb_array_elements(v_touched) x LOOP
        IF v_item->>'table' = 'settings' THEN
            SELECT to_jsonb(s) - '_xid' INTO v_row FROM cl.council_settings s WHERE key = v_item->>'id';
        ELSIF EXISTS (SELECT 1 FROM cl.catalogue WHERE table_name = v_item->>'table') THEN
            EXECUTE format('SELECT to_jsonb(x) - ''_xid'' - ''_person'' - ''_login'' FROM cl.%I x WHERE id = $1',
                v_item->>'table') INTO v_row USING v_item->>'id';
        ELSE
            CONTINUE;
        END IF;
        v_rows := v_rows || jsonb_build_array(v_item || jsonb_build_object('row', v_row));
    END LOOP;
    RETURN jsonb_build_object('results', v_results, 'rows', v_rows);
END $$;
"""


def _core(conn, dbname: str) -> None:
    conn.execute(CORE)


TEAM_WORK = r"""
-- Who opened which young person's record, and who printed or exported what (never the content),
-- so the council can answer "who has looked at my file?" (UK GDPR Art. 15).
CREATE TABLE cl.read_audit (seq bigserial PRIMARY KEY, at timestamptz NOT NULL, on_laptop_at text, worker_id text NOT NULL,
    login text NOT NULL, device_id text, person_id text, what text NOT NULL, detail text NOT NULL DEFAULT '');
CREATE INDEX read_audit_person ON cl.read_audit (person_id, at);
CREATE TRIGGER read_audit_fixed BEFORE UPDATE OR DELETE ON cl.read_audit FOR EACH ROW EXECUTE FUNCTION cl.no_change();
"""


def _team_work(conn, dbname: str) -> None:
    conn.execute(TEAM_WORK)


def _set_based_visibility(conn, dbname: str) -> None:
    """The person tables' policies compare _person with the visible set as one array (see
    VISIBLE_PERSON); who sees what is unchanged."""
    for (table,) in conn.execute("SELECT table_name FROM cl.catalogue WHERE scope_kind IS NOT NULL").fetchall():
        conn.execute(f"ALTER POLICY visible ON cl.{_ident(table)} USING ({VISIBLE_PERSON})")


def _changed_indexes(conn, dbname: str) -> None:
    """The conflicts' ``_xid`` indexed, like every record table's, so asking whether any changed
    since a pull (``changed_since``) reads one index entry, not the whole table."""
    conn.execute("CREATE INDEX IF NOT EXISTS conflicts_xid ON cl.conflicts (_xid)")


SERVER_STEPS = [("0001_core", _core), ("0002_team_work", _team_work),
                ("0003_set_based_visibility", _set_based_visibility), ("0004_changed_indexes", _changed_indexes)]


# -- the record tables, from the laptop's schema -------------------------------------------------
def _create_record_table(conn, t: replication.Table, worker_role: str) -> None:
    cols = []
    for c in t.columns:
        typ = PG_TYPES.get(c.type, "text")
        nn = " NOT NULL" if c.not_null or c.pk else ""
        cols.append(f"{_ident(c.name)} {typ}{nn}{_default(c)}")
    pk = [c.name for c in t.columns if c.pk] or ["id"]
    extra = ["_xid xid8 NOT NULL DEFAULT pg_current_xact_id()"]
    if t.scope is not None:
        extra.append("_person text")
    if t.name == "workers":
        extra.append("_login text UNIQUE")
    name = f"cl.{_ident(t.name)}"
    conn.execute(f"CREATE TABLE {name} ({', '.join(cols + extra)}, PRIMARY KEY ({', '.join(map(_ident, pk))}))")
    conn.execute(f"CREATE INDEX {_ident(t.name + '_xid')} ON {name} (_xid)")
    conn.execute(f"CREATE TRIGGER {_ident(t.name + '_xid')} BEFORE INSERT OR UPDATE ON {name} "
                 "FOR EACH ROW EXECUTE FUNCTION cl.set_xid()")
    conn.execute(f"GRANT SELECT ON {name} TO {_ident(worker_role)}")
    if t.scope is not None:
        conn.execute(f"CREATE INDEX {_ident(t.name + '_person')} ON {name} (_person)")


def _protect_record_table(conn, t: replication.Table, worker_role: str) -> None:
    """Row-level security: a worker reads only the rows of the young people they may see."""
    name = f"cl.{_ident(t.name)}"
    conn.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
    if t.scope is not None:
        using = VISIBLE_PERSON
    elif t.name == "absences":
        using = "worker_id IN (SELECT cl.visible_workers())"
    else:
        using = "true"
    conn.execute(f"CREATE POLICY visible ON {name} FOR SELECT TO {_ident(worker_role)} USING ({using})")


def _add_column(conn, table: str, c: replication.Column) -> None:
    typ = PG_TYPES.get(c.type, "text")
    conn.execute(f"ALTER TABLE cl.{_ident(table)} ADD COLUMN {_ident(c.name)} {typ}{_default(c)}")


def changed_since(table: str, since: str) -> str:
    """True when a row of ``table`` changed in or after transaction ``since``: the newest
    ``_xid``, read from the end of the table's ``_xid`` index (one index entry, however many rows
    the table holds). Written so because ``EXISTS (... WHERE _xid >= since)`` depends on the
    planner's statistics: a table never analysed (just after a bulk load) is assumed to match a
    third of its rows, so the planner scans it from the start, and when nothing is new (the
    usual sync) it reads every row: 300 ms for a county's 320,000 contacts."""
    return f"(SELECT _xid FROM cl.{_ident(table)} ORDER BY _xid DESC LIMIT 1) >= {since}"


def _changed_tables_function(tables: dict[str, replication.Table]) -> str:
    """``cl.changed_tables(since)``: which record tables (and tombstones, council settings) have
    rows changed since a watermark, council-wide and by name only, so a pull reads just those
    through row-level security. One static statement (its plan kept for the session)."""
    probes = [f"CASE WHEN {changed_since(t, 'p_since')} THEN '{t}' END"
              for t in [*tables, "tombstones", "council_settings", "conflicts"]]
    return f"""CREATE OR REPLACE FUNCTION cl.changed_tables(p_since xid8) RETURNS text[] LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = cl, pg_temp AS $$
BEGIN
    RETURN array_remove(ARRAY[{', '.join(probes)}]::text[], NULL);
END $$;"""


def mirror_laptop_schema(conn, dbname: str) -> list[str]:
    """Make the record tables match this build's laptop schema (new tables, new columns) and
    record the laptop migrations the server now understands. Returns what it added."""
    r = roles(dbname)
    tables = replication.this_builds_tables()
    have: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'cl'").fetchall():
        have.setdefault(table, set()).add(column)
    added, new_tables = [], []
    for t in tables.values():
        if t.name not in have:
            _create_record_table(conn, t, r["worker"])
            added.append(t.name)
            new_tables.append(t)
        else:
            for c in t.columns:
                if c.name not in have[t.name]:
                    _add_column(conn, t.name, c)
                    added.append(f"{t.name}.{c.name}")
    conn.execute("DELETE FROM cl.catalogue")
    for pos, t in enumerate(tables.values()):
        if t.scope is None:
            kind, col, parent = None, None, None
        elif isinstance(t.scope, tuple):
            kind, (col, parent) = "parent", t.scope
        else:
            kind, col, parent = t.scope, None, None
        conn.execute("INSERT INTO cl.catalogue VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                     [t.name, pos, kind, col, parent, list(t.column_names), list(t.frozen),
                      replication.RECORD_DATE.get(t.name)])
    conn.execute("DELETE FROM cl.write_rules")
    for role, table, kinds, fields in write_rules(list(tables)):
        conn.execute("INSERT INTO cl.write_rules VALUES (%s, %s, %s, %s)",
                     [role, table, list(kinds), None if fields is None else list(fields)])
    conn.execute(FUNCTIONS)
    conn.execute(_changed_tables_function(tables))
    for t in new_tables:
        _protect_record_table(conn, t, r["worker"])
    for name in known_names():
        conn.execute("INSERT INTO cl.laptop_migrations (name) VALUES (%s) ON CONFLICT DO NOTHING", [name])
    return added


def applied_steps(conn) -> list[str]:
    exists = conn.execute("SELECT to_regclass('cl.server_steps')").fetchone()[0]
    if not exists:
        return []
    return [r[0] for r in conn.execute("SELECT name FROM cl.server_steps ORDER BY name")]


def upgrade(conn, dbname: str) -> list[str]:
    """Bring a council's database up to this build (as its owner role, in one transaction)."""
    r = roles(dbname)
    done = []
    with conn.transaction():
        conn.execute(f"SET LOCAL ROLE {_ident(r['owner'])}")
        conn.execute("CREATE SCHEMA IF NOT EXISTS cl")
        have = set(applied_steps(conn))
        known = {n for n, _ in SERVER_STEPS}
        unknown = have - known
        if unknown:
            from .cluster import ServerError

            raise ServerError("This team server was upgraded by a newer version of careleaver_app: use that version.")
        for name, step in SERVER_STEPS:
            if name not in have:
                if name == "0001_core":
                    # The record tables the functions name must exist before the functions do.
                    step(conn, dbname)
                    mirror_laptop_schema(conn, dbname)
                else:
                    step(conn, dbname)
                conn.execute("INSERT INTO cl.server_steps (name) VALUES (%s)", [name])
                done.append(name)
        added = mirror_laptop_schema(conn, dbname)
        conn.execute(f"GRANT USAGE ON SCHEMA cl TO {_ident(r['worker'])}")
        conn.execute(f"GRANT SELECT ON cl.conflicts, cl.tombstones, cl.council_settings, cl.council, cl.catalogue "
                     f"TO {_ident(r['worker'])}")
        conn.execute("REVOKE ALL ON FUNCTION cl.chain_append(text, text, text, text, text) FROM PUBLIC")
        # A team's conflicts are its manager's (and the service team's) to see and resolve; a
        # worker sees the ones their own changes made.
        for table, using in (("conflicts", SEES_CONFLICT), ("tombstones", SEES_TOMBSTONE)):
            conn.execute(f"ALTER TABLE cl.{table} ENABLE ROW LEVEL SECURITY")
            conn.execute(f"DROP POLICY IF EXISTS visible ON cl.{table}")
            conn.execute(f"CREATE POLICY visible ON cl.{table} FOR SELECT TO {_ident(r['worker'])} USING ({using})")
        for fn in ("me()", "visible_people()", "visible_workers()", "whoami()", "changed_tables(xid8)", "my_role()",
                   "resolve_conflict(text, text, jsonb)", "who_looked(text)",
                   "sync_apply(text, jsonb, int)", "covered_by(text, text)"):
            conn.execute(f"GRANT EXECUTE ON FUNCTION cl.{fn} TO {_ident(r['worker'])}")
        conn.execute("REVOKE ALL ON FUNCTION cl.apply_op(cl.workers, text, jsonb, text[]) FROM PUBLIC")
    return done + added


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
