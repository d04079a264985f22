"""Names in every script print (in a font that has them, shaped, right to left where they are
written so) and extract exactly as typed, in body, heading and italic text."""

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from careleaver_app.reports import fonts
from careleaver_app.reports.pdfbase import build_pdf, para, styles

NAMES = [
    "Łukasz Şahin-Nguyễn",
    "Siobhán Ó Súilleabháin",
    "Zoë",
    "王小明",
    "محمد الأحمد",
    "Zoe\u0308 Nguye\u0302\u0303n",  # typed with combining accents, not the precomposed letters
]


def embedded_fonts(reader) -> set[str]:
    out = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            font = f.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                out.add(str(font["/BaseFont"]).split("+")[-1])
    return out


@pytest.fixture(scope="module")
def document():
    from reportlab.lib.styles import ParagraphStyle

    st = styles(12)
    italic = ParagraphStyle("italic", parent=st.body, fontName="CLSans-Italic")
    story = []
    for name in NAMES:
        story += [para(name, st.h1), para(f"Talked with {name} today.", st.body), para(name, italic)]
    pdf = build_pdf(story, title="Names")
    return pdf, PdfReader(io.BytesIO(pdf))


@pytest.mark.parametrize("name", NAMES)
def test_each_name_extracts_exactly_in_heading_body_and_italic(document, name):
    _, reader = document
    lines = reader.pages[0].extract_text().splitlines()
    assert lines.count(name) == 2, lines  # the heading and the italic line, code point for code point
    assert f"Talked with {name} today." in lines


def test_every_character_of_every_name_has_a_glyph(document):
    pdf, _ = document
    assert pdf.unprintable == ()
    for name in NAMES:
        for ch in name:
            assert fonts.family_for(ord(ch)) is not None or unicodedata.combining(ch), ch


def test_the_fallback_fonts_are_embedded(document):
    _, reader = document
    names = embedded_fonts(reader)
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= names
    assert any(n.startswith("NotoSansCJK") for n in names)


def test_arabic_is_joined_and_right_to_left():
    """The letters of محمد are drawn as joined forms, last letter first (leftmost)."""
    import uharfbuzz  # noqa: F401  (shaping needs it)

    m = fonts.markup("محمد")
    assert 'face="CLArabic"' in m
    drawn = m[m.index(">") + 1:m.index("</font>")]
    face = fonts.font("CLArabic")
    assert [face.stands_for[ord(c)] for c in drawn] == ["د", "م", "ح", "م"]  # drawn left to right
    plain = {face.face.charToGlyph[ord(c)] for c in "محمد"}
    assert not {face.face.charToGlyph[ord(c)] for c in drawn} & plain - {face.face.charToGlyph[ord("د")]}  # joined, not isolated


def test_an_emoji_prints_from_the_emoji_font_and_extracts():
    st = styles(12)
    pdf = build_pdf([para("Sam 👍🏽 ❤️ 🧋", st.body)], title="Emoji")
    reader = PdfReader(io.BytesIO(pdf))
    assert "Sam 👍🏽 ❤️ 🧋" in reader.pages[0].extract_text()
    assert "NotoEmoji-Regular" in embedded_fonts(reader)
    assert pdf.unprintable == ()


def test_a_character_no_font_has_is_reported():
    st = styles(12)
    linear_b = "\U00010000"  # no embedded font has Linear B
    assert fonts.family_for(ord(linear_b)) is None
    pdf = build_pdf([para(f"Name {linear_b}", st.body)], title="Unprintable")
    assert pdf.unprintable == (linear_b,)
    assert build_pdf([para("Zoë", st.body)], title="Fine").unprintable == ()


def test_user_text_is_never_read_as_markup_in_any_script():
    st = styles(12)
    pdf = build_pdf([para("<b>王</b> & محمد <i>x</i>", st.body)], title="Escaping")
    assert "<b>王</b> &" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_plan_prints_a_name_in_arabic_and_chinese(services, team):
    from careleaver_app.domain.people import YoungPerson

    pid = services.people.create(YoungPerson(legal_name="محمد الأحمد", preferred_name="王小明", dob=date(2008, 5, 1)), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    text = PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages[0].extract_text()
    assert "王小明" in text and "محمد الأحمد" in text
