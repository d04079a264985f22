"""Code lists shared with the statutory returns (SSDA903, Ofsted Annex A).

Each list is a tuple of (code, label); the code is what is stored.
"""

from __future__ import annotations

# Ofsted Annex A "Gender" value labels (DOMAIN.md §6); 903 Header SEX is 1/2.
GENDERS: tuple[tuple[str, str], ...] = (
    ("male", "Male"),
    ("female", "Female"),
    ("not_stated", "Not stated/recorded"),
    ("neither", "Neither"),
)
GENDER_ANNEX_A = {"male": "a) Male", "female": "b) Female", "not_stated": "c) Not stated/recorded", "neither": "d) Neither"}
GENDER_903_SEX = {"male": "1", "female": "2"}

# SSDA903 / CSC ethnicity codes (DfE census codes).
ETHNICITIES: tuple[tuple[str, str], ...] = (
    ("WBRI", "White British"),
    ("WIRI", "White Irish"),
    ("WIRT", "Traveller of Irish heritage"),
    ("WOTH", "Any other White background"),
    ("WROM", "Gypsy/Roma"),
    ("MWBC", "White and Black Caribbean"),
    ("MWBA", "White and Black African"),
    ("MWAS", "White and Asian"),
    ("MOTH", "Any other mixed background"),
    ("AIND", "Indian"),
    ("APKN", "Pakistani"),
    ("ABAN", "Bangladeshi"),
    ("AOTH", "Any other Asian background"),
    ("BCRB", "Caribbean"),
    ("BAFR", "African"),
    ("BOTH", "Any other Black background"),
    ("CHNE", "Chinese"),
    ("OOTH", "Any other ethnic group"),
    ("REFU", "Refused"),
    ("NOBT", "Information not yet obtained"),
)

IMMIGRATION_STATUSES: tuple[tuple[str, str], ...] = (
    ("", "Not applicable"),
    ("claim_pending", "Asylum claim pending"),
    ("uasc_leave", "UASC leave (limited leave to 17½)"),
    ("refugee", "Refugee status"),
    ("humanitarian", "Humanitarian protection"),
    ("limited_leave", "Other limited leave to remain"),
    ("ilr", "Indefinite leave to remain"),
    ("are", "Appeal rights exhausted"),
    ("citizen", "British citizen"),
    ("other", "Other / not known"),
)

CONTACT_PREFERENCES: tuple[tuple[str, str], ...] = (
    ("", "No preference recorded"),
    ("phone", "Phone call"),
    ("text", "Text message"),
    ("whatsapp", "WhatsApp"),
    ("email", "Email"),
    ("in_person", "In person"),
)

KEY_PERSON_ROLES: tuple[str, ...] = (
    "Former foster carer",
    "Social worker",
    "GP",
    "Parent",
    "Sibling",
    "Other family",
    "Partner",
    "Keyworker / support worker",
    "Housing officer",
    "College / tutor",
    "Employer",
    "Mental health worker",
    "Youth offending / probation",
    "Solicitor",
    "Advocate",
    "Other",
)


def label_for(codes: tuple[tuple[str, str], ...], code: str | None, default: str = "") -> str:
    for c, label in codes:
        if c == code:
            return label
    return default if code in (None, "") else str(code)


def is_code(codes: tuple[tuple[str, str], ...], code: str | None) -> bool:
    return any(c == code for c, _ in codes)
