"""A table view for the office lists: fixed row heights, column widths measured from a sample text
(never ResizeToContents), one column that takes the room left (the title), and columns of lower
priority hidden when the window is narrow (1366×768 at 150 % leaves ~760 logical pixels for a page),
so the title never shrinks to nothing. Enter or a double-click emits `activated_row(row)`."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MIN_STRETCH = 200


class FittedTable(QTableView):
    activated_row = Signal(int)

    def __init__(self, model, samples: dict[int, str], stretch: int, optional: tuple[int, ...] = (),
                 parent: QWidget | None = None) -> None:
        """`samples`: column → the widest text it usually holds; `optional`: columns shown only while the
        stretching one keeps MIN_STRETCH pixels, the first of them kept longest."""
        super().__init__(parent)
        self.setModel(model)
        self._stretch, self._optional = stretch, optional
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        self._widths = {column: metrics.horizontalAdvance(text) + 18 for column, text in samples.items()}
        for column, width in self._widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Shows the optional columns while the stretching one keeps MIN_STRETCH pixels."""
        room = self.viewport().width() - sum(w for c, w in self._widths.items() if c not in self._optional)
        for column in self._optional:
            wanted = self._widths.get(column, 0)
            show = room - wanted >= MIN_STRETCH
            self.setColumnHidden(column, not show)
            if show:
                room -= wanted

    def index_of(self, row: int, column: int = 0) -> QModelIndex:
        return self.model().index(row, column)
