"""Small form widgets shared by the registration forms: a date field that marks a bad date without
losing it, a list field for recipients, an enum combo that shows Chinese labels and yields stable ids."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecea;"


class DateField(QLineEdit):
    """A YYYY-MM-DD field: whatever is typed stays, a bad date is only marked."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(10)
        if value:
            self.setText(value.isoformat())

    def value(self) -> str:
        return self.text().strip()

    def is_valid(self) -> bool:
        try:
            date.fromisoformat(self.value())
        except ValueError:
            return False
        return True


class ListField(QLineEdit):
    """Several names in one line, separated by 、 , ， or ；, completed from known names."""

    SEPARATORS = "、,，;；"

    def __init__(self, suggestions: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_suggestions(suggestions)

    def set_suggestions(self, suggestions: Iterable[str]) -> None:
        completer = QCompleter(sorted(set(suggestions)), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def values(self) -> list[str]:
        text = self.text()
        for separator in self.SEPARATORS[1:]:
            text = text.replace(separator, self.SEPARATORS[0])
        return [part.strip() for part in text.split(self.SEPARATORS[0]) if part.strip()]

    def set_values(self, values: Iterable[str]) -> None:
        self.setText("、".join(values))


class EnumCombo(QComboBox):
    """A combo of (id, Chinese label) pairs: shows the label, `value()` gives the id."""

    value_changed = Signal(str)

    def __init__(self, choices: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit(self.value()))

    def value(self) -> str:
        return self.currentData()

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


def editable_combo(items: Iterable[str], parent: QWidget | None = None) -> QComboBox:
    """A combo the clerk may also type into, completing from the org chart and history."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted(set(items)))
    combo.setCurrentIndex(-1)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def mark(widget: QWidget, message: str | None) -> None:
    """Marks a field as wrong (red, with the message as tooltip) or clears the mark."""
    widget.setStyleSheet(ERROR_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("invalid", bool(message))
