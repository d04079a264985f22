"""Their record on request (the right of access, UK GDPR Art 15): the request log with its clock,
the work tray's item to its deadline, and the export of everything held about them.

The export holds their details, contacts with their amendments, every plan version, the
chronology, where they lived, what they did, money, health, the copies of their plan and their
replies, their story, their requests, and the audit of who viewed and changed their record. Other
people's information is left out by the same rules as the redacted cover summary
(``domain/redaction.redactor_for``: DPA 2018 Sch 2 Part 3 para 16, information about other
people), and the export lists what was left out and why. The LA's staff are named (they act in
their official role). Dates in the JSON are ISO; in the PDF dd/mm/yyyy.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from dataclasses import replace as dc_replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from ..domain.dates import format_uk
from ..domain.errors import NotFound
from ..domain.subject_access import AccessDue, Pause, SubjectAccessRequest, access_due, validate_request
from ..domain.worktray import ItemKind, WorkItem
from ..storage import own_copy as repo
from ..storage import people as people_repo
from ..storage.store import Store
from .context import Clock
from ..domain.redaction import redactor_for

THIRD_PARTY = "Information about someone else (DPA 2018 Sch 2 Part 3 para 16): left out unless they agree"
KEY_PEOPLE_LEFT_OUT = "Names, phone numbers, organisations and notes of the people in your life (their role is kept)"
# Values that are codes, ids or dates, never free text: not passed through the redaction.
_NOT_TEXT = {"la_id", "gender", "ethnicity", "status", "kind", "format", "channel", "section", "source", "made_by",
             "contact_type", "accom_type", "activ", "code", "owner_kind", "decision", "table", "action", "fields", "version", "ref"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
FORMAT = "careleaver_app subject access export, version 1"


def _plain(value):
    """Dataclasses, enums, dates into JSON's types (dict keys that are enums become their values)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {(k.value if isinstance(k, Enum) else str(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


class _Cleaner:
    """Runs every free-text value through the redaction, noting where something was left out."""

    def __init__(self, redact):
        self.redact = redact
        self.withheld: list[dict] = []

    def __call__(self, value, where: str, key: str = ""):
        if isinstance(value, dict):
            return {k: self(v, where, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, where, key) for v in value]
        if (not isinstance(value, str) or not value.strip() or key in _NOT_TEXT or key == "id" or key.endswith("_id")
                or _ISO.match(value.strip())):
            return value
        out = self.redact(value)
        if out != value:
            self.withheld.append({"where": where, "field": key.replace("_", " "), "what": "other people's names or phone numbers",
                                  "why": THIRD_PARTY})
        return out


class SubjectAccessService:
    def __init__(self, store: Store, clock: Clock, services):
        self.store, self.clock, self.s = store, clock, services

    # -- the request log ---------------------------------------------------------------------------
    def requests(self, person_id: str) -> list[SubjectAccessRequest]:
        return repo.requests_for(self.store, person_id)

    def get(self, request_id: str) -> SubjectAccessRequest:
        r = repo.get_request(self.store, request_id)
        if r is None:
            raise NotFound("That request is not in this database.")
        return r

    def due(self, r: SubjectAccessRequest, as_at: date | None = None) -> AccessDue:
        return access_due(r, as_at or self.clock.today())

    def save(self, r: SubjectAccessRequest) -> str:
        """Log a request, or record its progress (identity checked, the clock stopped and started,
        an extension, sent or withdrawn)."""
        if people_repo.load_person(self.store, r.person_id) is None:
            raise NotFound("That young person is not in this database.")
        validate_request(r, self.clock.today())
        with self.store.transaction():
            return repo.save_request(self.store, r)

    def stop_clock(self, request_id: str, asked_on: date | None, asked_what: str) -> None:
        r = self.get(request_id)
        if asked_on is None:
            self._no_date("asked_on")
        self.save(dc_replace(r, pauses=[*r.pauses, Pause(asked_on, asked_what)]))

    def start_clock(self, request_id: str, answered_on: date | None) -> None:
        r = self.get(request_id)
        waiting = [p for p in r.pauses if p.answered_on is None]
        if not waiting:
            raise NotFound("The clock is not stopped on this request.")
        if answered_on is None:
            self._no_date("answered_on")
        waiting[-1].answered_on = answered_on
        self.save(r)

    @staticmethod
    def _no_date(field: str):
        from ..domain.errors import Collector

        c = Collector()
        c.add(field, "Date", "enter the date (dd/mm/yyyy)")
        c.raise_if_any()

    def work_items(self, rows, as_at: date, horizon: date) -> list[WorkItem]:
        """A request not yet sent: to its deadline; undated while the identity is unchecked or the
        clock is stopped (each needs doing now: check who is asking, chase the answer)."""
        by_id = {r.id: r for r in rows}
        items = []
        for req in repo.open_requests(self.store, list(by_id)):
            r = by_id.get(req.person_id)
            if r is None:
                continue
            d = access_due(req, as_at)
            if d.state == "running" and d.due is not None and d.due > horizon:
                continue
            reason = {"identity": f"Record request received {format_uk(req.received_on)}: check who is asking",
                      "paused": d.message}.get(d.state, f"Send their record (requested {format_uk(req.received_on)})")
            items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.SUBJECT_ACCESS, d.due, reason, as_at, "copy", req.id))
        return items

    # -- the export ----------------------------------------------------------------------------------
    def record(self, person_id: str) -> dict:
        """Everything held about them, redacted, with what was withheld and why."""
        s = self.s
        person = people_repo.load_person(self.store, person_id)
        if person is None:
            raise NotFound("That young person is not in this database.")
        workers = people_repo.list_workers(self.store, include_inactive=True)
        teams = people_repo.list_teams(self.store)
        staff_names = {w.name for w in workers} | {t.name for t in teams}
        staff_phones = {w.phone for w in workers if w.phone} | {t.duty_phone for t in teams if t.duty_phone} | \
            {s.settings.get().out_of_hours_phone}
        # Their own addresses and the services they used (a GP, a provider) are theirs to see, not
        # someone else's: their words and numbers stay.
        episodes = s.living.episodes(person_id)
        health = s.health.record(person_id)
        places = {w.strip(",.()") for text in [person.address, *(e.address for e in episodes), *(e.provider for e in episodes),
                                               health.gp_practice, health.dentist, health.optician]
                  for w in (text or "").split() if w.strip(",.()")}
        clean = _Cleaner(redactor_for(person, staff_names, staff_phones | {health.gp_phone}, places))
        today = self.clock.today()

        details = _plain(person)
        key_people = details.pop("key_people")
        details["key_people"] = [{"role": kp["role"]} for kp in key_people]
        if key_people:
            clean.withheld.append({"where": "Your details: key people", "field": "names, numbers, organisations, notes",
                                   "what": f"{KEY_PEOPLE_LEFT_OUT} ({len(key_people)} "
                                           f"{'person' if len(key_people) == 1 else 'people'})", "why": THIRD_PARTY})
        data = {"format": FORMAT, "made_on": today.isoformat(), "person_id": person_id,
                "details": clean(details, "Your details")}
        data["contacts"] = [clean(_plain(c), f"Contact on {format_uk(c.occurred_at.date())}")
                            for c in s.contacts.contacts(person_id, limit=None)]
        data["plans"] = [clean(_plain(s.plans.get(v.id)), f"Pathway plan version {v.version}") for v in s.plans.versions(person_id)]
        data["plan_review_requests"] = [clean(_plain(r), f"Review request of {format_uk(r.requested_on)}")
                                        for r in s.plans.requests(person_id)]
        data["chronology"] = [clean(_plain(e), f"Chronology: {e.title} ({format_uk(e.on)})")
                              for e in s.chronology.events(person_id, as_at=today)]
        data["accommodation"] = [clean(_plain(e), f"Where you lived from {format_uk(e.start)}") for e in episodes]
        data["suitability"] = [clean(_plain(a), f"Suitability judged {format_uk(a.assessed_on)}") for a in s.living.assessments(person_id)]
        data["staying_put_or_close"] = [clean(_plain(a), "Staying Put or Close") for a in s.living.arrangements(person_id)]
        data["housing_applications"] = [clean(_plain(h), "Housing application") for h in s.living.housing(person_id)]
        data["education_training_employment"] = [clean(_plain(e), f"What you did from {format_uk(e.start)}")
                                                 for e in s.living.eet(person_id)]
        data["entitlements"] = [clean(_plain(e), "Money and entitlements") for e in s.living.entitlements(person_id)]
        data["health"] = {
            "record": clean(_plain(health), "Health"),
            "health_history": clean(_plain(s.health.handover(person_id)), "Health history"),
            "consents": [clean(_plain(c), "Consent to share health information") for c in s.health.consents(person_id)],
        }
        data["copies_of_your_plan"] = [clean(_plain(c), f"Copy given {format_uk(c.given_on)}") for c in repo.copies_for(self.store, person_id)]
        data["your_replies"] = [clean(_plain(r), f"Your reply of {format_uk(r.replied_on)}") for r in repo.replies_for(self.store, person_id)]
        data["your_story"] = [clean(_plain(st), f"Your story, version {st.version}") for st in repo.stories_for(self.store, person_id)]
        data["record_requests"] = [clean(_plain(r), f"Record request of {format_uk(r.received_on)}") for r in self.requests(person_id)]
        # Who viewed and changed the record: the workers' names and what they did (never values).
        data["audit"] = [{"at": e["at"], "who": e["actor"], "action": e["action"], "record": e["table"], "fields": e["fields"],
                          "detail": e["detail"] or ""} for e in self.store.person_history(person_id)]
        data["withheld"] = clean.withheld
        return data

    def export(self, person_id: str, out_dir: str | Path) -> tuple[Path, Path]:
        """Write the record as PDF and JSON into ``out_dir`` (both or neither), audited."""
        from ..reports.record_pdf import record_pdf
        from ..safe_files import write_all_private

        data = self.record(person_id)
        folder = Path(out_dir)
        if not folder.is_dir():
            raise NotFound(f"There is no folder {folder}: make it first, or choose another.")
        stem = f"record-{data['details'].get('la_id') or person_id[:8]}-{self.clock.today().isoformat()}"
        pdf = record_pdf(data, self.clock.today())
        paths = write_all_private([(folder / f"{stem}.pdf", bytes(pdf)),
                                   (folder / f"{stem}.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))])
        self.store.audit("export", "young_people", person_id, [], "subject access export (PDF and JSON)")
        return paths[0], paths[1]
