"""Synthetic young people that several test modules start from."""

from datetime import date, datetime

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson


def seen_at_home(services, pa_id: str) -> str:
    """Kofi Mensah (born 03/03/2007, in care 01/01/2021 to 03/03/2025) on ``pa_id``'s caseload,
    seen at home on 01/09/2026 and all fine: his id."""
    pid = services.people.create(YoungPerson(legal_name="Kofi Mensah", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]), pa_id)
    services.contacts.log(Contact(pid, datetime(2026, 9, 1, 10, 0), ContactType.VISIT_HOME, pa_id, seen=True,
                                  summary="Visited at home; all fine."))
    return pid
