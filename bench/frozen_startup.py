"""Start-up of the frozen program (the PyInstaller bundle) against the source tree, in one run.

    python bench/frozen_startup.py [--frozen dist/docroute/docroute] [--db DB] [--rows 2000] [--repeat 5]

Build the bundle first (packaging/build-linux.sh). Each sample is a whole new process, frozen and
source taking turns so that both see the same machine load:
- version: `docroute --version` (the interpreter and the CLI's imports);
- route:   `docroute route --org bench/org_sample.json REQUEST` (rule tables, articles, JSON);
- window:  the window opened on DB and painted, timed from spawn to the READY line that
           packaging/docroute_main.py --smoke-window prints right after ui.app.start() and the first paint.
The source runs with this Python (`python -m desktop_app`, `python packaging/docroute_main.py`).
Without --db a fresh registry with --rows demo records is made in a temporary folder.
Offscreen (QT_QPA_PLATFORM=offscreen) unless the caller sets another platform. Prints JSON."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUEST = {"kind": "outgoing", "date": "2026-11-27", "authority": "county_government", "direction": "downward",
           "doc_type": "通知", "scope": "cross_portfolio", "lead_department": "县教育局",
           "cosign_departments": ["县财政局", "县自然资源局"], "normative": True}


def environment(work: Path) -> dict:
    env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONPATH", None)
    return env


def timed_run(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def timed_window(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        for line in proc.stdout:
            if line.strip() == "READY":
                return time.perf_counter() - start
        raise SystemExit(f"{command[0]} ended without a window (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", default=str(ROOT / "dist" / "docroute" / "docroute"))
    parser.add_argument("--db", help="an existing registry (e.g. 1,000,000 demo records); default: a new one")
    parser.add_argument("--rows", type=int, default=2000, help="demo records in the new registry (without --db)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not Path(args.frozen).is_file():
        parser.error(f"{args.frozen} not found: build it with packaging/build-linux.sh")
    with tempfile.TemporaryDirectory(prefix="docroute-frozen-bench-") as tmp:
        work = Path(tmp)
        env = environment(work)
        request = work / "request.json"
        request.write_text(json.dumps(REQUEST, ensure_ascii=False), encoding="utf-8")
        db = args.db or str(work / "bench.sqlite")
        if not args.db:
            subprocess.run([sys.executable, "-m", "desktop_app", "--db", db, "demo", "--rows", str(args.rows)],
                           check=True, capture_output=True, env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        programs = {"frozen": ([args.frozen], env), "source": ([sys.executable, "-m", "desktop_app"], source_env)}
        windows = {"frozen": [args.frozen], "source": [sys.executable, str(ROOT / "packaging" / "docroute_main.py")]}
        tasks = {
            "version": lambda who: timed_run(programs[who][0] + ["--version"], programs[who][1]),
            "route": lambda who: timed_run(programs[who][0] + ["route", "--org", str(ROOT / "bench" / "org_sample.json"),
                                                               str(request)], programs[who][1]),
            "window": lambda who: timed_window(windows[who] + ["--smoke-window", db], programs[who][1]),
        }
        samples = {task: {"frozen": [], "source": []} for task in tasks}
        for task, measure in tasks.items():
            measure("frozen"), measure("source")  # warm-up: disk cache, .pyc files, a migration if due
            for _ in range(args.repeat):
                for who in ("frozen", "source"):
                    samples[task][who].append(measure(who))
    result = {"db": args.db or f"new registry, {args.rows} demo records", "repeat": args.repeat}
    for task, by in samples.items():
        frozen, source = statistics.median(by["frozen"]), statistics.median(by["source"])
        result[task] = {"frozen_median_s": round(frozen, 3), "source_median_s": round(source, 3),
                        "frozen_over_source": round(frozen / source, 2),
                        "frozen_s": [round(x, 3) for x in by["frozen"]], "source_s": [round(x, 3) for x in by["source"]]}
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
