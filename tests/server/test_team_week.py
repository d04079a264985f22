"""A week of a team's work on three laptops (a PA, a duty worker, the team manager) and the
service team's, against one standalone store that does the same work: visits logged offline, a
planned absence with cover, a plan signed off, a conflict resolved, a young person reallocated,
and at the end the service's 903 return, Annex A, dashboard and team work tray equal to what the
standalone store gives for the same records (issue 22's "Done when")."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import replace
from datetime import datetime, time, timedelta

from careleaver_app.app import build_services
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.cover import Absence
from careleaver_app.domain.plans import SECTIONS, Contingency, OwnerKind, PlanAction, SectionKey
from careleaver_app.services.context import Clock
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage.store import Store


def fill(plan, start):
    for info in SECTIONS:
        plan.sections[info.key].need = f"What is needed: {info.plain_title}"
    plan.actions.append(PlanAction("Apply for the 16-19 bursary", OwnerKind.YOUNG_PERSON, "Amara", start + timedelta(days=30),
                                   SectionKey.EDUCATION))
    plan.contingencies.append(Contingency("I lose my tenancy", "PA rings housing options the same day", "PA",
                                          start + timedelta(days=40)))
    plan.views = "It's my plan and I agree with it"
    plan.copy_given_date = start
    return plan


class Team:
    """The week's work done on a team: each worker on their own laptop, syncing when online."""

    def __init__(self, council):
        self.council = council
        self.laps = {who: council.laptop(who) for who in ("pa", "pa2", "duty", "manager", "south", "service")}

    @contextlib.contextmanager
    def at(self, who, day):
        lap = self.laps[who]
        lap.services.clock.fixed_today = day
        yield lap.services

    def sync(self, *who):
        return [self.laps[w].sync() for w in who]


class OneStore:
    """The same work in one standalone store holding the council's records (a copy of the store
    the council was loaded from), each step done as the worker who does it on the team."""

    def __init__(self, council):
        self.council = council
        shutil.copy(council.tmp / "seed.db", council.tmp / "one-store.db")
        self.store = Store.open(council.tmp / "one-store.db", council.seed_key)
        self.services = build_services(self.store, Clock(council.today))

    @contextlib.contextmanager
    def at(self, who, day):
        self.services.clock.fixed_today = day
        self.services.workers.set_current(self.council.workers[who])
        yield self.services

    def sync(self, *who):
        return []


def week(team, council):
    """Five days from the day the council was set up (the young people were allocated that
    day); the returns are made on the seventh."""
    w, p = council.workers, council.people
    monday = council.today
    day = [monday + timedelta(days=i) for i in range(5)]

    def contact(who, label, on, kind, summary, **kw):
        return Contact(p[label], datetime.combine(on, time(11, 0)), kind, w[who], summary=summary, **kw)

    # Monday: Priya visits Amara and Ben (out of signal: logged offline), drafts and finalises Amara's
    # plan, and records her own leave, Tuesday to Thursday, covered by the duty worker.
    with team.at("pa", day[0]) as s:
        s.contacts.log(contact("pa", "amara", day[0], ContactType.VISIT_HOME, "Seen at her flat", seen=True))
        s.contacts.log(contact("pa", "ben", day[0], ContactType.VISIT_HOME, "Seen at the foyer", seen=True))
        plan = s.plans.finalise(fill(s.plans.start_plan(p["amara"], day[0]), day[0]))
        s.cover.save_absence(Absence(w["pa"], "planned", day[1], day[4], w["duty"], out_of_hours="EDT 01632 960999"))
    team.sync("pa")

    # Tuesday: the duty worker's own views show Priya's young people; they ring Amara.
    team.sync("duty")
    with team.at("duty", day[1]) as s:
        mine = {r.id for r in s.people.caseload(Scope(ScopeKind.MINE, w["duty"]))}
        assert {p["amara"], p["ben"]} <= mine, "My work shows the young people the duty worker covers"
        s.contacts.log(contact("duty", "amara", day[1], ContactType.PHONE, "Rang about her bursary form"))
    team.sync("duty")

    # Wednesday: the manager signs the plan off.
    team.sync("manager")
    with team.at("manager", day[2]) as s:
        s.plans.oversee(plan.id, w["manager"], "signed_off", "A clear plan, with dates")
    team.sync("manager")

    # Thursday: Gareth, the team's other PA, takes Amara's call in the office and corrects her
    # number on his laptop, which is not online.
    team.sync("pa2")
    with team.at("pa2", day[3]) as s:
        s.people.update(replace(s.people.get(p["amara"]), phone="07700 900222"))

    # Friday: Priya is back; before syncing she also changes Amara's number (she had an older
    # note) and texts Ben. Gareth syncs first, so Priya's number is the one in conflict.
    with team.at("pa", day[4]) as s:
        s.people.update(replace(s.people.get(p["amara"]), phone="07700 900111"))
        s.contacts.log(contact("pa", "ben", day[4], ContactType.TEXT, "Reminded him of Monday's appointment"))
    team.sync("pa2", "pa")
    # The manager resolves it with the number Amara gives them, and reallocates Ben, who has moved
    # to the south of the county, to the South team's PA.
    team.sync("manager")
    with team.at("manager", day[4]) as s:
        if isinstance(team, Team):
            [conflict] = s.team.conflicts()
            assert (conflict.person_id, conflict.standing, conflict.other) == (p["amara"], "07700 900222", "07700 900111")
            s.team.resolve(conflict.id, "value", "07700 900333")
        else:  # one store: the last change is the manager's
            s.people.update(replace(s.people.get(p["amara"]), phone="07700 900333"))
        s.people.reallocate(p["ben"], w["south"], "Moved to Southport: the South team's area", day[4])
    team.sync("manager", "pa", "pa2", "duty", "south", "service")
    return plan


def results(s, council):
    """What the service and the team see: the 903 return for this year and last, Annex A, the
    service's dashboard, and North's work tray as its manager sees it, on the week's seventh day."""
    today = s.clock.fixed_today = council.today + timedelta(days=7)
    year = today.year + 1 if today.month >= 4 else today.year
    out = {}
    for y in (year - 1, year):
        files = s.returns.oc3_files(y, include_failing=True)
        out[f"oc3 {y}"] = (sorted(files.oc3.decode().splitlines()), sorted(files.header.decode().splitlines()),
                           sorted((files.failing or b"").decode().splitlines()), files.rows, files.left_out)
    out["annex a"] = sorted(map(repr, s.returns.annex_a(today)))
    dash = s.dashboard.build(Scope(ScopeKind.ALL), today)
    out["dashboard"] = [(f.key, f.text, sorted((x.id, x.pa_name, x.detail) for x in f.people)) for f in dash.all_figures()]
    out["dashboard workload"] = sorted(map(repr, dash.caseloads))
    out["tray"] = team_tray(s, council)
    return out


def team_tray(s, council):
    """North's work tray as its manager sees it, on the week's seventh day."""
    s.clock.fixed_today = council.today + timedelta(days=7)
    tray = s.worktray.items(Scope(ScopeKind.TEAM, council.workers["manager"]), s.clock.fixed_today)
    return sorted((i.kind.value, i.person_id, i.due.isoformat() if i.due else "", i.reason) for i in tray)


def test_a_week_of_team_work_gives_the_same_returns_as_one_store(council):
    team = Team(council)
    plan = week(team, council)
    one = OneStore(council)
    one_plan = week(one, council)
    lap = team.laps
    p = council.people

    # Every laptop ends the week with what it should hold.
    for who in ("pa", "duty", "manager", "service"):
        assert lap[who].services.people.get(p["amara"]).phone == "07700 900333", who
    assert lap["pa"].store.scalar("SELECT count(*) FROM young_people WHERE id = ?", [p["ben"]]) == 0
    texts = [c.summary for c in lap["south"].services.contacts.contacts(p["ben"])]
    assert "Reminded him of Monday's appointment" in texts  # pushed before Ben left Priya's laptop
    assert "Rang about her bursary form" in [c.summary for c in lap["pa"].services.contacts.contacts(p["amara"])]
    signed = lap["pa"].services.plans.get(plan.id)
    assert signed.oversight and signed.oversight[-1].decision == "signed_off"
    assert signed.oversight_status.endswith("(signed in to the team server)")
    assert one.services.plans.get(one_plan.id).oversight_status.endswith("(signed in on this laptop)")
    assert not lap["manager"].services.team.conflicts()

    # The service team's laptop holds the whole council and gives the same figures as one store.
    one.services.workers.set_current(council.workers["manager"])
    service, standalone = results(lap["service"].services, council), results(one.services, council)
    for key in ("oc3", "annex a", "dashboard"):
        for k in [k for k in service if k.startswith(key)]:
            assert service[k] == standalone[k], k
    assert any(service[k][3] for k in service if k.startswith("oc3")), "the return has rows to compare"
    # The manager's laptop holds only North's young people and gives North's tray as one store does.
    assert team_tray(lap["manager"].services, council) == standalone["tray"]
    assert standalone["tray"], "the tray has items to compare"
    assert p["ben"] not in {i[1] for i in standalone["tray"]}
    one.store.close()
