from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.people import KeyPerson, YoungPerson
from careleaver_app.domain.person_rules import validate_person

TODAY = date(2026, 11, 22)


def person(**kw):
    base = dict(legal_name="Zoë Okafor", dob=date(2007, 5, 1))
    base.update(kw)
    return YoungPerson(**base)


def errors_for(p):
    with pytest.raises(ValidationError) as exc:
        validate_person(p, TODAY)
    return {e.field: e.message for e in exc.value.errors}


def test_a_complete_person_passes():
    validate_person(person(care_periods=[CarePeriod(date(2021, 5, 1), date(2025, 5, 1))]), TODAY)


def test_empty_legal_name_is_named():
    assert "legal name" in errors_for(person(legal_name="   "))["legal_name"]


def test_date_of_birth_in_the_future():
    assert "future" in errors_for(person(dob=date(2027, 1, 1)))["dob"]


def test_age_limits_are_16_to_25_inclusive():
    assert "age of 15" in errors_for(person(dob=date(2010, 11, 23)))["dob"]  # 16 tomorrow
    validate_person(person(dob=date(2010, 11, 22)), TODAY)  # 16 today
    validate_person(person(dob=date(2000, 11, 23)), TODAY)  # 25, 26 tomorrow
    assert "age of 26" in errors_for(person(dob=date(2000, 11, 22)))["dob"]


def test_care_periods_must_make_sense():
    msg = errors_for(person(care_periods=[CarePeriod(date(2022, 1, 1), date(2021, 1, 1))]))["care_periods"]
    assert "ends on or before it starts" in msg
    msg = errors_for(person(care_periods=[CarePeriod(date(2022, 1, 1), date(2023, 1, 1)), CarePeriod(date(2022, 6, 1))]))["care_periods"]
    assert "overlap" in msg
    msg = errors_for(person(care_periods=[CarePeriod(date(2006, 1, 1))]))["care_periods"]
    assert "before the date of birth" in msg


def test_contact_details_are_checked():
    errs = errors_for(person(email="not-an-email", phone="call me"))
    assert "name@example.org" in errs["email"]
    assert "digits" in errs["phone"]


def test_key_people_need_names():
    assert "no name" in errors_for(person(key_people=[KeyPerson("", "GP", "01632 960123")]))["key_people"]


def test_display_name_keeps_surname_particles():
    from careleaver_app.domain.people import display_name
    assert display_name("Oliwia Ó Briain", "Ola") == "Ola Ó Briain"
    assert display_name("Anna van der Berg", "Annie") == "Annie van der Berg"
    assert display_name("Nguyễn Thị Łucja Şahin", "Lucy") == "Lucy Şahin"
    assert display_name("Mohammed Novák", "Mo") == "Mo Novák"
    assert display_name("Zoë Okafor", "") == "Zoë Okafor"
    assert display_name("Zoë Okafor", "Zoë") == "Zoë Okafor"
