"""Health records, needs, referrals, the health-history handover and consents."""

from __future__ import annotations

import json
from collections import defaultdict

from ..domain.dates import from_iso, iso
from ..domain.health import Consent, Handover, HealthNeed, HealthRecord, Referral
from .store import Store

_RECORD_TEXT = ("gp_practice", "gp_phone", "nhs_number", "dentist", "optician", "allergies", "medicines", "notes")


def load_record(store: Store, person_id: str) -> HealthRecord:
    rows = store.query("SELECT * FROM health_records WHERE person_id = ?", [person_id])
    rec = HealthRecord(person_id)
    if rows:
        r = rows[0]
        for f in _RECORD_TEXT:
            setattr(rec, f, r[f] or "")
        rec.gp_registered_on = from_iso(r["gp_registered_on"])
        rec.last_health_assessment = from_iso(r["last_health_assessment"])
        rec.passport_allergies = bool(r["passport_allergies"])
        rec.passport_medicines = bool(r["passport_medicines"])
        rec.passport_nhs_number = bool(r["passport_nhs_number"])
    rec.needs = [HealthNeed(r["kind"], r["description"], r["how_met"] or "", bool(r["active"]), bool(r["in_passport"]), r["id"])
                 for r in store.query("SELECT * FROM health_needs WHERE person_id = ? ORDER BY position", [person_id])]
    rec.referrals = [_referral(r) for r in store.query("SELECT * FROM mh_referrals WHERE person_id = ? ORDER BY referred_on", [person_id])]
    return rec


def _referral(r: dict) -> Referral:
    return Referral(r["service"], from_iso(r["referred_on"]), r["status"], from_iso(r["response_due"]),
                    from_iso(r["next_appointment"]), r["notes"] or "", r["id"])


def save_record(store: Store, rec: HealthRecord) -> None:
    """The record's own fields and its needs (row by row: only what changed). In a transaction."""
    row = {f: getattr(rec, f).strip() for f in _RECORD_TEXT}
    row.update(person_id=rec.person_id, gp_registered_on=iso(rec.gp_registered_on), last_health_assessment=iso(rec.last_health_assessment),
               passport_allergies=int(rec.passport_allergies), passport_medicines=int(rec.passport_medicines),
               passport_nhs_number=int(rec.passport_nhs_number))
    existing = store.scalar("SELECT id FROM health_records WHERE person_id = ?", [rec.person_id])
    if existing:
        store.update("health_records", existing, row)
    else:
        store.insert("health_records", row)
    store.sync_rows("health_needs", "person_id", rec.person_id, [
        {"id": n.id, "position": i, "kind": n.kind, "description": n.description.strip(), "how_met": n.how_met.strip(),
         "active": int(n.active), "in_passport": int(n.in_passport)} for i, n in enumerate(rec.needs)])


def save_referral(store: Store, person_id: str, r: Referral) -> str:
    row = {"person_id": person_id, "service": r.service.strip(), "referred_on": iso(r.referred_on), "status": r.status,
           "response_due": iso(r.response_due), "next_appointment": iso(r.next_appointment), "notes": r.notes.strip()}
    return store.save("mh_referrals", r, row)


def all_referrals(store: Store, person_ids: list[str] | None = None) -> dict[str, list[Referral]]:
    out: dict[str, list[Referral]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM mh_referrals", person_ids, " ORDER BY referred_on"):
        out[r["person_id"]].append(_referral(r))
    return out


_HANDOVER_DATES = ("requested_on", "received_on", "given_on", "declined_on")
_HANDOVER_TEXT = ("requested_from", "received_by", "given_format", "declined_reason", "pack_contents", "notes")


def _handover(r: dict) -> Handover:
    h = Handover(r["person_id"], id=r["id"], explained=bool(r["explained"]))
    for f in _HANDOVER_DATES:
        setattr(h, f, from_iso(r[f]))
    for f in _HANDOVER_TEXT:
        setattr(h, f, r.get(f) or "")
    return h


def load_handover(store: Store, person_id: str) -> Handover | None:
    rows = store.query("SELECT * FROM health_handovers WHERE person_id = ?", [person_id])
    return _handover(rows[0]) if rows else None


def all_handovers(store: Store, person_ids: list[str] | None = None) -> dict[str, Handover]:
    """Everyone's handover stage and dates (what the caseload needs): not the pack's contents or
    notes, which only the record's Health tab shows (``load_handover``)."""
    columns = ", ".join(("id", "person_id", "explained", *_HANDOVER_DATES, "requested_from", "received_by", "given_format", "declined_reason"))
    return {r["person_id"]: _handover(r) for r in store.per_person(f"SELECT {columns} FROM health_handovers", person_ids)}


def save_handover(store: Store, h: Handover) -> str:
    row = {f: iso(getattr(h, f)) for f in _HANDOVER_DATES}
    row.update({f: getattr(h, f).strip() for f in _HANDOVER_TEXT})
    row.update(person_id=h.person_id, explained=int(h.explained))
    existing = store.scalar("SELECT id FROM health_handovers WHERE person_id = ?", [h.person_id])
    if existing:
        store.update("health_handovers", existing, row)
        h.id = existing
    else:
        h.id = store.insert("health_handovers", row)
    return h.id


def _consent(r: dict) -> Consent:
    return Consent(r["person_id"], from_iso(r["given_on"]), json.loads(r["scope"] or "[]"), r["who_may_see"] or "",
                   from_iso(r["review_by"]), from_iso(r["withdrawn_on"]), r["withdrawn_reason"] or "", r["id"])


def consents_for(store: Store, person_id: str) -> list[Consent]:
    return [_consent(r) for r in store.query("SELECT * FROM health_consents WHERE person_id = ? ORDER BY given_on", [person_id])]


def all_consents(store: Store, person_ids: list[str] | None = None) -> dict[str, list[Consent]]:
    out: dict[str, list[Consent]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM health_consents", person_ids, " ORDER BY given_on"):
        out[r["person_id"]].append(_consent(r))
    return out


def insert_consent(store: Store, c: Consent) -> str:
    c.id = store.insert("health_consents", {"person_id": c.person_id, "given_on": iso(c.given_on), "scope": json.dumps(c.scope),
                                            "who_may_see": c.who_may_see.strip(), "review_by": iso(c.review_by),
                                            "withdrawn_on": None, "withdrawn_reason": ""})
    return c.id


def withdraw_consent(store: Store, consent_id: str, on, reason: str) -> None:
    store.update("health_consents", consent_id, {"withdrawn_on": iso(on), "withdrawn_reason": reason})
