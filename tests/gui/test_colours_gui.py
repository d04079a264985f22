"""Colours follow the palette and keep text readable (contrast at least 4.5:1) in light and dark."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from careleaver_app.gui import colours
from careleaver_app.gui.colours import MINIMUM_CONTRAST, contrast, dark_palette
from tests.support.windows import shown_main_window

GUI = Path(__file__).resolve().parents[2] / "careleaver_app" / "gui"


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    """The application in a light (the style's own) or a dark palette, put back afterwards."""
    before = QApplication.palette()
    chosen = QApplication.style().standardPalette() if request.param == "light" else dark_palette()
    QApplication.setPalette(chosen)
    yield QApplication.palette()
    QApplication.setPalette(before)


def test_the_contrast_ratio_is_wcags():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)  # just under AA
    assert contrast(QColor("#1a1a1a"), QColor("#202020")) == pytest.approx(1.07, abs=0.01)  # the health status


def test_every_colour_role_is_readable_on_every_background(palette):
    for role in colours.ROLES:
        c = colours.colour(role, palette)
        for bg in colours.backgrounds(palette):
            assert contrast(c, bg) >= MINIMUM_CONTRAST, (role, c.name(), bg.name())
    for kind in ("banner-warning", "banner-danger"):
        background, text, _ = colours.banner_colours(kind, palette)
        assert contrast(text, background) >= MINIMUM_CONTRAST, kind
    assert colours.is_dark(palette) == (palette.color(QPalette.ColorRole.Window).lightness() < 128)


def test_no_colour_is_named_outside_the_colours_module():
    named = {}
    for path in GUI.glob("*.py"):
        if path.name == "colours.py":
            continue
        found = re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|GlobalColor\.\w+", path.read_text(encoding="utf-8"))
        if found:
            named[path.name] = found
    assert named == {}


def _span_colour(html: str) -> QColor | None:
    m = re.search(r"color:\s*(#[0-9a-fA-F]{6})", html)
    return QColor(m.group(1)) if m else None


def test_the_health_history_status_and_overdue_cells_are_readable(qtbot, demo_services, gui_ask, palette):

    w = shown_main_window(qtbot, demo_services)
    window_bg = palette.color(QPalette.ColorRole.Window)
    # The health history status on a record, whether it needs attention or not.
    rows = w.caseload.visible_rows()
    for needs in (True, False):
        row = next(r for r in rows if r.facts.health and r.facts.health.needs_attention == needs and r.category_active)
        tab = w.open_person(row.id).health
        text = tab.handover_label.text()
        shown = _span_colour(text) or tab.handover_label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(shown, window_bg) >= MINIMUM_CONTRAST, (needs, text)
    # An overdue cell on the caseload, on plain and alternate rows.
    model = w.caseload.model
    col = [c.key for c in model.columns].index("next_due")
    r = next(i for i, row in enumerate(model.rows) if row.facts.touch.decision is None and row.facts.touch.due.is_overdue())
    brush = model.data(model.index(r, col), Qt.ItemDataRole.ForegroundRole)
    for bg in (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)):
        assert contrast(brush.color(), bg) >= MINIMUM_CONTRAST
