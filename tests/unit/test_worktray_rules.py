"""The work tray: what each item says about when it is due, and the order of urgency by kind."""

from datetime import date

import pytest

from careleaver_app.domain.worktray import ItemKind, WorkItem, sort_by_urgency

TODAY = date(2026, 11, 22)


def item(kind, due, name="A"):
    return WorkItem("p", name, "PA", kind, due, "", TODAY)


def test_when_an_item_is_due_in_words():
    assert [item(ItemKind.CONTACT, d).when for d in (None, date(2026, 11, 20), date(2026, 11, 21), TODAY,
                                                     date(2026, 11, 23), date(2026, 11, 24))] == \
        ["Now", "Overdue 2 days", "Overdue 1 day", "Due today", "Due in 1 day", "Due in 2 days"]


def test_an_item_is_overdue_the_day_after_it_is_due():
    assert not item(ItemKind.ACTION, TODAY).overdue and item(ItemKind.ACTION, TODAY).overdue_days == 0
    assert item(ItemKind.ACTION, date(2026, 11, 21)).overdue and item(ItemKind.ACTION, date(2026, 11, 21)).overdue_days == 1
    assert item(ItemKind.ACTION, date(2026, 11, 23)).overdue_days == 0
    assert not item(ItemKind.LOST_TOUCH, None).overdue and item(ItemKind.LOST_TOUCH, None).overdue_days == 0


def test_each_kind_has_its_label():
    assert ItemKind.LOST_TOUCH.label == "Re-establish contact"
    assert ItemKind.DRAFT_PLAN.label == "Plan not finalised"


# The order of kinds, most urgent first (docs/decisions.md, "Work tray"; the module's docstring).
# A Staying Put or Close arrangement ending shares the suitability judgement's place (tested below);
# a subject access request (main's, domain/subject_access.py) shares the missing plan's.
URGENCY = [ItemKind.DEATH_NOTIFICATION, ItemKind.LOST_TOUCH, ItemKind.STATUTORY_VISIT, ItemKind.UNSUITABLE, ItemKind.CONTACT, ItemKind.NO_PLAN,
           ItemKind.REVIEW, ItemKind.SUITABILITY, ItemKind.HEALTH_HISTORY, ItemKind.REFERRAL, ItemKind.CONTINGENCY_CHECK,
           ItemKind.ACTION, ItemKind.FOLLOW_UP, ItemKind.CONSENT, ItemKind.DRAFT_PLAN, ItemKind.CONFLICT]


def test_overdue_items_are_ordered_by_kind_before_how_long_they_have_waited():
    # Each kind is one day more overdue than the kind before it, so only the kind can put them in this order.
    items = [item(kind, date(2026, 11, 21 - n)) for n, kind in enumerate(URGENCY)]
    # Kinds that share a place (issue 25's duties among them) are tested by their place's rank.
    sharing = {k for k in ItemKind if k not in URGENCY}
    assert {k.rank for k in sharing} <= {k.rank for k in URGENCY}
    assert set(URGENCY) | sharing == set(ItemKind) and len({k.rank for k in URGENCY}) == len(URGENCY)
    assert [i.kind for i in sort_by_urgency(list(reversed(items)))] == URGENCY


def test_items_due_the_same_day_are_ordered_by_kind():
    items = [item(kind, date(2026, 11, 30)) for kind in reversed(URGENCY)]
    assert [i.kind for i in sort_by_urgency(items)] == URGENCY


def test_an_arrangement_ending_is_as_urgent_as_a_suitability_judgement():
    # Same place in the order: the one waiting longer first, then by name; both after plan reviews
    # and before health histories.
    overdue = [item(ItemKind.HEALTH_HISTORY, date(2026, 11, 1)), item(ItemKind.SUITABILITY, date(2026, 11, 20)),
               item(ItemKind.ARRANGEMENT_ENDING, date(2026, 11, 19)), item(ItemKind.REVIEW, date(2026, 11, 21))]
    assert [i.kind for i in sort_by_urgency(overdue)] == [
        ItemKind.REVIEW, ItemKind.ARRANGEMENT_ENDING, ItemKind.SUITABILITY, ItemKind.HEALTH_HISTORY]
    same_day = [item(ItemKind.ARRANGEMENT_ENDING, date(2026, 11, 20), "B"), item(ItemKind.SUITABILITY, date(2026, 11, 20), "A")]
    assert [i.kind for i in sort_by_urgency(same_day)] == [ItemKind.SUITABILITY, ItemKind.ARRANGEMENT_ENDING]
    assert ItemKind.ARRANGEMENT_ENDING.label == "Staying Put or Close ending"


def test_undated_items_come_with_the_overdue_ones_by_kind():
    items = [item(ItemKind.ACTION, date(2026, 11, 1)), item(ItemKind.LOST_TOUCH, None), item(ItemKind.CONTACT, TODAY)]
    assert [i.kind for i in sort_by_urgency(items)] == [ItemKind.LOST_TOUCH, ItemKind.ACTION, ItemKind.CONTACT]


# The kinds that share a place with one of URGENCY's (docs/decisions.md, "Work tray": no PA with no
# plan, leave ending with suitability, identity documents with consent, a subject access request with
# the plan duties; the others as the module ranks them).
SHARED_PLACE = {
    ItemKind.CUSTODY_RELEASE: ItemKind.UNSUITABLE, ItemKind.DUTY_TO_REFER: ItemKind.UNSUITABLE,
    ItemKind.NO_PA: ItemKind.NO_PLAN, ItemKind.SUBJECT_ACCESS: ItemKind.NO_PLAN,
    ItemKind.OFFER_AT_21: ItemKind.REVIEW,
    ItemKind.STAYING_CLOSE: ItemKind.SUITABILITY, ItemKind.ARRANGEMENT_ENDING: ItemKind.SUITABILITY,
    ItemKind.LEAVE_EXPIRY: ItemKind.SUITABILITY,
    ItemKind.REQUEST: ItemKind.FOLLOW_UP, ItemKind.DOCUMENTS: ItemKind.CONSENT,
}


@pytest.mark.parametrize("kind", list(SHARED_PLACE), ids=lambda k: k.name)
def test_a_kind_that_shares_a_place_sorts_with_its_mate_between_the_same_neighbours(kind):
    mate = SHARED_PLACE[kind]
    place = URGENCY.index(mate)
    before, after = URGENCY[place - 1], URGENCY[place + 1]
    # The kind before waits least and the kind after most, so only the places put them in this order;
    # within the shared place the one waiting longer comes first.
    items = [item(after, date(2026, 11, 12)), item(mate, date(2026, 11, 20)), item(kind, date(2026, 11, 19)),
             item(before, date(2026, 11, 21))]
    assert [i.kind for i in sort_by_urgency(items)] == [before, kind, mate, after]
    assert set(SHARED_PLACE) == set(ItemKind) - set(URGENCY)


# Mutants judged equivalent (only the relative order of the keys matters, and it is the same):
# - the most urgent kind's (a death's notification's) rank 0 as -1, and the least urgent's (a conflict's) 15 as 16:
#   no other kind shares them;
# - urgency_key's group numbers (0 for overdue or undated, 1 for due) moved by one either way: when the
#   groups meet, an overdue item's kind rank (1 to 15) is still compared with a due item's date as an
#   ordinal (16 or more for any date after 15 January of the year 1), so overdue items still come first;
#   and the duty cover list's (9,) for a young person with nothing due still sorts after both groups.
# These six are all that survive (70 of 76 caught, 92%): every kind's rank and both groups are tested above.
