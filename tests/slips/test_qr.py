"""The QR code on the PDF, read back from a 200 dpi raster, is exactly the code of the record's payload."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import segno

from desktop_app.slips.forms import qr_payload
from desktop_app.slips.model import MARGIN_SIDE, MARGIN_TOP

DPI = 200
QR_MM = 18.0


def _raster(pdf, tmp_path) -> tuple[int, int, bytes]:
    """Page 1 as a greyscale PGM: (width, height, pixels)."""
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    data = (tmp_path / "page.pgm").read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    return int(width), int(height), pixels


def _modules_on_paper(pdf, tmp_path, size: int) -> list[list[bool]]:
    width, _height, pixels = _raster(pdf, tmp_path)
    px = DPI / 25.4
    left = (210.0 - MARGIN_SIDE - QR_MM) * px
    top = MARGIN_TOP * px
    cell = QR_MM * px / (size + 2)  # one module of quiet zone on each side
    dark = []
    for r in range(size):
        y = int(top + (r + 1.5) * cell)
        dark.append([pixels[y * width + int(left + (c + 1.5) * cell)] < 128 for c in range(size)])
    return dark


@pytest.mark.parametrize("name, payload", [("outgoing", qr_payload(17)), ("seal", qr_payload(5, "seal"))])
def test_printed_qr_code_carries_the_record_id(rendered, tmp_path, name, payload):
    expected = [[bool(v) for v in row] for row in segno.make(payload, error="m", micro=False, mask=0).matrix]
    assert _modules_on_paper(rendered[name][1], tmp_path, len(expected)) == expected


def test_the_payload_reads_back_and_nothing_else_does():
    """What the window recognises when a scanner types the QR code (ui/office/scan.py)."""
    from desktop_app.slips.forms import read_qr_payload

    assert read_qr_payload(qr_payload(17)) == ("record", 17)
    assert read_qr_payload(qr_payload(5, "seal")) == ("seal", 5)
    assert read_qr_payload(" DOCROUTE:SEAL:5 ") == ("seal", 5)  # Caps Lock on the scanner, a stray space
    for other in ("docroute:", "docroute:0", "docroute:12a", "docroute:file:3", "托政发〔2026〕12号", "17", ""):
        assert read_qr_payload(other) is None
