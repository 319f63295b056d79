"""Print preview and printout of a slip: the dialog fits the screen, the preview is drawn at the size it is
shown (no stroke lost at 78–95 %), and the printout is lossless at the printer's resolution."""
from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from desktop_app.ui.record_view import RecordView
from desktop_app.ui.slip_preview import SlipPages, SlipPreviewDialog, paint_pages
from tests.ui.test_record_view import REQUEST


@pytest.fixture
def slip(registry) -> bytes:
    record = registry.register("outgoing", REQUEST)
    view = RecordView(registry)
    view.show_record(record["id"])
    pdf = view.slip_bytes("pdf")
    view.deleteLater()
    return pdf


def grey(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def lost_ink(shown: QImage, reference: QImage) -> float:
    """The share of the reference's dark pixels with no dark pixel near them in what is shown."""
    a, b = bytes(shown.constBits()), bytes(reference.constBits())
    line_a, line_b = shown.bytesPerLine(), reference.bytesPerLine()
    dark = lost = 0
    for y in range(1, min(shown.height(), reference.height()) - 1):
        for x in range(1, min(shown.width(), reference.width()) - 1):
            if b[y * line_b + x] < 128:
                dark += 1
                near = min(a[(y + dy) * line_a + x + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
                lost += near >= 192
    assert dark > 500, "the compared part of the page should carry text and rules"
    return lost / dark


def test_the_preview_dialog_fits_the_screen(qtbot, window):
    page = window.go_to("outgoing")
    page.table.selectRow(0)
    dialog = window.print_current()
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert available.contains(dialog.frameGeometry()) or (
        dialog.width() <= available.width() and dialog.height() <= available.height())
    assert dialog.height() >= available.height() * 0.8  # and uses the height it has
    dialog.close()


PROBE = """
import json, sys
from desktop_app.registry import Registry
from desktop_app.ui.app import prepare_app
from desktop_app.ui.record_view import RecordView
app = prepare_app()
registry = Registry.open(sys.argv[1], auto_backup=False)
view = RecordView(registry)
view.show_record(registry.search_ids(kind="outgoing")[0])
view.show()
dialog = view.print_preview()
app.processEvents()
frame, screen = dialog.frameGeometry(), dialog.screen().availableGeometry()
print(json.dumps({"dialog": [frame.x(), frame.y(), frame.width(), frame.height()],
                  "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                  "ratio": dialog.screen().devicePixelRatio()}))
dialog.close()
registry.close()
"""


def test_the_preview_dialog_fits_1366x768_at_150_percent(tmp_path, registry):
    """A process of its own: Qt reads the scale factor and the screen at start-up."""
    import json
    import os
    import subprocess
    import sys

    registry.register("outgoing", REQUEST)
    screen = tmp_path / "screen.json"  # 1366×768 less a 40-px taskbar
    screen.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 728,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": "1.5"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(registry.path)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = shown["dialog"]
    left, top, screen_width, screen_height = shown["screen"]
    assert shown["ratio"] == 1.5 and screen_height < 490  # 728 / 1.5: what 150 % leaves
    assert left <= x and top <= y and x + width <= left + screen_width and y + height <= top + screen_height


@pytest.mark.parametrize("zoom", [0.78, 0.85, 0.95])
def test_the_preview_is_drawn_at_the_size_it_is_shown(qtbot, app, slip, zoom):
    dialog = SlipPreviewDialog(slip)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rendered_dpi > 0, timeout=5000)
    dialog.preview.setZoomFactor(zoom)
    qtbot.waitUntil(lambda: abs(dialog.rendered_dpi - dialog.display_dpi()) < 0.02 * dialog.display_dpi(),
                    timeout=5000)
    qtbot.wait(50)
    shown = grey(dialog.view.viewport().grab().toImage())
    pages = SlipPages(slip)
    page_rect = dialog.view.mapFromScene(QRectF(0, 0, *pages.pixel_size(0, dialog.printer().resolution())))
    page_rect = page_rect.boundingRect()
    visible = page_rect.intersected(shown.rect()).adjusted(0, 0, 0, -shown.height() // 2)  # the top: the table
    reference = pages.image(0, dialog.display_dpi()).scaled(
        page_rect.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    pages.close()
    assert lost_ink(shown.copy(visible), grey(reference).copy(visible.translated(-page_rect.topLeft()))) < 0.005


def test_the_printout_is_lossless_at_the_printers_resolution(app, slip, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    pages = SlipPages(slip)
    used, previewing = paint_pages(printer, pages)
    assert not previewing and used == pytest.approx(printer.resolution(), rel=0.01)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == len(pages)
    for page in reader.pages:
        images = [obj.get_object() for obj in page["/Resources"]["/XObject"].values()]
        assert images
        for image in images:
            assert image["/Filter"] == "/FlateDecode"  # Qt stores every other image as /DCTDecode (JPEG)
            assert image["/BitsPerComponent"] == 1
        width_px = max(image["/Width"] for image in images)
        assert width_px == pytest.approx(pages.sizes[0][0] / 72 * printer.resolution(), abs=8)
        assert sum(image["/Height"] for image in images) >= pages.sizes[0][1] / 72 * printer.resolution() - 8
    printed = SlipPages((tmp_path / "printed.pdf").read_bytes())
    assert lost_ink(grey(printed.image(0, 100)), grey(pages.image(0, 100))) < 0.01  # the same page
    printed.close()
    pages.close()
