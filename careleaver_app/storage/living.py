"""Accommodation, suitability, Staying Put/Close, housing, EET and entitlements: rows <-> dataclasses."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from ..domain.accommodation import AccommodationEpisode, Arrangement, HousingApplication, Suitability, SuitabilityAssessment
from ..domain.dates import from_iso, iso
from ..domain.eet import EetEpisode
from ..domain.entitlements import EntitlementRecord, Spend
from .store import SOME_PEOPLE, Store

# -- accommodation ------------------------------------------------------------------------------


def _episode(r: dict) -> AccommodationEpisode:
    return AccommodationEpisode(
        person_id=r["person_id"], accom_type=r["accom_type"], start=from_iso(r["start_date"]), end=from_iso(r["end_date"]),
        address=r["address"] or "", provider=r["provider"] or "", la_provided=bool(r["la_provided"]),
        out_of_area=bool(r["out_of_area"]), area=r["area"] or "", emergency=bool(r["emergency"]), notes=r.get("notes") or "", id=r["id"])


def _episode_row(e: AccommodationEpisode) -> dict:
    return {"person_id": e.person_id, "accom_type": e.accom_type, "start_date": iso(e.start), "end_date": iso(e.end),
            "address": e.address.strip(), "provider": e.provider.strip(), "la_provided": int(e.la_provided),
            "out_of_area": int(e.out_of_area), "area": e.area.strip(), "emergency": int(e.emergency), "notes": e.notes.strip()}


def episodes_for(store: Store, person_id: str) -> list[AccommodationEpisode]:
    return [_episode(r) for r in store.query("SELECT * FROM accommodation_episodes WHERE person_id = ? ORDER BY start_date", [person_id])]


def _by_person(store: Store, table: str, order: str, make, person_ids: list[str] | None = None, columns: str = "*") -> dict[str, list]:
    """Rows of one kind made into objects, per person (Store.per_person: a few young people's
    read alone, or everyone's), remembered until the data next changes. Read-only."""
    few = person_ids is not None and len(person_ids) <= SOME_PEOPLE

    def load() -> dict[str, list]:
        out: dict[str, list] = defaultdict(list)
        for r in store.per_person(f"SELECT {columns} FROM {table}", person_ids, f" ORDER BY {order}"):
            out[r["person_id"]].append(make(r))
        return dict(out)
    return store.memo(("by_person", table, columns, tuple(sorted(person_ids)) if few else None), load)


# What reads across many young people need (the caseload, the tray, the returns, the cover
# summary): everything but the free-text notes, which only the record's own tabs show. Reading
# fewer columns is most of the saving at county scale.
EPISODE_COLUMNS = "id, person_id, accom_type, start_date, end_date, address, provider, la_provided, out_of_area, area, emergency"
EET_COLUMNS = "id, person_id, activ, start_date, end_date, provider, course_or_job, hours_per_week, he_bursary"


def all_episodes(store: Store, person_ids: list[str] | None = None) -> dict[str, list[AccommodationEpisode]]:
    """Stays per person, oldest first, without their notes (see ``episodes_for``)."""
    return _by_person(store, "accommodation_episodes", "person_id, start_date", _episode, person_ids, EPISODE_COLUMNS)


# Where everyone lives on one day: the stay covering the day (AccommodationEpisode.covers; at
# most one per person, stays never overlap) and the judgements made of it by then. This is all
# the caseload and the keeping-in-touch rules need, about a third of everyone's stays.
_COVERS = "e.start_date <= :day AND (e.end_date IS NULL OR e.end_date > :day)"


def _on_day(store: Store, key: str, sql: str, order: str, day: date, make, person_ids: list[str] | None) -> dict[str, list]:
    few = person_ids is not None and len(person_ids) <= SOME_PEOPLE

    def load() -> dict[str, list]:
        out: dict[str, list] = defaultdict(list)
        for r in store.per_person(sql, person_ids, order, params={"day": iso(day)}, column="e.person_id"):
            out[r["person_id"]].append(make(r))
        return dict(out)
    return store.memo((key, day, tuple(sorted(person_ids)) if few else None), load)


def episodes_on(store: Store, day: date, person_ids: list[str] | None = None) -> dict[str, list[AccommodationEpisode]]:
    """Per person, the stay covering ``day`` (a list of one), without notes."""
    cols = ", ".join(f"e.{c.strip()}" for c in EPISODE_COLUMNS.split(","))
    return _on_day(store, "episodes_on", f"SELECT {cols} FROM accommodation_episodes e WHERE {_COVERS}", "", day, _episode,
                   person_ids)


def assessments_on(store: Store, day: date, person_ids: list[str] | None = None) -> dict[str, list[SuitabilityAssessment]]:
    """Per person, the judgements of the stay covering ``day`` made on or before it, oldest first."""
    return _on_day(store, "assessments_on", "SELECT a.id, a.person_id, a.episode_id, a.assessed_on, a.overall, a.reason "
                   f"FROM accommodation_episodes e JOIN suitability_assessments a ON a.episode_id = e.id WHERE {_COVERS} "
                   "AND a.assessed_on <= :day", " ORDER BY a.assessed_on, a.created_at, a.rowid", day, _assessment_brief, person_ids)


def save_episode(store: Store, e: AccommodationEpisode) -> str:
    return store.save("accommodation_episodes", e, _episode_row(e))


def _assessment(r: dict) -> SuitabilityAssessment:
    return SuitabilityAssessment(r["person_id"], r["episode_id"], from_iso(r["assessed_on"]), Suitability(r["overall"]),
                                 r["reason"] or "", json.loads(r["answers"] or "{}"), r["young_person_views"] or "",
                                 r["assessed_by"] or "", r["id"])


def assessments_for(store: Store, person_id: str) -> list[SuitabilityAssessment]:
    return [_assessment(r) for r in store.query(
        "SELECT * FROM suitability_assessments WHERE person_id = ? ORDER BY assessed_on, created_at, rowid", [person_id])]


def _assessment_brief(r: dict) -> SuitabilityAssessment:
    """The judgement without the notes on each matter (what the caseload and returns need)."""
    return SuitabilityAssessment(r["person_id"], r["episode_id"], from_iso(r["assessed_on"]), Suitability(r["overall"]),
                                 r["reason"] or "", id=r["id"])


def all_assessments(store: Store, person_ids: list[str] | None = None) -> dict[str, list[SuitabilityAssessment]]:
    """Judgements per person, without the notes on each matter (see ``assessments_for``)."""
    return _by_person(store, "suitability_assessments", "assessed_on, created_at, rowid", _assessment_brief, person_ids,
                      "id, person_id, episode_id, assessed_on, overall, reason")


def insert_assessment(store: Store, a: SuitabilityAssessment) -> str:
    a.id = store.insert("suitability_assessments", {
        "person_id": a.person_id, "episode_id": a.episode_id, "assessed_on": iso(a.assessed_on), "overall": a.overall.value,
        "reason": a.reason.strip(), "answers": json.dumps({k: v.strip() for k, v in a.answers.items()}),
        "young_person_views": a.young_person_views.strip(), "assessed_by": a.assessed_by})
    return a.id


def _arrangement(r: dict) -> Arrangement:
    return Arrangement(r["person_id"], r["kind"], from_iso(r["start_date"]), from_iso(r["end_date"]), r["carer"] or "",
                       r["support"] or "", r["weekly_allowance"] or "", r["notes"] or "", r["id"])


def arrangements_for(store: Store, person_id: str) -> list[Arrangement]:
    return [_arrangement(r) for r in store.query("SELECT * FROM arrangements WHERE person_id = ? ORDER BY start_date", [person_id])]


def all_arrangements(store: Store, person_ids: list[str] | None = None) -> dict[str, list[Arrangement]]:
    """Staying Put / Close arrangements per person, oldest first."""
    return _by_person(store, "arrangements", "person_id, start_date", _arrangement, person_ids)


def save_arrangement(store: Store, a: Arrangement) -> str:
    row = {"person_id": a.person_id, "kind": a.kind, "start_date": iso(a.start), "end_date": iso(a.end), "carer": a.carer.strip(),
           "support": a.support.strip(), "weekly_allowance": a.weekly_allowance.strip(), "notes": a.notes.strip()}
    return store.save("arrangements", a, row)


def _housing(r: dict) -> HousingApplication:
    return HousingApplication(r["person_id"], r["district"], from_iso(r["applied_on"]), r["band"] or "", r["outcome"] or "pending",
                              from_iso(r["outcome_on"]), r["reference"] or "", r["notes"] or "", r["id"])


def housing_for(store: Store, person_id: str) -> list[HousingApplication]:
    return [_housing(r) for r in store.query("SELECT * FROM housing_applications WHERE person_id = ? ORDER BY applied_on", [person_id])]


def known_districts(store: Store) -> list[str]:
    return [r["district"] for r in store.query("SELECT DISTINCT district FROM housing_applications ORDER BY district")]


def save_housing(store: Store, h: HousingApplication) -> str:
    row = {"person_id": h.person_id, "district": h.district.strip(), "applied_on": iso(h.applied_on), "band": h.band.strip(),
           "outcome": h.outcome, "outcome_on": iso(h.outcome_on), "reference": h.reference.strip(), "notes": h.notes.strip()}
    return store.save("housing_applications", h, row)


# -- EET ------------------------------------------------------------------------------------------------

def _eet(r: dict) -> EetEpisode:
    return EetEpisode(r["person_id"], r["activ"], from_iso(r["start_date"]), from_iso(r["end_date"]), r["provider"] or "",
                      r["course_or_job"] or "", r["hours_per_week"], bool(r["he_bursary"]), r.get("notes") or "", r["id"])


def eet_for(store: Store, person_id: str) -> list[EetEpisode]:
    return [_eet(r) for r in store.query("SELECT * FROM eet_episodes WHERE person_id = ? ORDER BY start_date", [person_id])]


def all_eet(store: Store, person_ids: list[str] | None = None) -> dict[str, list[EetEpisode]]:
    """EET episodes per person, oldest first, without their notes (see ``eet_for``)."""
    return _by_person(store, "eet_episodes", "person_id, start_date", _eet, person_ids, EET_COLUMNS)


def save_eet(store: Store, e: EetEpisode) -> str:
    row = {"person_id": e.person_id, "activ": e.activ, "start_date": iso(e.start), "end_date": iso(e.end),
           "provider": e.provider.strip(), "course_or_job": e.course_or_job.strip(), "hours_per_week": e.hours_per_week,
           "he_bursary": int(e.he_bursary), "notes": e.notes.strip()}
    return store.save("eet_episodes", e, row)


# -- entitlements and the local offer ---------------------------------------------------------------

def entitlements_for(store: Store, person_id: str) -> list[EntitlementRecord]:
    records = {r["id"]: EntitlementRecord(r["person_id"], r["code"], r["status"], from_iso(r["status_on"]), r["amount"],
                                          r["notes"] or "", id=r["id"])
               for r in store.query("SELECT * FROM entitlements WHERE person_id = ?", [person_id])}
    if records:
        marks = ",".join("?" * len(records))
        for s in store.query(f"SELECT * FROM entitlement_spends WHERE entitlement_id IN ({marks}) ORDER BY on_date", list(records)):
            records[s["entitlement_id"]].spends.append(Spend(from_iso(s["on_date"]), s["amount"], s["what"], s["manager_note"] or "", s["id"]))
    return list(records.values())


def save_entitlement(store: Store, e: EntitlementRecord) -> str:
    row = {"person_id": e.person_id, "code": e.code, "status": e.status, "status_on": iso(e.status_on), "amount": e.amount,
           "notes": e.notes.strip()}
    return store.save("entitlements", e, row)


def insert_spend(store: Store, entitlement_id: str, s: Spend) -> str:
    s.id = store.insert("entitlement_spends", {"entitlement_id": entitlement_id, "on_date": iso(s.on), "amount": s.amount,
                                               "what": s.what.strip(), "manager_note": s.manager_note.strip()})
    return s.id


def offer_explanations(store: Store, person_id: str) -> list[dict]:
    return store.query("SELECT * FROM local_offer_explanations WHERE person_id = ? ORDER BY on_date", [person_id])


def insert_offer_explanation(store: Store, person_id: str, on, method: str, by_name: str, notes: str) -> str:
    return store.insert("local_offer_explanations", {"person_id": person_id, "on_date": iso(on), "method": method,
                                                     "by_name": by_name, "notes": notes.strip()})
