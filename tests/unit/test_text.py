"""Folding text for filters and search: accents, letters that do not decompose, and plain ASCII."""

import pytest

from careleaver_app.domain.text import fold


@pytest.mark.parametrize("text, folded", [
    ("Zoë Łukasz", "zoe lukasz"),
    ("Siobhán Ó Briain", "siobhan o briain"),
    ("Bjørn Straße", "bjorn strasse"),
    ("Abdi Wiśniewska LC100128", "abdi wisniewska lc100128"),
    ("ASCII only, Mixed Case", "ascii only, mixed case"),
    ("ﬁona", "fiona"),  # a compatibility ligature
    ("", ""),
    (None, ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_the_ascii_shortcut_gives_what_the_full_fold_gives():
    import unicodedata

    for text in ("O'Neil-Smith", "LC100005", "Tenancy at 12 High St."):
        full = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()
        assert fold(text) == full
