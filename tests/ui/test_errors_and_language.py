"""The shell's safety nets: an unexpected error is logged and explained calmly while the window stays
up; the translation is complete and installed; the bundled Chinese font is registered."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import RefusedError
from desktop_app.paths import resource
from desktop_app.ui.errors import CrashHandler
from desktop_app.ui.fonts import PREFERRED_FAMILY, covers_chinese


@pytest.fixture
def handler(app, tmp_path):
    crash = CrashHandler(tmp_path / "data" / "docroute-errors.log").install()
    yield crash
    crash.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_calmly_and_the_window_keeps_running(qtbot, window, handler):
    def broken_slot():
        raise ZeroDivisionError("division by zero in a slot")

    with qtbot.waitSignal(handler.reported) as shown:
        QTimer.singleShot(0, broken_slot)
    log = handler.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError" in log and "broken_slot" in log
    message = shown.args[0]
    assert message.startswith("抱歉，刚才的操作没有完成。")
    assert "已保存的公文不受影响" in message and str(handler.log_path) in message
    box = window.findChild(QMessageBox, "crashMessage")
    assert box is not None and box.isVisible() and box.text() == message
    box.accept()
    assert window.isVisible()
    window.go_to("outgoing")  # still usable
    assert window.pages["outgoing"].model.total == 1


def test_a_failure_the_clerk_can_act_on_shows_its_headline_and_hint(app, handler):
    handler.show_dialogs = False
    with pytest.raises(RefusedError) as caught:
        raise RefusedError("尚未签发的文件不能编号", "请先记录签发")
    messages = []
    handler.reported.connect(messages.append)
    handler.handle(RefusedError, caught.value, caught.value.__traceback__)
    assert messages == ["尚未签发的文件不能编号\n\n请先记录签发"]
    assert "RefusedError: 尚未签发的文件不能编号；请先记录签发" in handler.log_path.read_text(encoding="utf-8")


def test_a_second_error_while_the_message_is_open_is_only_logged(qtbot, window, handler):
    for n in range(3):
        try:
            raise ValueError(f"error {n}")
        except ValueError as exc:
            handler.handle(ValueError, exc, exc.__traceback__)
    assert len(window.findChildren(QMessageBox, "crashMessage")) <= 1
    assert handler.log_path.read_text(encoding="utf-8").count("Traceback") == 3
    handler._box.accept()


def test_the_translation_has_no_unfinished_or_empty_entries():
    tree = ET.parse(resource("translations", "docroute_zh_CN.ts"))
    assert tree.getroot().get("language") == "zh_CN"
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        text = (translation.text or "") + "".join(n.text or "" for n in translation.iter("numerusform"))
        assert translation.get("type") is None, message.find("source").text
        assert text.strip(), message.find("source").text
    assert resource("translations", "docroute_zh_CN.qm").stat().st_size > 1000


def test_the_bundled_font_is_registered_and_chinese_has_glyphs(app):
    assert PREFERRED_FAMILY in QFontDatabase.families()
    assert covers_chinese(app.font()) or PREFERRED_FAMILY in app.font().families()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_logged_and_shown_on_the_window_thread(qtbot, window, handler):
    from PySide6.QtCore import QThread

    class Failing(QThread):
        def run(self) -> None:
            raise OSError("disk full while copying the backup")

    worker = Failing()
    with qtbot.waitSignal(handler.reported, timeout=5000) as shown:
        worker.start()
    worker.wait()
    assert "OSError: disk full" in handler.log_path.read_text(encoding="utf-8")
    assert shown.args[0].startswith("抱歉，刚才的操作没有完成。")
    box = window.findChild(QMessageBox, "crashMessage")
    assert box is not None and box.thread() is window.thread()
    box.accept()
