"""The 用印 page's dialogs: taking a seal out (第七十二条: the escort, the reason) and printing the
用印登记簿 of a period (preview, or save as PDF, DOCX or XLSX); and writing a file safely."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DocRouteError
from desktop_app.files import replaced_atomically
from desktop_app.ui.file_dialogs import ask_save_path
from desktop_app.ui.widgets import DateField, EnumCombo

FOREIGN_AFFAIRS = "外事"


def write_atomically(path: Path, data: bytes) -> Path:
    """Writes to a temporary name beside the target, then renames: never half a file, never the old one lost.
    (desktop_app.files does it, with the user's usual file mode: mkstemp alone leaves 0600.)"""
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(data)
    return path


class TakeOutDialog(QDialog):
    """Which seal leaves, with whom (机要人员) and why; the registry refuses a seal that is already out."""

    def __init__(self, registry: Any, seal: str | None = None, request_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.request_id = request_id
        self.setWindowTitle(self.tr("Take a seal out"))
        self.seal = EnumCombo([(s["code"], s["name"]) for s in registry.seals.seals() if not s["out"]])
        if seal:
            self.seal.set_value(seal)
        self.escort = QLineEdit()
        self.escort.setPlaceholderText(self.tr("the confidential-affairs officer who goes with it"))
        self.reason_kind = QComboBox()
        self.reason_kind.addItem(self.tr("Foreign affairs (外事)"), FOREIGN_AFFAIRS)
        self.reason_kind.addItem(self.tr("Other (say what)"), "")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. signing the agreement in Urumqi"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        note = QLabel(self.tr("第七十二条: seals do not leave the government; only for foreign affairs, "
                              "escorted by confidential staff, one seal for one purpose."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Seal"), self.seal)
        form.addRow(self.tr("Escort"), self.escort)
        form.addRow(self.tr("Reason"), self.reason_kind)
        form.addRow(self.tr("Details"), self.reason)
        if request_id is not None:
            form.addRow(self.tr("For request"), QLabel(str(request_id)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.take_out)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_seal: dict | None = None

    def reason_text(self) -> str:
        kind, detail = self.reason_kind.currentData(), self.reason.text().strip()
        if kind and detail:
            return f"{kind}：{detail}"
        return kind or detail

    def take_out(self) -> bool:
        try:
            self.result_seal = self.registry.seals.take_out(self.seal.value() or "", self.escort.text(),
                                                            self.reason_text(), self.request_id)
        except DocRouteError as error:
            self.message.setText(error.window_line())
            return False
        self.accept()
        return True


class LedgerDialog(QDialog):
    """The 用印登记簿 of a period: print preview, or save as PDF, DOCX or XLSX."""

    FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("xlsx", "Excel (XLSX)"))

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setWindowTitle(self.tr("Print the seal ledger"))
        today = date.today()
        self.start = DateField(today.replace(day=1))
        self.end = DateField(today)
        self.format = EnumCombo(self.FORMATS)
        self.message = QLabel()
        self.message.setWordWrap(True)
        preview = QPushButton(self.tr("Preview and print…"))
        preview.clicked.connect(self.preview)
        save = QPushButton(self.tr("Save as…"))
        save.clicked.connect(lambda: self.save())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(preview, QDialogButtonBox.ButtonRole.ActionRole)
        close.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every entry of the period, ending with the chain's head hash for the "
                                        "auditor to write down.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(close)

    def rendered(self, fmt: str) -> bytes:
        from desktop_app.domain.values import parse_date
        from desktop_app.slips.seal_ledger import render_seal_ledger

        start, end = parse_date(self.start.value(), "from"), parse_date(self.end.value(), "to")
        book = self.registry.seals.book(start, end)
        org = self.registry.org_chart()
        buffer = io.BytesIO()
        render_seal_ledger(book, fmt, buffer, county=org.county if org else "本县")
        return buffer.getvalue()

    def preview(self):
        from desktop_app.ui.slip_preview import preview_dialog

        try:
            pdf = self.rendered("pdf")
        except DocRouteError as error:
            self.message.setText(error.window_line())
            return None
        self.preview_window = preview_dialog(pdf, self)
        self.preview_window.printer_keepalive.setPageOrientation(QPageLayout.Orientation.Landscape)  # A4 landscape
        self.preview_window.open()
        return self.preview_window

    def save(self, path: str | None = None) -> Path | None:
        fmt = self.format.value()
        if path is None:
            suggested = f"用印登记簿-{self.start.value()}至{self.end.value()}.{fmt}"
            path = ask_save_path(self, self.tr("Save the seal ledger"), suggested, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        try:
            written = write_atomically(Path(path), self.rendered(fmt))
        except DocRouteError as error:
            self.message.setText(error.window_line())
            return None
        self.message.setText(self.tr("Saved to %1").replace("%1", str(written)))
        return written
