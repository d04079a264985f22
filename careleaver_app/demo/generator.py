"""Synthetic demo caseloads: deterministic for a given seed and "today".

Every person here is invented. Phone numbers are in Ofcom's ranges reserved for
drama (07700 900xxx, 01632 960xxx); towns and postcode areas do not exist.
Each capability adds a step to :class:`DemoGenerator`.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.contacts import ContactType, reached
from ..domain.dates import add_months, format_uk, iso, nth_birthday
from ..domain.health import nhs_check_digit
from ..storage import plans as plans_repo
from ..storage.store import Store

FEMALE_NAMES = ["Zoë", "Siobhán", "Amara", "Chloe", "Aisha", "Mia", "Renée", "Fatima", "Oliwia", "Precious", "Leah",
                "Ellie-May", "Niamh", "Sofía", "Amelia", "Ruby", "Jade", "Nadia", "Mariam", "Eilidh", "Lacey", "Maja",
                "Demi", "Paige", "Aoife", "Zainab", "Ngozi", "Chantelle", "Freya", "Kerys", "Elif"]
MALE_NAMES = ["Łukasz", "Şahin", "Tyler", "Kacper", "Jayden", "Ewan", "Dawit", "Reece", "Tomás", "Mohammed", "Jamal",
              "Bilal", "Callum", "Yusuf", "Dariusz", "Kofi", "Hamid", "Aleksander", "Connor", "Liam", "Abdi", "Ștefan",
              "Ibrahim", "Jonás", "Samir", "Björn", "Kayden", "Harvey", "Dominik", "Ahmad", "Musa", "Rhys"]
NEUTRAL_NAMES = ["Kai", "Skye", "Tendai", "Alex", "Jordan", "Robin"]
FIRST_NAMES = FEMALE_NAMES + MALE_NAMES + NEUTRAL_NAMES
SURNAMES = [
    "Nguyễn", "Kowalski", "Yılmaz", "O'Sullivan", "Okafor", "Hughes", "Patel", "Murphy", "Haile", "Ahmed",
    "Wiśniewska", "Brown", "Mensah", "Clarke", "Haddad", "Evans", "Dąbrowski", "Begum", "Robinson", "García",
    "Osei", "Walker", "Novák", "Ali", "Thompson", "Popescu", "Campbell", "Tesfaye", "Wright", "Ó Briain",
    "Müller", "Kaur", "Abdullahi", "Jones", "Szabó", "Doğan", "Green", "Mahmoud", "Fitzgerald", "Kelly",
    "Njoroge", "Baptiste", "Lindqvist", "Hassan", "Reid", "Zielińska", "Forde", "Ward",
]
WORKER_FIRST = ["Priya", "Gareth", "Marta", "Delroy", "Hannah", "Tunde", "Ciara", "Owen", "Beatriz", "Imran",
                "Rachel", "Stuart", "Agnieszka", "Femi", "Lucy", "Declan", "Yasmin", "Colin", "Noor", "Bethan"]
WORKER_SURNAMES = ["Achterberg", "Lloyd", "Sørensen", "Mbeki", "Quinlan", "Adeyemi", "Pryce", "Castellanos",
                   "Whitfield", "Rahman", "Oduya", "Kerr", "Valente", "Holloway", "Iqbal", "Dunmore"]
TOWNS = ["Ashbourne Vale", "Kingsmere", "Westfield Heath", "Brackenford", "Millbrook Cross", "Sandown Leigh"]
STREETS = ["Orchard Way", "Station Road", "Linden Close", "Beech Avenue", "Mill Lane", "Harbour Street",
           "Foxglove Court", "Church Walk", "Meadow Rise", "Victoria Terrace", "Kestrel Drive", "Ferry Lane"]
POSTCODE_AREAS = ["QX", "QV", "ZX"]  # not real UK postcode areas
NICKNAMES = {"Mohammed": "Mo", "Aleksander": "Olek", "Precious": "Presh", "Dominik": "Dom", "Callum": "Cal",
             "Chantelle": "Chan", "Zainab": "Zee", "Ibrahim": "Ibby", "Amelia": "Millie", "Jayden": "Jay",
             "Dariusz": "Darek", "Siobhán": "Shiv", "Fatima": "Tima", "Kacper": "Kacpi", "Oliwia": "Ola"}
LANGUAGES = ["English", "English", "English", "English", "Polish", "Tigrinya", "Arabic", "Pashto", "Kurdish (Sorani)", "Romanian", "Vietnamese"]
UASC_ETHNICITIES = ["BAFR", "AOTH", "OOTH", "AOTH", "BAFR"]
UASC_LANGS = ["Tigrinya", "Pashto", "Arabic", "Kurdish (Sorani)", "Vietnamese", "Amharic", "Dari"]
ETHNICITIES = ["WBRI"] * 10 + ["WOTH", "WIRI", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "NOBT", "WIRT"]
RISK_NOTES = [
    "Has gone missing from placements in the past: if not heard from for 24 hours, follow the missing protocol.",
    "Known to be targeted for criminal exploitation (county lines): do not visit alone in the evening.",
    "Self-harm history: check in about mood at every contact; crisis line number is in the plan.",
    "Relationship with ex-partner is controlling; do not share address with family.",
    "No current risks known.",
    "Uses cannabis daily; engaged with young people's substance misuse service.",
    "Anxious about meeting new people: introduce any cover worker by text first.",
]


# The drama ranges are shared out so that a third party's number is never a young person's or the
# LA's own (a redacted cover summary keeps only those): young people and staff 000-499, key people
# 500-999; teams 000-099, organisations 100-899 (900-999 are left for tests' own numbers).
OWN_MOBILES, THIRD_PARTY_MOBILES = (0, 499), (500, 999)
TEAM_LANDLINES, ORGANISATION_LANDLINES = (0, 99), (100, 899)


def drama_mobile(rng: random.Random, numbers: tuple[int, int] = OWN_MOBILES) -> str:
    return f"07700 900{rng.randint(*numbers):03d}"


def drama_landline(rng: random.Random, numbers: tuple[int, int] = ORGANISATION_LANDLINES) -> str:
    return f"01632 960{rng.randint(*numbers):03d}"


def fake_address(rng: random.Random) -> str:
    area = rng.choice(POSTCODE_AREAS)
    return (f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}, "
            f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")


@dataclass
class DemoPerson:
    """What later steps of the generator need to know about a generated person."""

    id: str
    dob: date
    pa_id: str
    team_id: str
    archetype: str
    left_care: date | None
    name: str = ""
    plan_kind: str = ""
    touch_state: str = ""
    called: str = ""  # preferred name, or first name
    returned_home: date | None = None  # living with a parent since (a relevant child who went home)
    story_end: date | None = None  # the day their record was closed (duties ended at 21): nothing recorded after it


@dataclass
class DemoSummary:
    people: list[DemoPerson] = field(default_factory=list)
    workers: dict[str, list[str]] = field(default_factory=dict)  # role -> ids
    teams: list[str] = field(default_factory=list)
    current_worker_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


# (archetype, share): covers every category, including the edges.
ARCHETYPES = [
    ("eligible", 14),          # 16-17, still looked after 13+ weeks
    ("relevant", 10),          # 16-17, left care as eligible
    ("qualifying_young", 3),   # 16-17, looked after briefly after 16
    ("frc_at_18", 30),         # looked after at 18
    ("frc_relevant", 12),      # left at 16/17 as eligible, now 18+
    ("qualifying_adult", 6),   # 18-20, looked after briefly after 16
    ("frc_extended", 20),      # 21-25, asked for support or in education
    ("frc_ended", 5),          # 21+, duties ended (kept for history)
]


ADULT_LEAVERS = ("frc_at_18", "frc_relevant", "qualifying_adult", "frc_extended")
YOUNG_LEAVERS = ("eligible", "relevant")
# What a mostly well-run service has let slip (docs/decisions.md, "Demo data"): everything else is in
# date. The demo's own PA (the first, whose caseload it opens on) has one young person for each, so a
# newcomer sees one realistic example of every kind of work; each other PA has about half of them.
# (lapse, who it can happen to: archetypes, or None for anyone still supported)
LAPSES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("lost_touch", ADULT_LEAVERS),          # not reached for a few months (the missing protocol's territory)
    ("contact_overdue", ADULT_LEAVERS),     # not seen within the local standard: by days or weeks
    ("visit_overdue", YOUNG_LEAVERS),       # a statutory visit late by days (LA-provided accommodation, mostly)
    ("review_overdue", ("frc_at_18", "frc_relevant", "frc_extended")),  # the six-monthly review late by weeks
    ("no_plan", ("eligible",)),             # a first plan still to write
    ("draft_only", ("eligible",)),          # a first plan written, not finalised
    ("action_overdue", None),               # a plan action a few days late
    ("contingency_overdue", None),          # a contingency check a few days late
    ("followup_overdue", None),             # a follow-up from a recent contact, late by days
    ("health_history", ADULT_LEAVERS),      # the health history, due at 18, still being chased
    ("emergency", ("frc_at_18", "frc_relevant")),  # in emergency accommodation now, unsuitable
    ("not_judged", ADULT_LEAVERS),          # moved recently; suitability not judged yet
    ("documents", ("frc_at_18", "frc_relevant", "qualifying_adult")),  # 18 weeks ago, a document still to get
    ("request", None),                      # another body's answer overdue
    ("consent", ADULT_LEAVERS),             # consent to share health information due for review
    ("review_draft", ADULT_LEAVERS),        # not a lapse: a review being written now, a draft beside the plan in force
)
# The demo's own PA's tray stays short (about ten pressing items): these three show on the others' only.
OTHER_PAS_ONLY = frozenset({"contingency_overdue", "request", "consent"})
# Every PA has these, which make the service's figures (about 90% in touch, plans in date, suitably housed).
EVERY_PA = frozenset({"lost_touch", "review_overdue", "emergency", "not_judged", "review_draft"})


class DemoGenerator:
    def __init__(self, store: Store, *, people: int = 60, seed: int = 2026, today: date | None = None, contact_gap_days: int = 10):
        self.store = store
        self.contact_gap_days = contact_gap_days
        self.n = people
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today or date.today()
        self.summary = DemoSummary()
        self._age_counter: dict[str, int] = {}
        self.lapses: dict[str, set[str]] = {name: set() for name, _ in LAPSES}

    def lapsed(self, lapse: str, p: DemoPerson) -> bool:
        """Has the service let ``lapse`` slip for ``p`` (see LAPSES)? Otherwise it is in date."""
        return p.id in self.lapses[lapse]

    def choose_lapses(self, archetypes: list[str]) -> dict[int, set[str]]:
        """Who shows each lapse (by their place in ``archetypes``; the i-th young person's PA is the
        i-th in turn): one young person per lapse on the demo's own PA's caseload, and on each other
        PA's as often as on a caseload of 20 for about half the lapses (so the service's figures hold
        at any size); a young person shows at most one where that can be. Its own
        random stream, so the rest of the demo does not depend on it."""
        rng = random.Random(f"lapses-{self.seed}-{self.n}-{self.today.isoformat()}")
        pas = self.summary.workers["pa"]
        out: dict[int, set[str]] = {}
        for k in range(len(pas)):
            theirs = [i for i, arch in enumerate(archetypes) if i % len(pas) == k and arch != "frc_ended"]
            used: set[int] = set()
            for lapse, fit in LAPSES:
                # Other PAs: as often as on a caseload of 20 (half the lapses; those in EVERY_PA, all).
                rate = len(theirs) / 20 * (1 if lapse in EVERY_PA else 0.5)
                if rng.random() >= rate if k else lapse in OTHER_PAS_ONLY:
                    continue
                fits = [i for i in theirs if fit is None or archetypes[i] in fit]
                fresh = [i for i in fits if i not in used] or fits
                if fresh:
                    chosen = rng.choice(fresh)
                    used.add(chosen)
                    out.setdefault(chosen, set()).add(lapse)
        return out

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def run(self) -> DemoSummary:
        with self.store.transaction():
            self.workers()
            self.people()
            demo_plans(self)
            demo_contacts(self, mean_gap_days=self.contact_gap_days)
            demo_living(self)
            demo_health(self)
            demo_cover(self)
            demo_own_copy(self)
            demo_duties(self)  # on its own random stream: the earlier steps' data stay as they were
            demo_visits(self)  # last: it reads where they live now (its own random stream too)
        return self.summary

    # -- workers --------------------------------------------------------------------------
    def workers(self) -> None:
        n_teams = 1 if self.n <= 200 else 6
        pas_per_team = 3 if n_teams == 1 else 8
        names = iter(self._worker_names(n_teams * (pas_per_team + 2)))
        roles: dict[str, list[str]] = {"pa": [], "duty": [], "manager": []}
        teams = []
        team_names = ["Leaving Care North", "Leaving Care South", "Leaving Care East", "Leaving Care West",
                      "Leaving Care Central", "UASC and Leaving Care"]
        for t in range(n_teams):
            tid = self.uid()
            teams.append(tid)
            self.store.insert("teams", {"id": tid, "name": team_names[t], "duty_phone": drama_landline(self.rng, TEAM_LANDLINES)})
            for role, count in (("manager", 1), ("duty", 1), ("pa", pas_per_team)):
                for _ in range(count):
                    wid = self.uid()
                    roles[role].append(wid)
                    self.store.insert("workers", {"id": wid, "name": next(names), "role": role, "team_id": tid,
                                                  "phone": drama_mobile(self.rng), "email": "", "active": 1})
        self.summary.teams = teams
        self.summary.workers = roles
        # Third parties (key people) never share a name with the LA's own staff, so a redacted cover
        # summary can be checked for them (their numbers come from other ranges: OWN_MOBILES).
        self._staff_names = {r["name"] for r in self.store.query("SELECT name FROM workers")}
        self._team_of = {}
        for wid in roles["pa"]:
            self._team_of[wid] = self.store.get("workers", wid)["team_id"]
        self.summary.current_worker_id = roles["pa"][0]
        self.store.upsert_setting("current_worker_id", roles["pa"][0])
        local = dict(self.store.setting("local_settings") or {})
        if not local.get("out_of_hours_phone"):  # the Emergency Duty Team's number, as a real LA would have set it
            local["out_of_hours_phone"] = "01632 960999"
        # What a real LA's My plan says about advocacy and complaints (synthetic numbers and addresses).
        local.setdefault("advocacy_contact", "Our independent advocacy service: 01632 960444, advocacy@example.org. "
                                             "It is free and on your side.")
        local.setdefault("complaints_contact", "The council's complaints team: 01632 960555, complaints@example.org. "
                                               "Your personal adviser or an advocate can help you.")
        self.store.upsert_setting("local_settings", local)

    def _worker_names(self, n: int) -> list[str]:
        """Distinct names; within a small team no two share a surname."""
        firsts, surnames = WORKER_FIRST[:], WORKER_SURNAMES[:]
        self.rng.shuffle(firsts)
        self.rng.shuffle(surnames)
        return [f"{firsts[i % len(firsts)]} {surnames[(i + i // len(surnames)) % len(surnames)]}" for i in range(n)]

    # -- young people ---------------------------------------------------------------------
    def _archetype_plan(self) -> list[str]:
        total = sum(s for _, s in ARCHETYPES)
        plan = []
        for name, share in ARCHETYPES:
            plan += [name] * max(1, round(self.n * share / total))
        self.rng.shuffle(plan)
        while len(plan) < self.n:
            plan.append("frc_at_18")
        return plan[: self.n]

    def _dob_for(self, archetype: str) -> date:
        t = self.today
        lo, hi = {"eligible": (16, 17), "relevant": (16, 17), "qualifying_young": (16, 17), "frc_at_18": (18, 20),
                  "frc_relevant": (18, 20), "qualifying_adult": (18, 20), "frc_extended": (21, 24), "frc_ended": (21, 25)}[archetype]
        # Cycle through the archetype's ages so every age from 16 to 25 appears.
        seen = self._age_counter.get(archetype, 0)
        self._age_counter[archetype] = seen + 1
        age = hi - (seen % (hi - lo + 1))
        # Aged ``age`` today; the youngest are at least 150 days past their birthday so
        # that a care history after the 16th birthday fits before today.
        return add_months(t, -12 * age) - timedelta(days=self.rng.randint(150 if age == lo else 1, 360))

    def people(self) -> None:
        pas = self.summary.workers["pa"]
        used = set()
        rows, periods, keys, allocs = [], [], [], []
        archetypes = self._archetype_plan()
        lapses = self.choose_lapses(archetypes)
        for i, arch in enumerate(archetypes):
            pid = self.uid()
            for lapse in lapses.get(i, ()):
                self.lapses[lapse].add(pid)
            dob = self._dob_for(arch)
            if lapses.get(i, set()) & {"health_history", "documents"}:  # 18 a few weeks ago: still being chased
                dob = add_months(self.today - timedelta(days=self.rng.randint(20, 80)), -12 * 18)
            gender = self.rng.choice(["female", "male", "male", "female", "neither", "not_stated"] if i % 11 == 0 else ["female", "male"])
            pool = {"female": FEMALE_NAMES, "male": MALE_NAMES}.get(gender, NEUTRAL_NAMES + FEMALE_NAMES[:5] + MALE_NAMES[:5])
            while True:
                first, last = self.rng.choice(pool), self.rng.choice(SURNAMES)
                if (first, last) not in used or len(used) > len(FIRST_NAMES) * len(SURNAMES) * 0.8:
                    break
            used.add((first, last))
            uasc = arch in ("frc_at_18", "eligible", "frc_extended") and self.rng.random() < 0.18
            b14, b16, b18 = (nth_birthday(dob, a) for a in (14, 16, 18))
            # Care history that produces the archetype's category.
            if arch == "eligible":
                start = b14 + timedelta(days=self.rng.randint(0, 700)) if not uasc else b16 - timedelta(days=self.rng.randint(120, 400))
                start = min(start, self.today - timedelta(days=120))
                if lapses.get(i, set()) & {"no_plan", "draft_only"}:  # eligible (13 weeks looked after) only a few months ago
                    start = max(b16, self.today - timedelta(days=self.rng.randint(150, 200)))
                care = [(start, None)]
                left = None
            elif arch in ("relevant", "frc_relevant"):
                start = b14 + timedelta(days=self.rng.randint(0, 500))
                left = b16 + timedelta(days=self.rng.randint(30, 600))
                left = min(left, b18 - timedelta(days=20), self.today - timedelta(days=10))
                care = [(start, left)]
            elif arch in ("qualifying_young", "qualifying_adult"):
                start = b16 + timedelta(days=self.rng.randint(1, 200))
                start = min(start, self.today - timedelta(days=70))
                left = start + timedelta(days=self.rng.randint(20, 60))
                care = [(start, left)]
            else:  # looked after at 18
                start = (b16 - timedelta(days=self.rng.randint(60, 300))) if uasc else b14 - timedelta(days=self.rng.randint(0, 2500))
                start = max(start, dob + timedelta(days=30))
                left = b18
                care = [(start, left)]
                if self.rng.random() < 0.15 and not uasc:  # an earlier episode and a short break
                    early_end = start - timedelta(days=self.rng.randint(60, 400))
                    early_start = early_end - timedelta(days=self.rng.randint(30, 300))
                    if early_start > dob:
                        care.insert(0, (early_start, early_end))
            pa = pas[i % len(pas)]
            pron = {"female": "she/her", "male": "he/him"}.get(gender, "they/them")
            language = self.rng.choice(UASC_LANGS) if uasc else self.rng.choice(LANGUAGES)
            row = {
                "id": pid, "la_id": f"LC{100000 + i * 7 + self.rng.randint(0, 6)}", "legal_name": f"{first} {last}",
                "preferred_name": NICKNAMES[first] if first in NICKNAMES and self.rng.random() < 0.6 else "",
                "pronouns": pron, "dob": iso(dob), "gender": gender,
                "ethnicity": self.rng.choice(UASC_ETHNICITIES) if uasc else self.rng.choice(ETHNICITIES),
                "has_disability": int(self.rng.random() < 0.12), "disability": "",
                "uasc": int(uasc), "immigration_status": self.rng.choice(["claim_pending", "refugee", "uasc_leave", "humanitarian", "are"]) if uasc else "",
                "phone": drama_mobile(self.rng), "email": f"yp{i:04d}@example.org",
                "address": fake_address(self.rng),
                "contact_preference": self.rng.choice(["text", "phone", "whatsapp", "email", "in_person"]),
                "language": language, "interpreter_needed": int(language not in ("English",) and self.rng.random() < 0.6),
                "returned_home_from": None,  # set below for some who went home
                "support_requested_to_25": int(arch == "frc_extended" and self.rng.random() < 0.6),
                "in_education_or_training": 0,
                "risks": self.rng.choice(RISK_NOTES), "safety_notes": "",
                "edt_alert": int(self.rng.random() < 0.08), "allocated_pa_id": pa,
                "archived_at": None, "archived_reason": "",
            }
            if row["has_disability"]:
                row["disability"] = self.rng.choice(["Autism spectrum condition", "Hearing impairment", "ADHD", "Type 1 diabetes", "Learning disability (mild)"])
            if self.rng.random() < 0.015:
                row["la_id"] = None  # not entered yet: the returns list them to put right
            if arch == "frc_extended" and not row["support_requested_to_25"]:
                row["in_education_or_training"] = 1
            home = None
            if arch in ("relevant", "frc_relevant") and self.rng.random() < 0.15:
                home = min(left, self.today - timedelta(days=1))  # went home to a parent when they left care
                row["returned_home_from"] = iso(home)
            story_end = None
            if arch == "frc_ended":  # closed a few weeks after the 21st birthday (the OC3 reports them at 21)
                story_end = min(nth_birthday(dob, 21) + timedelta(days=self.rng.randint(20, 80)), self.today - timedelta(days=1))
                row["archived_at"] = f"{iso(story_end)}T09:00:00+00:00"
                row["archived_reason"] = "Duties ended at 21; did not ask for continued support"
            rows.append(row)
            for s, e in care:
                periods.append({"id": self.uid(), "person_id": pid, "start_date": iso(s), "end_date": iso(e), "short_breaks": 0})
            if self.rng.random() < 0.1:
                sb = b14 - timedelta(days=self.rng.randint(100, 500))
                if sb > dob:
                    periods.append({"id": self.uid(), "person_id": pid, "start_date": iso(sb), "end_date": iso(sb + timedelta(days=3)), "short_breaks": 1})
            keys.extend(self._key_people(pid, arch, dob))
            allocs.extend(self._allocations(pid, pa, dob, left or self.today - timedelta(days=200)))
            self.summary.people.append(DemoPerson(pid, dob, pa, self._team_of[pa], arch, left, f"{first} {last}",
                                                  called=row["preferred_name"] or first, returned_home=home, story_end=story_end))
        # In a large service one former relevant young person has died (reported DIED in the returns); their
        # record is archived a month later.
        adults = [(p, r) for p, r in zip(self.summary.people, rows)
                  if p.archetype == "frc_at_18" and self.today - nth_birthday(p.dob, 18) > timedelta(days=500)]
        adults = [(p, r) for p, r in adults if not any(p.id in ids for ids in self.lapses.values())]
        if self.n >= 200 and adults:
            p, r = adults[len(adults) // 2]
            p.touch_state, p.story_end = "died", self.today - timedelta(days=self.rng.randint(200, 420))
            r["archived_at"] = f"{iso(p.story_end + timedelta(days=30))}T09:00:00+00:00"
            r["archived_reason"] = "Died: recorded in keeping in touch"
        self.store.insert_many("young_people", rows)
        self.store.insert_many("care_periods", periods)
        self.store.insert_many("key_people", keys)
        self.store.insert_many("allocations", allocs)
        self.summary.counts["young_people"] = len(rows)

    def _key_people(self, pid: str, arch: str, dob: date) -> list[dict]:
        out = []
        pos = 0

        def add(role, org=""):
            nonlocal pos
            while True:
                first = self.rng.choice(WORKER_FIRST)
                surname = self.rng.choice(WORKER_SURNAMES)
                if f"{first} {surname}" not in self._staff_names:
                    break
            phone = drama_landline(self.rng) if org else drama_mobile(self.rng, THIRD_PARTY_MOBILES)
            out.append({"id": self.uid(), "person_id": pid, "position": pos, "name": f"{first} {surname}", "role": role,
                        "phone": phone, "organisation": org, "notes": ""})
            pos += 1

        if arch in ("eligible", "frc_at_18", "frc_extended"):
            add("Former foster carer")
        if arch in ("eligible", "relevant"):
            add("Social worker", "Children's Services")
        add("GP", f"{self.rng.choice(TOWNS)} Medical Practice")
        if self.rng.random() < 0.4:
            add(self.rng.choice(["Sibling", "Parent", "Other family", "Partner"]))
        if self.rng.random() < 0.3:
            add(self.rng.choice(["Keyworker / support worker", "College / tutor", "Mental health worker", "Housing officer"]),
                self.rng.choice(["Kingsmere Foyer", "Brackenford College", "Young People's Mental Health Service", "Millbrook Housing"]))
        return out

    def _allocations(self, pid: str, pa: str, dob: date, since: date) -> list[dict]:
        """Allocation history ending with ``pa``; some young people had several PAs."""
        first = max(min(since, self.today - timedelta(days=30)), nth_birthday(dob, 16))
        pas = self.summary.workers["pa"]
        changes = self.rng.choices([0, 0, 0, 1, 2, 3], k=1)[0]
        starts = [first]
        for _ in range(changes):
            nxt = starts[-1] + timedelta(days=self.rng.randint(60, 400))
            if nxt >= self.today:
                break
            starts.append(nxt)
        who = [self.rng.choice([p for p in pas if p != pa] or [pa]) for _ in starts[:-1]] + [pa]
        out = []
        for i, (s, w) in enumerate(zip(starts, who)):
            end = starts[i + 1] if i + 1 < len(starts) else None
            reason = "First allocation" if i == 0 else self.rng.choice(
                ["PA left the service", "Caseload rebalanced", "Young person moved area", "PA on long-term leave", "Young person asked for a change"])
            out.append({"id": self.uid(), "person_id": pid, "worker_id": w, "start_date": iso(s), "end_date": iso(end), "reason": reason})
        return out


def generate_demo(store: Store, *, people: int = 60, seed: int = 2026, today: date | None = None,
                  contact_gap_days: int = 10) -> DemoSummary:
    """Fill an empty store with a synthetic caseload. ``contact_gap_days`` is the mean gap between
    contacts (texts and calls included): 10 by default; the county-scale benchmark uses 4, which
    gives over 300,000 contacts for 2,000 young people."""
    return DemoGenerator(store, people=people, seed=seed, today=today, contact_gap_days=contact_gap_days).run()


# -- pathway plans ------------------------------------------------------------------------

def _first_name(full: str) -> str:
    return full.split()[0]


def demo_plans(gen: DemoGenerator) -> None:
    """Plans for active young people: most finalised and in date (a few with a review being
    written), and the lapses: a review overdue by weeks, a first plan still a draft with gaps, a
    first plan not written yet, an action or a contingency check a few days late. One plan has
    more than 80 actions."""
    from .text import CONTINGENCIES, PARTICIPANTS, SAFETY, SECTION_TEXT, VIEWS

    rng, today = gen.rng, gen.today
    plans, sections, actions, conts, oversight, requests, checks = [], [], [], [], [], [], []
    finals: list[str] = []
    managers = gen.summary.workers["manager"]
    team_manager = {}
    for mid in managers:
        team_manager[gen.store.get("workers", mid)["team_id"]] = mid
    names = {w["id"]: w["name"] for w in gen.store.query("SELECT id, name FROM workers")}
    active = [p for p in gen.summary.people if p.archetype != "frc_ended"]
    plain = [p for p in active if not any(gen.lapsed(k, p) for k in ("no_plan", "draft_only", "review_overdue", "review_draft"))]
    big_one = plain[len(plain) // 3].id if plain else None
    for p in active:
        if gen.lapsed("no_plan", p):
            kind = "none"
        elif gen.lapsed("draft_only", p):
            kind = "draft_gaps"
        elif gen.lapsed("review_overdue", p):
            kind = "overdue"
        else:
            late = gen.lapsed("action_overdue", p) or gen.lapsed("contingency_overdue", p)  # (on a plan days old at least)
            kind = "review_draft" if p.id != big_one and (gen.lapsed("review_draft", p) or rng.random() < 0.05 and not late) else "final"
        p.plan_kind = kind
        if kind == "none":
            continue
        first = p.called or _first_name(p.name)
        b16 = nth_birthday(p.dob, 16)
        earliest = max(b16, today - timedelta(days=3 * 365))
        # The date of the latest finalised plan decides whether the review is overdue.
        if kind == "overdue":  # the six-monthly review late by one to seven weeks
            latest_date = add_months(today, -6) - timedelta(days=rng.randint(8, 50))
        else:
            latest_date = today - timedelta(days=rng.randint(5, 170))
        latest_date = max(latest_date, earliest)
        n_final = 0 if kind == "draft_gaps" else rng.choice([1, 1, 2, 2, 3, 4])
        dates = sorted({max(earliest, add_months(latest_date, -6 * k)) for k in range(n_final)}) if n_final else []
        versions = [(d, "final") for d in dates]
        if kind in ("draft_gaps",):
            versions = [(today - timedelta(days=rng.randint(3, 40)), "draft")]
        if kind == "review_draft":
            versions.append((today - timedelta(days=rng.randint(0, 3)), "draft"))
        late_action = gen.lapsed("action_overdue", p)  # one action on the latest version a few days late
        late_check = gen.lapsed("contingency_overdue", p)  # one contingency check a few days late
        for v, (vdate, status) in enumerate(versions, start=1):
            plan_id = gen.uid()
            latest = v == len(versions)
            is_review = v > 1
            start = versions[0][0]
            plans.append({
                "id": plan_id, "person_id": p.id, "version": v, "status": "draft", "start_date": iso(start),
                "review_date": iso(vdate) if is_review else None,
                "review_reason": rng.choice(["Six-monthly review", "Moved to new accommodation", "The young person asked for a review",
                                             "Change in education, training or work"]) if is_review else "",
                "pa_id": p.pa_id, "pa_name": names[p.pa_id], "participants": rng.choice(PARTICIPANTS).replace("their", "their"),
                "views": rng.choice(VIEWS) if status == "final" or rng.random() < 0.4 else "",
                "views_not_recorded_reason": "", "disagreements": "I don't want to move again this year." if rng.random() < 0.1 else "",
                "copy_given_date": iso(vdate + timedelta(days=rng.randint(0, 3))) if status == "final" else None,
                "finalised_at": f"{iso(vdate)}T16:00:00+00:00" if status == "final" else None,
                "finalised_by": p.pa_id if status == "final" else None,
            })
            if status == "final":
                finals.append(plan_id)
                copy_given = vdate + timedelta(days=rng.randint(0, 3))
                plans[-1]["copy_given_date"] = iso(min(copy_given, today))
            gaps = status == "draft" and kind == "draft_gaps"
            n_actions = 0
            for key, (needs, words, acts) in SECTION_TEXT.items():
                missing = gaps and rng.random() < 0.45
                sections.append({"id": gen.uid(), "plan_id": plan_id, "section": key,
                                 "need": "" if missing else rng.choice(needs).format(n=first),
                                 "own_words": rng.choice(words) if not missing and rng.random() < 0.6 else ""})
                count = 0 if missing else rng.choice([0, 0, 1, 1, 2])
                if p.id == big_one:
                    count = 9
                for j in range(count):
                    what, owner, other = acts[j % len(acts)]
                    if p.id == big_one and j >= len(acts):
                        what = f"{what} (step {j // len(acts) + 1})"
                    target = vdate + timedelta(days=rng.randint(14, 170))
                    status_a, done = "open", None
                    if late_action and latest and vdate < today - timedelta(days=3):
                        late_action = False
                        target = max(vdate + timedelta(days=1), today - timedelta(days=rng.randint(2, 12)))
                    elif target < today or (today - vdate).days > 21 and rng.random() < 0.6:  # done by its date (many early)
                        status_a, done = "done", min(target - timedelta(days=rng.randint(-3, 10)), today)
                        done = max(done, vdate)
                    owner_name = {"pa": names[p.pa_id], "young_person": first}.get(owner, other)
                    actions.append({"id": gen.uid(), "plan_id": plan_id, "section": key, "position": n_actions,
                                    "what": what.format(n=first), "owner_kind": owner, "owner_name": owner_name,
                                    "target_date": iso(target), "status": status_a, "done_date": iso(done), "status_reason": ""})
                    n_actions += 1
            if not gaps or rng.random() < 0.5:
                for j, (trig, resp, who) in enumerate(rng.sample(CONTINGENCIES, rng.randint(1, 3))):
                    check = vdate + timedelta(days=rng.randint(20, 120))
                    last, nxt = None, check
                    if late_check and latest and vdate < today - timedelta(days=3):
                        late_check = False
                        check = nxt = max(vdate + timedelta(days=1), today - timedelta(days=rng.randint(2, 12)))
                    elif check < today:  # checked on time, the next one weeks or months ahead
                        last, nxt = check, today + timedelta(days=rng.randint(10, 120))
                        checks.append({"id": gen.uid(), "contingency_id": None, "checked_on": iso(last),
                                       "note": "Still relevant; numbers checked with the young person.", "next_check_by": iso(nxt)})
                    cid = gen.uid()
                    if last:
                        checks[-1]["contingency_id"] = cid
                    conts.append({"id": cid, "plan_id": plan_id, "section": None, "position": j, "kind": "contingency",
                                  "trigger_text": trig, "response": resp, "escalation": "", "who": who,
                                  "check_by": iso(check), "next_check_by": iso(nxt), "last_checked": iso(last)})
            risks = gen.store.get("young_people", p.id)["risks"]
            if "missing" in risks or "exploitation" in risks:
                risk, now, rises, who = SAFETY[0] if "missing" in risks else SAFETY[1]
                check = vdate + timedelta(days=rng.randint(14, 60))
                last, nxt = None, check
                cid = gen.uid()
                if check < today:  # a safety plan is checked on time, the next check weeks ahead
                    last, nxt = check, today + timedelta(days=rng.randint(10, 90))
                    checks.append({"id": gen.uid(), "contingency_id": cid, "checked_on": iso(last),
                                   "note": "Talked it through again; the plan still fits.", "next_check_by": iso(nxt)})
                conts.append({"id": cid, "plan_id": plan_id, "section": None, "position": 9, "kind": "safety",
                              "trigger_text": risk, "response": now, "escalation": rises, "who": who,
                              "check_by": iso(check), "next_check_by": iso(nxt), "last_checked": iso(last)})
            # A manager signs off a finalised plan within weeks: only recent ones wait.
            if status == "final" and p.team_id in team_manager and (rng.random() < 0.5 or vdate < today - timedelta(days=21)):
                decision = "returned" if rng.random() < 0.06 else "signed_off"
                mid = team_manager[p.team_id]
                oversight.append({"id": gen.uid(), "plan_id": plan_id, "manager_id": mid, "manager_name": names[mid],
                                  "decision": decision, "signed_in": "laptop", "on_date": iso(min(vdate + timedelta(days=rng.randint(1, 14)), today)),
                                  "comment": "Please add a date for the housing register action." if decision == "returned" else "Good plan; timescales clear."})
        if kind in ("final", "overdue") and rng.random() < 0.08:
            asked = today - timedelta(days=rng.randint(1, 25))  # answered within the local standard (28 days)
            requests.append({"id": gen.uid(), "person_id": p.id, "source": "young_person", "requested_on": iso(asked),
                             "due_by": iso(asked + timedelta(days=28)), "reason": "Wants to talk about moving closer to college",
                             "resolved_by_plan_id": None, "withdrawn_reason": ""})
    store = gen.store
    store.insert_many("plans", plans)
    store.insert_many("plan_sections", sections)
    store.insert_many("plan_actions", actions)
    store.insert_many("plan_contingencies", conts)
    store.insert_many("contingency_checks", checks)
    # Finalise after the content is in (finalised versions refuse new rows).
    plans_repo.mark_final_many(store, finals)
    store.insert_many("plan_oversight", oversight)
    store.insert_many("review_requests", requests)
    gen.summary.counts.update(plans=len(plans), plan_actions=len(actions), big_plan_person=big_one)


# -- keeping in touch --------------------------------------------------------------------------

CONTACT_TYPES = [("text", 26), ("phone", 18), ("visit_home", 20), ("visit_elsewhere", 12), ("office", 6),
                 ("video", 4), ("email", 3), ("letter", 1), ("attempted", 8)]
SEEN_TYPES = {"visit_home", "visit_elsewhere", "office", "video"}


def topics_for(p: DemoPerson, day: date, uasc: set[str]) -> list[str]:
    """What a contact with this young person on this day may be about: their immigration case only
    for an unaccompanied asylum-seeking child; university only from 17."""
    from .text import CONTACT_TOPICS, IMMIGRATION_TOPIC, UNIVERSITY_TOPIC

    leave_out = set()
    if p.id not in uasc:
        leave_out.add(IMMIGRATION_TOPIC)
    if day < nth_birthday(p.dob, 17):
        leave_out.add(UNIVERSITY_TOPIC)
    return [t for t in CONTACT_TOPICS if t not in leave_out]


def demo_contacts(gen: DemoGenerator, *, mean_gap_days: int = 10) -> None:
    """Years of contact history with realistic gaps; some young people out of touch, some overdue
    a visit, a few who refuse contact or no longer need services."""
    from .text import (
        CONTACT_CLOSINGS,
        CONTACT_OPENINGS,
        EVENTS,
        FOLLOW_UPS,
        SIGNIFICANT_NOTES,
    )

    rng, today = gen.rng, gen.today
    store = gen.store
    names = {w["id"]: w["name"] for w in store.query("SELECT id, name FROM workers")}
    uasc = {r["id"] for r in store.query("SELECT id FROM young_people WHERE uasc = 1")}
    duty_by_team = {store.get("workers", d)["team_id"]: d for d in gen.summary.workers["duty"]}
    allocs: dict[str, list[dict]] = {}
    for a in store.query("SELECT * FROM allocations ORDER BY start_date"):
        allocs.setdefault(a["person_id"], []).append(a)
    kinds, weights = zip(*CONTACT_TYPES)
    contacts, followups, decisions, events = [], [], [], []
    # About one adult in twelve refuses contact or no longer needs it (their decision, recorded); one of each at least.
    settled = [q for q in gen.summary.people if q.archetype in ADULT_LEAVERS and q.touch_state != "died"
               and not any(q.id in ids for ids in gen.lapses.values())]
    decided = {p.id: ("refuses" if k % 2 else "nreq")
               for k, p in enumerate(rng.sample(settled, min(len(settled), max(2, len(settled) // 12))))}
    # The last complete year's return (OC3) shows at least one of these decisions: someone whose
    # 17th to 21st birthday fell in that year decided before it (the first such, if none was drawn).
    year_end = date(today.year if today >= date(today.year, 4, 1) else today.year - 1, 3, 31)
    year_start = date(year_end.year - 1, 4, 1)

    def birthday_in_year(q: DemoPerson) -> date | None:
        return next((b for b in (nth_birthday(q.dob, a) for a in range(17, 22)) if year_start <= b <= year_end), None)

    decided_by: dict[str, date] = {}
    for q in [q for q in settled if q.id in decided] + [q for q in settled if q.id not in decided]:
        b = birthday_in_year(q)
        if b is not None:
            decided.setdefault(q.id, "refuses")
            decided_by[q.id] = b - timedelta(days=60)
            break
    # About one in fifteen of the others was out of touch over a birthday some months ago (a year's
    # return reports them NO) and is back in touch now: from three months before it to six weeks after.
    was_lost = {}
    for q in settled:
        if q.id not in decided and rng.random() < 1 / 15:
            birthday = max((b for b in (nth_birthday(q.dob, a) for a in range(17, 26)) if (today - b).days >= 240), default=None)
            if birthday is not None and birthday >= nth_birthday(q.dob, 17):
                was_lost[q.id] = (birthday - timedelta(days=100), birthday + timedelta(days=45))
    for p in gen.summary.people:
        history = allocs.get(p.id, [])
        if not history:
            continue
        start = max(date.fromisoformat(history[0]["start_date"]), today - timedelta(days=8 * 365))
        end = today
        if p.archetype == "frc_ended":
            end = p.story_end
        state = ("lost" if gen.lapsed("lost_touch", p) else "overdue" if gen.lapsed("contact_overdue", p)
                 else "visit_late" if gen.lapsed("visit_overdue", p) else decided.get(p.id, "normal"))
        if p.touch_state == "died":
            state, end = "died", p.story_end
        p.touch_state = state
        late_followup = gen.lapsed("followup_overdue", p)
        last_reached: tuple[str, date, str | None] | None = None
        last_success = end
        if state == "lost":  # not reached for three or four months: the team is still trying
            last_success = today - timedelta(days=rng.randint(95, 130))
        elif state == "overdue":  # seen last just over the local standard (8 weeks) ago
            last_seen_limit = today - timedelta(days=rng.randint(60, 85))
        elif state == "visit_late":  # seen last just over two months ago (the statutory visits' interval)
            last_seen_limit = add_months(today, -2) - timedelta(days=rng.randint(3, 15))
        day = start + timedelta(days=rng.randint(0, 10))
        # Up to yesterday: nothing is logged later "today" than the moment the demo is opened.
        last_day = end if p.story_end else today - timedelta(days=1)
        while day <= last_day:
            kind = rng.choices(kinds, weights)[0]
            if state == "lost" and day > last_success:
                kind = "attempted"
            if p.id in was_lost and was_lost[p.id][0] <= day <= was_lost[p.id][1]:
                kind = "attempted"
            if state in ("overdue", "visit_late") and day > last_seen_limit and kind in SEEN_TYPES:
                kind = rng.choice(["text", "phone"])
            worker = _worker_on(history, day)
            covering = 0
            if rng.random() < 0.05:
                team = store.get("workers", worker)["team_id"] if worker else None
                if team in duty_by_team:
                    worker, covering = duty_by_team[team], 1
            first = p.called or p.name.split()[0]
            significant = kind != "attempted" and rng.random() < 0.025
            if kind == "attempted":
                summary = rng.choice(CONTACT_OPENINGS["attempted"]).format(n=first)
            elif significant:
                summary = rng.choice(CONTACT_OPENINGS[kind]).format(n=first) + " " + rng.choice(SIGNIFICANT_NOTES).format(n=first)
            else:
                topics = rng.sample(topics_for(p, day, uasc), rng.randint(1, 4 if kind in SEEN_TYPES else 2))
                summary = " ".join([rng.choice(CONTACT_OPENINGS[kind]).format(n=first)]
                                   + [t.format(n=first) for t in topics] + [rng.choice(CONTACT_CLOSINGS).format(n=first)])
            hour = rng.choice([9, 10, 11, 13, 14, 15, 16, 17, 18])
            minute = rng.choice([0, 15, 30, 45])
            at = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
            length = {"visit_home": 60, "visit_elsewhere": 75, "office": 45, "video": 30, "phone": 15}.get(kind)
            ended = (datetime(day.year, day.month, day.day, hour, minute) + timedelta(minutes=length + rng.randint(-10, 30))).strftime(
                "%Y-%m-%dT%H:%M") if length else None
            cid = gen.uid()
            # Most texts, emails and letters get an answer; an unanswered one did not reach them.
            two_way = reached(ContactType(kind), rng.random() < 0.75)
            contacts.append({"id": cid, "person_id": p.id, "occurred_at": at, "ended_at": ended, "contact_type": kind,
                             "two_way": int(two_way),
                             "worker_id": worker, "worker_name": names.get(worker, ""), "covering": covering,
                             "seen": int(kind in SEEN_TYPES), "seen_alone": int(kind in SEEN_TYPES and rng.random() < 0.8),
                             "location": {"visit_home": "Home", "visit_elsewhere": "Town centre café", "office": "Leaving care hub"}.get(kind, ""),
                             "summary": summary, "significant": int(significant)})
            if (today - day).days < 45 and kind != "attempted" and rng.random() < 0.12:
                what, owner = rng.choice(FOLLOW_UPS)
                due = day + timedelta(days=rng.randint(3, 30))
                done_on = None
                if due < today:  # done by its date, but for one a few days late (a lapse)
                    if late_followup and (today - due).days <= 14:
                        late_followup = False
                    else:
                        done_on = max(day, min(today, due - timedelta(days=rng.randint(-2, 3)))).isoformat()
                followups.append({"id": gen.uid(), "contact_id": cid, "person_id": p.id, "what": what,
                                  "owner": names.get(worker, "PA") if owner == "PA" else first, "due_date": due.isoformat(),
                                  "to_plan": int(rng.random() < 0.2), "done_on": done_on, "plan_action_id": None})
            if kind != "attempted" and (today - day).days >= 3:
                last_reached = (cid, day, worker)
            gap = max(1, int(rng.expovariate(1 / mean_gap_days)))
            if rng.random() < 0.03:
                gap += rng.randint(30, 70)  # a realistic gap: holidays, a PA off sick, a hard patch
            day += timedelta(days=gap)
        if late_followup and last_reached and (today - last_reached[1]).days < 40:  # one follow-up a few days late
            cid, day, worker = last_reached
            what, owner = rng.choice(FOLLOW_UPS)
            due = max(day + timedelta(days=1), today - timedelta(days=rng.randint(2, 8)))
            followups.append({"id": gen.uid(), "contact_id": cid, "person_id": p.id, "what": what,
                              "owner": names.get(worker, "PA") if owner == "PA" else (p.called or p.name.split()[0]),
                              "due_date": due.isoformat(), "to_plan": 0, "done_on": None, "plan_action_id": None})
        if state == "died":
            decisions.append({"id": gen.uid(), "person_id": p.id, "status": "DIED", "decided_on": p.story_end.isoformat(),
                              "reason": "Confirmed by the coroner's office; family informed the team.", "ended_on": None,
                              "ended_reason": ""})
        if state in ("refuses", "nreq"):
            on = today - timedelta(days=rng.randint(20, 600))
            on = min(on, decided_by.get(p.id, on))
            decisions.append({"id": gen.uid(), "person_id": p.id, "status": "REFU" if state == "refuses" else "NREQ",
                              "decided_on": on.isoformat(),
                              "reason": "Told me clearly by text and in person that they do not want contact; knows how to get back in touch."
                              if state == "refuses" else "Settled in work and own tenancy; agreed no further support needed for now.",
                              "ended_on": None, "ended_reason": ""})
        if rng.random() < 0.4:
            title, detail = rng.choice(EVENTS)
            on = start + timedelta(days=rng.randint(0, max(1, (end - start).days)))
            events.append({"id": gen.uid(), "person_id": p.id, "on_date": on.isoformat(), "title": title, "detail": detail})
    store.insert_many("contacts", contacts, batch_size=1000)
    store.insert_many("contact_followups", followups)
    store.insert_many("in_touch_decisions", decisions)
    store.insert_many("chronology_events", events)
    gen.summary.counts.update(contacts=len(contacts))


def demo_visits(gen: DemoGenerator) -> None:
    """Seen on time: the random history above knows nothing of moves into LA-provided accommodation
    (statutory visits: within 7 days, then at most two months apart, CLR 2010 reg 8) and leaves
    some gaps longer than the local standard. A mostly well-run service has seen each young person
    in time, so a visit is added wherever a visit or contact is already overdue, except for the
    lapses (not in touch, not seen within the local standard, a statutory visit late by days). The
    due dates come from the app's own rules (ContactService), so the demo and the work tray agree."""
    from ..app import build_services  # the app's own wiring: statutory visits follow the stay
    from ..services.context import Clock
    from .text import CONTACT_CLOSINGS, CONTACT_OPENINGS

    rng = random.Random(f"visits-{gen.seed}-{gen.n}-{gen.today.isoformat()}")
    today, store = gen.today, gen.store
    uasc = {r["id"] for r in store.query("SELECT id FROM young_people WHERE uasc = 1")}
    actor = store.actor
    contacts = build_services(store, Clock(today)).contacts
    store.actor = actor  # (building the services signs in the current worker: the demo writes as itself)
    names = {w["id"]: w["name"] for w in store.query("SELECT id, name FROM workers")}
    by_pa: dict[str, list[DemoPerson]] = {}
    for p in gen.summary.people:
        if p.story_end is None and p.touch_state in ("normal", "overdue", "visit_late", "lost"):
            by_pa.setdefault(p.pa_id, []).append(p)

    def visit(p: DemoPerson, day: date) -> None:
        first = p.called or p.name.split()[0]
        summary = " ".join([rng.choice(CONTACT_OPENINGS["visit_home"]).format(n=first)]
                           + [t.format(n=first) for t in rng.sample(topics_for(p, day, uasc), 2)]
                           + [rng.choice(CONTACT_CLOSINGS).format(n=first)])
        hour = rng.choice([10, 11, 14, 15, 16])
        store.insert("contacts", {"id": gen.uid(), "person_id": p.id, "occurred_at": f"{iso(day)}T{hour:02d}:00",
                                  "ended_at": f"{iso(day)}T{hour + 1:02d}:05", "contact_type": "visit_home",
                                  "two_way": 1, "worker_id": p.pa_id, "worker_name": names.get(p.pa_id, ""), "covering": 0,
                                  "seen": 1, "seen_alone": int(rng.random() < 0.8), "location": "Home", "summary": summary,
                                  "significant": 0})

    for _ in range(3):  # a visit can bring the next one due (the review that follows a move): look again
        ids = [p.id for ps in by_pa.values() for p in ps]
        statuses = contacts.statuses(ids, today) if ids else {}
        for ps in by_pa.values():
            for p in ps:
                due = statuses[p.id].due
                if statuses[p.id].decision is not None or due.due >= today:
                    continue
                if p.touch_state == "lost":  # seen, and last reached, three or four months ago
                    ok = statuses[p.id].last_successful
                    if ok is None:
                        continue
                    if (today - ok.date()).days > 135:
                        day = today - timedelta(days=rng.randint(95, 130))
                    elif due.overdue_days >= 60:
                        day = ok.date()  # seen (at home) the day they were last reached
                    else:
                        continue
                elif p.touch_state in ("overdue", "visit_late"):  # the lapses: late by days or a few weeks
                    if due.overdue_days <= 25:
                        continue
                    day = due.due + timedelta(days=due.overdue_days - rng.randint(4, 25))
                elif due.statutory:  # on time (the first within 7 days of moving in), or in the last few weeks
                    day = max(due.due - timedelta(days=rng.randint(1, 5)), today - timedelta(days=rng.randint(2, 35)))
                else:
                    day = today - timedelta(days=rng.randint(2, 35))
                if day < today:
                    visit(p, day)


def _worker_on(history: list[dict], day: date) -> str | None:
    current = history[0]["worker_id"]
    for a in history:
        if date.fromisoformat(a["start_date"]) <= day:
            current = a["worker_id"]
    return current


# -- where they live and what they do ---------------------------------------------------------

DISTRICTS = ["Ashbourne Vale District Council", "Kingsmere Borough Council", "Brackenford District Council", "Millbrook Borough Council"]
LANDLORDS = {"D": ["Millbrook Young People's Housing", "Kingsmere Foyer Trust supported flats"], "E": ["Supported lodgings: the Achterberg family"],
             "U": ["Kingsmere Borough Council", "Brackenford Housing Association", "Private landlord"], "C": ["Oak House children's home"],
             "V": ["Station Road night shelter"], "W": ["The Victoria guest house"], "B": ["Aunt"], "T": ["Kingsmere Foyer"],
             "Z": ["Former foster carers"], "K": ["Lodging with a family friend"], "S": [""], "X": ["HMYOI Brackenford"], "Y": ["Foster placement"]}
LA_PROVIDED = {"C", "D", "E", "V", "W", "Y"}


def _stay_plan(rng, arch: str, adult: bool) -> list[str]:
    """A realistic run of accommodation types after leaving care."""
    if arch == "eligible":
        return [rng.choice(["Y", "Y", "C", "D", "E"])]
    if not adult:
        return rng.choice([["D"], ["E"], ["D", "V", "D"], ["B"], ["C", "D"]])
    start = ["Z"] if arch in ("frc_at_18", "frc_extended") and rng.random() < 0.35 else [rng.choice(["D", "D", "E", "C"])]
    # Mostly settled runs; a few with a spell of homelessness, emergency housing or custody, and a
    # few who are there now.
    rest = rng.choice([["U"], ["D", "U"], ["S", "V", "D"], ["U", "S", "W", "D"], ["T", "U"], ["B"], ["D", "X", "D"], ["U", "U"], ["K"],
                       ["U", "S"], ["D", "W"], ["U", "V"], ["U"], ["D", "U"], ["E", "U"], ["U", "U"], ["D", "K"], ["T", "U"],
                       ["E", "D", "U"], ["B", "U"]])
    return start + rest


# Stays that last weeks or months, not years: homelessness, emergency housing, B&B, custody.
SHORT_STAYS = {"S": (7, 60), "V": (7, 56), "W": (2, 21), "X": (30, 180)}


def school_leaving_day(dob: date) -> date:
    """The day a young person may leave school in England: the last Friday in June of the school
    year (1 September to 31 August) in which they turn 16 (Education Act 1996 s.8; the Education
    (School Leaving Date) Order 1997). Education or training to 18 follows (Education and Skills
    Act 2008), but from here a NEET spell is possible."""
    year = dob.year + 16 + (1 if dob.month >= 9 else 0)
    day = date(year, 6, 30)
    return day - timedelta(days=(day.weekday() - 4) % 7)


def demo_living(gen: DemoGenerator) -> None:
    rng, today, store = gen.rng, gen.today, gen.store
    episodes, assessments, arrangements, housing, eets, entitlements, spends, offers, requests = ([] for _ in range(9))
    for p in gen.summary.people:
        b16, b18 = nth_birthday(p.dob, 16), nth_birthday(p.dob, 18)
        end_of_story = p.story_end or today  # the record closed at 21 (or at a death), else today
        adult = today >= b18
        first = p.left_care or (today - timedelta(days=rng.randint(150, 700)) if p.archetype == "eligible" else b18)
        first = max(first, b16)
        types = _stay_plan(rng, p.archetype, adult and p.archetype not in ("relevant", "qualifying_young", "eligible"))
        if p.returned_home:  # with their parent since they went home
            first, types = p.returned_home, ["B"]
        if gen.lapsed("emergency", p):  # in emergency accommodation now: a night shelter, judged unsuitable
            types = [*types[:-1], "V"] if types[-1] in SHORT_STAYS else [*types, "V"]
        elif types[-1] in ("S", "V", "W"):  # a well-run service has moved them on from there
            types = [*types, "U" if adult else "D"]
        span = max(30, (end_of_story - first).days)
        cuts = sorted(rng.sample(range(1, span), min(len(types) - 1, span - 1))) if len(types) > 1 else []
        starts = [first] + [first + timedelta(days=c) for c in cuts]
        for j in range(len(starts) - 1):
            if types[j] in SHORT_STAYS:  # the next stay begins a few weeks (or months) later
                lo, hi = SHORT_STAYS[types[j]]
                starts[j + 1] = min(starts[j + 1], starts[j] + timedelta(days=rng.randint(lo, hi)))
        if types[-1] in SHORT_STAYS and len(starts) > 1:  # there now: it began only weeks ago
            lo, hi = SHORT_STAYS[types[-1]]
            starts[-1] = max(starts[-1], starts[-2] + timedelta(days=lo), end_of_story - timedelta(days=rng.randint(lo, hi)))
        if gen.lapsed("not_judged", p) and len(starts) > 1:  # moved a week or three ago
            starts[-1] = max(starts[-1], starts[-2] + timedelta(days=20), end_of_story - timedelta(days=rng.randint(6, 25)))
        for j, letter in enumerate(types):  # a foyer or Staying Put begins at 18: the stay before runs until then
            # A foyer from some weeks after the 18th birthday: the OC3 row at 18 reports the stay on the
            # birthday, and a foyer then fails the DfE's rule 347 when they were 17 as the year began.
            from_day = b18 + timedelta(days=60) if letter == "T" else b18
            if letter in ("T", "Z") and starts[j] < from_day:
                nxt = starts[j + 1] if j + 1 < len(starts) else end_of_story
                if j > 0 and starts[j - 1] < from_day < nxt:
                    starts[j] = from_day
                else:
                    types[j] = "D"
        keep = [j for j, st in enumerate(starts) if j == 0 or st < end_of_story]  # a short history: no stays to come
        types, starts = [types[j] for j in keep], [starts[j] for j in keep]
        if types[-1] in ("S", "V", "W") and not gen.lapsed("emergency", p):
            types[-1] = "D"
        for j, (letter, start) in enumerate(zip(types, starts)):
            end = starts[j + 1] if j + 1 < len(starts) else (end_of_story if p.story_end else None)
            if end is not None and end <= start:
                continue
            eid = gen.uid()
            la = letter in LA_PROVIDED
            emergency = letter in ("V", "W")
            episodes.append({"id": eid, "person_id": p.id, "accom_type": letter, "start_date": iso(start), "end_date": iso(end),
                             "address": fake_address(rng) if letter not in ("S", "X") else ("No fixed abode" if letter == "S" else ""),
                             "provider": rng.choice(LANDLORDS[letter]), "la_provided": int(la),
                             "out_of_area": int(rng.random() < 0.1), "area": "", "emergency": int(emergency), "notes": ""})
            if episodes[-1]["out_of_area"]:
                episodes[-1]["area"] = rng.choice(["Northmoor", "East Fenwick", "Coldharbour"])
            current = end is None
            if current and gen.lapsed("not_judged", p):
                continue  # a recent move, not judged yet: flagged
            on = start + timedelta(days=rng.randint(1, 14))
            if on > today:
                on = today  # judged as they moved in
            minor = on < b18
            # Unsuitable stays are in the past, but for the lapse (emergency accommodation now) and custody.
            suitable = letter not in ("S", "X") and not (letter == "W" and minor) and not (current and letter in ("V", "W")) and (
                current or rng.random() < (0.5 if letter in ("V", "W") else 0.93))
            answers = {key: "Checked: fine." for key in ("facilities", "repair", "safety", "location", "support", "tenancy",
                                                         "finance", "views", "rights", "funding")} if suitable else \
                {"safety": "Not safe: shared facilities with adults", "finance": "Rent arrears building"}
            judged = [on]
            if current:  # judged again at reviews since
                while judged[-1] + timedelta(days=300) < today:
                    judged.append(judged[-1] + timedelta(days=rng.randint(150, 300)))
            for when in judged:
                assessments.append({"id": gen.uid(), "person_id": p.id, "episode_id": eid, "assessed_on": iso(when),
                                    "overall": "1" if suitable else "2",
                                    "reason": "Safe, secure and affordable; near college." if suitable else
                                    ("Homeless." if letter == "S" else "Not safe or stable for now; a move is being planned."),
                                    "answers": json.dumps(answers),
                                    "young_person_views": rng.choice(["Likes it here.", "Wants to move.", "Feels safe."]),
                                    "assessed_by": ""})
            if letter == "Z":
                arrangements.append({"id": gen.uid(), "person_id": p.id, "kind": "staying_put", "start_date": iso(start),
                                     "end_date": iso(min(end or nth_birthday(p.dob, 21), nth_birthday(p.dob, 21))) if end else None,
                                     "carer": "Former foster carers", "support": "PA visits monthly; carers' allowance paid",
                                     "weekly_allowance": "£235 a week", "notes": ""})
            if current and la and (today - start).days < 35 and p.plan_kind in ("final", "overdue"):
                requests.append({"id": gen.uid(), "person_id": p.id, "source": "accommodation_move", "requested_on": iso(start),
                                 "due_by": iso(start + timedelta(days=28)), "reason": f"Moved on {format_uk(start)}",
                                 "resolved_by_plan_id": None, "withdrawn_reason": ""})
        # EET from 16: education, then work, apprenticeship, university or NEET spells.
        runs = rng.choice([["F2", "F5"], ["F2", "G5", "F4"], ["P2", "P5"], ["F2", "F1"], ["G5"], ["F2", "G6"], ["G4", "P2"],
                           ["F4"], ["F2", "G5"], ["F5", "G5", "P5"]])
        if p.archetype in ("eligible", "relevant", "qualifying_young"):
            runs = rng.choice([["F2"], ["P2"], ["G5"], ["F2", "G5"]])
        if runs[0] in ("G4", "G5", "G6"):
            runs = ["F2"] + runs  # everyone starts at school or college at 16
        span = max(30, (end_of_story - b16).days)
        cuts = sorted(rng.sample(range(20, span), min(len(runs) - 1, span - 20))) if len(runs) > 1 else []
        starts = [b16 + timedelta(days=rng.randint(0, 40))] + [b16 + timedelta(days=c) for c in cuts]
        if runs[-1] in ("G4", "G5", "G6") and len(starts) > 1:  # NEET spells of weeks to about a year and a half
            starts[-1] = max(starts[-2] + timedelta(days=20), end_of_story - timedelta(days=rng.randint(15, 540)))
        # Nobody is NEET while still of compulsory school age: a spell starts after they may leave
        # school (the last Friday in June of the school year they turn 16), and what follows after it.
        leave = school_leaving_day(p.dob)
        for j, code in enumerate(runs[:len(starts)]):
            if code in ("G4", "G5", "G6") and starts[j] <= leave:
                starts[j] = leave + timedelta(days=3)
            if j and starts[j] < starts[j - 1] + timedelta(days=20):
                starts[j] = starts[j - 1] + timedelta(days=20)
        for j, (code, start) in enumerate(zip(runs, starts)):
            end = starts[j + 1] if j + 1 < len(starts) else (end_of_story if p.story_end else None)
            if start > today or (end is not None and end <= start):
                continue
            provider = {"F1": "University of Kingsmere", "P1": "Open learning", "F2": "Brackenford College", "P2": "Kingsmere Adult Learning",
                        "F4": rng.choice(["Millbrook Motors (apprenticeship)", "NHS Trust apprenticeship"]), "P4": "Local council apprenticeship",
                        "F5": rng.choice(["Supermarket", "Warehouse", "Care home"]), "P5": rng.choice(["Café", "Retail"])}.get(code, "")
            course = {"F1": "BSc Nursing", "F2": "Level 2 Health and Social Care", "P2": "ESOL Entry 3", "F4": "Level 3 apprenticeship",
                      "F5": "Team member", "P5": "Part-time assistant"}.get(code, "")
            eets.append({"id": gen.uid(), "person_id": p.id, "activ": code, "start_date": iso(start), "end_date": iso(end),
                         "provider": provider, "course_or_job": course,
                         "hours_per_week": {"F1": 30, "F2": 16, "P2": 6, "F4": 35, "F5": 37, "P5": 16}.get(code),
                         "he_bursary": int(code == "F1"), "notes": {"G4": "Anxiety and depression", "G6": "Caring for a baby",
                                                                      "G5": "Looking for work"}.get(code, "")})
        if adult:
            if rng.random() < 0.3:
                applied = b18 + timedelta(days=rng.randint(10, 400))
                if applied < today:
                    outcome = rng.choice(["pending", "pending", "offered", "accepted", "closed"])
                    housing.append({"id": gen.uid(), "person_id": p.id, "district": rng.choice(DISTRICTS), "applied_on": iso(applied),
                                    "band": rng.choice(["Band A", "Band B", "Band C", "Gold", "Silver"]), "outcome": outcome,
                                    "outcome_on": iso(min(today, applied + timedelta(days=rng.randint(30, 300)))) if outcome != "pending" else None,
                                    "reference": f"HR{rng.randint(10000, 99999)}", "notes": ""})
            if any(e["person_id"] == p.id and e["accom_type"] == "U" for e in episodes[-6:]):
                eid = gen.uid()
                entitlements.append({"id": eid, "person_id": p.id, "code": "setting_up_home", "status": "awarded",
                                     "status_on": iso(today - timedelta(days=rng.randint(30, 600))), "amount": 300_000, "notes": ""})
                total = 0
                for what, amount in rng.sample([("Bed and mattress", 42_000), ("Fridge freezer", 31_900), ("Washing machine", 27_500),
                                                ("Sofa", 35_000), ("Kitchen starter pack", 12_000), ("Curtains and bedding", 9_500)], 3):
                    total += amount
                    spends.append({"id": gen.uid(), "entitlement_id": eid, "on_date": iso(today - timedelta(days=rng.randint(5, 300))),
                                   "amount": amount, "what": what, "manager_note": ""})
            if any(e["person_id"] == p.id and e["activ"] == "F1" for e in eets[-4:]):
                entitlements.append({"id": gen.uid(), "person_id": p.id, "code": "he_bursary", "status": "awarded",
                                     "status_on": iso(today - timedelta(days=rng.randint(30, 500))), "amount": 200_000, "notes": ""})
        if rng.random() < 0.75:
            offers.append({"id": gen.uid(), "person_id": p.id, "on_date": iso(max(b16, today - timedelta(days=rng.randint(10, 900)))),
                           "method": rng.choice(["in_person", "leaflet", "app_or_website", "group_session"]), "by_name": "", "notes": ""})
    store.insert_many("accommodation_episodes", episodes)
    store.insert_many("suitability_assessments", assessments)
    store.insert_many("arrangements", arrangements)
    store.insert_many("housing_applications", housing)
    store.insert_many("eet_episodes", eets)
    store.insert_many("entitlements", entitlements)
    store.insert_many("entitlement_spends", spends)
    store.insert_many("local_offer_explanations", offers)
    store.insert_many("review_requests", requests)
    gen.summary.counts.update(accommodation_episodes=len(episodes), eet_episodes=len(eets))


# -- health -------------------------------------------------------------------------------------

HEALTH_NEEDS = [
    ("mental_health", "Anxiety and low mood", "Counselling every two weeks; GP reviews medication"),
    ("physical", "Asthma", "Inhalers; asthma review once a year at the practice"),
    ("disability", "Dyslexia", "Extra time and a reader at college"),
    ("mental_health", "Post-traumatic stress", "Refugee Council therapeutic service"),
    ("physical", "Type 1 diabetes", "Diabetes clinic every three months; insulin pump"),
    ("substance_use", "Daily cannabis use", "Young people's substance misuse service"),
    ("sexual_health", "Contraception", "Sexual health clinic"),
]
PACK = "Birth details\nImmunisation record\nChildhood illnesses and operations\nHospital letters\nDental record\nHow to use health services"


def demo_nhs_number(i: int) -> str:
    """The i-th demo young person's NHS number, from the range the NHS keeps for test data (999 000 0000
    to 999 999 9999), or "" (not recorded) for about one in six. Made from ``i`` alone, so adding it took
    nothing from the demo's random sequence."""
    first_nine = str(999_100_000 + 37 * i)
    check = nhs_check_digit(first_nine)
    return "" if check is None or i % 6 == 5 else first_nine + str(check)


def demo_health(gen: DemoGenerator) -> None:
    rng, today, store = gen.rng, gen.today, gen.store
    records, needs, referrals, handovers, consents = [], [], [], [], []
    window = lapsed_n = adults_n = 0
    gps = {r["person_id"]: r["organisation"] for r in store.query("SELECT person_id, organisation FROM key_people WHERE role = 'GP'")}
    for i, p in enumerate(gen.summary.people):
        b16, b18 = nth_birthday(p.dob, 16), nth_birthday(p.dob, 18)
        practice = f"{rng.choice(TOWNS)} Medical Practice" if rng.random() < 0.9 else ""
        practice = gps.get(p.id, practice)  # the GP named among their key people, where there is one
        records.append({"id": gen.uid(), "person_id": p.id, "gp_practice": practice,
                        "gp_phone": drama_landline(rng), "gp_registered_on": iso(max(b16 - timedelta(days=rng.randint(0, 2000)), p.dob)),
                        "dentist": "Orchard Dental Care" if rng.random() < 0.6 else "", "optician": "",
                        "allergies": rng.choice(["None known", "Penicillin", "Peanuts", "None known"]),
                        "medicines": rng.choice(["None", "Salbutamol inhaler", "Sertraline 50mg", "None"]),
                        "passport_allergies": int(rng.random() < 0.7), "passport_medicines": int(rng.random() < 0.5),
                        "nhs_number": demo_nhs_number(i), "passport_nhs_number": int(i % 9 != 4),
                        "last_health_assessment": iso(min(b18, today) - timedelta(days=rng.randint(30, 400))), "notes": ""})
        for j, (kind, desc, how) in enumerate(rng.sample(HEALTH_NEEDS, rng.choice([0, 0, 1, 1, 2]))):
            needs.append({"id": gen.uid(), "person_id": p.id, "position": j, "kind": kind, "description": desc, "how_met": how,
                          "active": 1, "in_passport": int(rng.random() < 0.8)})
            if kind == "mental_health" and rng.random() < 0.6:
                referred = today - timedelta(days=rng.randint(10, 120))
                status = rng.choice(["waiting", "waiting", "accepted", "seen"])
                if status == "waiting" and referred + timedelta(weeks=6) < today - timedelta(days=rng.randint(0, 20)):
                    status = "accepted"  # answered within the six weeks, or within days of it
                referrals.append({"id": gen.uid(), "person_id": p.id, "service": "Young People's Mental Health Service",
                                  "referred_on": iso(referred), "status": status, "response_due": iso(referred + timedelta(weeks=6)),
                                  "next_appointment": iso(today + timedelta(days=rng.randint(3, 40))) if status != "waiting" else None,
                                  "notes": ""})
        # The handover: every state appears. Under 17½ usually not started; 18+ mostly given.
        roll = rng.random()
        h = {"id": gen.uid(), "person_id": p.id, "requested_on": None, "requested_from": "", "received_on": None, "received_by": "",
             "given_on": None, "given_format": "", "explained": 0, "declined_on": None, "declined_reason": "", "pack_contents": "", "notes": ""}
        flag_from = add_months(b18, -6)
        if today < flag_from:
            state = "none" if roll < 0.7 else "requested"
        elif today < b18:  # the six months before 18: every stage, in turn
            state = ("requested", "received", "none", "given")[window % 4]
            window += 1
        elif gen.lapsed("health_history", p):  # 18 a few weeks ago: requested (or received), not yet given
            state = ("received", "requested")[lapsed_n % 2]
            lapsed_n += 1
        else:  # past 18: given to them (or, for one in twelve, declined)
            state = "declined" if adults_n % 12 == 5 else "given"
            adults_n += 1
        if state == "none":
            if today >= b18 and rng.random() < 0.5:
                continue  # left care before handovers were tracked: no record at all
        else:
            req = max(b16, min(today, flag_from) - timedelta(days=rng.randint(5, 120)))
            if gen.lapsed("health_history", p):
                req = max(b16, flag_from + timedelta(days=rng.randint(20, 90)))
            h.update(requested_on=iso(req), requested_from=rng.choice(["lac_nursing", "lac_nursing", "gp", "previous_la"]))
            if state in ("received", "given", "declined"):
                rec = min(today, req + timedelta(days=rng.randint(14, 90)))
                h.update(received_on=iso(rec), received_by=gen.store.get("workers", p.pa_id)["name"], pack_contents=PACK)
                if state == "given":
                    h.update(given_on=iso(min(today, rec + timedelta(days=rng.randint(3, 60)))), explained=1,
                             given_format=rng.choice(["paper", "digital", "health_passport"]))
                if state == "declined":
                    h.update(declined_on=iso(min(today, rec + timedelta(days=rng.randint(3, 30)))),
                             declined_reason="Does not want it now; knows to ask their PA if they change their mind.")
        handovers.append(h)
        if today >= b18 and (rng.random() < 0.7 or gen.lapsed("consent", p)):
            # Reviewed within the year (CONSENT is due a year on), but for the lapse: due days ago.
            given = max(b18, today - timedelta(days=rng.randint(10, 350)))
            if gen.lapsed("consent", p):
                given = max(b18, add_months(today, -12) - timedelta(days=rng.randint(3, 20)))
            withdrawn = rng.random() < 0.08
            consents.append({"id": gen.uid(), "person_id": p.id, "given_on": iso(given),
                             "scope": json.dumps(rng.choice([["plan_pdf", "cover_summary", "pa_team"], ["plan_pdf", "pa_team"],
                                                             ["plan_pdf", "cover_summary", "gp", "pa_team", "health_services"]])),
                             "who_may_see": "PA, duty workers and GP", "review_by": iso(add_months(given, 12)),
                             "withdrawn_on": iso(min(today, given + timedelta(days=60))) if withdrawn else None,
                             "withdrawn_reason": "Wants to keep health information private" if withdrawn else ""})
    store.insert_many("health_records", records)
    store.insert_many("health_needs", needs)
    store.insert_many("mh_referrals", referrals)
    store.insert_many("health_handovers", handovers)
    store.insert_many("health_consents", consents)


# -- issue 25: identity documents, immigration leave, a death's notification -------------------------
DEMO_REQUESTS = (
    ("dwp", "Jobcentre Plus Kingsmere", "Universal Credit claim: a care leaver's work coach"),
    ("nhs", "Kingsmere Medical Practice", "Registration and a health check"),
    ("housing", "Millbrook District Council", "Housing register application: care leaver priority"),
    ("home_office", "UK Visas and Immigration", "Biometric residence permit replacement"),
    ("college", "Brackenford College", "16-19 bursary and a care leaver's contact at the college"),
    ("nhs", "Young People's Mental Health Service", "Copy of the discharge letter"),
)
DOCUMENT_ORDER = ("birth_certificate", "passport_or_id", "ni_number", "bank_account", "gp_registration", "voter_registration")
LIMITED_LEAVE = ("uasc_leave", "refugee", "humanitarian", "limited_leave")


def _document_date(rng: random.Random, kind: str, dob: date, arrived: bool, today: date) -> date:
    """When a held document was got, at an age it is usually got: a birth registered within 42 days,
    a passport in childhood, a National Insurance number just before 16, a bank account and voter
    registration from 16 (attainers register at 16 in England). Someone who came to the UK alone
    (``arrived``) has their papers (a biometric residence permit) from after they arrived."""
    b16 = nth_birthday(dob, 16)
    if arrived and kind in ("birth_certificate", "passport_or_id", "gp_registration"):
        day = b16 - timedelta(days=rng.randint(0, 400))
    else:
        day = {"birth_certificate": dob + timedelta(days=rng.randint(5, 42)),
               "passport_or_id": nth_birthday(dob, rng.randint(8, 15)) + timedelta(days=rng.randint(0, 300)),
               "ni_number": b16 - timedelta(days=rng.randint(0, 90)),
               "bank_account": b16 + timedelta(days=rng.randint(0, 500)),
               "gp_registration": dob + timedelta(days=rng.randint(20, 5000)),
               "voter_registration": b16 + timedelta(days=rng.randint(0, 600))}[kind]
    return min(day, today - timedelta(days=1))


def demo_duties(gen: DemoGenerator) -> None:
    """A mostly well-run service: most young people near or past 18 hold their documents (a few
    are waiting for or missing one); those with limited leave mostly have it well in date, a few
    inside the warning window; the death was notified within the 5 working days."""
    rng, today, store = random.Random(f"duties-{gen.rng.random()}"), gen.today, gen.store

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    statuses = {r["id"]: r["immigration_status"] or "" for r in store.query("SELECT id, immigration_status FROM young_people")}
    docs, leave, notes = [], [], []
    for p in gen.summary.people:
        b18 = nth_birthday(p.dob, 18)
        near = today >= add_months(b18, -9)
        # Near or past 18: everything sorted, but for the lapse (one document applied for or missing).
        gap = rng.choice(DOCUMENT_ORDER[1:5]) if gen.lapsed("documents", p) else None
        for kind in DOCUMENT_ORDER:
            roll = rng.random()
            if kind == "voter_registration" and today < b18:
                status = "" if roll < 0.7 else "not_needed"
            elif near:
                status = "held" if kind != gap else ("applied" if roll < 0.6 else "")
            else:
                status = "held" if roll < 0.5 else ("applied" if roll < 0.6 else "")
            if not status:
                continue
            since = _document_date(rng, kind, p.dob, statuses[p.id] not in ("", "citizen"), today) if status == "held" else \
                today - timedelta(days=rng.randint(5, 50))
            docs.append({"id": uid(), "person_id": p.id, "kind": kind, "status": status,
                         "on_date": iso(since) if status in ("held", "applied") else None,
                         "notes": "Biometric residence permit (photo ID)" if kind == "passport_or_id" and statuses[p.id] not in ("", "citizen") else ""})
        st = statuses[p.id]
        if st:
            expires = today + timedelta(days=rng.randint(300, 1500)) if rng.random() < 0.85 else today + timedelta(days=rng.randint(40, 170))
            limited = st in LIMITED_LEAVE
            leave.append({"id": uid(), "person_id": p.id, "leave_expires": iso(expires) if limited else None,
                          "home_office_ref": f"X{rng.randint(1000000, 9999999)}" if st != "citizen" else "",
                          "legal_representative": "Refugee Legal Centre (immigration solicitor)" if st != "citizen" else "",
                          "triple_plan": "Stay: extend leave or settle. Return: not safe now. Elsewhere: none." if st != "citizen" else "",
                          "citizenship_entitled": int(st in ("ilr", "refugee") and rng.random() < 0.4), "citizenship_applied_on": None,
                          "citizenship_decided": "", "notes": ""})
        if p.touch_state == "died" and p.story_end is not None:
            learned = p.story_end + timedelta(days=rng.randint(0, 2))
            notes.append({"id": uid(), "person_id": p.id, "learned_on": iso(learned),
                          "sos_notified_on": iso(learned + timedelta(days=rng.randint(1, 3))),
                          "ofsted_notified_on": iso(learned + timedelta(days=rng.randint(1, 3))),
                          "notes": "Notified through the DfE and Ofsted notification forms."})
    # The offer at 21: made to most who have reached 21 (accepted by those who asked for support to
    # 25, declined or unanswered by the others); requests to other bodies, mostly answered; a few
    # at risk of homelessness, referred; release dates for those in custody.
    asked = {r["id"] for r in store.query("SELECT id FROM young_people WHERE support_requested_to_25 = 1")}
    in_custody = {r["person_id"] for r in store.query("SELECT person_id FROM accommodation_episodes WHERE accom_type = 'X' "
                                                       "AND end_date IS NULL")}
    offers, requests, risks, custody = [], [], [], []
    for p in gen.summary.people:
        b21 = nth_birthday(p.dob, 21)
        if p.touch_state == "died":
            continue
        if p.archetype.startswith("frc") and b21 <= today < nth_birthday(p.dob, 25):
            made = min(today, b21 + timedelta(days=rng.randint(-60, 20)))
            while True:  # made at 21, and again each year to those who did not take it up (CA 1989 s.23CZB)
                outcome = "accepted" if p.id in asked else rng.choice(["declined", "declined", "no_reply"])
                offers.append({"id": uid(), "person_id": p.id, "offered_on": iso(made), "how": rng.choice(["At a visit", "Phone", "Letter"]),
                               "outcome": outcome, "notes": "" if outcome != "declined" else "Managing well; knows how to ask later."})
                again = add_months(made, 12) - timedelta(days=rng.randint(0, 25))
                if outcome == "accepted" or again > today:
                    break
                made = again
        if today >= nth_birthday(p.dob, 16) and (rng.random() < 0.3 or gen.lapsed("request", p)):
            late = gen.lapsed("request", p)
            for body, name, what in rng.sample(DEMO_REQUESTS, rng.choice([1, 1, 2])):
                asked_on = today - timedelta(days=rng.randint(5, 200))
                answered = asked_on <= today - timedelta(days=28) or rng.random() < 0.5  # answered within the 28 days
                if late:  # no answer, and the chase is a few days late
                    late, answered, asked_on = False, False, today - timedelta(days=rng.randint(30, 40))
                answer_on = min(today, asked_on + timedelta(days=rng.randint(3, 27))) if answered else None
                requests.append({"id": uid(), "person_id": p.id, "body_kind": body, "body_name": name, "what": what,
                                 "asked_on": iso(asked_on), "chase_by": iso(asked_on + timedelta(days=28)),
                                 "answered_on": iso(answer_on) if answer_on and answer_on >= asked_on else None,
                                 "answer": "Done as asked" if answer_on and answer_on >= asked_on else "",
                                 "duty_to_refer": 0, "consent": 0, "notes": ""})
        if today >= nth_birthday(p.dob, 17) and rng.random() < 0.04:
            since = today - timedelta(days=rng.randint(3, 60))
            risks.append({"id": uid(), "person_id": p.id, "at_risk_from": iso(since), "reason": "Notice to leave their tenancy",
                          "ended_on": None})
            if rng.random() < 0.9:
                requests.append({"id": uid(), "person_id": p.id, "body_kind": "housing", "body_name": "Millbrook District Council",
                                 "what": "Duty to refer: notice to leave", "asked_on": iso(min(today, since + timedelta(days=2))),
                                 "chase_by": iso(min(today, since + timedelta(days=2)) + timedelta(days=28)), "answered_on": None,
                                 "answer": "", "duty_to_refer": 1, "consent": 1, "notes": ""})
                referral_answered = since + timedelta(days=2 + rng.randint(3, 20))
                if referral_answered < today:  # the housing authority answered within the 28 days
                    requests[-1].update(answered_on=iso(referral_answered), answer="Accepted: their housing officer is working with them")
        if p.id in in_custody:
            release = today + timedelta(days=rng.randint(10, 200))
            due = release - timedelta(days=28) <= today  # the review and accommodation are due now: mostly done
            reviewed = rng.random() < (0.9 if due else 0.4)
            arranged = due and rng.random() < 0.7
            custody.append({"id": uid(), "person_id": p.id, "release_on": iso(release),
                            "plan_reviewed_on": iso(today - timedelta(days=rng.randint(1, 20))) if reviewed else None,
                            "accommodation_arranged_on": iso(today - timedelta(days=rng.randint(1, 10))) if arranged else None,
                            "notes": "Release address agreed with probation" if arranged else ""})
    store.insert_many("identity_documents", docs)
    store.insert_many("immigration_statuses", leave)
    store.insert_many("death_notifications", notes)
    store.insert_many("pa_offers", offers)
    store.insert_many("agency_requests", requests)
    store.insert_many("homelessness_risks", risks)
    store.insert_many("custody_releases", custody)


# -- duty cover ------------------------------------------------------------------------------------

def demo_cover(gen: DemoGenerator) -> None:
    """One PA off sick now, covered by the team's duty worker; one planned absence last summer."""
    pas = gen.summary.workers["pa"]
    if len(pas) < 2:
        return
    today, store = gen.today, gen.store
    duty = gen.summary.workers["duty"][0]
    off_sick = pas[1]  # not the demo's own PA, whose caseload the demo opens on
    store.insert_many("absences", [
        {"id": gen.uid(), "worker_id": off_sick, "kind": "unplanned", "start_date": iso(today - timedelta(days=3)),
         "expected_return": iso(today + timedelta(days=11)), "ended_on": None, "cover_worker_id": duty,
         "out_of_hours": "Emergency Duty Team alerted for two young people", "notes": "Off sick; fit note for two weeks"},
        {"id": gen.uid(), "worker_id": pas[0], "kind": "planned", "start_date": iso(today - timedelta(days=120)),
         "expected_return": iso(today - timedelta(days=106)), "ended_on": None, "cover_worker_id": pas[-1],
         "out_of_hours": "", "notes": "Annual leave"},
    ])


def demo_own_copy(gen: DemoGenerator) -> None:
    """Copies of finalised plans given (most recorded, in the formats young people choose), some
    replies, a few stories, and three requests for their record: one in time, one with the clock
    stopped while its scope is clarified, one overdue. Its own random stream, so the rest of the
    demo is as it was."""
    rng = random.Random(f"own-copy-{gen.n}-{gen.today.isoformat()}")
    today, store = gen.today, gen.store
    finals = store.query("SELECT p.id, p.person_id, p.copy_given_date, p.pa_name FROM plans p WHERE p.status = 'final' "
                         "ORDER BY p.person_id, p.version")
    copies, replies, stories = [], [], []
    for f in finals:
        if not f["copy_given_date"] or rng.random() < 0.15:
            continue
        cid = gen.uid()
        fmt = rng.choice(["paper", "pdf", "my_plan", "my_plan", "my_plan_easy"])
        channel = {"paper": "in_person", "pdf": "secure_email", "my_plan": "phone_message", "my_plan_easy": "in_person"}[fmt]
        shared = rng.random() < 0.2
        copies.append({"id": cid, "plan_id": f["id"], "person_id": f["person_id"], "given_on": f["copy_given_date"],
                       "format": fmt, "channel": channel, "given_by": f["pa_name"],
                       "shared_with": "Their supported lodgings key worker" if shared else "", "agreed_by_young_person": int(shared),
                       "notes": ""})
        if rng.random() < 0.35:
            given = date.fromisoformat(f["copy_given_date"])
            section, views = rng.choice([("whole", "I read it. Happy with it, it is what we said."),
                                         ("finance", "I want more help with money, the bursary is not enough."),
                                         ("accommodation", "Happy with it. I want to stay where I am."),
                                         ("education", "Can we change the college bit? I want to do the evening course.")])
            replies.append({"id": gen.uid(), "copy_id": cid, "person_id": f["person_id"], "section": section, "views": views,
                            "replied_on": iso(min(today, given + timedelta(days=rng.randint(1, 14))))})
    people = [p for p in gen.summary.people if p.archetype != "frc_ended"]
    for p in rng.sample(people, max(1, len(people) // 8)) if people else []:
        stories.append({"id": gen.uid(), "person_id": p.id, "version": 1, "written_on": iso(today - timedelta(days=rng.randint(20, 300))),
                        "story": "I came into care when I was 13 because things at home were not safe. I lived with two foster "
                                 "families and then a children's home. I still see my little brother every month.",
                        "written_with": "My personal adviser", "include_in_copy": int(rng.random() < 0.6)})
    store.insert_many("plan_copies", copies)
    store.insert_many("plan_copy_replies", replies)
    store.insert_many("life_stories", stories)
    others = [p for p in people if p.pa_id != gen.summary.workers["pa"][0]]  # the demo's own PA's tray stays short
    if len(others) >= 3:
        asking = rng.sample(others, 3)
        received = [today - timedelta(days=10), today - timedelta(days=20), today - timedelta(days=40)]
        rows = [{"id": gen.uid(), "person_id": p.id, "received_on": iso(r), "made_by": "young_person",
                 "scope": s, "identity_checked_on": iso(r + timedelta(days=1)), "extension_months": 0}
                for p, r, s in zip(asking, received, ["Everything you hold about me", "My care records from 2015 to 2019",
                                                      "Everything, including what was written when I first came into care"])]
        store.insert_many("subject_access_requests", rows)
        store.insert_many("subject_access_pauses", [{"id": gen.uid(), "request_id": rows[1]["id"],
                                                     "asked_on": iso(received[1] + timedelta(days=3)),
                                                     "asked_what": "Which records: the children's social care file too?"}])
    gen.summary.counts.update(plan_copies=len(copies), life_stories=len(stories))
