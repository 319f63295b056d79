"""The lazy record list: a Qt table model over the registry that stays smooth at a million records.

Anki's pattern: the registry answers a query with ids (filtering and order in SQL, newest first); the
model asks for the light rows of the visible ids only, a page at a time, and keeps a bounded cache of
pages. Ids come in growing slices through Qt's canFetchMore/fetchMore: the first 1,000 at once, twice
as many each time the view reaches the end. Counting every match first would cost a second at a
million records for a common word (measured: `count("关于")` 1.3 s), so nothing waits for a count; the
exact number arrives separately (ui/counting.py). This model only translates rows into roles: no SQL
and no rules here."""
from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PAGE_SIZE = 200
MAX_CACHED_PAGES = 64  # 12,800 rows in memory at most, whatever the size of the registry
FIRST_IDS = 1000
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ToolTipRole, RECORD_ID_ROLE, OVERDUE_ROLE})
_OVERDUE_TEXT = QColor("#a61b1b")
_OVERDUE_BACKGROUND = QColor("#fdecea")


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: the search text and the filters the registry applies in SQL."""

    text: str = ""
    kind: str | None = None
    year: int | None = None
    overdue: bool | None = None

    def registry_args(self) -> dict[str, Any]:
        return {"kind": self.kind, "year": self.year, "overdue": self.overdue}


class RecordListModel(QAbstractTableModel):
    """Rows of `Registry.rows`, fetched on demand; `record_id(row)` maps a row back to its record."""

    COLUMNS = ("number", "title", "sender", "date", "status_label", "due")
    rows_known = Signal(int, bool)  # rows loaded so far, and whether that is all of them

    def __init__(self, registry: Any, query: ListQuery = ListQuery(), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self._query = query
        self._ids = array("q")
        self._complete = True
        self._ascending = False
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self._loaded = False

    # ---- the query --------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """Rows loaded so far; all of the matches when `complete`."""
        return len(self._ids)

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def ascending(self) -> bool:
        return self._ascending

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Asks the registry again (after a search, a filter change, or a record was saved)."""
        self.beginResetModel()
        self._pages.clear()
        if self._ascending:  # the registry orders newest first only: oldest first needs every id
            ids = self._search(None)
            ids.reverse()
            self._ids, self._complete = array("q", ids), True
        else:
            ids = self._search(FIRST_IDS)
            self._ids, self._complete = array("q", ids), len(ids) < FIRST_IDS
        self._loaded = True
        self.endResetModel()
        self.rows_known.emit(len(self._ids), self._complete)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def _search(self, limit: int | None) -> list[int]:
        return self.registry.search_ids(self._query.text, limit=limit, **self._query.registry_args())

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        """Twice as many ids (the registry has `limit` but no offset, so doubling keeps the work linear)."""
        if parent.isValid() or self._complete:
            return
        old = len(self._ids)
        limit = max(FIRST_IDS, 2 * old)
        ids = self._search(limit)
        if array("q", ids[:old]) != self._ids:  # records were added or removed meanwhile: start over
            self.beginResetModel()
            self._pages.clear()
            self._ids = array("q", ids)
            self._complete = len(ids) < limit
            self.endResetModel()
        elif len(ids) > old:
            self.beginInsertRows(QModelIndex(), old, len(ids) - 1)
            self._ids.extend(ids[old:])
            self._complete = len(ids) < limit
            self.endInsertRows()
        else:
            self._complete = True
        self.rows_known.emit(len(self._ids), self._complete)

    def all_ids(self) -> list[int]:
        """Every id of the current query in the order shown (for export), without loading rows."""
        if self._complete:
            return list(self._ids)
        ids = self._search(None)
        return ids[::-1] if self._ascending else ids

    # ---- rows -------------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        """The row of a record among the ids loaded so far (the newest first, so a new record is found)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> dict | None:
        record_id = self.record_id(row)
        if record_id is None:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            ids = list(self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE])
            page = {r["id"]: r for r in self.registry.rows(ids)}
            self._pages[page_no] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(record_id)

    # ---- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> tuple[str, ...]:
        sender = {"incoming": self.tr("Sender"), "outgoing": self.tr("Drafting unit")}.get(
            self._query.kind or "", self.tr("Sender / drafting unit"))
        number = {"incoming": self.tr("Receipt number"), "outgoing": self.tr("Document number")}.get(
            self._query.kind or "", self.tr("Number"))
        return (number, self.tr("Title"), sender, self.tr("Date"), self.tr("Status"), self.tr("Due"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # the view asks ~10 roles per cell per paint
            return None
        row = self.row_data(index.row())
        if row is None:
            return self.tr("Loading…") if role == Qt.ItemDataRole.DisplayRole and index.column() == 1 else None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, key)
        if role == RECORD_ID_ROLE:
            return row["id"]
        if role == OVERDUE_ROLE:
            return bool(row.get("overdue"))
        if row.get("overdue"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: the deadline was {due}").format(due=row.get("due"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return row.get("title")
        return None

    def display_text(self, row: dict, key: str) -> str:
        value = row.get(key)
        if key == "number" and not value:
            return self.tr("(no number yet)")
        if key == "due" and value and row.get("overdue"):
            return self.tr("{due} overdue").format(due=value)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the date order exists in SQL (newest first); oldest first reverses the whole id list."""
        if self.COLUMNS[column] != "date":
            return
        ascending = order == Qt.SortOrder.AscendingOrder
        if ascending != self._ascending:
            self._ascending = ascending
            if self._loaded:
                self.refresh()


class SortHeader(QHeaderView):
    """A header whose sort arrow points the way the list runs: ▼ newest first, ▲ oldest first.

    Qt draws a descending order as SortUp (▲), the reverse of Windows Explorer, Excel and WPS, where ▲ reads
    as ascending: the clerk saw ▲ over a list whose newest records came first."""

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOptionForIndex(option, logical_index)
        # The enum reached through the option: importing QStyleOptionHeader would cost at start-up.
        up, down = option.SortIndicator.SortUp, option.SortIndicator.SortDown
        option.sortIndicator = {up: down, down: up}.get(option.sortIndicator, option.sortIndicator)


class RecordTable(QTableView):
    """The table of a record list: fixed row heights; column widths from sample texts, never from the rows
    (ResizeToContents costs seconds at a million). The title takes what is left; on a narrow window (150 %
    on 1366×768) the sender column gives up room first, so the title is never the squeezed one."""

    activated_record = Signal(int)

    SAMPLES = {"number": ("托政办发〔2026〕123号", "收文〔2026〕1234号"), "date": ("2026-11-30",),
               "status_label": ("办理中",), "due": ("2026-11-30 已超期",)}
    NUMBER_SAMPLES = {"incoming": {"number": ("收文〔2026〕1234号",)}, "outgoing": {"number": ("托政办发〔2026〕123号",)}}
    SENDER_SHARE = 0.14  # of the table's width, between 6 and 10 characters
    SENDER_CHARS = (6, 10)
    WIDTHS: dict[str, int] = {}  # a subclass's fixed widths (pixels at a 17-px font), used before SAMPLES

    def __init__(self, model: RecordListModel, parent=None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(model.COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        date_column = model.COLUMNS.index("date")
        self.setSortingEnabled(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(date_column, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self.doubleClicked.connect(self._open_index)

    def _fit_columns(self) -> None:
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        char = metrics.horizontalAdvance("中")
        padding = char + metrics.height()  # room for the sort arrow; QStyle's metric would cost 5 ms at start-up
        columns = self.record_model().COLUMNS
        scale = max(1.0, metrics.height() / 17)
        for key, width in self.WIDTHS.items():
            if key in columns:
                header.resizeSection(columns.index(key), int(width * scale))
        kind = getattr(self.record_model().query, "kind", None)
        samples_of = {**self.SAMPLES, **self.NUMBER_SAMPLES.get(kind, {})}  # 收文 numbers are shorter
        for key, samples in samples_of.items():
            if key in columns and key not in self.WIDTHS:
                width = max(metrics.horizontalAdvance(sample) for sample in samples) + padding
                header.resizeSection(columns.index(key), width)
        if "sender" in columns and "sender" not in self.WIDTHS:
            low, high = self.SENDER_CHARS
            sender = int(self.viewport().width() * self.SENDER_SHARE)
            header.resizeSection(columns.index("sender"), max(low * char, min(high * char, sender)) + padding // 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()

    def record_model(self) -> RecordListModel:
        return self.model()  # type: ignore[return-value]

    def set_placeholder(self, text: str) -> None:
        """The sentence an empty list shows (what to do first, or why nothing matches)."""
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder if self.model().rowCount() == 0 else ""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        text = self.placeholder()
        if text:
            painter = QPainter(self.viewport())
            colour = self.palette().text().color()
            colour.setAlpha(190)  # quieter than a row, louder than placeholder grey: it says what to do first
            painter.setPen(colour)
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            margin = self.fontMetrics().height() * 2
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             text)
            painter.end()

    def current_record_id(self) -> int | None:
        index = self.currentIndex()
        return self.record_model().record_id(index.row()) if index.isValid() else None

    def select_record(self, record_id: int) -> bool:
        row = self.record_model().row_of(record_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.record_model().record_id(index.row())
        if record_id is not None:
            self.activated_record.emit(record_id)

    def _header_clicked(self, column: int) -> None:
        model = self.record_model()
        if model.COLUMNS[column] != "date":
            header = self.horizontalHeader()
            header.setSortIndicator(model.COLUMNS.index("date"),
                                    Qt.SortOrder.AscendingOrder if model.ascending else Qt.SortOrder.DescendingOrder)
            return
        order = Qt.SortOrder.DescendingOrder if model.ascending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        model.sort(column, order)
