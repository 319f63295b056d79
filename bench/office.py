"""The office's lists at 1,000,000 records: a year's statistics (goal: under 0.5 s), a 3-field 查询, and
待办与期限, each beside an anchor measured in the same run on the same connection — a plain
`count(*) GROUP BY kind` scan of the whole registry and of the year.

    python3 bench/office.py --db COPY.sqlite [--year 2025] [--runs 7]

Give it a COPY of the demo database (e.g. of /work/data/bench1m/docroute.sqlite): opening it applies
this branch's migrations (0010 adds a covering index and a column), which the script times too.
Prints one JSON object; every query answer is checked against the same question written in plain SQL
(`same_as_sql`)."""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.registry import Registry  # noqa: E402
from desktop_app.registry.query import Query  # noqa: E402
from desktop_app.registry.search import sort_key, stored_text_sql  # noqa: E402


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return round((time.perf_counter() - start) * 1000, 2), result


def median_ms(fn, runs: int) -> tuple[float, float, object]:
    """(first call, median of the warm calls after it) in ms, and the answer."""
    first, result = timed(fn)
    times = [timed(fn)[0] for _ in range(runs)]
    return first, round(statistics.median(times), 2), result


def anchors(registry: Registry, year: int, runs: int) -> dict:
    db = registry.db.conn
    low, high = sort_key(date(year, 1, 1), 0), sort_key(date(year + 1, 1, 1), 0) - 1
    whole = median_ms(lambda: db.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall(), runs)
    one_year = median_ms(lambda: db.execute("SELECT kind, count(*) FROM records WHERE sort_key BETWEEN ? AND ? "
                                            "GROUP BY kind", [low, high]).fetchall(), runs)
    return {"count_group_by_kind_all_ms": whole[1], "count_group_by_kind_year_ms": one_year[1],
            "records": sum(n for _, n in whole[2])}


def bench_stats(registry: Registry, year: int, runs: int) -> dict:
    first, median, stats = median_ms(lambda: registry.stats.year(year), runs)
    db = registry.db.conn
    expected = dict(db.execute("SELECT kind, count(*) FROM records WHERE date LIKE ? AND status != 'voided' "
                               "GROUP BY kind", [f"{year}-%"]).fetchall())
    return {"year": year, "first_ms": first, "median_ms": median, "outgoing": stats["outgoing"]["total"],
            "incoming": stats["incoming"]["total"], "same_as_sql": expected == {
                "outgoing": stats["outgoing"]["total"], "incoming": stats["incoming"]["total"]}}


def _sql_ids(registry: Registry, where: str, params: list) -> list[int]:
    """The reference answer: the same question over the records table itself, newest first."""
    return [r[0] for r in registry.db.conn.execute(
        f"SELECT id FROM records r WHERE {where} ORDER BY sort_key DESC", params)]


def bench_queries(registry: Registry, year: int, runs: int) -> dict:
    three = Query.parse(kind="outgoing", doc_type="通知", department="县教育局")
    dated = Query.parse(kind="outgoing", doc_type="通知", department="县教育局", date_from=f"{year}-01-01",
                        date_to=f"{year}-12-31")
    texted = Query.parse(text="防汛", kind="incoming", status="done", date_from=f"{year}-01-01")
    none = Query.parse(series="托政规", doc_type="通知")
    cases = {
        "three_fields": (three, "r.kind = 'outgoing' AND r.doc_type = '通知' AND coalesce(r.sender, r.lead_department) "
                                "= '县教育局'", []),
        "three_fields_one_year": (dated, "r.kind = 'outgoing' AND r.doc_type = '通知' AND coalesce(r.sender, "
                                         "r.lead_department) = '县教育局' AND r.date BETWEEN ? AND ?",
                                  [f"{year}-01-01", f"{year}-12-31"]),
        "text_and_two_fields": (texted, "r.kind = 'incoming' AND r.status = 'done' AND r.date >= ? AND "
                                        f"instr({stored_text_sql(registry.db, 'r')}, '防汛') > 0", [f"{year}-01-01"]),
        "no_match": (none, "r.series = '托政规' AND r.doc_type = '通知'", []),
    }
    figures = {}
    for name, (query, where, params) in cases.items():
        first, newest_ms, newest = median_ms(lambda: registry.query.ids(query, limit=50), runs)
        _, count_ms, total = median_ms(lambda: registry.query.count(query), runs)
        sql_ms, reference = timed(lambda: _sql_ids(registry, where, params))
        figures[name] = {"query": query.to_json(), "matches": total, "newest_50_first_ms": first,
                         "newest_50_ms": newest_ms, "count_ms": count_ms, "plain_sql_ms": sql_ms,
                         "same_as_sql": newest == reference[:50] and total == len(reference)}
    return figures


def bench_due(registry: Registry, runs: int) -> dict:
    first, median, items = median_ms(lambda: registry.due.items(), runs)
    return {"items": len(items), "first_ms": first, "median_ms": median,
            "overdue": sum(i.level == "overdue" for i in items)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of the 1,000,000-record demo database")
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    opening, registry = timed(lambda: Registry.open(args.db, auto_backup=False))
    with registry:
        result = {"sqlite_version": registry.db.conn.execute("SELECT sqlite_version()").fetchone()[0],
                  "open_and_migrate_ms": opening, "anchor": anchors(registry, args.year, args.runs),
                  "stats": bench_stats(registry, args.year, args.runs),
                  "query": bench_queries(registry, args.year, args.runs), "due": bench_due(registry, args.runs)}
    result["stats"]["vs_year_anchor"] = round(result["stats"]["median_ms"] /
                                              max(result["anchor"]["count_group_by_kind_year_ms"], 0.01), 1)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
