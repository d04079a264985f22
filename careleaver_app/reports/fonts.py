"""Fonts for every script a name may be written in, and text made ready for reportlab.

DejaVu Sans sets Latin, Greek, Cyrillic and Hebrew. For a character it lacks, the first font of
the fallback chain that has it is used (Noto Sans Arabic, Ethiopic, CJK, Symbols, Symbols 2,
Emoji), switched within the line with ``<font face=…>``. Arabic always uses Noto Sans Arabic
(DejaVu's Arabic has no italic and does not join its letters).

reportlab lays glyphs out one per character, left to right. So text that needs more than that
(Arabic letters joining, lam-alef ligatures, right-to-left order, a letter typed with combining
accents) is shaped here by HarfBuzz (``uharfbuzz``, which reportlab's own shaping also uses) into
glyphs in the order they are drawn. Each glyph is given a private character code standing for the
text it came from, and the PDF's ToUnicode map says what that text is, so the name is copied,
searched and read aloud exactly as typed.

A character no font here has is counted (``unprintable``) so the document can say so before it is
printed; it prints as the font's empty box.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from ..resources import resource_path

PRIMARY = "CLSans"


@dataclass(frozen=True)
class Family:
    """A font family: its reportlab name and its files for (bold, italic); missing styles use regular."""

    name: str
    files: dict[tuple[bool, bool], str]

    def face(self, bold: bool, italic: bool) -> str:
        key = (bold, italic) if (bold, italic) in self.files else (bold, False) if (bold, False) in self.files else (False, False)
        return self.name + {(False, False): "", (True, False): "-Bold", (False, True): "-Italic", (True, True): "-BoldItalic"}[key]


FAMILIES = (
    Family(PRIMARY, {(False, False): "DejaVuSans.ttf", (True, False): "DejaVuSans-Bold.ttf",
                     (False, True): "DejaVuSans-Oblique.ttf", (True, True): "DejaVuSans-BoldOblique.ttf"}),
    Family("CLArabic", {(False, False): "NotoSansArabic-Regular.ttf", (True, False): "NotoSansArabic-Bold.ttf"}),
    Family("CLEthiopic", {(False, False): "NotoSansEthiopic-Regular.ttf"}),
    Family("CLCJK", {(False, False): "NotoSansCJKsc-Regular-names.ttf"}),
    Family("CLSymbols", {(False, False): "NotoSansSymbols-Regular.ttf"}),
    Family("CLSymbols2", {(False, False): "NotoSansSymbols2-Regular.ttf"}),
    Family("CLEmoji", {(False, False): "NotoEmoji-Regular.ttf"}),
)
_BY_NAME = {f.name: f for f in FAMILIES}
ARABIC = "CLArabic"
EMOJI = "CLEmoji"

# Scripts written right to left (Unicode's bidi class R or AL), and those reportlab cannot set
# one glyph per character.
_RTL_CLASSES = {"R", "AL"}
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_JOINERS = {0x200C, 0x200D, 0xFE0E, 0xFE0F}  # ZWNJ, ZWJ and the text/emoji variation selectors


@cache
def _is_arabic(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


@cache
def _is_mark(ch: str) -> bool:
    cp = ord(ch)
    return bool(unicodedata.combining(ch)) or unicodedata.category(ch) in ("Mn", "Me") or cp in _JOINERS \
        or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F  # skin tones, tag characters


class _Font(TTFont):
    """reportlab's TrueType font with a ToUnicode map that says what every glyph stands for.

    reportlab writes a character above U+FFFF as five hex digits, which readers reject (an emoji or
    a rare Chinese character then extracts as nothing), and it knows nothing of shaped glyphs. Here
    each code maps to its text as UTF-16 (surrogate pairs included), and the private codes given
    to shaped glyphs map to the text they were shaped from."""

    def __init__(self, name: str, path: str):
        super().__init__(name, path)
        self.stands_for: dict[int, str] = {}  # private code -> the text the glyph was shaped from
        self._next_private = 0xF0000  # Supplementary Private Use Area-A: no font here maps it
        self._private: dict[tuple[int, str], int] = {}

    def private_code(self, gid: int, text: str, advance: float) -> int:
        """A code for glyph ``gid`` standing for ``text`` (``advance`` in 1/1000 em)."""
        key = (gid, text)
        code = self._private.get(key)
        if code is None:
            code = self._private[key] = self._next_private
            self._next_private += 1
            self.face.charToGlyph[code] = gid
            self.face.charWidths[code] = advance
            self.stands_for[code] = text
        return code

    def addObjects(self, doc):  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode(base, [self.stands_for.get(code, chr(code)) for code in subset])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap for one 256-code subset (PDF 1.7 §9.10.3)."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def", f"/CMapName /{name} def",
             "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange"]
    pairs = list(enumerate(texts))
    for start in range(0, len(pairs), 100):  # at most 100 entries per block
        chunk = pairs[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


_lock = threading.RLock()  # PDFs are made on worker threads; fonts are shared
_registered: set[str] = set()


def register(family: str) -> None:
    """Register every style of ``family`` with reportlab (once, when first needed)."""
    with _lock:
        if family in _registered:
            return
        fam = _BY_NAME[family]
        for (bold, italic), file in fam.files.items():
            pdfmetrics.registerFont(_Font(fam.face(bold, italic), str(resource_path("fonts/" + file))))
        for bold, italic in ((True, True), (False, True), (True, False), (False, False)):  # regular last: a
            addMapping(family, int(bold), int(italic), fam.face(bold, italic))  # face used for all styles reads as regular
        _registered.add(family)


def font(name: str) -> _Font:
    register(name.split("-")[0])
    return pdfmetrics.getFont(name)


@cache
def _coverage(family: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont as Tables  # reads only the cmap, not the whole font

    return frozenset(Tables(str(resource_path("fonts/" + _BY_NAME[family].files[(False, False)])), lazy=True).getBestCmap())


@cache
def family_for(cp: int) -> str | None:
    """The family that prints code point ``cp``: Arabic in Noto Sans Arabic, otherwise the first
    in the chain that has it; None when none does."""
    if _is_arabic(cp) and cp in _coverage(ARABIC):
        return ARABIC
    for fam in FAMILIES:
        if cp in _coverage(fam.name):
            return fam.name
    return None


_local = threading.local()


def unprintable_seen() -> set[str]:
    """Characters met since the last ``take_unprintable`` (on this thread) that no font has."""
    if not hasattr(_local, "missing"):
        _local.missing = set()
    return _local.missing


def take_unprintable() -> tuple[str, ...]:
    out = tuple(sorted(unprintable_seen()))
    _local.missing = set()
    return out


def _runs(text: str) -> list[tuple[str, bool, str]]:
    """Split ``text`` into (family, right_to_left, text) runs. Marks, joiners and skin tones stay
    with the character before them; a space between two words of a right-to-left or fallback run
    stays in it (an Arabic name's two words are laid out together)."""
    runs: list[list] = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if runs and (_is_mark(ch) or ch == " "):
            runs[-1][2] += ch
            continue
        fam = family_for(cp)
        after = ord(text[i + 1]) if i + 1 < len(text) else 0
        if (cp >= 0x1F000 or after in (0xFE0F, 0x200D) or 0x1F3FB <= after <= 0x1F3FF) and cp in _coverage(EMOJI):
            fam = EMOJI  # an emoji, with its skin tone or joined sequence, from the emoji font
        if fam is None:
            if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
                fam = runs[-1][0] if runs else PRIMARY
            else:
                unprintable_seen().add(ch)
                fam = PRIMARY
        rtl = unicodedata.bidirectional(ch) in _RTL_CLASSES or (fam == ARABIC and unicodedata.bidirectional(ch) == "AN")
        if runs and runs[-1][0] == fam and runs[-1][1] == rtl:
            runs[-1][2] += ch
        else:
            runs.append([fam, rtl, ch])
    # Spaces go back to the main font, except between the words of a right-to-left run.
    out = []
    for fam, rtl, chunk in runs:
        if fam == PRIMARY and not rtl:
            out.append((fam, rtl, chunk))
            continue
        stripped = chunk.rstrip(" ")
        parts = [stripped] if rtl else re.split(r"( +)", stripped)
        out += [(PRIMARY, False, part) if part.startswith(" ") else (fam, rtl, part) for part in parts]
        out.append((PRIMARY, False, chunk[len(stripped):]))
    return [r for r in out if r[2]]


@cache
def _shaped_char(ch: str) -> bool:
    return _is_mark(ch) or _is_arabic(ord(ch))


def _needs_shaping(chunk: str) -> bool:
    return not chunk.isascii() and any(_shaped_char(ch) for ch in chunk)


@cache
def _hb_font(face_name: str):
    import uharfbuzz as hb

    return hb.Font(hb.Face(hb.Blob.from_file_path(font(face_name).face.filename)))


def _shape(chunk: str, face_name: str) -> str:
    """``chunk`` as private codes for its glyphs in drawing order, each standing for its text."""
    import uharfbuzz as hb

    f = font(face_name)
    hbf = _hb_font(face_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS  # a glyph per character where the font allows
    buf.add_codepoints([ord(c) for c in chunk])
    buf.guess_segment_properties()
    hb.shape(hbf, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    clusters = sorted({i.cluster for i in infos}) + [len(chunk)]
    text_of = {c: chunk[c:clusters[k + 1]] for k, c in enumerate(clusters[:-1])}
    scale = 1000 / hbf.face.upem
    seen: set[int] = set()
    # In right-to-left text the glyphs come last-character-first; the text of a cluster goes to its
    # glyph met first in reading order.
    order = range(len(infos) - 1, -1, -1) if buf.direction == "rtl" else range(len(infos))
    texts = [""] * len(infos)
    for k in order:
        c = infos[k].cluster
        if c not in seen:
            seen.add(c)
            texts[k] = text_of[c]
    with _lock:
        return "".join(chr(f.private_code(info.codepoint, texts[k], pos.x_advance * scale))
                       for k, (info, pos) in enumerate(zip(infos, positions)))


def markup(text: str | None, *, bold: bool = False, italic: bool = False) -> str:
    """User text as reportlab paragraph markup: escaped (never read as markup), line breaks kept,
    each run in a font that has its characters, shaped where it needs to be."""
    if (text or "").isascii():  # DejaVu has every ASCII character: nothing to choose or shape (most text)
        return escape(text or "").replace("\n", "<br/>")
    out = []
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            out.append("<br/>")
        for fam, rtl, chunk in _runs(line):
            register(fam)
            face = _BY_NAME[fam].face(bold, italic)
            if rtl:
                body = _shape(chunk, face)  # a right-to-left run is kept whole, in drawing order
            elif _needs_shaping(chunk):  # each word shaped alone, so lines still break between words
                body = " ".join(_shape(w, face) if _needs_shaping(w) else escape(w) for w in chunk.split(" "))
            else:
                body = escape(chunk)
            out.append(body if fam == PRIMARY and body == escape(chunk) else f'<font face="{face}">{body}</font>')
    return "".join(out)
