"""Registry benchmark at 1,000,000 demo records (issue 13's table): each figure beside its anchor,
measured on the same data in the same run.

    python3 bench/registry.py [--rows N] [--import-rows N] [--dir DIR] [--keep] [--backup-days N]
    python3 bench/registry.py --only backups --dir DIR     (the backup row on DIR/bench.sqlite)

Rows of the table: the bulk load (demo) against raw executemany of the same rows; XLSX import of
--import-rows (default 100,000) and of 10,000 rows against reading the same file with python-calamine
and with openpyxl's read-only mode (each in a process of its own, for its peak memory), and a bad row
at row 99,999 that must import nothing; the file size against an FTS5 trigram index of the same
texts; one-character queries, the first keystrokes of a 文号 fragment and the counts of common words
against the LIKE scan and the trigram index; the space of a year of daily chunked backups, with
a day of office work (registrations and steps) between two, under the retention policy. Prints the
table in Markdown, then every figure as JSON."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.registry import Registry, database, search, search_index  # noqa: E402

ONE_CHAR = {"rare": "雹", "common": "县", "digit": "1", "nowhere": "龘"}
COUNT_WORDS = {"common_4": "防汛抗旱", "common_4_common_grams": "工作情况", "common_4_with_关于": "关于防汛",
               "rare_4": "冰雹灾害", "common_2": "防汛", "rare_2": "冰雹"}
FRAGMENT = "〔2026〕1"


def ms(fn, runs: int = 9) -> tuple[float, object]:
    """Median of warm runs (one warm-up first: the page cache as a clerk typing sees it)."""
    result = fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2), result


def once_ms(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return round((time.perf_counter() - start) * 1000, 2), result


# ---- child processes (peak memory of one job each) ------------------------------------------------
CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
job, *args = sys.argv[1:]
start = time.perf_counter()
out = {{}}
if job == "demo":
    from desktop_app.registry import Registry
    with Registry.open(args[0], auto_backup=False) as registry:
        registry.demo(int(args[1]))
elif job == "import":
    from desktop_app.registry import Registry
    from desktop_app.domain.errors import InputError
    with Registry.open(args[0], auto_backup=False) as registry:
        began = time.perf_counter()
        try:
            out["result"] = registry.import_file(args[1])
        except InputError as exc:
            out["refused"] = exc.message[:160]
        out["import_seconds"] = round(time.perf_counter() - began, 2)
        out["records_after"] = registry.count("")
elif job == "calamine":
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(args[0])
    out["rows"] = sum(sum(1 for _ in book.get_sheet_by_name(n).iter_rows()) for n in book.sheet_names)
elif job == "openpyxl":
    from openpyxl import load_workbook
    book = load_workbook(args[0], read_only=True, data_only=True)
    out["rows"] = sum(sum(1 for _ in book[n].iter_rows(values_only=True)) for n in book.sheetnames)
out["seconds"] = round(time.perf_counter() - start, 2)
# VmHWM: this process's own peak (ru_maxrss after fork and exec also counts the parent's at the fork).
with open("/proc/self/status") as status:
    out["peak_rss_mb"] = round(int(next(l for l in status if l.startswith("VmHWM")).split()[1]) / 1024, 1)
print(json.dumps(out, ensure_ascii=False))
"""


def child(job: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), job, *map(str, args)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the rows ------------------------------------------------------------------------------------
def bulk_anchor(path: Path, scratch: Path, rows: int = 200_000) -> dict:
    """Raw executemany of the same record rows into a table without indexes or triggers."""
    source = sqlite3.connect(path)
    cursor = source.execute("SELECT * FROM records LIMIT ?", [rows])
    names = [c[0] for c in cursor.description]
    data = cursor.fetchall()
    source.close()
    out = sqlite3.connect(scratch, isolation_level=None)
    out.execute(f"CREATE TABLE records ({', '.join(names)})")
    start = time.perf_counter()
    out.execute("BEGIN")
    out.executemany(f"INSERT INTO records VALUES ({', '.join('?' * len(names))})", data)
    out.execute("COMMIT")
    seconds = time.perf_counter() - start
    out.close()
    scratch.unlink()
    return {"rows": len(data), "rows_per_s": round(len(data) / seconds)}


def sizes(path: Path) -> dict:
    conn = sqlite3.connect(path)
    parts: dict[str, float] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        key = "search postings (FTS5)" if name.startswith(("search_chars", "search_pairs")) else name
        parts[key] = parts.get(key, 0) + size / 1e6
    conn.close()
    top = dict(sorted(((k, round(v, 1)) for k, v in parts.items()), key=lambda kv: -kv[1])[:12])
    return {"file_mb": round(path.stat().st_size / 1e6, 1), "largest_mb": top}


def anchors(path: Path, scratch: Path) -> sqlite3.Connection:
    """The records' search texts stored in a file of their own (the database computes them, 0014), with
    an FTS5 trigram index of them (the issue's anchor): the LIKE scans below read these stored texts,
    as a scan of a stored column would, and the trigram counts come from the same texts."""
    scratch.unlink(missing_ok=True)
    conn = database.sql_functions(sqlite3.connect(scratch, isolation_level=None))
    conn.execute("ATTACH DATABASE ? AS live", [str(path)])
    conn.execute("CREATE TABLE texts (id INTEGER PRIMARY KEY, sort_key INTEGER NOT NULL UNIQUE, search_text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE tri USING fts5(t, content='', columnsize=0, tokenize='trigram case_sensitive 1')")
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO texts SELECT id, sort_key, {search_index.text_sql()} FROM live.records")
    conn.execute("INSERT INTO tri (rowid, t) SELECT sort_key, search_text FROM texts")
    conn.execute("INSERT INTO tri (tri) VALUES ('optimize')")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE live")
    return conn


def _like(text: str) -> str:
    query = search.normalise(text.strip())
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def scan_ids(texts: sqlite3.Connection, text: str, limit: int = 50) -> list[int]:
    """search.scan_ids on the stored copy: newest first, a LIKE of each text."""
    return [r[0] for r in texts.execute("SELECT id FROM texts WHERE search_text LIKE ? ESCAPE '\\' "
                                        "ORDER BY sort_key DESC LIMIT ?", [_like(text), limit])]


def scan_count(texts: sqlite3.Connection, text: str) -> int:
    return texts.execute("SELECT count(*) FROM texts WHERE search_text LIKE ? ESCAPE '\\'", [_like(text)]).fetchone()[0]


def one_char(registry: Registry, texts: sqlite3.Connection) -> dict:
    out = {}
    for name, text in ONE_CHAR.items():
        newest, ids = ms(lambda: registry.search_ids(text, limit=50))
        scan, scanned = ms(lambda: scan_ids(texts, text), 3)
        out[name] = {"query": text, "newest_50_ms": newest, "like_scan_ms": scan, "same_as_scan": ids == scanned}
    return out


def fragment_keystrokes(path: Path, texts: sqlite3.Connection) -> dict:
    """Each keystroke of 〔2026〕1 on a fresh connection, as a clerk typing it sees it."""
    with Registry.open(path, auto_backup=False) as fresh:
        strokes = {FRAGMENT[:n]: once_ms(lambda n=n: fresh.search_ids(FRAGMENT[:n], limit=50))[0]
                   for n in range(1, len(FRAGMENT) + 1)}
        scan, scanned = ms(lambda: scan_ids(texts, FRAGMENT), 3)
        same = fresh.search_ids(FRAGMENT, limit=50) == scanned
    return {"keystrokes_ms": strokes, "slowest_ms": max(strokes.values()), "like_scan_ms": scan, "same_as_scan": same}


def counts(registry: Registry, tri: sqlite3.Connection) -> dict:
    out = {}
    for name, text in COUNT_WORDS.items():
        count_ms, total = ms(lambda: registry.count(text))
        newest_ms, ids = ms(lambda: registry.search_ids(text, limit=50))
        like_ms, like_total = ms(lambda: scan_count(tri, text), 3)
        scanned = scan_ids(tri, text)
        row = {"query": text, "matches": total, "count_ms": count_ms, "newest_50_ms": newest_ms,
               "like_count_ms": like_ms, "same_as_scan": total == like_total and ids == scanned}
        if len(text) >= 3:
            row["trigram_count_ms"], tri_total = ms(lambda: tri.execute(
                "SELECT count(*) FROM tri WHERE tri MATCH ?", [f'"{text}"']).fetchone()[0])
            row["same_as_trigram"] = tri_total == total
        out[name] = row
    return out


def registration(registry: Registry, runs: int = 200) -> dict:
    request = {"title": "关于做好冬季防汛抗旱工作的通知", "series": "托政办发", "authority": "county_office",
               "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": "县水利局",
               "main_recipients": ["各乡镇人民政府"], "cc": [], "drafter": "王芳", "copies": 30,
               "publicity": "主动公开", "signed_by": "dir", "signed_on": time.strftime("%Y-%m-%d"),
               "assign_number": True}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        registry.register("outgoing", dict(request))
        times.append((time.perf_counter() - start) * 1000)
    return {"runs": runs, "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(sorted(times)[int(runs * 0.95) - 1], 2)}


def register_files(folder: Path, rows: int) -> tuple[Path, Path, str]:
    """An exported XLSX register of `rows` demo records, and the same with row 99,999 (or the one
    before the last) left without a title: (good, bad, where the bad row is)."""
    from openpyxl import Workbook

    from desktop_app.registry import exchange, tabular

    source = folder / f"source-{rows}.sqlite"
    child("demo", source, rows)
    good, bad = folder / f"register-{rows}.xlsx", folder / f"register-{rows}-bad.xlsx"
    spoil_at = min(99_999, rows - 1)
    where = ""
    with Registry.open(source, auto_backup=False) as registry:
        registry.export(good)
        book, seen = Workbook(write_only=True), 0
        for kind, columns in (("outgoing", exchange.OUTGOING_COLUMNS), ("incoming", exchange.INCOMING_COLUMNS)):
            sheet = book.create_sheet(exchange.SHEETS[kind])
            sheet.append(tabular.xlsx_row(sheet, columns))
            for line, row in enumerate(exchange.register_rows(registry.db, kind), start=2):
                seen += 1
                if seen == spoil_at:
                    row, where = {**row, "标题": ""}, f"{exchange.SHEETS[kind]}第 {line} 行"
                sheet.append(tabular.xlsx_row(sheet, [row.get(c, "") for c in columns]))
        tabular.save_xlsx(book, bad)
    source.unlink()
    return good, bad, where


def imports(folder: Path, rows: int) -> dict:
    good, bad, where = register_files(folder, rows)
    target = folder / f"import-{rows}.sqlite"
    result = {"rows": rows, "import": child("import", target, good),
              "calamine_read": child("calamine", good), "openpyxl_read": child("openpyxl", good)}
    for leftover in folder.glob(f"import-{rows}.sqlite*"):
        leftover.unlink()
    if rows >= 100_000:
        result["bad_row"] = {"where": where, **child("import", target, bad)}
        for leftover in folder.glob(f"import-{rows}.sqlite*"):
            leftover.unlink()
    good.unlink()
    bad.unlink()
    return result


def office_day(registry: Registry, day: date, rng, registrations: int) -> int:
    """A day of office work between two daily backups: `registrations` documents registered (the demo's
    mix, dated that day) and the first two steps of each recorded. Returns the steps recorded."""
    from desktop_app.domain.errors import InputError
    from desktop_app.registry import demo

    steps = 0
    departments = list(registry.org_chart().departments())
    for request in demo.generate(registrations, seed=rng.randrange(1 << 30), end=day, departments=departments):
        kind = request.pop("kind")
        request["date"] = day.isoformat()
        if kind == "incoming":
            request["received_on"] = day.isoformat()
            if request.get("due"):
                request["due"] = (day + timedelta(days=10)).isoformat()
        if "meeting_date" in request:
            request["meeting_date"] = (day - timedelta(days=2)).isoformat()
        record = registry.register(kind, request)
        for step in (record.get("plan") or {}).get("steps", [])[:2]:
            by = step.get("person") or (record["fields"].get("drafter") if step["action"] == "draft" else "县政府办公室")
            try:
                registry.record_step(record["id"], step["order"], by or "王芳", day, "同意")
                steps += 1
            except InputError:
                break
    return steps


def kept_days(first: date, days: int) -> list[int]:
    """The days (counted from `first`) of daily backups at 18:00 that the retention (registry/retention.py)
    still keeps at the end: only these need to be made to know the space the backups take."""
    from desktop_app.registry.retention import Copy, keep

    start = datetime.combine(first, datetime.min.time()).replace(hour=18)
    kept: list[Copy] = []
    for n in range(days):
        kept.append(Copy(str(n), start + timedelta(days=n)))
        names = keep(kept, start + timedelta(days=n))
        kept = [c for c in kept if c.name in names]
    return sorted(int(c.name) for c in kept)


def backups(path: Path, days: int, registrations: int) -> dict:
    """A year of office work with a daily backup (chunked, safety.backup as the app makes it, rotated at
    each): `registrations` a day, each with two steps. Only the backups the retention keeps at the end
    are made (the others would be rotated out with their chunks); the space is what the backups
    folder then holds, against the database at the end."""
    import random

    from desktop_app.registry import safety

    shutil.rmtree(safety.backups_dir(path), ignore_errors=True)
    first = date.today() - timedelta(days=days - 1)
    wanted, rng, seconds, steps = set(kept_days(first, days)), random.Random(13), [], 0
    started = time.perf_counter()
    with Registry.open(path, auto_backup=False) as registry:
        for n in range(days):
            day = first + timedelta(days=n)
            steps += office_day(registry, day, rng, registrations)
            if n in wanted:
                began = time.perf_counter()
                safety.backup(registry.db, path, now=datetime.combine(day, datetime.min.time()).replace(hour=18))
                seconds.append(round(time.perf_counter() - began, 1))
        registry.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        used = registry.backup_space()
    shutil.rmtree(safety.backups_dir(path), ignore_errors=True)
    return {"days": days, "registrations_a_day": registrations, "steps_recorded": steps,
            "kept": used["backups"], "space_mb": round(used["bytes"] / 1e6, 1), "chunks": used["chunks"],
            "database_mb": round(used["database_bytes"] / 1e6, 1), "times_the_database": used["times_the_database"],
            "as_full_copies_mb": round(used["as_full_copies_bytes"] / 1e6), "oldest": used["oldest"],
            "first_backup_s": seconds[0], "daily_backup_median_s": statistics.median(seconds[1:] or seconds),
            "total_s": round(time.perf_counter() - started)}


# ---- the table -----------------------------------------------------------------------------------
def table(f: dict) -> str:
    b, i1, i10, s = f["bulk_load"], f.get("import_100k", {}), f.get("import_10k", {}), f["size"]
    one, frag, cnt = f["one_char"], f["fragment"], f["counts"]
    rows = [("measure", "now", "anchor, same data, same run", "goal"),
            (f"bulk load (`demo --rows {b['rows']:,}`)", f"{b['seconds']} s ({round(b['rows'] / b['seconds']):,} rows/s), "
             f"{b['peak_rss_mb']} MB", f"raw executemany of the same rows: {f['bulk_anchor']['rows_per_s']:,} rows/s",
             "≤ 60 s (≥ 17k rows/s), ≤ 300 MB")]
    for imp, goal in ((i1, "≤ 15 s, ≤ 150 MB, all-or-nothing"), (i10, "≤ 1.5 s")):
        if imp:
            rows.append((f"XLSX import, {imp['rows']:,} rows", f"{imp['import']['import_seconds']} s "
                         f"({imp['import']['seconds']} s with the process start), {imp['import']['peak_rss_mb']} MB",
                         f"calamine reads it in {imp['calamine_read']['seconds']} s; openpyxl read-only "
                         f"{imp['openpyxl_read']['seconds']} s", goal))
    if i1.get("bad_row"):
        bad = i1["bad_row"]
        rows.append(("XLSX import, bad row at row 99,999", f"refused in {bad['import_seconds']} s, {bad['records_after']} "
                     f"records imported ({bad['where']})", "—", "nothing imported"))
    rows.append(("database size", f"{s['file_mb']:,} MB (search postings {s['largest_mb'].get('search postings (FTS5)', 0)} MB)",
                 f"FTS5 trigram index of the same text {f['trigram_mb']} MB", "≤ 1.2 GB, search as fast"))
    slow = max(v["newest_50_ms"] for v in one.values())
    rows.append(("one-character query, newest 50", "; ".join(f"{v['newest_50_ms']} ms {k} ({v['query']})"
                                                              for k, v in one.items()),
                 "scan " + "; ".join(f"{v['like_scan_ms']} ms" for v in one.values()), f"≤ 20 ms for any (max {slow} ms)"))
    rows.append((f"first keystrokes of a 文号 fragment (`{FRAGMENT}`)", f"slowest {frag['slowest_ms']} ms",
                 f"scan {frag['like_scan_ms']} ms", "≤ 20 ms"))
    rows.append(("count of a common 3–4 character word", "; ".join(
        f"{v['query']} {v['count_ms']} ms" for k, v in cnt.items() if k.startswith("common_4")),
        "FTS5 trigram " + "; ".join(f"{v['trigram_count_ms']} ms" for k, v in cnt.items() if k.startswith("common_4")),
        "≤ 30 ms"))
    if f.get("backups"):
        bk = f["backups"]
        rows.append((f"backups of a year ({bk['registrations_a_day']} registrations + their first steps a day)",
                     f"{bk['kept']} verified backups in {bk['space_mb']:,} MB: {bk['times_the_database']}× the "
                     f"database ({bk['database_mb']:,} MB)", f"the same backups as full copies: "
                     f"{bk['as_full_copies_mb']:,} MB", "≤ 3× the database"))
    return "\n".join("| " + " | ".join(r) + " |" + ("\n|---|---|---|---|" if n == 0 else "") for n, r in enumerate(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--dir", help="folder for the files (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--backup-days", type=int, default=365, help="days of office work between backups (0: none)")
    parser.add_argument("--day-registrations", type=int, default=300)
    parser.add_argument("--only", choices=["backups", "imports"],
                        help="only these rows: backups on the database in --dir (kept); imports on files of their own")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="docroute-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.sqlite"
    for leftover in folder.glob("bench.sqlite*"):
        if args.only is None:
            leftover.unlink()
    figures: dict = {"sqlite_version": sqlite3.sqlite_version, "load_average_at_start": os.getloadavg()}
    if args.only == "backups":  # one row on an existing database (e.g. a copy of a 1M one)
        figures["backups"] = backups(folder / "bench.sqlite", args.backup_days, args.day_registrations)
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    if args.only == "imports":  # the import rows alone: they build their own files and databases
        for rows, key in ((args.import_rows, "import_100k"), (10_000, "import_10k")):
            figures[key] = imports(folder, rows)
        figures["load_average_at_end"] = os.getloadavg()
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    print(f"building {args.rows:,} records…", file=sys.stderr)
    figures["bulk_load"] = {"rows": args.rows, **child("demo", path, args.rows)}
    figures["bulk_anchor"] = bulk_anchor(path, folder / "anchor.sqlite")
    with Registry.open(path, auto_backup=False) as registry:
        registry.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        figures["records"] = registry.count("")
        figures["size"] = sizes(path)
        print("trigram anchor…", file=sys.stderr)
        tri = anchors(path, folder / "trigram.sqlite")
        figures["trigram_mb"] = round(tri.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'tri%'").fetchone()[0] / 1e6, 1)
        figures["one_char"] = one_char(registry, tri)
        figures["fragment"] = fragment_keystrokes(path, tri)
        figures["counts"] = counts(registry, tri)
        tri.close()
        (folder / "trigram.sqlite").unlink()
        verify_ms, verdict = once_ms(lambda: search_index.verify(registry.db.conn))
        figures["search_index_verify"] = {"seconds": round(verify_ms / 1000, 1), "ok": verdict["ok"]}
        figures["registration_with_number"] = registration(registry)
    for rows, key in ((args.import_rows, "import_100k"), (10_000, "import_10k")):
        print(f"import of {rows:,} rows…", file=sys.stderr)
        figures[key] = imports(folder, rows)
    if args.backup_days:  # last: a year of office work changes the database
        print(f"{args.backup_days} days of office work and backups…", file=sys.stderr)
        figures["backups"] = backups(path, args.backup_days, args.day_registrations)
    figures["load_average_at_end"] = os.getloadavg()
    print(table(figures))
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.keep:
        shutil.rmtree(folder) if not args.dir else [p.unlink() for p in folder.glob("bench.sqlite*")]


if __name__ == "__main__":
    main()
