"""Records the 903 tests need."""

from datetime import date, datetime


def add_unhoused_care_leaver(services, la_id: str = "LC990153") -> str:
    """A 19-year-old in 2025-26, reached before the birthday and working, with nowhere recorded to
    live: their OC3 row fails DfE rule 153."""
    from careleaver_app.domain.contacts import Contact, ContactType
    from careleaver_app.domain.eet import EetEpisode
    from careleaver_app.domain.eligibility import CarePeriod
    from careleaver_app.domain.people import YoungPerson

    pa = services.workers.current().id
    pid = services.people.create(YoungPerson(legal_name="Nell Unhoused", dob=date(2006, 10, 1), la_id=la_id,
                                             care_periods=[CarePeriod(date(2020, 10, 1), date(2024, 10, 1))]), pa)
    services.contacts.log(Contact(pid, datetime(2025, 9, 20, 10), ContactType.PHONE, pa, summary="Caught up by phone."))
    services.living.save_eet(EetEpisode(pid, "F5", date(2025, 1, 1), provider="Synthetic Shop", course_or_job="Sales"))
    return pid
