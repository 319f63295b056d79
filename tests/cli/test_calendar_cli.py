"""`docroute calendar` (cli.md): import a year's arrangement from JSON or CSV, mark a year complete, enter
one day; bad files exit 2 with one Chinese line, nothing on stdout and nothing imported."""
from __future__ import annotations

import json

import pytest

from desktop_app.cli import build_parser
from tests.cli.test_registry_cli import OUTGOING, cli  # noqa: F401 (the fixture)

YEAR_2027 = {"year": 2027, "days": {"2027-01-01": {"workday": False, "note": "元旦"},
                                    "2027-02-05": {"workday": False, "note": "春节"},
                                    "2027-02-14": {"workday": True, "note": "春节调休上班"}}}


def test_import_then_complete_makes_the_years_deadlines_official(cli):
    imported = cli.ok("calendar", "--import", cli.file("2027.json", YEAR_2027))
    assert imported["imported"] == 3 and imported["official"] is False
    assert cli.ok("calendar", "--year", "2027")["complete"] is False
    request = cli.file("o.json", {**OUTGOING, "date": "2027-02-04", "cosign_departments": ["县财政局"]})
    before = cli.ok("register", "outgoing", request)
    assert "calendar_data_missing" in [w["code"] for w in before["plan"]["warnings"]]
    marked = cli.ok("calendar", "--year", "2027", "--complete")
    assert marked["complete"] is True and marked["official"] is True and marked["days_off"] == 2
    after = cli.ok("register", "outgoing", request)
    assert "calendar_data_missing" not in [w["code"] for w in after["plan"]["warnings"]]


def test_csv_import_with_complete_in_one_go(cli):
    path = cli.tmp / "2027.csv"
    path.write_text("date,workday,note\n2027-01-01,no,元旦\n2027-02-14,yes,春节调休\n", encoding="utf-8")
    status = cli.ok("calendar", "--import", str(path), "--complete")
    assert status["official"] is True and [d["date"] for d in status["days"]] == ["2027-01-01", "2027-02-14"]


@pytest.mark.parametrize("content, words", [
    ("date,workday,note\n2027-01-01,no,元旦\n2028-01-01,no,元旦\n", "不在 2027 年内"),
    ("date,workday,note\n2027/01/01,no,元旦\n", "格式不正确"),
    ("date,workday,note\n2027-02-14,yes,调休\n", "没有任何放假日期"),
])
def test_a_bad_file_exits_2_and_imports_nothing(cli, content, words):
    path = cli.tmp / "bad.csv"
    path.write_text(content, encoding="utf-8")
    err = cli.refused("calendar", "--import", str(path))
    assert words in err
    assert cli.ok("calendar", "--year", "2027")["days"] == []


def test_bad_json_and_missing_files_exit_2(cli):
    assert "不在 2027 年内" in cli.refused("calendar", "--import", cli.file(
        "b.json", {"year": 2027, "days": {"2026-12-31": {"workday": False}}}))
    assert "找不到文件" in cli.refused("calendar", "--import", str(cli.tmp / "none.json"))
    assert "不是有效的 JSON" in cli.refused("calendar", "--import", _raw(cli, "x.json", "{oops"))
    assert ".json 或 .csv" in cli.refused("calendar", "--import", _raw(cli, "x.txt", "2027-01-01,no"))


def test_complete_refused_for_a_year_with_nothing_entered(cli):
    assert "没有录入任何放假日期" in cli.refused("calendar", "--year", "2028", "--complete")
    assert "年份" in cli.refused("calendar", "--year", "明年")


def test_one_day_and_usage_mistakes(cli):
    assert cli.ok("calendar", "2027-02-06", "--workday", "yes", "--note", "春节调休")["is_workday"] is True
    assert "--workday" in cli.refused("calendar", "2027-02-06")
    assert "选一种" in cli.refused("calendar", "2027-02-06", "--year", "2027")
    assert "缺少" in cli.refused("calendar")


def test_calendar_has_chinese_help():
    command = build_parser()._subparsers._group_actions[0].choices["calendar"]
    text = command.format_help()
    assert "--complete" in text and "--import" in text and "已完整录入" in text


def _raw(cli, name: str, text: str) -> str:
    path = cli.tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_stored_arrangement_reads_back_as_json(cli):
    cli.ok("calendar", "--import", cli.file("2027.json", YEAR_2027), "--complete")
    status = cli.ok("calendar", "--year", "2027")
    assert json.dumps(status, ensure_ascii=False).count("春节") == 2 and status["source"] == "office"
