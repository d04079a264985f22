"""Their record on request: the request log on a real store, the work tray's item to its deadline,
and the export (PDF and JSON) of everything held, redacted by the cover summary's rules, with
what was withheld and why."""

import io
import json
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.subject_access import SubjectAccessRequest
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind
from tests.support.young_persons_copy import RISK_NOTE, person_with_plan


@pytest.fixture
def person(services, team):
    pid, _ = person_with_plan(services, team)
    services.contacts.log(Contact(pid, datetime(2026, 11, 12, 10, 0), ContactType.VISIT_HOME, team["pa"], seen=True,
                                  summary="Visited Zoë at home. Kwame Asante-Boateng was there. Zoë's friend Tiny rang on "
                                          "07700 900333. Zoë wants to apply to Brackenford College."))
    return pid


def tray(services, person_id, as_at):
    return [i for i in services.worktray.items(Scope(ScopeKind.ALL), as_at) if i.kind == ItemKind.SUBJECT_ACCESS
            and i.person_id == person_id]


def test_a_request_is_in_the_work_tray_to_its_deadline_and_leaves_it_when_sent(services, person):
    rid = services.subject_access.save(SubjectAccessRequest(person, date(2026, 11, 20), scope="Everything"))
    [item] = tray(services, person, date(2026, 11, 22))
    assert item.due is None and "check who is asking" in item.reason and item.target == "copy" and item.ref == rid
    r = services.subject_access.get(rid)
    r.identity_checked_on = date(2026, 11, 21)
    services.subject_access.save(r)
    [item] = tray(services, person, date(2026, 12, 20))  # within the tray's horizon of the due date
    assert item.due == date(2026, 12, 21)
    assert tray(services, person, date(2026, 11, 22)) == []  # a month away: not yet in the tray
    [late] = tray(services, person, date(2026, 12, 22))
    assert late.overdue_days == 1
    services.subject_access.stop_clock(rid, date(2026, 11, 22), "Which years?")
    [paused] = tray(services, person, date(2026, 12, 22))
    assert paused.due is None and "Clock stopped since 22/11/2026" in paused.reason
    services.subject_access.start_clock(rid, date(2026, 11, 22))
    r = services.subject_access.get(rid)
    r.completed_on, r.completed_how = date(2026, 11, 22), "PDF and JSON by secure email"
    services.subject_access.save(r)
    assert tray(services, person, date(2027, 1, 30)) == []


def test_a_bad_request_is_refused_naming_the_field_and_nothing_is_saved(services, person):
    with pytest.raises(ValidationError, match="Received on: cannot be in the future"):
        services.subject_access.save(SubjectAccessRequest(person, date(2026, 11, 23)))
    assert services.subject_access.requests(person) == []


def test_the_export_holds_everything_with_third_parties_left_out_and_says_what_and_why(services, person, tmp_path):
    services.subject_access.save(SubjectAccessRequest(person, date(2026, 11, 20), identity_checked_on=date(2026, 11, 20)))
    pdf_path, json_path = services.subject_access.export(person, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["details"]["legal_name"] == "Zoë Łucja Şahin" and data["details"]["dob"] == "2008-02-29"
    assert data["details"]["risks"] == RISK_NOTE  # their own record: staff notes about them are theirs to see
    assert data["details"]["key_people"] == [{"role": "Mum's partner"}]
    [contact] = data["contacts"]
    assert contact["summary"] == ("Visited Zoë at home. the mum's partner was there. Zoë's friend (name left out) rang on "
                                  "(number left out). Zoë wants to apply to Brackenford College.")
    assert [p["version"] for p in data["plans"]] == [1]
    assert data["plans"][0]["sections"]["education"]["own_words"] == "I want to be a nurse."
    assert data["record_requests"][0]["received_on"] == "2026-11-20"
    assert any(a["action"] == "create" and a["record"] == "contacts" and a["who"] == "Priya Valente" for a in data["audit"])
    wheres = [(w["where"], w["why"]) for w in data["withheld"]]
    assert ("Contact on 12/11/2026", "Information about someone else (DPA 2018 Sch 2 Part 3 para 16): left out unless they agree") \
        in wheres
    assert any(w["where"] == "Your details: key people" and "(1 person)" in w["what"] for w in data["withheld"])
    text = json_path.read_text(encoding="utf-8") + " ".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    for secret in ("Kwame", "Asante", "Tiny", "07700 900222", "07700 900333"):
        assert secret not in text
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages]
    whole = " ".join(pages)
    for heading in ("Your record", "Your details", "Contacts with you", "Your pathway plans", "Your health",
                    "Who looked at and changed your record", "What was left out and why"):
        assert heading in whole
    assert "29/02/2008" in whole and "12/11/2026 10:00" in whole  # dates as dd/mm/yyyy
    assert all(p.count("OFFICIAL-SENSITIVE") == 2 for p in pages)
    assert any(e["action"] == "export" and "subject access" in (e["detail"] or "")
               for e in services.store.audit_entries(person))
    assert oct(pdf_path.stat().st_mode & 0o777) == "0o600"


def test_the_export_refuses_a_missing_folder_and_writes_nothing(services, person, tmp_path):
    from careleaver_app.domain.errors import NotFound

    before = set(tmp_path.rglob("*"))
    with pytest.raises(NotFound, match="There is no folder"):
        services.subject_access.export(person, tmp_path / "nowhere")
    assert set(tmp_path.rglob("*")) == before
