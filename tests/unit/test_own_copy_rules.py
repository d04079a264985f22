"""Recording a copy given, their reply and their story: each field named with its fix."""

from datetime import date

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.own_copy import (
    COPY_CHANNELS,
    COPY_FORMATS,
    REPLY_PARTS,
    CopyReply,
    LifeStory,
    PlanCopy,
    validate_copy,
    validate_reply,
    validate_story,
)

TODAY = date(2026, 11, 22)
START = date(2026, 11, 1)


def errors(fn, *args):
    with pytest.raises(ValidationError) as exc:
        fn(*args)
    return {e.field: str(e) for e in exc.value.errors}


def copy(**kw):
    return PlanCopy(**{"plan_id": "pl", "person_id": "p", "given_on": TODAY, "format": "pdf", "channel": "email", **kw})


def test_every_format_and_channel_can_be_recorded_and_anything_else_is_refused():
    for f in COPY_FORMATS:
        for c in COPY_CHANNELS:
            validate_copy(copy(format=f, channel=c), TODAY, START)
    assert errors(validate_copy, copy(format="fax"), TODAY, START) == {"format": "Format: choose how the copy was made"}
    assert errors(validate_copy, copy(channel="pigeon"), TODAY, START) == {"channel": "How it was given: choose how the copy reached them"}


def test_the_day_given_is_from_the_plans_start_to_today():
    validate_copy(copy(given_on=START), TODAY, START)
    validate_copy(copy(given_on=TODAY), TODAY, START)
    validate_copy(copy(given_on=date(2020, 1, 1)), TODAY, None)  # a plan without a start date: only the future is refused
    assert "cannot be before the plan's start date" in errors(validate_copy, copy(given_on=date(2026, 10, 31)), TODAY, START)["given_on"]
    assert "cannot be in the future" in errors(validate_copy, copy(given_on=date(2026, 11, 23)), TODAY, START)["given_on"]
    assert "enter the date" in errors(validate_copy, copy(given_on=None), TODAY, START)["given_on"]


def test_sharing_with_anyone_else_needs_their_agreement():
    assert "only with the young person's agreement" in errors(
        validate_copy, copy(shared_with="Their key worker"), TODAY, START)["agreed_by_young_person"]
    validate_copy(copy(shared_with="Their key worker", agreed_by_young_person=True), TODAY, START)
    validate_copy(copy(shared_with="  "), TODAY, START)  # nobody else: nothing to agree


def reply(**kw):
    return CopyReply(**{"copy_id": "c", "person_id": "p", "section": "whole", "views": "Fine", "replied_on": TODAY, **kw})


def test_a_reply_is_about_a_part_of_the_plan_in_their_words_on_or_after_the_copy():
    for part in REPLY_PARTS:
        validate_reply(reply(section=part), TODAY, TODAY)
    assert set(errors(validate_reply, reply(section="nowhere", views=" "), TODAY, TODAY)) == {"section", "views"}
    assert "before the copy was given" in errors(validate_reply, reply(replied_on=date(2026, 11, 21)), TODAY, TODAY)["replied_on"]
    assert "in the future" in errors(validate_reply, reply(replied_on=date(2026, 11, 23)), TODAY, None)["replied_on"]
    assert "enter the date" in errors(validate_reply, reply(replied_on=None), TODAY, None)["replied_on"]
    assert reply(section="accommodation").part_label == "5. Where I live"


def test_their_story_needs_words_and_a_date_not_in_the_future():
    validate_story(LifeStory("p", "My story", written_on=TODAY), TODAY)
    assert set(errors(validate_story, LifeStory("p", "", written_on=None), TODAY)) == {"story", "written_on"}
    assert "in the future" in errors(validate_story, LifeStory("p", "x", written_on=date(2026, 11, 23)), TODAY)["written_on"]


# Mutants judged equivalent: none. (The four that survived were the placeholder 0 of a copy's plan version
# and of a story's version, numbers that exist only once saved; they are None until then, which is also
# what they mean, so nothing is left to mutate there. 5 of 5 caught.)
