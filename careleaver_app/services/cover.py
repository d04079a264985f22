"""Duty cover: absences, the cover summary, cover packs and returns, and the team folder."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain.contacts import ContactType
from ..domain.cover import Absence, CoverState, validate_absence
from ..domain.dates import add_days, age_on, format_uk, from_iso
from ..domain.errors import Collector, NotAllowed, NotFound
from ..domain.people import Role
from ..domain.plans import ActionStatus, ContingencyKind
from ..domain.redaction import redactor_for
from ..domain.worktray import ItemKind
from ..logs import event
from ..storage import cover as repo
from ..storage import people as people_repo
from ..storage import plans as plans_repo
from ..storage.packs import new_pack_db, open_pack, seal
from ..storage.store import Store
from .acting import require_cover_rights
from .context import Clock
from .people import CaseloadRow, Scope, ScopeKind

PACK_SUFFIX = ".clpack"
RETURN_SUFFIX = ".clreturn"


@dataclass
class PersonCover:
    id: str
    name: str
    legal_name: str
    pronouns: str
    age: int
    category: str
    phone: str
    contact_preference: str
    address: str  # "" when redacted
    accommodation: str
    eet: str
    risks: str
    safety: str
    key_people: list[tuple[str, str, str]]
    last_contact: str
    next_due: str
    overdue: bool
    actions: list[tuple[str, str, str]]
    contingencies: list[str]
    health: list[str]
    edt_alert: bool
    covered_by: str
    reasons: list[str] = field(default_factory=list)
    safety_plans: list[tuple[str, str, str, str]] = field(default_factory=list)  # (risk, now, if it rises, who)
    act_today: list[str] = field(default_factory=list)  # why they are on the "act today" page, most serious first
    tier: int = 9  # the index in ACT_TODAY_TIERS of the most serious; 9 when none


@dataclass
class CoverSummary:
    absent_name: str
    period: str
    cover_names: str
    manager: str
    duty_phone: str
    out_of_hours: str  # the Emergency Duty Team's number (a local setting)
    redacted: bool
    printed_on: date
    people: list[PersonCover]
    out_of_hours_arrangements: str = ""  # what the absent PA arranged for out of hours (the absence's note)

    @property
    def act_today(self) -> list[PersonCover]:
        return [p for p in self.people if p.act_today]


@dataclass
class ExchangeReport:
    """What a pack or return import did (and, for a return, the 'while you were away' facts)."""

    kind: str
    pack_id: str
    already: bool = False
    counts: dict = field(default_factory=dict)
    people: int = 0
    contacts: list[dict] = field(default_factory=list)
    actions_closed: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    from_name: str = ""


# What puts a young person on the cover summary's "act today" page, most serious first (practice:
# docs/decisions.md, Duty cover): a safety plan (going missing, exploitation); an Emergency Duty
# Team alert; lost touch (CA 1989 s.23B/s.23C: re-establish contact); a statutory visit (CLR 2010
# reg 8(2)) or a plan review (reg 7) falling due by the end of the cover period.
ACT_TODAY_TIERS = ("safety plan", "EDT alert", "not in touch", "statutory visit or review due")


class CoverService:
    def __init__(self, store: Store, clock: Clock, services):
        self.store = store
        self.clock = clock
        self.s = services  # the other services (people, workers, plans, contacts, living, health, worktray)

    # -- absences ------------------------------------------------------------------------------
    def absences(self) -> list[Absence]:
        return repo.absences(self.store)

    def save_absence(self, a: Absence) -> str:
        workers = {w.id for w in people_repo.list_workers(self.store)}
        validate_absence(a, self.absences(), workers, self.clock.today())
        require_cover_rights(self.store, a.worker_id)
        with self.store.transaction():
            return repo.save_absence(self.store, a)

    def end_cover(self, absence_id: str, on: date | None = None) -> None:
        a = next((x for x in self.absences() if x.id == absence_id), None)
        if a is None:
            raise NotFound("That absence is not in this database.")
        self.save_absence(replace(a, ended_on=on or self.clock.today()))

    def cover_states(self, as_at: date, person_ids: list[str] | None = None) -> dict[str, CoverState]:
        """Who is being covered on ``as_at`` (everyone, or only ``person_ids``), and by whom."""
        return self._states(as_at, lambda: people_repo.allocated_pas(self.store, person_ids))

    def _states(self, as_at: date, allocated_pas) -> dict[str, CoverState]:
        """Cover on ``as_at`` for the active young people ``allocated_pas()`` gives (id -> PA id),
        read only when some absence is in force."""
        out: dict[str, CoverState] = {}
        live = [a for a in self.absences() if a.in_force(as_at)]
        if not live:
            return out
        names = {w.id: w.name for w in people_repo.list_workers(self.store, include_inactive=True)}
        by_pa: dict[str, list[str]] = {}
        for pid, pa in allocated_pas().items():
            if pa:
                by_pa.setdefault(pa, []).append(pid)
        for a in live:
            for pid in by_pa.get(a.worker_id, []):
                cover = a.cover_for(pid)
                out[pid] = CoverState(a.id, names.get(a.worker_id, ""), cover, names.get(cover, "no one yet"), a.last_day)
        return out

    def covered_for(self, worker_id: str, as_at: date) -> dict[str, str]:
        """The young people ``worker_id`` covers on ``as_at``: person id -> the absent PA's id
        (remembered until the data changes; read only when some absence is in force)."""
        def compute() -> dict[str, str]:
            allocated: dict[str, str | None] = {}

            def read() -> dict[str, str | None]:
                allocated.update(people_repo.allocated_pas(self.store))
                return allocated
            states = self._states(as_at, read)
            return {pid: allocated[pid] for pid, st in states.items() if st.cover_id == worker_id}
        return self.store.memo(("covered_for", worker_id, as_at), compute)

    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        states = self._states(as_at, lambda: {r.id: r.pa_id for r in rows if not r.archived})  # the rows know their PA
        for r in rows:
            r.facts.cover = states.get(r.id)

    # -- the cover summary --------------------------------------------------------------------------
    def summary(self, worker_id: str, start: date, end: date, *, redacted: bool = False, absence: Absence | None = None) -> CoverSummary:
        """Everything a duty worker needs for ``worker_id``'s caseload from ``start`` to ``end``."""
        worker = people_repo.get_worker(self.store, worker_id)
        if worker is None:
            raise NotFound("That worker is not in this database.")
        c = Collector()
        if end < start:
            c.add("end", "To", "is before the start")
        c.raise_if_any()
        rows = [r for r in self.s.people.caseload(Scope(ScopeKind.WORKER, worker_id), as_at=start)]
        due_by_end = self.s.worktray.items_for_rows(rows, start, horizon=end)
        by_person: dict[str, list] = {}
        for item in sorted(due_by_end, key=lambda i: i.urgency_key()):
            by_person.setdefault(item.person_id, []).append(item)
        urgency = {r.id: (by_person[r.id][0].urgency_key() if r.id in by_person else (9,), r.display_name) for r in rows}
        team = next((t for t in people_repo.list_teams(self.store) if t.id == worker.team_id), None)
        manager = next((w for w in people_repo.list_workers(self.store) if w.role == Role.MANAGER and w.team_id == worker.team_id), None)
        staff_phones = {w.phone for w in people_repo.list_workers(self.store, include_inactive=True)} | {team.duty_phone if team else ""}
        covers = []
        if absence is not None:
            names = {w.id: w.name for w in people_repo.list_workers(self.store, include_inactive=True)}
            covers = sorted({names.get(w, "") for w in [absence.cover_worker_id, *absence.per_person.values()] if w})
        staff_names = {w.name for w in people_repo.list_workers(self.store, include_inactive=True)} | {team.name if team else ""}
        people = [self._person(r, by_person.get(r.id, []), start, end, redacted, staff_phones, staff_names, absence) for r in rows
                  if r.category_active]
        people.sort(key=lambda p: (p.tier, urgency[p.id]))  # risk first, then the work tray's order
        return CoverSummary(
            absent_name=worker.name, period=f"{format_uk(start)} to {format_uk(end)}",
            cover_names=", ".join(covers) or "the duty team", manager=f"{manager.name}, {manager.phone}" if manager else "",
            duty_phone=team.duty_phone if team else "", out_of_hours=self.s.settings.get().out_of_hours_phone,
            out_of_hours_arrangements=absence.out_of_hours if absence else "", redacted=redacted, printed_on=self.clock.today(),
            people=people)

    def _person(self, r, items, start: date, end: date, redacted: bool, staff_phones: set[str], staff_names: set[str],
                absence) -> PersonCover:
        p = people_repo.load_person(self.store, r.id)
        plan = self.s.plans.current(r.id)
        touch = r.facts.touch
        accom = r.facts.accom
        eet = r.facts.eet
        actions, conts, safety = [], [], []
        if plan is not None:
            for a in plan.actions:
                if a.status == ActionStatus.OPEN and a.target_date and a.target_date <= end:
                    actions.append((a.what, a.who, format_uk(a.target_date) + (" (overdue)" if a.target_date < start else "")))
            for cn in plan.contingencies:
                if cn.kind == ContingencyKind.SAFETY:
                    safety.append((cn.trigger, cn.response, cn.escalation, cn.who))
                else:
                    conts.append(cn.sentence())
        health = self.s.health.summary_lines(r.id, "cover_summary")
        clean = redactor_for(p, staff_names, staff_phones) if redacted else (lambda t: t)
        cover = absence.cover_for(r.id) if absence else None
        cover_name = people_repo.get_worker(self.store, cover).name if cover and people_repo.get_worker(self.store, cover) else ""
        accommodation = ""
        if accom is not None and accom.episode is not None:
            accommodation = f"{accom.episode.type_label}" + (f" ({accom.episode.provider})" if accom.episode.provider and not redacted else "") + \
                (f": {accom.suitability.label.lower()}" if accom.suitability else ": suitability not judged") + \
                (f". {accom.flag}" if accom.flag else "")
        act: list[str] = []
        tiers = []
        for risk, *_ in safety:
            act.append(f"Safety plan: {risk}")
            tiers.append(0)
        if p.edt_alert:
            act.append("EDT alert")
            tiers.append(1)
        for i in items:
            if i.kind == ItemKind.LOST_TOUCH:
                act.append("Not in touch" + (f" since {format_uk(touch.last_contact.date())}" if touch and touch.last_contact else ""))
                tiers.append(2)
            elif i.kind in (ItemKind.STATUTORY_VISIT, ItemKind.REVIEW) and (i.due is None or i.due <= end):
                act.append(f"{i.kind.label} {'overdue since' if i.due and i.due < start else 'due by'} {format_uk(i.due)}"
                           if i.due else f"{i.kind.label}: {i.reason}")
                tiers.append(3)
        tier = min(tiers) if tiers else 9
        return PersonCover(
            id=r.id, name=r.display_name, legal_name=p.legal_name, pronouns=p.pronouns, age=age_on(p.dob, start),
            category=r.category.label, phone=p.phone, contact_preference=p.contact_preference.replace("_", " "),
            address="" if redacted else ((accom.episode.address if accom and accom.episode and accom.episode.address else "") or p.address),
            accommodation=clean(accommodation), eet=eet.plain(start) if eet else "",
            risks=clean(p.risks), safety=clean(p.safety_notes),
            key_people=[] if redacted else [(kp.name, kp.role, kp.phone) for kp in p.key_people],
            last_contact=format_uk(touch.last_contact.date()) if touch and touch.last_contact else "none recorded",
            next_due=(f"{format_uk(touch.due.due)}" + (" (overdue)" if touch.due.is_overdue() else "") + f": {touch.due.reason}")
            if touch and touch.decision is None else (touch.in_touch.label if touch else ""),
            overdue=bool(touch and touch.decision is None and touch.due.is_overdue()),
            actions=[(clean(w), clean(o), d) for w, o, d in actions], contingencies=[clean(x) for x in conts],
            health=[clean(x) for x in health], edt_alert=p.edt_alert, covered_by=cover_name,
            reasons=[clean(f"{i.when}: {i.kind.label}") for i in items[:4]],
            safety_plans=[tuple(clean(x) for x in sp) for sp in safety],
            act_today=[clean(x) for x in act], tier=tier,
        )

    def summary_pdf(self, worker_id: str, start: date, end: date, *, redacted: bool = False, absence: Absence | None = None) -> bytes:
        from ..reports.cover_pdf import cover_pdf

        data = self.summary(worker_id, start, end, redacted=redacted, absence=absence)
        self.store.audit("print", "absences", absence.id if absence else None, [], f"cover summary ({'redacted' if redacted else 'full'})")
        for p in data.people:
            self.store.note_read(p.id, "printed in a duty cover summary", "redacted" if redacted else "full")
        return cover_pdf(data)

    # -- cover packs -----------------------------------------------------------------------------
    def export_pack(self, worker_id: str, passphrase: str, *, absence: Absence | None = None) -> tuple[bytes, str]:
        """The absent PA's caseload as one encrypted file for the duty worker's laptop."""
        worker = people_repo.get_worker(self.store, worker_id)
        if worker is None:
            raise NotFound("That worker is not in this database.")
        _check_pack_passphrase(passphrase)
        today = self.clock.today()
        rows = [r for r in self.s.people.caseload(Scope(ScopeKind.WORKER, worker_id)) if r.category_active]
        ids = [r.id for r in rows]
        no_consent = {r.id for r in rows if not self.s.health.may_share(r.id, "cover_summary").allowed}
        tables = repo.rows_for_people(self.store, ids, without_health=no_consent)
        db, key, salt, tmp = new_pack_db(passphrase)
        try:
            teams, workers = repo.teams_and_workers(self.store)
            repo.write_rows(db, {"teams": teams, "workers": workers, **tables})
            names = {w["id"]: w["name"] for w in workers}
            team = next((t["name"] for t in teams if t["id"] == worker.team_id), "")
            covers = sorted({names[w] for w in ([absence.cover_worker_id, *absence.per_person.values()] if absence else []) if w in names})
            pack_id = str(uuid.uuid4())
            manifest = {"pack_id": pack_id, "absent_pa_id": worker.id, "absent_pa_name": worker.name, "team": team,
                        "cover_names": covers, "made_by": names.get(self.store.actor, ""), "made_at": _now(),
                        "as_at": today.isoformat(), "people": len(ids), "absence_id": absence.id if absence else None}
            data = seal(db, key, salt, tmp, "pack", manifest)
        except Exception:
            tmp.unlink(missing_ok=True)
            raise
        with self.store.transaction():
            repo.record_exchange(self.store, "pack_exported", pack_id, absent_pa_id=worker.id, absent_pa_name=worker.name,
                                 other_name=", ".join(covers), absence_id=absence.id if absence else None,
                                 counts={"people": len(ids), "person_ids": ids}, file_name="")
            self.store.audit("cover_pack_export", "cover_exchanges", pack_id, [], f"{len(ids)} young people")
        event("cover_pack_export", people=len(ids))
        return data, pack_id

    def import_pack(self, data: bytes, passphrase: str) -> ExchangeReport:
        """A duty worker brings a cover pack into their own store (read-only copies of the records)."""
        me = self.s.workers.current()
        opened = open_pack(data, passphrase, "pack")
        try:
            m = opened.manifest
            if me is not None and me.name.casefold() == m["absent_pa_name"].casefold():
                raise NotAllowed("This cover pack is of your own caseload: it is for the worker covering you.")
            covers = [n.casefold() for n in m.get("cover_names") or []]
            if me is None or (covers and me.name.casefold() not in covers) or (not covers and m.get("team") and me.team_name
                                                                                 and me.team_name.casefold() != m["team"].casefold()):
                who = ", ".join(m.get("cover_names") or []) or f"the {m.get('team')} team"
                raise NotAllowed(f"This cover pack is for {who} to cover {m['absent_pa_name']}'s caseload, not for you.")
            if repo.exchange(self.store, m["pack_id"], "pack_imported"):
                return ExchangeReport("pack", m["pack_id"], already=True, people=m.get("people", 0))
            tables = repo.read_rows(opened.db)
        finally:
            opened.close()
        own = repo.own_person_ids(self.store)
        clash = [r for r in tables.get("young_people", []) if r["id"] in own]
        if clash:
            raise NotAllowed("Some of these young people are already on your own caseload here: the pack was not imported.")
        with self.store.transaction():
            counts = repo.merge_rows(self.store, tables, actor_label=f"cover pack from {m['absent_pa_name']}")
            repo.mark_cover_copies(self.store, [r["id"] for r in tables.get("young_people", [])], m["pack_id"])
            repo.record_exchange(self.store, "pack_imported", m["pack_id"], absent_pa_id=m["absent_pa_id"],
                                 absent_pa_name=m["absent_pa_name"], other_name=m.get("made_by", ""), absence_id=m.get("absence_id"),
                                 counts=counts, file_name="")
        event("cover_pack_import", people=len(tables.get("young_people", [])))
        return ExchangeReport("pack", m["pack_id"], counts=counts, people=len(tables.get("young_people", [])), from_name=m["absent_pa_name"])

    def imported_packs(self) -> list[dict]:
        return repo.exchanges(self.store, "pack_imported")

    # -- cover returns ----------------------------------------------------------------------------
    def export_return(self, pack_id: str, passphrase: str) -> bytes:
        """Exactly what this duty worker added to the covered records since the pack came in."""
        _check_pack_passphrase(passphrase)
        imported = repo.exchange(self.store, pack_id, "pack_imported")
        if imported is None:
            raise NotFound("That cover pack has not been imported here.")
        me = self.s.workers.current()
        since = imported["created_at"]
        ids = repo.people_from_pack(self.store, pack_id)
        rows = repo.rows_for_people(self.store, ids)
        mine = lambda r: r.get("updated_by") == me.id and (r.get("created_at") or "") >= since  # noqa: E731
        contacts = [r for r in rows.get("contacts", []) if mine(r)]
        contact_ids = {r["id"] for r in contacts}
        sender, sender_team = repo.sender_rows(self.store, me.id, me.team_id)
        out = {
            "workers": sender,
            "teams": sender_team,
            "contacts": contacts,
            "contact_amendments": [r for r in rows.get("contact_amendments", []) if mine(r)],
            "contact_followups": [r for r in rows.get("contact_followups", []) if mine(r) or r["contact_id"] in contact_ids],
            "plan_action_updates": [r for r in rows.get("plan_action_updates", []) if mine(r)],
            "contingency_checks": [r for r in rows.get("contingency_checks", []) if mine(r)],
            "cover_notes": [r for r in rows.get("cover_notes", []) if mine(r)],
        }
        db, key, salt, tmp = new_pack_db(passphrase)
        try:
            repo.write_rows(db, out, only_new_rows=True)
            return_id = str(uuid.uuid4())
            manifest = {"return_id": return_id, "pack_id": pack_id, "absent_pa_id": imported["absent_pa_id"],
                        "absent_pa_name": imported["absent_pa_name"], "from_name": me.name, "made_at": _now(),
                        "counts": {t: len(v) for t, v in out.items() if t not in ("workers", "teams")}}
            data = seal(db, key, salt, tmp, "return", manifest)
        except Exception:
            tmp.unlink(missing_ok=True)
            raise
        with self.store.transaction():
            repo.record_exchange(self.store, "return_exported", return_id, absent_pa_id=imported["absent_pa_id"],
                                 absent_pa_name=imported["absent_pa_name"], other_name=me.name, absence_id=imported["absence_id"],
                                 counts=manifest["counts"], file_name="")
            self.store.audit("cover_return_export", "cover_exchanges", return_id, [], f"{len(contacts)} contacts")
        return data

    def import_return(self, data: bytes, passphrase: str) -> ExchangeReport:
        """The PA takes back what the duty worker did: contacts appear in their log, attributed to the duty worker.

        A return may only add the kinds of row a duty worker makes (contacts and their
        follow-ups and amendments, plan action updates, contingency checks, notes), only rows
        that are not here already, only for the young people who were in the pack it answers,
        and only once per pack. Anything else refuses it whole: nothing is changed."""
        me = self.s.workers.current()
        opened = open_pack(data, passphrase, "return")
        try:
            m = opened.manifest
            if me is None or m.get("absent_pa_id") != me.id:
                raise NotAllowed(f"This cover return is for {m.get('absent_pa_name', 'another PA')}'s caseload, not yours.")
            exported = repo.exchange(self.store, m.get("pack_id", ""), "pack_exported")
            if exported is None:
                raise NotAllowed("This cover return answers a cover pack that was not made on this laptop.")
            if repo.exchange(self.store, m.get("return_id", ""), "return_imported"):
                return ExchangeReport("return", m["return_id"], already=True, from_name=m.get("from_name", ""))
            earlier = repo.return_for_pack(self.store, m["pack_id"])
            if earlier is not None:
                on = from_iso((earlier.get("created_at") or "")[:10])
                raise NotAllowed(f"A cover return for this cover pack was already taken in{' on ' + format_uk(on) if on else ''} "
                                 f"(from {earlier['other_name'] or 'the duty worker'}), so this one was not: nothing has been "
                                 "changed. If more was done since, the duty worker needs a fresh cover pack.")
            tables, others = repo.read_return(opened.db)
        finally:
            opened.close()
        self._check_return(m, tables, others, exported)
        report = ExchangeReport("return", m["return_id"], from_name=m["from_name"])
        with self.store.transaction():
            mapping = self._return_sender(tables)
            for table in ("contacts", "contact_amendments", "contact_followups", "cover_notes"):
                n = repo.add_return_rows(self.store, table, tables[table], mapping)
                if n:
                    report.counts[table] = n
            for u in tables["plan_action_updates"]:
                action = plans_repo.action_row(self.store, u["action_id"])
                repo.add_return_rows(self.store, "plan_action_updates", [u], mapping)
                self.store.update("plan_actions", u["action_id"], {"status": u["status"],
                                                                   "done_date": u["on_date"] if u["status"] == "done" else None,
                                                                   "status_reason": u["reason"] or ""})
                report.actions_closed.append(dict(u, what=action["what"]))
            for ch in tables["contingency_checks"]:
                cont = plans_repo.contingency_row(self.store, ch["contingency_id"])
                repo.add_return_rows(self.store, "contingency_checks", [ch], mapping)
                self.store.update("plan_contingencies", ch["contingency_id"], {"last_checked": ch["checked_on"],
                                                                               "next_check_by": ch["next_check_by"]})
                report.checks.append(dict(ch, trigger=cont["trigger_text"]))
            report.contacts = tables["contacts"]
            report.notes = tables["cover_notes"]
            repo.record_exchange(self.store, "return_imported", m["return_id"], absent_pa_id=me.id, absent_pa_name=me.name,
                                 other_name=m["from_name"], absence_id=None,
                                 counts={"pack_id": m["pack_id"], "contacts": len(report.contacts),
                                         "actions": len(report.actions_closed), "checks": len(report.checks),
                                         "notes": len(report.notes)}, file_name="")
            self.store.audit("cover_return_import", "cover_exchanges", m["return_id"], [], f"{len(report.contacts)} contacts")
        event("cover_return_import", contacts=len(report.contacts))
        return report

    def _check_return(self, m: dict, tables: dict, others: list[str], exported: dict) -> None:
        """Everything wrong with a return, before anything is written (NotAllowed, whole)."""
        refuse = []
        if others:
            refuse.append("it carries records a cover return never holds (" +
                          ", ".join(t.replace("_", " ") for t in sorted(others)[:5]) + ")")
        if len(tables["workers"]) > 1 or len(tables["teams"]) > 1 or any(
                w.get("name", "").casefold() != str(m.get("from_name", "")).casefold() for w in tables["workers"]):
            refuse.append("it names workers other than the duty worker who made it")
        people = repo.pack_people(self.store, exported)
        for table in repo.RETURN_TABLES:
            rows = tables[table]
            if any(not r.get("id") for r in rows):
                refuse.append(f"some of its {table.replace('_', ' ')} have no id")
            elif repo.ids_present(self.store, table, [r["id"] for r in rows]):
                refuse.append(f"it would change {table.replace('_', ' ')} already here (a return can only add)")
        new_contacts = {r["id"]: r.get("person_id") for r in tables["contacts"]}
        for table in ("contacts", "contact_followups", "cover_notes"):
            if any(r.get("person_id") not in people for r in tables[table]):
                refuse.append(f"its {table.replace('_', ' ')} are for young people who were not in the cover pack")
        contact_ids = [r.get("contact_id") for t in ("contact_followups", "contact_amendments") for r in tables[t]
                       if r.get("contact_id") not in new_contacts]
        owners = {**repo.people_of(self.store, "contacts", [c for c in contact_ids if c], "t.person_id"), **new_contacts}
        for table in ("contact_followups", "contact_amendments"):
            if any(owners.get(r.get("contact_id")) not in people for r in tables[table]):
                refuse.append(f"its {table.replace('_', ' ')} belong to contacts of young people who were not in the cover pack")
        for table, column, parent in (("plan_action_updates", "action_id", "plan_actions"),
                                      ("contingency_checks", "contingency_id", "plan_contingencies")):
            ids = [r.get(column) for r in tables[table]]
            owner = repo.people_of(self.store, parent, [i for i in ids if i], "p.person_id")
            if any(owner.get(i) not in people for i in ids):
                refuse.append(f"its {table.replace('_', ' ')} are for plans of young people who were not in the cover pack")
        if refuse:
            event("cover_return_refused", reasons=len(refuse))
            raise NotAllowed("This cover return was not taken in, because " + "; and ".join(dict.fromkeys(refuse)) +
                             ". Nothing has been changed.")

    def _return_sender(self, tables: dict) -> dict[str, str]:
        """The duty worker (matched by id or name; added, not active, if this laptop has never
        seen them) and their team: the other laptop's ids mapped to this one's."""
        mapping = repo.match_workers(self.store, tables["workers"])
        teams = {t["id"]: t for t in tables["teams"]}
        known_teams = repo.team_ids_by_name(self.store)
        for w in tables["workers"]:
            if w["id"] in mapping:
                continue
            team = teams.get(w.get("team_id"))
            team_id = known_teams.get(team["name"].casefold()) if team else None
            if team is not None and team_id is None:
                team_id = self.store.insert("teams", {"name": team["name"], "duty_phone": team.get("duty_phone")})
            mapping[w["id"]] = self.store.insert("workers", {"name": w["name"], "role": w.get("role") or "duty", "team_id": team_id,
                                                             "phone": w.get("phone"), "email": w.get("email"), "active": 0})
        return mapping

    # -- the duty worker's notes; read-only copies ---------------------------------------------------
    def add_note(self, person_id: str, note: str) -> str:
        c = Collector()
        c.require(note, "note", "Note", "write the note")
        c.raise_if_any()
        me = self.s.workers.current()
        with self.store.transaction():
            return repo.add_note(self.store, person_id, note.strip(), me.id if me else "", me.name if me else "",
                                 repo.cover_copies(self.store).get(person_id))

    def notes(self, person_id: str) -> list[dict]:
        return repo.notes_for(self.store, person_id)

    def is_cover_copy(self, person_id: str) -> bool:
        return repo.is_cover_copy(self.store, person_id)

    # -- while you were away --------------------------------------------------------------------------
    def away_summary(self, report: ExchangeReport) -> dict:
        """The return, plus what is overdue now, for the 'while you were away' view and PDF; also
        grouped by young person ("people"), each action and check with whose it is."""
        from ..domain.people import display_name

        me = self.s.workers.current()
        names = people_repo.names_by_id(self.store)
        overdue = [i for i in self.s.worktray.items(Scope(ScopeKind.MINE, me.id)) if i.overdue or i.due is None]

        def who(pid):
            n = names.get(pid)
            return display_name(n["legal_name"], n["preferred_name"] or "") if n else ""

        def owner(table_row):
            plan = self.store.get("plans", table_row["plan_id"]) if table_row else None
            return plan["person_id"] if plan else ""

        def when(iso_stamp: str) -> str:
            day, _, time = (iso_stamp or "").partition("T")
            return (format_uk(from_iso(day)) + (f" {time[:5]}" if time else "")) if day else ""

        status_words = {"done": "done", "not_needed": "no longer needed", "open": "opened again"}
        contacts = sorted(report.contacts, key=lambda c: c["occurred_at"])
        actions = [(a, owner(plans_repo.action_row(self.store, a["action_id"]))) for a in report.actions_closed]
        checks = [(c, owner(plans_repo.contingency_row(self.store, c["contingency_id"]))) for c in report.checks]
        people: dict[str, dict] = {}

        def person(pid):
            return people.setdefault(pid, {"name": who(pid) or "Young person not on this laptop", "contacts": [], "actions": [],
                                           "checks": [], "notes": []})

        for c in contacts:
            person(c["person_id"])["contacts"].append((when(c["occurred_at"]), ContactType(c["contact_type"]).label, c["worker_name"],
                                                       c["summary"]))
        for a, pid in actions:
            person(pid)["actions"].append(f"{a['what']}: {status_words.get(a['status'], a['status'])}"
                                          + (f" on {format_uk(from_iso(a['on_date']))}" if a["on_date"] else "")
                                          + (f" ({a['reason']})" if a.get("reason") else ""))
        for ch, pid in checks:
            person(pid)["checks"].append(f"If {ch['trigger'].rstrip('.')}: checked {format_uk(from_iso(ch['checked_on']))}"
                                         + (f". {ch['note'].rstrip('.')}." if ch["note"] else ".")
                                         + (f" Next check by {format_uk(from_iso(ch['next_check_by']))}." if ch.get("next_check_by") else ""))
        for n in report.notes:
            person(n["person_id"])["notes"].append(f"{n['note']} ({n['worker_name']})")
        return {
            "from": report.from_name,
            "contacts": [(who(c["person_id"]), when(c["occurred_at"]), ContactType(c["contact_type"]).label,
                          c["worker_name"], c["summary"]) for c in contacts],
            "actions": [(who(pid), a["what"], a["status"], a["on_date"] or "") for a, pid in actions],
            "checks": [(who(pid), c["trigger"], c["checked_on"], c["note"] or "") for c, pid in checks],
            "notes": [(who(n["person_id"]), n["worker_name"], n["note"]) for n in report.notes],
            "overdue": [(i.person_name, format_uk(i.due) if i.due else "Now", i.kind.label, i.reason) for i in overdue],
            "people": sorted(people.values(), key=lambda p: p["name"]),
        }

    def away_pdf(self, report: ExchangeReport) -> bytes:
        from ..reports.cover_pdf import away_pdf

        return away_pdf(self.away_summary(report), self.clock.today())

    # -- the team folder (unplanned absence) -----------------------------------------------------------
    def team_folder(self) -> tuple[str, bool]:
        return self.store.setting("team_folder", ""), bool(self.store.setting("team_passphrase", ""))

    def set_team_folder(self, folder: str, passphrase: str) -> None:
        c = Collector()
        if folder and not Path(folder).is_dir():
            c.add("folder", "Team folder", "is not a folder that exists: choose it again")
        c.raise_if_any()
        if folder:
            _check_pack_passphrase(passphrase)
        with self.store.transaction():
            self.store.upsert_setting("team_folder", folder)
            # Kept inside the encrypted store, so the app can publish without asking each time.
            self.store.upsert_setting("team_passphrase", passphrase if folder else "")

    def publish(self, days: int = 14) -> list[Path]:
        """Put today's cover pack and summary for the current PA in the team folder (encrypted)."""
        from ..reports.protect import protect
        from ..safe_files import write_private

        folder, has_pass = self.team_folder()
        me = self.s.workers.current()
        if not folder or not has_pass or me is None or me.role != Role.PA:
            return []
        passphrase = self.store.setting("team_passphrase")
        slug = re.sub(r"[^a-z0-9]+", "-", me.name.lower()).strip("-")
        today = self.clock.today()
        data, _ = self.export_pack(me.id, passphrase)
        pdf = protect(self.summary_pdf(me.id, today, add_days(today, days)), passphrase)
        out = [write_private(Path(folder) / f"{slug}-cover-pack{PACK_SUFFIX}", data),
               write_private(Path(folder) / f"{slug}-cover-summary.pdf", pdf)]
        with self.store.transaction():
            self.store.upsert_setting("team_folder_published", today.isoformat())
        event("team_folder_publish")
        return out

    def needs_publishing(self) -> bool:
        folder, has_pass = self.team_folder()
        return bool(folder and has_pass and self.store.setting("team_folder_published") != self.clock.today().isoformat())


def _check_pack_passphrase(passphrase: str) -> None:
    from .access import new_passphrase_problems

    c = Collector()
    for problem in new_passphrase_problems(passphrase):
        c.add("passphrase", "Team passphrase", problem)
    c.raise_if_any()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

