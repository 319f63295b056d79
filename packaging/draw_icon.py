"""Draws the app's icon — a 红头 document with a red round seal — into resources/icons/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/draw_icon.py

One drawing, written as SVG (the scalable icon of Linux menus) and rendered by Qt's SVG renderer into the
PNG sizes of the hicolor theme and the Windows .ico. Below 32 px the text lines and the seal's star turn
to mush, so the small sizes use a simpler drawing: the page, its red header and a solid seal.
The generated files are committed; run this again only when the drawing changes."""
from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.identity import APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # hicolor/<n>x<n>/apps
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # what Windows Explorer, the taskbar and the Start menu ask for
SMALL = 24  # this size and below use the simple drawing
SEAL_RED = "#d7261e"


def star(cx: float, cy: float, outer: float) -> str:
    """The five-pointed star of an official seal, point up, as an SVG path."""
    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(-90 + 36 * i)
        points.append(f"{cx + radius * math.cos(angle):.1f},{cy + radius * math.sin(angle):.1f}")
    return "M" + " L".join(points) + " Z"


def svg(simple: bool = False) -> str:
    lines = "" if simple else "".join(
        f'  <rect x="64" y="{y}" width="{w}" height="8" rx="4" fill="#b9c0c9"/>\n'
        for y, w in ((100, 112), (122, 112), (144, 84), (166, 60)))
    # The seal sits on the page, over the end of the text, as it does on a signed document.
    seal = (f'  <circle cx="160" cy="180" r="56" fill="{SEAL_RED}"/>\n'
            f'  <path d="{star(160, 180, 32)}" fill="#ffffff"/>\n' if simple else
            f'  <circle cx="154" cy="178" r="48" fill="#ffffff" fill-opacity="0.6" stroke="{SEAL_RED}"'
            ' stroke-width="9"/>\n'
            f'  <circle cx="154" cy="178" r="37" fill="none" stroke="{SEAL_RED}" stroke-width="2.5"/>\n'
            f'  <path d="{star(154, 178, 24)}" fill="{SEAL_RED}"/>\n')
    stroke = 14 if simple else 6  # about one pixel at 16 px, a fine line at 256
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        '  <title>公文流转助手</title>\n'
        '  <path d="M44 18 H164 L212 66 V230 a8 8 0 0 1 -8 8 H44 a8 8 0 0 1 -8 -8 V26 a8 8 0 0 1 8 -8 Z"'
        f' fill="#ffffff" stroke="#6b7480" stroke-width="{stroke}" stroke-linejoin="round"/>\n'
        f'  <path d="M164 18 V58 a8 8 0 0 0 8 8 H212" fill="#e3e7ec" stroke="#6b7480" stroke-width="{stroke}"'
        ' stroke-linejoin="round"/>\n'
        f'  <rect x="60" y="{40 if simple else 42}" width="{96 if simple else 90}" height="{24 if simple else 18}"'
        f' rx="4" fill="{SEAL_RED}"/>\n'
        f'  <rect x="60" y="{74 if simple else 72}" width="132" height="{8 if simple else 5}" fill="{SEAL_RED}"/>\n'
        f'{lines}'
        f'{seal}'
        '</svg>\n'
    )


def render(svg_text: str, size: int):
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg_text.encode("utf-8"))).render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """An ICO entry as a 32-bit bottom-up bitmap with its AND mask: every Windows reads these; the 256 px
    entry is PNG, as Windows Vista and later expect."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        rows.append(b"".join(struct.pack("<I", image.pixel(x, y)) for x in range(size)))  # ARGB -> BGRA bytes
    mask_row = b"\x00" * (((size + 31) // 32) * 4)  # all visible: the alpha channel says what is transparent
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict) -> bytes:
    entries = [(size, png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])) for size in ICO_SIZES]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs it)
    ICONS.mkdir(parents=True, exist_ok=True)
    full, simple = svg(), svg(simple=True)
    (ICONS / f"{APP_ID}.svg").write_text(full, encoding="utf-8")
    images = {size: render(simple if size <= SMALL else full, size) for size in PNG_SIZES}
    for size, image in images.items():
        (ICONS / f"{APP_ID}-{size}.png").write_bytes(png_bytes(image))
    (ICONS / f"{APP_ID}.ico").write_bytes(ico_bytes(images))
    print(f"wrote {len(images)} PNG sizes, the SVG and the ICO to {ICONS}")


if __name__ == "__main__":
    main()
