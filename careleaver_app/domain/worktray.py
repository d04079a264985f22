"""The work tray: everything due or overdue, in order of urgency.

The order is a practice decision (docs/decisions.md): notifying a death first (Working Together
2023: 5 working days), then losing touch (CA 1989 s.23B/s.23C
require steps to re-establish contact), then statutory visits, then unsuitable accommodation
(homelessness, custody, B&B; CLR 2010 reg 9), then the local contact standard, then a PA and plans
(CA 1989 Sch 2 para 19C, s.23B-s.23C; CLR 2010 regs 5-7), then suitability judgements, contingencies, actions and follow-ups.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import NamedTuple


class ItemKind(Enum):
    # Value: (rank, label). Lower rank = more urgent when overdue.
    DEATH_NOTIFICATION = (0, "Notify a death")
    LOST_TOUCH = (1, "Re-establish contact")
    STATUTORY_VISIT = (2, "Statutory visit")
    UNSUITABLE = (3, "Unsuitable accommodation")
    CUSTODY_RELEASE = (3, "Release from custody")
    DUTY_TO_REFER = (3, "Refer to housing (duty to refer)")
    STAYING_CLOSE = (7, "Staying Close assessment")
    CONTACT = (4, "Contact")
    NO_PA = (5, "No personal adviser")
    NO_PLAN = (5, "No pathway plan")
    OFFER_AT_21 = (6, "Offer of support to 25")
    REVIEW = (6, "Plan review")
    SUITABILITY = (7, "Suitability judgement")
    ARRANGEMENT_ENDING = (7, "Staying Put or Close ending")
    LEAVE_EXPIRY = (7, "Immigration leave ending")
    HEALTH_HISTORY = (8, "Health history")
    REFERRAL = (9, "Health referral")
    CONTINGENCY_CHECK = (10, "Contingency check")
    ACTION = (11, "Plan action")
    FOLLOW_UP = (12, "Contact follow-up")
    REQUEST = (12, "Request to another body")
    CONSENT = (13, "Consent to share health information")
    DOCUMENTS = (13, "Identity documents")
    DRAFT_PLAN = (14, "Plan not finalised")
    CONFLICT = (15, "Conflict to resolve")  # a team manager's: two workers changed the same thing
    # UK GDPR Art 12(3): a request for their record has a legal deadline (domain/subject_access.py).
    SUBJECT_ACCESS = (5, "Their record on request")

    @property
    def rank(self) -> int:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]


class WorkItem(NamedTuple):
    """One thing to do. A named tuple: read-only, and cheap to make by the ten thousand (the
    whole service's tray at county scale)."""

    person_id: str
    person_name: str
    pa_name: str
    kind: ItemKind
    due: date | None
    reason: str
    as_at: date
    target: str = ""  # where it is dealt with: "contacts", "plan", "plan:section:<key>", ...
    ref: str = ""  # the id of the action / contingency / follow-up

    @property
    def overdue_days(self) -> int:
        return max(0, (self.as_at - self.due).days) if self.due else 0

    @property
    def overdue(self) -> bool:
        return self.due is not None and self.due < self.as_at

    @property
    def when(self) -> str:
        if self.due is None:
            return "Now"
        if self.overdue:
            return f"Overdue {self.overdue_days} day{'s' if self.overdue_days != 1 else ''}"
        days = (self.due - self.as_at).days
        return "Due today" if days == 0 else f"Due in {days} day{'s' if days != 1 else ''}"

    def urgency_key(self) -> tuple:
        """Overdue (or undated) items first, by kind, longest waiting first; then due ones by date."""
        pressing = self.due is None or self.overdue
        if pressing:
            return (0, self.kind.rank, -self.overdue_days, self.person_name)
        return (1, self.due.toordinal(), self.kind.rank, self.person_name)


def sort_by_urgency(items: list[WorkItem]) -> list[WorkItem]:
    return sorted(items, key=WorkItem.urgency_key)
