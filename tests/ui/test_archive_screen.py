"""归档 in the window: a finished record is archived from its record view and shows its 档号; three in a
row get consecutive 件号; the 归档文件目录 of the year lists them in order and prints as PDF, DOCX and XLSX;
a record not yet finished cannot be archived and the view says why."""
from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from .office_helpers import open_window, outgoing_request, signed


@pytest.fixture
def window(qtbot, app, registry):
    return open_window(qtbot, registry)


def _archive(window, record_id: int, retention: str, pages: int) -> dict:
    view = window.go_to("outgoing").open_record(record_id)
    panel = view.office.archive
    assert view.tabs.currentWidget() is view.office.pages[panel]  # 办结, not yet filed: 归档 in front
    assert panel.archive_button.isEnabled()
    dialog = panel.archive()
    assert "全宗号" in dialog.form.labelForField(dialog.findChild(type(dialog.note), "fondsLabel")).text()
    dialog.fields["retention"].setCurrentText(retention)
    dialog.fields["pages"].setValue(pages)
    dialog.fields["on"].setText("2026-12-01")
    assert dialog.submit(), dialog.message.text()
    return view


def test_archiving_gives_consecutive_items_and_the_catalogue_lists_them(window, registry, tmp_path):
    records = [registry.register("outgoing", signed(assign_number=True, title=f"关于第{n}项工作的通知"))
               for n in ("一", "二", "三")]
    codes = []
    for record in records:
        view = _archive(window, record["id"], "永久", 3)
        codes.append(view.record["archive"]["code"])
        assert view.office.archive.code.text() == f"档号 {codes[-1]}"
        assert view.tabs.tabText(view.tabs.currentIndex()) == f"已归档 {codes[-1]}"
        assert not view.office.archive.archive_button.isVisible()
    assert codes == [f"Z001-WS·2026-Y-BGS-{n:04d}" for n in (1, 2, 3)]
    page = window.go_to("search").page()
    page.tabs.setCurrentIndex(1)
    catalogue = page.catalogue
    catalogue.set_year(2026)
    rows = catalogue.model.rows()
    assert [(r["n"], r["code"], r["title"], r["pages"]) for r in rows] == [
        (str(n), codes[n - 1], f"关于第{t}项工作的通知", "3") for n, t in ((1, "一"), (2, "二"), (3, "三"))]
    assert catalogue.summary.text().startswith("2026 年度归档 3 件（永久 3 件）")
    pdf, docx, xlsx = (catalogue.save(fmt, str(tmp_path / f"目录.{fmt}")) for fmt in ("pdf", "docx", "xlsx"))
    text = PdfReader(pdf).pages[0].extract_text()
    assert "2026年度归档文件目录" in text and all(code in text for code in codes)
    cells = {cell.text for table in Document(docx).tables for row in table.rows for cell in row.cells}
    assert set(codes) <= cells
    sheet = load_workbook(xlsx, read_only=True)["归档文件目录"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == codes
    catalogue.table.selectRow(1)
    view = page.host_open(rows[1]["record_id"])
    assert view.record["id"] == records[1]["id"]


def test_a_record_not_yet_finished_cannot_be_archived(window, registry):
    record = registry.register("outgoing", outgoing_request())
    view = window.go_to("outgoing").open_record(record["id"])
    panel = view.office.archive
    assert not panel.archive_button.isEnabled()
    assert "发文须已编号印发" in panel.details.text()
    assert view.office.pages[panel] is not view.tabs.currentWidget()


def test_the_catalogue_of_an_empty_year_says_what_to_do(window):
    page = window.go_to("search").page()
    page.tabs.setCurrentIndex(1)
    assert page.catalogue.model.rowCount() == 0
    assert page.catalogue.year.currentData() == date.today().year
    assert "在办结公文的详情页“归档”一栏中归档" in page.catalogue.summary.text()
