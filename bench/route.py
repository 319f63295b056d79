"""Benchmark: `docroute route` as a whole process (goal: well under 0.5 s), and the engine in-process.

Run on purpose: `python bench/route.py [--runs N]`. Prints JSON figures."""
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
REQUEST = {"kind": "outgoing", "date": "2026-11-27", "authority": "county_government", "direction": "downward",
           "doc_type": "通知", "scope": "cross_portfolio", "lead_department": "县教育局",
           "cosign_departments": ["县财政局", "县自然资源局"], "normative": True}


def whole_process(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        org, request = Path(tmp) / "org.json", Path(tmp) / "req.json"
        org.write_text(json.dumps(ORG, ensure_ascii=False), encoding="utf-8")
        request.write_text(json.dumps(REQUEST, ensure_ascii=False), encoding="utf-8")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "desktop_app", "route", "--org", str(org), str(request)],
                           check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
        return times


def in_process(runs: int) -> list[float]:
    from desktop_app.rules.engine import route_json

    route_json(REQUEST, ORG)  # tables and articles loaded once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        route_json(REQUEST, ORG)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    python_start = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        python_start.append(time.perf_counter() - start)
    process, engine = whole_process(runs), in_process(runs * 50)
    print(json.dumps({
        "route_process_median_s": round(statistics.median(process), 4),
        "route_process_max_s": round(max(process), 4),
        "bare_python_start_median_s": round(statistics.median(python_start), 4),
        "engine_in_process_median_ms": round(statistics.median(engine) * 1000, 3),
        "goal_process_s": 0.5,
        "runs": runs,
    }, indent=2))


if __name__ == "__main__":
    main()
