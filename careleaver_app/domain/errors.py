"""Validation errors that name the field and the fix."""

from __future__ import annotations

from dataclasses import dataclass


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

    def day_up_to(self, value, field: str, label: str, today, *, missing: str = "") -> bool:
        """A date that happened: required (``missing`` says what to enter; empty: optional) and not
        after ``today``. True when there is a date and it is not in the future."""
        if value is None:
            if missing:
                self.add(field, label, f"enter {missing} (dd/mm/yyyy)")
            return False
        if value > today:
            self.add(field, label, "cannot be in the future")
            return False
        return True

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


class NotAllowed(Exception):
    """An operation the rules forbid (e.g. editing a finalised plan). Message says why."""


class NotFound(Exception):
    """A record that does not exist (or was archived where that matters)."""


class ExportRefused(Exception):
    """A return or report cannot be written; the message says why and what to do. Nothing was written."""
