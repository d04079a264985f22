"""Contacts, amendments, follow-ups, in-touch decisions, cadences, chronology events, search."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime

from ..domain.contacts import (
    ALWAYS_TWO_WAY,
    ONE_WAY_UNLESS_ANSWERED,
    STATUTORY_VISIT_TYPES,
    Amendment,
    Contact,
    ContactType,
    FollowUp,
    InTouch,
    decision_in_force,
)
from ..domain.dates import from_iso, iso
from .store import SOME_PEOPLE, Store

_TS = "%Y-%m-%dT%H:%M"


def ts(dt: datetime | None) -> str | None:
    return dt.strftime(_TS) if dt else None


def from_ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text[:16]) if text else None  # stored as _TS


# -- contacts ---------------------------------------------------------------------------------

def _contact(r: dict) -> Contact:
    return Contact(
        person_id=r["person_id"], occurred_at=from_ts(r["occurred_at"]), contact_type=ContactType(r["contact_type"]),
        worker_id=r["worker_id"], worker_name=r["worker_name"] or "", covering=bool(r["covering"]), seen=bool(r["seen"]),
        seen_alone=bool(r["seen_alone"]), location=r["location"] or "", ended_at=from_ts(r["ended_at"]),
        summary=r["summary"] or "", significant=bool(r["significant"]), two_way=bool(r["two_way"]), id=r["id"],
        created_at=r["created_at"] or "",
    )


def insert_contact(store: Store, c: Contact) -> str:
    """The contact and its follow-ups. In a transaction."""
    cid = store.insert("contacts", {
        "person_id": c.person_id, "occurred_at": ts(c.occurred_at), "ended_at": ts(c.ended_at),
        "contact_type": c.contact_type.value, "worker_id": c.worker_id, "worker_name": c.worker_name,
        "covering": int(c.covering), "seen": int(c.seen), "seen_alone": int(c.seen_alone), "location": c.location.strip(),
        "summary": c.summary.strip(), "significant": int(c.significant),
        "two_way": int(c.reached),  # REACHED_SQL reads it for letters, emails and texts
    })
    for f in c.follow_ups:
        f.id = store.insert("contact_followups", {
            "contact_id": cid, "person_id": c.person_id, "what": f.what.strip(), "owner": f.owner.strip(),
            "due_date": iso(f.due), "to_plan": int(f.to_plan), "done_on": iso(f.done_on), "plan_action_id": f.plan_action_id,
        })
    c.id = cid
    return cid


def contacts_for(store: Store, person_id: str, *, limit: int | None = None, offset: int = 0) -> list[Contact]:
    sql = "SELECT * FROM contacts WHERE person_id = ? ORDER BY occurred_at DESC, created_at DESC"
    params: list = [person_id]
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    contacts = [_contact(r) for r in store.query(sql, params)]
    if not contacts:
        return contacts
    by_id = {c.id: c for c in contacts}
    marks = ",".join("?" * len(by_id))
    for r in store.query(f"SELECT * FROM contact_amendments WHERE contact_id IN ({marks}) ORDER BY created_at", list(by_id)):
        by_id[r["contact_id"]].amendments.append(_amendment(r))
    for r in store.query(f"SELECT * FROM contact_followups WHERE contact_id IN ({marks}) ORDER BY rowid", list(by_id)):
        by_id[r["contact_id"]].follow_ups.append(_followup(r))
    return contacts


def count_contacts(store: Store, person_id: str) -> int:
    return store.scalar("SELECT count(*) FROM contacts WHERE person_id = ?", [person_id]) or 0


def get_contact(store: Store, contact_id: str) -> Contact | None:
    row = store.get("contacts", contact_id)
    if row is None:
        return None
    c = _contact(row)
    c.amendments = [_amendment(r) for r in store.query("SELECT * FROM contact_amendments WHERE contact_id = ? ORDER BY created_at", [contact_id])]
    c.follow_ups = [_followup(r) for r in store.query("SELECT * FROM contact_followups WHERE contact_id = ? ORDER BY rowid", [contact_id])]
    return c


def _amendment(r: dict) -> Amendment:
    return Amendment(r["summary"], r["reason"], r["amended_by_name"] or r["amended_by"] or "", r["created_at"],
                     json.loads(r["changes"] or "{}"), r["id"])


def insert_amendment(store: Store, contact_id: str, summary: str, reason: str, changes: dict, by_id: str, by_name: str) -> str:
    return store.insert("contact_amendments", {"contact_id": contact_id, "summary": summary, "reason": reason,
                                               "changes": json.dumps(changes), "amended_by": by_id, "amended_by_name": by_name})


# -- follow-ups ---------------------------------------------------------------------------------

def _followup(r: dict) -> FollowUp:
    return FollowUp(r["what"], r["owner"] or "", from_iso(r["due_date"]), bool(r["to_plan"]), from_iso(r["done_on"]),
                    r["plan_action_id"], r["id"], r["contact_id"], r["person_id"])


def open_followups(store: Store, person_ids: list[str] | None = None) -> list[FollowUp]:
    """Follow-ups not yet done: a few young people's read alone, everyone's remembered until the
    data next changes."""
    sql = "SELECT * FROM contact_followups WHERE done_on IS NULL"
    if person_ids is not None and len(person_ids) <= SOME_PEOPLE:
        return [_followup(r) for r in store.query(sql + " AND person_id IN (SELECT value FROM json_each(?)) ORDER BY due_date",
                                                  [json.dumps(list(person_ids))])]
    every = store.memo(("open_followups",), lambda: [_followup(r) for r in store.query(sql + " ORDER BY due_date")])
    if person_ids is None:
        return every
    wanted = set(person_ids)
    return [f for f in every if f.person_id in wanted]


def pending_plan_followups(store: Store, person_id: str) -> list[FollowUp]:
    """Follow-ups marked for the plan that have not been added to a plan yet."""
    return [_followup(r) for r in store.query(
        "SELECT * FROM contact_followups WHERE person_id = ? AND to_plan = 1 AND plan_action_id IS NULL ORDER BY rowid", [person_id])]


def set_followup(store: Store, followup_id: str, **changes) -> None:
    store.update("contact_followups", followup_id, {k: iso(v) if isinstance(v, date) else v for k, v in changes.items()})


def get_followup(store: Store, followup_id: str) -> FollowUp | None:
    row = store.get("contact_followups", followup_id)
    return _followup(row) if row else None


# -- caseload-wide facts (one query each) -------------------------------------------------------

def _types(types) -> str:
    return ", ".join(f"'{t.value}'" for t in sorted(types, key=lambda t: t.value))


# "The contact reached the young person" as SQL over contacts ``c``, built from the domain's one
# definition (domain.contacts.reached): two-way by its type, or a message recorded as answered.
REACHED_SQL = (f"(c.contact_type IN ({_types(ALWAYS_TWO_WAY)}) "
               f"OR (c.contact_type IN ({_types(ONE_WAY_UNLESS_ANSWERED)}) AND c.two_way = 1))")

# The statutory visit as SQL over contacts ``c``, built from the domain's one definition
# (domain.contacts.counts_as_statutory_visit: a visit at the accommodation, seen; CLR 2010 reg 8(2)).
STATUTORY_VISIT_SQL = f"c.seen = 1 AND c.contact_type IN ({_types(STATUTORY_VISIT_TYPES)})"


def last_contacts(store: Store, *, up_to: date | None = None, person_ids: list[str] | None = None) -> dict[str, dict]:
    """Per person: their last contact of any kind, last successful and last seen, counting
    contacts on or before ``up_to``.

    Each is a walk back along the (person_id, occurred_at, seen, contact_type, two_way) index from ``up_to``, so this costs a
    few index steps per young person, however long their contact log is."""
    last = "SELECT occurred_at FROM contacts c WHERE c.person_id = yp.id AND c.occurred_at <= :u{} ORDER BY c.occurred_at DESC LIMIT 1"
    sql = f"""SELECT * FROM (SELECT yp.id AS person_id,
                ({last.format("")}) AS last_any,
                ({last.format(" AND " + REACHED_SQL)}) AS last_successful,
                ({last.format(" AND c.seen = 1")}) AS last_seen
              FROM young_people yp{" WHERE yp.id IN (SELECT value FROM json_each(:ids))" if person_ids is not None else ""})
              WHERE last_any IS NOT NULL"""
    params = {"u": iso(up_to) + "T23:59" if up_to else "9999"}
    if person_ids is not None:
        params["ids"] = json.dumps(list(person_ids))
    return {r["person_id"]: r for r in store.query(sql, params)}


def visits_since(store: Store, since_by_person: dict[str, date], up_to: date) -> dict[str, list[date]]:
    """Per person, the first and the last day of a statutory visit (``STATUTORY_VISIT_SQL``) from
    their ``since`` date up to ``up_to`` (one day if there was one visit): all the statutory visit rule needs
    (domain.contacts.next_contact_due). Two short walks along the (person_id, occurred_at, seen,
    contact_type) index per person, however long their contact log is (the index holds all they look at)."""
    if not since_by_person:
        return {}
    # rowid (in every index) tells two visits at the same minute apart without reading the contact.
    visit = ("SELECT c.rowid || ' ' || c.occurred_at FROM contacts c WHERE c.person_id = s.key AND c.occurred_at >= s.value "
             f"AND c.occurred_at <= :u AND {STATUTORY_VISIT_SQL} ORDER BY c.occurred_at {{}} LIMIT 1")
    rows = store.query(f"SELECT s.key AS person_id, ({visit.format('')}) AS first, ({visit.format('DESC')}) AS last FROM json_each(:m) s",
                       {"m": json.dumps({pid: iso(d) for pid, d in since_by_person.items()}), "u": iso(up_to) + "T23:59"})
    out: dict[str, list[date]] = {}
    for r in rows:
        if r["first"]:
            days = [date.fromisoformat(v.split(" ", 1)[1][:10]) for v in ({r["first"], r["last"]} if r["first"] != r["last"] else {r["first"]})]
            out[r["person_id"]] = sorted(days)
    return out


def attempts_since(store: Store, person_id: str, since: str | None) -> list[Contact]:
    """Tries to reach them since ``since``: attempts, and letters, emails and texts not answered."""
    sql = f"SELECT * FROM contacts c WHERE person_id = ? AND NOT ({REACHED_SQL})"
    params: list = [person_id]
    if since:
        sql += " AND occurred_at > ?"
        params.append(since)
    return [_contact(r) for r in store.query(sql + " ORDER BY occurred_at DESC", params)]


# -- in touch: decisions and cadences ------------------------------------------------------------

def decisions_for(store: Store, person_id: str) -> list[dict]:
    return store.query("SELECT * FROM in_touch_decisions WHERE person_id = ? ORDER BY decided_on, created_at", [person_id])


def decisions_by_person(store: Store) -> dict[str, list[tuple[str, date, date | None]]]:
    """Per person, their in-touch decisions (903 code, made on, ended on), in the order made."""
    out: dict[str, list] = defaultdict(list)
    for r in store.query("SELECT person_id, status, decided_on, ended_on FROM in_touch_decisions ORDER BY decided_on, created_at"):
        out[r["person_id"]].append((r["status"], from_iso(r["decided_on"]), from_iso(r["ended_on"])))
    return out


def decisions_in_force(store: Store, as_at: date) -> dict[str, InTouch]:
    """Per person with one, the decision in force on ``as_at`` (domain.contacts.decision_in_force)."""
    out = {}
    for pid, made in decisions_by_person(store).items():
        code = decision_in_force(made, as_at)
        if code is not None:
            out[pid] = InTouch(code)
    return out


def insert_decision(store: Store, person_id: str, status: InTouch, on: date, reason: str) -> str:
    return store.insert("in_touch_decisions", {"person_id": person_id, "status": status.value, "decided_on": iso(on),
                                               "reason": reason, "ended_on": None, "ended_reason": ""})


def end_decision(store: Store, decision_id: str, on: date, reason: str) -> None:
    store.update("in_touch_decisions", decision_id, {"ended_on": iso(on), "ended_reason": reason})


def cadences_in_force(store: Store, as_at: date) -> dict[str, dict]:
    rows = store.query("SELECT * FROM contact_cadences WHERE from_date <= ? AND (until_date IS NULL OR until_date >= ?) "
                       "ORDER BY from_date, created_at", [iso(as_at), iso(as_at)])
    return {r["person_id"]: r for r in rows}


def insert_cadence(store: Store, person_id: str, days: int, reason: str, start: date, until: date | None) -> str:
    return store.insert("contact_cadences", {"person_id": person_id, "days": days, "reason": reason,
                                             "from_date": iso(start), "until_date": iso(until)})


def end_cadence(store: Store, cadence_id: str, on: date) -> None:
    store.update("contact_cadences", cadence_id, {"until_date": iso(on)})


# -- chronology events ------------------------------------------------------------------------------

def insert_event(store: Store, person_id: str, on: date, title: str, detail: str) -> str:
    return store.insert("chronology_events", {"person_id": person_id, "on_date": iso(on), "title": title, "detail": detail})


def events_for(store: Store, person_id: str) -> list[dict]:
    return store.query("SELECT * FROM chronology_events WHERE person_id = ? ORDER BY on_date", [person_id])


def significant_contacts(store: Store, person_id: str) -> list[Contact]:
    rows = store.query("SELECT * FROM contacts WHERE person_id = ? AND significant = 1 ORDER BY occurred_at", [person_id])
    return [_contact(r) for r in rows]


# -- search -------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from anything typed: each word quoted, prefix-matched, all required.
    Quotes, asterisks, hyphens and operators are never passed through as syntax."""
    words = _WORD.findall(text or "")[:12]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', "") + '"*' for w in words)


SEARCHES = {
    # kind: (fts table, SQL joining back to a person and a label)
    "name": ("young_people_fts",
             "SELECT yp.id AS person_id, yp.id AS ref, NULL AS on_date, snippet(young_people_fts, -1, char(2), char(3), '…', 10) AS snippet, "
             "young_people_fts.rank AS rank FROM young_people_fts JOIN young_people yp ON yp.rowid = young_people_fts.rowid "
             "WHERE young_people_fts MATCH ?"),
    "contact": ("contacts_fts",
                "SELECT c.person_id, c.id AS ref, substr(c.occurred_at, 1, 10) AS on_date, snippet(contacts_fts, -1, char(2), char(3), '…', 12) AS snippet, "
                "contacts_fts.rank AS rank FROM contacts_fts JOIN contacts c ON c.rowid = contacts_fts.rowid WHERE contacts_fts MATCH ?"),
    "amendment": ("contact_amendments_fts",
                  "SELECT c.person_id, c.id AS ref, substr(c.occurred_at, 1, 10) AS on_date, snippet(contact_amendments_fts, -1, char(2), char(3), '…', 12) AS snippet, "
                  "contact_amendments_fts.rank AS rank FROM contact_amendments_fts JOIN contact_amendments a ON a.rowid = contact_amendments_fts.rowid "
                  "JOIN contacts c ON c.id = a.contact_id WHERE contact_amendments_fts MATCH ?"),
    "plan": ("plan_sections_fts",
             "SELECT p.person_id, p.id AS ref, coalesce(p.review_date, p.start_date) AS on_date, snippet(plan_sections_fts, -1, char(2), char(3), '…', 12) AS snippet, "
             "plan_sections_fts.rank AS rank FROM plan_sections_fts JOIN plan_sections s ON s.rowid = plan_sections_fts.rowid "
             "JOIN plans p ON p.id = s.plan_id WHERE plan_sections_fts MATCH ?"),
    "action": ("plan_actions_fts",
               "SELECT p.person_id, p.id AS ref, a.target_date AS on_date, snippet(plan_actions_fts, -1, char(2), char(3), '…', 12) AS snippet, "
               "plan_actions_fts.rank AS rank FROM plan_actions_fts JOIN plan_actions a ON a.rowid = plan_actions_fts.rowid "
               "JOIN plans p ON p.id = a.plan_id WHERE plan_actions_fts MATCH ?"),
    "event": ("chronology_events_fts",
              "SELECT e.person_id, e.id AS ref, e.on_date AS on_date, snippet(chronology_events_fts, -1, char(2), char(3), '…', 12) AS snippet, "
              "chronology_events_fts.rank AS rank FROM chronology_events_fts JOIN chronology_events e ON e.rowid = chronology_events_fts.rowid "
              "WHERE chronology_events_fts MATCH ?"),
}


def search(store: Store, text: str, *, limit: int = 200, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Full-text search; never raises on what was typed."""
    q = fts_query(text)
    if q is None:
        return []
    out: list[dict] = []
    for kind, (table, sql) in SEARCHES.items():
        if kinds is not None and kind not in kinds:
            continue
        # Newest first, not by relevance: every word must match anyway, a PA usually wants the
        # latest note, and ranking every match of a common word costs twenty times as much.
        for r in store.query(sql + f" ORDER BY {table}.rowid DESC LIMIT ?", [q, limit]):
            r["kind"] = kind
            out.append(r)
    # Names first, then everything else by date, newest first.
    out.sort(key=lambda r: (r["kind"] == "name", r["on_date"] or ""), reverse=True)
    return out[:limit]


def contact_counts_by_person(store: Store) -> dict[str, int]:
    return {r["person_id"]: r["n"] for r in store.query("SELECT person_id, count(*) AS n FROM contacts GROUP BY person_id")}


def followups_by_person(store: Store) -> dict[str, list[FollowUp]]:
    out: dict[str, list[FollowUp]] = defaultdict(list)
    for f in open_followups(store):
        out[f.person_id].append(f)
    return out
