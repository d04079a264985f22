"""A sync with nothing new stays quick at county scale because each question it asks the server
is answered from an index, whatever the planner's statistics say. (Measured in
benchmarks/sync.py; here the plans that make it so, which do not depend on the machine.)"""

from __future__ import annotations

from careleaver_app.storage.server.schema import changed_since


def _plan_nodes(plan: dict) -> list[str]:
    nodes = [plan["Node Type"]]
    for child in plan.get("Plans", []):
        nodes += _plan_nodes(child)
    return nodes


def test_loading_a_service_onto_the_server_leaves_statistics_for_every_table_it_filled(council):
    """Straight after `server load`, before autovacuum has been round, the planner knows how many
    rows each table holds (a table never analysed has reltuples -1)."""
    with council.server() as pg:
        never = pg.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = 'cl' AND c.relkind = 'r' AND c.relname IN ('young_people', 'contacts', "
                           "'allocations') AND c.reltuples < 0").fetchall()
        contacts = pg.execute("SELECT reltuples FROM pg_class WHERE oid = 'cl.contacts'::regclass").fetchone()[0]
    assert never == []
    assert contacts == 4  # the four seeded contacts


def test_asking_whether_a_table_changed_reads_one_index_entry_even_with_no_statistics(council):
    """A table of 30,000 rows the planner knows nothing about (never analysed, as just after a
    bulk load): "has anything changed since this transaction" must not be a scan of the table."""
    with council.server() as pg:
        pg.execute("CREATE TABLE cl.probe_rows (id int, _xid xid8 NOT NULL DEFAULT pg_current_xact_id()) "
                   "WITH (autovacuum_enabled = false)")
        pg.execute("CREATE INDEX probe_rows_xid ON cl.probe_rows (_xid)")
        pg.execute("INSERT INTO cl.probe_rows (id) SELECT g FROM generate_series(1, 30000) g")
        pg.commit()
        since = pg.execute("SELECT pg_current_xact_id()::text").fetchone()[0]
        plan = pg.execute(f"EXPLAIN (FORMAT JSON) SELECT {changed_since('probe_rows', '%s::xid8')}",
                          [since]).fetchone()[0][0]["Plan"]
        nodes = _plan_nodes(plan)
        # Nothing is new since `since`, and the answer says so.
        assert pg.execute(f"SELECT {changed_since('probe_rows', '%s::xid8')}", [since]).fetchone()[0] is False
        pg.execute("INSERT INTO cl.probe_rows (id) VALUES (30001)")
        assert pg.execute(f"SELECT {changed_since('probe_rows', '%s::xid8')}", [since]).fetchone()[0] is True
        pg.rollback()
    assert "Seq Scan" not in nodes, nodes
    assert any("Index" in n for n in nodes), nodes


def test_every_table_a_pull_asks_about_has_its_changes_indexed(council):
    """cl.changed_tables() asks each record table, the tombstones and the conflicts whether
    anything changed: each has an index on _xid to answer from (council settings are a few rows)."""
    with council.server() as pg:
        asked = [r[0] for r in pg.execute("SELECT table_name FROM cl.catalogue")] + ["tombstones", "conflicts"]
        indexed = {r[0] for r in pg.execute("SELECT tablename FROM pg_indexes WHERE schemaname = 'cl' "
                                            "AND indexdef LIKE '%(_xid)%'")}
    assert sorted(set(asked) - indexed) == []
