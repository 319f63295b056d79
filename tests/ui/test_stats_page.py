"""统计 in the window: for a chosen year the month chart and table, the breakdowns and the totals are
the counts the test computes from the records itself; the page exports to XLSX and saves the one-page PDF."""
from __future__ import annotations

from collections import Counter

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from .office_helpers import open_window


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    from desktop_app.registry import Registry
    from tests.conftest import CONTRACT_ORG

    path = tmp_path_factory.mktemp("stats-page") / "s.sqlite"
    registry = Registry.open(path, auto_backup=False)
    registry.import_org(CONTRACT_ORG)
    registry.demo(600)
    yield registry
    registry.close()


@pytest.fixture
def page(qtbot, app, filled):
    window = open_window(qtbot, filled)
    stats = window.go_to("statistics").page()
    stats.set_year(2025)
    return stats


def _records(registry, year: int) -> list[dict]:
    rows = registry.db.conn.execute("SELECT kind, date, doc_type, series, lead_department, sender FROM records "
                                    "WHERE date LIKE ? AND status != 'voided'", [f"{year}-%"]).fetchall()
    return [dict(zip(("kind", "date", "doc_type", "series", "department", "sender"), r)) for r in rows]


def test_the_months_and_breakdowns_of_a_year_are_the_counts_of_its_records(page, filled):
    records = _records(filled, 2025)
    out = [r for r in records if r["kind"] == "outgoing"]
    inc = [r for r in records if r["kind"] == "incoming"]
    assert out and inc
    months = {kind: Counter(int(r["date"][5:7]) for r in rows) for kind, rows in (("out", out), ("inc", inc))}
    table = page.month_table
    for month in range(1, 13):
        assert table.item(0, month - 1).text() == f"{months['out'][month]:,}"
        assert table.item(1, month - 1).text() == f"{months['inc'][month]:,}"
        assert table.item(2, month - 1).text() == f"{months['out'][month] + months['inc'][month]:,}"
    assert table.item(0, 12).text() == f"{len(out):,}" and table.item(1, 12).text() == f"{len(inc):,}"
    assert [values for _name, _colour, values in page.month_chart.series] == [
        [months["out"][m] for m in range(1, 13)], [months["inc"][m] for m in range(1, 13)]]
    by_type = Counter(r["doc_type"] for r in out).most_common()
    shown = page.tables["by_doc_type"].rows
    assert shown[0] == by_type[0] and sum(n for _label, n in shown) == len(out)
    senders = Counter(r["sender"] for r in inc)
    assert sum(n for _label, n in page.tables["by_sender"].rows) == len(inc)
    assert page.tables["by_sender"].rows[0][1] == max(senders.values())
    assert f"发文 {len(out):,} 件" in page.summary.text() and f"收文 {len(inc):,} 件" in page.summary.text()


def test_another_year_is_counted_again(page, filled):
    page.set_year(2024)
    total = sum(1 for r in _records(filled, 2024) if r["kind"] == "outgoing")
    assert page.month_table.item(0, 12).text() == f"{total:,}" and page.stats["year"] == 2024


def test_the_statistics_export_to_excel_and_save_as_the_one_page_pdf(page, filled, tmp_path):
    workbook = page.save("xlsx", str(tmp_path / "统计.xlsx"))
    sheets = load_workbook(workbook, read_only=True)
    months = list(sheets["各月件数"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in months] == [int(page.month_table.item(0, m).text().replace(",", "")) for m in range(12)]
    pdf = page.save("pdf", str(tmp_path / "统计.pdf"))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and "2025年公文统计" in reader.pages[0].extract_text()
    assert page.window().statusBar().currentMessage().startswith("已保存到")
