"""Colours that follow the palette, light or dark, and stay readable.

Nothing in the app names a colour except here. Each use has a role (``ERROR`` for overdue and
refused, ``WARNING`` for take care, ``MUTED`` for finished or secondary text, ``ACCENT`` for cover, ``OK`` for done) and the
colour for a role is worked out from the current palette (QPalette, which follows the system's
light or dark scheme, QStyleHints.colorScheme): a hue for the role, made lighter or darker until
its contrast with every background it is drawn on (the window, table cells, alternate rows) is
at least 4.5:1, the WCAG 2.2 AA level for text (success criterion 1.4.3).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ERROR = "error"
WARNING = "warning"  # take care, not wrong (a name that may need to be a key person)
MUTED = "muted"
ACCENT = "accent"
OK = "ok"
ROLES = (ERROR, WARNING, MUTED, ACCENT, OK)

MINIMUM_CONTRAST = 4.5  # WCAG 2.2 AA, normal text (SC 1.4.3)

# The hue each role starts from, on a light and on a dark background.
_START = {ERROR: ("#a4001d", "#ff8a8a"), WARNING: ("#8a4b00", "#f0b060"), ACCENT: ("#1d4f91", "#8ab4f8"),
          OK: ("#2e6b30", "#7bd389")}
# Banners: a tint of the window colour, and text on it.
_BANNER_TINT = {"banner-warning": "#f2c037", "banner-danger": "#e0465a"}

_cache: dict = {}


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.2)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def backgrounds(palette: QPalette | None = None) -> list[QColor]:
    """What text is drawn on: the window, table cells and alternate rows."""
    p = _palette(palette)
    return [p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.AlternateBase)]


def is_dark(palette: QPalette | None = None) -> bool:
    p = _palette(palette)
    return luminance(p.color(QPalette.ColorRole.Window)) < luminance(p.color(QPalette.ColorRole.WindowText))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable(colour: QColor, on: list[QColor], lighter: bool) -> QColor:
    """``colour``, made lighter (or darker) in small steps until it reaches the minimum contrast
    with every colour in ``on``."""
    c = QColor(colour)
    for _ in range(100):
        if min(contrast(c, bg) for bg in on) >= MINIMUM_CONTRAST:
            return c
        h, s, lightness, a = c.getHslF()
        lightness = min(1.0, lightness + 0.01) if lighter else max(0.0, lightness - 0.01)
        c = QColor.fromHslF(max(h, 0.0), s, lightness, a)
    return QColor("white" if lighter else "black")


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``role`` on ``palette`` (default: the application's)."""
    p = _palette(palette)
    key = (role, p.cacheKey())
    found = _cache.get(key)
    if found is None:
        dark = is_dark(p)
        if role == MUTED:
            start = _mix(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window), 0.4)
        else:
            start = QColor(_START[role][1 if dark else 0])
        found = _cache[key] = readable(start, backgrounds(p), lighter=dark)
    return found


def hex_colour(role: str, palette: QPalette | None = None) -> str:
    """``colour(role)`` as #rrggbb, for style sheets and rich text."""
    return colour(role, palette).name()


def banner_colours(kind: str, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) for a "banner-warning" or "banner-danger"."""
    p = _palette(palette)
    window = p.color(QPalette.ColorRole.Window)
    background = _mix(window, QColor(_BANNER_TINT[kind]), 0.18 if is_dark(p) else 0.22)
    text = readable(p.color(QPalette.ColorRole.WindowText), [background], lighter=is_dark(p))
    border = _mix(background, QColor(_BANNER_TINT[kind]), 0.6)
    return background, text, border


def dark_palette() -> QPalette:
    """A dark palette like the dark schemes of Windows, macOS and GNOME (for screenshots and
    tests; the app itself uses whatever palette the system gives it)."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202020", QPalette.ColorRole.WindowText: "#e6e6e6",
        # Fields and table cells a step lighter than the window, so unticked boxes and empty
        # fields still show their edges (Fusion draws them in the base colour).
        QPalette.ColorRole.Base: "#333333", QPalette.ColorRole.AlternateBase: "#3a3a3a",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f65ad", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2d2d2d", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#3a3a3a", QPalette.ColorRole.Midlight: "#303030", QPalette.ColorRole.Mid: "#262626",
        QPalette.ColorRole.Dark: "#141414", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return p
