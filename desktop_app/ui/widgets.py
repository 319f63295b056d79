"""Small form widgets shared by the registration forms: a date field that marks a bad date without
losing it, a list field for recipients, an enum combo that shows Chinese labels and yields stable ids,
and the completer they share, whose popup lets through the click that closes it."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from PySide6.QtCore import QCollator, QEvent, QLocale, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QWidget

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


def sorted_chinese(names: Iterable[str]) -> list[str]:
    """Names in pinyin order (阿乐惠镇, 博斯坦乡, 各乡镇…), as a clerk looks them up; code-point order
    (Python's) scatters them. A fixed order, not by frequency: the clerk learns where a name is."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return sorted(set(names), key=collator.sortKey)


class ClickThroughCompleter(QCompleter):
    """A completer whose popup passes on the click that closes it.

    QCompleter's popup takes every click while it is open; a click elsewhere only closed it, so the clerk's
    click on the next field was lost and what they typed next went into the field they had left. Here the
    click closes the popup and then reaches the widget under the pointer, which takes the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        popup = self.popup()
        if watched is popup and event.type() == QEvent.Type.MouseButtonPress and popup.isVisible():
            where = event.globalPosition()
            if not popup.frameGeometry().contains(where.toPoint()):
                popup.hide()
                target = QApplication.widgetAt(where.toPoint())
                if target is not None:
                    self._forward(target, event, where)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _forward(target: QWidget, event: QMouseEvent, where: QPointF) -> None:
        _give_click_focus(target)  # what Qt does for a click from the window system, not for a sent one
        local = QPointF(target.mapFromGlobal(where.toPoint()))
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            buttons = event.buttons() if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            QApplication.sendEvent(target, QMouseEvent(kind, local, where, event.button(), buttons,
                                                       event.modifiers()))


def _give_click_focus(widget: QWidget | None) -> None:
    while widget is not None:
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        if widget.isWindow():
            return
        widget = widget.parentWidget()


class ListCompleter(ClickThroughCompleter):
    """Completes the name being typed after the last 、 and keeps the names before it."""

    def __init__(self, names: list[str], field: "ListField") -> None:
        super().__init__(names, field)
        self._field = field

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [self._field.split_last(path)[1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        done, _typing = self._field.split_last(self._field.text())
        return f"{done}{index.data()}"


class ListField(QLineEdit):
    """Several names in one line, separated by 、 , ， or ；, each completed from known names."""

    SEPARATORS = "、,，;；"

    def __init__(self, suggestions: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_suggestions(suggestions)

    def set_suggestions(self, suggestions: Iterable[str]) -> None:
        completer = ListCompleter(sorted_chinese(suggestions), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def split_last(self, text: str) -> tuple[str, str]:
        """("县财政局、", "县教") for "县财政局、县教": the names done and the one being typed."""
        cut = max(text.rfind(separator) for separator in self.SEPARATORS) + 1
        return text[:cut], text[cut:]

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
    combo.addItems(sorted_chinese(items))
    combo.setCurrentIndex(-1)
    completer = ClickThroughCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


def fit_to_screen(dialog: QWidget, parent: QWidget | None, *, width: int, height: int | None = None,
                  fraction: float = 0.9) -> None:
    """Sizes a dialog to the screen it opens on (at most width×height, at most `fraction` of the screen):
    a fixed pixel size runs off the bottom of 1366×768 at 150 %."""
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    tall = int(available.height() * fraction)
    dialog.resize(min(int(available.width() * fraction), width), min(tall, height) if height else tall)


def mark(widget: QWidget, message: str | None) -> None:
    """Marks a field as wrong (red, with the message as tooltip) or clears the mark."""
    widget.setStyleSheet(ERROR_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("invalid", bool(message))
