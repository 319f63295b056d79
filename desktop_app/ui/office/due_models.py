"""The Qt models of 待办与期限: the due items of `registry.due.items(on)` and the 督办 items of
`registry.follow_ups.list()`, rows to roles only. A registry has a few thousand open items at most, so
each model holds its whole list (docs/office.md "For the Qt screens") and is filled again after a change."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from desktop_app.ui.office.common import (DONE_TEXT, OVERDUE_BACKGROUND, OVERDUE_TEXT, SOON_BACKGROUND, SOON_TEXT,
                                          days_left_text)

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 11
KEY_ROLE = Qt.ItemDataRole.UserRole + 12


class _ListModel(QAbstractTableModel):
    """A table over a list of dicts; subclasses name the columns and their text."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict]:
        return list(self._rows)

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, row: dict, key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value)


class DueItemsModel(_ListModel):
    """Most urgent first, as the registry gives them: red overdue, amber within two working days."""

    COLUMNS = ("due", "left", "what_label", "number", "title", "party", "state_label", "reminded")

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Working days"), self.tr("What"), self.tr("Number"), self.tr("Title"),
                self.tr("Unit"), self.tr("State"), self.tr("Reminded"))

    def text(self, row: dict, key: str) -> str:
        if key == "left":
            return days_left_text(row["working_days_left"]) + ("" if row.get("official", True) else " *")
        if key == "reminded":
            if not row.get("reminders"):
                return ""
            return self.tr("%1 time(s), last %2").replace("%1", str(row["reminders"])) \
                .replace("%2", str(row.get("last_reminded_on") or "")[5:])
        if key == "state_label" and row.get("what") == "seal_out" and row.get("escort"):
            return self.tr("with %1").replace("%1", str(row["escort"]))
        return super().text(row, key)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.COLUMNS[index.column()]
        level = row.get("level")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == LEVEL_ROLE:
            return level
        if role == KEY_ROLE:
            return row.get("key")
        if role == Qt.ItemDataRole.ForegroundRole and level in ("overdue", "soon"):
            return QBrush(OVERDUE_TEXT if level == "overdue" else SOON_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and level in ("overdue", "soon"):
            return QBrush(OVERDUE_BACKGROUND if level == "overdue" else SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    def tooltip(self, row: dict) -> str:
        lines = [f"{row.get('what_label', '')}（{row.get('basis', '')}）　{row.get('level_label', '')}",
                 row.get("title") or ""]
        if row.get("state_label"):
            lines.append(row["state_label"])
        if row.get("note"):
            lines.append(row["note"])
        if not row.get("official", True):
            lines.append(self.tr("* Counted without the official holiday data of a year: check the calendar."))
        return "\n".join(line for line in lines if line)


class FollowUpsModel(_ListModel):
    """督办 items: open ones by due date (red once past it), then closed ones with their result."""

    COLUMNS = ("status_label", "due", "department", "number", "title", "note", "closed_on", "result")

    def titles(self) -> tuple[str, ...]:
        return (self.tr("State"), self.tr("Due"), self.tr("Responsible"), self.tr("Number"), self.tr("Title"),
                self.tr("Matter"), self.tr("Closed on"), self.tr("Result"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.COLUMNS[index.column()]
        late_open = row["status"] == "open" and row.get("overdue")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if late_open:
                return QBrush(OVERDUE_TEXT)
            return QBrush(DONE_TEXT) if row["status"] == "closed" and key == "status_label" else None
        if role == Qt.ItemDataRole.BackgroundRole and late_open:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(str(v) for v in (row.get("title"), row.get("note"), row.get("result")) if v)
        return None


def item_of(model: Any, row: int) -> dict | None:
    return model.row(row) if row >= 0 else None
