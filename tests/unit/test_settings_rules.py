"""Local settings: the defaults an LA starts from and the range each setting accepts, at both ends.

The numbers are written out here (not read from SETTING_INFO) so that a changed default or range
is a failing test, not a silent change to every LA's timescales.
"""

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.settings import SETTING_INFO, LocalSettings, validate_settings

# name: (default, lowest accepted, highest accepted)
RANGES = {
    "review_after_move_days": (28, 1, 90),  # CLR 2010 reg 7: review after a move (unconfirmed)
    "review_request_days": (28, 1, 60),  # CLR 2010 reg 7(1)(c): a review the young person asks for
    "local_contact_weeks": (8, 1, 13),  # local standard: LAs use 8 weeks to 3 months
    "lost_touch_days": (90, 14, 365),  # CA 1989 s.23B/s.23C (unconfirmed)
    "worktray_days_ahead": (14, 1, 60),
    "suitability_reassess_months": (12, 1, 24),  # CLR 2010 reg 9, Sch 2
    "bb_emergency_days": (2, 0, 28),  # Vol 3: B&B for 16/17 year olds only briefly in an emergency (unconfirmed)
    "staying_close_end_age": (25, 18, 25),  # the duty to 25 is enacted, not in force
    "consent_review_months": (12, 1, 36),
    "referral_response_weeks": (6, 1, 52),
    "lock_after_minutes": (10, 1, 60),
    "backup_every_minutes": (15, 5, 240),
    "backups_daily": (7, 1, 31),
    "backups_weekly": (4, 0, 52),
    "backups_monthly": (12, 0, 120),
    "oc3_window_before_months": (3, 0, 6),  # 903 OC3: on or around the birthday (unconfirmed)
    "oc3_window_after_months": (1, 0, 6),
    "caseload_threshold": (20, 1, 100),
    "leave_expiry_warning_months": (6, 1, 12),  # Immigration Act 1971 s.3C: apply before leave ends (unconfirmed)
}


def test_the_defaults_an_la_starts_from():
    s = LocalSettings()
    assert {name: getattr(s, name) for name in RANGES} == {name: d for name, (d, _, _) in RANGES.items()}
    assert s.out_of_hours_phone == ""
    validate_settings(s)


def test_every_number_setting_is_listed_here():
    # (and one yes/no: CWSA 2026 s.7's Staying Close duty, off until commencement)
    assert set(RANGES) | {"out_of_hours_phone", "advocacy_contact", "complaints_contact",
                          "staying_close_duty_in_force"} == set(SETTING_INFO)


def refused(name, value):
    with pytest.raises(ValidationError) as exc:
        validate_settings(LocalSettings(**{name: value}))
    return exc.value.for_field(name)


@pytest.mark.parametrize("name", RANGES)
def test_each_setting_accepts_its_range_and_nothing_either_side(name):
    _, low, high = RANGES[name]
    validate_settings(LocalSettings(**{name: low}))
    validate_settings(LocalSettings(**{name: high}))
    below, above = refused(name, low - 1), refused(name, high + 1)
    assert below.message == above.message == f"must be a whole number from {low} to {high} {SETTING_INFO[name].unit}"


def test_a_setting_must_be_a_whole_number():
    assert refused("lost_touch_days", 90.5)
    assert refused("lost_touch_days", True)


def test_the_out_of_hours_phone_takes_up_to_20_digits_spaces_and_signs():
    validate_settings(LocalSettings(out_of_hours_phone="+44 (0)1632 960-0001"))  # 20 characters
    assert refused("out_of_hours_phone", "+44 (0)1632 960-00012").message == "use digits, spaces and + only"
    assert refused("out_of_hours_phone", "ring the duty team")
    validate_settings(LocalSettings(out_of_hours_phone="   "))


def test_settings_survive_being_stored_and_read_back():
    s = LocalSettings(lost_touch_days=60, out_of_hours_phone="01632 960001")
    again = LocalSettings.from_dict({**s.to_dict(), "no_longer_a_setting": 5})
    assert again == s
    assert LocalSettings.from_dict({"lost_touch_days": "45"}).lost_touch_days == 45
    assert LocalSettings.from_dict(None) == LocalSettings()
    assert s.rotation() == {"daily": 7, "weekly": 4, "monthly": 12}


# Mutants judged equivalent: the out-of-hours phone's minimum (0) moved to 1 or -1: a text setting's
# minimum is never read (only its length limit is).
