"""The office's holiday calendar: a year is official only once marked complete; a year's arrangement
imported whole from one JSON or CSV file, validated before anything is stored (routing.md, cli.md)."""
from __future__ import annotations

import json

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import Registry

from .helpers import outgoing_request

# 2027 春节 as an office might enter it: 5–11 February off, Sunday 14 February worked (an assumption for
# the test, the real arrangement is published in November).
SPRING_2027 = {"2027-02-05": (False, "春节"), "2027-02-08": (False, "春节"), "2027-02-09": (False, "春节"),
               "2027-02-10": (False, "春节"), "2027-02-11": (False, "春节"), "2027-02-12": (False, "春节"),
               "2027-02-14": (True, "春节调休上班")}


def json_file(tmp_path, days=SPRING_2027, year=2027, name="2027.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"year": year, "days": {d: {"workday": w, "note": n} for d, (w, n) in days.items()}},
                               ensure_ascii=False), encoding="utf-8")
    return path


def cosign_due(registry) -> tuple[str, list[str]]:
    record = registry.register("outgoing", outgoing_request(date="2027-02-04", cosign_departments=["县财政局"]))
    return record["plan"]["deadlines"][0]["due"], [w["code"] for w in record["plan"]["warnings"]]


def test_one_day_entered_leaves_the_year_unofficial(registry):
    """The bug of issue 9: one day made the whole of 2027 official, 春节 counted as working days."""
    registry.holidays.set_day("2027-01-01", False, "元旦")
    due, codes = cosign_due(registry)
    assert due == "2027-02-15" and "calendar_data_missing" in codes
    assert registry.holidays.year_status(2027)["official"] is False


def test_an_imported_year_marked_complete_is_official(registry, tmp_path):
    registry.holidays.import_file(json_file(tmp_path))
    assert "calendar_data_missing" in cosign_due(registry)[1]  # imported, not yet marked complete
    status = registry.holidays.mark_complete(2027)
    assert status["official"] and status["source"] == "office" and status["days_off"] == 6
    due, codes = cosign_due(registry)
    # After Thu 02-04, with 05–12 off and Sunday 14 worked: 14, 15, 16, 17, 18, 19, 22.
    assert due == "2027-02-22" and "calendar_data_missing" not in codes


def test_the_complete_mark_survives_reopening(db_path, org_json, tmp_path):
    with Registry.open(db_path) as registry:
        registry.import_org(org_json)
        registry.holidays.import_file(json_file(tmp_path), complete=True)
    with Registry.open(db_path) as registry:
        assert registry.holidays.complete_years() == [2027]
        assert registry.holidays.work_calendar().is_workday(__import__("datetime").date(2027, 2, 14)) == (True, True)


def test_csv_import_replaces_the_years_entries(registry, tmp_path):
    registry.holidays.set_day("2027-03-01", False, "录错的一天")
    path = tmp_path / "2027.csv"
    path.write_text("date,workday,note\n2027-01-01,no,元旦\n2027-02-14,yes,春节调休\n", encoding="utf-8")
    status = registry.holidays.import_file(path)
    assert status["imported"] == 2
    assert [(d["date"], d["workday"], d["note"]) for d in status["days"]] == [
        ("2027-01-01", False, "元旦"), ("2027-02-14", True, "春节调休")]


@pytest.mark.parametrize("content, words", [
    ("date,workday,note\n2027-01-01,no,元旦\n2028-01-01,no,元旦\n", "不在 2027 年内"),
    ("date,workday,note\n2027-01-01,no,元旦\n2027-02-30,no,春节\n", "格式不正确"),
    ("date,workday,note\n2027-02-14,yes,调休\n", "没有任何放假日期"),
    ("date,workday,note\n2027-01-01,maybe,元旦\n", "workday"),
    ("日期,上班\n2027-01-01,no\n", "表头"),
    ("date,workday,note\n2027-01-01,no,元旦\n2027-01-01,no,元旦\n", "重复"),
])
def test_a_bad_csv_imports_nothing(registry, tmp_path, content, words):
    registry.holidays.set_day("2027-01-04", False, "已有")
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=words):
        registry.holidays.import_file(path)
    assert [d["date"] for d in registry.holidays.days(2027)] == ["2027-01-04"]


@pytest.mark.parametrize("days, year, words", [
    ({"2026-12-31": (False, "")}, 2027, "不在 2027 年内"),
    ({"2027-13-01": (False, "")}, 2027, "格式不正确"),
    ({"2027-10-10": (True, "调休")}, 2027, "没有任何放假日期"),
    ({}, 2027, "没有任何放假日期"),
    ({"2027-01-01": (False, "")}, "明年", "年份"),
])
def test_a_bad_json_imports_nothing(registry, tmp_path, days, year, words):
    with pytest.raises(InputError, match=words):
        registry.holidays.import_file(json_file(tmp_path, days, year))
    assert registry.holidays.days(2027) == [] and registry.holidays.complete_years() == []


def test_a_year_with_nothing_entered_cannot_be_marked_complete(registry):
    with pytest.raises(RefusedError, match="没有录入任何放假日期"):
        registry.holidays.mark_complete(2027)
    assert registry.holidays.year_status(2026)["source"] == "chinesecalendar"


def test_calendar_changes_are_audited(registry, tmp_path):
    registry.holidays.import_file(json_file(tmp_path), complete=True)
    entries = registry.db.conn.execute("SELECT after FROM audit_log WHERE action = 'calendar' ORDER BY id").fetchall()
    after = [json.loads(a) for (a,) in entries]
    assert {"year": 2027, "complete": True} in after
    assert any(a.get("import") == "2027.json" and a["days"] == 7 for a in after)
