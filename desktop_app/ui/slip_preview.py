"""Print preview of our own PDF slip: the pages are rendered with PDFium (pypdfium2) and drawn onto the
printer, so what is printed is exactly the PDF that 另存为 writes, not a second Qt layout."""
from __future__ import annotations

import io

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 200


def pdf_pages(pdf: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    document = pypdfium2.PdfDocument(io.BytesIO(pdf))
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGBA byte order for Qt
            pixels = bytes(bitmap.buffer)  # Qt needs a bytes-like object it can hold during the copy
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, _format_of(bitmap))
            if image.isNull():
                raise ValueError("PDFium returned a page Qt cannot read")
            images.append(image.copy())  # own the pixels before the bytes go away
    finally:
        document.close()
    return images


def _format_of(bitmap) -> QImage.Format:
    channels = bitmap.stride // bitmap.width if bitmap.width else 4
    return QImage.Format.Format_RGBA8888 if channels == 4 else QImage.Format.Format_RGB888


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
    finally:
        painter.end()


def preview_dialog(pdf: bytes, parent: QWidget | None = None) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    pages = pdf_pages(pdf)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_keepalive = printer  # the dialog does not own it; Python must keep it alive
    dialog.paintRequested.connect(lambda p: paint_pages(p, pages))
    dialog.resize(900, 1000)
    return dialog
