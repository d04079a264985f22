"""Validation errors that name the field and the fix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeGuard


@dataclass(frozen=True)
class FieldError:
    field: str  # the attribute name on the dataclass / form, e.g. "dob"
    label: str  # what the user sees, e.g. "Date of birth"
    message: str  # the problem and the fix

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(Exception):
    """One or more fields are wrong. Nothing has been saved."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)


class Collector:
    """Collects field errors while validating and raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, label: str, message: str) -> None:
        self.errors.append(FieldError(field, label, message))

    def require(self, value, field: str, label: str, message: str | None = None) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, label, message or f"enter the {label.lower()}")
            return False
        return True

    def day_up_to(self, value: date | None, field: str, label: str, today: date, *, missing: str = "",
                  future: str = "cannot be in the future", born: date | None = None) -> TypeGuard[date]:
        """A date that happened: required (``missing`` says what to enter; empty: optional), not
        after ``today`` (``future`` says so in the record's own words) and, given ``born`` (the
        date of birth), not before it. True (and ``value`` a date) when there is a date and none of these is wrong."""
        if value is None:
            if missing:
                self.add(field, label, f"enter {missing} (dd/mm/yyyy)")
            return False
        happened = True
        if value > today:
            self.add(field, label, future)
            happened = False
        if born is not None and value < born:
            self.add(field, label, "is before the date of birth")
            happened = False
        return happened

    def ends_after(self, end: date | None, start: date | None, field: str, label: str, today: date, *, on_or_before: str, future: str) -> None:
        """The end of something that began on ``start`` (optional: blank while it goes on): after
        the start (``on_or_before`` says so when it is not) and not after ``today``."""
        if end is None:
            return
        if start is not None and end <= start:
            self.add(field, label, on_or_before)
        if end > today:
            self.add(field, label, future)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


class NotAllowed(Exception):
    """An operation the rules forbid (e.g. editing a finalised plan). Message says why."""


class NotFound(Exception):
    """A record that does not exist (or was archived where that matters)."""


class ExportRefused(Exception):
    """A return or report cannot be written; the message says why and what to do. Nothing was written."""
