"""What every service shares: the store and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable


@dataclass
class Clock:
    """The app's idea of today. Tests and "as at" reports fix it; nothing else reads the clock."""

    fixed_today: date | None = None

    def today(self) -> date:
        return self.fixed_today or date.today()

    def now(self) -> datetime:
        if self.fixed_today:
            return datetime(self.fixed_today.year, self.fixed_today.month, self.fixed_today.day, 12, 0)
        return datetime.now().replace(microsecond=0)

    def utc_now(self) -> datetime:
        return datetime.now(timezone.utc)


Listener = Callable[[str, str | None], None]


COVER_COPY_MESSAGE = ("This record is a copy from a cover pack: you can log contacts, mark plan actions done, record "
                      "contingency checks and add notes; everything else stays with the young person's PA.")


def refuse_if_cover_copy(store, person_id: str) -> None:
    """Cover copies (records brought in from a cover pack) are read-only apart from cover work."""
    from ..domain.errors import NotAllowed
    from ..storage.cover import is_cover_copy

    if person_id and is_cover_copy(store, person_id):
        raise NotAllowed(COVER_COPY_MESSAGE)
