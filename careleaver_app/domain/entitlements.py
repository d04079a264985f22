"""Entitlements and the local offer (DOMAIN.md §8).

Sources: setting-up-home allowance (leaving care grant) at least £3,000 since April 2023;
higher education bursary £2,000 (CA 1989 s.23C(5A)); 16-19 bursary up to £1,200 a year; the
local offer published under CSWA 2017 s.2. The list of entitlements is a local setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .errors import Collector

# The default list an LA starts from (code, name, amount in pence or None, note).
DEFAULT_ENTITLEMENTS: tuple[tuple[str, str, int | None, str], ...] = (
    ("setting_up_home", "Setting-up-home allowance", 300_000, "At least £3,000 since April 2023"),
    ("he_bursary", "Higher education bursary", 200_000, "£2,000 (CA 1989 s.23C(5A))"),
    ("bursary_16_19", "16-19 bursary", 120_000, "Up to £1,200 a year"),
    ("council_tax", "Council tax exemption", None, "Care leavers to 25 (local scheme)"),
    ("driving_lessons", "Driving lessons", None, "Local offer"),
    ("leisure_pass", "Leisure pass", None, "Local offer"),
    # The local offer's new items (Children's Wellbeing and Schools Act 2026 s.8, amending CSWA 2017
    # s.2; not yet in force: an LA offering them now records them like the rest).
    ("financial_literacy", "Help with money: financial literacy", None, "Local offer (CWSA 2026 s.8)"),
    ("find_keep_home", "Help to find and keep a home", None, "Local offer (CWSA 2026 s.8)"),
    ("custody_release", "Support on release from custody", None, "Local offer (CWSA 2026 s.8)"),
)
# Entitlements whose spending is tracked against the allowance.
ALLOWANCE_CODES = {"setting_up_home"}

STATUSES = ("not_discussed", "explained", "applied", "awarded", "declined", "not_eligible")
STATUS_LABELS = {"not_discussed": "Not yet discussed", "explained": "Explained", "applied": "Applied", "awarded": "Awarded",
                 "declined": "Declined", "not_eligible": "Not eligible"}
OFFER_METHODS = ("in_person", "leaflet", "app_or_website", "letter", "phone", "group_session")
OFFER_METHOD_LABELS = {"in_person": "In person", "leaflet": "Leaflet", "app_or_website": "App or website", "letter": "Letter",
                       "phone": "Phone", "group_session": "Group session"}


def pounds(pence: int | None) -> str:
    if pence is None:
        return ""
    return f"£{pence / 100:,.2f}".replace(".00", "")


def parse_pounds(text: str) -> int:
    """"£1,234.50" -> 123450 pence. Raises ValueError with a usable message."""
    t = (text or "").strip().replace("£", "").replace(",", "")
    if not t:
        raise ValueError("enter an amount in pounds, e.g. 250 or 249.99")
    try:
        value = round(float(t) * 100)
    except ValueError:
        raise ValueError(f"“{text}” is not an amount: enter pounds, e.g. 250 or 249.99") from None
    if value <= 0:
        raise ValueError("must be more than £0")
    return value


@dataclass
class Spend:
    on: date | None
    amount: int  # pence
    what: str
    manager_note: str = ""
    id: str | None = None


@dataclass
class EntitlementRecord:
    person_id: str
    code: str
    status: str = "not_discussed"
    status_on: date | None = None
    amount: int | None = None  # the allowance awarded, in pence
    notes: str = ""
    spends: list[Spend] = field(default_factory=list)
    id: str | None = None

    @property
    def spent(self) -> int:
        return sum(s.amount for s in self.spends)


def validate_spend(record: EntitlementRecord, spend: Spend, allowance: int | None, as_at: date) -> None:
    """A spend above the allowance needs a manager's note (DOMAIN.md §8)."""
    c = Collector()
    c.day_up_to(spend.on, "on", "Date", as_at, missing="the date of the spend", future="is in the future")
    c.require(spend.what, "what", "What it was for", "say what was bought")
    if spend.amount <= 0:
        c.add("amount", "Amount", "must be more than £0")
    limit = record.amount if record.amount is not None else allowance
    if limit is not None and record.spent + spend.amount > limit and not spend.manager_note.strip():
        over = record.spent + spend.amount - limit
        c.add("manager_note", "Manager's note",
              f"this takes spending {pounds(over)} over the allowance of {pounds(limit)}: a manager's note is needed")
    c.raise_if_any()
