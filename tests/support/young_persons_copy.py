"""A young person with a pathway plan, for the tests of their own copy (My plan, the record export)."""

from datetime import date

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import KeyPerson, YoungPerson
from careleaver_app.domain.plans import SECTIONS, Contingency, ContingencyKind, OwnerKind, PlanAction, SectionKey

RISK_NOTE = "Internal: exploitation concern shared at the strategy meeting"
SAFETY_NOTE = "Do not visit alone after dark"
HOSTILE_NAME = 'Zoë <script>alert("x")</script> <img src=x onerror=alert(1)> Şahin'


def person_with_plan(services, team, *, name="Zoë Łucja Şahin", preferred="Zoë", final=True) -> tuple[str, str]:
    """(person id, plan id): a young person of 18 with an agreed plan: their own words, actions for
    them and for others (one late, one done), a contingency and a safety plan; internal risk and
    safety notes and a key person that the young person's own copy must not show."""
    pid = services.people.create(YoungPerson(
        legal_name=name, preferred_name=preferred, dob=date(2008, 2, 29), phone="07700 900111", email="zoe@example.org",
        care_periods=[CarePeriod(date(2021, 3, 1), date(2026, 2, 28))], risks=RISK_NOTE, safety_notes=SAFETY_NOTE,
        key_people=[KeyPerson(name="Kwame Asante-Boateng", role="Mum's partner", phone="07700 900222")]), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    plan.views = "I want to stay near my college. I feel listened to."
    plan.sections[SectionKey.EDUCATION].need = "Finish the Level 3 course at Brackenford College."
    plan.sections[SectionKey.EDUCATION].own_words = "I want to be a nurse."
    plan.sections[SectionKey.ACCOMMODATION].need = "Stay in the supported flat until the course ends."
    for info in SECTIONS:
        if not plan.sections[info.key].need:
            plan.sections[info.key].need = f"Keep going with {info.plain_title.lower()}, checked at each visit."
    plan.copy_given_date = date(2026, 11, 2)
    plan.actions += [
        PlanAction("Apply for the 16-19 bursary", OwnerKind.YOUNG_PERSON, preferred, date(2026, 12, 1), SectionKey.EDUCATION),
        PlanAction("Book a dentist appointment", OwnerKind.YOUNG_PERSON, preferred, date(2026, 11, 10), SectionKey.HEALTH),
        PlanAction("Ask housing about a move-on flat", OwnerKind.PA, "Priya Valente", date(2027, 1, 15), SectionKey.ACCOMMODATION),
    ]
    plan.contingencies += [
        Contingency("I lose my place at college", "my PA helps me find another course within two weeks", "Priya",
                    date(2027, 1, 1)),
        Contingency("going missing", "call the police after 24 hours", "PA / EDT", date(2026, 12, 1),
                    kind=ContingencyKind.SAFETY, escalation="strategy discussion the same day"),
    ]
    plan.participants = "Zoë, Priya (PA), the college's student support officer"
    if final:
        plan = services.plans.finalise(plan)
    else:
        services.plans.save_draft(plan)
    return pid, plan.id
