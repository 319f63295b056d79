"""A large register file streams in: validated row by row into a staging table, written in one
transaction; one bad row near the end, a cancel, or a number taken meanwhile imports nothing."""
from __future__ import annotations

import pytest

from desktop_app.domain.errors import InputError
from desktop_app.registry import Registry, search_index
from desktop_app.registry.search import Filters, scan_ids

ROWS = 4000


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An exported register of ROWS demo records, as XLSX and as CSV."""
    folder = tmp_path_factory.mktemp("big")
    with Registry.open(folder / "source.sqlite") as source:
        source.demo(ROWS)
        source.export(folder / "big.xlsx")
        source.export(folder / "big.csv")
    return folder


def _spoil_xlsx(source, target, sheet_name, row_from_end):
    from openpyxl import Workbook, load_workbook

    book = load_workbook(source, read_only=True)
    out = Workbook(write_only=True)
    for name in book.sheetnames:
        rows = list(book[name].iter_rows(values_only=True))
        if name == sheet_name:
            bad = list(rows[-row_from_end])
            bad[rows[0].index("标题")] = ""
            rows[-row_from_end] = tuple(bad)
        sheet = out.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out.save(target)
    return len(rows) - row_from_end + 1


def test_a_bad_row_near_the_end_of_a_large_file_imports_nothing(exported, tmp_path):
    bad_line = _spoil_xlsx(exported / "big.xlsx", tmp_path / "bad.xlsx", "收文登记簿", 2)
    with Registry.open(tmp_path / "db.sqlite") as registry:
        with pytest.raises(InputError) as refused:
            registry.import_file(tmp_path / "bad.xlsx")
        assert f"收文登记簿第 {bad_line} 行" in refused.value.message and "标题为空" in refused.value.message
        assert "1 行有误" in refused.value.message
        assert registry.count("") == 0
        assert registry.db.conn.execute("SELECT count(*) FROM numbers").fetchone()[0] == 0
        assert registry.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0] == 0


@pytest.mark.parametrize("name", ["big.xlsx", "big.csv"])
def test_a_large_file_imports_whole_with_progress_and_is_searchable(exported, tmp_path, name):
    seen = []
    with Registry.open(tmp_path / "db.sqlite") as registry:
        result = registry.import_file(exported / name, progress=lambda *p: seen.append(p))
        assert result["imported"] == ROWS
        assert registry.count("") == ROWS and registry.check()["ok"]
        assert search_index.verify(registry.db.conn)["ok"]
        for text in ("防汛", "县", "收文〔2024〕1", "工作情况"):
            assert registry.search_ids(text) == scan_ids(registry.db, text, Filters(), use_like=True)
        audits = registry.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0]
        assert audits == ROWS + 1  # one per record and one for the file
    assert [p for p in seen if p[0] == "read"] and seen[-1] == ("write", ROWS, ROWS)
    if name.endswith(".xlsx"):
        assert all(total == ROWS for phase, _, total in seen if phase == "read")


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("phase", ["read", "write"])
def test_cancel_while_reading_or_writing_imports_nothing(exported, tmp_path, phase):
    def cancel(at, done, total):
        if at == phase and done >= 2000:
            raise Cancelled

    with Registry.open(tmp_path / "db.sqlite") as registry:
        with pytest.raises(Cancelled):
            registry.import_file(exported / "big.xlsx", progress=cancel)
        assert registry.count("") == 0 and registry.check()["ok"]
        assert registry.import_file(exported / "big.csv")["imported"] == ROWS  # and it can be tried again


def test_a_number_registered_while_the_file_was_read_stops_the_import(exported, tmp_path):
    """Rows are checked against the numbers table before the write lock; inside it, again."""
    with Registry.open(tmp_path / "db.sqlite") as registry:
        taken = []

        def meanwhile(at, done, total):
            if at == "read" and done == total and not taken:  # every row read and checked
                # Another clerk's import of the same register, written while this one is being read.
                with Registry.open(tmp_path / "db.sqlite") as other:
                    other.import_file(exported / "big.csv")
                taken.append(True)

        with pytest.raises(InputError, match="导入期间被登记"):
            registry.import_file(exported / "big.xlsx", progress=meanwhile)
        assert registry.count("") == ROWS  # only the other import's rows


def test_the_total_is_known_before_a_sheet_is_read_and_without_row_tags_too(exported, monkeypatch):
    from desktop_app.registry import tabular

    sheets = {"发文登记簿": "outgoing", "收文登记簿": "incoming"}
    counted = tabular.refuse_malformed(exported / "big.xlsx")  # the rows of each part, header included
    assert sum(counted.values()) == ROWS + 2
    assert tabular.XlsxReader(exported / "big.xlsx", sheets, ("标题",)).total == ROWS
    # A part whose row tags are not found (a namespace prefix): its sheet is read to count them.
    monkeypatch.setattr(tabular, "_count_rows", lambda chunk, tail: 0)
    reader = tabular.XlsxReader(exported / "big.xlsx", sheets, ("标题",))
    assert reader.total == ROWS and sum(1 for _ in reader) == ROWS


def test_row_tags_cut_between_two_chunks_are_counted_once():
    from desktop_app.registry.tabular import _count_rows

    whole = b'<row r="1"><c/></row><row r="2"><c/></row><row r="3"/>'
    for cut in range(len(whole) + 1):
        assert _count_rows(whole[:cut], b"") + _count_rows(whole[cut:], whole[:cut]) == 3, cut
