"""Print preview and printing of our own PDF slip: the pages are rendered with PDFium (pypdfium2) and drawn
onto the printer, so what is printed is exactly the PDF that 另存为 writes, not a second Qt layout.

Two resolutions, never one fixed one. The preview draws each page at the size it is shown (the view's zoom
× the screen's pixels), antialiased by PDFium, and renders again when the zoom changes: a 200-dpi picture
scaled down by the view lost thin strokes at 78–95 % (办公室主任甲 read like 三仟). The printout is rendered
at the printer's own resolution, one device pixel per pixel, without smoothing (the printer's pixels), as
1-bit images: Qt's PDF and CUPS engines store every other image as JPEG, which blurred small type; a 1-bit
image is stored losslessly (Flate). Our slips are black only. Bands of rows keep memory small at 1200 dpi."""
from __future__ import annotations

import ctypes
import io
from collections.abc import Callable, Iterator

import pypdfium2
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView, QWidget

from desktop_app.ui.widgets import fit_to_screen

BAND_ROWS = 1024  # rows rendered at a time when printing: 10 MB of grey at 1200 dpi
PREVIEW_DPI_RANGE = (36.0, 400.0)  # beyond 400 dpi on screen the view may scale up a little
RERENDER_TOLERANCE = 0.04  # re-render when the shown size differs from the rendered one by more
RERENDER_DELAY_MS = 120
_PRINT_FLAGS = (pdfium_c.FPDF_PRINTING | pdfium_c.FPDF_RENDER_NO_SMOOTHTEXT | pdfium_c.FPDF_RENDER_NO_SMOOTHPATH
                | pdfium_c.FPDF_RENDER_NO_SMOOTHIMAGE)
_BLACK_WHITE = [0xFF000000, 0xFFFFFFFF]
_PREVIEW_FLAGS = pdfium_c.FPDF_ANNOT  # antialiased grey: no LCD colour fringes


class SlipPages:
    """A PDF opened once; each page rendered on request at the resolution asked for."""

    def __init__(self, pdf: bytes) -> None:
        self._document = pypdfium2.PdfDocument(io.BytesIO(pdf))
        self.sizes = [(page.get_width(), page.get_height()) for page in self._document]  # points

    def __len__(self) -> int:
        return len(self.sizes)

    def close(self) -> None:
        self._document.close()

    def pixel_size(self, index: int, dpi: float) -> tuple[int, int]:
        width, height = self.sizes[index]
        return max(1, round(width * dpi / 72)), max(1, round(height * dpi / 72))

    def image(self, index: int, dpi: float) -> QImage:
        """The whole page, antialiased, as shown on a screen."""
        width, height = self.pixel_size(index, dpi)
        return self._render(index, 0, width, height, (width, height), _PREVIEW_FLAGS)

    def print_bands(self, index: int, dpi: float) -> Iterator[tuple[int, QImage]]:
        """(first row, 1-bit image) for the page at `dpi`, BAND_ROWS rows at a time."""
        from PIL import Image  # Pillow comes with reportlab; it thresholds 6x faster than QImage

        width, height = self.pixel_size(index, dpi)
        for top in range(0, height, BAND_ROWS):
            rows = min(BAND_ROWS, height - top)
            grey = self._render(index, top, width, rows, (width, height), _PRINT_FLAGS)
            one_bit = Image.frombuffer("L", (width, rows), grey.constBits(), "raw", "L", grey.bytesPerLine(), 1) \
                .convert("1", dither=Image.Dither.NONE)
            band = QImage(one_bit.tobytes(), width, rows, (width + 7) // 8, QImage.Format.Format_Mono)
            # Pillow's 0 is black: the table must read black, white, the only one Qt's PDF engine stores
            # losslessly (any other image it compresses as JPEG).
            band.setColorTable(_BLACK_WHITE)
            yield top, band.copy()  # own the pixels before Pillow's bytes go away

    def _render(self, index: int, top: int, width: int, rows: int, page_px: tuple[int, int],
                flags: int) -> QImage:
        """Rows top..top+rows of the page drawn at page_px, into a grey QImage (white paper)."""
        image = QImage(width, rows, QImage.Format.Format_Grayscale8)
        image.fill(255)
        buffer = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
        bitmap = pdfium_c.FPDFBitmap_CreateEx(width, rows, pdfium_c.FPDFBitmap_Gray, buffer,
                                              image.bytesPerLine())
        page = self._document[index]
        try:
            pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, -top, page_px[0], page_px[1], 0, flags)
        finally:
            pdfium_c.FPDFBitmap_Destroy(bitmap)
            page.close()
        return image


def pdf_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page as an image at `dpi` (thumbnails, tests)."""
    pages = SlipPages(pdf)
    try:
        return [pages.image(index, dpi) for index in range(len(pages))]
    finally:
        pages.close()


def paint_pages(printer: QPrinter, pages: SlipPages,
                preview_dpi: Callable[[], float] | None = None) -> tuple[float, bool]:
    """Draws every page on `printer`: at the preview's screen resolution while Qt records the preview,
    else at the printer's resolution. Returns the resolution used (dots per inch of paper) and whether
    it was the preview."""
    painter = QPainter(printer)
    try:
        previewing = painter.paintEngine().type() == QPaintEngine.Type.Picture
        used = 0.0
        for index in range(len(pages)):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            fit = _fit(pages.pixel_size(index, printer.resolution()), target)
            if previewing:
                used = _clamp(preview_dpi() if preview_dpi else 96.0)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                width, height = pages.pixel_size(index, printer.resolution() * fit)
                painter.drawImage(QRectF(target.left(), target.top(), width, height), pages.image(index, used))
            else:
                used = printer.resolution() * fit  # one device pixel per rendered pixel
                for top, band in pages.print_bands(index, used):
                    painter.drawImage(QPoint(int(target.left()), int(target.top()) + top), band)
    finally:
        painter.end()
    return used, previewing


def _fit(page_px: tuple[int, int], target: QRectF) -> float:
    """1 when the page fits the paper at the printer's resolution, else the factor that makes it fit."""
    return min(1.0, target.width() / page_px[0], target.height() / page_px[1])


def _clamp(dpi: float) -> float:
    low, high = PREVIEW_DPI_RANGE
    return max(low, min(high, dpi))


class SlipPreviewDialog(QPrintPreviewDialog):
    """Qt's preview dialog over our PDF, sized to the screen and sharp at every zoom."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # our slips and books are A4
        super().__init__(printer, parent)
        self.printer_keepalive = printer  # the dialog does not own it: Python keeps it (printer() gives it)
        self.pages = SlipPages(pdf)
        width, height = self.pages.sizes[0] if len(self.pages) else (0, 0)
        if width > height:  # the 用印登记簿 is A4 landscape
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.rendered_dpi = 0.0  # what the preview pages were last drawn at
        self.printed_dpi = 0.0  # what the last printout was drawn at
        self.preview = self.findChild(QPrintPreviewWidget)
        self.view = self.preview.findChild(QGraphicsView)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._rerender = QTimer(self, singleShot=True, interval=RERENDER_DELAY_MS)
        self._rerender.timeout.connect(self._render_again_if_zoomed)
        self._watcher = _PaintWatcher(self._rerender.start, self)
        self.view.viewport().installEventFilter(self._watcher)
        self.paintRequested.connect(self._paint)
        self.finished.connect(lambda _result: self.pages.close())
        fit_to_screen(self, parent, width=1000)  # a fixed 900×1000 ran off a 768-px screen at 150 %

    def display_dpi(self) -> float:
        """Screen pixels per inch of paper at the current zoom (device pixels, so 150 % counts)."""
        scale = self.view.transform().m11()
        if scale <= 0 or scale >= 1:  # not laid out yet: a first guess, corrected after the first paint
            return 96.0 * self.devicePixelRatioF()
        return self.printer().resolution() * scale * self.view.devicePixelRatioF()

    def _paint(self, printer: QPrinter) -> None:
        used, previewing = paint_pages(printer, self.pages, self.display_dpi)
        if previewing:
            self.rendered_dpi = used
        else:
            self.printed_dpi = used

    def _render_again_if_zoomed(self) -> None:
        wanted = _clamp(self.display_dpi())
        if self.rendered_dpi and abs(wanted - self.rendered_dpi) / self.rendered_dpi > RERENDER_TOLERANCE:
            self.preview.updatePreview()


class _PaintWatcher(QObject):
    """Calls `changed` after each paint of the preview: the zoom may have changed (no signal says so)."""

    def __init__(self, changed: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._changed = changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self._changed()
        return False


def preview_dialog(pdf: bytes, parent: QWidget | None = None) -> SlipPreviewDialog:
    return SlipPreviewDialog(pdf, parent)
