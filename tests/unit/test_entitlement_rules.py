"""Money: the statutory amounts, amounts typed in pounds, spending against the allowance."""

from datetime import date

from careleaver_app.domain.entitlements import (
    DEFAULT_ENTITLEMENTS,
    EntitlementRecord,
    Spend,
    parse_pounds,
    pounds,
    validate_spend,
)
from tests.support.rules import refusals

TODAY = date(2026, 11, 22)


def test_the_statutory_amounts_an_la_starts_from():
    amounts = {code: amount for code, _, amount, _ in DEFAULT_ENTITLEMENTS}
    assert pounds(amounts["setting_up_home"]) == "£3,000"  # at least £3,000 since April 2023
    assert pounds(amounts["he_bursary"]) == "£2,000"  # CA 1989 s.23C(5A)
    assert pounds(amounts["bursary_16_19"]) == "£1,200"  # up to £1,200 a year


def test_pounds_shows_pence_only_when_there_are_some():
    assert pounds(24_999) == "£249.99"
    assert pounds(123_450) == "£1,234.50"
    assert pounds(None) == ""


def test_one_penny_is_the_smallest_amount():
    assert parse_pounds("0.01") == 1


def errs(record, spend, allowance=None):
    return refusals(validate_spend, record, spend, allowance, TODAY)


def test_a_spend_of_one_penny_is_fine_and_nothing_is_refused():
    record = EntitlementRecord("p", "setting_up_home", "awarded", amount=300_000)
    validate_spend(record, Spend(TODAY, 1, "Stamp"), None, TODAY)
    assert "more than £0" in errs(record, Spend(TODAY, 0, "Stamp"))["amount"]


def test_a_spend_tomorrow_is_in_the_future():
    record = EntitlementRecord("p", "setting_up_home", "awarded", amount=300_000)
    assert "future" in errs(record, Spend(date(2026, 11, 23), 1_000, "Kettle"))["on"]


def test_without_an_amount_awarded_the_la_allowance_is_the_limit():
    record = EntitlementRecord("p", "setting_up_home", "applied", spends=[Spend(date(2026, 1, 1), 290_000, "Furniture")])
    validate_spend(record, Spend(TODAY, 10_000, "Cooker"), 300_000, TODAY)
    assert "£1 over the allowance of £3,000" in errs(record, Spend(TODAY, 10_100, "Cooker"), 300_000)["manager_note"]


def test_with_no_allowance_at_all_there_is_no_limit():
    record = EntitlementRecord("p", "driving_lessons", "awarded")
    validate_spend(record, Spend(TODAY, 150_000, "Twenty lessons"), None, TODAY)
