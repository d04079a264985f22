"""Synthetic demo caseloads: deterministic for a given seed and "today".

Every person here is invented. Phone numbers are in Ofcom's ranges reserved for
drama (07700 900xxx, 01632 960xxx); towns and postcode areas do not exist.
Each capability adds a step to :class:`DemoGenerator`.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain.dates import add_months, iso, nth_birthday
from ..domain.people import Role
from ..storage.store import Store

FIRST_NAMES = [
    "Zoë", "Łukasz", "Şahin", "Siobhán", "Amara", "Tyler", "Chloe", "Kacper", "Aisha", "Jayden", "Mia", "Ewan",
    "Renée", "Dawit", "Fatima", "Kai", "Oliwia", "Reece", "Precious", "Tomás", "Leah", "Mohammed", "Ellie-May",
    "Jamal", "Niamh", "Bilal", "Sofía", "Callum", "Yusuf", "Skye", "Dariusz", "Amelia", "Kofi", "Ruby", "Hamid",
    "Jade", "Aleksander", "Nadia", "Connor", "Mariam", "Liam", "Eilidh", "Abdi", "Lacey", "Ștefan", "Maja",
    "Ibrahim", "Demi", "Jonás", "Paige", "Samir", "Björn", "Aoife", "Tendai", "Kayden", "Zainab", "Harvey",
    "Ngozi", "Dominik", "Chantelle", "Ahmad", "Freya", "Musa", "Kerys", "Elif", "Rhys",
]
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


def drama_mobile(rng: random.Random) -> str:
    return f"07700 900{rng.randint(0, 999):03d}"


def drama_landline(rng: random.Random) -> str:
    return f"01632 960{rng.randint(0, 999):03d}"


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


class DemoGenerator:
    def __init__(self, store: Store, *, people: int = 60, seed: int = 2026, today: date | None = None):
        self.store = store
        self.n = people
        self.rng = random.Random(seed)
        self.today = today or date.today()
        self.summary = DemoSummary()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def run(self) -> DemoSummary:
        with self.store.transaction():
            self.workers()
            self.people()
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
            self.store.insert("teams", {"id": tid, "name": team_names[t], "duty_phone": drama_landline(self.rng)})
            for role, count in (("manager", 1), ("duty", 1), ("pa", pas_per_team)):
                for _ in range(count):
                    wid = self.uid()
                    roles[role].append(wid)
                    self.store.insert("workers", {"id": wid, "name": next(names), "role": role, "team_id": tid,
                                                  "phone": drama_mobile(self.rng), "email": "", "active": 1})
        self.summary.teams = teams
        self.summary.workers = roles
        self._team_of = {}
        for wid in roles["pa"]:
            self._team_of[wid] = self.store.get("workers", wid)["team_id"]
        self.summary.current_worker_id = roles["pa"][0]
        self.store.upsert_setting("current_worker_id", roles["pa"][0])

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
                  "frc_relevant": (18, 20), "qualifying_adult": (18, 20), "frc_extended": (21, 24), "frc_ended": (21, 23)}[archetype]
        age = self.rng.randint(lo, hi)
        # Aged ``age`` today; the youngest are at least 150 days past their birthday so
        # that a care history after the 16th birthday fits before today.
        return add_months(t, -12 * age) - timedelta(days=self.rng.randint(150 if age == lo else 1, 360))

    def people(self) -> None:
        pas = self.summary.workers["pa"]
        used = set()
        rows, periods, keys, allocs = [], [], [], []
        for i, arch in enumerate(self._archetype_plan()):
            pid = self.uid()
            dob = self._dob_for(arch)
            while True:
                first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
                if (first, last) not in used or len(used) > len(FIRST_NAMES) * len(SURNAMES) * 0.8:
                    break
            used.add((first, last))
            uasc = arch in ("frc_at_18", "eligible", "frc_extended") and self.rng.random() < 0.18
            b14, b16, b18 = (nth_birthday(dob, a) for a in (14, 16, 18))
            # Care history that produces the archetype's category.
            if arch == "eligible":
                start = b14 + timedelta(days=self.rng.randint(0, 700)) if not uasc else b16 - timedelta(days=self.rng.randint(120, 400))
                start = min(start, self.today - timedelta(days=120))
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
            gender = self.rng.choice(["female", "male", "male", "female", "neither", "not_stated"] if i % 11 == 0 else ["female", "male"])
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
                "returned_home_from": None,
                "support_requested_to_25": int(arch == "frc_extended" and self.rng.random() < 0.6),
                "in_education_or_training": 0,
                "risks": self.rng.choice(RISK_NOTES), "safety_notes": "",
                "edt_alert": int(self.rng.random() < 0.08), "allocated_pa_id": pa,
                "archived_at": None, "archived_reason": "",
            }
            if row["has_disability"]:
                row["disability"] = self.rng.choice(["Autism spectrum condition", "Hearing impairment", "ADHD", "Type 1 diabetes", "Learning disability (mild)"])
            if arch == "frc_extended" and not row["support_requested_to_25"]:
                row["in_education_or_training"] = 1
            if arch == "frc_ended":
                row["archived_at"] = f"{iso(nth_birthday(dob, 21))}T09:00:00+00:00"
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
            self.summary.people.append(DemoPerson(pid, dob, pa, self._team_of[pa], arch, left, f"{first} {last}"))
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
            first = self.rng.choice(WORKER_FIRST)
            surname = self.rng.choice(WORKER_SURNAMES)
            phone = drama_landline(self.rng) if org else drama_mobile(self.rng)
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


def generate_demo(store: Store, *, people: int = 60, seed: int = 2026, today: date | None = None) -> DemoSummary:
    """Fill an empty store with a synthetic caseload."""
    return DemoGenerator(store, people=people, seed=seed, today=today).run()
