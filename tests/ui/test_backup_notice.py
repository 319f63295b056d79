"""The window and backups: a failed daily backup is a notice and the clerk keeps working; a damaged
database is a notice naming the menu to restore from (never a command); File → Restore from backup…
restores in the background, or refuses a bad backup and changes nothing."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from desktop_app.registry import Registry
from desktop_app.ui.app import DailyBackup
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import SAMPLE_INCOMING


def run_daily_backup(qtbot, window, path):
    backup = DailyBackup(path)
    backup.finished_backup.connect(window.backup_done)
    backup.failed.connect(window.backup_failed)
    backup.damaged.connect(window.database_damaged)
    with qtbot.waitSignals([backup.finished], timeout=20_000):
        backup.start()
    backup.wait()
    qtbot.wait(10)  # the queued signals reach the window's thread


def damage_records_page(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'records' AND pagetype = 'leaf'")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = leaves[len(leaves) // 2]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size + 8)
        handle.write(b"\x5a" * (size - 8))


def test_a_failed_daily_backup_is_a_notice_and_work_goes_on(qtbot, window, small_registry):
    (small_registry.path.parent / "backups").write_text("a file where the folder should be", encoding="utf-8")
    run_daily_backup(qtbot, window, small_registry.path)
    assert window.notice.isVisibleTo(window) and window.notice.kind == "warning"
    assert "今天的自动备份没有完成" in window.notice.text() and "“立即备份”" in window.notice.text()
    assert "docroute restore" not in window.notice.text()
    assert small_registry.register("incoming", SAMPLE_INCOMING)["id"]  # nothing is refused
    (small_registry.path.parent / "backups").unlink()
    window.backup_now()
    qtbot.waitUntil(lambda: not window.notice.isVisibleTo(window), timeout=20_000)
    assert window.backup_action.isEnabled()


def test_a_damaged_database_is_named_with_the_menu_to_restore_from(qtbot, app, tmp_path, org_json):
    path = tmp_path / "docroute.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(org_json)
        registry.demo(500)
        good = registry.backup()
    good = good.rename(good.with_name(good.name.replace(good.name.split("-")[1], "20200101")))
    damage_records_page(path)
    with Registry.open(path, auto_backup=False) as registry:
        window = MainWindow(registry)
        qtbot.addWidget(window)
        run_daily_backup(qtbot, window, path)
        text = window.notice.text()
        assert window.notice.kind == "danger" and "数据库已损坏" in text
        assert "“文件”菜单中的“从备份恢复…”" in text and good.name in text and "docroute restore" not in text
        # Reopening the window says so again at once, before any backup runs.
        again = MainWindow(registry)
        qtbot.addWidget(again)
        assert again.notice.kind == "danger" and good.name in again.notice.text()
        # The menu it names restores the good backup; the notice goes.
        with qtbot.waitSignal(window.restore_from_backup(str(good), confirm=False).restored, timeout=30_000):
            pass
        assert window.notice.kind == "" and registry.check()["ok"]
        assert "已从" in window.statusBar().currentMessage()


def test_restore_from_the_menu_refuses_a_bad_backup_and_changes_nothing(qtbot, window, small_registry,
                                                                         tmp_path, monkeypatch):
    saved = small_registry.backup(tmp_path / "saved.sqlite")
    conn = sqlite3.connect(saved)
    conn.execute("CREATE TRIGGER keep_titles AFTER INSERT ON records BEGIN UPDATE records SET title = 'x'; END")
    conn.commit()
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    job = window.restore_from_backup(str(saved), confirm=False)
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert "多出触发器 keep_titles" in shown[0] and "当前数据库保持不变" in shown[0]
    assert small_registry.count("") == 3 and window.restore_action.isEnabled()
