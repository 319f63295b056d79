"""What every 设置 section shares: a title with a one-line explanation, a message line that says what was
stored or what is wrong (in the window's words: a menu or a button, never a command), `changed(what)`
after a write, and small table helpers (fixed-height rows, read-only items)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop_app.domain.errors import DocRouteError, InputError

OK_STYLE = "color: #1e8449;"
ERROR_STYLE = "color: #c0392b;"
WARN_STYLE = "color: #9a6700;"


class Section(QWidget):
    changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, registry: Any, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        heading = QLabel(title, self)
        heading.setObjectName("sectionTitle")
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.explanation = QLabel(explanation, self)
        self.explanation.setObjectName("sectionExplanation")
        self.explanation.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("sectionMessage")
        self.message.setWordWrap(True)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        """Re-reads what the section shows from the registry (on every show and after every write)."""

    def attempt(self, action: Callable[[], Any], done: str = "", what: str = "") -> Any:
        """Runs a registry write; shows `done` or the error's window message; emits changed(what) on success."""
        try:
            result = action()
        except DocRouteError as error:
            self.show_error(explain(error))
            self.refresh()  # the table shows what is stored, not the refused edit
            return None
        self.refresh()
        self.show_ok(done)
        if what:
            self.changed.emit(what)
        return result if result is not None else True

    def show_ok(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)
        if text:
            self.status_message.emit(text)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)


def explain(error: DocRouteError) -> str:
    """The error in the window's words; an input error without its field id (the section names the field)."""
    if isinstance(error, InputError):
        return f"{error.detail}；{error.window_hint}" if error.window_hint else error.detail
    return error.window_line()


def table(columns: list[str], parent: QWidget | None = None, *, stretch: int = -1) -> QTableWidget:
    """A table of a few dozen rows: single selection of whole rows, one stretching column."""
    widget = QTableWidget(0, len(columns), parent)
    widget.setHorizontalHeaderLabels(columns)
    widget.verticalHeader().hide()
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().setDefaultSectionSize(widget.fontMetrics().height() + 10)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch if stretch >= 0 else len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return widget


def item(text: Any, data: Any = None, *, editable: bool = False, tooltip: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem("" if text is None else str(text))
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    cell.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    if tooltip:
        cell.setToolTip(tooltip)
    return cell


def selected_data(widget: QTableWidget, column: int = 0) -> Any:
    row = widget.currentRow()
    cell = widget.item(row, column) if row >= 0 else None
    return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
