"""The warning shown while a PA writes about a young person: the text names someone who is not a
key person, so the redacted cover summary can only leave that name out (domain/redaction.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..domain.redaction import unknown_names
from .colours import WARNING, hex_colour


class ThirdPartyWarning(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("third_party_warning")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {hex_colour(WARNING)};")
        self.hide()

    def check(self, texts: list[str], known: set[str]) -> None:
        names = unknown_names("\n".join(texts), {k for k in known if k})
        self.setText(f"This names someone who is not a key person: {', '.join(names)}. Add them under Key people with their "
                     "role, so the redacted cover summary can say who they are (it leaves unknown names out)." if names else "")
        self.setVisible(bool(names))


def known_names(person) -> set[str]:
    """The young person's own names and their key people's."""
    return {person.legal_name, person.preferred_name, *(kp.name for kp in person.key_people)} if person else set()
