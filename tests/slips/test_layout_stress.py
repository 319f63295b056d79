"""Layout under stress, read off the PDF's word boxes: nothing outside the paper, nothing on top of
anything else, no line starting with a closing mark, and long content flowing onto further pages."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_app.slips.linebreak import NO_LINE_START
from desktop_app.slips.model import MARGIN_SIDE
from tests.slips.conftest import COSIGNERS, LONG_TITLE
from tests.slips.readback import page_sizes, pdf_text, text_lines, word_boxes

MM = 72 / 25.4


@pytest.mark.parametrize("name", ["cosign40", "title200", "outgoing", "register_in", "seal"])
def test_all_text_stays_inside_the_margins(rendered, name):
    pdf = rendered[name][1]
    sizes = page_sizes(pdf)
    for box in word_boxes(pdf):
        width, height = sizes[box.page - 1]
        assert MARGIN_SIDE * MM - 1 <= box.x0 and box.x1 <= width - MARGIN_SIDE * MM + 1, box
        assert 5 * MM <= box.y0 and box.y1 <= height - 5 * MM, box


@pytest.mark.parametrize("name", ["cosign40", "title200", "outgoing", "register_in", "seal", "acting"])
def test_no_text_overlaps_other_text(rendered, name):
    boxes = word_boxes(rendered[name][1])
    clashes = [(a.text, b.text) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b, slack=1.0)]
    assert clashes == []


def test_forty_cosigners_flow_onto_further_pages_with_every_box(rendered):
    _, pdf, _ = rendered["cosign40"]
    assert len(PdfReader(pdf).pages) >= 2
    text = pdf_text(pdf)
    assert all(name in text for name in COSIGNERS)
    assert text.count("会签第六十二条") == len(COSIGNERS)  # label and article of each box
    assert "发文稿纸（续）" in text  # later pages say what they continue


def test_two_hundred_character_title_wraps_whole_and_keeps_the_rest_of_the_form(rendered):
    record, pdf, _ = rendered["title200"]
    assert len(LONG_TITLE) >= 200
    text = pdf_text(pdf)
    assert LONG_TITLE in text
    assert "签发" in text and "附注" in text


@pytest.mark.parametrize("name", ["title200", "acting", "seal", "register_out"])
def test_no_line_starts_with_closing_punctuation(rendered, name):
    lines = [line for line in text_lines(rendered[name][1]) if line]
    assert len(lines) > 10
    assert [line for line in lines if line[0] in NO_LINE_START] == []
