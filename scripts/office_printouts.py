"""Renders the office's printouts for docs/ through the CLI, from a fresh demo registry: the 归档文件目录,
the 统计 page, a 催办单 and an archived record's slip with its 归档章, as PDFs and 100-dpi PNGs
(`pdftoppm -png -r 100`, as docs/slips.md's other pictures).

    .venv/bin/python scripts/office_printouts.py [OUT_DIR]      # default: docs/slips"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.cli import main  # noqa: E402


def run(db: Path, *args: str) -> object:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", str(db), *args])
    if code != 0:
        raise SystemExit(f"docroute {' '.join(args)} failed with {code}")
    text = out.getvalue()
    return json.loads(text) if text.strip() else None


def png(pdf: Path, target: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(target.with_suffix(""))],
                   check=True)


def main_script(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db, work = Path(tmp) / "demo.sqlite", Path(tmp)
        run(db, "demo", "--rows", "3000")
        numbered = run(db, "query", "--kind", "outgoing", "--status", "numbered", "--from", "2026-09-01",
                       "--limit", "9")["records"]
        done = run(db, "query", "--kind", "incoming", "--status", "done", "--from", "2026-09-01",
                   "--limit", "6")["records"]
        retention = ["永久", "30年", "10年"]
        for n, record in enumerate(sorted(numbered + done, key=lambda r: r["date"])):
            run(db, "archive", str(record["id"]), "--retention", retention[n % 3], "--pages", str(2 + n % 5),
                *(["--note", "复印件"] if n == 4 else []), "--on", "2026-12-01")
        run(db, "archive-catalogue", "--year", "2026", "--format", "pdf", "-o", str(work / "catalogue.pdf"))
        run(db, "slip", str(numbered[0]["id"]), "--format", "pdf", "-o", str(work / "archived.pdf"))
        run(db, "stats", "--year", "2025", "--on", "2026-12-01", "--format", "pdf", "-o", str(work / "stats.pdf"))
        request = {"title": "关于做好2026年冬季防汛工作的通知", "series": "托政发", "date": "2026-09-28",
                   "authority": "county_government", "direction": "downward", "doc_type": "通知",
                   "scope": "routine", "lead_department": "县水利局", "cosign_departments": ["县财政局"],
                   "main_recipients": ["各乡镇人民政府"], "drafter": "张三", "copies": 40, "publicity": "主动公开"}
        (work / "cosign.json").write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
        record = run(db, "register", "outgoing", str(work / "cosign.json"))
        key = f"cosign_reply:{record['id']}:县财政局"
        run(db, "remind", key, "--by", "文书科张三", "--on", "2026-10-12", "--means", "电话")
        reminder = run(db, "remind", key, "--by", "文书科张三", "--on", "2026-10-14", "--means", "催办单",
                       "--note", "该文会签期限已于10月13日届满，请于今日内回复意见；逾期未复视为无不同意见。")
        run(db, "remind-slip", str(reminder["id"]), "--format", "pdf", "-o", str(work / "reminder.pdf"))
        for name, target in (("catalogue", "archive-catalogue"), ("stats", "statistics"), ("reminder", "reminder"),
                             ("archived", "archived-slip")):
            png(work / f"{name}.pdf", out_dir / f"{target}.png")
            print(out_dir / f"{target}.png")


if __name__ == "__main__":
    main_script(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "slips")
