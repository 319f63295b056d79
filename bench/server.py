"""The same registry on both engines, measured in one run (issue 15): `migrate-to` of a SQLite registry
onto an empty PostgreSQL database, then on each engine registration with a number and the newest-50
search (and count) for the queries of bench/registry.py, with the server's ids checked against the
file's.

    python3 bench/server.py --server postgresql://postgres@127.0.0.1:55432/postgres [--sqlite FILE | --rows N]

--server names a role that may create databases (a fresh one, `docroute_bench`, is made and dropped);
--sqlite a registry to start from (it is written to: registrations are added, so give a copy), else a
new one of --rows demo records is built in a temporary folder. Prints one JSON object; the machine's
load average is part of it (the machine is shared: run it when `uptime` is low)."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.registry import Registry  # noqa: E402
from desktop_app.registry.migrate_to import migrate_to  # noqa: E402

QUERIES = {"rare_2": "冰雹", "common_2": "防汛", "one_char": "雹", "rare_4": "冰雹灾害", "common_4": "防汛抗旱",
           "common_4_common_grams": "工作情况", "common_4_with_关于": "关于防汛"}
REGISTRATIONS = 30


def median_ms(fn, runs: int) -> tuple[float, object]:
    fn()  # warm: a clerk typing sees the warm figure
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2), result


def registration_ms(registry: Registry) -> float:
    from tests.registry.helpers import signed

    times = []
    for n in range(REGISTRATIONS):
        start = time.perf_counter()
        registry.register("outgoing", signed(assign_number=True, title=f"关于第{n}批防汛物资调拨的通知"))
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def searches(registry: Registry, runs: int) -> dict:
    found = {}
    for name, text in QUERIES.items():
        newest_ms, newest = median_ms(lambda: registry.search_ids(text, limit=50), runs)
        count_ms, total = median_ms(lambda: registry.count(text), max(3, runs // 3))
        found[name] = {"query": text, "matches": total, "newest_50_ms": newest_ms, "count_ms": count_ms,
                       "ids": newest}
    return found


def build(rows: int, folder: Path) -> Path:
    path = folder / "docroute.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(json.loads((Path(__file__).parent / "org_sample.json").read_text(encoding="utf-8")))
        registry.demo(rows)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--sqlite")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", action="store_true", help="keep the server database docroute_bench afterwards")
    args = parser.parse_args()
    import psycopg

    result: dict = {"load_before": os.getloadavg()}
    folder = Path(tempfile.mkdtemp(prefix="docroute-bench-"))
    if args.sqlite:
        path = Path(args.sqlite)
    else:
        start = time.perf_counter()
        path = build(args.rows, folder)
        result["sqlite_build_s"] = round(time.perf_counter() - start, 1)
    url = args.server.rpartition("/")[0] + "/docroute_bench"
    with psycopg.connect(args.server, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS docroute_bench WITH (FORCE)")
        admin.execute("CREATE DATABASE docroute_bench TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
    try:
        with Registry.open(path, auto_backup=False) as source:
            result["records"] = source.count()
            start = time.perf_counter()
            moved = migrate_to(source, url, None)
            result["migrate_to_s"] = round(time.perf_counter() - start, 1)
            result["migrate_to_verified"] = moved["verified"]
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
            result["server_size_mb"] = round(conn.execute("SELECT pg_database_size(current_database())"
                                                          ).fetchone()[0] / 1e6, 1)
        result["file_size_mb"] = round(path.stat().st_size / 1e6, 1)
        engines = {}
        for name, where in (("sqlite", path), ("postgresql", url)):
            with Registry.open(where, auto_backup=False) as registry:
                engines[name] = {"search": searches(registry, args.runs)}
        for name, where in (("sqlite", path), ("postgresql", url)):  # after the searches: same records
            with Registry.open(where, auto_backup=False) as registry:
                engines[name]["register_with_number_ms"] = registration_ms(registry)
        for query in QUERIES:
            same = engines["sqlite"]["search"][query].pop("ids") == engines["postgresql"]["search"][query].pop("ids")
            engines["postgresql"]["search"][query]["same_ids_as_sqlite"] = same
        result["engines"] = engines
    finally:
        with psycopg.connect(args.server, autocommit=True) as admin:
            if not args.keep:
                admin.execute("DROP DATABASE IF EXISTS docroute_bench WITH (FORCE)")
            for (role,) in ([] if args.keep else admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'docroute\\_bench\\_%'"
                                         ).fetchall()):
                admin.execute(f'DROP ROLE "{role}"')
    result["load_after"] = os.getloadavg()
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
