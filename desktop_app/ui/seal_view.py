"""One seal request as the clerk works on it: its approvals with their articles, recording the use (监印人,
date, copies, who approved, the signed slip's scan dropped in), taking the seal out and back, the
request's ledger entries, and the 用印审批单 to print or save."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import DocRouteError
from desktop_app.ui.file_dialogs import ask_open_path, ask_save_path
from desktop_app.ui.routing_panel import article_tooltip, notices_html
from desktop_app.ui.widgets import DateField

_OK, _BAD = "color: #1e8449;", "color: #c0392b;"


class SealRequestView(QWidget):
    changed = Signal(int)
    take_out_requested = Signal(int)  # the request id: the page opens the take-out dialog for its seal

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.request: dict | None = None
        self.scan_path: str | None = None
        self.approval_boxes: list[QCheckBox] = []
        self.setAcceptDrops(True)
        self.title = QLabel()
        self.title.setObjectName("requestTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("requestSummary")
        self.summary.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setObjectName("requestNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("requestMessage")
        self.message.setWordWrap(True)
        self.approvals = self._approvals_table()
        self.history = QListWidget()
        self.history.setObjectName("requestHistory")
        self._build_layout()

    # -- layout ---------------------------------------------------------------------------------
    def _approvals_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName("approvalsTable")
        table.setHorizontalHeaderLabels([self.tr("Approval"), self.tr("Who"), self.tr("Article")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_layout(self) -> None:
        self.use_box = self._use_box()
        self.seal_state = QLabel()
        self.seal_state.setObjectName("sealState")
        self.take_out_button = QPushButton(self.tr("Take the seal out…"))
        self.take_out_button.clicked.connect(lambda: self.take_out_requested.emit(self.request["id"]))
        self.return_button = QPushButton(self.tr("Seal returned"))
        self.return_button.clicked.connect(self.return_seal)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.docx_button = QPushButton(self.tr("Save as DOCX…"))
        self.docx_button.clicked.connect(lambda: self.save_as("docx"))
        actions = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.docx_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.seal_state)
        actions.addWidget(self.take_out_button)
        actions.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.notices):
            layout.addWidget(widget)
        layout.addLayout(actions)
        lower = QHBoxLayout()
        lower.addWidget(_boxed(self.tr("Approvals the rules require (hover for the article)"), self.approvals), 3)
        lower.addWidget(_boxed(self.tr("This request in the ledger (entry, time, code)"), self.history), 2)
        layout.addLayout(lower, 1)
        layout.addWidget(self.use_box)
        layout.addWidget(self.message)
        self.history.setMinimumHeight(self.history.fontMetrics().height() * 4)

    def _use_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record the use of the seal"))
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("the clerk who supervises the stamping"))
        self.on = DateField(date.today())
        self.on.setMaximumWidth(self.on.fontMetrics().horizontalAdvance("2026-11-27") + 24)
        self.copies = QSpinBox()
        self.copies.setRange(1, 100000)
        self.scan_label = QLabel(self.tr("Drop the scan of the signed slip here (optional)"))
        self.scan_label.setObjectName("scanLabel")
        self.scan_label.setStyleSheet("border: 1px dashed palette(mid); padding: 3px;")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse_scan)
        self.use_button = QPushButton(self.tr("Record use"))
        self.use_button.setObjectName("recordUseButton")
        self.use_button.clicked.connect(self.record_use)
        first = QHBoxLayout()
        for label, widget, stretch in ((self.tr("Supervised by"), self.operator, 2), (self.tr("On"), self.on, 0),
                                       (self.tr("Copies"), self.copies, 0)):
            first.addWidget(QLabel(label))
            first.addWidget(widget, stretch)
        self.approved_row = QHBoxLayout()
        second = QHBoxLayout()
        second.addWidget(self.scan_label, 1)
        second.addWidget(browse)
        second.addWidget(self.use_button)
        column = QVBoxLayout(box)
        column.addLayout(first)
        column.addLayout(self.approved_row)
        column.addLayout(second)
        return box

    # -- showing --------------------------------------------------------------------------------
    def show_request(self, request_id: int) -> None:
        self.request = self.registry.seals.get(request_id)
        self.scan_path = None
        self._refresh()

    def _refresh(self) -> None:
        request = self.request
        self.title.setText(request["matter"])
        parts = [request["seal_name"], request["purpose_label"], request["requesting_department"],
                 request.get("requester") or "", self.tr("%1 copies").replace("%1", str(request["copies"])),
                 request["date"], request["status_label"]]
        number = " ".join(p for p in (request.get("document_name"), request.get("document_number")) if p)
        self.summary.setText("　·　".join(p for p in parts if p) + (f"\n{number}" if number else ""))
        self.notices.setText(self._notices(request))
        self._fill_approvals(request)
        self._fill_use(request)
        self._fill_seal(request)
        self.history.clear()
        for row in self._entries():
            self.history.addItem(_history_line(row))
            self.history.item(self.history.count() - 1).setToolTip(row["people"] or row["title"])

    def _notices(self, request: dict) -> str:
        html = notices_html(request["plan"])
        if request["refused"]:
            basis = "、".join(request.get("reason_basis") or ())
            html = (f'<p style="color:#c0392b"><b>{self.tr("Refused")}</b>：{request["reason"]}（{basis}）</p>'
                    + html)
        return html

    def _fill_approvals(self, request: dict) -> None:
        approvals = request["approvals"]
        given = set(request.get("approved_by") or ())
        self.approvals.setRowCount(max(1, len(approvals)))
        if not approvals:
            text = self.tr("Refused: nothing to approve") if request["refused"] else \
                self.tr("No further approval needed (a signed document, 第六十九条)")
            self.approvals.setItem(0, 0, QTableWidgetItem(text))
            self.approvals.setItem(0, 1, QTableWidgetItem(""))
            self.approvals.setItem(0, 2, QTableWidgetItem(""))
            return
        for row, approval in enumerate(approvals):
            who = " ".join(p for p in (Role(approval["role"]).label, approval.get("name") or "") if p)
            if approval.get("person") in given:
                who += self.tr(" — approved")
            step = self.tr("Approve")
            cells = [f"{row + 1}. {step}", who, "、".join(approval["basis"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(article_tooltip(approval["basis"]))
                self.approvals.setItem(row, column, item)

    def _fill_use(self, request: dict) -> None:
        while self.approved_row.count():
            item = self.approved_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.approval_boxes = []
        if request["approvals"]:
            self.approved_row.addWidget(QLabel(self.tr("Signed on the slip:")))
        for approval in request["approvals"]:
            name = approval.get("name") or Role(approval["role"]).label
            box = QCheckBox(self.tr("%1 signed").replace("%1", name))
            box.setProperty("person", approval.get("person"))
            box.setToolTip(article_tooltip(approval["basis"]))
            self.approved_row.addWidget(box)
            self.approval_boxes.append(box)
        self.approved_row.addStretch(1)
        self.copies.setValue(int(request["copies"]))
        self.scan_label.setText(self.tr("Drop the scan of the signed slip here (optional)"))
        can_use = not request["refused"] and not request["uses"]
        self.use_box.setEnabled(can_use)
        if request["uses"]:
            use = request["uses"][0]
            self.use_box.setTitle(self.tr("Sealed on %1 by %2, %3 copies").replace("%1", str(use["on"]))
                                  .replace("%2", str(use["operator"])).replace("%3", str(use["copies"])))
        else:
            self.use_box.setTitle(self.tr("Record the use of the seal"))

    def _fill_seal(self, request: dict) -> None:
        seal = self.registry.seals.seal(request["seal"])
        if seal["out"]:
            text = self.tr("%1 is out since %2 with %3").replace("%1", seal["name"]) \
                .replace("%2", seal["out_since"][11:16]).replace("%3", seal["escort"] or "")
            self.seal_state.setStyleSheet(_BAD if seal["overdue"] else "")
        else:
            text = self.tr("%1 is in the safe").replace("%1", seal["name"])
            self.seal_state.setStyleSheet("")
        self.seal_state.setText(text)
        self.take_out_button.setEnabled(not seal["out"] and not request["refused"])
        self.return_button.setEnabled(seal["out"])

    def _entries(self) -> list[dict]:
        ids = [e["entry"] for e in self.request["uses"]] + [t["entry"] for t in self.request["take_outs"]]
        ids += [t["returned_entry"] for t in self.request["take_outs"] if t["returned_entry"]]
        ids += [c["entry"] for c in self.request["corrections"]]
        return self.registry.seals.rows(sorted({self.request["id"], *ids}))

    # -- acting ---------------------------------------------------------------------------------
    def approved_by(self) -> list[str]:
        return [box.property("person") for box in self.approval_boxes if box.isChecked() and box.property("person")]

    def set_scan(self, path: str) -> None:
        self.scan_path = path
        self.scan_label.setText(self.tr("Scan: %1").replace("%1", Path(path).name))

    def browse_scan(self) -> None:
        path = ask_open_path(self, self.tr("Scan of the signed slip"),
                             self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if path:
            self.set_scan(path)

    def record_use(self) -> bool:
        request_id = self.request["id"]
        return self._attempt(lambda: self.registry.seals.use(request_id, self.on.value(), self.operator.text(),
                                                             self.approved_by(), self.copies.value(), self.scan_path),
                             self.tr("Use recorded in the ledger."))

    def return_seal(self) -> bool:
        seal = self.request["seal"]
        return self._attempt(lambda: self.registry.seals.return_seal(seal), self.tr("Seal returned to the safe."))

    def _attempt(self, action, success: str) -> bool:
        try:
            action()
        except DocRouteError as error:
            self.message.setStyleSheet(_BAD)
            self.message.setText(error.window_line())
            return False
        self.show_request(self.request["id"])
        self.message.setStyleSheet(_OK)
        self.message.setText(success)
        self.changed.emit(self.request["id"])
        return True

    def slip_bytes(self, fmt: str = "pdf") -> bytes:
        from desktop_app.slips import render_seal_slip

        org = self.registry.org_chart()
        buffer = io.BytesIO()
        render_seal_slip(self.request, fmt, buffer, county=org.county if org else "", org=org)
        return buffer.getvalue()

    def print_preview(self):
        from desktop_app.ui.slip_preview import preview_dialog

        if self.request is None:
            return None
        self.preview = preview_dialog(self.slip_bytes("pdf"), self)
        self.preview.open()
        return self.preview

    def save_as(self, fmt: str, path: str | None = None) -> Path | None:
        from desktop_app.ui.seal_dialogs import write_atomically

        if self.request is None:
            return None
        if path is None:
            suggested = f"用印审批单-{self.request['id']}.{fmt}"
            path = ask_save_path(self, self.tr("Save slip"), suggested, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        written = write_atomically(Path(path), self.slip_bytes(fmt))
        self.message.setStyleSheet(_OK)
        self.message.setText(self.tr("Saved to %1").replace("%1", str(written)))
        return written

    # -- drag and drop (the scan) ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.request is not None and self.use_box.isEnabled() and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files and self.use_box.isEnabled():
            self.set_scan(files[0])
        event.acceptProposedAction()


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def _history_line(row: dict) -> str:
    return f"{row['id']}　{row['at'][5:16].replace('T', ' ')}　{row['event']}　{row['hash'][:8]}"
