"""The bundled Chinese font, registered with Qt at start-up so that no machine draws boxes.

Office PCs have 宋体/微软雅黑 and Qt uses them; a machine without any CJK font (a fresh Linux desktop, a
stripped Windows image) would silently show boxes. We register AR PL UMing from resources/fonts and put it
behind the platform's UI font (PySide6 6.12 has no per-script fallback API), so the system look stays
where the system has Chinese and the bundled font fills in where it has none."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resource

BUNDLED_FONT_FILE = "uming.ttc"
PREFERRED_FAMILY = "AR PL UMing CN"  # face 0 of the collection: simplified-Chinese glyph shapes
_SAMPLE = "收文发文用印〔〕"


def register_bundled_font(app: QApplication) -> str | None:
    """Registers the bundled font; returns the family Qt uses for Chinese from now on, None if it failed."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", BUNDLED_FONT_FILE)))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = PREFERRED_FAMILY if PREFERRED_FAMILY in families else (families[0] if families else None)
    if family is None:
        return None
    ui_font = app.font()
    # Widgets that pick their own family (a stylesheet, a form's 仿宋) fall back to it too.
    QFont.insertSubstitution(ui_font.family(), family)
    if not covers_chinese(ui_font):
        ui_font.setFamilies([ui_font.family(), family])
        app.setFont(ui_font)
    return family


def covers_chinese(font: QFont) -> bool:
    """True when the font itself has every glyph of a sample of the words the window shows."""
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in _SAMPLE)
