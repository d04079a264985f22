"""What every PDF shares: embedded fonts for every script, plain readable styles, the
OFFICIAL-SENSITIVE marking top and bottom of every page, "Page X of Y", escaped user text,
tables whose header repeats when they run across pages, the document's language and an outline."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import fonts

# The UK public-sector marking for special-category personal data (DOMAIN.md §10).
MARKING = "OFFICIAL-SENSITIVE"
FONT = "CLSans"
FONT_BOLD = "CLSans-Bold"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1d4f91")
RULE = colors.HexColor("#b8c4d6")
SHADE = colors.HexColor("#eef2f8")
WARN = colors.HexColor("#a4001d")
WARN_SHADE = colors.HexColor("#fbe3e6")

# What every document is written in (the PDF's /Lang, read by screen readers): British English.
LANGUAGE = "en-GB"


def register_fonts() -> None:
    """Embed DejaVu Sans (fallback fonts for other scripts are registered when first needed)."""
    fonts.register(FONT)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    quote: ParagraphStyle
    label: ParagraphStyle
    warn: ParagraphStyle
    cell_warn: ParagraphStyle
    footer: float


def styles(base: float = 12, *, for_young_person: bool = False) -> Styles:
    """Readable by a 16-year-old: body text at least 12 pt, generous leading and spacing, no long
    italic text (the young person's own words are set upright in a shaded box). In documents a
    young person receives (``for_young_person``) nothing is smaller than 12 pt; staff documents
    set tables and notes at 11 pt."""
    register_fonts()
    base = max(12, base)
    fine = base if for_young_person else base - 1
    body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.4, textColor=INK, spaceAfter=base * 0.5, alignment=TA_LEFT)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=fine, leading=fine * 1.35, textColor=MUTED),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=base + 10, leading=(base + 10) * 1.2, textColor=ACCENT, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=base + 4, leading=(base + 4) * 1.25, textColor=ACCENT,
                          spaceBefore=base * 1.2, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=base, leading=base * 1.35, spaceBefore=base * 0.5, spaceAfter=2,
                          keepWithNext=1),
        cell=ParagraphStyle("cell", parent=body, fontSize=fine, leading=fine * 1.3, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, fontSize=fine, leading=fine * 1.3,
                                 spaceAfter=0, textColor=colors.white),
        quote=ParagraphStyle("quote", parent=body, leftIndent=10, borderPadding=(4, 6, 4, 6), borderColor=ACCENT,
                             borderWidth=0, backColor=SHADE, spaceBefore=2, spaceAfter=8),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=fine, spaceAfter=1, textColor=MUTED,
                             keepWithNext=1),
        warn=ParagraphStyle("warn", parent=body, textColor=WARN, fontName=FONT_BOLD),
        cell_warn=ParagraphStyle("cell_warn", parent=body, fontSize=fine, leading=fine * 1.3, spaceAfter=0, textColor=WARN),
        footer=fine if for_young_person else 10,
    )


def _flags(style: ParagraphStyle) -> dict:
    name = style.fontName.lower()
    return {"bold": "bold" in name, "italic": "italic" in name or "oblique" in name}


def esc(text: str | None, style: ParagraphStyle | None = None, *, bold: bool | None = None) -> str:
    """User text made safe for a Paragraph set in ``style`` (never read as markup; line breaks
    kept; each script in a font that has it: see ``fonts.markup``). ``bold`` for text inside <b>."""
    flags = _flags(style) if style is not None else {"bold": False, "italic": False}
    if bold is not None:
        flags["bold"] = bold
    return fonts.markup(text, **flags)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text, style), style)


def labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    """"**Label**: text" in one paragraph."""
    return Paragraph(f"<b>{esc(label, style, bold=True)}</b>" + (f": {esc(text, style)}" if text else ""), style)


def date_width(st: Styles, text: str = "00/00/0000") -> float:
    """A column wide enough for a dd/mm/yyyy date on one line (with the cell padding)."""
    return pdfmetrics.stringWidth(text, FONT, st.cell.fontSize) + 12


def table(header: list[str], rows: list[list], widths: list[float], st: Styles, *, zebra: bool = True,
          highlight: list[int] | None = None) -> Table:
    """A table of Paragraph cells whose header row repeats on every page it runs onto. Rows in
    ``highlight`` are tinted and their text set in the warning colour (the caller says why in
    words too: colour alone is lost in black and white)."""
    marked = set(highlight or [])
    data = [[Paragraph(esc(h, st.cell_head), st.cell_head) for h in header]]
    for i, r in enumerate(rows):
        style = st.cell_warn if i in marked else st.cell
        data.append([c if not isinstance(c, str) else Paragraph(esc(c, style), style) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if zebra:
        for i in range(1, len(data)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), SHADE))
    for i in sorted(marked):
        cmds.append(("BACKGROUND", (0, i + 1), (-1, i + 1), WARN_SHADE))
    t.setStyle(TableStyle(cmds))
    return t


def heading(text: str, style: ParagraphStyle, room: float = 45 * mm) -> list:
    """A heading that starts a new page when less than ``room`` is left under it (so it is never
    alone at the foot of a page), without holding what follows together: a long table under it
    runs on rather than leaving half a page empty."""
    return [CondPageBreak(room + style.fontSize * 2), Paragraph(esc(text, style), ParagraphStyle(style.name + "-flow", parent=style, keepWithNext=0))]


class Bookmark(Flowable):
    """An entry in the PDF's outline (the bookmarks pane) pointing at where it stands."""

    _count = 0

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        Bookmark._count += 1
        key = f"b{Bookmark._count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, self.level, closed=self.level > 0)


class RunningHeader(Flowable):
    """Whose pages these are: the text is printed at the top of this page and every page after it
    until the next RunningHeader (a continuation page still says whose it is)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv.running_header = self.text


class PdfBytes(bytes):
    """A document's bytes, and the characters in it that no embedded font could print."""

    unprintable: tuple[str, ...] = ()


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output until the end so each page can say "Page X of Y". Bookmarks made on a
    page are given to reportlab when that page is finally written, so they point at it."""

    running_header = ""
    footer_size = 10

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._marks: list[tuple] = []

    def bookmarkPage(self, key, **kw):  # noqa: N802 (reportlab names)
        self._marks.append(("page", key, kw))

    def addOutlineEntry(self, title, key, level=0, closed=None):  # noqa: N802
        self._marks.append(("outline", (title, key, level, closed), None))

    def showPage(self):  # noqa: N802 (reportlab name)
        self._saved_pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        outlined = False
        for state in self._saved_pages:
            self.__dict__.update(state)
            for kind, a, kw in state["_marks"]:
                if kind == "page":
                    rl_canvas.Canvas.bookmarkPage(self, a, **kw)
                else:
                    rl_canvas.Canvas.addOutlineEntry(self, *a)
                    outlined = True
            self._draw_page_number(total)
            super().showPage()
        if outlined:
            self.showOutline()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(FONT, self.footer_size)
        self.setFillColor(MUTED)
        self.drawRightString(width - 18 * mm, 11 * mm, f"Page {self._pageNumber} of {total}")


def _draw_marking(canv, doc) -> None:
    width, height = doc.pagesize
    canv.saveState()
    canv.setFont(FONT_BOLD, canv.footer_size)
    canv.setFillColor(INK)
    canv.drawCentredString(width / 2, height - 10 * mm, MARKING)
    canv.drawCentredString(width / 2, 5 * mm, MARKING)
    footer = getattr(doc, "footer_text", "")
    if footer:
        style = ParagraphStyle("footer", fontName=FONT, fontSize=canv.footer_size, leading=canv.footer_size * 1.2, textColor=MUTED)
        p = Paragraph(esc(footer, style), style)
        _, h = p.wrap(width - 36 * mm - 40 * mm, 20 * mm)
        p.drawOn(canv, 18 * mm, 11 * mm + canv.footer_size * 0.2 - (h - style.leading))
    canv.restoreState()


def _draw_running_header(canv, doc) -> None:
    if canv.running_header:
        width, height = doc.pagesize
        canv.saveState()
        style = ParagraphStyle("running", fontName=FONT_BOLD, fontSize=canv.footer_size, leading=canv.footer_size * 1.2, textColor=ACCENT)
        p = Paragraph(esc(canv.running_header, style), style)
        p.wrap(width - 36 * mm, 10 * mm)
        p.drawOn(canv, 18 * mm, height - 16 * mm)
        canv.restoreState()


def build_pdf(story: list, *, title: str, footer_text: str = "", pagesize=A4, encrypt_password: str | None = None,
              for_young_person: bool = False) -> PdfBytes:
    """Render ``story`` to PDF bytes with the marking, page numbers, embedded fonts, the document's
    language and title, and the outline the story's ``Bookmark``s make.

    ``title`` goes into the PDF's metadata: keep names out of it (file listings show it).
    """
    register_fonts()
    buf = io.BytesIO()
    width, height = pagesize
    try:
        doc = BaseDocTemplate(buf, pagesize=pagesize, title=title, author="careleaver_app", subject=MARKING,
                              creator="careleaver_app", leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                              bottomMargin=20 * mm, encrypt=_encryption(encrypt_password), lang=LANGUAGE,
                              displayDocTitle=1)
        doc.footer_text = footer_text
        frame = Frame(doc.leftMargin, doc.bottomMargin, width - doc.leftMargin - doc.rightMargin,
                      height - doc.topMargin - doc.bottomMargin, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_marking, onPageEnd=_draw_running_header)])
        footer = 12 if for_young_person else 10

        def canvasmaker(*a, **kw):
            c = _NumberedCanvas(*a, **kw)
            c.footer_size = footer
            return c

        doc.build(story, canvasmaker=canvasmaker)
    finally:
        unprintable = fonts.take_unprintable()
    out = PdfBytes(buf.getvalue())
    out.unprintable = unprintable
    return out

def _encryption(password: str | None):
    if not password:
        return None
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(password, canPrint=1, canModify=0, canCopy=0, canAnnotate=0, strength=128)


def keep(*flowables) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(h: float = 6) -> Spacer:
    return Spacer(1, h)
