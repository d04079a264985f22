"""Make the app icon's raster forms from careleaver_app/resources/icons/careleaver_app.svg.

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py

Writes careleaver_app/resources/icons/careleaver_app.png (256 px: the window icon, read at run
time without needing Qt's SVG plugin), packaging/icons/careleaver_app.ico (Windows: 16 to 256 px)
and packaging/icons/careleaver_app.icns (macOS: 16 to 1024 px). Run it after changing the SVG and
commit the results. Qt renders the SVG; Pillow (already installed, reportlab uses it) writes the
.ico and .icns containers.
"""

from __future__ import annotations

import io
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "careleaver_app" / "resources" / "icons" / "careleaver_app.svg"
PNG = SVG.with_suffix(".png")
ICO = REPO / "packaging" / "icons" / "careleaver_app.ico"
ICNS = REPO / "packaging" / "icons" / "careleaver_app.icns"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs one)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    big = render(256)
    big.save(PNG, optimize=True)
    big.save(ICO, sizes=[(s, s) for s in ICO_SIZES], bitmap_format="png")
    render(1024).save(ICNS)
    for path in (PNG, ICO, ICNS):
        print(f"Wrote {path.relative_to(REPO)} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
