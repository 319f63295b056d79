"""Where each seal is (第七十二条): take-out with an escort and a reason, return, the flag for a seal still
out after the working day (the window, `check`, and the 待办 list's query), and the ledger list's query."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import Registry
from tests.registry.seal_helpers import fill_ledger, seal_request


def test_a_seal_taken_out_is_out_until_it_is_returned(registry):
    out = registry.seals.take_out("county_government", escort="张三", reason="外事：赴乌鲁木齐签约")
    assert out["out"] is True and out["escort"] == "张三" and "warnings" not in out
    assert [s["code"] for s in registry.seals.out()] == ["county_government"]
    back = registry.seals.return_seal("县人民政府印章")
    assert back["out"] is False and registry.seals.out() == []


def test_a_take_out_needs_an_escort_and_a_reason(registry):
    for escort, reason, field in (("", "外事", "escort"), ("张三", " ", "reason")):
        with pytest.raises(InputError) as error:
            registry.seals.take_out("county_government", escort=escort, reason=reason)
        assert error.value.field == field
    assert registry.seals.out() == []


def test_a_reason_other_than_foreign_affairs_is_recorded_with_the_article(registry):
    out = registry.seals.take_out("county_office", escort="张三", reason="到银行办理账户变更")
    assert out["out"] is True and out["warnings"][0]["basis"] == "第七十二条"


def test_a_seal_already_out_cannot_be_taken_out_again_nor_one_in_returned(registry):
    registry.seals.take_out("county_government", escort="张三", reason="外事")
    with pytest.raises(RefusedError):
        registry.seals.take_out("county_government", escort="李四", reason="外事")
    with pytest.raises(RefusedError):
        registry.seals.return_seal("county_office")


def test_a_take_out_for_a_request_must_be_for_its_seal_and_not_refused(registry):
    office = registry.seals.request(seal_request(seal="county_office"))
    refused = registry.seals.request(seal_request(blank=True))
    with pytest.raises(InputError):
        registry.seals.take_out("county_government", escort="张三", reason="外事", request_id=office["id"])
    with pytest.raises(RefusedError):
        registry.seals.take_out("county_government", escort="张三", reason="外事", request_id=refused["id"])
    registry.seals.take_out("county_office", escort="张三", reason="外事", request_id=office["id"])
    taken = registry.seals.get(office["id"])["take_outs"]
    assert taken[0]["escort"] == "张三" and taken[0]["returned_at"] is None
    registry.seals.return_seal("county_office")
    assert registry.seals.get(office["id"])["take_outs"][0]["returned_at"] is not None


def test_still_out_at_the_end_of_the_working_day_is_overdue(registry):
    registry.seals.take_out("county_government", escort="张三", reason="外事")
    since = datetime.fromisoformat(registry.seals.out()[0]["out_since"])
    morning = since.replace(hour=9, minute=0)
    evening = since.replace(hour=18, minute=30)
    assert registry.seals.out(morning)[0]["overdue"] is False
    assert registry.seals.out(evening)[0]["overdue"] is True


def test_the_due_list_gets_one_item_per_seal_out(registry):
    registry.seals.take_out("county_government", escort="张三", reason="外事：签约")
    since = datetime.fromisoformat(registry.seals.out()[0]["out_since"])
    (item,) = registry.seals.due(since.replace(hour=19))
    assert item["what"] == "seal_out" and item["basis"] == "第七十二条" and item["working_days_left"] < 0
    assert item["due"] == since.date().isoformat() and "县人民政府印章" in item["title"]
    assert registry.seals.due(since.replace(hour=8))[0]["working_days_left"] == 0


def test_check_flags_a_seal_out_after_the_working_day(registry):
    from desktop_app.registry.seals import verify

    registry.seals.take_out("county_government", escort="张三", reason="外事")
    since = datetime.fromisoformat(registry.seals.out()[0]["out_since"])
    flagged = verify(registry.db, since.replace(hour=23))["seals_out_overdue"]
    assert [s["seal"] for s in flagged] == ["county_government"]
    assert verify(registry.db, since.replace(hour=7))["seals_out_overdue"] == []
    assert "seals_out_overdue" in registry.check()["seal_ledger"]


def test_the_ledger_list_is_newest_first_and_searchable(registry):
    fill_ledger(registry)
    ids = registry.seals.search_ids()
    assert ids == sorted(ids, reverse=True) and len(ids) == registry.seals.count() == 9
    found = registry.seals.rows(registry.seals.search_ids("第2份"))
    assert {r["kind"] for r in found} == {"request", "use"} and all("第2份" in r["title"] for r in found)
    assert [r["kind"] for r in registry.seals.rows(registry.seals.search_ids(kind="take_out"))] == ["return", "take_out"]
    assert registry.seals.search_ids("张三", kind="take_out", limit=1) == ids[:1]
    assert registry.seals.search_ids(year=2025) == []


def test_a_row_shows_its_request_state_and_who_acted(registry):
    ids = fill_ledger(registry, uses=1)
    rows = {r["id"]: r for r in registry.seals.rows(registry.seals.search_ids())}
    assert rows[ids[0]]["status_label"] == "已用印" and rows[ids[0]]["people"] == "副县长丙、县长甲"
    assert rows[ids[1]]["refused"] is True and rows[ids[1]]["status_label"] == "不予用印"
    use = next(r for r in rows.values() if r["kind"] == "use")
    assert "监印 李四" in use["people"] and use["copies"] == 2


def test_pending_requests_are_those_neither_refused_nor_used(registry):
    fill_ledger(registry, uses=1)
    waiting = registry.seals.request(seal_request(matter="待审批的合同"))
    assert registry.seals.search_ids(pending=True) == [waiting["id"]]


def test_the_book_of_a_period_lists_its_entries_and_ends_with_the_head(registry):
    fill_ledger(registry, uses=2)
    book = registry.seals.book(date(2026, 11, 28), date(2026, 11, 28))
    assert [e["kind"] for e in book["entries"]] == ["use", "use"]
    assert book["head"] == registry.seals.head() and book["head"]["entries"] == 7


_APPEND = """
import sys
from desktop_app.registry import Registry
from tests.registry.seal_helpers import seal_request
with Registry.open(sys.argv[1], auto_backup=False) as registry:
    for n in range(15):
        registry.seals.request(seal_request(matter=f"{sys.argv[2]}-{n}"))
"""


@pytest.mark.slow
def test_two_processes_appending_at_once_keep_one_unbroken_chain(registry, db_path):
    root = Path(__file__).resolve().parents[2]
    workers = [subprocess.Popen([sys.executable, "-c", _APPEND, str(db_path), name], cwd=root)
               for name in ("甲", "乙")]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    with Registry.open(db_path, auto_backup=False) as again:
        assert again.seals.verify() == {"ok": True, "entries": 30}
