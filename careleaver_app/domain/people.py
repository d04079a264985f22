"""Workers, teams and young people: plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .eligibility import CarePeriod


class Role(Enum):
    PA = "pa"
    DUTY = "duty"
    MANAGER = "manager"
    SERVICE = "service"  # the service team (data team, head of service): sees the whole council

    @property
    def label(self) -> str:
        return {"pa": "Personal adviser", "duty": "Duty worker", "manager": "Team manager",
                "service": "Service team (whole council)"}[self.value]


@dataclass
class Team:
    id: str
    name: str
    duty_phone: str = ""


@dataclass
class Worker:
    id: str
    name: str
    role: Role
    team_id: str | None = None
    phone: str = ""
    email: str = ""
    active: bool = True
    team_name: str = ""


@dataclass
class KeyPerson:
    name: str
    role: str
    phone: str = ""
    organisation: str = ""
    notes: str = ""
    id: str | None = None


@dataclass
class Allocation:
    """One period of a young person's allocation to a PA (the history is kept)."""

    id: str
    worker_id: str | None
    worker_name: str
    start: date
    end: date | None
    reason: str
    previous_worker_name: str = ""


@dataclass
class YoungPerson:
    """The young person's details, as typed on the details form."""

    legal_name: str
    dob: date | None
    preferred_name: str = ""
    pronouns: str = ""
    gender: str = "not_stated"
    ethnicity: str = "NOBT"
    has_disability: bool = False
    disability: str = ""
    uasc: bool = False
    immigration_status: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_preference: str = ""
    language: str = "English"
    interpreter_needed: bool = False
    la_id: str = ""
    returned_home_from: date | None = None
    support_requested_to_25: bool = False
    in_education_or_training: bool = False
    risks: str = ""
    safety_notes: str = ""
    edt_alert: bool = False
    care_periods: list[CarePeriod] = field(default_factory=list)
    key_people: list[KeyPerson] = field(default_factory=list)
    # Set by the store:
    id: str | None = None
    allocated_pa_id: str | None = None
    archived_at: str | None = None
    archived_reason: str = ""
    died_on: date | None = None  # the date of a recorded death (the DIED in-touch decision)

    @property
    def display_name(self) -> str:
        return display_name(self.legal_name, self.preferred_name)


SURNAME_PARTICLES = {"ó", "o", "ní", "ni", "ua", "mac", "mc", "de", "da", "di", "du", "del", "della", "van", "von", "der",
                     "le", "la", "st", "bin", "bint", "al", "el", "ibn"}


def surname(legal_name: str) -> str:
    """The last name, with a particle that belongs to it ("Ó Briain", "van der Berg")."""
    parts = legal_name.split()
    if not parts:
        return ""
    i = len(parts) - 1
    while i > 1 and parts[i - 1].casefold() in SURNAME_PARTICLES:
        i -= 1
    return " ".join(parts[i:])


def display_name(legal_name: str, preferred_name: str = "") -> str:
    """The name to call someone by: preferred name with surname where it differs from
    the legal first name(s), else the legal name."""
    preferred = (preferred_name or "").strip()
    parts = legal_name.split()
    if preferred and preferred not in parts[:-1]:
        return f"{preferred} {surname(legal_name)}".strip() if parts else preferred
    return legal_name
