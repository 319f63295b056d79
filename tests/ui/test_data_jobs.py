"""设置 → 数据与备份 and 文件 → 立即备份 never freeze the window: 立即备份, 检查数据库 and 校验所选备份 run in a thread
on a connection of their own while the window paints and answers; the section says what is under way and
disables only the buttons that would conflict; the result appears when the job ends, in the words of
before; a failure is one Chinese line; a 立即备份 during the daily backup says it waits, then makes its own;
closing the window under a job finishes the job (a whole backup), then closes.

The registry's call is held at a gate in its worker thread (a real backup or check runs once the test
opens it), so that the test sees the window while the job is under way."""
from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QPushButton

from desktop_app.registry import Registry, chunkstore
from desktop_app.registry.safety import backups_dir
from desktop_app.ui import data_jobs


class Gate:
    """Holds every call of `owner.name` in the thread that makes it until `release` is set."""

    def __init__(self, monkeypatch) -> None:
        self.monkeypatch = monkeypatch
        self.entered, self.release = threading.Event(), threading.Event()
        self.calls: list[tuple[threading.Thread, tuple]] = []

    def hold(self, owner, name: str) -> "Gate":
        original = getattr(owner, name)

        def held(*args, **kwargs):
            self.calls.append((threading.current_thread(), args))
            self.entered.set()
            assert self.release.wait(20), "the test never opened the gate"
            return original(*args, **kwargs)

        self.monkeypatch.setattr(owner, name, held)
        return self


@pytest.fixture
def gate(monkeypatch):
    held = Gate(monkeypatch)
    yield held
    held.release.set()
    data_jobs.wait_for_all()  # before the window closes: nothing ends under a running thread


def manifests(db_path: Path) -> list[Path]:
    return sorted(backups_dir(db_path).glob(f"*{chunkstore.SUFFIX}"))


def records_in(manifest: Path, tmp_path: Path) -> int:
    """A backup read back whole (every chunk and the file's SHA-256 checked), as a restore reads it."""
    out = tmp_path / "read-back.sqlite"
    chunkstore.reassemble(manifest, out)
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        conn.close()
        out.unlink()


def enabled(section) -> dict[str, bool]:
    return {"backup": section.backup_button.isEnabled(), "restore": section.restore_button.isEnabled(),
            "verify": section.verify_button.isEnabled(), "check": section.check_button.isEnabled()}


def test_the_window_paints_and_answers_while_the_database_is_checked(qtbot, window, small_registry, gate):
    gate.hold(Registry, "check")
    section = window.show_settings("data")
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    job = section.check()
    assert gate.entered.wait(10)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)  # the event loop runs while the check is held
    thread, args = gate.calls[0]
    assert thread is not threading.main_thread() and args[0] is not small_registry  # a connection of its own
    assert section.activity.isVisible() and section.busy_bar.isVisible()
    assert section.activity.text() == "正在检查数据库……"
    assert enabled(section) == {"backup": True, "restore": False, "verify": True, "check": False}
    slips = window.show_settings("slips")  # the rest of the window is in use meanwhile
    assert slips.save_county("鄯善县") and small_registry.office.county() == "鄯善县"
    incoming = window.go_to("incoming")
    qtbot.waitUntil(lambda: incoming.model.total == 2, timeout=5000)  # its count from the counter thread
    window.show_settings("data")
    gate.release.set()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    assert job.result["ok"] and section.message.text() == "数据库正常。"
    text = section.result.toPlainText()
    assert "✔ 文件页面完好" in text and "共 3 条记录" in text
    assert QSettings().value("data/last_check")
    assert all(enabled(section).values()) and not section.activity.isVisible() and not section.busy_bar.isVisible()


def test_a_backup_made_in_a_thread_appears_in_the_list_and_the_status_bar(qtbot, window, small_registry, gate,
                                                                         tmp_path):
    gate.hold(Registry, "backup")
    section = window.show_settings("data")
    assert section.backups.rowCount() == 0 and window.backup_label.text() == "最近备份：尚无"
    job = section.backup_now()
    assert gate.entered.wait(10)
    qtbot.waitUntil(lambda: section.activity.text() == "正在备份……", timeout=5000)
    assert enabled(section) == {"backup": False, "restore": False, "verify": False, "check": True}
    assert section.backup_now() is None and section.message.text() == "请等正在进行的操作完成后再试。"
    gate.release.set()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    assert section.message.text() == f"已备份到 {job.result}"
    assert section.backups.rowCount() == 1 and section.backups.item(0, 0).text() == job.result.name
    assert section.backups.item(0, 3).text() == "备份时已校验"
    assert window.backup_label.text().startswith("最近备份：20") and all(enabled(section).values())
    assert records_in(job.result, tmp_path) == 3


def test_failures_are_one_chinese_line_and_the_buttons_come_back(qtbot, window, small_registry, tmp_path):
    section = window.show_settings("data")
    made = small_registry.backup()
    names = chunkstore.read(made).chunks
    victim = chunkstore.chunk_path(backups_dir(small_registry.path), names[len(names) // 2])
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    section.refresh()
    section.backups.selectRow(0)
    job = section.verify_selected()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    assert not job.result.ok and "已损坏" in section.message.text() and "color: #c0392b" in section.message.styleSheet()
    assert section.backups.item(0, 3).text().startswith("不能使用：")
    shutil.rmtree(backups_dir(small_registry.path))  # then a backups folder that cannot be one
    backups_dir(small_registry.path).write_text("a file where the folder should be", encoding="utf-8")
    section.backup_now()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    line = section.message.text()
    assert line.startswith("备份失败") and "请检查磁盘空间和文件夹权限后重试" in line
    assert "Traceback" not in line and "docroute" not in line and all(enabled(section).values())


def test_back_up_now_during_the_daily_backup_says_it_waits_then_makes_its_own(qtbot, window, small_registry,
                                                                             gate, tmp_path):
    from desktop_app.ui.app import DailyBackup

    gate.hold(chunkstore, "store")  # the daily backup stops with its copy verified, holding the folder's lock
    daily = DailyBackup(small_registry.path)
    daily.start()
    assert gate.entered.wait(10)
    section = window.show_settings("data")
    job = section.backup_now()
    qtbot.waitUntil(lambda: section.activity.text().startswith("正在等待另一个备份（例如每日自动备份）完成"),
                    timeout=10_000)
    assert section.busy() and not section.backup_button.isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: not section.busy() and daily.isFinished(), timeout=30_000)
    daily.wait()
    made = manifests(small_registry.path)
    assert len(made) == 2 and job.result == made[-1]  # the daily one, then the clerk's own, both whole
    assert [records_in(path, tmp_path) for path in made] == [3, 3]
    assert section.message.text() == f"已备份到 {job.result}"


def test_the_file_menu_backs_up_in_a_thread_too(qtbot, window, small_registry, gate):
    gate.hold(Registry, "backup")
    job = window.backup_now()
    assert gate.entered.wait(10)
    assert not window.backup_action.isEnabled() and window.statusBar().currentMessage() == "正在备份……"
    window.go_to("outgoing")  # the window answers meanwhile
    assert window.current_key() == "outgoing"
    gate.release.set()
    qtbot.waitUntil(window.backup_action.isEnabled, timeout=20_000)
    assert window.statusBar().currentMessage() == f"已备份到 {job.result}"


def test_closing_the_window_during_a_backup_finishes_the_backup_then_closes(qtbot, window, small_registry, gate,
                                                                           tmp_path):
    gate.hold(chunkstore, "store")  # half way: the copy written and verified, its chunks not stored yet
    section = window.show_settings("data")
    job = section.backup_now()
    assert gate.entered.wait(10)
    assert list(backups_dir(small_registry.path).glob("*.partial"))
    window.close()
    assert window.isVisible()  # not under a running backup
    notice = window.closing_notice
    assert notice.isVisible() and notice.labelText() == "备份仍在进行，完成后窗口会自动关闭。"
    gate.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert job.isFinished() and manifests(small_registry.path) == [job.result]
    assert records_in(job.result, tmp_path) == 3 and not list(backups_dir(small_registry.path).glob("*.partial*"))


def test_the_clerk_may_keep_the_window_open_instead(qtbot, window, gate):
    gate.hold(Registry, "check")
    section = window.show_settings("data")
    section.check()
    assert gate.entered.wait(10)
    window.close()
    notice = window.closing_notice
    assert notice.labelText() == "数据库检查仍在进行，完成后窗口会自动关闭。"
    keep = next(b for b in notice.findChildren(QPushButton) if b.text() == "不关闭窗口")
    keep.click()
    gate.release.set()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    qtbot.wait(3 * data_jobs.ClosingNotice.POLL_MS)
    assert window.isVisible() and not notice.isVisible() and section.message.text() == "数据库正常。"


def test_the_session_ends_only_after_a_job_under_way(qtbot, app, tmp_path, org_json, gate):
    from desktop_app.ui import app as app_module

    path = tmp_path / "office.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(org_json)
        registry.demo(50)
    session = app_module.start(str(path), daily_backup=False)
    section = session.window.show_settings("data")
    gate.hold(chunkstore, "store")
    job = section.backup_now()
    assert gate.entered.wait(10)
    threading.Timer(0.3, gate.release.set).start()
    session.close()  # as run() does when the event loop ends: waits for the backup, shows its outcome
    assert job.isFinished() and manifests(path) == [job.result] and records_in(job.result, tmp_path) == 50
    assert section.message.text() == f"已备份到 {job.result}" and not data_jobs.running()
