"""`docroute slip` and `docroute register-book` against a real registry: files that read back, JSON on
stdout, exit 2 with one Chinese line for bad input, and no half-written file left behind."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.cli import main
from desktop_app.slips import samples
from tests.slips.readback import docx_text, pdf_text

REQUEST = {"date": "2026-11-27", "authority": "county_government", "direction": "downward", "doc_type": "通知",
           "scope": "routine", "lead_department": "县教育局", "title": "关于做好冬季森林草原防火工作的通知",
           "series": "托政发", "main_recipients": ["各乡镇人民政府"], "cc": [], "drafter": "张三",
           "classification": "none", "urgency": "none", "copies": 30, "publicity": "主动公开"}


@pytest.fixture
def db(tmp_path):
    """A registry with the org chart, one signed and numbered outgoing record (id 1) and one incoming."""
    from desktop_app.registry import Registry

    path = tmp_path / "docroute.sqlite"
    registry = Registry.open(path)
    try:
        registry.import_org(samples.ORG)
        record = registry.register("outgoing", REQUEST)
        for step in record["plan"]["steps"]:  # in order: 第六十四条, and every step before 编号
            by = step.get("person") or ("张三" if step["action"] == "draft" else "文书科")
            registry.record_step(record["id"], step["order"], by, "2026-11-28", "同意")
        registry.assign_number(record["id"])
        registry.register("incoming", {"date": "2026-11-27", "doc_type": "报告", "sender": "县财政局",
                                       "sender_number": "托财发[2026]3号", "received_on": "2026-11-27",
                                       "main_recipients": ["县人民政府"], "title": "关于2026年财政预算执行情况的报告",
                                       "copies": 1, "classification": "none", "urgency": "none"})
    finally:
        registry.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_slip_writes_the_outgoing_form_with_its_number_and_signers(db, tmp_path, capsys):
    out = tmp_path / "slip.pdf"
    code, stdout, err = run(capsys, "--db", str(db), "slip", "1", "--format", "pdf", "-o", str(out))
    assert code == 0, err
    result = json.loads(stdout)
    assert result == {"file": str(out), "format": "pdf", "pages": 1, "id": 1, "kind": "outgoing"}
    text = pdf_text(out)
    for expected in ("托克逊县人民政府发文稿纸", "托政发〔2026〕1号", REQUEST["title"], "副县长乙", "副县长甲", "第六十四条"):
        assert expected in text, expected


def test_slip_of_an_incoming_record_as_docx(db, tmp_path, capsys):
    out = tmp_path / "in.docx"
    code, stdout, err = run(capsys, "--db", str(db), "slip", "2", "--format", "docx", "-o", str(out))
    assert code == 0, err
    assert json.loads(stdout)["pages"] is None  # Word and WPS paginate a DOCX themselves
    text = docx_text(out)
    assert "收文处理笺" in text and "托财发〔2026〕3号" in text and "县财政局" in text


def test_register_book_of_a_date_range(db, tmp_path, capsys):
    out = tmp_path / "book.pdf"
    code, stdout, err = run(capsys, "--db", str(db), "register-book", "--kind", "outgoing", "--from", "2026-11-01",
                            "--to", "2026-11-30", "--format", "pdf", "-o", str(out))
    assert code == 0, err
    assert json.loads(stdout)["records"] == 1
    text = pdf_text(out)
    assert "发文登记簿" in text and "托政发〔2026〕1号" in text and "第1页共1页" in text


@pytest.mark.parametrize("argv, words", [
    (["slip", "99", "--format", "pdf", "-o", "{tmp}/x.pdf"], "没有 id 为 99"),
    (["slip", "1", "--format", "pdf", "-o", "{tmp}/missing/x.pdf"], "不存在"),
    (["slip", "1", "--format", "pdf", "-o", "{tmp}/x.docx"], ".pdf"),
    (["slip", "1", "--format", "odt", "-o", "{tmp}/x.odt"], "无效的选项"),
    (["slip", "1", "--format", "pdf", "-o", "{tmp}/x.pdf", "--font", "没有这种字体"], "找不到字体"),
    (["register-book", "--kind", "incoming", "--from", "2026-11-30", "--to", "2026-11-01", "--format", "pdf",
      "-o", "{tmp}/b.pdf"], "结束日期早于开始日期"),
    (["register-book", "--kind", "incoming", "--from", "2026-13-01", "--to", "2026-11-01", "--format", "pdf",
      "-o", "{tmp}/b.pdf"], "--from"),
])
def test_bad_input_exits_2_with_one_chinese_line_and_no_file(db, tmp_path, capsys, argv, words):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, stdout, err = run(capsys, "--db", str(db), *argv)
    assert code == 2 and stdout == ""
    assert words in err and err.count("\n") == 1
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".docx", ".odt")]


def test_a_failed_render_keeps_the_previous_file(db, tmp_path, capsys):
    out = tmp_path / "slip.pdf"
    out.write_bytes(b"previous")
    code, _, _ = run(capsys, "--db", str(db), "slip", "1", "--format", "pdf", "-o", str(out), "--font", "无")
    assert code == 2 and out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".docroute-")] == []


def test_fonts_lists_the_bundled_font(capsys):
    code, stdout, _ = run(capsys, "fonts")
    assert code == 0 and any(f["source"] == "bundled" for f in json.loads(stdout))


def test_every_slip_command_has_help_text():
    done = subprocess.run([sys.executable, "-m", "desktop_app", "slip", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "--format" in done.stdout and "发文稿纸" in done.stdout
