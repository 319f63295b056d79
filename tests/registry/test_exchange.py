"""Excel and CSV: the registers go out with Chinese headers and come back the same; an import with one
bad row imports nothing and names the rows to fix."""
from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.errors import InputError
from desktop_app.registry import Registry
from desktop_app.registry.exchange import INCOMING_COLUMNS, OUTGOING_COLUMNS

from .helpers import incoming_request, outgoing_request, signed


@pytest.fixture
def books(registry):
    registry.register("outgoing", signed(assign_number=True))
    voided = registry.register("outgoing", signed(title="关于调整防汛指挥部成员的通知", assign_number=True))
    registry.void(voided["id"], "成员名单有误")
    registry.register("outgoing", outgoing_request(title="关于征求耕地保护意见的函", doc_type="函", series="托政函"))
    registry.register("incoming", incoming_request(sender_number="吐政发(2026)8号", due="2026-12-10"))
    return registry


def register_book(registry: Registry) -> list[tuple]:
    return [(r["kind"], r["title"], r["number"], r["receipt_number"], r["status"], r["date"])
            for kind in ("outgoing", "incoming") for r in registry.search(f"", kind=kind, limit=100)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_registers(books, tmp_path, suffix):
    path = tmp_path / f"登记簿{suffix}"
    assert books.export(path) == {"path": str(path), "outgoing": 3, "incoming": 1}
    with Registry.open(tmp_path / "other.sqlite") as other:
        assert other.import_file(path) == {"imported": 4, "outgoing": 3, "incoming": 1}
        assert register_book(other) == register_book(books)
        assert other.check()["ok"]
        first = other.search_ids("", kind="outgoing")[-1]
        assert other.audit(first)[0]["action"] == "import" and other.audit(first)[0]["after"]["file"] == str(path)
        # Numbering carries on after the imported numbers; the voided one is not given again.
        other.import_org(books.org_chart().to_json())
        assert other.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕3号"
        assert other.register("incoming", incoming_request())["receipt_number"] == "收文〔2026〕2号"


def test_xlsx_has_one_sheet_per_register_with_chinese_headers(books, tmp_path):
    path = tmp_path / "out.xlsx"
    books.export(path)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["发文登记簿", "收文登记簿"]
    out_rows = list(book["发文登记簿"].iter_rows(values_only=True))
    assert list(out_rows[0]) == OUTGOING_COLUMNS
    first = dict(zip(OUTGOING_COLUMNS, out_rows[1]))
    assert first["文号"] == "托政发〔2026〕1号" and first["签发人"] == "副县长甲" and first["状态"] == "已编号"
    incoming = dict(zip(INCOMING_COLUMNS, list(book["收文登记簿"].iter_rows(values_only=True))[1]))
    assert incoming["来文字号"] == "吐政发〔2026〕8号" and incoming["办理时限"] == "2026-12-10"


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "收文登记簿"
    sheet.append(INCOMING_COLUMNS)
    for row in rows:
        sheet.append([row.get(c) for c in INCOMING_COLUMNS])
    book.save(path)


def test_one_bad_row_imports_nothing_and_names_the_rows(registry, tmp_path):
    good = {"收文日期": "2026-11-01", "来文机关": "县水利局", "来文字号": "托水发(2026)3号", "标题": "关于防汛的请示",
            "文种": "请示"}
    path = tmp_path / "import.xlsx"
    _sheet(path, [good, {**good, "标题": ""}, good, {**good, "收文日期": "2026-13-45"}, {**good, "密级": "内部"}])
    with pytest.raises(InputError) as refused:
        registry.import_file(path)
    message = refused.value.one_line()
    assert "3 行有误" in message and "未导入任何记录" in message
    assert "第 3 行" in message and "第 5 行" in message and "第 6 行" in message and "第 2 行" not in message
    assert registry.count("") == 0


def test_duplicate_numbers_are_refused_on_import(books, tmp_path):
    path = tmp_path / "dup.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["类别", "文号", "标题", "拟稿日期", "状态"])
        writer.writerow(["发文", "托政发〔2026〕1号", "重复的文号", "2026-11-01", "已编号"])
        writer.writerow(["发文", "托政发〔2026〕9号", "新文号", "2026-11-01", "已编号"])
        writer.writerow(["发文", "托政发〔2026〕9号", "文件内重复", "2026-11-01", "已编号"])
    before = books.count("")
    with pytest.raises(InputError, match="已经使用过.*出现了不止一次"):
        books.import_file(path)
    assert books.count("") == before


def test_wrong_file_types_are_refused(registry, tmp_path):
    with pytest.raises(InputError, match="不支持"):
        registry.export(tmp_path / "out.pdf")
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(InputError):
        registry.import_file(tmp_path / "x.txt")
