"""Make the fallback fonts in careleaver_app/resources/fonts/ from their published sources (run by hand, not at
install or test time; the results are committed).

Sources (all SIL Open Font License 1.1; the licence is careleaver_app/resources/fonts/LICENSE-Noto.txt):

- Debian's ``fonts-noto-core`` (Noto Sans Arabic, Ethiopic, Symbols, Symbols 2), copied as they are.
- Debian's ``fonts-noto-cjk`` (Noto Sans CJK SC, OpenType/CFF outlines in a 19 MB collection).
  reportlab embeds TrueType outlines only, so the CJK face is cut down to the characters of
  GB 2312 (simplified Chinese), Big5 level 1 (traditional), JIS X 0208 level 1 (Japanese kanji),
  KS X 1001 Hangul, kana and CJK punctuation (about 12,000 of its 65,000 glyphs: the characters
  names are written in), and its outlines converted to TrueType (fontTools' cu2qu). About 3.4 MB.
- Noto Emoji (monochrome, Google), as the pip package ``manimgx-fonts`` redistributes it unmodified
  (its name table says "Noto Emoji, Version 3.002, Copyright 2013 Google LLC"): a variable font,
  fixed here at its Regular weight (fontTools' instancer) because reportlab reads static fonts.

    apt-get install fonts-noto-core fonts-noto-cjk
    pip download --no-deps -d /tmp/fonts manimgx-fonts && unzip /tmp/fonts/*.whl -d /tmp/fonts
    python scripts/build_fonts.py /tmp/fonts/manimgx_fonts/NotoEmoji[wght].ttf
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "careleaver_app" / "resources" / "fonts"
CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC = 2  # the collection's Noto Sans CJK SC face
COPIED = ["NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansEthiopic-Regular.ttf",
          "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf"]


def _double_byte(encoding: str, leads, trails) -> set[int]:
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                out.add(ord(bytes([lead, trail]).decode(encoding)))
            except (UnicodeDecodeError, TypeError):
                pass
    return out


def cjk_code_points() -> set[int]:
    cps = (_double_byte("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))  # GB 2312 hanzi, levels 1 and 2
           | _double_byte("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])  # Big5 level 1
           | _double_byte("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))  # JIS X 0208 level 1 kanji
           | _double_byte("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF)))  # KS X 1001 Hangul syllables
    cps |= set(range(0x3000, 0x3100)) | set(range(0x3130, 0x3190)) | set(range(0xFF00, 0xFFF0))  # punctuation, kana, jamo, full width
    return cps


def build_cjk(target: Path) -> None:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, newTable

    font = TTCollection(str(CJK)).fonts[CJK_SC]
    opts = subset.Options()
    opts.layout_features = []  # no shaping is needed for these characters
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["VORG", "vhea", "vmtx"]  # vertical writing is not used
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=cjk_code_points())
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(target))


def build_emoji(source: Path, target: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = instancer.instantiateVariableFont(TTFont(str(source)), {"wght": 400})
    font.save(str(target))


def main(argv: list[str]) -> None:
    for name in COPIED:
        shutil.copyfile(CORE / name, OUT / name)
    build_cjk(OUT / "NotoSansCJKsc-Regular-names.ttf")
    if argv:
        build_emoji(Path(argv[0]), OUT / "NotoEmoji-Regular.ttf")


if __name__ == "__main__":
    main(sys.argv[1:])
