"""The 查询 form and its result list: the fields a clerk uses — text, registration dates, kind, status,
文种, 密级, 机关代字, department or sender, signer, overdue — combined (all given ones must hold) into a
`registry.query.Query` (`Query.parse`; each bad field is marked on the form with the reason), and the
lazy record list of the 收文/发文 pages over `registry.query.ids`, with the count from the counter thread."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.enums import Classification, DocType
from desktop_app.domain.errors import InputError
from desktop_app.registry.query import Query
from desktop_app.ui.record_list import RecordListModel, RecordTable
from desktop_app.ui.widgets import DateField, editable_combo, mark


@dataclass(frozen=True)
class OfficeListQuery:
    """A Query in the shape the record list and the counter thread take (text, kind; count_in)."""

    query: Query = field(default_factory=Query)

    @property
    def text(self) -> str:
        return self.query.text

    @property
    def kind(self) -> str | None:
        return self.query.kind

    def count_in(self, registry: Any) -> int:
        return registry.query.count(self.query)


class QueryResultsModel(RecordListModel):
    """The record list's lazy model, asking `registry.query` instead of the list search."""

    COLUMNS = ("kind_label", "number", "title", "sender", "date", "status_label", "due")

    def __init__(self, registry: Any, parent=None) -> None:
        super().__init__(registry, OfficeListQuery(), parent)  # type: ignore[arg-type]
        self._loaded = True  # nothing is asked before the clerk presses 查询

    def _search(self, limit: int | None) -> list[int]:
        return self.registry.query.ids(self._query.query, limit=limit)

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Kind"), *super().column_titles())


class QueryResultsTable(RecordTable):
    # Narrower than the lists' (RecordTable): the title keeps ~230 px at 150 % on 1366×768.
    WIDTHS = {"kind_label": 36, "number": 130, "sender": 104, "date": 82, "status_label": 52, "due": 118}


class QueryForm(QWidget):
    """Emits `requested` on Enter in any field; `query()` reads the fields, marking the ones that do not read."""

    requested = Signal()

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        org = registry.org_chart()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        text = self._add(grid, "text", self.tr("Text"), QLineEdit(), 0, 0, span=3)
        text.setPlaceholderText(self.tr("title, number, sender … (two characters are enough)"))
        self._add(grid, "kind", self.tr("Kind"), _choices([(self.tr("Any"), None), (self.tr("Outgoing"), "outgoing"),
                                                             (self.tr("Incoming"), "incoming")]), 0, 4)
        from desktop_app.registry.fields import STATUS_LABELS

        self._add(grid, "status", self.tr("Status"), _choices([(self.tr("Any"), None),
                                                              *[(label, key) for key, label in STATUS_LABELS.items()]]),
                  0, 6)
        self._add(grid, "date_from", self.tr("Registered from"), DateField(), 1, 0)
        self._add(grid, "date_to", self.tr("to"), DateField(), 1, 2)
        self._add(grid, "doc_type", self.tr("Type"), _choices([(self.tr("Any"), None),
                                                             *[(d.label, d.value) for d in DocType]]), 1, 4)
        self._add(grid, "classification", self.tr("Classification"),
                  _choices([(self.tr("Any"), None), *[(c.label, c.value) for c in Classification]]), 1, 6)
        series = [s["code"] for s in registry.series() if s.get("kind", "outgoing") == "outgoing"]
        self._add(grid, "series", self.tr("Series"), editable_combo(series), 2, 0)
        self._add(grid, "department", self.tr("Unit / sender"), editable_combo(org.departments() if org else ()),
                  2, 2)
        self._add(grid, "signer", self.tr("Signed by"), editable_combo([p.name for p in org.people] if org else ()),
                  2, 4)
        self._add(grid, "overdue", self.tr("Overdue"), _choices([(self.tr("Any"), None), (self.tr("Overdue"), True),
                                                               (self.tr("Not overdue"), False)]), 2, 6)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

    def _add(self, grid: QGridLayout, key: str, label: str, widget: QWidget, row: int, column: int,
             span: int = 1) -> QWidget:
        widget.setObjectName(f"query_{key}")
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        grid.addWidget(caption, row, column)
        grid.addWidget(widget, row, column + 1, 1, span)
        self.fields[key], self.labels[key] = widget, label
        editor = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
        if isinstance(editor, QLineEdit):
            editor.returnPressed.connect(self.requested)
        return widget

    def values(self) -> dict[str, Any]:
        return {key: _value(widget) for key, widget in self.fields.items()}

    def query(self) -> Query | None:
        """The query, or None after marking every field that does not read (with why, as its tooltip)."""
        values = self.values()
        errors: dict[str, str] = {}
        for key, value in values.items():
            try:
                Query.parse(**{key: value})
            except InputError as error:
                errors[key] = error.detail + (f"（{error.window_hint}）" if error.window_hint else "")
        query = None
        if not errors:
            try:
                query = Query.parse(**values)
            except InputError as error:  # a rule across fields: the end of the range before its start
                errors[error.field] = error.detail
        for key, widget in self.fields.items():
            mark(widget, errors.get(key))
        self.errors = errors
        return query

    def error_text(self) -> str:
        return "；".join(f"{self.labels.get(key, key)}：{message}" for key, message in self.errors.items())

    def clear(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(-1 if widget.isEditable() else 0)
                if widget.isEditable():
                    widget.setEditText("")
            mark(widget, None)

    def set_values(self, **values: Any) -> None:
        for key, value in values.items():
            widget = self.fields[key]
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif widget.isEditable():
                widget.setEditText("" if value is None else str(value))
            else:
                widget.setCurrentIndex(max(0, widget.findData(value)))


def _choices(pairs: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for label, value in pairs:
        combo.addItem(label, value)
    return combo


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if widget.isEditable():
        return widget.currentText().strip() or None
    return widget.currentData()
