"""Build the message catalogues of the young person's own copy (gettext).

Run after changing the wording in careleaver_app/reports/copy_words.py:

    python scripts/build_catalogues.py

It writes the template ``careleaver_app/locale/young_persons_copy.pot`` (every sentence of both
the standard and the easy read forms), brings each language's ``.po`` up to date with it (English
is shipped: its translations are the English sentences themselves) and compiles each ``.mo``.
A translator adds ``careleaver_app/locale/<language>/LC_MESSAGES/young_persons_copy.po`` (copy the
template, fill in each msgstr) and runs this script. Babel reads, merges and compiles the
catalogues rather than hand-written code. tests/reports/test_my_plan.py fails when they are stale.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careleaver_app.reports.copy_words import DOMAIN, LOCALE_DIR, WORDS

SHIPPED = ("en",)


def template() -> Catalog:
    cat = Catalog(project="careleaver_app", domain=DOMAIN, charset="utf-8", fuzzy=False)
    for key, (standard, easy) in WORDS.items():
        cat.add(standard, locations=[("careleaver_app/reports/copy_words.py", 0)], auto_comments=[f"{key} (standard)"])
        if easy != standard:
            cat.add(easy, locations=[("careleaver_app/reports/copy_words.py", 0)], auto_comments=[f"{key} (easy read)"])
    return cat


def _po_bytes(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, cat, omit_header=False, no_location=True, width=100, sort_output=True)
    return buf.getvalue()


def _mo_bytes(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat)
    return buf.getvalue()


def built() -> dict[Path, bytes]:
    """Every catalogue file as it should be, by path."""
    tmpl = template()
    out = {LOCALE_DIR / f"{DOMAIN}.pot": _po_bytes(tmpl)}
    languages = set(SHIPPED) | {p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    for lang in sorted(languages):
        po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.exists():
            with po_path.open("rb") as f:
                cat = read_po(f, locale=lang, domain=DOMAIN)
            cat.update(tmpl, no_fuzzy_matching=True)
        else:
            cat = Catalog(locale=lang, domain=DOMAIN, project="careleaver_app", charset="utf-8", fuzzy=False)
            cat.update(tmpl, no_fuzzy_matching=True)
        cat.obsolete.clear()
        if lang == "en":  # English ships: each sentence is its own translation
            for m in cat:
                if m.id:
                    m.string = m.id
        cat.revision_date = cat.creation_date = tmpl.creation_date.replace(year=2026, month=12, day=1, hour=0, minute=0)
        out[po_path] = _po_bytes(cat)
        out[po_path.with_suffix(".mo")] = _mo_bytes(cat)
    return out


def _stable(data: bytes) -> bytes:
    """A catalogue without its date lines, which change on every run."""
    return b"\n".join(line for line in data.splitlines() if b"-Date:" not in line and b"Generated-By" not in line)


def stale() -> list[Path]:
    return [p for p, data in built().items() if not p.exists() or _stable(p.read_bytes()) != _stable(data)]


def main() -> int:
    for path, data in built().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
