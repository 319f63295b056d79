"""The search box and filters above a record list: searches as you type, debounced.

Typing restarts a short timer; the query goes to the registry when the typing pauses (or at once on
Enter), so a clerk typing 防汛 does not run a query per keystroke; one character is searched too (the
registry's postings answer it in well under a millisecond). An input method's composition
(pinyin not yet committed) does not change the text, so it never triggers a search."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.ui.record_list import ListQuery

DEBOUNCE_MS = 250
YEARS_BACK = 5


class SearchBar(QWidget):
    """Emits `query_changed(ListQuery)` with the text, year and overdue filter; the kind is fixed per page."""

    query_changed = Signal(object)

    def __init__(self, base: ListQuery = ListQuery(), *, show_overdue: bool = True, parent=None) -> None:
        super().__init__(parent)
        self._base = base
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search title, number or unit (two characters are enough)"))
        self.year = QComboBox(self)
        self.year.setObjectName("yearFilter")
        self.year.addItem(self.tr("All years"), None)
        this_year = date.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setVisible(show_overdue)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.edit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.year)
        layout.addWidget(self.overdue)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._typing_paused)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.returnPressed.connect(self._enter)
        self.year.currentIndexChanged.connect(self.emit_query)
        self.overdue.toggled.connect(self.emit_query)

    def query(self) -> ListQuery:
        overdue = True if self.overdue.isChecked() else self._base.overdue
        return ListQuery(text=self.edit.text().strip(), kind=self._base.kind, year=self.year.currentData(),
                         overdue=overdue)

    def emit_query(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    def _typing_paused(self) -> None:
        self.emit_query()

    def _enter(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.emit_query()
        finally:
            QApplication.restoreOverrideCursor()

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_count(self, loaded: int, complete: bool) -> None:
        """Exact when every match is loaded; otherwise a lower bound until the exact count arrives."""
        self.count_label.setText(self.tr("%Ln record(s)", "", loaded) if complete
                                 else self.tr("over %Ln", "", loaded))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            self.emit_query()
            return
        super().keyPressEvent(event)
