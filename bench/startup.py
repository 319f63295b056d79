"""Start-up and memory of the window with a big registry, against a bare PySide6 window, in one run.

    python bench/startup.py --db /tmp/bench1m/docroute.sqlite [--repeat 3] [--no-scroll]

Build the database once with `docroute --db PATH demo --rows 1000000` (or Registry.demo). Each sample is
a whole new process, timed by this parent from spawn until the child reports a usable window:

- bare: QApplication + QMainWindow with a QTableView over a lazy 100,000-row model, shown and painted;
- app:  what `docroute` does (identity, bundled font, zh_CN translation, crash handler, Registry.open,
        MainWindow on 收文 with the first rows painted).

Goal: app ≤ 2 × bare. Then one app child scrolls the 收文 list from top to bottom a screen at a time
(every row is fetched and painted once) and reports its peak RSS (goal ≤ 300 MB).
Offscreen (QT_QPA_PLATFORM=offscreen) unless the caller sets another platform."""
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
_CONFIG_HOME = tempfile.mkdtemp(prefix="docroute-bench-settings-")
READY = "READY"


# ---- children ------------------------------------------------------------------------------------
def child_bare(rows: int) -> dict:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Lazy(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else rows

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}-{index.column()}"
            return None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    view.setModel(Lazy(view))
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    _report({"kind": "bare"})
    return {"app": app, "window": window, "view": view}


def child_app(db: str) -> dict:
    """`docroute --db DB` up to the event loop (ui.app.start), the daily backup included if due."""
    marks = {}
    t0 = time.perf_counter()
    from desktop_app.ui import app as app_module

    marks["imports"] = time.perf_counter() - t0
    session = app_module.start(db)
    session.window.resize(1280, 720)
    session.app.processEvents()
    page = session.window.pages["incoming"]
    assert page.model.rowCount() > 0 and page.model._pages, "the first rows were not fetched"
    marks["window_painted"] = time.perf_counter() - t0
    _report({"kind": "app", "rows": page.model.rowCount(), "marks": marks})
    return {"app": session.app, "window": session.window, "page": page}


def scroll_everything(state: dict) -> dict:
    import resource

    app, page = state["app"], state["page"]
    bar = page.table.verticalScrollBar()
    t0 = time.perf_counter()
    steps = 0
    value = 0
    while True:
        bar.setValue(value)
        app.processEvents()
        steps += 1
        if value >= bar.maximum():
            if not page.model.canFetchMore():
                break
            page.model.fetchMore()  # the view does this itself at the bottom; be sure of it
        value = min(bar.maximum(), value + bar.pageStep())
    last = page.model.index(page.model.total - 1, 1).data()
    return {"rows": page.model.rowCount(), "steps": steps, "seconds": round(time.perf_counter() - t0, 1), "last_row_title": last,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _report(payload: dict) -> None:
    print(READY, json.dumps(payload, ensure_ascii=False), flush=True)


def child_main(args: argparse.Namespace) -> None:
    state = child_bare(args.bare_rows) if args.child == "bare" else child_app(args.db)
    if args.child_scroll:
        print(json.dumps({"scroll": scroll_everything(state)}, ensure_ascii=False), flush=True)
    else:
        state["app"].exec()  # a running window until the parent ends this process


# ---- parent --------------------------------------------------------------------------------------
def spawn(args: list[str]) -> tuple[float, dict, subprocess.Popen]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": _CONFIG_HOME}  # fresh QSettings
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it; PySide6's own modules are
    # compiled already): without this, a shell with PYTHONDONTWRITEBYTECODE=1 makes every start of the app,
    # and not the bare window, compile our ~40 start-up modules from source again (~30 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)
    for line in proc.stdout:
        if line.startswith(READY):
            return time.perf_counter() - start, json.loads(line[len(READY):]), proc
    proc.wait()
    raise SystemExit(f"child {args} ended without a window (exit {proc.returncode})")


def sample(args: list[str]) -> tuple[float, dict]:
    elapsed, payload, proc = spawn(args)
    proc.kill()
    proc.wait()
    return elapsed, payload


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the registry database (e.g. 1,000,000 demo records)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bare-rows", type=int, default=100_000)
    parser.add_argument("--no-scroll", dest="scroll", action="store_false")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--child-scroll", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args)
        return
    if not args.db or not Path(args.db).is_file():
        parser.error("--db must name an existing database (build one with the demo first)")
    # A warm-up start, not counted: it fills the disk cache and pays any one-time cost (a schema
    # migration with its backup; the daily backup itself runs in a thread after the window shows).
    first, first_payload = sample(["--child", "app", "--db", args.db])
    bare, app, marks = [], [], []
    for _ in range(args.repeat):
        bare.append(sample(["--child", "bare", "--bare-rows", str(args.bare_rows)])[0])
        elapsed, payload = sample(["--child", "app", "--db", args.db])
        app.append(elapsed)
        marks.append(payload["marks"])
    result = {
        "first_rows_loaded": first_payload["rows"],
        "warm_up_start_s": round(first, 3),
        "bare_window_100k_s": [round(x, 3) for x in bare],
        "app_window_s": [round(x, 3) for x in app],
        "median_bare_s": round(statistics.median(bare), 3),
        "median_app_s": round(statistics.median(app), 3),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "app_marks_median_s": {k: round(statistics.median(m[k] for m in marks), 3) for k in marks[0]},
    }
    if args.scroll:
        _, _, proc = spawn(["--child", "app", "--db", args.db, "--child-scroll"])
        line = proc.stdout.readline()
        proc.wait()
        result["scroll_whole_list"] = json.loads(line)["scroll"]
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
