"""Cover returns take back only what a duty worker does (issue 19, point 4), and every fault in a
pack or return is named for what it is (point 9)."""

from datetime import date, datetime, timedelta

import pytest

from careleaver_app.app import build_services
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.cover import Absence
from careleaver_app.domain.errors import NotAllowed
from careleaver_app.domain.people import Role
from careleaver_app.services.context import Clock
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage import cover as repo
from careleaver_app.storage.packs import NotAPack, PackDamaged, PackWrongPassphrase, new_pack_db, open_pack, seal
from careleaver_app.storage.store import Store

TODAY = date(2026, 11, 22)
TEAM_PASS = "team passphrase for cover files"


@pytest.fixture
def laptops(tmp_path, demo_services, demo):
    pa = demo_services
    pa_id, duty_id = demo.current_worker_id, demo.workers["duty"][0]
    absence = Absence(pa_id, "unplanned", TODAY, TODAY + timedelta(days=14), cover_worker_id=duty_id)
    pa.cover.save_absence(absence)
    duty_worker = pa.workers.get(duty_id)
    store = Store.open(tmp_path / "duty.db", b"d" * 32)
    duty = build_services(store, Clock(TODAY))
    duty.workers.set_current(duty.workers.create_worker(duty_worker.name, Role.DUTY,
                                                        duty.workers.create_team(duty_worker.team_name)))
    data, pack_id = pa.cover.export_pack(pa_id, TEAM_PASS, absence=absence)
    duty.cover.import_pack(data, TEAM_PASS)
    person = next(r.id for r in pa.people.caseload(Scope(ScopeKind.MINE, pa_id)) if r.category_active)
    me = duty.workers.current()
    duty.contacts.log(Contact(person, datetime(2026, 11, 22, 10), ContactType.PHONE, me.id, summary="Called about rent"))
    yield pa, duty, pack_id, person, data
    store.close()


def state(services):
    s = services.store
    return (s.change_marker(), s.scalar("SELECT count(*) FROM contacts"),
            s.query("SELECT legal_name, address, phone FROM young_people ORDER BY id"))


def crafted(ret: bytes, change) -> bytes:
    """What someone holding the team's passphrase can make: the genuine return, opened, changed
    by ``change(tables)``, and sealed again."""
    opened = open_pack(ret, TEAM_PASS, "return")
    tables = repo.read_rows(opened.db)
    manifest = dict(opened.manifest)
    opened.close()
    change(tables)
    db, key, salt, tmp = new_pack_db(TEAM_PASS)
    db.execute("PRAGMA foreign_keys = OFF")
    repo.write_rows(db, {t: rows for t, rows in tables.items() if rows})
    return seal(db, key, salt, tmp, "return", manifest)


def test_a_genuine_return_is_taken_in(laptops):
    pa, duty, pack_id, person, _ = laptops
    back = pa.cover.import_return(duty.cover.export_return(pack_id, TEAM_PASS), TEAM_PASS)
    assert len(back.contacts) == 1 and pa.store.verify_audit().ok


def test_a_return_that_rewrites_a_young_persons_record_is_refused_whole(laptops):
    pa, duty, pack_id, person, _ = laptops
    ret = duty.cover.export_return(pack_id, TEAM_PASS)
    own = pa.store.get("young_people", person)

    def rewrite(tables):
        tables["young_people"] = [dict(own, legal_name="Someone Else", address="1 Fake Street, QX1 1AA", phone="07700 900666")]

    before = state(pa)
    with pytest.raises(NotAllowed) as exc:
        pa.cover.import_return(crafted(ret, rewrite), TEAM_PASS)
    assert "young people" in str(exc.value) and "Nothing has been changed" in str(exc.value)
    assert state(pa) == before
    assert pa.store.get("young_people", person)["legal_name"] == own["legal_name"]


@pytest.mark.parametrize("attack", ["existing contact", "not in the pack", "other plan's action", "another worker"])
def test_a_return_may_only_add_the_duty_workers_own_rows_for_the_packs_young_people(laptops, demo, attack):
    pa, duty, pack_id, person, _ = laptops
    ret = duty.cover.export_return(pack_id, TEAM_PASS)
    other_pa = demo.workers["pa"][1]
    outsider = pa.store.query("SELECT id FROM young_people WHERE allocated_pa_id = ? LIMIT 1", [other_pa])[0]["id"]
    existing = pa.store.query("SELECT * FROM contacts WHERE person_id = ? LIMIT 1", [person])[0]

    def change(tables):
        if attack == "existing contact":
            tables["contacts"].append(dict(existing, summary="Rewritten"))
        elif attack == "not in the pack":
            tables["contacts"][0]["person_id"] = outsider
        elif attack == "other plan's action":
            action = pa.store.query("SELECT a.id FROM plan_actions a JOIN plans p ON p.id = a.plan_id WHERE p.person_id = ? "
                                    "LIMIT 1", [outsider])
            if not action:
                pytest.skip("the other PA's young person has no plan action")
            tables["plan_action_updates"] = [{"id": "u-1", "action_id": action[0]["id"], "status": "done", "on_date": "2026-11-22",
                                              "reason": "", "created_at": "2026-11-22T10:00:00+00:00",
                                              "updated_at": "2026-11-22T10:00:00+00:00", "updated_by": "x"}]
        else:
            tables["workers"].append(dict(tables["workers"][0], id="w-2", name="Someone Else"))

    before = state(pa)
    with pytest.raises(NotAllowed) as exc:
        pa.cover.import_return(crafted(ret, change), TEAM_PASS)
    assert "Nothing has been changed" in str(exc.value)
    assert state(pa) == before


def test_a_second_return_for_the_same_pack_is_refused(laptops):
    pa, duty, pack_id, person, _ = laptops
    first = duty.cover.export_return(pack_id, TEAM_PASS)
    pa.cover.import_return(first, TEAM_PASS)
    assert pa.cover.import_return(first, TEAM_PASS).already  # the same file again changes nothing
    me = duty.workers.current()
    duty.contacts.log(Contact(person, datetime(2026, 11, 21, 15), ContactType.TEXT, me.id, summary="Texted back"))
    second = duty.cover.export_return(pack_id, TEAM_PASS)
    before = state(pa)
    with pytest.raises(NotAllowed) as exc:
        pa.cover.import_return(second, TEAM_PASS)
    assert "already taken in" in str(exc.value)
    assert state(pa) == before


# -- 9. faults named for what they are ---------------------------------------------------------------

def change_byte(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1:]


@pytest.mark.parametrize("where, words", [
    (17, "damaged"),  # the kind byte: was "That file is a cover pack, not a cover pack."
    (16, "damaged"),  # the version byte
    (20, "damaged"),  # the salt: was "the passphrase does not open"
    (40, "damaged"),  # the key check
    (80, "damaged"),  # the length
    (-100, "damaged"),  # the database bytes
])
def test_a_changed_byte_anywhere_says_damaged(laptops, where, words):
    pa, duty, pack_id, person, data = laptops
    bad = change_byte(data, where if where >= 0 else len(data) + where)
    with pytest.raises((PackDamaged, NotAPack)) as exc:
        duty.cover.import_pack(bad, TEAM_PASS)
    message = exc.value.user_message()
    assert words in message and "passphrase" not in str(exc.value) and "not a cover pack" not in message
    assert "Nothing has been changed" in message


def test_cut_short_added_to_and_wrong_passphrase_are_each_named(laptops):
    pa, duty, pack_id, person, data = laptops
    with pytest.raises(PackDamaged) as exc:
        duty.cover.import_pack(data[:-10], TEAM_PASS)
    assert "cut short" in str(exc.value)
    with pytest.raises(PackDamaged) as exc:
        duty.cover.import_pack(data + b"\n\n", TEAM_PASS)
    assert "2 extra bytes" in str(exc.value) and "cut short" not in str(exc.value)
    with pytest.raises(PackWrongPassphrase):
        duty.cover.import_pack(data, "not the team passphrase at all")
    ret = duty.cover.export_return(pack_id, TEAM_PASS)
    with pytest.raises(NotAPack) as exc:
        duty.cover.import_pack(ret, TEAM_PASS)
    assert "is a cover return, not a cover pack" in str(exc.value)
