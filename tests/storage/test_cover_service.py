"""Duty cover through the services: summary, redaction, packs and returns between two laptops."""

import io
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from careleaver_app.app import build_services
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.cover import Absence
from careleaver_app.domain.errors import NotAllowed
from careleaver_app.domain.people import Role
from careleaver_app.domain.plans import ActionStatus
from careleaver_app.services.context import Clock
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage.packs import NotAPack, PackDamaged, PackWrongPassphrase
from careleaver_app.storage.store import Store
from tests.support.private_files import assert_private

TODAY = date(2026, 11, 22)
TEAM_PASS = "team passphrase for cover files"


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def pa_laptop(demo_services, demo):
    """The absent PA's laptop: the demo store, with the PA using it."""
    return demo_services


@pytest.fixture
def absence(pa_laptop, demo):
    pa, duty = demo.current_worker_id, demo.workers["duty"][0]
    a = Absence(pa, "unplanned", TODAY, TODAY + timedelta(days=14), cover_worker_id=duty, out_of_hours="EDT 01632 960999")
    pa_laptop.cover.save_absence(a)
    return a


@pytest.fixture
def duty_laptop(tmp_path, pa_laptop, demo):
    """The duty worker's own laptop: a separate store, set up independently (different ids)."""
    duty_name = pa_laptop.workers.get(demo.workers["duty"][0]).name
    team_name = pa_laptop.workers.get(demo.workers["duty"][0]).team_name
    store = Store.open(tmp_path / "duty.db", b"d" * 32)
    s = build_services(store, Clock(TODAY))
    tid = s.workers.create_team(team_name)
    s.workers.set_current(s.workers.create_worker(duty_name, Role.DUTY, tid))
    yield s
    store.close()


def test_the_summary_lists_every_young_person_risk_first_then_most_urgent(pa_laptop, absence, demo):
    s = pa_laptop.cover.summary(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence)
    mine = [r for r in pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id)) if r.category_active]
    assert {p.id for p in s.people} == {r.id for r in mine}
    keys = []
    for p in s.people:
        items = [i for i in pa_laptop.worktray.items_for_rows([r for r in mine if r.id == p.id], TODAY, horizon=TODAY + timedelta(days=13))]
        keys.append((p.tier, min(i.urgency_key() for i in items) if items else (9,)))
    assert keys == sorted(keys)
    with_safety_plan = [i for i, p in enumerate(s.people) if p.safety_plans]
    assert with_safety_plan and with_safety_plan == list(range(len(with_safety_plan)))  # every safety plan comes first
    assert all(p.act_today for p in s.people[:len(with_safety_plan)])
    assert s.cover_names == pa_laptop.workers.get(absence.cover_worker_id).name
    assert s.out_of_hours == pa_laptop.settings.get().out_of_hours_phone == "01632 960999"  # the EDT's number, not the note
    assert s.out_of_hours_arrangements == "EDT 01632 960999"
    pdf = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence))
    for p in s.people:
        assert p.name in pdf
    assert pdf.count("OFFICIAL-SENSITIVE") >= 2 * (len(s.people) + 1)


def test_the_redacted_summary_holds_no_address_or_third_party_name(pa_laptop, absence):
    full = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence))
    red = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), redacted=True, absence=absence))
    assert "Redacted copy" in red
    checked = 0
    for r in pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id)):
        if not r.category_active:
            continue
        p = pa_laptop.people.get(r.id)
        for kp in p.key_people:
            assert kp.name in full
            assert kp.name not in red and kp.phone not in red
            checked += 1
        if p.address:
            assert p.address.split(",")[0] not in red
        for e in pa_laptop.living.episodes(r.id):
            if e.address and e.address != "No fixed abode":
                assert e.address.split(",")[0] not in red
    assert checked > 10


def test_pack_round_trip_between_two_laptops(pa_laptop, duty_laptop, absence, demo):
    data, pack_id = pa_laptop.cover.export_pack(absence.worker_id, TEAM_PASS, absence=absence)
    assert not data[100:].startswith(b"SQLite") and b"young_people" not in data
    report = duty_laptop.cover.import_pack(data, TEAM_PASS)
    covered = [r for r in pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id)) if r.category_active]
    assert report.people == len(covered)

    def open_action_and_contingency(pid):
        plan = pa_laptop.plans.current(pid)
        return plan and any(a.status == ActionStatus.OPEN for a in plan.actions) and plan.contingencies
    # Someone whose plan has an open action and a contingency, so both kinds of cover work are checked.
    person = next(r.id for r in covered if open_action_and_contingency(r.id))
    assert duty_laptop.cover.is_cover_copy(person)
    # Read-only apart from cover work.
    with pytest.raises(NotAllowed):
        p = duty_laptop.people.get(person)
        p.phone = "07700 900000"
        duty_laptop.people.update(p)
    # The duty worker logs two contacts, closes an action, checks a contingency and adds a note.
    me = duty_laptop.workers.current()
    for hour in (9, 11):
        duty_laptop.contacts.log(Contact(person, datetime(2026, 11, 22, hour), ContactType.PHONE, me.id,
                                         summary=f"Called while {absence.worker_id[:4]} is off ({hour})"))
    plan = duty_laptop.plans.current(person)
    action = next(a for a in plan.actions if a.status == ActionStatus.OPEN)
    duty_laptop.plans.set_action_status(action.id, ActionStatus.DONE, TODAY)
    cont = plan.contingencies[0]
    duty_laptop.plans.record_check(cont.id, TODAY, "Still right", TODAY + timedelta(days=30))
    duty_laptop.cover.add_note(person, "Asked for help with a food bank voucher")
    ret = duty_laptop.cover.export_return(pack_id, TEAM_PASS)
    # Back at work: the PA imports the return.
    before = pa_laptop.store.scalar("SELECT count(*) FROM contacts WHERE person_id = ?", [person])
    back = pa_laptop.cover.import_return(ret, TEAM_PASS)
    assert len(back.contacts) == 2 and len(back.notes) == 1
    assert len(back.actions_closed) == 1 and len(back.checks) == 1
    mine_now = pa_laptop.contacts.contacts(person)
    assert pa_laptop.store.scalar("SELECT count(*) FROM contacts WHERE person_id = ?", [person]) == before + 2
    assert {c.worker_name for c in mine_now[:2]} == {me.name}
    assert all(c.covering for c in mine_now[:2])
    assert next(a for a in pa_laptop.plans.current(person).actions if a.id == action.id).status == ActionStatus.DONE
    away = pa_laptop.cover.away_summary(back)
    assert len(away["contacts"]) == 2 and away["notes"][0][2] == "Asked for help with a food bank voucher"
    away_reader = PdfReader(io.BytesIO(pa_laptop.cover.away_pdf(back)))
    first_page = " ".join(away_reader.pages[0].extract_text().split())
    name = next(r.display_name for r in covered if r.id == person)
    assert "While you were away" in first_page and name in first_page  # page 1 is not left blank
    assert "22/11/2026 09:00" in first_page and "2026-11-22" not in first_page  # dates as dd/mm/yyyy on one line
    group = first_page[first_page.index(name):]
    assert "Asked for help with a food bank voucher" in group
    assert f"{action.what}: done on 22/11/2026" in group  # under whose action it is
    assert f"If {cont.trigger.rstrip('.')}: checked 22/11/2026" in " ".join(" ".join(p.extract_text().split()) for p in away_reader.pages)
    assert name in [str(o.title) for o in away_reader.outline if not isinstance(o, list)] + \
        [str(x.title) for o in away_reader.outline if isinstance(o, list) for x in o]
    # Importing the same pack or return again changes nothing.
    head = pa_laptop.store.change_marker()
    assert pa_laptop.cover.import_return(ret, TEAM_PASS).already
    assert pa_laptop.store.change_marker() == head
    duty_head = duty_laptop.store.change_marker()
    assert duty_laptop.cover.import_pack(data, TEAM_PASS).already
    assert duty_laptop.store.change_marker() == duty_head
    assert pa_laptop.store.verify_audit().ok and duty_laptop.store.verify_audit().ok


def store_state(services):
    return services.store.change_marker(), services.store.scalar("SELECT count(*) FROM young_people"), \
        services.store.scalar("SELECT count(*) FROM contacts")


def test_records_taken_in_from_a_pack_say_who_made_them_cover_copies_and_when(pa_laptop, duty_laptop, absence):
    """Marking the records a pack brought in goes through Store.update: each row is stamped with
    the duty worker and the time, and the audit trail has the change."""
    data, pack_id = pa_laptop.cover.export_pack(absence.worker_id, TEAM_PASS, absence=absence)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    report = duty_laptop.cover.import_pack(data, TEAM_PASS)
    me = duty_laptop.workers.current()
    rows = duty_laptop.store.query("SELECT id, cover_pack_id, updated_by, updated_at FROM young_people")
    assert len(rows) == report.people > 0
    assert {(r["cover_pack_id"], r["updated_by"]) for r in rows} == {(pack_id, me.id)}
    assert all(r["updated_at"][:19] >= started[:19] for r in rows)  # stamped as they were taken in
    audited = duty_laptop.store.query("SELECT record_id FROM audit_log WHERE action = 'update' AND table_name = 'young_people'")
    assert {a["record_id"] for a in audited} == {r["id"] for r in rows}


@pytest.mark.parametrize("damage, error", [
    (lambda d: d[:len(d) // 2], PackDamaged),  # truncated
    (lambda d: d[:-5000] + bytes([d[-5000] ^ 1]) + d[-4999:], PackDamaged),  # one bit flipped
    (lambda d: b"NOT A PACK" + d[10:], NotAPack),
])
def test_damaged_packs_are_refused_and_change_nothing(pa_laptop, duty_laptop, absence, damage, error):
    data, _ = pa_laptop.cover.export_pack(absence.worker_id, TEAM_PASS, absence=absence)
    before = store_state(duty_laptop)
    with pytest.raises(error) as exc:
        duty_laptop.cover.import_pack(damage(data), TEAM_PASS)
    assert "Nothing has been changed" in exc.value.user_message()
    assert store_state(duty_laptop) == before


def test_wrong_passphrase_and_wrong_worker_are_refused(pa_laptop, duty_laptop, absence, demo, tmp_path):
    data, pack_id = pa_laptop.cover.export_pack(absence.worker_id, TEAM_PASS, absence=absence)
    before = store_state(duty_laptop)
    with pytest.raises(PackWrongPassphrase):
        duty_laptop.cover.import_pack(data, "not the team passphrase")
    # Someone else's laptop: a worker who is not the named cover.
    other = Store.open(tmp_path / "other.db", b"o" * 32)
    osv = build_services(other, Clock(TODAY))
    osv.workers.set_current(osv.workers.create_worker("Someone Else", Role.DUTY, osv.workers.create_team("Elsewhere")))
    with pytest.raises(NotAllowed) as exc:
        osv.cover.import_pack(data, TEAM_PASS)
    assert "not for you" in str(exc.value)
    assert store_state(duty_laptop) == before
    # A return for another PA is refused by the PA's laptop.
    duty_laptop.cover.import_pack(data, TEAM_PASS)
    ret = duty_laptop.cover.export_return(pack_id, TEAM_PASS)
    pa_laptop.workers.set_current(demo.workers["pa"][1])
    before_pa = store_state(pa_laptop)
    with pytest.raises(NotAllowed) as exc:
        pa_laptop.cover.import_return(ret, TEAM_PASS)
    assert "not yours" in str(exc.value)
    with pytest.raises(NotAPack):
        pa_laptop.cover.import_pack(ret, TEAM_PASS)  # a return is not a pack
    assert store_state(pa_laptop) == before_pa
    other.close()


def test_absences_show_on_the_caseload(pa_laptop, absence):
    rows = pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id))
    covered = [r for r in rows if r.facts.cover]
    assert covered and covered[0].facts.cover.label.startswith("Covered by ")
    assert covered[0].facts.cover.until == TODAY + timedelta(days=13)


def test_the_caseload_cover_column_agrees_with_cover_states_for_everyone(pa_laptop, absence):
    """The caseload takes each row's own PA; the cover states read allocations: the same answer,
    and archived young people are not covered."""
    first = pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id))[0]
    pa_laptop.people.archive(first.id, "Moved abroad")
    rows = pa_laptop.people.caseload(Scope(ScopeKind.ALL), include_archived=True)
    states = pa_laptop.cover.cover_states(TODAY)
    assert {r.id: r.facts.cover for r in rows if r.facts.cover} == states
    assert first.id not in states and len(states) > 0


def test_team_folder_publishes_encrypted_files(pa_laptop, absence, tmp_path):
    from careleaver_app.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        pa_laptop.cover.set_team_folder(str(tmp_path / "missing"), TEAM_PASS)
    with pytest.raises(ValidationError):
        pa_laptop.cover.set_team_folder(str(tmp_path), "short")
    pa_laptop.cover.set_team_folder(str(tmp_path), TEAM_PASS)
    assert pa_laptop.cover.needs_publishing()
    files = pa_laptop.cover.publish()
    assert {f.suffix for f in files} == {".clpack", ".pdf"}
    pdf = next(f for f in files if f.suffix == ".pdf")
    reader = PdfReader(str(pdf))
    assert reader.is_encrypted and reader.decrypt(TEAM_PASS)
    assert not pa_laptop.cover.needs_publishing()
    assert_private(*files)


def test_the_redacted_summary_leaves_out_every_number_and_name_in_free_text(pa_laptop, absence):
    from careleaver_app.domain.people import KeyPerson

    row = next(r for r in pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id)) if r.category_active)
    p = pa_laptop.people.get(row.id)
    p.key_people = [KeyPerson("Ciara Vandersloot", "Former foster carer", "07700 900285")]
    p.risks = ("Avoid mum's partner Kwame Asante-Boateng, known as \"Tiny\": ring (01632) 960123, 07700-900-998 or "
               "+44 (0)7700 900997 if he turns up. Ring Ciara Vandersloot first.")
    duty = pa_laptop.cover.summary(absence.worker_id, TODAY, TODAY, absence=absence).duty_phone
    p.safety_notes = f"Own phone {p.phone}; duty team on {duty}."
    pa_laptop.people.update(p)
    red = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), redacted=True, absence=absence))
    for leak in ("Kwame", "Asante", "Tiny", "Ciara", "Vandersloot", "960123", "900-998", "900997", "900285"):
        assert leak not in red, leak
    assert "ring the former foster carer first" in red.lower()
    assert f"Own phone {p.phone}; duty team on {duty}." in red
    full = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence))
    assert "Kwame Asante-Boateng" in full and "(01632) 960123" in full


def outline_pages(reader) -> list[tuple[str, int]]:
    out = []

    def walk(items):
        for o in items:
            if isinstance(o, list):
                walk(o)
            else:
                out.append((str(o.title), reader.get_destination_page_number(o)))
    walk(reader.outline)
    return out


def test_the_summary_starts_with_act_today_and_every_page_says_whose_it_is(pa_laptop, absence):
    import re

    s = pa_laptop.cover.summary(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence)
    reader = PdfReader(io.BytesIO(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence)))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert pages[1].startswith("OFFICIAL-SENSITIVE OFFICIAL-SENSITIVE Cover for") and "Act today" in pages[1]
    urgent = s.act_today
    assert urgent and all(p.name in pages[1] and (p.phone or "no phone recorded") in pages[1] for p in urgent[:5])
    first_safety = next(p for p in urgent if p.safety_plans)
    assert f"Safety plan: {first_safety.safety_plans[0][0]}" in pages[1]
    assert "Emergency Duty Team: 01632 960999" in pages[0] and "Out-of-hours arrangements EDT 01632 960999" in pages[0]
    marks = outline_pages(reader)
    titles = [t for t, _ in marks]
    assert titles[:2] == ["Cover sheet", f"Act today ({len(urgent)})"]
    people = [(t, n) for t, n in marks if t in {p.name for p in s.people}]
    assert [t for t, _ in people] == [p.name for p in s.people]  # a bookmark per young person, in the summary's order
    for (name, first), (_, after) in zip(people, people[1:] + [("", len(pages))]):
        for n in range(first, after):
            assert name in pages[n], (name, n)  # continuation pages say whose they are
    body = " ".join(pages)
    assert not re.search(r"\b[FGP][1-6]\b", body) and not re.search(r"NEET \d+ d\b", body)  # plain words, not return codes
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_neither_cover_summary_shows_an_nhs_number(pa_laptop, absence):
    """The GP shows where consent allows; the NHS number stays on the record (docs/decisions.md, Health)."""
    full = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), absence=absence))
    red = text(pa_laptop.cover.summary_pdf(absence.worker_id, TODAY, TODAY + timedelta(days=13), redacted=True, absence=absence))
    checked = 0
    for r in pa_laptop.people.caseload(Scope(ScopeKind.MINE, absence.worker_id)):
        rec = pa_laptop.health.record(r.id)
        if not (r.category_active and rec.nhs_number and rec.gp_practice):
            continue
        if pa_laptop.health.may_share(r.id, "cover_summary").allowed:
            assert f"GP: {rec.gp_practice}" in full and f"GP: {rec.gp_practice}" in red  # health details are shown
        spaced = f"{rec.nhs_number[:3]} {rec.nhs_number[3:6]} {rec.nhs_number[6:]}"
        for pdf in (full, red):
            assert rec.nhs_number not in pdf.replace(" ", "") and spaced not in pdf
        checked += 1
    assert checked > 10
