"""One page of the main window for a kind of record (收文, 发文) or a fixed view (待办与期限).

The page is a stack: the list (search bar, buttons, lazy table), the registration form and the record
view. The form and the record view are the lead engineer's widgets (forms.py, record_view.py), created
on first use; this page only places them, forwards Ctrl+N/P/S to them and refreshes the list after a
save or a change."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from desktop_app.ui.record_list import ListQuery, RecordListModel, RecordTable
from desktop_app.ui.search_bar import SearchBar

class RecordsPage(QWidget):
    """List ⇄ form ⇄ record view for one query; `status_message(str)` goes to the status bar."""

    status_message = Signal(str)

    def __init__(self, registry: Any, query: ListQuery, heading: str, *, can_create: bool = True,
                 note: str = "", counter: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.counter = counter  # a RecordCounter, or None: then a long list shows a lower bound only
        self._exact: tuple[ListQuery, int] | None = None
        self.heading = heading
        self.can_create = can_create and query.kind in ("outgoing", "incoming")
        self.model = RecordListModel(registry, query, self)
        self.form: QWidget | None = None
        self.view: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_list(query, note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.model.rows_known.connect(self._rows_known)
        if counter is not None:
            counter.counted.connect(self._counted)

    # ---- building -------------------------------------------------------------------------------
    def _build_list(self, query: ListQuery, note: str) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.heading, page)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.search = SearchBar(query, show_overdue=query.overdue is None, parent=page)
        self.search.query_changed.connect(self.model.set_query)
        self.new_button = QPushButton(self.tr("New… (Ctrl+N)"), page)
        self.new_button.setObjectName("newButton")
        self.new_button.setVisible(self.can_create)
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton(self.tr("Export to E&xcel…"), page)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        self.table = RecordTable(self.model, page)
        self.table.setObjectName("recordTable")
        self.table.activated_record.connect(self.open_record)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.new_button, self.open_button, self.export_button):
            top.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        if note:
            hint = QLabel(note, page)
            hint.setObjectName("pageNote")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.search.edit, self.search.year)
        QWidget.setTabOrder(self.search.year, self.search.overdue)
        QWidget.setTabOrder(self.search.overdue, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.export_button)
        return page

    def _framed(self, title: str, body: QWidget) -> QWidget:
        """A detail page: a back button and a title above the lead's widget."""
        frame = QWidget(self)
        back = QPushButton(self.tr("← Back to list (Esc)"), frame)
        back.setObjectName("backButton")
        back.clicked.connect(self.back_to_list)
        label = QLabel(title, frame)
        label.setObjectName("detailTitle")
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(label, 1)
        layout = QVBoxLayout(frame)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        self.stack.addWidget(frame)
        return frame

    # ---- the list -------------------------------------------------------------------------------
    def _rows_known(self, loaded: int, complete: bool) -> None:
        self.table.set_placeholder(self.empty_text() if complete and not loaded else "")
        query = self.model.query
        if self._exact is not None and self._exact[0] == query:
            self.search.show_count(self._exact[1], True)
            return
        self.search.show_count(loaded, complete)
        if complete:
            self._exact = (query, loaded)
        elif self.counter is not None:
            self._exact = None
            self.counter.request(query)

    def empty_text(self) -> str:
        """What an empty list says, in one place: what to do first on a new registry, or why nothing matches.

        Name only menus and buttons that exist (设置 → 组织架构, 文件 → 导入组织架构…, 新建…): update this
        when they change."""
        query = self.model.query
        if query.text or query.year is not None or (query.overdue and query.kind is not None):
            return self.tr("No records match. Try other words, or choose “All years”.")
        if self.registry.org_chart() is None:
            return self.tr("Nothing registered yet. First enter the county's leaders and their portfolios under "
                           "Settings → Organisation (or File → Import org chart…), then click New… (Ctrl+N) to "
                           "register the first document.")
        if query.kind == "incoming":
            return self.tr("No incoming documents yet. Click New… (Ctrl+N) to register the first one.")
        return self.tr("No outgoing documents yet. Click New… (Ctrl+N) to register the first draft.")

    def _counted(self, query: ListQuery, total: int) -> None:
        if query == self.model.query:
            self._exact = (query, total)
            self.search.show_count(total, True)

    def activate(self) -> None:
        """Called when the page is shown: the first query runs then, not at start-up for every page."""
        self.model.ensure_loaded()

    def focus_search(self) -> None:
        self.back_to_list()
        self.search.focus_search()

    def refresh(self, select_id: int | None = None) -> None:
        self._exact = None  # a record was saved: the count may have changed
        self.model.refresh()
        if select_id is not None:
            self.table.select_record(select_id)

    def showing_list(self) -> bool:
        return self.stack.currentIndex() == 0

    def back_to_list(self) -> bool:
        """Esc and ← 返回列表: back to the list; a form with input asks first (True: left at once)."""
        if self.showing_list():
            return True
        return self.leave_form(self._show_list)

    def _show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def open_current(self) -> None:
        record_id = self.table.current_record_id()
        if record_id is not None:
            self.open_record(record_id)

    # ---- the lead's widgets ---------------------------------------------------------------------
    def new_record(self) -> QWidget | None:
        """A new registration form; a form with input is asked about first (Ctrl+N would replace it)."""
        if not self.can_create:
            return None
        if not self.leave_form(self._new_form):
            return self.form  # the question is open; the new form comes after 保存 or 放弃
        return self.form

    def _new_form(self) -> None:
        from desktop_app.ui.forms import IncomingForm, OutgoingForm  # on first use: keeps start-up short

        kind = self.model.query.kind
        title = self.tr("Register a new outgoing document") if kind == "outgoing" else \
            self.tr("Register a new incoming document")
        self.form = (OutgoingForm if kind == "outgoing" else IncomingForm)(self.registry)
        self.form.saved.connect(self._form_saved)
        frame = self._framed(title, self.form)
        self._replace_detail(frame)
        self._form_frame = frame
        self.form.setFocus()

    def open_record(self, record_id: int) -> QWidget | None:
        from desktop_app.ui.record_view import RecordView  # on first use: keeps start-up short

        if self.view is None:
            self.view = RecordView(self.registry)
            self.view.changed.connect(self._record_changed)
            self._view_frame = self._framed(self.tr("Record"), self.view)
        self.view.show_record(record_id)
        self.stack.setCurrentWidget(self._view_frame)
        return self.view

    def open_form(self) -> QWidget | None:
        """The registration form in this page's stack (on screen or not), if any."""
        frame = getattr(self, "_form_frame", None)
        return self.form if frame is not None and self.stack.indexOf(frame) > 0 else None

    def has_unsaved_form(self) -> bool:
        form = self.open_form()
        return form is not None and form.has_changes()

    def leave_form(self, then: Callable[[], None]) -> bool:
        """Runs `then` once the form may go: at once when it is untouched (returns True), else after the
        clerk answers 保存 (and the save succeeds) or 放弃; 取消 keeps the form and runs nothing.

        The question is window-modal but does not block (QMessageBox.open): nothing waits inside a call."""
        if not self.has_unsaved_form():
            then()
            return True
        self.stack.setCurrentWidget(self._form_frame)  # the clerk sees what the question is about
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved registration"),
                          self.tr("This registration has not been saved. Save it, or discard what was typed?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedQuestion")
        for button, text in ((QMessageBox.StandardButton.Save, self.tr("Save")),
                             (QMessageBox.StandardButton.Discard, self.tr("Discard")),
                             (QMessageBox.StandardButton.Cancel, self.tr("Cancel"))):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)  # Esc again means: stay on the form
        box.buttonClicked.connect(lambda button: self._answered(box.standardButton(button), then))
        box.finished.connect(box.deleteLater)
        self.unsaved_question = box
        box.open()
        return False

    def _answered(self, answer: QMessageBox.StandardButton, then: Callable[[], None]) -> None:
        form = self.open_form()
        if form is None:
            return
        if answer == QMessageBox.StandardButton.Save:
            if form.save() is None:
                return  # refused: the form stays, with the field marked
        elif answer == QMessageBox.StandardButton.Discard:
            self.discard_form()
        else:
            form.setFocus()
            return
        then()

    def discard_form(self) -> None:
        """Drops the registration form and what was typed in it, without asking."""
        frame = self._form_frame
        self.stack.removeWidget(frame)
        frame.deleteLater()
        self.form = None
        self._form_frame = None

    def _replace_detail(self, frame: QWidget) -> None:
        # One form at a time: a new Ctrl+N replaces an unsaved blank form but never the record view.
        for index in range(self.stack.count() - 1, 0, -1):
            widget = self.stack.widget(index)
            if widget is not frame and widget is not getattr(self, "_view_frame", None):
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.stack.setCurrentWidget(frame)

    def current_editor(self) -> QWidget | None:
        """The form or record view on screen, if any (Ctrl+P and Ctrl+S go to it)."""
        current = self.stack.currentWidget()
        if current is not None and current is getattr(self, "_form_frame", None):
            return self.form
        if current is not None and current is getattr(self, "_view_frame", None):
            return self.view
        return None

    def _form_saved(self, record_id: int) -> None:
        self.refresh(select_id=record_id)
        self.status_message.emit(self.tr("Saved. The record is open below."))
        self.open_record(record_id)

    def _record_changed(self, record_id: int) -> None:
        self.refresh(select_id=record_id)

    # ---- export -----------------------------------------------------------------------------------
    def export_xlsx(self, path: str | None = None) -> int:
        """Writes the current view (search, filters, order) to an XLSX file; returns the rows written."""
        if path is None:
            suggested = f"{self.heading}-{date.today().isoformat()}.xlsx"
            from desktop_app.ui.file_dialogs import ask_save_path  # on first use: every module costs at start-up

            path = ask_save_path(self, self.tr("Export to Excel"), suggested, ";;".join((
                self.tr("Excel workbook (*.xlsx)"),
                self.tr("CSV for Excel, the fast choice for long lists: a million rows in under a minute (*.csv)"))))
            if not path:
                return 0
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        from desktop_app.ui.export_view import export_view  # openpyxl costs 0.3 s: not at start-up

        headers = [*self.model.column_titles()[:3], self.tr("Sender's number"),
                   *self.model.column_titles()[3:], self.tr("Overdue")]
        try:
            written = export_view(self.model, path, headers, step)
        except OSError as error:  # a full disk, a read-only folder, the file open in Excel
            progress.close()
            QMessageBox.warning(self, self.tr("Export to Excel"), self.tr(
                "Could not write {path} ({reason}). Close the file if it is open in Excel, or choose another "
                "folder.").format(path=path, reason=error.strerror or error))
            return 0
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            self.status_message.emit(self.tr("Exported {n} records to {path}").format(n=written, path=Path(path)))
            self._confirm_export(Path(path), written)
        return written

    def _confirm_export(self, path: Path, rows: int) -> None:
        """Says what was written where, with a way to the folder (the status bar alone went unnoticed)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"),
                          self.tr("Exported {n} records to\n{path}").format(n=f"{rows:,}", path=path),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportDone")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        self.export_notice = box
        box.open()  # window-modal, not blocking: the export is done, the list stays usable
