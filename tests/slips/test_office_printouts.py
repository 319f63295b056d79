"""The office's printouts read back as a user sees them: the 归档文件目录 (PDF, DOCX, XLSX), the one-page
统计 and its workbook, the 催办单, and the 归档章 on an archived record's slip."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.registry import Registry
from desktop_app.slips import render_form, samples
from desktop_app.slips.archive import catalogue_form, catalogue_sheet, stamp_grids
from desktop_app.slips.forms import slip_form
from desktop_app.slips.reminder import reminder_form
from desktop_app.slips.sheets import write_xlsx
from desktop_app.slips.statistics import stats_sheets, write_stats_pdf, write_stats_xlsx

from .readback import docx_cell_texts, docx_runs_missing_east_asian_font, pdf_fonts, pdf_text

COUNTY = "托克逊县"


def _row(n: int, retention: str, **changes) -> dict:
    row = {"record_id": n, "code": f"Z001-WS·2026-{ {'永久': 'Y', '10年': 'D10'}[retention]}-BGS-{n:04d}",
           "retention": retention, "item": n, "pages": 3, "note": "", "kind": "outgoing",
           "number": f"托政发〔2026〕{n}号", "receipt_number": None, "title": f"关于第{n}项工作的通知",
           "sender": None, "classification": "none", "authority": "county_government", "written_on": None,
           "secrecy_term": None, "signed_on": "2026-11-30", "document_date": "2026-11-30"}
    return row | changes


ROWS = [_row(1, "永久"), _row(2, "永久", kind="incoming", number=None, receipt_number="收文〔2026〕7号",
                             sender_number="吐市政发〔2026〕31号", sender="吐鲁番市人民政府", authority=None, document_date="2026-11-20",
                             classification="秘密", note="原件"),
        _row(1, "10年", title="关于第三项工作的函", authority="county_office")]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    folder = tmp_path_factory.mktemp("catalogue")
    form = catalogue_form(2026, ROWS, county=COUNTY, fonds="Z001", org_code="BGS")
    render_form(form, "pdf", folder / "c.pdf", numbered=True)
    render_form(form, "docx", folder / "c.docx")
    header, body = catalogue_sheet(ROWS, county=COUNTY)
    write_xlsx([("归档文件目录", header, body)], folder / "c.xlsx")
    return folder


def test_the_catalogue_pdf_lists_every_item_under_its_retention(catalogue):
    text = pdf_text(catalogue / "c.pdf")
    assert "2026年度归档文件目录" in text and "保管期限：永久共2件" in text and "保管期限：10年共1件" in text
    for heading in ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"):
        assert heading in text
    assert text.index("Z001-WS·2026-Y-BGS-0001") < text.index("Z001-WS·2026-Y-BGS-0002") < \
        text.index("Z001-WS·2026-D10-BGS-0001")
    assert "托克逊县人民政府" in text and "吐鲁番市人民政府" in text and "托克逊县人民政府办公室" in text
    assert "20261120" in text and "秘密" in text and "原件" in text
    assert all(pdf_fonts(catalogue / "c.pdf").values())  # every font embedded
    page = PdfReader(catalogue / "c.pdf").pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape


def test_the_catalogue_docx_and_xlsx_carry_the_same_rows(catalogue):
    cells = docx_cell_texts(catalogue / "c.docx")
    for expected in ("Z001-WS·2026-Y-BGS-0002", "吐市政发〔2026〕31号", "吐鲁番市人民政府", "20261120", "关于第三项工作的函"):
        assert expected in cells
    assert "收文〔2026〕7号" not in cells  # the office's receipt number is not the document's 文号
    assert docx_runs_missing_east_asian_font(catalogue / "c.docx") == []
    sheet = load_workbook(catalogue / "c.xlsx")["归档文件目录"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:9] == ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注")
    assert [(r[0], r[1], r[9], r[10]) for r in rows[1:]] == [
        (1, "Z001-WS·2026-Y-BGS-0001", "永久", 1), (2, "Z001-WS·2026-Y-BGS-0002", "永久", 2),
        (1, "Z001-WS·2026-D10-BGS-0001", "10年", 1)]


def test_an_empty_catalogue_says_so(tmp_path):
    render_form(catalogue_form(2019, [], county=COUNTY, fonds="Z001", org_code="BGS"), "pdf", tmp_path / "e.pdf")
    assert "本年度尚无归档文件" in pdf_text(tmp_path / "e.pdf")


def test_a_title_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path):
    header, body = catalogue_sheet([_row(1, "永久", title="=HYPERLINK(\"http://x\")")], county=COUNTY)
    write_xlsx([("目录", header, body)], tmp_path / "f.xlsx")
    cell = load_workbook(tmp_path / "f.xlsx")["目录"]["E2"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"


@pytest.fixture(scope="module")
def year_stats(tmp_path_factory):
    from tests.conftest import CONTRACT_ORG

    with Registry.open(tmp_path_factory.mktemp("stats") / "s.sqlite") as registry:
        registry.import_org(CONTRACT_ORG)
        registry.demo(500)
        return registry.stats.year(2025, on="2026-12-01")


def test_the_statistics_page_is_one_page_with_the_totals_and_every_table(year_stats, tmp_path):
    assert write_stats_pdf(year_stats, str(tmp_path / "s.pdf"), unit="托克逊县人民政府办公室") == 1
    reader = PdfReader(tmp_path / "s.pdf")
    assert len(reader.pages) == 1
    text = pdf_text(tmp_path / "s.pdf")
    assert "托克逊县人民政府办公室2025年公文统计" in text and "第六十六条" in text
    assert f"{year_stats['outgoing']['total']:,}件" in text and f"{year_stats['incoming']['total']:,}件" in text
    for title in ("各月发文、收文件数", "发文按机关代字", "发文按文种", "发文按行文方向", "发文按拟稿单位", "收文按来文机关"):
        assert title in text
    biggest = max(year_stats["outgoing"]["by_series"], key=year_stats["outgoing"]["by_series"].get)
    assert biggest in text and "下行文" in text
    assert all(pdf_fonts(tmp_path / "s.pdf").values())


def test_the_statistics_workbook_holds_every_breakdown(year_stats, tmp_path):
    write_stats_xlsx(year_stats, tmp_path / "s.xlsx")
    book = load_workbook(tmp_path / "s.xlsx")
    assert book.sheetnames == [name for name, _, _ in stats_sheets(year_stats)]
    months = list(book["各月件数"].iter_rows(min_row=2, values_only=True))
    assert [m[0] for m in months] == [f"{m}月" for m in range(1, 13)]
    assert sum(m[1] for m in months) == year_stats["outgoing"]["total"]
    assert sum(m[2] for m in months) == year_stats["incoming"]["total"]
    senders = {r[0]: r[1] for r in book["收文按来文机关"].iter_rows(min_row=2, values_only=True)}
    assert senders == year_stats["incoming"]["by_sender"]


REMINDER = {"id": 5, "item": "cosign_reply:17:县财政局", "what": "cosign_reply", "what_label": "会签回复",
            "record_id": 17, "title": "关于做好2026年冬季防汛工作的通知", "due": "2026-10-13", "basis": "第六十二条",
            "reminded": "县财政局", "by": "文书科张三", "on": "2026-10-14", "means": "电话", "note": "请今日回复",
            "ordinal": 2, "working_days_left": -1, "record": {"kind": "outgoing", "number": None},
            "earlier": [{"id": 3, "on": "2026-10-09", "reminded": "县财政局", "means": "短信", "by": "文书科李四"}]}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_reminder_slip(fmt, tmp_path):
    path = tmp_path / f"r.{fmt}"
    render_form(reminder_form(REMINDER, county=COUNTY), fmt, path)
    text = pdf_text(path) if fmt == "pdf" else "".join(docx_cell_texts(path))
    for expected in ("县财政局", "会签回复", "2026年10月13日", "逾期1个工作日", "第2次催办", "文书科张三",
                     "2026年10月9日向县财政局催办（短信）", "请今日回复", "办理情况"):
        assert expected in text.replace(" ", ""), expected
    if fmt == "pdf":
        assert "托克逊县人民政府办公室催办单" in text and "7个工作日" in text  # the article's own words


def test_the_archive_stamp_on_the_slip():
    record = samples.outgoing_record()
    assert stamp_grids(record) == []
    record["archive"] = {"code": "Z001-WS·2026-Y-BGS-0003", "fonds": "Z001", "year": 2026, "item": 3,
                         "retention": "永久", "org_code": "BGS", "pages": 6}
    form = slip_form(record, county=COUNTY, org=samples.org_chart())
    texts = [t.text for grid in form.grids[1:3] for row in grid.rows for cell in row.cells for t in cell.content]
    for expected in ("归档章", "全宗号", "Z001", "年度", "2026", "件号", "0003", "机构代码", "BGS", "保管期限", "永久",
                     "页数", "6", "档号　Z001-WS·2026-Y-BGS-0003"):
        assert expected in texts, expected
