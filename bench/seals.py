"""Benchmark: verifying the seal ledger's hash chain (goal: 10,000 entries well under a second).

Run on purpose: `python bench/seals.py [--entries 10000] [--runs 5]`. Builds a ledger of realistic
entries (requests routed by the engine, then uses, alternating) in a temporary database, then measures,
beside two anchors in the same run: reading every row without checking anything (the floor any check
pays), `SealRegistry.verify()` in-process, and `docroute seal verify` as a whole process against
`python -c pass`. Prints JSON figures."""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ORG = json.loads((ROOT / "bench" / "org_sample.json").read_text(encoding="utf-8"))
REQUEST = {"date": "2026-11-27", "seal": "county_government", "purpose": "contract",
           "requesting_department": "县教育局", "matter": "县第二中学教学楼抗震加固工程施工合同签订", "copies": 4,
           "requester": "王五", "document_name": "托克逊县第二中学教学楼抗震加固工程施工合同"}


def build(path: Path, entries: int) -> float:
    """A ledger of `entries` entries; appended through the ledger's own function, in one transaction."""
    from desktop_app.registry import Registry
    from desktop_app.registry.database import write
    from desktop_app.registry.seals import ledger

    start = time.perf_counter()
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(ORG)
        template = registry.seals.request(REQUEST)  # one real request: the engine's plan, the stored body
        first = ledger.entries(registry.db, "id = 1")[0]
        with write(registry.db):
            for n in range(2, entries + 1):
                if n % 2:
                    body = {**first["body"], "request": {**first["body"]["request"], "matter": f"第{n}份合同签订"}}
                    ledger.append(registry.db, "request", body, seal="county_government", on_date="2026-11-27",
                                  request_id="self", search=f"第{n}份合同签订 县教育局 王五")
                else:
                    body = {"on": "2026-11-28", "operator": "李四", "copies": 4, "approved_by": ["d2", "head"],
                            "approved_names": ["副县长乙", "县长甲"], "note": "", "scan": None,
                            "matter": template["matter"], "requesting_department": "县教育局"}
                    ledger.append(registry.db, "use", body, seal="county_government", on_date="2026-11-28",
                                  request_id=n - 1, search="县人民政府印章 县教育局 李四")
        assert registry.seals.verify() == {"ok": True, "entries": entries}
    return time.perf_counter() - start


def timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from desktop_app.registry import Registry

    with tempfile.TemporaryDirectory(prefix="docroute-seals-") as folder:
        db = Path(folder) / "docroute.sqlite"
        built = build(db, args.entries)
        with Registry.open(db, auto_backup=False) as registry:
            read_all = timed(lambda: registry.db.conn.execute("SELECT * FROM seal_ledger ORDER BY id").fetchall(),
                             args.runs)
            verify = timed(registry.seals.verify, args.runs)
        command = [sys.executable, "-m", "desktop_app", "--db", str(db), "seal", "verify"]
        process = timed(lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT), args.runs)
        python = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), args.runs)
        size = db.stat().st_size
    print(json.dumps({
        "entries": args.entries, "build_s": round(built, 2), "db_mb": round(size / 1e6, 1),
        "anchor_read_all_rows_s": round(statistics.median(read_all), 4),
        "verify_in_process_s": round(statistics.median(verify), 4),
        "anchor_python_start_s": round(statistics.median(python), 4),
        "seal_verify_process_s": round(statistics.median(process), 4),
    }, indent=2))


if __name__ == "__main__":
    main()
