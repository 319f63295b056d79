"""The DOCX slips read back with python-docx: the same content as the PDF, in tables, in Chinese fonts."""
from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop_app.slips import render_slip, samples
from tests.slips.readback import (compact, docx_cell_texts, docx_east_asian_fonts,
                                  docx_runs_missing_east_asian_font, docx_text, pdf_text)


@pytest.mark.parametrize("name", ["outgoing", "unsigned", "acting", "incoming", "seal", "cosign40", "title200"])
def test_docx_tables_hold_the_same_text_as_the_pdf(rendered, name):
    _, pdf, docx = rendered[name]
    in_pdf = pdf_text(pdf)
    cells = [compact(c) for c in docx_cell_texts(docx) if compact(c)]
    assert len(cells) > 20
    position = 0
    for cell in cells:  # every cell's text, in the same order as on the printed PDF
        found = in_pdf.find(cell, position)
        assert found >= 0, cell
        position = found + len(cell)


@pytest.mark.parametrize("name", ["outgoing", "incoming", "seal", "register_in"])
def test_every_run_names_an_east_asian_font(rendered, name):
    docx = rendered[name][2]
    assert docx_runs_missing_east_asian_font(docx) == []
    assert {"仿宋", "黑体"} <= docx_east_asian_fonts(docx)


def test_title_is_set_in_song_and_body_in_fangsong(rendered):
    doc = Document(rendered["outgoing"][2])
    title_runs = [r for t in doc.tables for r in t._tbl.iter(qn("w:r"))
                  if "发文稿纸" in "".join(x.text or "" for x in r.iter(qn("w:t")))]
    assert title_runs and title_runs[0].find(qn("w:rPr") + "/" + qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
    normal = doc.styles["Normal"].element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "仿宋"


def test_a_chosen_font_is_named_in_the_docx(tmp_path):
    out = render_slip(samples.outgoing_record(), "docx", tmp_path / "s.docx", county="托克逊县",
                      font="AR PL UMing CN")
    assert "AR PL UMing CN" in docx_east_asian_fonts(out)


def test_page_is_a4_with_the_forms_margins(rendered):
    section = Document(rendered["outgoing"][2]).sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
    assert section.left_margin.mm == pytest.approx(20, abs=0.1)
    landscape = Document(rendered["register_in"][2]).sections[0]
    assert (landscape.page_width.mm, landscape.page_height.mm) == pytest.approx((297, 210), abs=0.1)


def test_register_header_row_repeats_and_rows_do_not_split(rendered):
    records, _, docx = rendered["register_in"]
    table = Document(docx).tables[-1]
    first, second = table.rows[0]._tr, table.rows[1]._tr
    assert first.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
    assert second.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is None
    assert second.find(qn("w:trPr") + "/" + qn("w:cantSplit")) is not None
    assert len(table.rows) == 1 + len(records)


def test_footer_counts_pages_with_word_fields(rendered):
    footer = Document(rendered["register_in"][2]).sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "共" in footer


def test_qr_code_image_is_embedded(rendered):
    doc = Document(rendered["outgoing"][2])
    images = [p for p in doc.part.package.parts if p.content_type == "image/png"]
    assert len(images) == 1 and images[0].blob.startswith(b"\x89PNG")


def test_docx_can_be_written_to_a_file_object():
    buffer = io.BytesIO()
    render_slip(samples.incoming_record(), "docx", buffer, county="托克逊县")
    assert "收文〔2026〕45号" in docx_text(io.BytesIO(buffer.getvalue()))


@pytest.mark.slow
def test_libreoffice_lays_out_the_forty_cosigner_docx_inside_the_page(rendered, tmp_path):
    """What Word users get: the DOCX converted by LibreOffice (when installed) keeps every box on the paper."""
    import os
    import shutil
    import subprocess

    from tests.slips.readback import page_sizes, word_boxes

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed")
    _, _, docx = rendered["cosign40"]
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   env=env, capture_output=True, timeout=180, check=True)
    pdf = tmp_path / "cosign40.pdf"
    text = pdf_text(pdf)
    assert all(f"县第{i}协作单位" in text for i in range(1, 41)) and "第1页共" in text
    sizes = page_sizes(pdf)
    for box in word_boxes(pdf):
        width, height = sizes[box.page - 1]
        assert 0 < box.x0 and box.x1 < width and 0 < box.y0 and box.y1 < height, box
