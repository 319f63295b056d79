"""The record lists: search as you type (debounced) finds a record by two characters of its title,
overdue records are marked, a million records cost only the rows on screen, export writes the view."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.ui.record_list import (MAX_CACHED_PAGES, OVERDUE_ROLE, PAGE_SIZE, ListQuery,
                                        RecordListModel)
from desktop_app.ui.search_bar import DEBOUNCE_MS


def titles(model: RecordListModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_two_characters_of_the_title_find_the_record_after_typing_pauses(qtbot, window):
    page = window.go_to("incoming")
    assert page.model.total == 2
    page.search.edit.setText("防汛")  # what an input method commits; keyClicks cannot type Chinese
    assert page.model.total == 2, "no query per keystroke: the search waits for the pause"
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=DEBOUNCE_MS * 8)
    assert titles(page.model) == ["关于申请防汛抗旱资金的请示"]
    assert page.search.count_label.text() == "共 1 条"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.model.total == 2


def test_enter_searches_at_once_and_the_sender_number_is_searchable(qtbot, window):
    page = window.go_to("incoming")
    page.search.edit.setText("托水发")
    qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    assert titles(page.model) == ["关于申请防汛抗旱资金的请示"]


def test_overdue_records_are_marked_in_colour_text_and_tooltip(window):
    model = window.go_to("incoming").model
    row = titles(model).index("关于申请防汛抗旱资金的请示")
    due = model.index(row, model.COLUMNS.index("due"))
    assert due.data() == "2026-11-10 已超期"
    assert due.data(OVERDUE_ROLE) is True
    assert due.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "已超期：办理期限为 2026-11-10"
    other = model.index(1 - row, model.COLUMNS.index("due"))
    assert other.data(OVERDUE_ROLE) is False and other.data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_deadlines_page_lists_the_open_incoming_deadline_in_red(window):
    """待办与期限 (ui/office/due_page.py): the incoming 办理时限 of 2026-11-10, overdue on 2026-12-01."""
    from datetime import date

    page = window.go_to("deadlines").page()
    page.set_day(date(2026, 12, 1))
    rows = page.items_model.rows()
    assert [(r["what"], r["title"], r["due"]) for r in rows] == [("incoming_due", "关于申请防汛抗旱资金的请示", "2026-11-10")]
    assert page.items_model.index(0, 1).data() == "逾期 15 个工作日"
    assert page.items_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"


def test_kind_specific_headers_in_chinese(window):
    incoming = window.go_to("incoming").model
    outgoing = window.go_to("outgoing").model
    assert incoming.column_titles()[:3] == ("收文编号", "标题", "来文机关")
    assert outgoing.column_titles()[:3] == ("文号", "标题", "拟稿单位")
    assert outgoing.index(0, 0).data() == "（尚未编号）"


def test_date_header_reverses_the_order(qtbot, window):
    page = window.go_to("incoming")
    before = titles(page.model)
    page.table.horizontalHeader().sectionClicked.emit(page.model.COLUMNS.index("date"))
    assert titles(page.model) == list(reversed(before))


def test_export_writes_the_current_view_to_xlsx(qtbot, window, tmp_path):
    page = window.go_to("incoming")
    page.search.edit.setText("教育")
    page.search.emit_query()
    written = page.export_xlsx(str(tmp_path / "收文.xlsx"))
    assert written == 1
    sheet = load_workbook(tmp_path / "收文.xlsx").active
    rows = list(sheet.values)
    assert rows[0][:4] == ("收文编号", "标题", "来文机关", "来文字号")
    assert rows[1][1] == "关于全县教育质量提升情况的报告"
    assert len(rows) == 2


class MillionRegistry:
    """The registry's list interface over a million synthetic ids, counting what the model asks for."""

    TOTAL = 1_000_000

    def __init__(self) -> None:
        self.id_requests: list[int | None] = []
        self.row_requests: list[int] = []

    def count(self, text="", **filters) -> int:
        return self.TOTAL

    def search_ids(self, text="", *, limit=None, **filters) -> list[int]:
        self.id_requests.append(limit)
        return list(range(self.TOTAL, self.TOTAL - (limit or self.TOTAL), -1))

    def rows(self, ids):
        self.row_requests.append(len(ids))
        return [{"id": i, "number": f"收文〔2026〕{i}号", "title": f"标题{i}", "sender": "县水利局",
                 "date": "2026-11-01", "status_label": "已登记", "due": None, "overdue": False} for i in ids]


def test_a_million_records_load_only_what_is_shown(qtbot, app):
    registry = MillionRegistry()
    model = RecordListModel(registry, ListQuery(kind="incoming"))
    model.refresh()
    assert model.rowCount() == 1000 and model.canFetchMore()
    assert registry.id_requests == [1000] and registry.row_requests == []
    assert model.index(0, 1).data() == "标题1000000"
    assert registry.row_requests == [PAGE_SIZE]
    while model.rowCount() < 8000:
        model.fetchMore()
    assert registry.id_requests == [1000, 2000, 4000, 8000]  # doubling: linear work in all
    assert model.index(5000, 1).data() == "标题995000"
    for row in range(0, model.rowCount(), PAGE_SIZE):
        model.index(row, 0).data()
    assert len(model._pages) <= MAX_CACHED_PAGES
    assert len(registry.row_requests) == 8000 // PAGE_SIZE  # each page fetched once


def test_a_record_registered_while_scrolling_restarts_the_list(qtbot, app):
    registry = MillionRegistry()
    model = RecordListModel(registry, ListQuery())
    model.refresh()
    registry.TOTAL += 1  # someone registered a new record: every id shifts down one row
    with qtbot.waitSignal(model.modelReset):
        model.fetchMore()
    assert model.index(0, 1).data() == "标题1000001" and model.rowCount() == 2000


def test_the_exact_count_of_a_long_list_arrives_from_the_counter_thread(qtbot, window, monkeypatch):
    import desktop_app.ui.record_list as record_list

    monkeypatch.setattr(record_list, "FIRST_IDS", 1)
    page = window.go_to("incoming")
    with qtbot.waitSignal(window.counter.counted, timeout=5000):
        page.refresh()
        assert page.search.count_label.text() == "1 条以上"
    assert page.search.count_label.text() == "共 2 条"
    page.model.fetchMore()
    assert page.search.count_label.text() == "共 2 条"


def test_the_table_never_sizes_rows_or_columns_to_contents(window):
    from PySide6.QtWidgets import QHeaderView

    table = window.go_to("incoming").table
    modes = [table.horizontalHeader().sectionResizeMode(i) for i in range(table.model().columnCount())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_one_character_searches_as_you_type_from_the_index(qtbot, window):
    page = window.go_to("incoming")
    page.search.edit.setText("请")  # the postings answer one character too (issue 13): no Enter needed
    qtbot.waitUntil(lambda: titles(page.model) == ["关于申请防汛抗旱资金的请示"], timeout=DEBOUNCE_MS * 8)
