"""Pathway plans and review requests: rows <-> dataclasses, and caseload-wide summaries."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from ..domain.dates import from_iso, iso
from ..domain.plans import (
    ActionStatus,
    Contingency,
    ContingencyKind,
    Oversight,
    OwnerKind,
    Plan,
    PlanAction,
    PlanSection,
    PlanStatus,
    ReviewRequest,
    ReviewSource,
    SectionKey,
)
from .store import SOME_PEOPLE, Store, utc_now

# -- plans ----------------------------------------------------------------------------------

def _plan_row(p: Plan) -> dict:
    return {
        "person_id": p.person_id, "version": p.version, "status": p.status.value, "start_date": iso(p.start_date),
        "review_date": iso(p.review_date), "review_reason": p.review_reason, "pa_id": p.pa_id, "pa_name": p.pa_name,
        "participants": p.participants, "views": p.views, "views_not_recorded_reason": p.views_not_recorded_reason,
        "disagreements": p.disagreements, "copy_given_date": iso(p.copy_given_date),
        "finalised_at": p.finalised_at, "finalised_by": p.finalised_by,
    }


def _action(r: dict) -> PlanAction:
    return PlanAction(
        what=r["what"], owner_kind=OwnerKind(r["owner_kind"]), owner_name=r["owner_name"] or "",
        target_date=from_iso(r["target_date"]), section=SectionKey(r["section"]), status=ActionStatus(r["status"]),
        done_date=from_iso(r["done_date"]), status_reason=r["status_reason"] or "", id=r["id"], position=r["position"] or 0,
    )


def _contingency(r: dict) -> Contingency:
    return Contingency(
        trigger=r["trigger_text"], response=r["response"], who=r["who"],
        check_by=from_iso(r["next_check_by"] or r["check_by"]),
        section=SectionKey(r["section"]) if r["section"] else None, kind=ContingencyKind(r["kind"]),
        escalation=r["escalation"] or "", last_checked=from_iso(r["last_checked"]), id=r["id"], position=r["position"] or 0,
    )


def load_plan(store: Store, plan_id: str) -> Plan | None:
    row = store.get("plans", plan_id)
    if row is None:
        return None
    plan = Plan(
        person_id=row["person_id"], version=row["version"], start_date=from_iso(row["start_date"]),
        status=PlanStatus(row["status"]), review_date=from_iso(row["review_date"]), review_reason=row["review_reason"] or "",
        pa_id=row["pa_id"], pa_name=row["pa_name"] or "", participants=row["participants"] or "", views=row["views"] or "",
        views_not_recorded_reason=row["views_not_recorded_reason"] or "", disagreements=row["disagreements"] or "",
        copy_given_date=from_iso(row["copy_given_date"]), finalised_at=row["finalised_at"], finalised_by=row["finalised_by"],
        id=row["id"],
    )
    for r in store.query("SELECT * FROM plan_sections WHERE plan_id = ?", [plan_id]):
        key = SectionKey(r["section"])
        plan.sections[key] = PlanSection(key, r["need"] or "", r["own_words"] or "")
    plan.actions = [_action(r) for r in store.query("SELECT * FROM plan_actions WHERE plan_id = ? ORDER BY position", [plan_id])]
    plan.contingencies = [_contingency(r) for r in store.query(
        "SELECT * FROM plan_contingencies WHERE plan_id = ? ORDER BY position", [plan_id])]
    plan.oversight = [
        Oversight(r["manager_id"], r["manager_name"] or "", r["decision"], r["comment"] or "", from_iso(r["on_date"]), r["id"],
                  r["signed_in"] or "")
        for r in store.query("SELECT * FROM plan_oversight WHERE plan_id = ? ORDER BY on_date, created_at", [plan_id])
    ]
    return plan


def _child_rows(plan_id: str, plan: Plan) -> tuple[list[dict], list[dict], list[dict]]:
    sections = [{"plan_id": plan_id, "section": s.key.value, "need": s.need, "own_words": s.own_words}
                for s in plan.sections.values()]
    actions = [
        {"id": a.id, "plan_id": plan_id, "section": a.section.value, "position": i, "what": a.what.strip(),
         "owner_kind": a.owner_kind.value, "owner_name": a.owner_name.strip(), "target_date": iso(a.target_date),
         "status": a.status.value, "done_date": iso(a.done_date), "status_reason": a.status_reason}
        for i, a in enumerate(plan.actions)
    ]
    contingencies = [
        {"id": c.id, "plan_id": plan_id, "section": c.section.value if c.section else None, "position": i,
         "kind": c.kind.value, "trigger_text": c.trigger.strip(), "response": c.response.strip(),
         "escalation": c.escalation.strip(), "who": c.who.strip(), "check_by": iso(c.check_by),
         "next_check_by": iso(c.check_by), "last_checked": iso(c.last_checked)}
        for i, c in enumerate(plan.contingencies)
    ]
    return sections, actions, contingencies


def _write_children(store: Store, plan_id: str, plan: Plan) -> None:
    sections, actions, contingencies = _child_rows(plan_id, plan)
    store.insert_many("plan_sections", sections)
    store.insert_many("plan_actions", actions)
    store.insert_many("plan_contingencies", contingencies)


def _with_ids(plan: Plan) -> None:
    from .store import new_id

    for a in plan.actions:
        a.id = a.id or new_id()
    for c in plan.contingencies:
        c.id = c.id or new_id()


def insert_plan(store: Store, plan: Plan) -> str:
    """A new version with its sections, actions and contingencies. In a transaction."""
    _with_ids(plan)
    pid = store.insert("plans", _plan_row(plan))
    _write_children(store, pid, plan)
    plan.id = pid
    return pid


def _next_revision(store: Store, plan_id: str) -> int:
    """Every save of a draft, and its finalising, moves its revision on (a team server keeps a
    save made from an older revision as a conflict: storage/replication.DRAFT_GUARD)."""
    return (store.scalar("SELECT draft_revision FROM plans WHERE id = ?", [plan_id]) or 0) + 1


def replace_draft(store: Store, plan: Plan) -> None:
    """Save a draft version whole (drafts are working copies, not yet legal records): its
    sections, actions and contingencies row by row, so only what changed is written."""
    _with_ids(plan)
    store.update("plans", plan.id, {**_plan_row(plan), "draft_revision": _next_revision(store, plan.id)})
    sections, actions, contingencies = _child_rows(plan.id, plan)
    store.sync_rows("plan_sections", "plan_id", plan.id, sections, key=("section",))
    for table, child, fk, rows in (("plan_actions", "plan_action_updates", "action_id", actions),
                                   ("plan_contingencies", "contingency_checks", "contingency_id", contingencies)):
        # The progress of an action or contingency taken out of the draft goes with it.
        store.delete_where(child, f"{fk} IN (SELECT id FROM {table} WHERE plan_id = ? AND id NOT IN "
                                  "(SELECT value FROM json_each(?)))", [plan.id, json.dumps([r["id"] for r in rows])])
        store.sync_rows(table, "plan_id", plan.id, rows)


def delete_draft(store: Store, plan_id: str) -> None:
    store.delete_where("plan_action_updates", "action_id IN (SELECT id FROM plan_actions WHERE plan_id = ?)", [plan_id])
    store.delete_where("contingency_checks", "contingency_id IN (SELECT id FROM plan_contingencies WHERE plan_id = ?)", [plan_id])
    for table in ("plan_sections", "plan_actions", "plan_contingencies", "plan_oversight"):
        store.delete_where(table, "plan_id = ?", [plan_id])
    store.delete_where("plans", "id = ? AND status = 'draft'", [plan_id])


def mark_final(store: Store, plan_id: str, by: str) -> None:
    store.update("plans", plan_id, {"status": PlanStatus.FINAL.value, "finalised_at": utc_now(), "finalised_by": by,
                                    "draft_revision": _next_revision(store, plan_id)})


def mark_final_many(store: Store, plan_ids: list[str]) -> None:
    """Bulk finalise (the demo generator), after the content rows are in."""
    with store.transaction():
        for i in range(0, len(plan_ids), 500):
            ids = plan_ids[i:i + 500]
            store.db.execute(f"UPDATE plans SET status = 'final' WHERE id IN ({','.join('?' * len(ids))})", ids)
        store.audit("finalise", "plans", None, ["status"], f"{len(plan_ids)} plans")


def plan_versions(store: Store, person_id: str) -> list[dict]:
    return store.query(
        "SELECT id, version, status, start_date, review_date, review_reason, finalised_at, pa_name FROM plans "
        "WHERE person_id = ? ORDER BY version DESC", [person_id])


def latest_plan_id(store: Store, person_id: str, *, final_only: bool = False) -> str | None:
    sql = "SELECT id FROM plans WHERE person_id = ?" + (" AND status = 'final'" if final_only else "") + " ORDER BY version DESC LIMIT 1"
    return store.scalar(sql, [person_id])


def next_version(store: Store, person_id: str) -> int:
    return (store.scalar("SELECT max(version) FROM plans WHERE person_id = ?", [person_id]) or 0) + 1


def action_row(store: Store, action_id: str) -> dict | None:
    return store.get("plan_actions", action_id)


def set_action_status(store: Store, action_id: str, status: ActionStatus, on: date | None, reason: str) -> None:
    store.update("plan_actions", action_id, {"status": status.value, "done_date": iso(on) if status == ActionStatus.DONE else None,
                                             "status_reason": reason})
    store.insert("plan_action_updates", {"action_id": action_id, "status": status.value, "on_date": iso(on), "reason": reason})


def action_history(store: Store, action_id: str) -> list[dict]:
    return store.query("SELECT * FROM plan_action_updates WHERE action_id = ? ORDER BY created_at", [action_id])


def record_check(store: Store, contingency_id: str, on: date, note: str, next_by: date) -> None:
    store.update("plan_contingencies", contingency_id, {"last_checked": iso(on), "next_check_by": iso(next_by)})
    store.insert("contingency_checks", {"contingency_id": contingency_id, "checked_on": iso(on), "note": note, "next_check_by": iso(next_by)})


def contingency_row(store: Store, contingency_id: str) -> dict | None:
    return store.get("plan_contingencies", contingency_id)


def add_oversight(store: Store, plan_id: str, manager_id: str, manager_name: str, decision: str, comment: str, on: date,
                  signed_in: str) -> str:
    return store.insert("plan_oversight", {"plan_id": plan_id, "manager_id": manager_id, "manager_name": manager_name,
                                           "decision": decision, "comment": comment, "on_date": iso(on),
                                           "signed_in": signed_in})


# -- review requests ---------------------------------------------------------------------------

def _request(r: dict) -> ReviewRequest:
    return ReviewRequest(r["person_id"], ReviewSource(r["source"]), from_iso(r["requested_on"]), from_iso(r["due_by"]),
                         r["reason"] or "", r["resolved_by_plan_id"], r["withdrawn_reason"] or "", r["id"])


def insert_request(store: Store, req: ReviewRequest) -> str:
    return store.insert("review_requests", {
        "person_id": req.person_id, "source": req.source.value, "requested_on": iso(req.requested_on),
        "due_by": iso(req.due_by), "reason": req.reason, "resolved_by_plan_id": None, "withdrawn_reason": "",
    })


def requests_for(store: Store, person_id: str, *, open_only: bool = False) -> list[ReviewRequest]:
    sql = "SELECT * FROM review_requests WHERE person_id = ?"
    if open_only:
        sql += " AND resolved_by_plan_id IS NULL AND (withdrawn_reason IS NULL OR withdrawn_reason = '')"
    return [_request(r) for r in store.query(sql + " ORDER BY requested_on", [person_id])]


def get_request(store: Store, request_id: str) -> ReviewRequest | None:
    row = store.get("review_requests", request_id)
    return _request(row) if row else None


def resolve_requests(store: Store, person_id: str, plan_id: str, up_to: date) -> None:
    for req in requests_for(store, person_id, open_only=True):
        if req.requested_on <= up_to:
            store.update("review_requests", req.id, {"resolved_by_plan_id": plan_id})


def withdraw_request(store: Store, request_id: str, reason: str) -> None:
    store.update("review_requests", request_id, {"withdrawn_reason": reason, "withdrawn_at": utc_now()})


# -- caseload-wide summaries (one query each, for 2,000 young people) --------------------------

def _only(person_ids: list[str] | None, column: str = "person_id") -> tuple[str, list]:
    """A condition limiting a summary to a few young people (e.g. one open record)."""
    if person_ids is None or len(person_ids) > SOME_PEOPLE:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(person_ids))]


def latest_versions(store: Store, person_ids: list[str] | None = None) -> dict[str, dict]:
    """Per person: their latest version's id, version, status and plan date."""
    cond, params = _only(person_ids)
    rows = store.query(
        "SELECT p.person_id, p.id, p.version, p.status, p.start_date, p.review_date FROM plans p "
        f"JOIN (SELECT person_id, max(version) AS v FROM plans WHERE 1{cond} GROUP BY person_id) m "
        "ON m.person_id = p.person_id AND m.v = p.version", params)
    return {r["person_id"]: r for r in rows}


PLAN_DATE_SQL = "max(start_date, coalesce(review_date, start_date))"  # Plan.plan_date: the later of start and review


def latest_final_versions(store: Store, as_at: date | None = None, person_ids: list[str] | None = None) -> dict[str, dict]:
    """Per person, their latest finalised version (whose plan date is on or before ``as_at``)."""
    cond, params = (f" AND {PLAN_DATE_SQL} <= ?", [iso(as_at)]) if as_at else ("", [])
    few, ids = _only(person_ids)
    cond, params = cond + few, params + ids
    # "+status": most plans are final, so the status index would read nearly all of them; a few
    # young people's plans are found by person instead (and everyone's by one pass either way).
    rows = store.query(
        "SELECT p.person_id, p.id, p.version, p.start_date, p.review_date FROM plans p "
        f"JOIN (SELECT person_id, max(version) AS v FROM plans WHERE +status = 'final'{cond} GROUP BY person_id) m "
        "ON m.person_id = p.person_id AND m.v = p.version", params)
    return {r["person_id"]: r for r in rows}


def open_requests_by_person(store: Store, person_ids: list[str] | None = None) -> dict[str, list[ReviewRequest]]:
    """Open review requests per person (everyone's, or those of ``person_ids``), oldest first."""
    out: dict[str, list[ReviewRequest]] = defaultdict(list)
    for r in store.per_person("SELECT * FROM review_requests WHERE resolved_by_plan_id IS NULL "
                              "AND (withdrawn_reason IS NULL OR withdrawn_reason = '')", person_ids, " ORDER BY requested_on"):
        out[r["person_id"]].append(_request(r))
    return out


# Each person's latest plan version, worked out once per query (the plans(person_id, version)
# index answers it), then joined to its actions or contingencies along their plan_id indexes.
# For a few young people only theirs are worked out; otherwise everyone's.
_LATEST = ("WITH latest AS MATERIALIZED (SELECT p.id, p.person_id FROM plans p WHERE {people}"
           "p.version = (SELECT max(q.version) FROM plans q WHERE q.person_id = p.person_id)) ")
LATEST_PLANS = _LATEST.format(people="")
_LATEST_PLANS_OF_SOME = _LATEST.format(people="p.person_id IN (SELECT value FROM json_each(:person_ids)) AND ")


def _latest_rows(store: Store, select: str, before: date, person_ids: list[str] | None) -> list[dict]:
    """``select`` (reading ``latest l``) over each person's latest plan version: a few young
    people's read alone (SOME_PEOPLE); everyone's remembered until the data next changes, which
    the caseload and the work tray share (Store.per_person)."""
    params = {"before": iso(before)}
    if person_ids is not None and len(person_ids) <= SOME_PEOPLE:
        return store.query(_LATEST_PLANS_OF_SOME + select, {**params, "person_ids": json.dumps(list(person_ids))})
    rows = store.per_person(LATEST_PLANS + select, None, params=params)
    if person_ids is None:
        return rows
    wanted = set(person_ids)
    return [r for r in rows if r["person_id"] in wanted]


# What makes a plan action or a contingency check due (before the date given): one place for the
# detailed reads (the work tray's items) and the dates-only reads (the caseload's counts).
_OPEN_ACTIONS = "FROM latest l CROSS JOIN plan_actions a ON a.plan_id = l.id WHERE a.status = 'open' AND a.target_date < :before"
_DUE_CHECKS = "FROM latest l CROSS JOIN plan_contingencies c ON c.plan_id = l.id WHERE coalesce(c.next_check_by, c.check_by) < :before"


def overdue_actions(store: Store, before: date, person_ids: list[str] | None = None) -> list[dict]:
    """Open actions dated before ``before`` in each person's latest version."""
    return _latest_rows(store, "SELECT a.id, a.section, a.what, a.owner_name, a.target_date, "
                        f"l.person_id {_OPEN_ACTIONS}", before, person_ids)


def overdue_action_dates(store: Store, before: date, person_ids: list[str] | None = None) -> list[dict]:
    """The same actions' person_id and target_date only (answered from the index alone)."""
    return _latest_rows(store, f"SELECT l.person_id, a.target_date {_OPEN_ACTIONS}",
                        before, person_ids)


def due_checks(store: Store, before: date, person_ids: list[str] | None = None) -> list[dict]:
    """Contingency checks falling due before ``before`` in each person's latest version."""
    return _latest_rows(store, "SELECT c.id, c.section, c.trigger_text, c.check_by, c.next_check_by, "
                        f"l.person_id {_DUE_CHECKS}", before, person_ids)


def due_check_dates(store: Store, before: date, person_ids: list[str] | None = None) -> list[dict]:
    """The same checks' person_id, check_by and next_check_by only (answered from the index alone)."""
    return _latest_rows(store, f"SELECT l.person_id, c.check_by, c.next_check_by {_DUE_CHECKS}",
                        before, person_ids)
