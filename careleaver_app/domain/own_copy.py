"""The young person's own copy of their plan: how it was given, their reply, and their story.

Sources: Vol 3 (the young person owns the plan where possible, gets a copy they understand, their
views are recorded in their words); CLR 2010 reg 6(2) (the plan is prepared with them) and reg
8(1)(d) (the PA keeps a written record). Sharing a copy with anyone else needs the young
person's agreement (UK GDPR Art 6, and the plan being theirs): the record says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import Collector
from .plans import SECTIONS

COPY_FORMATS = {"paper": "Paper", "pdf": "PDF", "my_plan": "My plan (phone page)", "my_plan_easy": "My plan, easy read"}
COPY_CHANNELS = {"in_person": "In person", "post": "By post", "email": "By email", "secure_email": "By secure email",
                 "phone_message": "To their phone (message)", "usb": "On a memory stick", "other": "Another way"}
# A reply is about the whole plan or one of its parts (Schedule 1).
WHOLE_PLAN = "whole"
REPLY_PARTS = {WHOLE_PLAN: "The whole plan", **{s.key.value: f"{s.number}. {s.plain_title}" for s in SECTIONS}}


@dataclass
class PlanCopy:
    plan_id: str
    person_id: str
    given_on: date | None
    format: str
    channel: str
    given_by: str = ""
    shared_with: str = ""  # who else was given a copy, with the young person's agreement
    agreed_by_young_person: bool = False
    notes: str = ""
    id: str | None = None
    plan_version: int | None = None  # the plan version it was of: none until read back with it

    @property
    def label(self) -> str:
        from .dates import format_uk

        return f"{format_uk(self.given_on)}: {COPY_FORMATS.get(self.format, self.format)}, " \
               f"{COPY_CHANNELS.get(self.channel, self.channel).lower()}"


@dataclass
class CopyReply:
    copy_id: str
    person_id: str
    section: str  # WHOLE_PLAN or a SectionKey value
    views: str  # in their own words
    replied_on: date | None
    id: str | None = None

    @property
    def part_label(self) -> str:
        return REPLY_PARTS.get(self.section, self.section)


@dataclass
class LifeStory:
    """Their story: written with them, on why they came into care and what happened. Each save
    is a new version; the latest says whether it goes in their copy."""

    person_id: str
    story: str
    written_with: str = ""  # who helped write it
    include_in_copy: bool = False
    written_on: date | None = None
    version: int | None = None  # numbered when saved (the first is 1)
    id: str | None = None


def validate_copy(c: PlanCopy, today: date, plan_start: date | None) -> None:
    col = Collector()
    if col.day_up_to(c.given_on, "given_on", "Given on", today, missing="the date the copy was given") and \
            plan_start is not None and c.given_on < plan_start:
        col.add("given_on", "Given on", "cannot be before the plan's start date")
    if c.format not in COPY_FORMATS:
        col.add("format", "Format", "choose how the copy was made")
    if c.channel not in COPY_CHANNELS:
        col.add("channel", "How it was given", "choose how the copy reached them")
    if c.shared_with.strip() and not c.agreed_by_young_person:
        col.add("agreed_by_young_person", "They agreed",
                "a copy goes to anyone else only with the young person's agreement: tick it once they have agreed, or clear "
                "'Also shared with'")
    col.raise_if_any()


def validate_reply(r: CopyReply, today: date, given_on: date | None) -> None:
    col = Collector()
    if r.section not in REPLY_PARTS:
        col.add("section", "Part of the plan", "choose the part of the plan their reply is about")
    col.require(r.views, "views", "Their reply", "write down what they said, in their words")
    if col.day_up_to(r.replied_on, "replied_on", "Replied on", today, missing="the date of their reply") and \
            given_on is not None and r.replied_on < given_on:
        col.add("replied_on", "Replied on", "cannot be before the copy was given")
    col.raise_if_any()


def validate_story(s: LifeStory, today: date) -> None:
    col = Collector()
    col.require(s.story, "story", "Their story", "write their story with them, or leave it: it is optional")
    col.day_up_to(s.written_on, "written_on", "Written on", today, missing="the date")
    col.raise_if_any()
