"""`docroute seal …` exactly as contracts/cli.md "Seals" states it: JSON on stdout and exit 0; bad input
or a refused action exit 2 with nothing on stdout and one Chinese line; a damaged ledger exit 3."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop_app.cli import build_parser, main
from tests.registry.helpers import signed
from tests.registry.seal_helpers import seal_request
from tests.slips.readback import pdf_text


class Cli:
    def __init__(self, tmp_path, capsys):
        self.db = str(tmp_path / "cli.sqlite")
        self.tmp = tmp_path
        self.capsys = capsys

    def file(self, name: str, data) -> str:
        path = self.tmp / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def run(self, *args: str):
        code = main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, (json.loads(out) if out.strip() else None), err

    def ok(self, *args: str):
        code, out, err = self.run(*args)
        assert code == 0, err
        return out

    def refused(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 2 and out is None, (code, out)
        assert err.count("\n") == 1
        return err

    def request(self, **changes) -> dict:
        return self.ok("seal", "request", self.file("seal.json", seal_request(**changes)))


@pytest.fixture
def cli(tmp_path, capsys, org_json):
    runner = Cli(tmp_path, capsys)
    runner.ok("org", "import", runner.file("org.json", org_json))
    return runner


def test_a_request_prints_its_id_and_the_approvals_it_needs(cli):
    out = cli.request()
    assert out["id"] == 1 and out["refused"] is False
    assert [(a["person"], a["basis"]) for a in out["approvals"]] == [("d3", ["第六十九条"]), ("head", ["第六十九条"])]
    assert cli.ok("seal", "show", "1")["matter"] == "县城老旧小区改造工程施工合同签订"


def test_a_refused_request_is_stored_with_its_reason_and_cannot_be_used(cli):
    out = cli.request(blank=True)
    assert out["refused"] is True and out["reason_basis"] == ["第七十一条"] and out["reason"]
    err = cli.refused("seal", "use", str(out["id"]), "--on", "2026-11-28", "--operator", "李四")
    assert "不予用印" in err


def test_a_use_short_of_approvals_names_who_is_missing(cli):
    request = cli.request()
    err = cli.refused("seal", "use", str(request["id"]), "--on", "2026-11-28", "--operator", "李四",
                      "--approved-by", "d3")
    assert "县长甲" in err and "第六十九条" in err


def test_a_use_with_its_approvals_and_scan_is_recorded(cli, tmp_path):
    request = cli.request()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF signed")
    out = cli.ok("seal", "use", str(request["id"]), "--on", "2026-11-28", "--operator", "李四",
                 "--approved-by", "d3", "head", "--copies", "3", "--scan", str(scan))
    assert out["status"] == "used" and out["used_copies"] == 3 and out["uses"][0]["scan"]["size"] == 11
    assert cli.ok("seal", "verify") == {"ok": True, "entries": 2}


def test_approvers_may_also_be_given_one_option_each(cli):
    request = cli.request()
    out = cli.ok("seal", "use", str(request["id"]), "--on", "2026-11-28", "--operator", "李四",
                 "--approved-by", "d3", "--approved-by", "head")
    assert out["approved_by"] == ["d3", "head"]


def test_an_official_document_number_must_match_a_signed_record_of_the_seals_authority(cli):
    record = cli.ok("register", "outgoing", cli.file("out.json", signed(assign_number=True)))
    out = cli.request(purpose="official_document", document_number=record["number"])
    assert out["record_id"] == record["id"] and out["approvals"] == []
    err = cli.refused("seal", "request", cli.file("bad.json", seal_request(
        seal="county_office", purpose="official_document", document_number=record["number"])))
    assert record["number"] in err
    assert "托政发〔2026〕77号" in cli.refused("seal", "request", cli.file("none.json", seal_request(
        purpose="official_document", document_number="托政发〔2026〕77号")))


def test_the_slip_of_a_real_request_prints_its_approvals_and_articles(cli, tmp_path):
    request = cli.request()
    cli.ok("seal", "use", str(request["id"]), "--on", "2026-11-28", "--operator", "李四", "--approved-by", "d3", "head")
    out = cli.ok("seal", "slip", "1", "--format", "pdf", "-o", str(tmp_path / "slip.pdf"))
    text = pdf_text(tmp_path / "slip.pdf")
    assert out["pages"] == 1 and "用印审批单" in text and "副县长丙" in text and "县长甲" in text
    assert "第六十九条" in text and "县城老旧小区改造工程施工合同签订" in text and "李四" in text
    cli.ok("seal", "slip", "1", "--format", "docx", "-o", str(tmp_path / "slip.docx"))
    assert "副县长丙" in "".join(c.text for t in Document(tmp_path / "slip.docx").tables
                                 for row in t.rows for c in row.cells)


def test_the_ledger_prints_in_three_formats_and_ends_with_the_head(cli, tmp_path):
    cli.request()
    cli.request(blank=True, matter="=HYPERLINK(\"http://x\")")
    head = cli.ok("seal", "head")
    for fmt in ("pdf", "docx", "xlsx"):
        out = cli.ok("seal", "ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--format", fmt,
                     "-o", str(tmp_path / f"book.{fmt}"))
        assert out["entries"] == 2 and out["head"]["hash"] == head["hash"]
    assert head["hash"] in pdf_text(tmp_path / "book.pdf")
    cells = [c for row in load_workbook(tmp_path / "book.xlsx").active.iter_rows() for c in row if c.value]
    formula = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"  # text, not a formula
    assert any(head["hash"] in str(c.value) for c in cells)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".docroute-")]


def test_take_out_return_and_list(cli):
    request = cli.request(take_out=True)
    out = cli.ok("seal", "take-out", "county_government", "--escort", "张三", "--reason", "外事：签约",
                 "--request", str(request["id"]))
    assert out["out"] is True and out["escort"] == "张三"
    listed = {s["seal"]: s for s in cli.ok("seal", "list")}
    assert listed["county_government"]["out"] is True and listed["county_office"]["out"] is False
    assert "已带出" in cli.refused("seal", "take-out", "county_government", "--escort", "李四", "--reason", "外事")
    assert cli.ok("seal", "return", "县人民政府印章")["out"] is False
    assert cli.refused("seal", "return", "county_government")


def test_a_seal_is_edited_from_the_command_line(cli):
    out = cli.ok("seal", "edit", "county_head_name", "--keeper", "文书科 赵六", "--note", "经主任批准")
    assert out["keeper"] == "文书科 赵六"
    assert {s["seal"]: s["keeper"] for s in cli.ok("seal", "list")}["county_head_name"] == "文书科 赵六"


def test_a_correction_from_the_command_line(cli):
    cli.request()
    out = cli.ok("seal", "correct", "1", "--set", "copies=2", "requester=王武", "--reason", "份数登记有误")
    assert out["copies"] == 2 and out["requester"] == "王武"
    assert "copies=x" not in cli.refused("seal", "correct", "1", "--set", "copies=x", "--reason", "份数")


@pytest.mark.parametrize("args", [
    ("seal", "use", "99", "--on", "2026-11-28", "--operator", "李四"),
    ("seal", "use", "1", "--on", "2026-13-28", "--operator", "李四"),
    ("seal", "slip", "1", "--format", "pdf", "-o", "/nonexistent/dir/x.pdf"),
    ("seal", "ledger", "--from", "2026-12-01", "--to", "2026-11-01", "--format", "pdf", "-o", "x.pdf"),
    ("seal", "take-out", "county_government", "--escort", "", "--reason", "外事"),
    ("seal", "take-out", "nosuch", "--escort", "张三", "--reason", "外事"),
    ("seal", "verify", "--head", "1"),
    ("seal", "use", "1", "--on", "2026-11-28"),
])
def test_bad_input_exits_2_with_one_line(cli, args):
    cli.request()
    cli.refused(*args)


def test_a_bad_request_file_names_the_field(cli):
    err = cli.refused("seal", "request", cli.file("bad.json", seal_request(purpose="stamp")))
    assert "purpose" in err and "official_document" in err


def test_every_seal_command_has_chinese_help():
    seal = build_parser()._subparsers._group_actions[0].choices["seal"]
    commands = seal._subparsers._group_actions[0]
    names = set(commands.choices)
    assert {"request", "use", "slip", "verify", "ledger", "take-out", "return", "list"} <= names
    helps = {a.dest: a.help for a in commands._choices_actions}
    for name in names:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in helps[name]), name


def test_verify_exits_3_as_a_whole_process(cli, tmp_path):
    cli.request()
    import sqlite3

    conn = sqlite3.connect(cli.db)
    conn.execute("DROP TRIGGER seal_ledger_no_update")
    conn.execute("UPDATE seal_ledger SET body = replace(body, '王五', '王六')")
    conn.commit()
    conn.close()
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--db", cli.db, "seal", "verify"],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 3 and json.loads(done.stdout) == {
        "ok": False, "entries": 1, "first_bad": 1, "reason": json.loads(done.stdout)["reason"]}
