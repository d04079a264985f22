"""A small, good caseload CSV (docs/import.md) shared by the import rule and service tests."""

HEADER = "la_id,legal_name,preferred_name,dob,gender,ethnicity,pa,care_periods,accommodation,accommodation_from,activity,activity_from"
GOOD = [
    "LC9001,Zoë Kowalski,Zo,31/08/2007,F,WBRI,Priya Valente,01/09/2021-31/08/2025,U,01/09/2025,F3,01/09/2025",
    "LC9002,Łukasz Nguyễn,,29/02/2008,male,AOTH,,01/03/2022-01/03/2026,D,01/03/2026,G5,01/06/2026",
]


def csv_of(*rows, header=HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")
