"""Bench: time to render each slip as PDF and DOCX, and the LibreOffice route for comparison.

    python bench/slips.py [--runs 20] [--json]

Run it as a fresh process: the first render of each format includes loading and registering the fonts
(~0.1 s per CJK face); then `--runs` steady renders report their median. When `soffice` is installed, the
same DOCX is converted to PDF with LibreOffice headless (a throwaway profile, nothing written to $HOME),
once cold and then steady, and the report gives how many times faster the direct PDF writer is.
Goal (issue 4): steady PDF ≤ 30 ms per slip, ≥ 40× faster than the LibreOffice route."""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.slips import render_register_book, render_seal_slip, render_slip, samples  # noqa: E402

COUNTY = samples.COUNTY


def _cases() -> dict:
    """The records are built (and routed) here, outside the timed renders."""
    org = samples.org_chart()
    book = samples.register_records("incoming", 60, date(2026, 11, 1))
    outgoing, incoming, seal = samples.outgoing_record(), samples.incoming_record(), samples.seal_request()
    return {
        "发文稿纸": lambda fmt, out: render_slip(outgoing, fmt, out, county=COUNTY, org=org),
        "收文处理笺": lambda fmt, out: render_slip(incoming, fmt, out, county=COUNTY, org=org),
        "用印审批单": lambda fmt, out: render_seal_slip(seal, fmt, out, county=COUNTY, org=org),
        "收文登记簿(60行)": lambda fmt, out: render_register_book("incoming", book, date(2026, 11, 1),
                                                             date(2026, 11, 30), fmt, out, county=COUNTY),
    }


def _time(render, fmt: str) -> float:
    start = time.perf_counter()
    render(fmt, io.BytesIO())
    return time.perf_counter() - start


def _render_times(cases: dict, runs: int) -> dict:
    """First render of each format (the very first includes font loading), then the steady median."""
    results = {}
    for name, render in cases.items():
        row = {}
        for fmt in ("pdf", "docx"):
            row[f"{fmt}_first_ms"] = _time(render, fmt) * 1000
            row[f"{fmt}_steady_ms"] = statistics.median(_time(render, fmt) for _ in range(runs)) * 1000
        results[name] = row
    return results


def _soffice_convert(docx: Path, workdir: Path) -> float:
    env = dict(os.environ, XDG_CACHE_HOME=str(workdir / "cache"), HOME=str(workdir))
    start = time.perf_counter()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{workdir / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(workdir / "out"), str(docx)],
                   env=env, capture_output=True, timeout=180, check=True)
    elapsed = time.perf_counter() - start
    if not (workdir / "out" / (docx.stem + ".pdf")).is_file():
        raise RuntimeError("LibreOffice produced no PDF")
    return elapsed


def _libreoffice_times(cases: dict, runs: int) -> dict | None:
    if not shutil.which("soffice"):
        return None
    results = {}
    with tempfile.TemporaryDirectory(prefix="docroute-bench-") as folder:
        work = Path(folder)
        for index, (name, render) in enumerate(cases.items()):
            docx = work / f"slip{index}.docx"
            render("docx", docx)
            cold = _soffice_convert(docx, work)
            steady = statistics.median(_soffice_convert(docx, work) for _ in range(max(1, runs)))
            results[name] = {"soffice_first_ms": cold * 1000, "soffice_steady_ms": steady * 1000}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="steady renders per slip and format")
    parser.add_argument("--soffice-runs", type=int, default=3, help="steady LibreOffice conversions per slip")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    cases = _cases()
    results = _render_times(cases, args.runs)
    office = _libreoffice_times(cases, args.soffice_runs)
    for name, row in results.items():
        if office:
            row.update(office[name])
            row["speedup_vs_soffice"] = row["soffice_steady_ms"] / row["pdf_steady_ms"]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print(f"{'form':<14}{'PDF first':>11}{'PDF steady':>12}{'DOCX first':>12}{'DOCX steady':>13}"
          f"{'LO first':>11}{'LO steady':>11}{'PDF×':>8}")
    for name, row in results.items():
        lo = (f"{row['soffice_first_ms']:>9.0f}ms{row['soffice_steady_ms']:>9.0f}ms{row['speedup_vs_soffice']:>7.0f}×"
              if office else f"{'(soffice not installed)':>30}")
        print(f"{name:<14}{row['pdf_first_ms']:>9.1f}ms{row['pdf_steady_ms']:>10.1f}ms"
              f"{row['docx_first_ms']:>10.1f}ms{row['docx_steady_ms']:>11.1f}ms{lo}")


if __name__ == "__main__":
    main()
