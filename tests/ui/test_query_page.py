"""查询 in the window: fields combined on the form give exactly the records the same question in plain
SQL gives, newest first, in the lazy list of the 收文/发文 pages; a bad field is marked with why; the
results open in the page and export to XLSX with a confirmation."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from desktop_app.registry.search import stored_text_sql

from .office_helpers import open_window


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """400 demo records over ten years (the registry is only read by these tests)."""
    from desktop_app.registry import Registry
    from tests.conftest import CONTRACT_ORG

    path = tmp_path_factory.mktemp("query-page") / "q.sqlite"
    registry = Registry.open(path, auto_backup=False)
    registry.import_org(CONTRACT_ORG)
    registry.demo(400)
    yield registry
    registry.close()


@pytest.fixture
def page(qtbot, app, filled):
    window = open_window(qtbot, filled)
    return window.go_to("search").page()


def _sql(registry, where: str, *params) -> list[int]:
    return [r[0] for r in registry.db.conn.execute(f"SELECT id FROM records WHERE {where} ORDER BY sort_key DESC",
                                                   params)]


def _shown(page) -> list[int]:
    return page.model.all_ids()


def test_three_fields_combined_give_what_the_sql_gives(page, filled):
    page.form.set_values(kind="outgoing", doc_type="通知", date_from="2020-01-01", date_to="2024-12-31")
    page.run()
    expected = _sql(filled, "kind = 'outgoing' AND doc_type = '通知' AND date BETWEEN '2020-01-01' AND '2024-12-31'")
    assert len(expected) > 10 and _shown(page) == expected
    assert page.model.index(0, 0).data() == "发文"
    assert page.count_label.text() == f"共 {len(expected)} 条"


def test_text_status_and_sender_together(page, filled):
    sender = filled.db.conn.execute("SELECT sender FROM records WHERE kind = 'incoming' GROUP BY 1 "
                                    "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    page.form.set_values(text="关于", status="done", department=sender)
    page.run()
    expected = _sql(filled, f"instr({stored_text_sql(filled.db)}, '关于') > 0 AND status = 'done' "
                            "AND coalesce(sender, lead_department) = ?", sender)
    assert expected and _shown(page) == expected


def test_a_bad_field_is_marked_with_why_and_nothing_runs(page):
    page.form.set_values(date_from="2026-02-30", kind="incoming")
    assert page.run() == 0
    field = page.form.fields["date_from"]
    assert field.property("invalid") is True and "2026-02-30" in field.toolTip()
    assert page.error_label.isVisible() and page.error_label.text().startswith("登记日期：")
    assert page.form.fields["kind"].property("invalid") is False
    page.form.set_values(date_from="2026-05-01", date_to="2026-04-01")
    assert page.run() == 0 and page.form.fields["date_to"].property("invalid") is True


def test_a_result_opens_in_the_page_and_esc_returns_to_the_results(page, filled):
    page.form.set_values(kind="incoming", date_from="2026-01-01")
    page.run()
    first = _shown(page)[0]
    page.table.selectRow(0)
    view = page.open_current()
    assert view.record["id"] == first and not page.host.showing_list()
    page.escape()
    assert page.host.showing_list() and _shown(page)[0] == first


def test_the_results_export_to_excel_with_a_confirmation(page, filled, tmp_path):
    page.form.set_values(kind="outgoing", doc_type="通知", date_from="2025-01-01")
    page.run()
    expected = _shown(page)
    result = page.export_xlsx(str(tmp_path / "查询结果.xlsx"))
    assert result["records"] == len(expected) == result["outgoing"]
    box = page.confirmation
    assert box.isVisible() and box.icon() == QMessageBox.Icon.Information
    assert f"已导出 {len(expected)} 条记录" in box.text() and "查询结果.xlsx" in box.text()
    box.close()
    sheet = load_workbook(tmp_path / "查询结果.xlsx", read_only=True)["发文登记簿"]
    titles = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(titles) == sorted(r["title"] for r in filled.rows(expected))


def test_nothing_to_export_before_a_search(page, tmp_path):
    assert page.export_xlsx(str(tmp_path / "x.xlsx")) is None
    assert not (tmp_path / "x.xlsx").exists()


def test_a_long_result_list_gets_its_exact_count_from_the_counter_thread(page, filled, qtbot, monkeypatch):
    """The list shows its first slice at once; the count of every match arrives from the window's counter."""
    from desktop_app.ui import record_list

    monkeypatch.setattr(record_list, "FIRST_IDS", 50)
    page.form.set_values(date_from="2017-01-01")
    page.run()
    expected = _sql(filled, "date >= '2017-01-01'")
    assert len(expected) > 50 and page.model.total == 50
    assert page.count_label.text() == "50 条以上"
    qtbot.waitUntil(lambda: page.count_label.text() == f"共 {len(expected)} 条", timeout=5000)
