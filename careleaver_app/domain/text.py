"""Text helpers shared by filters and search."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into a base letter plus an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case, accent-free text for matching: "Zoë Łukasz" -> "zoe lukasz"."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose or fold (most names): the same result, much sooner
        return text.casefold()
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 contact", "2 contacts", "0 young people": a number with its noun, singular only for one."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
