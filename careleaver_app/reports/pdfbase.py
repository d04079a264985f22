"""What every PDF shares: the embedded Unicode font, plain readable styles, the
OFFICIAL-SENSITIVE marking top and bottom of every page, "Page X of Y", escaped user text
and tables whose header repeats when they run across pages."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from ..resources import resource_path

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

_registered = False


def register_fonts() -> None:
    """Embed DejaVu Sans so every name prints (Zoë, Łukasz, Şahin, Nguyễn)."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont("CLSans-Italic", str(resource_path("fonts/DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFont(TTFont("CLSans-BoldItalic", str(resource_path("fonts/DejaVuSans-BoldOblique.ttf"))))
    from reportlab.lib.fonts import addMapping

    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, "CLSans-Italic")
    addMapping(FONT, 1, 1, "CLSans-BoldItalic")
    _registered = True


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


def styles(base: float = 12) -> Styles:
    """Readable by a 16-year-old: at least 11 pt, generous leading and spacing."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.4, textColor=INK, spaceAfter=base * 0.5, alignment=TA_LEFT)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=max(11, base - 1), leading=max(11, base - 1) * 1.35, textColor=MUTED),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=base + 10, leading=(base + 10) * 1.2, textColor=ACCENT, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=base + 4, leading=(base + 4) * 1.25, textColor=ACCENT,
                          spaceBefore=base * 1.2, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=base, leading=base * 1.35, spaceBefore=base * 0.5, spaceAfter=2,
                          keepWithNext=1),
        cell=ParagraphStyle("cell", parent=body, fontSize=max(11, base - 1), leading=max(11, base - 1) * 1.3, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, fontSize=max(11, base - 1), leading=max(11, base - 1) * 1.3,
                                 spaceAfter=0, textColor=colors.white),
        quote=ParagraphStyle("quote", parent=body, fontName="CLSans-Italic", leftIndent=10, borderPadding=(4, 6, 4, 6),
                             backColor=SHADE, spaceBefore=2, spaceAfter=8),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=max(11, base - 1), spaceAfter=1, textColor=MUTED,
                             keepWithNext=1),
    )


def esc(text: str | None) -> str:
    """User text made safe for a Paragraph (no markup injection); line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def table(header: list[str], rows: list[list], widths: list[float], st: Styles, *, zebra: bool = True,
          highlight: list[int] | None = None) -> Table:
    """A table of Paragraph cells whose header row repeats on every page it runs onto."""
    data = [[Paragraph(esc(h), st.cell_head) for h in header]]
    for r in rows:
        data.append([c if not isinstance(c, str) else Paragraph(esc(c), st.cell) for c in r])
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
    for i in highlight or []:
        cmds.append(("TEXTCOLOR", (0, i + 1), (-1, i + 1), WARN))
    t.setStyle(TableStyle(cmds))
    return t


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output until the end so each page can say "Page X of Y"."""

    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(FONT, 9)
        self.setFillColor(MUTED)
        self.drawRightString(width - 18 * mm, 11 * mm, f"Page {self._pageNumber} of {total}")


def _draw_marking(canv, doc) -> None:
    width, height = doc.pagesize
    canv.saveState()
    canv.setFont(FONT_BOLD, 10)
    canv.setFillColor(INK)
    canv.drawCentredString(width / 2, height - 10 * mm, MARKING)
    canv.drawCentredString(width / 2, 5 * mm, MARKING)
    footer = getattr(doc, "footer_text", "")
    if footer:
        canv.setFont(FONT, 9)
        canv.setFillColor(MUTED)
        canv.drawString(18 * mm, 11 * mm, footer)
    canv.restoreState()


def build_pdf(story: list, *, title: str, footer_text: str = "", pagesize=A4, encrypt_password: str | None = None) -> bytes:
    """Render ``story`` to PDF bytes with the marking, page numbers and embedded font.

    ``title`` goes into the PDF's metadata: keep names out of it (file listings show it).
    """
    register_fonts()
    buf = io.BytesIO()
    width, height = pagesize
    doc = BaseDocTemplate(buf, pagesize=pagesize, title=title, author="careleaver_app", subject=MARKING,
                          creator="careleaver_app", leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, encrypt=_encryption(encrypt_password))
    doc.footer_text = footer_text
    frame = Frame(doc.leftMargin, doc.bottomMargin, width - doc.leftMargin - doc.rightMargin,
                  height - doc.topMargin - doc.bottomMargin, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_marking)])
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buf.getvalue()


def _encryption(password: str | None):
    if not password:
        return None
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(password, canPrint=1, canModify=0, canCopy=0, canAnnotate=0, strength=128)


def keep(*flowables) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(h: float = 6) -> Spacer:
    return Spacer(1, h)
