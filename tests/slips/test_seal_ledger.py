"""The 用印审批单 of a real request and the printed 用印登记簿, read back from the PDF, DOCX and XLSX a
clerk or an auditor would hold: approvals with their articles, every entry of the period with its code,
the chain's head at the end, text cells that stay text in Excel."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.registry import Registry
from desktop_app.slips import render_seal_slip
from desktop_app.slips.seal_ledger import head_lines, ledger_form, render_seal_ledger
from tests.registry.seal_helpers import fill_ledger, seal_request
from tests.slips.readback import compact, pdf_page_texts, pdf_text

COUNTY = "托克逊县"


@pytest.fixture
def registry(tmp_path, org_json):
    with Registry.open(tmp_path / "docroute.sqlite", auto_backup=False) as opened:
        opened.import_org(org_json)
        yield opened


def _docx_text(path) -> str:
    doc = Document(path)
    return compact("".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
                   + "".join(p.text for p in doc.paragraphs))


def test_the_slip_of_a_stored_request_has_its_approvals_with_their_articles(registry, tmp_path):
    request = registry.seals.request(seal_request(take_out=True))
    text = pdf_text(render_seal_slip(registry.seals.get(request["id"]), "pdf", tmp_path / "s.pdf", county=COUNTY,
                                     org=registry.org_chart()))
    assert text.index("副县长丙") < text.index("县长甲") and text.count("第六十九条") == 2
    assert "第七十二条" in text and f"用印登记簿第{request['id']}条" in text
    assert f"登记簿校验码{request['hash'][:8]}" in text


def test_the_slip_of_a_used_request_prints_the_use_the_scan_and_corrections(registry, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    request = registry.seals.request(seal_request())
    registry.seals.use(request["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"], scan=str(scan))
    registry.seals.correct(request["id"], {"requester": "王武"}, "经办人写错")
    text = pdf_text(render_seal_slip(registry.seals.get(request["id"]), "pdf", tmp_path / "s.pdf", county=COUNTY,
                                     org=registry.org_chart()))
    assert "同意。" in text and "2026年11月28日" in text and "李四" in text and "王武" in text
    assert "已留存签字审批单扫描件scan.pdf" in text and "更正" in text


def test_the_slip_of_a_refused_request_says_it_is_refused_with_the_article(registry, tmp_path):
    request = registry.seals.request(seal_request(blank=True))
    text = pdf_text(render_seal_slip(registry.seals.get(request["id"]), "pdf", tmp_path / "s.pdf", county=COUNTY))
    assert "不予办理" in text and "第七十一条" in text


def test_the_ledger_lists_every_entry_of_the_period_with_its_code_and_ends_with_the_head(registry, tmp_path):
    fill_ledger(registry)
    book = registry.seals.book(date(2026, 11, 1), date(2026, 12, 31))
    pdf = render_seal_ledger(book, "pdf", tmp_path / "book.pdf", county=COUNTY).target
    text = pdf_text(pdf)
    head = registry.seals.head()
    assert "托克逊县人民政府办公室用印登记簿" in text and f"共{len(book['entries'])}条" in text
    for entry in book["entries"]:
        assert entry["hash"][:8] in text
    assert text.rstrip().endswith("页") and f"--head{head['entry']}:{head['hash']}" in text
    assert text.index(head["hash"]) > text.index(book["entries"][-1]["hash"][:8])
    assert "不予用印（第七十一条）" in text and "随同张三" in text


def test_a_long_ledger_repeats_its_header_and_numbers_its_pages(registry, tmp_path):
    for n in range(60):
        request = registry.seals.request(seal_request(matter=f"第{n + 1}份合同签订，涉及县城老旧小区改造工程"))
        registry.seals.use(request["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"])
    book = registry.seals.book(date(2026, 11, 1), date(2026, 11, 30))
    pages = pdf_page_texts(render_seal_ledger(book, "pdf", tmp_path / "long.pdf", county=COUNTY).target)
    assert len(pages) > 2
    assert all("校验码" in page and f"共{len(pages)}页" in page for page in pages)
    assert "登记簿链头" in pages[-1] and "登记簿链头" not in pages[0]


def test_the_ledger_as_docx_and_xlsx_carries_the_same_entries_and_head(registry, tmp_path):
    fill_ledger(registry, uses=1)
    registry.seals.request(seal_request(matter="+cmd|' /C calc'!A0", requester="@SUM(1)"))
    book = registry.seals.book(date(2026, 11, 1), date(2026, 12, 31))
    head = registry.seals.head()["hash"]
    docx = render_seal_ledger(book, "docx", tmp_path / "book.docx", county=COUNTY).target
    assert head in _docx_text(docx) and all(e["hash"][:8] in _docx_text(docx) for e in book["entries"])
    render_seal_ledger(book, "xlsx", tmp_path / "book.xlsx", county=COUNTY)
    sheet = load_workbook(tmp_path / "book.xlsx").active
    rows = [r for r in sheet.iter_rows() if isinstance(r[0].value, int)]
    assert [r[0].value for r in rows] == [e["id"] for e in book["entries"]]
    risky = [c for r in sheet.iter_rows() for c in r if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert risky and all(c.data_type == "s" for c in risky)
    assert any(head in str(c.value) for r in sheet.iter_rows() for c in r)


def test_an_empty_period_says_so_and_still_prints_the_head(registry, tmp_path):
    fill_ledger(registry, uses=1)
    book = registry.seals.book(date(2025, 1, 1), date(2025, 1, 31))
    text = pdf_text(render_seal_ledger(book, "pdf", tmp_path / "e.pdf", county=COUNTY).target)
    assert "本期无用印登记" in text and registry.seals.head()["hash"] in text


def test_the_head_of_an_empty_ledger_says_there_is_nothing_yet():
    assert head_lines({"entries": 0, "entry": None, "hash": "0" * 64}, datetime(2026, 12, 1, 9))[0].startswith(
        "登记簿链头：尚无登记")


def test_the_ledger_fits_a_landscape_page(registry):
    fill_ledger(registry, uses=1)
    form = ledger_form(registry.seals.book(date(2026, 11, 1), date(2026, 12, 31)), county=COUNTY)
    assert form.landscape and all(abs(sum(g.widths) - form.text_width) < 0.01 for g in form.grids)


def test_fonts_are_embedded_in_the_printed_ledger(registry, tmp_path):
    from tests.slips.readback import pdf_fonts

    fill_ledger(registry, uses=1)
    pdf = render_seal_ledger(registry.seals.book(date(2026, 11, 1), date(2026, 12, 31)), "pdf", tmp_path / "b.pdf",
                             county=COUNTY).target
    assert pdf_fonts(pdf) and all(pdf_fonts(pdf).values())
    assert PdfReader(pdf).pages[0].mediabox.width > PdfReader(pdf).pages[0].mediabox.height
