"""Opens each screen of the window over demo data and saves screenshots (offscreen) to docs/screenshots/.

    python scripts/screenshots.py [--rows 3000] [--out docs/screenshots] [--only 1 2]

Runs twice: at 100 % on a 1366×768 screen (the window takes the screen less a taskbar) and at 150 %
display scaling (QT_SCALE_FACTOR=1.5, the same physical screen, so 910×485 logical pixels). The offscreen
screen itself is 1366×768 (a configfile for Qt's offscreen platform), so dialogs sized from the screen —
the first-run wizard — come out as on an office PC. The demo database is built in a temporary folder and
thrown away; the wizard runs on an empty one. `--only` keeps the pictures whose names start with the given
prefixes (`--only 3 4`: the wizard and 设置). Look at every picture after a change."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)
TASKBAR = 40


def shoot(db: Path, out: Path, scale: float, only: tuple[str, ...] = ()) -> list[Path]:
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
        if only and not name.startswith(only):
            return
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

    outgoing.back_to_list()  # the form has input: 保存 / 放弃 / 取消 first
    save("20-leave-form-question", _composed(window, outgoing.unsaved_question))
    outgoing.unsaved_question.button(outgoing.unsaved_question.StandardButton.Discard).click()
    view = outgoing.open_record(_worked_record(registry))
    view.tabs.setCurrentWidget(view.history)
    save("06-record-view")  # 拟稿 offers the drafter typed at registration; the history has room
    numbered = registry.search_ids(kind="outgoing", status="numbered", limit=1)
    if numbered:
        view = outgoing.open_record(numbered[0])
        preview = view.print_preview()
        if preview is not None:
            save("07-print-preview", preview)  # the size it gives itself: the screen's, not a fixed one
            preview.preview.setZoomFactor(0.85)  # where a 200-dpi picture lost its strokes
            save("07-print-preview-85", preview)
            preview.close()
    outgoing.back_to_list()
    _export_screens(window, save, Path(db).parent)
    _seal_screens(window, registry, save)
    _office_screens(window, registry, save)
    shoot_settings(window, registry, save)
    window.go_to("incoming")
    QApplication.processEvents()
    window.close()  # stops the counter thread before the registry closes
    registry.close()
    shoot_wizard(db.parent / f"first-run-{int(scale * 100)}.sqlite", window.size(), save)
    _empty_registry_screen(db.parent / f"empty-{int(scale * 100)}.sqlite", save, window.size())
    return saved


def _worked_record(registry) -> int:
    """An outgoing record a clerk is working on: registered with its drafter and a 会签 department, the
    office review recorded, the co-signer's reply in; 拟稿 and the leaders' steps still open."""
    title = "关于做好2026年冬季农村饮水安全保障工作的通知"
    done = [i for i in registry.search_ids(title, kind="outgoing", limit=5) if registry.get(i)["title"] == title]
    if done:  # both scales share the database
        return done[0]
    org = registry.org_chart()
    lead = _departments(registry)[0]
    cosigner = next(d for d in org.departments() if d != lead and org.deputy_over(d) is not None)
    record = registry.register("outgoing", {
        "title": title, "series": "托政办发", "authority": "county_office",
        "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": lead,
        "cosign_departments": [cosigner], "main_recipients": ["各乡镇人民政府"], "drafter": "马丽",
        "date": "2026-11-27"})
    office = next(s for s in record["plan"]["steps"] if s["action"] == "office_review")
    registry.record_step(record["id"], office["order"], "文书科 李四", "2026-11-28", "已审核")
    registry.record_cosign_reply(record["id"], cosigner, "2026-11-30", "无不同意见")
    return record["id"]


class _composed:  # noqa: N801 (used like a function: save(name, _composed(window, box)))
    """The window with a window-modal dialog over it, as the clerk sees them (grab() takes one widget)."""

    def __init__(self, window, dialog) -> None:
        self.window, self.dialog = window, dialog

    def grab(self):
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QPainter

        picture = self.window.grab()
        painter = QPainter(picture)
        where = self.window.mapFromGlobal(self.dialog.frameGeometry().topLeft())
        painter.drawPixmap(where, self.dialog.grab())
        painter.setPen(QColor("#7f8c8d"))  # offscreen windows have no frame: draw one
        painter.drawRect(QRect(where, self.dialog.size()).adjusted(0, 0, -1, -1))
        painter.end()
        return picture


def _export_screens(window, save, folder: Path) -> None:
    """导出 Excel: Qt's own save dialog in Chinese, then the confirmation naming the file and the rows."""
    from desktop_app.ui.file_dialogs import file_dialog

    page = window.go_to("incoming")
    (folder / "导出").mkdir(exist_ok=True)
    (folder / "导出" / "收文-2026-11-30.xlsx").write_bytes(b"x" * 40_000)
    dialog = file_dialog(window, page.tr("Export to Excel"), "Excel 工作簿 (*.xlsx)", save=True,
                         suggested_name="收文-2026-12-01.xlsx")
    dialog.setDirectory(str(folder / "导出"))
    dialog.show()
    save("21-save-dialog", dialog)
    dialog.close()
    page.search.edit.setText("防汛")
    page.search.emit_query()
    page.export_xlsx(str(folder / "导出" / "收文-防汛.xlsx"))
    save("22-export-done", _composed(window, page.export_notice))
    page.export_notice.close()
    page.search.edit.clear()
    page.search.emit_query()


def _empty_registry_screen(path: Path, save, size) -> None:
    """A fresh install: the empty list says what to do first."""
    from desktop_app.registry import Registry
    from desktop_app.ui.main_window import MainWindow

    registry = Registry.open(path, auto_backup=False)
    window = MainWindow(registry)
    window.resize(size)
    window.show()
    window.go_to("incoming")
    save("23-empty-registry", window)
    window.close()
    registry.close()


# The leaders of docs/org-chart-example.json (fictional names), as a clerk types them into the wizard.
WIZARD_LEADERS = [("阿不都热合曼·买买提", None), ("李建华", ["县财政局", "县发展和改革委员会", "县审计局"]),
                  ("古丽娜尔·吐尔逊", ["县教育局", "县卫生健康委员会", "县民政局"]),
                  ("张志强", ["县住房和城乡建设局", "县自然资源局", "县水利局"]), ("陈明", None), ("刘静", None)]


def shoot_settings(window, registry, save) -> None:
    """Each 设置 section over the demo data, with an absence today and a backup to list."""
    from datetime import date, timedelta

    today = date.today()
    if not registry.org.absences(on=today):  # both scales share the database
        registry.org.add_absence("head", today.isoformat(), (today + timedelta(days=2)).isoformat(), "出差")
    registry.backup()
    window.update_status()
    if not registry.numbering.voided(today.year):  # a voided number to list (it is never given again)
        numbered = registry.search_ids(kind="outgoing", status="numbered", year=today.year, limit=1)
        if numbered:
            registry.void(numbered[0], "标题有误，已重新发文")
    for number, key in enumerate(("org", "absences", "series", "holidays", "seals", "slips", "data", "rules")):
        section = window.show_settings(key)
        if key == "data":
            _checking(section, save)
            section.check()  # in threads (ui/data_jobs.py): both may run at once
            section.backups.selectRow(0)
            section.verify_selected()
            _wait_for(section)
        save(f"4{number}-settings-{key}")


def _checking(section, save) -> None:
    """数据与备份 while 检查数据库 runs: the check waits in its thread until the picture is taken."""
    import threading

    from desktop_app.registry import Registry

    release, check = threading.Event(), Registry.check
    Registry.check = lambda self, **kwargs: release.wait(30) and check(self, **kwargs)
    try:
        section.check()
        save("46-settings-data-checking")
    finally:
        release.set()
        Registry.check = check
    _wait_for(section)


def _wait_for(section) -> None:
    from PySide6.QtWidgets import QApplication

    while section.busy():
        QApplication.processEvents()
        time.sleep(0.02)


def shoot_wizard(db: Path, size, save) -> None:
    """The first-run wizard over the window of an empty registry, page by page."""
    from desktop_app.registry import Registry
    from desktop_app.ui.main_window import MainWindow

    registry = Registry.open(db, auto_backup=False)
    window = MainWindow(registry)
    window.resize(size)
    window.show()
    wizard = window.open_first_run()
    save("30-wizard-county", wizard)
    wizard.next()
    for row, (name, departments) in enumerate(WIZARD_LEADERS):
        wizard.leaders_page.set_row(row, name, departments)
    save("31-wizard-leaders", wizard)
    wizard.next()
    save("32-wizard-series", wizard)
    wizard.next()
    save("33-wizard-seals", wizard)
    wizard.next()
    save("34-wizard-summary", wizard)
    wizard.reject()
    window.close()
    registry.close()


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


def _office_screens(window, registry, save) -> None:
    """待办与期限 (and its 督办 tab), 会签 in the record view, 查询 with three fields, 统计, the 归档文件目录."""
    due = window.go_to("deadlines").page()
    save("08-deadlines")
    due.tabs.setCurrentIndex(1)
    due.follow_up_filter.setCurrentIndex(due.follow_up_filter.findData(None))
    save("13-follow-ups")
    due.tabs.setCurrentIndex(0)
    cosign = next(i for i in due.items_model.rows() if i["state"] == "awaiting_reply" and "元旦" in i["title"])
    due.open_item(due.items_model.rows().index(cosign))
    save("14-record-cosign")
    due.host.back_to_list()
    search = window.go_to("search").page()
    search.form.set_values(kind="outgoing", doc_type="通知", date_from="2026-01-01")
    search.run()
    save("15-search")
    window.go_to("statistics").page().set_year(2026)
    save("16-statistics")
    window.go_to("search")
    search.tabs.setCurrentIndex(1)
    search.catalogue.set_year(2026)
    save("17-archive-catalogue")
    archived = registry.archive.catalogue(2026)[0]["record_id"]
    search.host_open(archived)
    save("18-record-archived")
    search.host.back_to_list()
    search.tabs.setCurrentIndex(0)


def office_demo(registry) -> None:
    """A working day of the office: 会签 requests due later, soon and past (silence), 督办 items open and
    closed, reminders, and finished records of 2026 archived with all three retention periods."""
    from datetime import date, timedelta

    from desktop_app.registry.query import Query

    today = date.today()
    departments = _departments(registry)
    matters = [("关于印发《全县冬春农田水利建设实施方案》的通知", 12, ["县财政局", "县自然资源局"]),
               ("关于调整县城区部分道路交通组织的通告", 8, ["县住房和城乡建设局"]),
               ("关于做好2027年元旦春节期间安全生产工作的通知", 5, ["县财政局", "县卫生健康委员会", "县教育局"]),
               ("关于开展全县校园周边环境专项整治的通知", 2, ["县卫生健康委员会"])]
    records = []
    for title, days_ago, cosign in matters:
        day = today - timedelta(days=days_ago)
        records.append(registry.register("outgoing", {
            "title": title, "series": "托政发", "date": day.isoformat(), "authority": "county_government",
            "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": departments[0],
            "cosign_departments": cosign, "main_recipients": ["各乡镇人民政府", "县直各部门"], "drafter": "张三"}))
    registry.record_cosign_reply(records[0]["id"], "县财政局", (today - timedelta(days=8)).isoformat(), "同意")
    registry.record_cosign_reply(records[2]["id"], "县教育局", (today - timedelta(days=1)).isoformat(), "无不同意见")
    follow = registry.follow_ups
    follow.add(records[0]["id"], "县水利局", (today + timedelta(days=10)).isoformat(), "冬春农田水利建设进度每半月报送一次",
               on=(today - timedelta(days=12)).isoformat())
    done = registry.query.ids(Query.parse(kind="incoming", status="done", date_from=f"{today.year}-09-01"), limit=3)
    late = follow.add(done[0], "县教育局", (today - timedelta(days=3)).isoformat(), "县长批示：校舍安全隐患排查整改",
                      on=(today - timedelta(days=20)).isoformat())
    closed = follow.add(done[1], "县卫生健康委员会", (today - timedelta(days=5)).isoformat(), "流感疫苗接种工作",
                        on=(today - timedelta(days=25)).isoformat())
    follow.close(closed["id"], (today - timedelta(days=6)).isoformat(), "已完成重点人群接种，书面报告已报县政府")
    registry.reminders.remind(f"follow_up:{late['id']}", "文书科 李四", today.isoformat(), means="电话",
                              note="请于本周内报送整改情况")
    registry.reminders.remind(f"cosign_reply:{records[0]['id']}:县自然资源局", "文书科 李四", today.isoformat(),
                              means="催办单")
    _archive_demo(registry, today)


def _archive_demo(registry, today) -> None:
    from desktop_app.registry.query import Query
    from desktop_app.slips.archive import slip_pdf

    org = registry.org_chart()
    numbered = registry.query.ids(Query.parse(kind="outgoing", status="numbered", date_from=f"{today.year}-01-01"),
                                  limit=8)
    handled = registry.query.ids(Query.parse(kind="incoming", status="done", date_from=f"{today.year}-01-01"), limit=12)
    retention = ["永久", "30年", "10年", "10年"]
    for n, record_id in enumerate(sorted(numbered + handled[4:])):
        registry.archive.archive(record_id, retention[n % 4], pages=2 + n % 7, note="复印件" if n == 5 else "",
                                 slip=lambda record: slip_pdf(record, county=org.county, org=org))


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
    parser.add_argument("--only", nargs="*", default=[], help="keep only pictures whose names start so")
    parser.add_argument("--scale", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scale:  # a child: one scale factor per process, as Qt reads it at start-up
        for path in shoot(args.db, args.out, args.scale, tuple(args.only)):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return
    with tempfile.TemporaryDirectory(prefix="docroute-shots-") as folder:
        db = Path(folder) / "docroute.sqlite"
        from desktop_app.registry import Registry

        with Registry.open(db, auto_backup=False) as registry:
            registry.demo(args.rows)
            seal_demo(registry)
            office_demo(registry)
        screen = Path(folder) / "screen.json"  # Qt's offscreen platform: one 1366×768 screen
        screen.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": SCREEN[0],
                                                   "height": SCREEN[1], "logicalDpi": 96, "dpr": 1}]}))
        for scale in (1.0, 1.5):
            env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
                   "QT_SCALE_FACTOR": str(scale),
                   "XDG_CONFIG_HOME": folder}  # a fresh QSettings: not the size you left your window with
            subprocess.run([sys.executable, __file__, "--scale", str(scale), "--db", str(db),
                            "--out", str(args.out), "--only", *args.only], check=True, env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
