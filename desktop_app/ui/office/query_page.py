"""The 查询 page: the combined search across both registers (query_form.py) with its lazy result list,
export of every result to XLSX (`registry.query.export`, confirmed: a large export is asked about first,
and the file written is named afterwards), and, on a second tab, the 归档文件目录 of a year
(catalogue.py). A result or a catalogue line opens the record here, under a back bar."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry.query import Query
from desktop_app.ui.office.catalogue import CatalogueView
from desktop_app.ui.office.common import RecordHost, ask_save_path, button, page_title
from desktop_app.ui.office.query_form import OfficeListQuery, QueryForm, QueryResultsModel, QueryResultsTable

LARGE_EXPORT = 20_000  # rows: about three seconds of writing each 20,000 here (docs/window.md); ask first


class QueryPage(QWidget):
    status_message = Signal(str)

    def __init__(self, registry: Any, heading: str, counter: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry, self.heading, self.counter = registry, heading, counter
        self._exact: tuple[OfficeListQuery, int] | None = None
        self.model = QueryResultsModel(registry, self)
        self.model.rows_known.connect(self._rows_known)
        if counter is not None:
            counter.counted.connect(self._counted)
        self.host = RecordHost(registry, self._build(), self)
        self.host.went_back.connect(self._back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)

    def _build(self) -> QWidget:
        page = QWidget(self)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("queryTabs")
        self.tabs.addTab(self._query_tab(page), self.tr("Search the registers"))
        self.catalogue = CatalogueView(self.registry, page)
        self.catalogue.open_record.connect(self.host_open)
        self.catalogue.status_message.connect(self.status_message)
        self.tabs.addTab(self.catalogue, self.tr("Archive catalogue"))
        self.tabs.currentChanged.connect(self._tab_changed)
        top = QHBoxLayout()
        top.addWidget(page_title(self.heading, page))
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        return page

    def _query_tab(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.form = QueryForm(self.registry, tab)
        self.form.requested.connect(self.run)
        self.count_label = QLabel(tab)
        self.count_label.setObjectName("countLabel")
        self.error_label = QLabel(tab)
        self.error_label.setObjectName("queryErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.table = QueryResultsTable(self.model, tab)
        self.table.setObjectName("queryResults")
        self.table.activated_record.connect(self.host_open)
        self.export_button = button(self.tr("Export to E&xcel…"), "exportButton", self.export_xlsx, tab)
        bar = QHBoxLayout()
        bar.addWidget(button(self.tr("Search"), "queryButton", self.run, tab))
        bar.addWidget(button(self.tr("Clear"), "clearButton", self.clear, tab))
        bar.addWidget(self.count_label, 1)
        bar.addWidget(button(self.tr("&Open"), "openButton", self.open_current, tab))
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.count_label.setText(self.tr("Fill in any fields and press Enter: all of them must hold."))
        return tab

    # ---- running --------------------------------------------------------------------------------
    def run(self) -> int:
        """Shows the records of the form's query (every field marked that does not read); returns the rows
        loaded at first."""
        query = self.form.query()
        self.error_label.setText(self.form.error_text() if query is None else "")
        self.error_label.setVisible(query is None)
        if query is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._exact = None
            self.model.set_query(OfficeListQuery(query))  # type: ignore[arg-type]
        except DocRouteError as error:
            self.error_label.setText(error.window_line())
            self.error_label.show()
            return 0
        finally:
            QApplication.restoreOverrideCursor()
        if self.model.total:
            self.table.selectRow(0)
        return self.model.total

    def current_query(self) -> Query:
        return self.model.query.query  # type: ignore[attr-defined]

    def _rows_known(self, loaded: int, complete: bool) -> None:
        query = self.model.query
        if self._exact is not None and self._exact[0] == query:
            loaded, complete = self._exact[1], True
        elif complete:
            self._exact = (query, loaded)
        elif self.counter is not None:
            self.counter.request(query)
        self.count_label.setText(self.tr("%Ln record(s)", "", loaded) if complete else self.tr("over %Ln", "", loaded))

    def _counted(self, query: Any, total: int) -> None:
        if query == self.model.query:
            self._exact = (query, total)
            self.count_label.setText(self.tr("%Ln record(s)", "", total))

    def clear(self) -> None:
        self.form.clear()
        self.error_label.hide()

    def show_number(self, number: str) -> int:
        """Every record with this 文号 (a scan that matched several): the number as the search text."""
        from desktop_app.registry.numbers import normalise_number

        self.host.back_to_list()
        self.tabs.setCurrentIndex(0)
        self.form.clear()
        self.form.set_values(text=normalise_number(number))
        return self.run()

    # ---- opening and exporting ------------------------------------------------------------------
    def host_open(self, record_id: int) -> Any:
        return self.host.open_record(record_id)

    def open_current(self) -> Any:
        record_id = self.table.current_record_id()
        return self.host_open(record_id) if record_id is not None else None

    def _back(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.catalogue.refresh()
        elif self.model.total:
            self.model.refresh()  # a record changed in the view may have left or joined the results

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.catalogue.activate()

    def export_xlsx(self, path: str | None = None, confirm: bool = True) -> dict | None:
        """Every result of the query on screen (not only the rows loaded) as the register workbook."""
        query = self.current_query()
        if not self.model.total:
            self.status_message.emit(self.tr("Nothing to export: run a search first."))
            return None
        total = self._exact[1] if self._exact else self.registry.query.count(query)
        if confirm and total > LARGE_EXPORT and QMessageBox.question(
                self, self.tr("Export to Excel"),
                self.tr("Export all %1 records? This takes about %2 seconds.").replace("%1", f"{total:,}")
                .replace("%2", str(max(1, total // 7000)))) != QMessageBox.StandardButton.Yes:
            return None
        path = path or ask_save_path(self, self.tr("Export to Excel"), f"查询结果-{date.today().isoformat()}.xlsx",
                                     self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.registry.query.export(query, path)
        except DocRouteError as error:
            QMessageBox.warning(self, self.tr("Export to Excel"), error.window_line())
            return None
        finally:
            QApplication.restoreOverrideCursor()
        message = self.tr("Exported %1 records (%2 outgoing, %3 incoming) to %4").replace("%1", str(result["records"])) \
            .replace("%2", str(result["outgoing"])).replace("%3", str(result["incoming"])).replace("%4", result["path"])
        self.status_message.emit(message)
        if confirm:
            self.confirmation = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"), message,
                                            QMessageBox.StandardButton.Ok, self)
            self.confirmation.open()
        return result

    # ---- the window's commands ------------------------------------------------------------------
    def activate(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.catalogue.activate()

    def focus_search(self) -> None:
        self.host.back_to_list()
        self.tabs.setCurrentIndex(0)
        self.form.fields["text"].setFocus()

    def escape(self) -> None:
        self.host.back_to_list()

    def print_current(self) -> Any:
        editor = self.host.current_editor()
        if editor is not None:
            return editor.print_preview()
        if self.tabs.currentIndex() == 1:
            return self.catalogue.print_preview()
        record_id = self.table.current_record_id()
        return self.host_open(record_id).print_preview() if record_id is not None else None

    def save_current(self) -> Any:
        editor = self.host.current_editor()
        if editor is not None:
            return editor.save_as("pdf")
        return self.catalogue.save("pdf") if self.tabs.currentIndex() == 1 else None

    def export_current(self) -> Any:
        return self.catalogue.save("xlsx") if self.tabs.currentIndex() == 1 else self.export_xlsx()
