"""The ledger list of the 用印 page: the seal ledger's entries, newest first, lazy like the document lists.

The lazy loading, paging and date order are the record list's (record_list.py); this model only names
other columns and colours: a refused request, and a seal taken out and not yet returned. The rows come
from `registry.seals` (search_ids, rows) through a small adapter with the record list's call shape."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.ui.record_list import RECORD_ID_ROLE, ListQuery, RecordListModel, RecordTable

_OUT_TEXT = QColor("#a61b1b")
_OUT_BACKGROUND = QColor("#fdecea")
_REFUSED_TEXT = QColor("#7b241c")
REQUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class SealLedgerSource:
    """`registry.seals` in the shape RecordListModel asks for (search_ids(text, limit=…, kind=…, …), rows)."""

    def __init__(self, seals: Any) -> None:
        self.seals = seals

    def search_ids(self, text: str = "", *, limit: int | None = None, kind: str | None = None,
                   year: int | None = None, overdue: bool | None = None) -> list[int]:
        pending = kind == "pending"
        return self.seals.search_ids(text, kind=None if pending else kind, year=year, limit=limit, pending=pending)

    def rows(self, ids: list[int]) -> list[dict]:
        return self.seals.rows(ids)


class SealLedgerModel(RecordListModel):
    COLUMNS = ("id", "date", "event", "seal_name", "department", "title", "copies", "people", "status_label")

    def __init__(self, seals: Any, query: ListQuery = ListQuery(), parent: QObject | None = None) -> None:
        super().__init__(SealLedgerSource(seals), query, parent)

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Date"), self.tr("Entry"), self.tr("Seal"), self.tr("Department"),
                self.tr("Matter"), self.tr("Copies"), self.tr("Approved / sealed by"), self.tr("State"))

    def request_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data.get("request_id") if data else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return self.tr("Loading…") if role == Qt.ItemDataRole.DisplayRole and index.column() == 5 else None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, key)
        if role == RECORD_ID_ROLE:
            return row["id"]
        if role == REQUEST_ID_ROLE:
            return row.get("request_id")
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.get("still_out"):
                return QBrush(_OUT_TEXT)
            if row.get("refused"):
                return QBrush(_REFUSED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and row.get("still_out"):
            return QBrush(_OUT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    def display_text(self, row: dict, key: str) -> str:
        if key == "status_label":
            if row.get("kind") == "take_out":
                return self.tr("Out, not returned") if row.get("still_out") else self.tr("Returned")
            return row.get("status_label") or ""
        value = row.get(key)
        return "" if value is None else str(value)

    def tooltip(self, row: dict) -> str:
        entry = self.tr("entry {n}").format(n=row["id"])
        lines = [f"{row['event']}　{entry}",
                 self.tr("Recorded {at}").format(at=row["at"].replace("T", " "))]
        if row.get("request_id"):
            lines.append(self.tr("Request {n}").format(n=row["request_id"]))
        if row.get("title"):
            lines.append(row["title"])
        lines.append(self.tr("Code {code}").format(code=row["hash"][:8]))
        return "\n".join(lines)


class SealLedgerTable(RecordTable):
    # Fixed widths (never ResizeToContents); they leave the matter column room at 150 % on 1366×768 too.
    WIDTHS = {"id": 40, "date": 84, "event": 56, "seal_name": 124, "department": 104, "copies": 36,
              "people": 110, "status_label": 80}

    def current_request_id(self) -> int | None:
        index = self.currentIndex()
        return self.record_model().request_id(index.row()) if index.isValid() else None  # type: ignore[attr-defined]
