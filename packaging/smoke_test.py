"""Smoke test of a frozen DocRoute: does the built program work as a clerk and a script would use it?

    python packaging/smoke_test.py [COMMAND]     (packaging/smoke-test.sh picks the Python)

COMMAND is the frozen program (default dist/docroute/docroute; after `dpkg -i`, /usr/bin/docroute or the
Exec line of the menu entry). Each check runs it as a whole new process, in a throwaway home, data and
settings folder, offscreen. The files it writes are read back here with pypdf and python-docx (the test
extras), not with the bundle's own code. Prints one line per check and "smoke: N passed, M failed"."""
from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
IDENTITY = runpy.run_path(str(ROOT / "desktop_app" / "identity.py"))
ORG = ROOT / "bench" / "org_sample.json"
ROUTE_REQUEST = {"kind": "outgoing", "date": "2026-11-27", "authority": "county_government", "direction": "downward",
                 "doc_type": "通知", "scope": "routine", "lead_department": "县教育局", "cosign_departments": ["县财政局"]}
PAGE_KEYS = ("incoming", "outgoing", "seals", "deadlines", "search", "statistics", "settings")
REGISTER_REQUEST = {**{k: v for k, v in ROUTE_REQUEST.items() if k != "kind"},
                    "title": "关于做好冬季森林草原防火工作的通知", "series": "托政发",
                    "main_recipients": ["各乡镇人民政府"], "cc": [], "drafter": "张三", "classification": "none",
                    "urgency": "none", "copies": 30, "publicity": "主动公开"}


class Frozen:
    """Runs the frozen program in its own throwaway environment."""

    def __init__(self, command: str, work: Path) -> None:
        self.command = command
        self.work = work
        self.data_dir = work / "data"
        self.env = {**os.environ, "HOME": str(work / "home"), "XDG_CONFIG_HOME": str(work / "config"),
                    "XDG_DATA_HOME": str(self.data_dir), "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop("PYTHONPATH", None)  # the bundle must not lean on a source tree

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([self.command, *args], capture_output=True, text=True, env=self.env,
                              cwd=self.work, timeout=timeout)

    def json(self, *args: str):
        done = self.run(*args)
        assert done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()[-500:]}"
        return json.loads(done.stdout)

    def file(self, name: str, value) -> str:
        path = self.work / name
        path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        return str(path)


def check_version(app: Frozen) -> str:
    done = app.run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"docroute {IDENTITY['VERSION']}", done.stdout + done.stderr
    return done.stdout.strip()


def check_route(app: Frozen) -> str:
    plan = app.json("route", "--org", str(ORG), app.file("route.json", ROUTE_REQUEST))
    assert plan["signer"]["name"] == "副县长甲", plan["signer"]
    bases = {basis for step in plan["steps"] for basis in step["basis"]}
    assert "第六十四条" in bases, bases
    reply = [d for d in plan["deadlines"] if d["what"] == "cosign_reply"]
    assert reply and reply[0]["due"] == "2026-12-08" and reply[0]["basis"] == "第六十二条", plan["deadlines"]
    return f"signer {plan['signer']['name']}, {len(plan['steps'])} steps, 会签 due {reply[0]['due']}"


def check_bad_input(app: Frozen) -> str:
    done = app.run("route", "--org", str(ORG), app.file("bad.json", {**ROUTE_REQUEST, "authority": "county"}))
    assert done.returncode == 2 and done.stdout == "", (done.returncode, done.stdout)
    assert "authority" in done.stderr and "Traceback" not in done.stderr, done.stderr
    return done.stderr.strip()


def registered_and_numbered(app: Frozen) -> tuple[str, dict]:
    db = str(app.work / "registry.sqlite")
    app.json("--db", db, "org", "import", str(ORG))
    record = app.json("--db", db, "register", "outgoing", app.file("register.json", REGISTER_REQUEST))
    for step in record["plan"]["steps"]:  # every step in order: no leader signs before the office (第六十四条)
        by = step.get("person") or ("张三" if step["action"] == "draft" else "文书科")
        app.json("--db", db, "record-step", str(record["id"]), str(step["order"]), "--by", by,
                 "--on", "2026-11-30", "--opinion", "同意")
    return db, app.json("--db", db, "assign-number", str(record["id"]))


def check_slips(app: Frozen) -> str:
    from docx import Document
    from pypdf import PdfReader

    db, record = registered_and_numbered(app)
    assert record["number"] == "托政发〔2026〕1号", record["number"]
    pdf, docx = app.work / "slip.pdf", app.work / "slip.docx"
    written = app.json("--db", db, "slip", str(record["id"]), "--format", "pdf", "-o", str(pdf))
    app.json("--db", db, "slip", str(record["id"]), "--format", "docx", "-o", str(docx))
    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    document = Document(str(docx))
    docx_text = "\n".join([p.text for p in document.paragraphs] +
                          [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    for expected in ("托克逊县人民政府发文稿纸", record["number"], REGISTER_REQUEST["title"], "副县长甲", "第六十四条"):
        assert expected in pdf_text, f"PDF lacks {expected}"
        assert expected in docx_text, f"DOCX lacks {expected}"
    shown = app.json("--db", db, "show", str(record["id"]))
    assert shown["number"] == record["number"] and shown["status"] == record["status"], shown
    app.json("--db", db, "attach", str(record["id"]), str(pdf))  # stored with its SHA-256 …
    checked = app.json("--db", db, "check")  # … which check recomputes
    assert checked["ok"] is True, checked
    return f"{record['number']}: PDF {written['pages']} page(s) and DOCX read back, attached and checked"


def check_new_registry(app: Frozen) -> str:
    result = app.json("--db", str(app.work / "new.sqlite"), "check")
    assert result["ok"] is True, result
    return f"check ok on a new registry ({len(result)} keys)"


def check_demo(app: Frozen) -> str:
    """A demo large enough to make its rows in a second process: the frozen program started again by
    multiprocessing (freeze_support in docroute_main.py)."""
    db = str(app.work / "demo.sqlite")
    made = app.json("--db", db, "demo", "--rows", "25000")
    assert made["records"] == 25000 and "row_maker_peak_rss_mb" in made, made
    checked = app.json("--db", db, "check")
    assert checked["ok"] is True and checked["records"] == 25000, checked["problems"]
    return f"{made['records']:,} records made by a second process, check ok"


def check_window(app: Frozen) -> str:
    done = app.run("--smoke-window", str(app.work / "window.sqlite"), timeout=180)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()[-800:]}"
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["frozen"] is True, seen
    assert seen["navigation"][:2] == ["收文", "发文"], seen["navigation"]
    assert set(PAGE_KEYS) <= set(seen["pages_visited"]), seen["pages_visited"]
    assert seen["new_record_form"] == "OutgoingForm", seen
    assert seen["qt_cancel"] == "取消", "Qt's own zh_CN catalogue was not loaded"
    assert seen["qt_translations_in_bundle"] is True, "Qt's translations came from outside the bundle"
    assert seen["bundled_font"] is True, "the bundled font was not registered"
    assert seen["window_icon_sizes"] >= 7, "the window has no icon (resources/icons missing?)"
    assert seen["backup_ran"] is True and seen["crash_reports"] == [], seen
    assert seen["pinyin_order"] == ["阿依古丽", "白玉", "买买提", "张三"], f"ICU's Chinese collation: {seen['pinyin_order']}"
    assert seen["chinese_code_pages"] == ["Big5", "GB18030", "GB2312", "GBK"], seen["chinese_code_pages"]
    return f"{len(seen['pages_visited'])} pages visited, closed with exit 0"


def check_server(app: Frozen) -> str:
    """The frozen program on a PostgreSQL server (its own psycopg and libpq): register a numbered document
    and verify, in a fresh database of the test server (DOCROUTE_TEST_PG, as .ci/run sets it)."""
    admin = os.environ.get("DOCROUTE_TEST_PG")
    if not admin:
        return "skipped: DOCROUTE_TEST_PG not set"
    import psycopg

    name = f"docroute_smoke_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    url = admin.rpartition("/")[0] + f"/{name}"
    try:
        app.json("--db", url, "org", "import", str(ORG))
        record = app.json("--db", url, "register", "outgoing",
                          app.file("server.json", {**REGISTER_REQUEST, "signed_by": "exec", "signed_on": "2026-11-30",
                                                   "assign_number": True}))
        assert record["number"] == "托政发〔2026〕1号", record
        assert app.json("--db", url, "check")["ok"] is True
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            for (role,) in conn.execute(f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{name}%'").fetchall():
                conn.execute(f'DROP ROLE "{role}"')
    return f"server: {record['number']} registered and checked on PostgreSQL"


def check_no_crash_log(app: Frozen) -> str:
    logs = list(app.data_dir.rglob("docroute-errors.log"))
    assert not logs, logs[0].read_text(encoding="utf-8")[-800:]
    return "no error log written"


CHECKS: list[Callable[[Frozen], str]] = [check_version, check_route, check_bad_input, check_slips,
                                         check_new_registry, check_demo, check_window, check_server,
                                         check_no_crash_log]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else str(ROOT / "dist" / IDENTITY["PACKAGE_NAME"] / IDENTITY["PACKAGE_NAME"])
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="docroute-smoke-") as tmp:
        app = Frozen(command, Path(tmp))
        for check in CHECKS:
            try:
                detail = check(app)
            except Exception as exc:  # report every check, then fail the run
                failed += 1
                print(f"FAIL {check.__name__}: {type(exc).__name__}: {exc}", flush=True)
            else:
                passed += 1
                print(f"ok   {check.__name__}: {detail}", flush=True)
    print(f"smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
