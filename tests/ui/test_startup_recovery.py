"""A database too damaged to open: there is no window yet to offer 文件 → 从备份恢复… from, so the start-up
message offers the restore itself, and the window opens on the restored registry."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.registry import Registry
from tests.registry.helpers import incoming_request


@pytest.fixture
def unreadable(tmp_path, org_json) -> tuple[Path, Path]:
    path = tmp_path / "office.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(org_json)
        registry.register("incoming", incoming_request(title="关于申请防汛物资的请示"))
        saved = registry.backup()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00\xff" * 1998  # the page holding the schema: nothing can open the file
    path.write_bytes(bytes(data))
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    return path, saved


def _answer(steps: list) -> None:
    """Answers the modal dialogs in turn as they appear (each step: a function of the active dialog)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            steps.pop(0)(dialog)
        except BaseException:
            steps.clear()
            dialog.reject()  # never leave a test waiting on a modal dialog; pytest-qt reports the error
            raise
        if steps:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def _click(label: str):
    def click(box: QMessageBox) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "cannotOpen"
        assert "docroute " not in box.text()  # names a button, never a command
        next(b for b in box.buttons() if b.text() == label).click()
    return click


def test_the_start_up_message_restores_a_backup_and_the_window_opens_on_it(app, unreadable, monkeypatch):
    from desktop_app.ui import app as app_module

    monkeypatch.setattr(QFileDialog, "exec", _accept_the_preselected_backup)
    path, saved = unreadable
    _answer([_click("从备份恢复…")])
    session = app_module.start(str(path), daily_backup=False)
    try:
        assert session is not None
        assert session.registry.search_ids("防汛") and session.registry.check()["ok"]
        kept = [p for p in path.parent.joinpath("backups").iterdir() if "-replaced-" in p.name]
        assert kept, "the unreadable file is kept beside the backups"
    finally:
        if session is not None:
            session.close()


def _accept_the_preselected_backup(dialog: QFileDialog) -> int:
    """QFileDialog.exec replaced (a native dialog cannot be driven offscreen): the newest backup is
    preselected in the backups folder; the clerk accepts it."""
    selected = dialog.selectedFiles()
    assert selected and Path(selected[0]).parent.name == "backups" and selected[0].endswith((".backup.json", ".sqlite")), selected
    return QFileDialog.DialogCode.Accepted


def test_quitting_the_start_up_message_leaves_the_damaged_file_alone(app, unreadable):
    from desktop_app.ui import app as app_module

    path, _saved = unreadable
    before = path.read_bytes()
    _answer([_click("退出")])
    assert app_module.start(str(path), daily_backup=False) is None
    assert path.read_bytes() == before
