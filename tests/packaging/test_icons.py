"""The committed icon files are the drawing of packaging/draw_icon.py in every size the menus ask for."""
from __future__ import annotations

import struct

from desktop_app import identity
from tests.packaging.scripts import ROOT, load

draw_icon = load("draw_icon")
ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    return struct.unpack(">II", data[16:24])  # the IHDR chunk comes first


def test_hicolor_sizes_are_there_and_square():
    for size in draw_icon.PNG_SIZES:
        assert png_size((ICONS / f"{identity.APP_ID}-{size}.png").read_bytes()) == (size, size)
    assert set(draw_icon.PNG_SIZES) >= {16, 24, 32, 48, 64, 128, 256}


def test_ico_holds_the_windows_sizes_each_readable():
    data = (ICONS / f"{identity.APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        size = width or 256
        entry = data[offset: offset + length]
        if entry[:8] == PNG_SIGNATURE:
            assert png_size(entry) == (size, size)
        else:  # a bitmap: BITMAPINFOHEADER, height doubled for the AND mask
            assert struct.unpack("<Iii", entry[:12]) == (40, size, size * 2) and bits == 32
        sizes.append(size)
    assert sizes == [16, 24, 32, 48, 64, 256]


def test_svg_is_the_script_output():
    assert (ICONS / f"{identity.APP_ID}.svg").read_text(encoding="utf-8") == draw_icon.svg()
