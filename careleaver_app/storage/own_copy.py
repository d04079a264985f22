"""The young person's own copy and their record on request: rows <-> dataclasses."""

from __future__ import annotations

from ..domain.dates import from_iso, iso
from ..domain.own_copy import CopyReply, LifeStory, PlanCopy
from ..domain.subject_access import Pause, SubjectAccessRequest
from .store import Store

# -- copies given and replies ---------------------------------------------------------------------


def _copy(r: dict) -> PlanCopy:
    return PlanCopy(plan_id=r["plan_id"], person_id=r["person_id"], given_on=from_iso(r["given_on"]), format=r["format"],
                    channel=r["channel"], given_by=r["given_by"] or "", shared_with=r["shared_with"] or "",
                    agreed_by_young_person=bool(r["agreed_by_young_person"]), notes=r["notes"] or "", id=r["id"],
                    plan_version=r.get("version"))


def copies_for(store: Store, person_id: str) -> list[PlanCopy]:
    return [_copy(r) for r in store.query(
        "SELECT c.*, p.version FROM plan_copies c JOIN plans p ON p.id = c.plan_id WHERE c.person_id = ? "
        "ORDER BY c.given_on DESC, c.created_at DESC", [person_id])]


def add_copy(store: Store, c: PlanCopy) -> str:
    return store.insert("plan_copies", {
        "plan_id": c.plan_id, "person_id": c.person_id, "given_on": iso(c.given_on), "format": c.format, "channel": c.channel,
        "given_by": c.given_by.strip(), "shared_with": c.shared_with.strip(), "agreed_by_young_person": int(c.agreed_by_young_person),
        "notes": c.notes.strip()})


def replies_for(store: Store, person_id: str) -> list[CopyReply]:
    return [CopyReply(copy_id=r["copy_id"], person_id=r["person_id"], section=r["section"], views=r["views"],
                      replied_on=from_iso(r["replied_on"]), id=r["id"])
            for r in store.query("SELECT * FROM plan_copy_replies WHERE person_id = ? ORDER BY replied_on, created_at", [person_id])]


def add_reply(store: Store, r: CopyReply) -> str:
    return store.insert("plan_copy_replies", {"copy_id": r.copy_id, "person_id": r.person_id, "section": r.section,
                                              "views": r.views.strip(), "replied_on": iso(r.replied_on)})


def get_copy(store: Store, copy_id: str) -> PlanCopy | None:
    rows = store.query("SELECT c.*, p.version FROM plan_copies c JOIN plans p ON p.id = c.plan_id WHERE c.id = ?", [copy_id])
    return _copy(rows[0]) if rows else None


# -- their story -----------------------------------------------------------------------------------


def _story(r: dict) -> LifeStory:
    return LifeStory(person_id=r["person_id"], story=r["story"], written_with=r["written_with"] or "",
                     include_in_copy=bool(r["include_in_copy"]), written_on=from_iso(r["written_on"]), version=r["version"], id=r["id"])


def stories_for(store: Store, person_id: str) -> list[LifeStory]:
    """Every version, the latest first."""
    return [_story(r) for r in store.query("SELECT * FROM life_stories WHERE person_id = ? ORDER BY version DESC", [person_id])]


def add_story(store: Store, s: LifeStory) -> str:
    version = (store.scalar("SELECT MAX(version) FROM life_stories WHERE person_id = ?", [s.person_id]) or 0) + 1
    return store.insert("life_stories", {"person_id": s.person_id, "version": version, "story": s.story.strip(),
                                         "written_with": s.written_with.strip(), "include_in_copy": int(s.include_in_copy),
                                         "written_on": iso(s.written_on)})


# -- subject access ---------------------------------------------------------------------------------


def _request(r: dict, pauses: list[Pause]) -> SubjectAccessRequest:
    return SubjectAccessRequest(
        person_id=r["person_id"], received_on=from_iso(r["received_on"]), made_by=r["made_by"] or "young_person",
        scope=r["scope"] or "", identity_checked_on=from_iso(r["identity_checked_on"]), extension_months=r["extension_months"] or 0,
        extension_reason=r["extension_reason"] or "", extended_on=from_iso(r["extended_on"]), completed_on=from_iso(r["completed_on"]),
        completed_how=r["completed_how"] or "", withdrawn_on=from_iso(r["withdrawn_on"]), withdrawn_reason=r["withdrawn_reason"] or "",
        pauses=pauses, id=r["id"])


def _pauses(store: Store, request_ids: list[str]) -> dict[str, list[Pause]]:
    out: dict[str, list[Pause]] = {i: [] for i in request_ids}
    if not request_ids:
        return out
    marks = ",".join("?" * len(request_ids))
    for r in store.query(f"SELECT * FROM subject_access_pauses WHERE request_id IN ({marks}) ORDER BY asked_on, created_at",
                         request_ids):
        out[r["request_id"]].append(Pause(from_iso(r["asked_on"]), r["asked_what"] or "", from_iso(r["answered_on"]), r["id"]))
    return out


def requests_for(store: Store, person_id: str) -> list[SubjectAccessRequest]:
    rows = store.query("SELECT * FROM subject_access_requests WHERE person_id = ? ORDER BY received_on DESC, created_at DESC",
                       [person_id])
    pauses = _pauses(store, [r["id"] for r in rows])
    return [_request(r, pauses[r["id"]]) for r in rows]


def open_requests(store: Store, person_ids: list[str] | None) -> list[SubjectAccessRequest]:
    """Requests not yet sent or withdrawn, for the work tray (few: read whole)."""
    rows = store.query("SELECT * FROM subject_access_requests WHERE completed_on IS NULL AND withdrawn_on IS NULL")
    if person_ids is not None:
        wanted = set(person_ids)
        rows = [r for r in rows if r["person_id"] in wanted]
    pauses = _pauses(store, [r["id"] for r in rows])
    return [_request(r, pauses[r["id"]]) for r in rows]


def get_request(store: Store, request_id: str) -> SubjectAccessRequest | None:
    rows = store.query("SELECT * FROM subject_access_requests WHERE id = ?", [request_id])
    return _request(rows[0], _pauses(store, [request_id])[request_id]) if rows else None


def save_request(store: Store, r: SubjectAccessRequest) -> str:
    row = {"person_id": r.person_id, "received_on": iso(r.received_on), "made_by": r.made_by, "scope": r.scope.strip(),
           "identity_checked_on": iso(r.identity_checked_on), "extension_months": r.extension_months,
           "extension_reason": r.extension_reason.strip(), "extended_on": iso(r.extended_on), "completed_on": iso(r.completed_on),
           "completed_how": r.completed_how.strip(), "withdrawn_on": iso(r.withdrawn_on), "withdrawn_reason": r.withdrawn_reason.strip()}
    if r.id is None:
        rid = store.insert("subject_access_requests", row)
    else:
        store.update("subject_access_requests", r.id, row)
        rid = r.id
    known = {p.id for p in _pauses(store, [rid])[rid]}
    for p in r.pauses:
        values = {"request_id": rid, "asked_on": iso(p.asked_on), "asked_what": p.asked_what.strip(), "answered_on": iso(p.answered_on)}
        if p.id is None or p.id not in known:
            p.id = store.insert("subject_access_pauses", values)
        else:
            store.update("subject_access_pauses", p.id, values)
    return rid
