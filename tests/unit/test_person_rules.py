from datetime import date

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import KeyPerson, YoungPerson
from careleaver_app.domain.person_rules import validate_person
from tests.support.rules import refusals

TODAY = date(2026, 11, 22)


def person(**kw):
    base = dict(legal_name="Zoë Okafor", dob=date(2007, 5, 1))
    base.update(kw)
    return YoungPerson(**base)


def errors_for(p):
    return refusals(validate_person, p, TODAY)


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


def test_a_person_with_every_optional_detail_filled_in_passes():
    validate_person(person(
        la_id="L" * 30, email="zoe.okafor@example.org", phone="07700 900123", returned_home_from=TODAY,
        care_periods=[CarePeriod(date(2021, 5, 1), date(2023, 5, 1)), CarePeriod(date(2023, 5, 1), TODAY),
                      CarePeriod(TODAY)],
        key_people=[KeyPerson("Ciara Pryce", "Former foster carer", "")]), TODAY)


def test_the_la_identifier_is_at_most_30_characters():
    validate_person(person(la_id="L" * 30), TODAY)
    assert "at most 30" in errors_for(person(la_id="L" * 31))["la_id"]


def test_born_today_is_too_young_not_in_the_future():
    assert "age of 0" in errors_for(person(dob=TODAY))["dob"]


def test_living_with_a_parent_since_tomorrow_is_in_the_future():
    validate_person(person(returned_home_from=TODAY), TODAY)
    assert "future" in errors_for(person(returned_home_from=date(2026, 11, 23)))["returned_home_from"]


def test_care_can_start_on_the_day_of_birth_but_not_before():
    validate_person(person(care_periods=[CarePeriod(date(2007, 5, 1), date(2025, 5, 1))]), TODAY)
    assert "before the date of birth" in errors_for(person(care_periods=[CarePeriod(date(2007, 4, 30))]))["care_periods"]


def test_a_care_period_can_start_today_not_tomorrow():
    validate_person(person(care_periods=[CarePeriod(TODAY)]), TODAY)
    assert "starts in the future" in errors_for(person(care_periods=[CarePeriod(date(2026, 11, 23))]))["care_periods"]


def test_a_care_period_can_end_today_not_tomorrow():
    validate_person(person(care_periods=[CarePeriod(date(2026, 1, 1), TODAY)]), TODAY)
    msg = errors_for(person(care_periods=[CarePeriod(date(2026, 1, 1), date(2026, 11, 23))]))["care_periods"]
    assert "ends in the future" in msg


def test_a_care_period_ending_the_day_it_starts_is_refused():
    msg = errors_for(person(care_periods=[CarePeriod(date(2022, 1, 1), date(2022, 1, 1))]))["care_periods"]
    assert "period 1 ends on or before it starts" in msg
    validate_person(person(care_periods=[CarePeriod(date(2022, 1, 1), date(2022, 1, 2))]), TODAY)  # one day


def test_back_to_back_care_periods_do_not_overlap():
    # The end is the date care ceased, so a new period may begin that day.
    validate_person(person(care_periods=[CarePeriod(date(2022, 1, 1), date(2022, 6, 1)), CarePeriod(date(2022, 6, 1))]), TODAY)
    overlapping = [CarePeriod(date(2022, 1, 1), date(2022, 6, 2)), CarePeriod(date(2022, 6, 1))]
    msg = errors_for(person(care_periods=overlapping))["care_periods"]
    assert "periods starting 01/01/2022 and 01/06/2022 overlap" in msg


def test_care_periods_are_checked_in_date_order_whatever_order_they_are_typed():
    later, earlier = CarePeriod(date(2024, 1, 1), date(2025, 1, 1)), CarePeriod(date(2021, 1, 1), date(2022, 1, 1))
    validate_person(person(care_periods=[later, earlier]), TODAY)
    backwards = CarePeriod(date(2021, 3, 1), date(2021, 1, 1))
    msg = errors_for(person(care_periods=[later, backwards]))["care_periods"]
    assert msg == "period 1 ends on or before it starts: the end is the date care ceased"


def test_a_care_period_without_a_start_is_named_by_its_place():
    msg = errors_for(person(care_periods=[CarePeriod(date(2021, 1, 1), date(2022, 1, 1)), CarePeriod(None)]))["care_periods"]
    assert msg == "period 1 has no start date"  # listed first: a period with no start sorts before the others


def test_key_people_are_named_by_their_row():
    people = [KeyPerson("Ciara Pryce", "GP", "01632 960123"), KeyPerson(" ", "Sibling", "07700 900456")]
    msg = errors_for(person(key_people=people))["key_people"]
    assert "row 2 has no name" in msg


def test_a_key_persons_phone_is_checked_and_named_by_its_row():
    people = [KeyPerson("Ciara Pryce", "GP", "01632 960123"), KeyPerson("Tom Reid", "Advocate", "ring me")]
    assert "row 2: the phone number" in errors_for(person(key_people=people))["key_people"]
