"""Caseload CSV import through the service: all or nothing, backed up first, fuzzed input never crashes
(the file's own checks are in tests/unit/test_import_rules.py)."""

import random

import pytest

from careleaver_app.exports.csv_safe import csv_bytes, safe_cell
from careleaver_app.services.importer import ImportRefused
from tests.support.caseload_csv import GOOD, csv_of


def test_import_is_all_or_nothing_and_backed_up_first(services, team):
    before = services.store.scalar("SELECT count(*) FROM young_people")
    bad = csv_of(*GOOD, "LC9003,Kai Reid,,31/02/2008,M,WBRI,,,,,,")
    with pytest.raises(ImportRefused) as exc:
        services.importer.apply(bad)
    assert exc.value.problems[0].row == 4
    assert services.store.scalar("SELECT count(*) FROM young_people") == before
    assert services.importer.apply(csv_of(*GOOD)) == 2
    people = {p["legal_name"]: p for p in services.store.query("SELECT * FROM young_people")}
    assert people["Zoë Kowalski"]["allocated_pa_id"] == team["pa"]
    assert services.living.eet_state(people["Zoë Kowalski"]["id"]).episode.activ == "F5"
    from careleaver_app.storage.backup import list_backups
    assert any(b.reason == "before-import" for b in list_backups(services.store.path))
    # The same file again: every row clashes with what is now in the store.
    again = services.importer.check(csv_of(*GOOD))
    assert len([p for p in again.problems if "already in the database" in p.message]) == 2


def test_an_unknown_pa_is_a_problem(services, team):
    result = services.importer.check(csv_of(GOOD[0].replace("Priya Valente", "Nobody Known")))
    assert result.problems[0].column == "pa"


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randrange(len(b) + 1)
        if op < 0.3 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op < 0.5:
            b[pos:pos] = rng.choice([b",", b'"', b"\n", b"\r", b"=", b"\x00", b"\xff\xfe", "é".encode(), b";",
                                     b"31/02/2008", b"-", b"@", b"\t", b"9" * 50])
        elif op < 0.7 and b:
            del b[pos:pos + rng.randint(1, 20)]
        elif op < 0.8:
            b[pos:pos] = b"x" * rng.choice([10, 3000, 9000])
        else:
            b += rng.choice([b"\n", b'"unterminated', b",,,,,,,,,,,,,,,,", GOOD[1].encode()])
    return bytes(b)


def test_fuzzed_files_never_crash_and_never_half_import(services, team):
    rng = random.Random(20261122)
    base = csv_of(*GOOD)
    imported = 0
    for _ in range(300):
        data = mutate(rng, base)
        before = services.store.scalar("SELECT count(*) FROM young_people")
        result = services.importer.check(data)
        try:
            n = services.importer.apply(data)
        except ImportRefused:
            assert services.store.scalar("SELECT count(*) FROM young_people") == before  # nothing half-done
            assert not result.ok
        else:
            imported += 1
            assert result.ok and services.store.scalar("SELECT count(*) FROM young_people") == before + n
    assert services.store.verify_audit().ok


@pytest.mark.parametrize("cell, safe", [
    ("=cmd|'/C calc'!A0", "'=cmd|'/C calc'!A0"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@x", "'@x"),
    ("\t=1", "'\t=1"), ("-5", "-5"), ("+44", "+44"), ("12.5", "12.5"), ("Zoë", "Zoë"), ("", ""), (None, ""),
])
def test_exported_cells_are_neutralised(cell, safe):
    assert safe_cell(cell) == safe


def test_csv_bytes_have_a_bom_and_safe_cells():
    data = csv_bytes(["name", "note"], [["Zoë", "=HYPERLINK(\"x\")"]])
    assert data.startswith("\ufeff".encode()) and "'=HYPERLINK" in data.decode("utf-8-sig")
