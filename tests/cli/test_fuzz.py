"""Hostile input, generated: valid requests, org charts and register files with fields replaced, removed or
added by Hypothesis (control characters, lone surrogates, huge and odd numbers, wrong types, deep nesting,
formula-like cells). Every input is either accepted (exit 0, JSON on stdout) or refused with exit 2, nothing
on stdout and exactly one line on stderr; never exit 1, never a traceback, and a refused input leaves the
database exactly as it was. CI runs 25 examples per reader (a few seconds); for a deeper search run
`DOCROUTE_FUZZ_EXAMPLES=2000 pytest tests/cli/test_fuzz.py`."""
from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.registry.exchange import CSV_COLUMNS, INCOMING_COLUMNS, OUTGOING_COLUMNS
from tests.cli.test_registry_cli import INCOMING, OUTGOING
from tests.conftest import CONTRACT_ORG

FUZZ = settings(max_examples=int(os.environ.get("DOCROUTE_FUZZ_EXAMPLES", "25")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

NASTY_TEXT = st.sampled_from(["", " ", "\x00", "防汛\x00工作", "a\nb", "\r\n", "\t", "\x1b[31m", "\ud800", "\udfff",
                              "\uffff", "😀", "=1+1", "+1", "-1", "@SUM(A1)", "'=x", "no", "false", "true", "20261201",
                              "2026-W48-2", "2019-05-01 garbage", "2026-02-30", "1900-01-01", "9999-12-31",
                              "2026-11-27", "托政发", "县教育局", "county_government", "通知", "长" * 400])
TEXT = st.one_of(NASTY_TEXT, st.text(max_size=12))
NUMBERS = st.one_of(st.integers(min_value=-(2**70), max_value=2**70), st.sampled_from([0, 1, -1, 10**20, 2**63]),
                    st.floats(allow_nan=True, allow_infinity=True))
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)
DELETE = object()


def _mutated(base: dict, keys: list[str]):
    """The base request with a few fields replaced by any JSON value, removed, or added."""
    change = st.tuples(st.sampled_from(keys + ["extra", "\x00key", "\ud800"]), st.one_of(JSON_VALUES, st.just(DELETE)))

    def apply(changes):
        request = copy.deepcopy(base)
        for key, value in changes:
            if value is DELETE:
                request.pop(key, None)
            else:
                request[key] = value
        return request
    return st.lists(change, min_size=1, max_size=3).map(apply)


class Runner:
    """The CLI in this process against one database, with what a user sees: code, stdout, stderr."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.db = folder, str(folder / "fuzz.sqlite")
        self.org = folder / "org.json"
        self.org.write_text(json.dumps(CONTRACT_ORG, ensure_ascii=False), encoding="utf-8")
        assert self.run("org", "import", str(self.org))[0] == 0
        assert self.run("register", "outgoing", self.json("seed.json", OUTGOING))[0] == 0

    def json(self, name: str, value) -> str:
        path = self.folder / name
        path.write_text(json.dumps(value, ensure_ascii=True), encoding="ascii")  # lone surrogates survive as \ud800
        return str(path)

    def run(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", self.db, *args])
        return code, out.getvalue(), err.getvalue()

    def state(self) -> tuple:
        conn = sqlite3.connect(self.db)
        try:
            return tuple(conn.execute(sql).fetchone() for sql in (
                "SELECT count(*), max(id) FROM audit_log", "SELECT count(*), max(updated_at) FROM records",
                "SELECT count(*) FROM numbers", "SELECT group_concat(id || name || role) FROM people",
                "SELECT count(*) FROM attachments"))
        finally:
            conn.close()

    def check(self, *args: str) -> int:
        before = self.state()
        code, out, err = self.run(*args)
        assert code in (0, 2), err
        assert "Traceback" not in err and "Exception ignored" not in err
        if code == 2:
            assert out == "" and err.count("\n") == 1 and err.endswith("\n"), err
            assert self.state() == before, f"refused but changed the database: {err}"
        else:
            json.loads(out)
        return code


@pytest.fixture(scope="module")
def runner(tmp_path_factory) -> Iterator[Runner]:
    folder = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder / "home"))  # a crash log, if any, stays in the test's folder
        yield Runner(folder)


@FUZZ
@given(request=_mutated(OUTGOING, list(OUTGOING) + ["assign_number", "signed_by", "signed_on", "normative",
                                                     "personnel", "cosign_departments"]))
def test_register_outgoing(runner, request):
    runner.check("register", "outgoing", runner.json("out.json", request))


@FUZZ
@given(request=_mutated(INCOMING, list(INCOMING) + ["due", "major", "assigned_by_leader", "matters", "text"]))
def test_register_incoming(runner, request):
    runner.check("register", "incoming", runner.json("in.json", request))


ROUTE_BASES = [
    {**OUTGOING, "kind": "outgoing"},
    {"kind": "incoming", "date": "2026-11-28", "doc_type": "请示", "sender": "县教育局", "main_recipients": ["县人民政府"]},
    {"kind": "minutes", "date": "2026-11-28", "meeting": "executive", "convened_by": "head", "meeting_date": "2026-11-27",
     "lead_department": "县教育局"},
    {"kind": "seal", "date": "2026-11-28", "seal": "county_office", "purpose": "introduction_letter",
     "requesting_department": "县教育局", "has_proof": True},
    {"kind": "contract", "date": "2026-11-28", "requesting_department": "县财政局", "counterparty": "某公司",
     "delegate_to": "exec"},
]


@FUZZ
@given(request=st.sampled_from(ROUTE_BASES).flatmap(lambda base: _mutated(base, list(base) + [
    "blank", "take_out", "special_case", "document_number", "classification", "publicity"])))
def test_route(runner, request):
    runner.check("route", "--org", str(runner.org), runner.json("route.json", request))


@FUZZ
@given(org=_mutated(CONTRACT_ORG, ["county", "people", "absences"]),
       person=_mutated(CONTRACT_ORG["people"][1], ["id", "name", "role", "departments"]))
def test_org_import(runner, org, person):
    with_person = copy.deepcopy(CONTRACT_ORG)
    with_person["people"][1] = person
    for chart in (org, with_person):
        if runner.check("org", "import", runner.json("org-fuzz.json", chart)) == 0:
            runner.check("org", "import", str(runner.org))  # back to the contract's chart for the other tests


CELL = st.one_of(st.none(), TEXT, NUMBERS)
KINDS = st.sampled_from(["发文", "收文", "", "其他"])


def _row(columns: list[str]):
    return st.fixed_dictionaries({c: CELL for c in columns})


@FUZZ
@given(header=st.one_of(st.just(CSV_COLUMNS), st.lists(st.sampled_from(CSV_COLUMNS), max_size=6), st.lists(TEXT, max_size=3)),
       rows=st.lists(st.tuples(KINDS, _row(["标题", "拟稿日期", "收文日期", "来文机关", "印发份数", "份数", "文号",
                                             "收文编号", "密级", "状态", "办理时限"])), max_size=3))
def test_import_csv(runner, header, rows):
    path = runner.folder / "import.csv"
    with path.open("w", encoding="utf-8-sig", errors="surrogatepass", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for kind, cells in rows:
            values = {"类别": kind, **{k: "" if v is None else v for k, v in cells.items()}}
            writer.writerow([values.get(c, "") for c in header])
    runner.check("import", str(path))


XLSX_CELL = st.one_of(st.none(), NUMBERS.filter(lambda v: v == v and abs(v) != float("inf")),
                      TEXT.filter(lambda t: not any(ord(c) < 32 and c not in "\t\n\r" or 0xD800 <= ord(c) < 0xE000
                                                    or c in "\ufffe\uffff" for c in t)),
                      st.sampled_from([datetime(2026, 11, 1), date(1900, 1, 1), datetime(2026, 11, 1, 10, 30)]))


@FUZZ
@given(sheet=st.sampled_from(["发文登记簿", "收文登记簿", "Sheet1"]),
       rows=st.lists(st.fixed_dictionaries({c: XLSX_CELL for c in ("标题", "拟稿日期", "收文日期", "来文机关", "印发份数",
                                                                   "份数", "文号", "状态")}), max_size=3))
def test_import_xlsx(runner, sheet, rows):
    from openpyxl import Workbook

    columns = OUTGOING_COLUMNS if sheet != "收文登记簿" else INCOMING_COLUMNS
    book = Workbook()
    book.active.title = sheet
    book.active.append(columns)
    for cells in rows:
        book.active.append([cells.get(c) for c in columns])
    path = runner.folder / "import.xlsx"
    book.save(path)
    runner.check("import", str(path))
