"""The PDF slips read back: what a leader sees printed, the fonts a printer needs, the A4 page."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.slips import render_slip, samples
from tests.slips.readback import pdf_fonts, pdf_page_texts, pdf_text

A4 = (595.3, 841.9)


def _step_people(record: dict) -> list[str]:
    return [s["name"] for s in record["plan"]["steps"] if s.get("name")]


def _step_articles(record: dict) -> set[str]:
    return {article for s in record["plan"]["steps"] for article in s["basis"]}


@pytest.mark.parametrize("name", ["outgoing", "unsigned", "acting", "incoming", "cosign40", "title200"])
def test_slip_prints_title_and_every_steps_person_and_article(rendered, name):
    record, pdf, _ = rendered[name]
    text = pdf_text(pdf)
    assert record["title"] in text
    for person in _step_people(record):
        assert person in text, person
    for article in _step_articles(record):
        assert article in text, article


def test_outgoing_header_names_the_county_and_prints_the_assigned_number(rendered):
    record, pdf, _ = rendered["outgoing"]
    text = pdf_text(pdf)
    assert text.startswith("托克逊县人民政府发文稿纸") or "托克逊县人民政府发文稿纸" in text
    assert "文号：托政发〔2026〕12号" in text


def test_number_is_left_blank_before_it_is_assigned(rendered):
    _, pdf, _ = rendered["unsigned"]
    text = pdf_text(pdf)
    assert "文号：" in text and "托政发〔" not in text


def test_unrecorded_steps_leave_room_to_sign_and_date(rendered):
    record, pdf, _ = rendered["unsigned"]
    text = pdf_text(pdf)
    assert text.count("签名：") == len(record["plan"]["steps"])
    assert text.count("年月日") == len(record["plan"]["steps"])


def test_recorded_steps_print_opinion_name_and_date(rendered):
    _, pdf, _ = rendered["outgoing"]
    text = pdf_text(pdf)
    assert "同意印发。" in text
    assert "副县长甲2026年11月27日" in text


def test_acting_signer_is_printed_with_dai_after_the_name(rendered):
    _, pdf, _ = rendered["acting"]
    assert "副县长甲（代县长）" in pdf_text(pdf)


def test_plan_warnings_and_deadlines_appear_in_the_notice_box(rendered):
    record, pdf, _ = rendered["acting"]
    text = pdf_text(pdf)
    assert "提示" in text
    for warning in record["plan"]["warnings"]:
        assert warning["message"].replace(" ", "")[:20] in text
    _, pdf, _ = rendered["outgoing"]
    assert "会签单位回复时限：2026年12月8日（第六十二条）" in pdf_text(pdf)


def test_incoming_slip_carries_the_receipt_fields(rendered):
    record, pdf, _ = rendered["incoming"]
    text = pdf_text(pdf)
    for expected in ("托克逊县人民政府收文处理笺", "收文〔2026〕45号", "托教发〔2026〕8号", "县教育局", "办理结果",
                     "2026年12月4日"):
        assert expected in text, expected


def test_seal_slip_lists_approvers_in_order_with_their_articles(rendered):
    request, pdf, _ = rendered["seal"]
    text = pdf_text(pdf)
    assert "托克逊县人民政府办公室用印审批单" in text
    assert request["matter"] in text and "县人民政府印章" in text and "王五" in text
    names = [a["name"] for a in request["plan"]["approvals"]]
    positions = [text.index(n) for n in names]
    assert positions == sorted(positions) and len(names) == 2
    assert "第六十九条" in text and "印章原则上不得带出政府" in text


def test_every_font_is_embedded_and_nothing_falls_back_to_helvetica(rendered):
    for name in ("outgoing", "seal", "register_in"):
        fonts = pdf_fonts(rendered[name][1])
        assert fonts and all(fonts.values()), fonts
        assert not any("Helvetica" in f for f in fonts)


def test_pages_are_a4_portrait_and_register_books_landscape(rendered):
    for page in PdfReader(rendered["outgoing"][1]).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.5)
    for page in PdfReader(rendered["register_in"][1]).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4[::-1], abs=0.5)


def test_a_normal_slip_fits_on_one_page(rendered):
    for name in ("outgoing", "acting", "incoming", "seal"):
        assert len(PdfReader(rendered[name][1]).pages) == 1, name


def test_register_book_repeats_its_header_and_numbers_every_page(rendered):
    records, pdf, _ = rendered["register_in"]
    pages = pdf_page_texts(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert "收文编号" in text and "来文字号" in text
        assert f"第{number}页共{len(pages)}页" in text
    whole = "".join(pages)
    assert all(r["receipt_number"] in whole for r in records)
    assert "共60件" in whole


def test_register_book_prints_only_the_date_range(tmp_path):
    from datetime import date

    from desktop_app.slips import render_register_book

    records = samples.register_records("outgoing", 12, date(2026, 11, 29))  # four a day: 29, 30 Nov, 1 Dec
    out = render_register_book("outgoing", records, date(2026, 11, 1), date(2026, 11, 30), "pdf",
                               tmp_path / "book.pdf", county="托克逊县")
    text = pdf_text(out)
    assert "共8件" in text and "托政发〔2026〕8号" in text
    assert "托政发〔2026〕9号" not in text and "2026-12-01" not in text


def test_render_to_a_file_object_gives_the_same_pdf_bytes_for_a_preview():
    buffer = io.BytesIO()
    returned = render_slip(samples.outgoing_record(), "pdf", buffer, county="托克逊县")
    assert returned is buffer
    assert buffer.getvalue().startswith(b"%PDF") and "托政发〔2026〕12号" in pdf_text(io.BytesIO(buffer.getvalue()))
