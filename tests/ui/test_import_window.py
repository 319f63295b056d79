"""File → Import registers…: the import runs in a thread with a progress dialog; the list shows the
imported records; Cancel imports nothing; a bad file is one warning and nothing imported. The list
export offers CSV, which writes the same rows."""
from __future__ import annotations

import csv

import pytest

from PySide6.QtWidgets import QMessageBox

from desktop_app.registry import Registry


@pytest.fixture
def empty_window(qtbot, app, registry):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(registry)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _register_file(tmp_path, window, rows=300):
    """An exported demo register whose series the window's registry knows too."""
    with Registry.open(tmp_path / "source.sqlite", auto_backup=False) as source:
        source.demo(rows)
        source.export(tmp_path / "登记簿.xlsx")
        series = [s for s in source.series() if s["kind"] == "outgoing"]
    known = {s["code"] for s in window.registry.series()}
    for s in series:
        if s["code"] not in known:
            window.registry.add_series(s["code"], "outgoing")
    return tmp_path / "登记簿.xlsx"


def test_an_import_shows_progress_and_then_the_records(qtbot, empty_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: pytest.fail(text))
    before = empty_window.registry.count("")
    job = empty_window.import_registers(str(_register_file(tmp_path, empty_window)))
    seen = []
    job.progress.connect(lambda *p: seen.append(p))
    with qtbot.waitSignal(job.imported, timeout=60_000) as done:
        pass
    assert done.args[0]["imported"] == 300
    qtbot.waitUntil(lambda: not job.isRunning())
    assert empty_window.registry.count("") == before + 300
    assert seen and seen[-1][0] == "write"
    assert "300" in empty_window.statusBar().currentMessage()
    assert not empty_window.import_progress.isVisible()


def test_cancel_imports_nothing(qtbot, empty_window, tmp_path):
    before = empty_window.registry.count("")
    path = _register_file(tmp_path, empty_window)
    job = empty_window.import_registers(str(path))
    job.cancel()  # what the dialog's Cancel button does
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not job.isRunning())
    assert empty_window.registry.count("") == before
    assert "nothing was imported" in empty_window.statusBar().currentMessage() or "未导入" in empty_window.statusBar().currentMessage()


def test_a_bad_file_is_one_warning(qtbot, window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_text("类别,标题\n发文,\n", encoding="utf-8-sig")
    job = window.import_registers(str(bad))
    with qtbot.waitSignal(job.failed, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(warned))
    assert "未导入任何记录" in warned[0] and "\n" not in warned[0]


def test_the_list_exports_to_csv_too(window, tmp_path):
    page = window.go_to("incoming")
    written = page.export_xlsx(str(tmp_path / "收文.csv"))
    assert written == 2
    with (tmp_path / "收文.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["收文编号", "标题", "来文机关", "来文字号"] and len(rows) == 3
    assert {r[1] for r in rows[1:]} == {"关于申请防汛抗旱资金的请示", "关于全县教育质量提升情况的报告"}


def test_closing_the_window_during_an_import_waits_for_it_then_closes(qtbot, empty_window, tmp_path, monkeypatch):
    """Qt aborts a program that ends under a running thread: the window waits for the import, says so."""
    import threading

    from desktop_app.registry import exchange

    path = _register_file(tmp_path, empty_window)
    entered, release = threading.Event(), threading.Event()
    original = exchange.import_file

    def held(*args, **kwargs):
        entered.set()
        assert release.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(exchange, "import_file", held)
    job = empty_window.import_registers(str(path))
    assert entered.wait(10)
    empty_window.close()
    assert empty_window.isVisible()
    assert empty_window.closing_notice.labelText() == "导入仍在进行，完成后窗口会自动关闭。"
    release.set()
    qtbot.waitUntil(lambda: not empty_window.isVisible(), timeout=60_000)
    assert job.isFinished() and empty_window.registry.count("") == 300
