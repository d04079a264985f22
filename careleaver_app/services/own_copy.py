"""The young person's own copy: My plan, how each copy was given and their reply, and their story."""

from __future__ import annotations

from dataclasses import replace

from ..domain.errors import NotFound
from ..domain.own_copy import CopyReply, LifeStory, PlanCopy, validate_copy, validate_reply, validate_story
from ..storage import own_copy as repo
from ..storage import people as people_repo
from ..storage.store import Store
from .context import Clock, refuse_if_cover_copy
from .plans import PlanService


class OwnCopyService:
    def __init__(self, store: Store, clock: Clock, plans: PlanService):
        self.store, self.clock, self.plans = store, clock, plans

    # -- copies given ----------------------------------------------------------------------------
    def copies(self, person_id: str) -> list[PlanCopy]:
        """Every copy given, the latest first."""
        return repo.copies_for(self.store, person_id)

    def record_copy(self, copy: PlanCopy) -> str:
        """A copy of a plan version was given (a legal record: never changed afterwards)."""
        refuse_if_cover_copy(self.store, copy.person_id)
        plan = self.plans.get(copy.plan_id)
        if plan.person_id != copy.person_id:
            raise NotFound("That plan is not this young person's.")
        validate_copy(copy, self.clock.today(), plan.start_date)
        me = people_repo.get_worker(self.store, self.store.actor) if self.store.actor != "system" else None
        with self.store.transaction():
            return repo.add_copy(self.store, replace(copy, given_by=copy.given_by or (me.name if me else "")))

    # -- their reply -----------------------------------------------------------------------------
    def replies(self, person_id: str) -> list[CopyReply]:
        return repo.replies_for(self.store, person_id)

    def add_reply(self, reply: CopyReply) -> str:
        """Their views on a copy, against a part of the plan (or the whole), in their words."""
        refuse_if_cover_copy(self.store, reply.person_id)
        copy = repo.get_copy(self.store, reply.copy_id)
        if copy is None or copy.person_id != reply.person_id:
            raise NotFound("Record the copy first: a reply is to a copy they were given.")
        validate_reply(reply, self.clock.today(), copy.given_on)
        with self.store.transaction():
            return repo.add_reply(self.store, reply)

    # -- their story -----------------------------------------------------------------------------
    def story(self, person_id: str) -> LifeStory | None:
        versions = repo.stories_for(self.store, person_id)
        return versions[0] if versions else None

    def story_versions(self, person_id: str) -> list[LifeStory]:
        return repo.stories_for(self.store, person_id)

    def save_story(self, story: LifeStory) -> str:
        """A new version of their story (earlier versions are kept)."""
        refuse_if_cover_copy(self.store, story.person_id)
        if people_repo.load_person(self.store, story.person_id) is None:
            raise NotFound("That young person is not in this database.")
        validate_story(story, self.clock.today())
        with self.store.transaction():
            return repo.add_story(self.store, story)

    def story_for_copy(self, person_id: str) -> str:
        """Their story as their own copy shows it: only when they chose to have it there."""
        s = self.story(person_id)
        return s.story if s is not None and s.include_in_copy else ""
