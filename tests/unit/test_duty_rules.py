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
