"""The 会签, 督办 and 归档 parts of the record view, as tabs beside 附件 and 历史记录:

- 会签 (第六十二条): each department asked, with its reply (opinion, date) or its deadline and the working
  days left, or 逾期未复，视为无不同意见 once the deadline passed unanswered (`registry.due.cosign_status`);
  recording a reply is one row and a button, like recording a step (`registry.record_cosign_reply`).
- 督办 (第五十六条): the record's follow-up items; put it under follow-up, close an item with its result.
- 归档 (第六十七条): once the record is 办结, 归档 gives its 档号 (shown here and on the tab) and files the
  whole record with its slip (`registry.archive.archive`).

Every change goes through the record view's own `_attempt`, so a refusal is shown where a refused step
is, and a success reloads the record, its history and the list behind it."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QScrollArea, QSplitter, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop_app.ui.office.common import (DONE_TEXT, OVERDUE_BACKGROUND, OVERDUE_TEXT, SOON_BACKGROUND, SOON_TEXT,
                                          county, days_left_text)
from desktop_app.ui.widgets import DateField

Attempt = Callable[[Callable[[], Any], str], None]


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows: cheap
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], colours: list[tuple | None]) -> None:
    table.setRowCount(len(rows))
    shown = max(1, min(len(rows), 6))  # the rows in sight without scrolling the table itself
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 4 +
                         shown * table.verticalHeader().defaultSectionSize())
    for r, (cells, colour) in enumerate(zip(rows, colours)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if colour is not None:
                item.setForeground(QBrush(colour[0]))
                if colour[1] is not None:
                    item.setBackground(QBrush(colour[1]))
            table.setItem(r, c, item)


class CosignPanel(QWidget):
    def __init__(self, parts: "OfficeParts") -> None:
        super().__init__()
        self.parts = parts
        self.statuses: list[dict] = []
        self.table = _table([self.tr("Department"), self.tr("Asked on"), self.tr("Deadline"), self.tr("State"),
                             self.tr("Replied on"), self.tr("Opinion")], 5)
        self.table.setObjectName("cosignTable")
        self.department = QComboBox()
        self.department.setObjectName("cosignDepartment")
        self.on = DateField(date.today())
        self.on.setMaximumWidth(self.on.fontMetrics().horizontalAdvance("2026-11-27") + 24)
        self.opinion = QLineEdit()
        self.opinion.setPlaceholderText(self.tr("e.g. 无不同意见"))
        self.record_button = QPushButton(self.tr("Record reply"))
        self.record_button.setObjectName("cosignReplyButton")
        self.record_button.clicked.connect(self.record_reply)
        row = QHBoxLayout()
        for label, widget, stretch in ((self.tr("Department"), self.department, 2), (self.tr("On"), self.on, 0),
                                       (self.tr("Opinion"), self.opinion, 3)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, stretch)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_record(self, record: dict, today: date) -> None:
        self.statuses = self.parts.registry.due.cosign_status(record["id"], today)
        rows, colours = [], []
        for s in self.statuses:
            state = s["state_label"]
            if s["state"] == "awaiting_reply":
                state += f"（{days_left_text(s['working_days_left'])}）"
            rows.append([s["department"], s.get("requested_on") or "", s.get("due") or "", state,
                         s.get("replied_on") or "", s.get("opinion") or ""])
            colours.append(self._colour(s))
        _fill(self.table, rows, colours)
        waiting = [s["department"] for s in self.statuses if not s.get("replied_on")]
        self.department.clear()
        self.department.addItems(waiting)
        self.on.setText(today.isoformat())
        open_ = record.get("status") != "voided" and bool(waiting)
        for widget in (self.department, self.on, self.opinion, self.record_button):
            widget.setEnabled(open_)

    @staticmethod
    def _colour(status: dict) -> tuple | None:
        if status["state"] == "silence_no_objection":
            return OVERDUE_TEXT, OVERDUE_BACKGROUND
        if status["state"] == "awaiting_reply" and (status.get("working_days_left") or 0) <= 2:
            return SOON_TEXT, SOON_BACKGROUND
        return (DONE_TEXT, None) if status["state"] in ("replied", "replied_late") else None

    def tab_text(self) -> str:
        replied = sum(1 for s in self.statuses if s.get("replied_on"))
        return self.tr("Co-signing %1/%2").replace("%1", str(replied)).replace("%2", str(len(self.statuses)))

    def pending(self) -> bool:
        return any(s["state"] == "awaiting_reply" for s in self.statuses)

    def record_reply(self) -> None:
        department = self.department.currentText()
        if not department:
            return
        record_id, on, opinion = self.parts.record["id"], self.on.value(), self.opinion.text().strip() or None
        self.parts.attempt(lambda: self.parts.registry.record_cosign_reply(record_id, department, on, opinion),
                           self.tr("Reply of %1 recorded.").replace("%1", department))
        self.opinion.clear()


class FollowUpPanel(QWidget):
    def __init__(self, parts: "OfficeParts") -> None:
        super().__init__()
        self.parts = parts
        self.items: list[dict] = []
        self.table = _table([self.tr("State"), self.tr("Responsible"), self.tr("Due"), self.tr("Matter"),
                             self.tr("Closed on"), self.tr("Result")], 3)
        self.table.setObjectName("recordFollowUps")
        self.add_button = QPushButton(self.tr("Put under follow-up…"))
        self.add_button.setObjectName("addFollowUpButton")
        self.add_button.clicked.connect(self.add)
        self.close_button = QPushButton(self.tr("Close with result…"))
        self.close_button.setObjectName("closeRecordFollowUpButton")
        self.close_button.clicked.connect(self.close_selected)
        self.note = QLabel(self.tr("第五十六条: meeting decisions and leaders' instructions are followed up until "
                                   "done; open items are listed in To do."))
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_record(self, record: dict, today: date) -> None:
        self.items = self.parts.registry.follow_ups.list(record_id=record["id"], today=today)
        rows = [[i["status_label"], i["department"], i["due"], i.get("note") or "", i.get("closed_on") or "",
                 i.get("result") or ""] for i in self.items]
        _fill(self.table, rows, [(OVERDUE_TEXT, OVERDUE_BACKGROUND) if i["status"] == "open" and i["overdue"] else
                                 (DONE_TEXT, None) if i["status"] == "closed" else None for i in self.items])
        self.add_button.setEnabled(record.get("status") != "voided")
        self.close_button.setEnabled(any(i["status"] == "open" for i in self.items))
        self.table.setVisible(bool(self.items))

    def tab_text(self) -> str:
        open_count = sum(1 for i in self.items if i["status"] == "open")
        return self.tr("Follow-up %1 open").replace("%1", str(open_count)) if self.items else self.tr("Follow-up")

    def add(self) -> Any:
        from desktop_app.ui.office.dialogs import FollowUpDialog

        dialog = FollowUpDialog(self.parts.registry, self.parts.record, self.parts.today(), self)
        dialog.accepted.connect(lambda: self.parts.attempt(lambda: None, self.tr("Put under follow-up: it is listed "
                                                                                 "in To do until closed.")))
        dialog.open()
        self.dialog = dialog
        return dialog

    def close_selected(self) -> Any:
        from desktop_app.ui.office.dialogs import CloseFollowUpDialog

        rows = self.table.selectionModel().selectedRows()
        chosen = self.items[rows[0].row()] if rows else None
        if chosen is None or chosen["status"] != "open":
            chosen = next((i for i in self.items if i["status"] == "open"), None)
        if chosen is None:
            return None
        dialog = CloseFollowUpDialog(self.parts.registry, chosen, self.parts.today(), self)
        dialog.accepted.connect(lambda: self.parts.attempt(lambda: None, self.tr("Follow-up closed with its result.")))
        dialog.open()
        self.dialog = dialog
        return dialog


class ArchivePanel(QWidget):
    def __init__(self, parts: "OfficeParts") -> None:
        super().__init__()
        self.parts = parts
        self.code = QLabel()
        self.code.setObjectName("archiveCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setObjectName("archiveDetails")
        self.details.setWordWrap(True)
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.archive)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addStretch(1)
        row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def show_record(self, record: dict, today: date) -> None:
        stamp = record.get("archive")
        self.archive_button.setVisible(not stamp)
        if stamp:
            self.code.setText(self.tr("Archive code %1").replace("%1", stamp["code"]))
            self.details.setText(self.tr("Fonds %1 · year %2 · retention %3 · item %4 · organisation %5 · "
                                         "%6 pages · archived on %7 · filed in %8")
                                 .replace("%1", stamp["fonds"]).replace("%2", str(stamp["year"]))
                                 .replace("%3", stamp["retention"]).replace("%4", f"{stamp['item']:04d}")
                                 .replace("%5", stamp["org_code"]).replace("%6", str(stamp.get("pages") or "—"))
                                 .replace("%7", stamp["archived_on"]).replace("%8", stamp.get("package") or ""))
            return
        finished = self.finished(record)
        self.code.setText(self.tr("Not archived yet"))
        self.archive_button.setEnabled(finished)
        self.details.setText(self.tr("第六十七条: once finished, the document is filed with its retention period and "
                                     "archive code, its slip, attachments and replies kept together.") + " " +
                             ("" if finished else self.tr("It can be archived once finished: an outgoing document "
                                                          "when numbered, an incoming one when handled.")))

    @staticmethod
    def finished(record: dict) -> bool:
        """办结: outgoing once numbered, incoming once done (registry/archive.py says the same, and why)."""
        return record.get("status") == ("numbered" if record.get("kind") == "outgoing" else "done")

    def tab_text(self) -> str:
        stamp = (self.parts.record or {}).get("archive")
        return self.tr("Archived %1").replace("%1", stamp["code"]) if stamp else self.tr("Archive")

    def archive(self) -> Any:
        from desktop_app.slips.archive import slip_pdf
        from desktop_app.ui.office.dialogs import ArchiveDialog

        name, org = county(self.parts.registry)
        dialog = ArchiveDialog(self.parts.registry, self.parts.record, self.parts.today(),
                               lambda record: slip_pdf(record, county=name, org=org), self)
        dialog.accepted.connect(lambda: self.parts.attempt(
            lambda: None, self.tr("Archived: %1").replace("%1", dialog.result_value["archive"]["code"])))
        dialog.open()
        self.dialog = dialog
        return dialog


class OfficeParts(QObject):
    """The three panels and their tabs in the record view's tab widget (inserted before 附件). Each panel
    sits in a scroll area as small as the view's own tabs, so the view never needs more height than it
    did (1366×768 at 150 % leaves little); when the window has room the tab pane is given what the
    panel's rows need."""

    def __init__(self, registry: Any, tabs: QTabWidget, attempt: Attempt, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry, self.tabs, self.attempt = registry, tabs, attempt
        self.today: Callable[[], date] = date.today
        self.record: dict | None = None
        self.cosign, self.follow_up, self.archive = CosignPanel(self), FollowUpPanel(self), ArchivePanel(self)
        self.pages: dict[QWidget, QScrollArea] = {}
        for position, panel in enumerate((self.cosign, self.follow_up, self.archive)):
            page = QScrollArea()
            page.setObjectName(f"office_{type(panel).__name__}")
            page.setWidgetResizable(True)
            page.setFrameShape(QScrollArea.Shape.NoFrame)
            page.setWidget(panel)
            page.setMinimumHeight(panel.fontMetrics().height() * 3)
            self.pages[panel] = page
            tabs.insertTab(position, page, "")

    def show_record(self, record: dict) -> None:
        first = self.record is None or self.record.get("id") != record.get("id")
        just_archived = bool(record.get("archive")) and not (self.record or {}).get("archive") and not first
        self.record = record
        today = self.today()
        for panel, page in self.pages.items():
            panel.show_record(record, today)
            self.tabs.setTabText(self.tabs.indexOf(page), panel.tab_text())
        self.tabs.setTabVisible(self.tabs.indexOf(self.pages[self.cosign]), bool(self.cosign.statuses))
        if just_archived:
            self.show_panel(self.archive)
        elif first:
            panel = self._first_panel(record)
            if panel is None:
                self.tabs.setCurrentWidget(next(w for w in map(self.tabs.widget, range(self.tabs.count()))
                                                if w not in self.pages.values()))  # 附件, the view's own
            else:
                self.show_panel(panel)
                self._make_room(panel)

    def show_panel(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(self.pages[panel])

    def current_panel(self) -> QWidget | None:
        return next((panel for panel, page in self.pages.items() if page is self.tabs.currentWidget()), None)

    def _make_room(self, panel: QWidget) -> None:
        """Gives the tab pane the height of the panel when the window has it (the record view's splitter
        holds the steps above and the tabs below; the clerk may drag it either way)."""
        splitter = self.tabs.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.count() != 2:
            return
        wanted = self.tabs.tabBar().sizeHint().height() + panel.sizeHint().height() + 8
        sizes = splitter.sizes()
        wanted = min(wanted, sum(sizes) // 2)
        if sizes[1] < wanted:
            splitter.setSizes([sum(sizes) - wanted, wanted])

    def _first_panel(self, record: dict) -> QWidget | None:
        if self.cosign.pending():
            return self.cosign
        if any(i["status"] == "open" for i in self.follow_up.items):
            return self.follow_up
        if ArchivePanel.finished(record) or record.get("archive"):  # to be filed, or its 档号
            return self.archive
        return None
