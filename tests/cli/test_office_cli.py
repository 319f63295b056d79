"""The office's lists through the CLI (contracts/cli.md "The office's lists"): due, follow-up, remind,
query, stats, archive and archive-catalogue print JSON and exit 0, or exit 2 with one Chinese line."""
from __future__ import annotations

import json
import re

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.cli import build_parser

from .test_registry_cli import INCOMING, OUTGOING
from .test_registry_cli import cli  # noqa: F401  (the fixture the other CLI tests use)

COSIGNED = {**OUTGOING, "date": "2026-09-28", "cosign_departments": ["县财政局"]}
SIGNED = {**OUTGOING, "signed_by": "exec", "signed_on": "2026-11-30", "assign_number": True}


def _due(cli, on: str) -> list[dict]:
    return cli.ok("due", "--on", on)


def test_due_lists_a_cosign_reply_across_national_day_then_clears_it(cli):
    record = cli.ok("register", "outgoing", cli.file("c.json", COSIGNED))
    [item] = _due(cli, "2026-09-30")
    assert {k: item[k] for k in ("what", "record_id", "title", "due", "working_days_left", "basis")} == {
        "what": "cosign_reply", "record_id": record["id"], "title": OUTGOING["title"], "due": "2026-10-13",
        "working_days_left": 5, "basis": "第六十二条"}  # 8, 9, 10 (调休), 12, 13 October
    assert item["level"] == "later"
    assert _due(cli, "2026-10-12")[0]["level"] == "soon"
    late = _due(cli, "2026-10-15")[0]
    assert late["working_days_left"] == -2 and late["level"] == "overdue"
    assert late["state_label"] == "逾期未复，视为无不同意见"
    cli.ok("cosign-reply", str(record["id"]), "县财政局", "--on", "2026-10-15", "--opinion", "同意")
    assert _due(cli, "2026-10-15") == []
    [status] = cli.ok("cosign-status", str(record["id"]), "--on", "2026-10-15")
    assert status["state"] == "replied_late" and status["opinion"] == "同意"


def test_follow_up_add_close_list_as_the_contract_says(cli):
    record = cli.ok("register", "incoming", cli.file("i.json", INCOMING))
    added = cli.ok("follow-up", "add", str(record["id"]), "--department", "县水利局", "--due", "2026-12-15",
                   "--note", "落实防汛物资")
    assert {k: added[k] for k in ("record_id", "department", "due", "status")} == {
        "record_id": record["id"], "department": "县水利局", "due": "2026-12-15", "status": "open"}
    assert [i["what"] for i in _due(cli, "2026-12-14")] == ["follow_up"]
    assert [f["id"] for f in cli.ok("follow-up", "list", "--open")] == [added["id"]]
    closed = cli.ok("follow-up", "close", str(added["id"]), "--on", "2026-12-14", "--result", "已入库")
    assert closed["id"] == added["id"] and closed["status"] == "closed" and closed["result"] == "已入库"
    assert cli.ok("follow-up", "list", "--open") == [] and len(cli.ok("follow-up", "list")) == 1
    assert "已于 2026-12-14 办结" in cli.refused("follow-up", "close", str(added["id"]), "--on", "2026-12-15",
                                               "--result", "x")
    assert "没有编号为 9" in cli.refused("follow-up", "close", "9", "--on", "2026-12-15", "--result", "x")
    assert "due" in cli.refused("follow-up", "add", str(record["id"]), "--department", "县水利局", "--due", "12/15")


def test_remind_and_print_the_reminder_slip(cli, tmp_path):
    record = cli.ok("register", "outgoing", cli.file("c.json", COSIGNED))
    key = f"cosign_reply:{record['id']}:县财政局"
    reminder = cli.ok("remind", key, "--by", "文书科张三", "--on", "2026-10-14", "--means", "电话")
    assert reminder["reminded"] == "县财政局" and reminder["item"] == key
    assert _due(cli, "2026-10-14")[0]["reminders"] == 1
    assert [r["id"] for r in cli.ok("reminders", "--item", key)] == [reminder["id"]]
    out = cli.ok("remind-slip", str(reminder["id"]), "--format", "pdf", "-o", str(tmp_path / "催办单.pdf"))
    assert out["pages"] == 1
    text = re.sub(r"\s+", "", PdfReader(tmp_path / "催办单.pdf").pages[0].extract_text())
    assert "催办单" in text and "县财政局" in text and "逾期1个工作日" in text
    assert "待办中没有" in cli.refused("remind", "incoming_due:99", "--by", "张三")


def test_query_combines_fields_and_exports(cli, tmp_path):
    cli.ok("register", "outgoing", cli.file("a.json", SIGNED))
    cli.ok("register", "outgoing", cli.file("b.json", {**SIGNED, "title": "关于防汛的函", "doc_type": "函",
                                                        "series": "托政函", "direction": "parallel"}))
    cli.ok("register", "incoming", cli.file("i.json", INCOMING))
    found = cli.ok("query", "--kind", "outgoing", "--doc-type", "通知", "--signer", "exec")
    assert found["count"] == 1 and [r["title"] for r in found["records"]] == [OUTGOING["title"]]
    assert cli.ok("query", "--text", "防汛", "--series", "托政函")["count"] == 1
    assert cli.ok("query", "--text", "防汛", "--from", "2026-11-01", "--limit", "1")["count"] == 3
    out = cli.ok("query", "--text", "防汛", "-o", str(tmp_path / "r.xlsx"))
    assert out["records"] == 3 and out["outgoing"] == 2 and out["incoming"] == 1
    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["发文登记簿", "收文登记簿"]
    assert "date_from" in cli.refused("query", "--from", "2026-02-30")
    assert ".xlsx" in cli.refused("query", "-o", str(tmp_path / "r.csv"))


def test_stats_for_a_year_as_the_contract_says(cli, tmp_path):
    cli.ok("register", "outgoing", cli.file("a.json", SIGNED))
    cli.ok("register", "incoming", cli.file("i.json", INCOMING))
    stats = cli.ok("stats", "--year", "2026")
    assert stats["year"] == 2026 and stats["outgoing"]["total"] == 1 and stats["incoming"]["total"] == 1
    assert stats["outgoing"]["by_month"]["11"] == 1 and stats["outgoing"]["by_series"] == {"托政发": 1}
    assert stats["outgoing"]["by_doc_type"] == {"通知": 1} and stats["outgoing"]["by_direction"] == {"downward": 1}
    assert stats["outgoing"]["by_department"] == {"县教育局": 1} and stats["incoming"]["by_sender"] == {"县水利局": 1}
    assert {"average_days_to_sign", "overdue_share"} <= set(stats)
    pdf = cli.ok("stats", "--year", "2026", "--format", "pdf", "-o", str(tmp_path / "统计.pdf"))
    assert pdf["file"].endswith("统计.pdf") and len(PdfReader(tmp_path / "统计.pdf").pages) == 1
    cli.ok("stats", "--year", "2026", "--format", "xlsx", "-o", str(tmp_path / "统计.xlsx"))
    assert "概况" in load_workbook(tmp_path / "统计.xlsx").sheetnames
    assert "--format" in cli.refused("stats", "--year", "2026", "-o", str(tmp_path / "x.pdf"))
    assert "year" in cli.refused("stats", "--year", "99999")


def test_archive_gives_consecutive_items_and_the_catalogue_lists_them(cli, tmp_path):
    ids = [cli.ok("register", "outgoing", cli.file(f"s{i}.json", {**SIGNED, "title": f"关于第{i}批项目的通知"}))["id"]
           for i in range(3)]
    codes = [cli.ok("archive", str(i), "--retention", "永久", "--pages", "2")["archive"] for i in ids]
    assert [(a["item"], a["retention"], a["year"]) for a in codes] == [(1, "永久", 2026), (2, "永久", 2026),
                                                                      (3, "永久", 2026)]
    assert [a["code"][-4:] for a in codes] == ["0001", "0002", "0003"]
    assert cli.ok("show", str(ids[0]))["archive"]["code"] == codes[0]["code"]
    for fmt in ("pdf", "docx", "xlsx"):
        out = cli.ok("archive-catalogue", "--year", "2026", "--format", fmt, "-o", str(tmp_path / f"目录.{fmt}"))
        assert out["items"] == 3
    text = re.sub(r"\s+", "", PdfReader(tmp_path / "目录.pdf").pages[0].extract_text())
    assert all(a["code"] in text for a in codes) and "关于第2批项目的通知" in text
    cells = [c.text for t in Document(tmp_path / "目录.docx").tables for r in t.rows for c in r.cells]
    assert all(a["code"] in cells for a in codes)
    rows = list(load_workbook(tmp_path / "目录.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [a["code"] for a in codes]
    assert cli.ok("archive-verify", str(ids[0]))["ok"] is True


def test_archive_refusals_and_settings(cli):
    draft = cli.ok("register", "outgoing", cli.file("d.json", OUTGOING))
    err = cli.refused("archive", str(draft["id"]), "--retention", "永久")
    assert "尚未办结" in err and "assign-number" in err
    assert "无效的选项" in cli.refused("archive", str(draft["id"]), "--retention", "长期")
    assert cli.ok("archive-settings")["archive.fonds"]["value"] == "Z001"
    settings = cli.ok("archive-settings", "--fonds", "Z109", "--org-code", "bgs")
    assert settings["archive.fonds"]["value"] == "Z109" and settings["archive.org_code"]["value"] == "BGS"
    record = cli.ok("register", "outgoing", cli.file("s.json", SIGNED))
    assert cli.ok("archive", str(record["id"]), "--retention", "10年")["archive"]["code"] == "Z109-WS·2026-D10-BGS-0001"
    assert "全宗号" in cli.refused("archive-settings", "--fonds", "全宗一")


def test_every_office_subcommand_has_chinese_help():
    commands = build_parser()._subparsers._group_actions[0].choices
    for name in ("due", "follow-up", "remind", "reminders", "remind-slip", "query", "stats", "archive",
                 "archive-catalogue", "archive-settings", "archive-verify", "cosign-status"):
        assert name in commands, name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in commands[name].format_help()), name


@pytest.mark.parametrize("args", [["due", "--on", "明天"], ["follow-up"], ["archive-catalogue", "--year", "2026"]])
def test_bad_input_is_one_line(cli, args):
    cli.refused(*args)


def test_due_json_is_utf8_chinese(cli, capsys):
    cli.ok("register", "outgoing", cli.file("c.json", COSIGNED))
    from desktop_app.cli import main

    assert main(["--db", cli.db, "due", "--on", "2026-10-01"]) == 0
    out = capsys.readouterr().out
    assert "会签回复" in out and json.loads(out)[0]["what_label"] == "会签回复"
