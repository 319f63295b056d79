"""The registry and safety subcommands of contracts/cli.md, run through the CLI frame: JSON on stdout
and exit 0, or exit 2 with nothing on stdout and one Chinese line on stderr. Never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.cli import build_parser, main

OUTGOING = {"title": "关于做好2026年冬季防汛工作的通知", "series": "托政发", "date": "2026-11-27",
            "authority": "county_government", "direction": "downward", "doc_type": "通知", "scope": "routine",
            "lead_department": "县教育局", "main_recipients": ["各乡镇人民政府"], "cc": [], "drafter": "张三",
            "classification": "none", "urgency": "none", "copies": 40, "publicity": "主动公开"}
INCOMING = {"title": "关于申请防汛物资的请示", "doc_type": "请示", "sender": "县水利局", "sender_number": "托水发(2026)15号",
            "received_on": "2026-11-28", "main_recipients": ["县人民政府"], "copies": 2, "classification": "none",
            "urgency": "none"}


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
        return code, (json.loads(out) if out.strip() else None), err

    def ok(self, *args: str):
        code, out, err = self.run(*args)
        assert code == 0, err
        return out

    def refused(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 2 and out is None
        assert err.count("\n") == 1 and "Traceback" not in err
        return err


@pytest.fixture
def cli(tmp_path, capsys, org_json):
    runner = Cli(tmp_path, capsys)
    assert runner.ok("org", "import", runner.file("org.json", org_json))["county"] == "托克逊县"
    return runner


def test_register_outgoing_then_sign_then_number(cli):
    record = cli.ok("register", "outgoing", cli.file("out.json", OUTGOING))
    assert record["kind"] == "outgoing" and record["number"] is None and record["plan"]["signer"]["person"] == "exec"
    err = cli.refused("assign-number", str(record["id"]))
    assert "尚未签发" in err and "第 2 步“办公室审核”" in err
    sign = next(s["order"] for s in record["plan"]["steps"] if s["action"] == "sign")
    err = cli.refused("record-step", str(record["id"]), str(sign), "--by", "exec", "--on", "2026-11-30")
    assert "第 2 步“办公室审核”" in err and "第六十四条" in err
    for step in record["plan"]["steps"]:
        by = step["person"] or ("张三" if step["action"] == "draft" else "文书科")
        done = cli.ok("record-step", str(record["id"]), str(step["order"]), "--by", by, "--on", "2026-11-30",
                      "--opinion", "同意")
    assert done["actions"][-1]["opinion"] == "同意" and done["actions"][-1]["by"] == "exec"
    assert cli.ok("assign-number", str(record["id"]))["number"] == "托政发〔2026〕1号"
    assert cli.ok("show", str(record["id"]))["status"] == "numbered"


def test_register_signed_with_number_in_one_go(cli):
    request = cli.file("signed.json", {**OUTGOING, "signed_by": "exec", "signed_on": "2026-11-30", "assign_number": True})
    assert cli.ok("register", "outgoing", request)["number"] == "托政发〔2026〕1号"
    assert cli.ok("register", "outgoing", request)["number"] == "托政发〔2026〕2号"


def test_register_incoming_gives_a_receipt_number(cli):
    record = cli.ok("register", "incoming", cli.file("in.json", INCOMING))
    assert record["receipt_number"] == "收文〔2026〕1号"
    assert record["fields"]["sender_number"] == "托水发〔2026〕15号"


def test_search_finds_by_two_characters_newest_first(cli):
    first = cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    second = cli.ok("register", "incoming", cli.file("b.json", INCOMING))
    assert [r["id"] for r in cli.ok("search", "防汛")] == [second["id"], first["id"]]
    assert [r["id"] for r in cli.ok("search", "防汛", "--kind", "outgoing")] == [first["id"]]
    assert cli.ok("search", "防汛", "--year", "2025") == []
    assert len(cli.ok("search", "防汛", "--limit", "1")) == 1


def test_demo_fills_the_database(cli):
    assert cli.ok("demo", "--rows", "120")["rows"] == 120
    assert len(cli.ok("search", "关于", "--limit", "5")) == 5
    cli.refused("demo", "--rows", "0")


def test_backup_restore_and_check(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    saved = cli.ok("backup", "-o", str(cli.tmp / "saved.sqlite"))["backup"]
    cli.ok("register", "incoming", cli.file("b.json", INCOMING))
    restored = cli.ok("restore", saved)
    assert restored["records"] == 1 and restored["replaced_saved_as"]
    assert len(cli.ok("search", "防汛")) == 1
    check = cli.ok("check")
    assert check["ok"] is True and check["integrity"] == ["ok"]
    assert "restore" in cli.refused("restore", str(cli.file("junk.sqlite", {"not": "a database"})))


def test_export_and_import(cli):
    cli.ok("register", "outgoing", cli.file("a.json", {**OUTGOING, "signed_by": "exec", "signed_on": "2026-11-30",
                                                      "assign_number": True}))
    out = str(cli.tmp / "登记簿.xlsx")
    assert cli.ok("export", "-o", out)["outgoing"] == 1
    other = Cli(cli.tmp, cli.capsys)
    other.db = str(cli.tmp / "other.sqlite")
    assert other.ok("import", out)["imported"] == 1
    assert other.ok("search", "托政发〔2026〕1号")[0]["title"] == OUTGOING["title"]
    err = cli.refused("import", out)  # the same numbers again: refused, nothing imported
    assert "已经使用过" in err


def test_bad_input_is_one_line_on_stderr(cli):
    assert "title" in cli.refused("register", "outgoing", cli.file("bad.json", {**OUTGOING, "title": ""}))
    assert "JSON 对象" in cli.refused("register", "outgoing", cli.file("bad2.json", "x"))
    (cli.tmp / "broken.json").write_text("{not json", encoding="utf-8")
    assert "JSON" in cli.refused("register", "incoming", str(cli.tmp / "broken.json"))
    assert "999" in cli.refused("show", "999")
    cli.refused("register", "sideways", cli.file("c.json", OUTGOING))
    cli.refused("record-step", "1", "1", "--by", "exec")


def test_a_corrupt_database_is_refused_and_untouched(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    before = bad.read_bytes()
    runner = Cli(tmp_path, capsys)
    runner.db = str(bad)
    err = runner.refused("check")
    assert "不是公文流转助手的数据库" in err and "restore" in err
    assert bad.read_bytes() == before


def test_every_registry_subcommand_has_chinese_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in ("register", "record-step", "assign-number", "show", "search", "org", "demo",
                 "backup", "restore", "check", "export", "import"):
        assert name in commands, name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in commands[name].format_help()), name


def test_as_a_whole_process(tmp_path, org_json):
    """One real process: exit codes and UTF-8 output, as a script sees them."""
    org = tmp_path / "org.json"
    org.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "p.sqlite")
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--db", db, "org", "import", str(org)],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0 and "托克逊县" in done.stdout
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--db", db, "assign-number", "1"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2 and done.stdout == "" and "没有 id 为 1 的记录" in done.stderr


def test_the_clerks_extra_commands(cli):
    request = cli.file("a.json", {**OUTGOING, "cosign_departments": ["县财政局"], "signed_by": "exec",
                                  "signed_on": "2026-11-30", "assign_number": True})
    record = cli.ok("register", "outgoing", request)
    rid = str(record["id"])
    reply = cli.ok("cosign-reply", rid, "县财政局", "--on", "2026-12-01", "--opinion", "无意见")
    assert reply["cosign_requests"][0]["opinion"] == "无意见"
    attachment = cli.tmp / "附件.txt"
    attachment.write_text("防汛物资清单", encoding="utf-8")
    assert cli.ok("attach", rid, str(attachment))["sha256"]
    assert cli.ok("void", rid, "--reason", "重复")["status_label"] == "已作废"
    assert [a["action"] for a in cli.ok("audit", rid)][-3:] == ["cosign_reply", "attach", "void"]
    assert cli.ok("series", "add", "托政办函字")["code"] == "托政办函字"
    assert "托政办函字" in [s["code"] for s in cli.ok("series", "list")]
    assert cli.ok("calendar", "2027-02-06", "--workday", "yes", "--note", "春节调休")["is_workday"] is True
    assert cli.ok("org", "show")["people"][0]["id"] == "head"
    cli.refused("series")


def _groups(parser, prefix=()) -> list[tuple[str, ...]]:
    """Every command that only groups actions (org, org person, seal …), as its argv."""
    found = []
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        for name, sub in action.choices.items():
            if sub._subparsers is not None:
                found += [(*prefix, name), *_groups(sub, (*prefix, name))]
    return found


def test_every_group_of_actions_without_one_is_refused_and_points_to_its_help(cli):
    groups = _groups(build_parser())
    assert ("seal",) in groups and ("org", "person") in groups
    for argv in groups:
        err = cli.refused(*argv)
        assert f"docroute {' '.join(argv)} --help" in err, argv
