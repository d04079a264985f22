"""Duties as the Acts set them, rule by rule, at each boundary (issue 18 points 8-15, issue 17 point 8).
New tests live here rather than in the older rule files."""

from datetime import date, timedelta

from careleaver_app.domain.contacts import InTouch, derive_in_touch

D = timedelta(days=1)


# -- a new allocation starts the keeping-in-touch clock ---------------------------------------------

def test_never_reached_counts_from_the_first_allocation():
    as_at = date(2026, 11, 22)
    never = dict(last_successful=None, decision=None, lost_touch_days=90)
    assert derive_in_touch(as_at, allocated_on=as_at, **never) == InTouch.YES  # allocated today
    assert derive_in_touch(as_at, allocated_on=date(2026, 8, 24), **never) == InTouch.YES  # 90 days
    assert derive_in_touch(as_at, allocated_on=date(2026, 8, 23), **never) == InTouch.NO  # 91 days
    assert derive_in_touch(as_at, allocated_on=as_at + D, **never) == InTouch.NO  # not allocated yet
    assert derive_in_touch(as_at, **never) == InTouch.NO
    # Once reached, the last contact is the clock, however recent the allocation.
    assert derive_in_touch(as_at, last_successful=date(2026, 8, 23), decision=None, lost_touch_days=90,
                           allocated_on=as_at) == InTouch.NO


# -- who is a care leaver: returned home, and who can be extended to 25 ---------------------------------

from careleaver_app.domain.dates import add_months, nth_birthday  # noqa: E402
from careleaver_app.domain.eligibility import CarePeriod, Category, derive_category  # noqa: E402

DOB = date(2009, 6, 15)
B14, B16, B18, B21, B25 = (nth_birthday(DOB, n) for n in (14, 16, 18, 21, 25))


def test_a_relevant_child_six_months_at_home_is_a_qualifying_care_leaver_to_21():
    left = B16 + 100 * D
    periods = [CarePeriod(B14, left)]
    home = left
    six = add_months(home, 6)
    before = derive_category(DOB, periods, six - D, returned_home_from=home)
    assert before.category == Category.RELEVANT and not before.returned_home
    r = derive_category(DOB, periods, six, returned_home_from=home)
    assert (r.category, r.active, r.returned_home) == (Category.QUALIFYING, True, True)
    assert "s.24(1B)" in r.reason and "RHOM" in r.reason
    # Past 18 they stay qualifying (not former relevant: they were not relevant at 18), to the 21st birthday.
    at18 = derive_category(DOB, periods, B18, returned_home_from=home)
    assert (at18.category, at18.active, at18.returned_home) == (Category.QUALIFYING, True, True)
    assert derive_category(DOB, periods, B21 - D, returned_home_from=home).active
    assert not derive_category(DOB, periods, B21, returned_home_from=home).active


def test_six_months_at_home_reached_on_the_18th_birthday_still_stops_them_being_former_relevant():
    periods = [CarePeriod(B14, B16 + 100 * D)]
    home = add_months(B18, -6)  # six months at home exactly on the birthday
    assert derive_category(DOB, periods, B18, returned_home_from=home).category == Category.QUALIFYING
    later = add_months(B18, -6) + D  # six months only the day after the birthday: was relevant at 18
    assert derive_category(DOB, periods, B18, returned_home_from=later).category == Category.FORMER_RELEVANT


def test_support_to_25_on_request_is_for_former_relevant_young_people_only():
    frc = [CarePeriod(B14, B18)]
    qualifying = [CarePeriod(B16 + 30 * D, B16 + 80 * D)]
    asked = dict(support_requested_to_25=True)
    assert derive_category(DOB, frc, B21, **asked).active  # s.23CZB
    assert derive_category(DOB, frc, B25 - D, **asked).active
    assert not derive_category(DOB, frc, B25, **asked).active
    q = derive_category(DOB, qualifying, B21 - D, **asked)
    assert q.category == Category.QUALIFYING and q.active and q.duties_end == B21 and "s.23CZB" in q.duties_end_reason
    assert not derive_category(DOB, qualifying, B21, **asked).active  # asking does not extend a qualifying care leaver
    studying = dict(in_education_or_training=True)
    assert derive_category(DOB, qualifying, B25 - D, **studying).active  # s.24B: education or training does
    r = derive_category(DOB, qualifying, B25, **studying)
    assert not r.active and r.duties_end == B25 and "s.24B" in r.duties_end_reason


def test_duties_end_on_the_day_of_death_and_the_category_is_kept():
    from careleaver_app.domain.eligibility import category_timeline

    periods = [CarePeriod(B14, B18)]
    died = B18 + 200 * D
    before = derive_category(DOB, periods, died - D, died_on=died)
    assert before.active and before.died_on is None
    r = derive_category(DOB, periods, died, died_on=died)
    assert (r.category, r.active, r.died_on, r.duties_end) == (Category.FORMER_RELEVANT, False, died, B21)
    assert "Died on" in r.reason
    assert derive_category(DOB, [], died, died_on=died).died_on is None  # never a care leaver: nothing to end
    timeline = category_timeline(DOB, periods, B21, died_on=died)
    assert timeline[-1][0] == died and not timeline[-1][1].active


# -- a contact reaches the young person only if it was two-way --------------------------------------------

def test_only_a_two_way_contact_shows_the_young_person_was_reached():
    from careleaver_app.domain.contacts import ContactType, reached

    two_way = {ContactType.VISIT_HOME, ContactType.VISIT_ELSEWHERE, ContactType.OFFICE, ContactType.PHONE, ContactType.VIDEO}
    messages = {ContactType.TEXT, ContactType.EMAIL, ContactType.LETTER}
    for t in ContactType:
        assert reached(t, False) == (t in two_way), t  # a letter, email or text nobody answered did not reach them
        assert reached(t, True) == (t in two_way | messages), t  # ... one they answered did; an attempt never does


def test_a_reply_cannot_be_recorded_on_an_attempt():
    from datetime import datetime

    import pytest

    from careleaver_app.domain.contacts import Contact, ContactType, validate_contact
    from careleaver_app.domain.errors import ValidationError

    now = datetime(2026, 11, 22, 12, 0)
    with pytest.raises(ValidationError) as exc:
        validate_contact(Contact("p", now, ContactType.ATTEMPTED, None, two_way=True), now)
    assert "two_way" in {e.field for e in exc.value.errors}
    validate_contact(Contact("p", now, ContactType.TEXT, None, two_way=True, summary="Replied: fine for Thursday."), now)


# -- emergency bed and breakfast for a 16/17-year-old is suitable only briefly ------------------------------

def test_emergency_bed_and_breakfast_under_18_stays_suitable_only_for_the_local_number_of_days():
    from careleaver_app.domain.accommodation import AccommodationEpisode, Suitability, SuitabilityAssessment, accommodation_on
    from careleaver_app.domain.settings import LocalSettings

    days = LocalSettings().bb_emergency_days
    dob = date(2009, 9, 1)  # 17 throughout
    moved = date(2026, 11, 1)
    bnb = AccommodationEpisode("p", "W", moved, id="w", emergency=True)
    judged = [SuitabilityAssessment("p", "w", moved, Suitability.SUITABLE, "Emergency: the only bed tonight")]

    def state(day, n=days):
        return accommodation_on([bnb], judged, dob, day, bb_emergency_days=n)

    last_ok = moved + (days - 1) * D
    assert state(last_ok).accom_code == "W1" and "Unsuitable" not in state(last_ok).flag
    st = state(last_ok + D)
    assert st.accom_code == "W2" and "emergency" in st.flag and f"more than {days} day" in st.flag
    assert state(moved + 10 * D, n=14).accom_code == "W1"  # a longer local setting
    adult = AccommodationEpisode("p", "W", date(2027, 9, 1), id="w", emergency=True)  # moved in on the 18th birthday
    adult_judged = [SuitabilityAssessment("p", "w", date(2027, 9, 1), Suitability.SUITABLE, "ok")]
    assert accommodation_on([adult], adult_judged, dob, date(2027, 10, 1), bb_emergency_days=days).accom_code == "W1"


# -- Staying Put runs until the 21st birthday ------------------------------------------------------------

def test_an_open_staying_put_arrangement_is_flagged_to_end_on_the_21st_birthday():
    from careleaver_app.domain.accommodation import Arrangement, arrangement_ending

    dob = date(2005, 12, 8)
    b21 = date(2026, 12, 8)
    put = Arrangement("p", "staying_put", date(2023, 12, 8), carer="Former foster carers")
    horizon = 14 * D
    assert arrangement_ending(put, dob, b21 - horizon - D, b21 - D, staying_close_end_age=25) is None  # not yet in view
    due, why = arrangement_ending(put, dob, b21 - horizon, b21, staying_close_end_age=25)
    assert due == b21 and "21st birthday (08/12/2026" in why and "s.23CZA" in why
    assert arrangement_ending(put, dob, b21 + D, b21 + 15 * D, staying_close_end_age=25)[0] == b21  # still open after: overdue
    ended = Arrangement("p", "staying_put", date(2023, 12, 8), b21, carer="Former foster carers")
    assert arrangement_ending(ended, dob, b21, b21 + horizon, staying_close_end_age=25) is None
    close = Arrangement("p", "staying_close", date(2023, 12, 8), carer="Near Oak House")
    assert arrangement_ending(close, dob, b21, b21 + horizon, staying_close_end_age=25) is None  # Staying Close: to 25 here
    assert arrangement_ending(close, dob, b21, b21 + horizon, staying_close_end_age=21)[0] == b21


def test_only_a_visit_at_home_where_they_were_seen_is_a_statutory_visit():
    from careleaver_app.domain.contacts import ContactType, counts_as_statutory_visit

    assert counts_as_statutory_visit(ContactType.VISIT_HOME, True)
    assert not counts_as_statutory_visit(ContactType.VISIT_HOME, False)
    assert not counts_as_statutory_visit(ContactType.VISIT_ELSEWHERE, True)  # a café is not "that accommodation"
    assert not counts_as_statutory_visit(ContactType.OFFICE, True)


def test_the_bed_and_breakfast_default_is_the_local_settings_default():
    from careleaver_app.domain.accommodation import (
        BB_EMERGENCY_DEFAULT_DAYS,
        AccommodationEpisode,
        Suitability,
        SuitabilityAssessment,
        accommodation_on,
    )
    from careleaver_app.domain.settings import LocalSettings

    assert BB_EMERGENCY_DEFAULT_DAYS == LocalSettings().bb_emergency_days == 2
    moved = date(2026, 11, 1)
    bnb = AccommodationEpisode("p", "W", moved, id="w", emergency=True)
    judged = [SuitabilityAssessment("p", "w", moved, Suitability.SUITABLE, "Emergency")]
    assert accommodation_on([bnb], judged, date(2009, 9, 1), moved + D).accom_code == "W1"
    st = accommodation_on([bnb], judged, date(2009, 9, 1), moved + 2 * D)
    assert st.accom_code == "W2" and "more than 2 days" in st.flag
    one = accommodation_on([bnb], judged, date(2009, 9, 1), moved + D, bb_emergency_days=1)
    assert "more than 1 day)" in one.flag


def test_an_arrangement_not_yet_begun_is_not_flagged_and_the_wording_follows_the_day():
    from careleaver_app.domain.accommodation import Arrangement, arrangement_ending

    dob, b21 = date(2005, 12, 8), date(2026, 12, 8)
    later = Arrangement("p", "staying_put", b21 - D, carer="The Kerr family")
    assert arrangement_ending(later, dob, b21 - 2 * D, b21, staying_close_end_age=25) is None  # starts tomorrow
    assert arrangement_ending(later, dob, b21 - D, b21, staying_close_end_age=25) is not None  # started today
    assert " ends on their 21st" in arrangement_ending(later, dob, b21, b21, staying_close_end_age=25)[1]
    assert " ended on their 21st" in arrangement_ending(later, dob, b21 + D, b21 + D, staying_close_end_age=25)[1]
