"""One record as the clerk works on it: the plan with what was done at each step, recording a step
(who, date, opinion; 代 when acting; a leader's step only after the office review, 第六十四条), 编号 once
every step up to the signature is recorded (saying which are missing), attachments by drag and drop,
the history from the audit log, print preview of the slip and 另存为 PDF/DOCX."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import DocRouteError
from desktop_app.rules import progress
from desktop_app.files import replaced_atomically
from desktop_app.ui.file_dialogs import ask_save_path
from desktop_app.ui.routing_panel import article_tooltip, notices_html, step_person_text
from desktop_app.ui.widgets import DateField

STEP_COLUMNS = 6
MIN_STEP_ROWS, MAX_STEP_ROWS = 4, 8  # the steps table's height in rows, before it scrolls
HISTORY_LINES = 3  # at least; they get every pixel the steps do not need


class RecordView(QWidget):
    changed = Signal(int)

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.record: dict | None = None
        self.setAcceptDrops(True)
        self.title = QLabel()
        self.title.setObjectName("recordTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setObjectName("recordNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)
        self._messages: dict[int, tuple[str, str]] = {}  # record id → (text, colour): a message stays with its record
        self.steps = self._steps_table()
        self.tabs = QTabWidget()
        self.attachments = QListWidget()
        self.history = QListWidget()
        self.tabs.addTab(self.attachments, self.tr("Attachments (drop files here)"))
        self.tabs.addTab(self.history, self.tr("History"))
        self._build_layout()
        self._build_office_parts()

    # -- layout ---------------------------------------------------------------------------------
    def _steps_table(self) -> QTableWidget:
        table = QTableWidget(0, STEP_COLUMNS)
        table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Planned"), self.tr("Done by"),
                                         self.tr("Date"), self.tr("Opinion"), self.tr("Article")])
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)  # no padding to spare
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._step_selected)
        return table

    def _build_layout(self) -> None:
        self.person = QComboBox()
        self.person.setEditable(True)  # a step no one person owns (拟稿, 办公室审核) takes a typed name
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.on = DateField(date.today())
        self.opinion = QLineEdit()
        self.opinion.setPlaceholderText(self.tr("e.g. 同意"))
        self.record_button = QPushButton(self.tr("Record step"))
        self.record_button.clicked.connect(self.record_selected_step)
        self.number_button = QPushButton(self.tr("Assign number"))
        self.number_button.clicked.connect(self.assign_number)
        self.number_status = QLabel()  # why 编号 is or is not offered (第六十四条)
        self.number_status.setObjectName("numberStatus")
        self.number_status.setWordWrap(True)
        self.step_status = QLabel()  # why the selected step cannot be recorded yet
        self.step_status.setObjectName("stepStatus")
        self.step_status.setWordWrap(True)
        self.step_status.setStyleSheet("color: #b9770e;")
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.docx_button = QPushButton(self.tr("Save as DOCX…"))
        self.docx_button.clicked.connect(lambda: self.save_as("docx"))
        self.seal_button = QPushButton(self.tr("Request seal use…"))  # 申请用印: the 用印 page's form, filled in
        self.seal_button.setObjectName("sealRequestButton")
        self.seal_button.clicked.connect(self.request_seal_use)
        step_box = QGroupBox(self.tr("Record the selected step"))
        step_row = QHBoxLayout(step_box)  # one row: the view must fit 768 px at 150 % scaling
        self.on.setMaximumWidth(self.on.fontMetrics().horizontalAdvance("2026-11-27") + 24)
        for label, widget, stretch in ((self.tr("By"), self.person, 2), (self.tr("On"), self.on, 0),
                                       (self.tr("Opinion"), self.opinion, 3)):
            step_row.addWidget(QLabel(label))
            step_row.addWidget(widget, stretch)
        step_row.addWidget(self.record_button)
        actions = QHBoxLayout()
        for button in (self.number_button, self.print_button, self.pdf_button, self.docx_button, self.seal_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.summary, self.notices):
            top_layout.addWidget(widget)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.number_status)
        top_layout.addWidget(self.steps, 1)
        top_layout.addWidget(step_box)
        top_layout.addWidget(self.step_status)
        top_layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # room the steps do not need goes to the history
        for pane in (self.attachments, self.history):
            pane.setMinimumHeight(pane.sizeHintForRow(0) * HISTORY_LINES if pane.count() else
                                  (pane.fontMetrics().height() + 2) * HISTORY_LINES)
        self.notices.hide()  # an empty label would take room the steps need at 150 %
        QVBoxLayout(self).addWidget(self.splitter)

    def _fit_steps(self) -> None:
        """The steps table is as tall as its rows (a scroll bar beyond MAX_STEP_ROWS), the history gets
        the rest: it was one or two lines tall when the steps took every spare pixel."""
        rows = self.steps.rowCount()
        row = self.steps.verticalHeader().defaultSectionSize()
        chrome = self.steps.horizontalHeader().sizeHint().height() + 2 * self.steps.frameWidth() + 2
        self.steps.setMinimumHeight(chrome + row * min(max(rows, 1), MIN_STEP_ROWS))
        self.steps.setMaximumHeight(chrome + row * min(max(rows, 1), MAX_STEP_ROWS))
        self._split()

    def _split(self) -> None:
        """The top part gets what it needs, the history and attachments the rest."""
        top = self.splitter.widget(0)
        need = max(top.minimumSizeHint().height(), top.sizeHint().height())
        total = self.splitter.height()
        if total > need:
            self.splitter.setSizes([need, total - need])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._split()

    # -- 会签, 督办, 归档: tabs of their own (ui/office/record_parts.py) -----------------------------
    def _build_office_parts(self) -> None:
        from desktop_app.ui.office.record_parts import OfficeParts

        self.office = OfficeParts(self.registry, self.tabs, self._attempt, self)

    # -- showing --------------------------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        self.record = self.registry.get(record_id)
        self._refresh()
        self._show_message(*self._messages.get(record_id, ("", "")))  # this record's, not the last one's

    def _refresh(self) -> None:
        record = self.record
        number = record.get("number") or record.get("receipt_number") or self.tr("(no number yet)")
        self.title.setText(record["title"])
        self.summary.setText(f"{number}　·　{record.get('status_label', '')}　·　{record.get('date', '')}")
        self.notices.setText(notices_html(record["plan"]))
        self.notices.setVisible(bool(self.notices.text()))
        done = {a["order"]: a for a in record.get("actions", [])}
        steps = record["plan"]["steps"]
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            self._fill_step_row(row, step, done.get(step["order"]))
        self.attachments.clear()
        self.attachments.addItems([f"{a['name']}　{a['size']:,} 字节　SHA-256 {a['sha256'][:12]}…"
                                   for a in record.get("attachments", [])])
        self.history.clear()
        self.history.addItems([_history_line(entry) for entry in self.registry.audit(record["id"])])
        self.number_button.setEnabled(self._can_number())
        self.number_button.setVisible(record["kind"] == "outgoing")  # an incoming document has its own number
        self.seal_button.setVisible(record["kind"] == "outgoing" and record.get("status") in ("signed", "numbered"))
        self._select_next_open_step(done)
        self.office.show_record(record)
        self._fit_steps()

    def _fill_step_row(self, row: int, step: dict, action: dict | None) -> None:
        by = ""
        if action:
            by = action.get("by_name") or action.get("by") or ""
            if action.get("acting_for"):
                by += "（代）"
        cells = [f"{step['order']}. {progress.wording(step)}",
                 f"{Role(step['role']).label} {step_person_text(step) if step.get('person') else ''}".strip(),
                 by, (action or {}).get("on", ""), (action or {}).get("opinion") or "", "、".join(step["basis"])]
        tooltip = article_tooltip(step["basis"])
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip)
            self.steps.setItem(row, column, item)

    def _can_number(self) -> bool:
        """编号 is offered once every step up to the signature is recorded; the label says what is missing."""
        record = self.record
        self.number_status.clear()
        self.number_status.hide()  # an empty line would take room the steps need at 150 %
        if record["kind"] != "outgoing" or record.get("number") or record.get("status") == "voided":
            return False
        steps = record["plan"]["steps"]
        if not any(s["action"] == "sign" for s in steps):
            return False
        missing = progress.missing_before_number(steps, [a["order"] for a in record.get("actions", [])])
        if missing:
            listed = "、".join(f"{s['order']}. {progress.wording(s)}" for s in missing)
            self.number_status.setText(self.tr("A number is given once these steps are recorded: %1")
                                       .replace("%1", listed))
        else:
            self.number_status.setText(self.tr("Signed and reviewed: the number can be assigned."))
        self.number_status.show()
        return not missing

    def _select_next_open_step(self, done: dict) -> None:
        steps = self.record["plan"]["steps"]
        row = next((i for i, s in enumerate(steps) if s["order"] not in done), None)
        if row is not None:
            self.steps.selectRow(row)
        self._explain_order(self.selected_step() if row is not None else None)

    def _step_selected(self) -> None:
        step = self.selected_step()
        self.person.clear()
        self._explain_order(step)
        if step is None:
            return
        for label, data in self._people_for(step):
            self.person.addItem(label, data)
        # The planned person (or the drafter typed at registration) is preselected; otherwise nobody is,
        # so no step is put in a leader's name by default. Any other name can be typed.
        planned = step.get("person") or (self._drafter() if step["action"] == "draft" else None)
        self.person.setCurrentIndex(self.person.findData(planned) if planned else -1)
        if not planned:
            self.person.setEditText("")

    def _people_for(self, step: dict) -> list[tuple[str, str]]:
        """Who the 办理人 list offers: for 拟稿 the drafter typed on the form, not the leaders; for a
        leader's step the planned leader first, then the others."""
        if step["action"] == "draft":
            drafter = self._drafter()
            return [(f"{drafter}（{Role.DRAFTER.label}）", drafter)] if drafter else []
        org = self.registry.org_chart()
        people = list(org.people) if org else []
        people.sort(key=lambda person: person.id != step.get("person"))  # stable: the rest keep their order
        offered = [(f"{person.name}（{person.role.label}）", person.id) for person in people]
        planned = step.get("person")
        if planned and (org is None or org.get(planned) is None):  # taken off the chart since: still theirs
            offered.insert(0, (self.tr("%1 (no longer on the org chart)").replace("%1", step.get("name") or planned),
                               planned))
        return offered

    def _drafter(self) -> str:
        return ((self.record or {}).get("fields") or {}).get("drafter") or ""

    def _explain_order(self, step: dict | None) -> None:
        """第六十四条: a leader's step waits for the office review; say which step comes first."""
        done = {a["order"] for a in (self.record or {}).get("actions", [])}
        first = progress.review_first(self.record["plan"]["steps"], done, step["order"]) if step else None
        recordable = step is not None and step["order"] not in done and first is None
        self.record_button.setEnabled(recordable)
        self.step_status.setText(
            self.tr("Record step %1 (%2) first: leaders do not sign what the office has not reviewed "
                    "(Article 64).").replace("%1", str(first["order"])).replace("%2", progress.wording(first))
            if first else "")
        self.step_status.setVisible(first is not None)

    def actor(self) -> str:
        """The person id chosen from the org chart, or the name typed for a step no one person owns."""
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        return self.person.itemData(index) if index >= 0 else text

    def selected_step(self) -> dict | None:
        rows = self.steps.selectionModel().selectedRows() if self.record else []
        return self.record["plan"]["steps"][rows[0].row()] if rows else None

    # -- acting ---------------------------------------------------------------------------------
    def record_selected_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        self._attempt(lambda: self.registry.record_step(self.record["id"], step["order"], self.actor(),
                                                        self.on.value(), self.opinion.text().strip() or None),
                      self.tr("Step recorded."))
        self.opinion.clear()

    def assign_number(self) -> None:
        self._attempt(lambda: self.registry.assign_number(self.record["id"]), self.tr("Number assigned."))

    def request_seal_use(self) -> QWidget | None:
        """Opens the seal request form of the 用印 page filled in from this signed outgoing record."""
        from desktop_app.registry.seals import prefill_from_record

        window = self.window()
        if self.record is None or not hasattr(window, "request_seal_use"):
            return None
        return window.request_seal_use(prefill_from_record(self.record))

    def add_attachment(self, path: str) -> None:
        self._attempt(lambda: self.registry.add_attachment(self.record["id"], path), self.tr("Attachment added."))

    def _attempt(self, action, success: str) -> None:
        try:
            action()
        except DocRouteError as error:
            self._say(error.window_line(), _ERROR)
            return
        self.record = self.registry.get(self.record["id"])
        self._refresh()
        self._say(success, _DONE)
        self.changed.emit(self.record["id"])

    def _say(self, text: str, colour: str) -> None:
        """A message about the record on screen; it comes back with that record and no other."""
        self._messages[self.record["id"]] = (text, colour)
        self._show_message(text, colour)

    def _show_message(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)

    def slip_bytes(self, fmt: str = "pdf") -> bytes:
        from desktop_app.slips import render_slip

        org = self.registry.org_chart()
        buffer = io.BytesIO()
        office = self.registry.office  # 设置 → 稿纸与字体: the county's name and the body font
        render_slip(self.record, fmt, buffer, county=office.county() or (org.county if org else ""), org=org,
                    font=office.setting("slip_font") or None)
        return buffer.getvalue()

    def print_preview(self):
        from desktop_app.ui.slip_preview import preview_dialog

        if self.record is None:
            return None
        self.preview = preview_dialog(self.slip_bytes("pdf"), self)
        self.preview.open()
        return self.preview

    def preview_pages(self) -> list:
        from desktop_app.ui.slip_preview import pdf_pages

        return pdf_pages(self.slip_bytes("pdf"), dpi=36)

    def save_as(self, fmt: str, path: str | None = None) -> Path | None:
        if self.record is None:
            return None
        if path is None:
            suggested = f"{self.record.get('number') or self.record['title'][:20]}.{fmt}"
            path = ask_save_path(self, self.tr("Save slip"), suggested, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        try:
            with replaced_atomically(Path(path)) as temporary:  # never half a slip under the real name
                temporary.write_bytes(self.slip_bytes(fmt))
        except DocRouteError as error:
            self._say(error.window_line(), _ERROR)
            return None
        self._say(self.tr("Saved to %1").replace("%1", str(path)), _DONE)
        return Path(path)

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.record is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_attachment(url.toLocalFile())
        event.acceptProposedAction()


_DONE, _ERROR = "#1e8449", "#c0392b"
_AUDIT_LABELS = {"register": "登记", "record_step": "记录办理环节", "assign_number": "编号", "void": "作废",
                 "attach": "添加附件", "attachment": "添加附件", "add_attachment": "添加附件",
                 "cosign_reply": "会签回复", "import": "从文件导入"}


def _history_line(entry: dict) -> str:
    when = str(entry.get("at") or "")[:19].replace("T", " ")
    what = _AUDIT_LABELS.get(entry.get("action", ""), entry.get("action", ""))
    after = entry.get("after") or {}
    detail = ""
    if isinstance(after, dict):
        detail = after.get("number") or after.get("opinion") or after.get("name") or ""
        if after.get("department"):  # a 会签 reply: who replied, then what
            detail = f"{after['department']}　{detail}".rstrip()
    if isinstance(after, dict) and after.get("historical"):  # registered after it was signed
        detail = f"签发后登记，补记第 {'、'.join(map(str, after.get('orders', [])))} 步（登记前已办理）"
    return f"{when}　{entry.get('user', '')}　{what}　{detail}".rstrip()
