"""`check` on the numbers (第…: 文号 run 1, 2, 3 … without a gap): a number missing among those DocRoute
gave is a problem; a gap the office itself left — an old register imported with missing numbers, a next
number chosen in 设置 because the ones before were given on paper — is not, and a backup holding such a
register still restores."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry

from .helpers import signed

pytestmark = pytest.mark.sqlite_only  # a number deleted behind the app's back, with its trigger dropped

HEADER = ("类别,序号,文号,标题,文种,拟稿单位,主送,抄送,密级,紧急程度,印发份数,公开属性,拟稿日期,签发人,签发日期,状态,备注,"
          "收文编号,收文日期,来文机关,来文字号,份数,办理时限")


def numbered(registry, title: str) -> dict:
    return registry.register("outgoing", signed(title=title, assign_number=True))


def delete_behind_the_apps_back(registry, number: str) -> None:
    conn = registry.db.conn
    conn.execute("DROP TRIGGER numbers_never_deleted")  # what only a tool outside DocRoute could do
    conn.execute("UPDATE records SET number = NULL, serial = NULL, series = NULL, year = NULL, status = 'signed' "
                 "WHERE number = ?", [number])
    conn.execute("DELETE FROM numbers WHERE text = ?", [number])
    conn.commit()


def gaps(registry) -> list[dict]:
    return registry.check()["number_gaps"]


def test_a_number_missing_among_those_docroute_gave_is_reported(registry):
    for n in range(3):
        numbered(registry, f"关于第{n + 1}项工作的通知")
    assert gaps(registry) == [] and registry.check()["ok"]
    delete_behind_the_apps_back(registry, "托政发〔2026〕2号")
    result = registry.check()
    assert result["number_gaps"] == [{"series": "托政发", "year": 2026, "numbers": 2, "highest": 3}]
    assert not result["ok"] and any("文号不连续" in p for p in result["problems"])


def test_an_imported_register_with_missing_numbers_checks_and_restores(registry, tmp_path):
    register = tmp_path / "old.csv"
    register.write_text("\n".join([
        HEADER,
        "发文,1,托政发〔2026〕1号,关于甲项工作的通知,通知,县教育局,各乡镇人民政府,,none,none,10,主动公开,2026-03-01,,,已编号,,,,,,,",
        "发文,2,托政发〔2026〕3号,关于乙项工作的通知,通知,县教育局,各乡镇人民政府,,none,none,10,主动公开,2026-03-05,,,已编号,,,,,,,",
        ""]), encoding="utf-8")
    assert registry.import_file(register)["imported"] == 2
    assert numbered(registry, "关于丙项工作的通知")["number"] == "托政发〔2026〕4号"
    assert gaps(registry) == [] and registry.check()["ok"]  # 2 was missing from the old register already
    saved = registry.backup(tmp_path / "saved.sqlite")
    assert registry.restore(saved)["records"] == 3

    delete_behind_the_apps_back(registry, "托政发〔2026〕4号")  # one DocRoute gave, above the imported ones
    numbered(registry, "关于丁项工作的通知")
    assert [g["highest"] for g in gaps(registry)] == [5]


def test_a_next_number_chosen_in_settings_leaves_no_reported_gap(registry):
    numbered(registry, "关于第一项工作的通知")  # 托政发〔2026〕1号
    registry.numbering.set_next("托政发", 2026, 58)  # 2–57 were given on paper before DocRoute
    assert [numbered(registry, f"关于第{n}项工作的通知")["number"] for n in (2, 3)] == ["托政发〔2026〕58号",
                                                                                   "托政发〔2026〕59号"]
    assert gaps(registry) == [] and registry.check()["ok"]
    delete_behind_the_apps_back(registry, "托政发〔2026〕58号")
    assert [g["highest"] for g in gaps(registry)] == [59]
