"""Copies given, their replies and their story are legal records: kept as written, never changed or
deleted; each story save is a new version; their story is in their copy only when they chose."""

from datetime import date

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.own_copy import CopyReply, LifeStory, PlanCopy
from tests.support.young_persons_copy import person_with_plan


@pytest.fixture
def copy(services, team):
    pid, plan_id = person_with_plan(services, team)
    cid = services.own_copy.record_copy(PlanCopy(plan_id, pid, date(2026, 11, 2), "pdf", "secure_email"))
    return pid, plan_id, cid


@pytest.mark.parametrize("table", ["plan_copies", "plan_copy_replies", "life_stories"])
def test_the_records_of_their_copy_cannot_be_changed_or_deleted(services, copy, table):
    pid, _, cid = copy
    services.own_copy.add_reply(CopyReply(cid, pid, "whole", "Fine by me", date(2026, 11, 3)))
    services.own_copy.save_story(LifeStory(pid, "My story", written_on=date(2026, 11, 3)))
    row = services.store.query(f"SELECT * FROM {table} WHERE person_id = ?", [pid])[0]
    column = {"plan_copies": "channel", "plan_copy_replies": "views", "life_stories": "story"}[table]
    with pytest.raises(Exception, match="are legal records: add a new one instead"), services.store.transaction():
        services.store.update(table, row["id"], {column: "changed"})
    with pytest.raises(Exception, match="are legal records and cannot be deleted"), services.store.transaction():
        services.store.delete_where(table, "id = ?", [row["id"]])
    assert services.store.query(f"SELECT {column} FROM {table} WHERE id = ?", [row["id"]])[0][column] == row[column]


@pytest.mark.parametrize("given_on, ok", [(date(2026, 10, 31), False), (date(2026, 11, 1), True), (date(2026, 11, 22), True),
                                          (date(2026, 11, 23), False)])
def test_a_copy_is_given_on_or_after_the_plan_started_and_not_in_the_future(services, copy, given_on, ok):
    pid, plan_id, _ = copy  # the plan started on 01/11/2026; today is 22/11/2026
    c = PlanCopy(plan_id, pid, given_on, "paper", "in_person")
    if ok:
        services.own_copy.record_copy(c)
    else:
        with pytest.raises(ValidationError, match="Given on"):
            services.own_copy.record_copy(c)


def test_a_story_saved_again_is_a_new_version_and_reaches_their_copy_only_when_chosen(services, copy):
    pid, plan_id, _ = copy
    services.own_copy.save_story(LifeStory(pid, "I came into care at 12.", include_in_copy=False, written_on=date(2026, 11, 3)))
    assert services.plans.print_data(plan_id).story == ""
    services.own_copy.save_story(LifeStory(pid, "I came into care at 12. My aunt visited.", include_in_copy=True,
                                           written_on=date(2026, 11, 4)))
    assert [s.version for s in services.own_copy.story_versions(pid)] == [2, 1]
    assert services.plans.print_data(plan_id).story == "I came into care at 12. My aunt visited."
    from io import BytesIO

    from pypdf import PdfReader
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(services.plans.pdf(plan_id))).pages)
    assert "Your story" in text and "My aunt visited." in " ".join(text.split())
    with pytest.raises(ValidationError, match="Their story: write their story"):
        services.own_copy.save_story(LifeStory(pid, "  ", written_on=date(2026, 11, 4)))
