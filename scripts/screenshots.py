"""Opens each screen of the window over demo data and saves screenshots (offscreen) to docs/screenshots/.

    python scripts/screenshots.py [--rows 3000] [--out docs/screenshots]

Runs twice: at 100 % on a 1366×768 screen (the window takes the screen less a taskbar) and at 150 %
display scaling (QT_SCALE_FACTOR=1.5, the same physical screen, so 910×485 logical pixels). The demo
database is built in a temporary folder and thrown away. Look at every picture after a change."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)
TASKBAR = 40


def shoot(db: Path, out: Path, scale: float) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.registry import Registry
    from desktop_app.ui.app import prepare_app
    from desktop_app.ui.main_window import MainWindow

    app = prepare_app()
    registry = Registry.open(db, auto_backup=False)
    window = MainWindow(registry)
    window.resize(int(SCREEN[0] / scale), int((SCREEN[1] - TASKBAR) / scale))
    window.show()
    suffix = "" if scale == 1 else f"@{int(scale * 100)}"
    saved: list[Path] = []

    def save(name: str, widget=None) -> None:
        settle = time.monotonic() + 0.6  # the exact count comes from a thread a moment later
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.02)
        path = out / f"{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    save("01-incoming-list")
    outgoing = window.go_to("outgoing")
    outgoing.search.edit.setText("防汛")
    outgoing.search.emit_query()
    save("02-outgoing-search")
    outgoing.search.edit.clear()
    outgoing.search.emit_query()

    form = window.new_record()
    _fill(form, title="关于做好2026年冬季防汛工作的通知", lead_department="县水利局", drafter="张三",
          main_recipients="各乡镇人民政府、县直各单位")
    save("03-new-outgoing-routine")
    form.fields["scope"].set_value("major")
    form.update_routing()
    save("04-new-outgoing-major")
    form.fields["date"].setText("2026-13-45")
    window.save_current()
    save("05-bad-date-marked")

    outgoing.back_to_list()
    numbered = registry.search_ids(kind="outgoing", status="numbered", limit=1)
    if numbered:
        outgoing.open_record(numbered[0])
        save("06-record-view")
        preview = outgoing.current_editor().print_preview()
        if preview is not None:
            preview.resize(window.size())
            save("07-print-preview", preview)
            preview.close()
    window.go_to("deadlines")
    save("08-deadlines")
    _seal_screens(window, registry, save)
    window.go_to("incoming")
    QApplication.processEvents()
    window.close()  # stops the counter thread before the registry closes
    registry.close()
    return saved


def _seal_screens(window, registry, save) -> None:
    """用印: the ledger with a seal out, a contract request with its approvals, a refused one, a request."""
    window.go_to("seals")
    save("09-seals")
    form = window.new_record()
    department = _departments(registry)[0]
    form.fill({"seal": "county_government", "purpose": "contract", "requesting_department": department,
               "matter": "县城老旧小区改造工程施工合同签订", "document_name": "托克逊县老旧小区改造工程施工合同",
               "copies": 4, "requester": "王五"})
    save("10-seal-request")
    form.fields["purpose"].set_value("certificate")
    form.fields["blank"].setChecked(True)
    form.update_routing()
    save("11-seal-refused")
    page = window.pages["seals"].page()
    page.back_to_list()
    out = registry.seals.out()
    page.open_request(out[0]["request_id"] if out else registry.seals.search_ids(kind="request", limit=1)[0])
    save("12-seal-request-view")
    page.back_to_list()


def _departments(registry) -> list[str]:
    org = registry.org_chart()
    return [d for d in org.departments() if org.deputy_over(d) is not None]


def seal_demo(registry) -> None:
    """A fortnight of seal use: contracts and certificates approved and used, one refused (blank paper),
    one waiting for its approvals, and the county government's seal out with an escort."""
    from datetime import date, timedelta

    seals = registry.seals
    departments = _departments(registry)
    matters = ["县城老旧小区改造工程施工合同签订", "农村饮水安全工程建设协议", "防汛物资储备库租赁合同", "教育质量提升项目合作协议",
               "乡村振兴衔接资金使用情况报表", "高标准农田建设项目验收证明", "葡萄产业发展合作框架协议", "重点项目建设进度报表"]
    purposes = ["contract", "agreement", "contract", "agreement", "report_form", "proof", "agreement", "report_form"]
    today = date.today()
    ids = []
    for n, (matter, purpose) in enumerate(zip(matters, purposes)):
        day = (today - timedelta(days=14 - n)).isoformat()
        department = departments[n % len(departments)]
        request = seals.request({"date": day, "seal": "county_government" if n % 3 else "county_office",
                                 "purpose": purpose, "requesting_department": department, "matter": matter,
                                 "copies": 2 + n % 4, "requester": ["王五", "赵六", "钱七"][n % 3]})
        ids.append(request["id"])
        if n < 6:
            approvers = [a["person"] for a in request["approvals"] if a["person"]]
            seals.use(request["id"], on=day, operator="文书科 李四", approved_by=approvers)
    seals.request({"date": today.isoformat(), "seal": "county_office", "purpose": "certificate",
                   "requesting_department": departments[0], "matter": "空白荣誉证书盖章", "copies": 50,
                   "requester": "孙八", "blank": True})
    seals.take_out("county_government", escort="机要员 张三", reason="外事：赴乌鲁木齐签订合作协议", request_id=ids[7])


def _fill(form, **values: str) -> None:
    for key, value in values.items():
        widget = form.fields[key]
        (widget.setEditText if hasattr(widget, "setEditText") else widget.setText)(value)
    form.update_routing()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scale:  # a child: one scale factor per process, as Qt reads it at start-up
        for path in shoot(args.db, args.out, args.scale):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return
    with tempfile.TemporaryDirectory(prefix="docroute-shots-") as folder:
        db = Path(folder) / "docroute.sqlite"
        from desktop_app.registry import Registry

        with Registry.open(db, auto_backup=False) as registry:
            registry.demo(args.rows)
            seal_demo(registry)
        for scale in (1.0, 1.5):
            env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                   "QT_SCALE_FACTOR": str(scale),
                   "XDG_CONFIG_HOME": folder}  # a fresh QSettings: not the size you left your window with
            subprocess.run([sys.executable, __file__, "--scale", str(scale), "--db", str(db),
                            "--out", str(args.out)], check=True, env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
