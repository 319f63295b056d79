"""统计 (registry.stats, 第六十六条): a year's counts match the records counted here one by one; voided
records are left out; days to sign are working days on the official calendar."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from desktop_app.domain.errors import InputError
from desktop_app.registry import Registry
from desktop_app.rules.calendar import WorkCalendar

from .helpers import incoming_request, signed

YEAR = 2025


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    from tests.conftest import CONTRACT_ORG

    path = tmp_path_factory.mktemp("stats") / "s.sqlite"
    with Registry.open(path) as registry:
        registry.import_org(CONTRACT_ORG)
        registry.demo(600)
        # Signed after registration, across 国庆 2025 (1–8 October off): 3 working days, not 11 days.
        registry.register("outgoing", signed(date="2025-09-29", signed_on="2025-10-10", direction="upward",
                                             doc_type="请示", main_recipients=["吐鲁番市人民政府"]))
        voided = registry.register("outgoing", signed(date="2025-05-06", signed_on="2025-05-06"))
        registry.void(voided["id"], "重新发文")
        late = registry.register("incoming", incoming_request(received_on="2025-03-03", due="2025-03-07"))
        for step in late["plan"]["steps"]:
            registry.record_step(late["id"], step["order"], step.get("person") or "承办人", "2025-03-10")
        registry.register("incoming", incoming_request(received_on="2025-12-20", due="2025-12-26"))  # still open
        yield registry


def _expected(registry, year: int, today: date) -> dict:
    """The statistics counted here, record by record, from the records table itself."""
    rows = registry.db.conn.execute(
        "SELECT id, kind, date, series, doc_type, fields, lead_department, sender, status, due FROM records "
        "WHERE substr(date, 1, 4) = ? AND status != 'voided'", [str(year)]).fetchall()
    out = [r for r in rows if r[1] == "outgoing"]
    inc = [r for r in rows if r[1] == "incoming"]
    month = lambda rs: {f"{m:02d}": sum(1 for r in rs if int(r[2][5:7]) == m) for m in range(1, 13)}  # noqa: E731
    signs = dict(registry.db.conn.execute("SELECT record_id, on_date FROM step_actions WHERE action = 'sign'"))
    calendar = WorkCalendar()
    days = [max(0, calendar.working_days_between(date.fromisoformat(r[2]), date.fromisoformat(signs[r[0]])))
            for r in out if r[0] in signs]
    last = dict(registry.db.conn.execute("SELECT record_id, max(on_date) FROM step_actions GROUP BY record_id"))
    deadlines = [r for r in inc if r[9]]
    late = [r for r in deadlines if (r[8] == "done" and r[0] in last and last[r[0]] > r[9])
            or (r[8] != "done" and r[9] < today.isoformat())]
    return {
        "outgoing": {"total": len(out), "by_month": month(out), "by_series": Counter(r[3] for r in out),
                     "by_doc_type": Counter(r[4] for r in out),
                     "by_direction": Counter(registry.get(r[0])["fields"].get("direction") for r in out),
                     "by_department": Counter(r[6] for r in out)},
        "incoming": {"total": len(inc), "by_month": month(inc), "by_sender": Counter(r[7] for r in inc)},
        "average_days_to_sign": round(sum(days) / len(days), 2) if days else None,
        "overdue_share": round(len(late) / len(deadlines), 4) if deadlines else None,
    }


def test_a_years_statistics_match_the_records(filled):
    today = date(2026, 12, 1)
    stats = filled.stats.year(YEAR, on=today)
    expected = _expected(filled, YEAR, today)
    assert stats["year"] == YEAR and stats["outgoing"]["total"] > 20 and stats["incoming"]["total"] > 20
    for kind in ("outgoing", "incoming"):
        for key, value in expected[kind].items():
            assert stats[kind][key] == (dict(value) if isinstance(value, Counter) else value), (kind, key)
    assert stats["average_days_to_sign"] == expected["average_days_to_sign"] > 0
    assert stats["overdue_share"] == expected["overdue_share"] > 0
    assert sum(stats["outgoing"]["by_month"].values()) == stats["outgoing"]["total"]


def test_voided_records_are_left_out_and_lists_come_biggest_first(filled):
    stats = filled.stats.year(YEAR, on="2026-12-01")
    voided = filled.db.conn.execute("SELECT count(*) FROM records WHERE status = 'voided' AND date LIKE '2025-%'")
    assert voided.fetchone()[0] >= 1
    with_voided = filled.db.conn.execute("SELECT count(*) FROM records WHERE kind = 'outgoing' AND date LIKE '2025-%'")
    assert stats["outgoing"]["total"] < with_voided.fetchone()[0]
    counts = list(stats["outgoing"]["by_department"].values())
    assert counts == sorted(counts, reverse=True)


def test_days_to_sign_count_working_days_across_a_holiday(tmp_path, org_json):
    with Registry.open(tmp_path / "one.sqlite") as registry:
        registry.import_org(org_json)
        registry.register("outgoing", signed(date="2025-09-29", signed_on="2025-10-10"))
        stats = registry.stats.year(2025)
    # 30 September, 9 and 10 October: 1–8 October are off (国庆 and 中秋 2025).
    assert stats["average_days_to_sign"] == WorkCalendar().working_days_between(date(2025, 9, 29), date(2025, 10, 10))
    assert stats["average_days_to_sign"] == 3 and stats["signed"] == 1


def test_an_empty_year_and_a_bad_year(filled):
    empty = filled.stats.year(1990)
    assert empty["outgoing"]["total"] == 0 and empty["average_days_to_sign"] is None
    assert empty["overdue_share"] is None and set(empty["outgoing"]["by_month"]) == {f"{m:02d}" for m in range(1, 13)}
    with pytest.raises(InputError, match="year"):
        filled.stats.year("二〇二五")
    with pytest.raises(InputError, match="year"):
        filled.stats.year(12025)
