"""Checks on a young person's details before anything is saved."""

from __future__ import annotations

import re
from datetime import date

from .codes import ETHNICITIES, GENDERS, IMMIGRATION_STATUSES, is_code
from .dates import age_on, format_uk, nth_birthday, periods_overlap
from .eligibility import EXTENDED_DUTIES_END_AGE, LEAVING_CARE_FROM_AGE
from .errors import Collector
from .people import YoungPerson

# The app serves care leavers aged 16-25 (DOMAIN.md §1: duties run from 16 to the 25th birthday).
MIN_AGE = LEAVING_CARE_FROM_AGE
MAX_AGE = EXTENDED_DUTIES_END_AGE

LABELS = {
    "legal_name": "Legal name",
    "preferred_name": "Preferred name",
    "dob": "Date of birth",
    "gender": "Gender",
    "ethnicity": "Ethnicity",
    "email": "Email",
    "phone": "Phone",
    "la_id": "LA identifier",
    "immigration_status": "Immigration status",
    "returned_home_from": "Living with a parent since",
    "care_periods": "Periods looked after",
    "key_people": "Key people",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s]{6,20}$")


def validate_person(p: YoungPerson, as_at: date) -> None:
    """Raise ValidationError naming every field that is wrong, with the fix."""
    c = Collector()
    c.require(p.legal_name, "legal_name", LABELS["legal_name"], "enter the young person's full legal name")
    if p.dob is None:
        c.add("dob", LABELS["dob"], "enter the date of birth as dd/mm/yyyy")
    elif p.dob > as_at:
        c.add("dob", LABELS["dob"], f"{format_uk(p.dob)} is in the future: check the year")
    else:
        age = age_on(p.dob, as_at)
        if age < MIN_AGE:
            c.add("dob", LABELS["dob"], f"gives an age of {age}: care leavers are {MIN_AGE} to {MAX_AGE} "
                  f"(they can be added from their 16th birthday, {format_uk(nth_birthday(p.dob, MIN_AGE))})")
        elif age > MAX_AGE:
            c.add("dob", LABELS["dob"], f"gives an age of {age}: care leavers are {MIN_AGE} to {MAX_AGE}; check the year")
    if not is_code(GENDERS, p.gender):
        c.add("gender", LABELS["gender"], "choose one of the listed values")
    if not is_code(ETHNICITIES, p.ethnicity):
        c.add("ethnicity", LABELS["ethnicity"], "choose one of the listed values")
    if not is_code(IMMIGRATION_STATUSES, p.immigration_status):
        c.add("immigration_status", LABELS["immigration_status"], "choose one of the listed values")
    if p.email.strip() and not _EMAIL.match(p.email.strip()):
        c.add("email", LABELS["email"], "is not an email address: it should look like name@example.org")
    if p.phone.strip() and not _PHONE.match(p.phone.strip()):
        c.add("phone", LABELS["phone"], "use digits, spaces and + only (6 to 20 characters)")
    if p.la_id and len(p.la_id.strip()) > 30:
        c.add("la_id", LABELS["la_id"], "is too long: at most 30 characters")
    if p.returned_home_from and p.returned_home_from > as_at:
        c.add("returned_home_from", LABELS["returned_home_from"], "is in the future: enter the date they moved back")

    label = LABELS["care_periods"]
    periods = sorted(p.care_periods, key=lambda cp: cp.start or date.min)
    for i, cp in enumerate(periods, start=1):
        if cp.start is None:
            c.add("care_periods", label, f"period {i} has no start date")
            continue
        if cp.start > as_at:
            c.add("care_periods", label, f"period {i} starts in the future ({format_uk(cp.start)})")
        if p.dob and cp.start < p.dob:
            c.add("care_periods", label, f"period {i} starts before the date of birth")
        if cp.end is not None and cp.end <= cp.start:
            c.add("care_periods", label, f"period {i} ends on or before it starts: the end is the date care ceased")
        if cp.end is not None and cp.end > as_at:
            c.add("care_periods", label, f"period {i} ends in the future: leave the end blank while still looked after")
    for a, b in zip(periods, periods[1:]):
        if a.start and b.start and periods_overlap(a.start, a.end, b.start, b.end):
            c.add("care_periods", label, f"the periods starting {format_uk(a.start)} and {format_uk(b.start)} overlap")
    for i, kp in enumerate(p.key_people, start=1):
        if not kp.name.strip():
            c.add("key_people", LABELS["key_people"], f"row {i} has no name")
        if kp.phone.strip() and not _PHONE.match(kp.phone.strip()):
            c.add("key_people", LABELS["key_people"], f"row {i}: the phone number should be digits, spaces and + only")
    c.raise_if_any()
