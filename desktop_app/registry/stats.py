"""统计 (第六十六条: keep the number of documents down): a year's documents per month, series, 文种,
direction and drafting department, incoming per sender, the average working days from registration
to signature, and the share of deadlines missed.

A year is a sort_key range: every count reads only the covering index `records_office_cover` (0010),
one GROUP BY per table, ~10 ms each at 1,000,000 records. Records count by their registration `date`;
voided ones are left out."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any, Callable

from desktop_app.domain.enums import Direction
from desktop_app.domain.errors import InputError
from desktop_app.domain.values import parse_date
from desktop_app.registry.engine import Database
from desktop_app.registry.search import sort_key
from desktop_app.registry.sqlparts import indexed, one_of, packed
from desktop_app.registry.workdays import WorkdayCounter

BASIS = "第六十六条"
COVER = "records_office_cover"
UNKNOWN = "未填写"
DIRECTION_LABELS = {d.value: d.label for d in Direction}
_FINAL = ("done", "numbered")


class Statistics:
    """The face of 统计 (`registry.stats`)."""

    def __init__(self, db: Database, calendar: Callable[[], Any]) -> None:
        self.db = db
        self._calendar = calendar

    def year(self, year: int, on: date | str | None = None) -> dict:
        """The statistics of cli.md (`stats --year`); `on` is the day open deadlines are measured at."""
        year = _year(year)
        today = date.today() if on is None else parse_date(on, "on")
        low, high = sort_key(date(year, 1, 1), 0), sort_key(date(year + 1, 1, 1), 0) - 1
        out = self._group(low, high, "outgoing", "series", "doc_type", "direction", "lead_department")
        inc = self._group(low, high, "incoming", "sender")
        counter = WorkdayCounter(self._calendar())
        signing = self._signing(low, high, counter)
        late = self._deadlines(low, high, today)
        return {
            "year": year, "basis": BASIS,
            "outgoing": {"total": out["total"], "by_month": out["by_month"], "by_series": out["series"],
                         "by_doc_type": out["doc_type"], "by_direction": out["direction"],
                         "by_department": out["lead_department"]},
            "incoming": {"total": inc["total"], "by_month": inc["by_month"], "by_sender": inc["sender"]},
            "average_days_to_sign": signing["average"], "signed": signing["count"],
            "overdue_share": late["share"], "with_deadline": late["with_deadline"], "overdue": late["overdue"],
            "direction_labels": DIRECTION_LABELS, "measured_on": today.isoformat(),
        }

    def _group(self, low: int, high: int, kind: str, *columns: str) -> dict:
        """Counts per day (folded into months) and per column, biggest first, for one kind: two scans of
        the year in the covering index, one by day and one by every column at once (few combinations)."""
        where = f"FROM {indexed('records r', COVER)} WHERE r.sort_key BETWEEN ? AND ? AND r.kind = ? " \
                "AND r.status != 'voided'"
        args = [low, high, kind]
        months: Counter = Counter()
        for day, n in self.db.conn.execute(f"SELECT r.sort_key >> 32, count(*) {where} GROUP BY 1", args):
            months[f"{date.fromordinal(day).month:02d}"] += n
        result: dict[str, Any] = {"total": sum(months.values()),
                                  "by_month": {f"{m:02d}": months.get(f"{m:02d}", 0) for m in range(1, 13)}}
        picked = ", ".join(f"coalesce(r.{c}, '')" for c in columns)
        per_column: list[Counter] = [Counter() for _ in columns]
        for *values, n in self.db.conn.execute(f"SELECT {picked}, count(*) {where} GROUP BY {picked}", args):
            for counter, value in zip(per_column, values):
                counter[value or UNKNOWN] += n
        for column, counter in zip(columns, per_column):
            result[column] = dict(sorted(counter.items(), key=lambda p: (-p[1], p[0])))
        return result

    def _signing(self, low: int, high: int, counter: WorkdayCounter) -> dict:
        """Working days from registration to the recorded 签发 (0 when registered after signing)."""
        pairs = self.db.conn.execute(
            f"SELECT r.sort_key >> 32, s.on_date, count(*) FROM {indexed('records r', COVER)} "
            "JOIN step_actions s ON s.record_id = r.id AND s.action = 'sign' "
            "WHERE r.sort_key BETWEEN ? AND ? AND r.kind = 'outgoing' AND r.status != 'voided' GROUP BY 1, 2",
            [low, high]).fetchall()
        if not pairs:
            return {"average": None, "count": 0}
        days = [(date.fromordinal(d), date.fromisoformat(s[:10]), n) for d, s, n in pairs]
        counter.cover(min(min(a, b) for a, b, _ in days), max(max(a, b) for a, b, _ in days))
        total = sum(max(0, counter.between(registered, signed)) * n for registered, signed, n in days)
        count = sum(n for _, _, n in days)
        return {"average": round(total / count, 2), "count": count}

    def _deadlines(self, low: int, high: int, today: date) -> dict:
        """Of the year's records with a deadline of their own — an incoming 办理时限, an outgoing
        纪要's 印发 deadline (第五十五条) — how many missed it: still open after it, or finished (the last
        recorded step) after it. Finished records without recorded steps count as on time."""
        last_step = "(SELECT max(s.on_date) FROM step_actions s WHERE s.record_id = r.id)"
        # 1 or 0 on both engines (a comparison is a boolean on a server, and unknown without a step).
        late = (f"CASE WHEN r.status IN {_FINAL!r} THEN CASE WHEN substr({last_step}, 1, 10) > r.due THEN 1 ELSE 0 END "
                "WHEN r.due < :today THEN 1 ELSE 0 END")
        where = (f"FROM {indexed('records r', COVER)} WHERE r.kind = :kind AND r.sort_key BETWEEN :lo AND :hi "
                 "AND r.due IS NOT NULL AND r.status != 'voided'")
        args = {"lo": low, "hi": high, "today": today.isoformat()}
        with_deadline, overdue = self.db.conn.execute(f"SELECT count(*), coalesce(sum({late}), 0) {where}",
                                                      args | {"kind": "incoming"}).fetchone()
        # An outgoing record's own deadline is its 纪要's; plan_id is not in the covering index, so only
        # outgoing records with a due date are read.
        rows = self.db.conn.execute(f"SELECT r.plan_id, r.status, {last_step} {where}", args | {"kind": "outgoing"})
        rows = rows.fetchall()
        minutes_plans = self._minutes_plans({r[0] for r in rows})
        for plan_id, status, finished in rows:
            if plan_id not in minutes_plans:
                continue  # a 会签 deadline binds the departments asked, not the document
            due = minutes_plans[plan_id]
            with_deadline += 1
            overdue += bool(finished and finished[:10] > due) if status in _FINAL else due < today.isoformat()
        share = round(overdue / with_deadline, 4) if with_deadline else None
        return {"with_deadline": with_deadline, "overdue": overdue, "share": share}

    def _minutes_plans(self, plan_ids: set) -> dict[int, str]:
        wanted = sorted(p for p in plan_ids if p is not None)
        if not wanted:
            return {}
        found = {}
        rows = self.db.conn.execute(f"SELECT id, json FROM plans WHERE {one_of(self.db, 'id')}", [packed(self.db, wanted)])
        for pid, text in rows:
            due = next((d["due"] for d in json.loads(text).get("deadlines") or () if d.get("what") == "minutes_issue"),
                       None)
            if due:
                found[pid] = due
        return found


def _year(value: Any) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise InputError("year", f"年份“{value}”不是整数", "请填写四位年份，例如 2026") from None
    if not 1949 <= year <= 2999:
        raise InputError("year", f"年份 {year} 不合理", "请填写四位年份，例如 2026")
    return year
