"""Tampering with the seal ledger directly with sqlite3, triggers dropped first, as someone with the file
could: `docroute seal verify` exits 3 and names the entry each time. A chain rebuilt after an edit is
consistent in itself and is caught against the head hash (and the per-entry codes) of the printed ledger."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.registry import Registry
from desktop_app.slips.seal_ledger import render_seal_ledger
from tests.registry.seal_helpers import fill_ledger, forge_remembered_head, raw, rebuild_chain
from tests.slips.readback import pdf_text


@pytest.fixture
def filled(db_path, org_json):
    """A ledger of 9 entries (4 requests, 3 uses, a take-out and its return), closed again."""
    with Registry.open(db_path, auto_backup=False) as registry:
        registry.import_org(org_json)
        fill_ledger(registry)
        assert registry.seals.verify() == {"ok": True, "entries": 9}
    return db_path


def verify(db_path, capsys, *options: str) -> tuple[int, dict]:
    code = main(["--db", str(db_path), "seal", "verify", *options])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out)


def printed(db_path, tmp_path) -> tuple[str, list[tuple[int, str]]]:
    """What an auditor writes down from the printed ledger: the head `N:HASH` (from the PDF) and each row's
    序号 and 校验码 (read from the same printout as a spreadsheet, whose columns are easy to pick out)."""
    pdf, xlsx = tmp_path / "ledger.pdf", tmp_path / "ledger.xlsx"
    with Registry.open(db_path, auto_backup=False) as registry:
        book = registry.seals.book(date(2026, 1, 1), date(2099, 12, 31))
    render_seal_ledger(book, "pdf", pdf, county="托克逊县")
    render_seal_ledger(book, "xlsx", xlsx, county="托克逊县")
    head = re.search(r"--head(\d+):([0-9a-f]{64})", pdf_text(pdf))
    sheet = load_workbook(xlsx).active
    rows = [(r[0], r[11]) for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    return f"{head.group(1)}:{head.group(2)}", rows


def test_an_intact_ledger_verifies(filled, capsys):
    assert verify(filled, capsys) == (0, {"ok": True, "entries": 9})


def test_an_edited_entry_is_named(filled, capsys):
    with raw(filled) as conn:
        conn.execute("UPDATE seal_ledger SET body = replace(body, '\"copies\":3', '\"copies\":30') WHERE id = 3")
    code, result = verify(filled, capsys)
    assert code == 3 and result["ok"] is False and result["first_bad"] == 3 and result["entries"] == 9
    assert "内容" in result["reason"]


def test_an_edited_index_column_is_named_too(filled, capsys):
    with raw(filled) as conn:
        conn.execute("UPDATE seal_ledger SET on_date = '2026-11-01' WHERE id = 4")
    assert verify(filled, capsys)[1]["first_bad"] == 4


def test_a_deleted_entry_is_named(filled, capsys):
    with raw(filled) as conn:
        conn.execute("DELETE FROM seal_ledger WHERE id = 5")
    code, result = verify(filled, capsys)
    assert code == 3 and result["first_bad"] == 5 and result["entries"] == 8 and "删除" in result["reason"]


def test_a_deleted_entry_renumbered_away_is_named(filled, capsys):
    with raw(filled) as conn:
        conn.execute("DELETE FROM seal_ledger WHERE id = 5")
        for n in range(6, 10):
            conn.execute("UPDATE seal_ledger SET id = ? WHERE id = ?", [n - 1, n])
    assert verify(filled, capsys)[1]["first_bad"] == 5


def test_two_swapped_entries_are_named(filled, capsys):
    with raw(filled) as conn:
        conn.execute("UPDATE seal_ledger SET id = -1 WHERE id = 3")
        conn.execute("UPDATE seal_ledger SET id = 3 WHERE id = 4")
        conn.execute("UPDATE seal_ledger SET id = 4 WHERE id = -1")
    code, result = verify(filled, capsys)
    assert code == 3 and result["first_bad"] == 3 and "顺序" in result["reason"]


def test_a_deleted_last_entry_is_named(filled, capsys):
    """cli.md: a ledger that had a row deleted exits 3 — the last row too, which leaves the chain itself
    consistent: the head remembered at each append names the entry that is gone."""
    with raw(filled) as conn:
        conn.execute("DELETE FROM seal_ledger WHERE id = 9")
    code, result = verify(filled, capsys)
    assert code == 3 and result["first_bad"] == 9 and result["entries"] == 8 and "删除" in result["reason"]


def test_a_deleted_last_entry_stays_found_after_later_entries(filled, capsys):
    with raw(filled) as conn:
        conn.execute("DELETE FROM seal_ledger WHERE id = 9")
    with Registry.open(filled, auto_backup=False) as registry:  # the office goes on working
        registry.seals.take_out("county_office", escort="张三", reason="外事：赴乌鲁木齐签约")
        registry.seals.return_seal("county_office")
    code, result = verify(filled, capsys)
    assert code == 3 and result["first_bad"] == 9 and result["entries"] == 10


def test_a_deleted_last_entry_with_the_remembered_head_forged_is_caught_against_the_printed_head(
        filled, capsys, tmp_path):
    head, _codes = printed(filled, tmp_path)
    with raw(filled) as conn:
        conn.execute("DELETE FROM seal_ledger WHERE id = 9")
        forge_remembered_head(conn)
    assert verify(filled, capsys) == (0, {"ok": True, "entries": 8})  # nothing left in the database to tell
    code, result = verify(filled, capsys, "--head", head)
    assert code == 3 and result["first_bad"] == 9 and "删除" in result["reason"]


def test_a_chain_rebuilt_after_an_edit_is_caught_by_the_printed_head_and_named_by_the_row_codes(
        filled, capsys, tmp_path):
    head, codes = printed(filled, tmp_path)
    assert verify(filled, capsys, "--head", head)[0] == 0
    with raw(filled) as conn:
        conn.execute("UPDATE seal_ledger SET body = replace(body, '\"operator\":\"李四\"', '\"operator\":\"王二\"') "
                     "WHERE id = 4")
        rebuild_chain(conn)
    code, result = verify(filled, capsys)  # consistent in itself, but not with the head remembered at 9
    assert code == 3 and result["first_bad"] == 9 and "登记时记下" in result["reason"]
    with raw(filled) as conn:
        forge_remembered_head(conn)
    assert verify(filled, capsys) == (0, {"ok": True, "entries": 9})
    code, result = verify(filled, capsys, "--head", head)
    assert code == 3 and result["first_bad"] == 9 and "纸面" in result["reason"]
    # Each row of the printout ends with its entry's code: with them the rebuilt entry itself is named.
    rows = [f"{n}:{c}" for n, c in codes]
    assert len(rows) == 9
    code, result = verify(filled, capsys, *[arg for row in rows for arg in ("--head", row)])
    assert code == 3 and result["first_bad"] == 4


def test_check_reports_a_tampered_ledger(filled):
    with raw(filled) as conn:
        conn.execute("UPDATE seal_ledger SET search_text = '' WHERE id = 2")
    with Registry.open(filled, auto_backup=False) as registry:
        result = registry.check()
    assert result["ok"] is False and result["seal_ledger"]["first_bad"] == 2


@pytest.mark.parametrize("head", ["9", "9:xyz", "9:abc", "nine:0123456789"])
def test_a_malformed_head_is_bad_input(filled, capsys, head):
    code = main(["--db", str(filled), "seal", "verify", "--head", head])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "--head" in err and err.count("\n") == 1
