"""Slips and register books survive what records may hold: titles of 256–300 characters (Word's 255-character
property limit), control characters saved before they were refused, emoji and characters no font has.
The paper keeps the whole text; what could not be printed is shown as 〓 and reported."""
from __future__ import annotations

import json
from datetime import date

from docx import Document
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.registry import Registry
from desktop_app.slips import fonts, render_form, render_register_book, render_slip, samples
from desktop_app.slips.forms import slip_form
from tests.slips.readback import compact, docx_text, pdf_text

COUNTY = "托克逊县"
TITLE_280 = ("关于进一步做好全县冬春季节农村饮水安全保障和城乡供水一体化工程建设管理工作的通知" * 8)[:280]


def test_a_280_character_title_gives_a_docx_with_the_whole_title_on_paper(tmp_path):
    record = samples.outgoing_record(title=TITLE_280)
    out = render_slip(record, "docx", tmp_path / "slip.docx", county=COUNTY, org=samples.org_chart())
    document = Document(out)
    assert TITLE_280 in docx_text(out)
    title = document.core_properties.title
    assert len(title) == 255 and title.endswith("…") and TITLE_280.startswith(title[:-1])


def test_a_280_character_title_in_a_register_book(tmp_path):
    records = samples.register_records("outgoing", 3, date(2026, 11, 1))
    records[1] = {**records[1], "title": TITLE_280}
    out = render_register_book("outgoing", records, date(2026, 11, 1), date(2026, 11, 30), "docx",
                               tmp_path / "book.docx", county=COUNTY)
    assert TITLE_280 in docx_text(out)
    pdf = render_register_book("outgoing", records, date(2026, 11, 1), date(2026, 11, 30), "pdf",
                               tmp_path / "book.pdf", county=COUNTY)
    assert TITLE_280 in pdf_text(pdf)


def _with_controls(record: dict) -> dict:
    return {**record, "title": "关于防汛\x00工作\x07的通知", "fields": {**record["fields"], "drafter": "张\x1b三"}}


def test_one_record_with_a_control_character_does_not_break_the_register_book(tmp_path):
    records = samples.register_records("incoming", 5, date(2026, 11, 1))
    records[2] = _with_controls(records[2])
    for fmt in ("docx", "pdf"):
        out = render_register_book("incoming", records, date(2026, 11, 1), date(2026, 11, 30), fmt,
                                   tmp_path / f"book.{fmt}", county=COUNTY)
        text = docx_text(out) if fmt == "docx" else pdf_text(out)
        assert "关于防汛〓工作〓的通知" in text and all(compact(r["title"]) in text for r in records if r is not records[2])


def test_a_slip_reports_the_control_characters_it_printed_as_a_mark(tmp_path):
    form = slip_form(_with_controls(samples.outgoing_record()), county=COUNTY, org=samples.org_chart())
    for fmt in ("docx", "pdf"):
        rendered = render_form(form, fmt, tmp_path / f"slip.{fmt}")
        assert set(rendered.replaced) == {"\x00", "\x07", "\x1b"}


def test_emoji_are_drawn_from_a_symbol_font_or_printed_as_a_mark_never_dropped(tmp_path):
    record = samples.outgoing_record(title="关于防汛😀工作\U0010fffd的通知")
    form = slip_form(record, county=COUNTY, org=samples.org_chart())
    rendered = render_form(form, "pdf", tmp_path / "slip.pdf")
    text = pdf_text(rendered.target)
    assert "\U0010fffd" in rendered.replaced  # a private-use code point: no font has it
    faces = {str(f.get_object()["/BaseFont"]) for page in PdfReader(rendered.target).pages
             for f in page["/Resources"]["/Font"].values()}
    if fonts.symbol_face("😀"):  # DejaVu Sans here, Segoe UI Emoji on Windows: drawn and copyable
        assert "关于防汛😀工作〓的通知" in text and "😀" not in rendered.replaced and len(faces) == 2
    else:
        assert "关于防汛〓工作〓的通知" in text and "😀" in rendered.replaced and len(faces) == 1


def test_a_cjk_extension_b_name_is_copyable_from_the_pdf(tmp_path):
    bundled = fonts.covered(fonts.pdf_font_name(fonts.bundled_font()))
    rare = chr(next(c for c in sorted(bundled) if 0x20000 <= c <= 0x2A6DF))  # a rare-name character it has
    record = samples.outgoing_record()
    record["fields"]["drafter"] = f"王{rare}"
    rendered = render_form(slip_form(record, county=COUNTY, org=samples.org_chart()), "pdf", tmp_path / "s.pdf")
    assert rendered.replaced == () and f"王{rare}" in pdf_text(rendered.target)  # UTF-16 in the ToUnicode map


def test_the_cli_says_which_characters_were_replaced(tmp_path, capsys, org_json):
    db = tmp_path / "db.sqlite"
    with Registry.open(db) as registry:
        registry.import_org(org_json)
        request = {"title": "关于防汛\U0010fffd工作的通知", "series": "托政发", "date": "2026-11-27",
                   "authority": "county_government", "direction": "downward", "doc_type": "通知",
                   "scope": "routine", "lead_department": "县教育局"}
        record_id = registry.register("outgoing", request)["id"]
    code = main(["--db", str(db), "slip", str(record_id), "--format", "pdf", "-o", str(tmp_path / "s.pdf")])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["replaced"] == ["U+10FFFD"]
    assert err.count("\n") == 1 and "U+10FFFD" in err and "〓" in err


def test_a_failed_render_leaves_the_previous_file_and_no_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"previous slip")
    import desktop_app.slips.pdf_writer as pdf_writer

    def failing(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_writer, "write_pdf", failing)
    form = slip_form(samples.outgoing_record(), county=COUNTY, org=samples.org_chart())
    try:
        render_form(form, "pdf", target)
    except Exception as exc:  # StorageError, one line
        assert "磁盘空间不足" in exc.one_line()
    else:
        raise AssertionError("the render should have failed")
    assert target.read_bytes() == b"previous slip" and [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]
