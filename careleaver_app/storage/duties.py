"""Issue 25's records: death notifications, identity documents, immigration status."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..domain.dates import from_iso, iso
from ..domain.duties import (
    AgencyRequest,
    CustodyRelease,
    DeathNotification,
    HomelessnessRisk,
    IdentityDocument,
    ImmigrationStatus,
    PaOffer,
    StayingCloseAssessment,
)
from .store import Store


def _upsert_one(store: Store, table: str, person_id: str, row: dict) -> str:
    """The young person's one row in ``table`` (made or changed). In a transaction."""
    existing = store.scalar(f"SELECT id FROM {table} WHERE person_id = ?", [person_id])
    if existing:
        store.update(table, existing, row)
        return existing
    return store.insert(table, {"person_id": person_id, **row})


# -- death notifications ------------------------------------------------------------------------------
def _notification(r: dict) -> DeathNotification:
    return DeathNotification(r["person_id"], from_iso(r["learned_on"]), from_iso(r["sos_notified_on"]),
                             from_iso(r["ofsted_notified_on"]), r["notes"] or "", r["id"])


def load_death_notification(store: Store, person_id: str) -> DeathNotification | None:
    rows = store.query("SELECT * FROM death_notifications WHERE person_id = ?", [person_id])
    return _notification(rows[0]) if rows else None


def all_death_notifications(store: Store, person_ids: list[str] | None) -> dict[str, DeathNotification]:
    return {r["person_id"]: _notification(r) for r in store.per_person("SELECT * FROM death_notifications", person_ids)}


def save_death_notification(store: Store, n: DeathNotification) -> str:
    return _upsert_one(store, "death_notifications", n.person_id, {
        "learned_on": iso(n.learned_on), "sos_notified_on": iso(n.sos_notified_on),
        "ofsted_notified_on": iso(n.ofsted_notified_on), "notes": n.notes.strip()})


def deaths(store: Store, person_ids: list[str] | None) -> dict[str, date]:
    """Per person with a DIED in-touch decision, the date of death it records (the first, as
    storage.people.DIED_ON_SQL)."""
    out: dict[str, date] = {}
    for r in store.per_person("SELECT person_id, decided_on FROM in_touch_decisions WHERE status = 'DIED'",
                              person_ids, " ORDER BY decided_on"):
        out.setdefault(r["person_id"], from_iso(r["decided_on"]))
    return out


# -- identity documents --------------------------------------------------------------------------------
def _document(r: dict) -> IdentityDocument:
    return IdentityDocument(r["kind"], r["status"], from_iso(r["on_date"]), r["notes"] or "", r["id"])


def documents_for(store: Store, person_id: str) -> list[IdentityDocument]:
    return [_document(r) for r in store.query("SELECT * FROM identity_documents WHERE person_id = ?", [person_id])]


def all_documents(store: Store, person_ids: list[str] | None) -> dict[str, list[IdentityDocument]]:
    out: dict[str, list[IdentityDocument]] = defaultdict(list)
    for r in store.per_person("SELECT id, person_id, kind, status, on_date, notes FROM identity_documents", person_ids):
        out[r["person_id"]].append(_document(r))
    return out


def save_documents(store: Store, person_id: str, docs: list[IdentityDocument]) -> None:
    """Each kind's row, made or changed (only those that differ). In a transaction."""
    existing = {d.kind: d for d in documents_for(store, person_id)}
    for d in docs:
        row = {"status": d.status, "on_date": iso(d.on), "notes": d.notes.strip()}
        old = existing.get(d.kind)
        if old is None:
            if d.status or d.on or d.notes.strip():
                store.insert("identity_documents", {"person_id": person_id, "kind": d.kind, **row})
        elif (old.status, old.on, old.notes) != (d.status, d.on, d.notes.strip()):
            store.update("identity_documents", old.id, row)


# -- immigration status -----------------------------------------------------------------------------------
# The status is the young person's own field; the leave, references and plans are beside it.
_IMM_TEXT = ("home_office_ref", "legal_representative", "triple_plan", "citizenship_decided", "notes")
_IMM_SQL = ("SELECT yp.id AS person_id, yp.immigration_status AS status, i.id, i.leave_expires, i.home_office_ref, "
            "i.legal_representative, i.triple_plan, i.citizenship_entitled, i.citizenship_applied_on, i.citizenship_decided, "
            "i.notes FROM young_people yp LEFT JOIN immigration_statuses i ON i.person_id = yp.id")


def _immigration(r: dict) -> ImmigrationStatus:
    return ImmigrationStatus(
        r["person_id"], r["status"] or "", from_iso(r["leave_expires"]), r["home_office_ref"] or "", r["legal_representative"] or "",
        r["triple_plan"] or "", bool(r["citizenship_entitled"]), from_iso(r["citizenship_applied_on"]),
        r["citizenship_decided"] or "", r["notes"] or "", r["id"])


def load_immigration(store: Store, person_id: str) -> ImmigrationStatus | None:
    rows = store.query(f"{_IMM_SQL} WHERE yp.id = ?", [person_id])
    return _immigration(rows[0]) if rows else None


def all_immigration(store: Store, person_ids: list[str] | None) -> dict[str, ImmigrationStatus]:
    """Those with a status or leave recorded."""
    out = {}
    for r in store.per_person(f"{_IMM_SQL} WHERE (yp.immigration_status <> '' OR i.id IS NOT NULL)", person_ids, column="yp.id"):
        out[r["person_id"]] = _immigration(r)
    return out


def save_immigration(store: Store, st: ImmigrationStatus) -> str:
    """The young person's status, and the rest beside it. In a transaction."""
    if (store.scalar("SELECT immigration_status FROM young_people WHERE id = ?", [st.person_id]) or "") != st.status:
        store.update("young_people", st.person_id, {"immigration_status": st.status})
    row = {f: (getattr(st, f) or "").strip() for f in _IMM_TEXT}
    row.update(leave_expires=iso(st.leave_expires), citizenship_entitled=int(st.citizenship_entitled),
               citizenship_applied_on=iso(st.citizenship_applied_on))
    return _upsert_one(store, "immigration_statuses", st.person_id, row)


# -- release from custody ------------------------------------------------------------------------------------
def _custody(r: dict) -> CustodyRelease:
    return CustodyRelease(r["person_id"], from_iso(r["release_on"]), from_iso(r["plan_reviewed_on"]),
                          from_iso(r["accommodation_arranged_on"]), r["notes"] or "", r["id"])


def load_custody(store: Store, person_id: str) -> CustodyRelease | None:
    rows = store.query("SELECT * FROM custody_releases WHERE person_id = ?", [person_id])
    return _custody(rows[0]) if rows else None


def all_custody(store: Store, person_ids: list[str] | None) -> dict[str, CustodyRelease]:
    return {r["person_id"]: _custody(r) for r in store.per_person("SELECT * FROM custody_releases", person_ids)}


def save_custody(store: Store, c: CustodyRelease) -> str:
    return _upsert_one(store, "custody_releases", c.person_id, {
        "release_on": iso(c.release_on), "plan_reviewed_on": iso(c.plan_reviewed_on),
        "accommodation_arranged_on": iso(c.accommodation_arranged_on), "notes": c.notes.strip()})


# -- the offer of PA support to 25 -------------------------------------------------------------------------
def _offer(r: dict) -> PaOffer:
    return PaOffer(r["person_id"], from_iso(r["offered_on"]), r["how"] or "", r["outcome"], r["notes"] or "", r["id"])


def offers_for(store: Store, person_id: str) -> list[PaOffer]:
    return [_offer(r) for r in store.query("SELECT * FROM pa_offers WHERE person_id = ? ORDER BY offered_on, created_at", [person_id])]


def all_offers(store: Store, person_ids: list[str] | None) -> dict[str, list[PaOffer]]:
    out: dict[str, list[PaOffer]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM pa_offers", person_ids, " ORDER BY offered_on"):
        out[r["person_id"]].append(_offer(r))
    return out


def asked_for_support(store: Store, person_ids: list[str]) -> set[str]:
    """Those who have asked for support to 25 (young_people.support_requested_to_25)."""
    return {r["id"] for r in store.per_person("SELECT id FROM young_people WHERE support_requested_to_25 = 1", person_ids,
                                              column="id")}


def insert_offer(store: Store, o: PaOffer) -> str:
    """The offer (a record kept as made) and, when accepted, the young person's request for support
    to 25. In a transaction."""
    oid = store.insert("pa_offers", {"person_id": o.person_id, "offered_on": iso(o.offered_on), "how": o.how.strip(),
                                     "outcome": o.outcome, "notes": o.notes.strip()})
    if o.outcome == "accepted":
        store.update("young_people", o.person_id, {"support_requested_to_25": 1})
    return oid


# -- requests to other bodies, homelessness risk ------------------------------------------------------------
_REQ_DATES = ("asked_on", "chase_by", "answered_on")
_REQ_TEXT = ("body_kind", "body_name", "what", "answer", "notes")


def _request(r: dict) -> AgencyRequest:
    return AgencyRequest(r["person_id"], r["body_kind"], r["body_name"] or "", r["what"], from_iso(r["asked_on"]),
                         from_iso(r["chase_by"]), from_iso(r["answered_on"]), r["answer"] or "", bool(r["duty_to_refer"]),
                         bool(r["consent"]), r["notes"] or "", r["id"])


def requests_for(store: Store, person_id: str) -> list[AgencyRequest]:
    return [_request(r) for r in store.query("SELECT * FROM agency_requests WHERE person_id = ? ORDER BY asked_on, created_at",
                                             [person_id])]


def all_requests(store: Store, person_ids: list[str] | None) -> dict[str, list[AgencyRequest]]:
    out: dict[str, list[AgencyRequest]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM agency_requests", person_ids, " ORDER BY asked_on"):
        out[r["person_id"]].append(_request(r))
    return out


def save_request(store: Store, r: AgencyRequest) -> str:
    row = {f: iso(getattr(r, f)) for f in _REQ_DATES}
    row.update({f: (getattr(r, f) or "").strip() for f in _REQ_TEXT})
    row.update(duty_to_refer=int(r.duty_to_refer), consent=int(r.consent))
    if r.id:
        store.update("agency_requests", r.id, row)
        return r.id
    return store.insert("agency_requests", {"person_id": r.person_id, **row})


def _risk(r: dict) -> HomelessnessRisk:
    return HomelessnessRisk(r["person_id"], from_iso(r["at_risk_from"]), r["reason"] or "", from_iso(r["ended_on"]), r["id"])


def risks_for(store: Store, person_id: str) -> list[HomelessnessRisk]:
    return [_risk(r) for r in store.query("SELECT * FROM homelessness_risks WHERE person_id = ? ORDER BY at_risk_from", [person_id])]


def all_risks(store: Store, person_ids: list[str] | None) -> dict[str, list[HomelessnessRisk]]:
    out: dict[str, list[HomelessnessRisk]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM homelessness_risks", person_ids, " ORDER BY at_risk_from"):
        out[r["person_id"]].append(_risk(r))
    return out


def save_risk(store: Store, r: HomelessnessRisk) -> str:
    row = {"at_risk_from": iso(r.at_risk_from), "reason": r.reason.strip(), "ended_on": iso(r.ended_on)}
    if r.id:
        store.update("homelessness_risks", r.id, row)
        return r.id
    return store.insert("homelessness_risks", {"person_id": r.person_id, **row})


# -- Staying Close assessments ----------------------------------------------------------------------------
def _assessment(r: dict) -> StayingCloseAssessment:
    return StayingCloseAssessment(r["person_id"], from_iso(r["assessed_on"]), r["needed"], r["decision"] or "",
                                  r["representations"] or "", r["notes"] or "", r["id"])


def staying_close_for(store: Store, person_id: str) -> list[StayingCloseAssessment]:
    return [_assessment(r) for r in store.query("SELECT * FROM staying_close_assessments WHERE person_id = ? ORDER BY assessed_on",
                                                [person_id])]


def all_staying_close(store: Store, person_ids: list[str] | None) -> dict[str, list[StayingCloseAssessment]]:
    out: dict[str, list[StayingCloseAssessment]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM staying_close_assessments", person_ids, " ORDER BY assessed_on"):
        out[r["person_id"]].append(_assessment(r))
    return out


def insert_staying_close(store: Store, a: StayingCloseAssessment) -> str:
    return store.insert("staying_close_assessments", {
        "person_id": a.person_id, "assessed_on": iso(a.assessed_on), "needed": a.needed, "decision": a.decision.strip(),
        "representations": a.representations.strip(), "notes": a.notes.strip()})
