"""Full-text search over names, contact notes, plan text and chronology events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.dates import from_iso
from ..domain.people import display_name
from ..storage import contacts as contacts_repo
from ..storage import people as people_repo
from ..storage.store import Store

KIND_LABELS = {"name": "Name", "contact": "Contact note", "amendment": "Contact amendment", "plan": "Pathway plan",
               "action": "Plan action", "event": "Chronology"}
TARGETS = {"name": "details", "contact": "contacts", "amendment": "contacts", "plan": "plan", "action": "plan", "event": "chronology"}


@dataclass(frozen=True)
class SearchResult:
    person_id: str
    person_name: str
    kind: str
    snippet: str
    on: date | None
    ref: str
    archived: bool

    @property
    def plain_snippet(self) -> str:
        """The snippet without the match markers."""
        return self.snippet.replace("\x02", "").replace("\x03", "")

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def target(self) -> str:
        return TARGETS[self.kind]


class SearchService:
    def __init__(self, store: Store):
        self.store = store

    def search(self, text: str, *, limit: int = 200, person_ids: set[str] | None = None) -> list[SearchResult]:
        """Never raises on anything typed: quotes, asterisks, hyphens, accents, operators."""
        rows = contacts_repo.search(self.store, text, limit=limit)
        if not rows:
            return []
        names = people_repo.names_by_id(self.store)
        out = []
        for r in rows:
            if person_ids is not None and r["person_id"] not in person_ids:
                continue
            p = names.get(r["person_id"])
            if p is None:
                continue
            out.append(SearchResult(r["person_id"], display_name(p["legal_name"], p["preferred_name"] or ""), r["kind"],
                                    " ".join((r["snippet"] or "").split()), from_iso((r["on_date"] or "")[:10] or None), r["ref"],
                                    bool(p["archived_at"])))
        return out
