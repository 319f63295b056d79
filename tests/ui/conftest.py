"""Fixtures for the window tests: a small real registry with the contract's org chart and a few
records, and the real main window on it, prepared exactly as `docroute` prepares it."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry

SAMPLE_INCOMING = {"title": "关于申请防汛抗旱资金的请示", "sender": "县水利局", "sender_number": "托水发(2026)3号",
                   "received_on": "2026-11-01", "due": "2026-11-10", "doc_type": "请示"}
SAMPLE_OUTGOING = {"title": "关于做好冬季森林草原防火工作的通知", "series": "托政发", "authority": "county_government",
                   "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": "县教育局",
                   "main_recipients": ["各乡镇人民政府"], "date": "2026-11-20"}


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """QSettings of the tests go to a temporary folder and start empty: never the user's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def registry(tmp_path, org_json):
    """An empty registry that knows the contract's org chart."""
    reg = Registry.open(tmp_path / "docroute.sqlite", auto_backup=False)
    reg.import_org(org_json)
    yield reg
    reg.close()


@pytest.fixture
def small_registry(tmp_path, org_json):
    reg = Registry.open(tmp_path / "docroute.sqlite", auto_backup=False)
    reg.import_org(org_json)
    reg.register("incoming", SAMPLE_INCOMING)
    reg.register("incoming", {**SAMPLE_INCOMING, "title": "关于全县教育质量提升情况的报告", "sender": "县教育局",
                              "sender_number": "", "due": None, "doc_type": "报告"})
    reg.register("outgoing", SAMPLE_OUTGOING)
    yield reg
    reg.close()


@pytest.fixture
def app(qapp):
    from desktop_app.ui.app import prepare_app

    return prepare_app()


@pytest.fixture
def window(qtbot, app, small_registry):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(small_registry)
    # Closing asks about a filled form (test_unsaved_form.py), and no one would answer: drop them first.
    qtbot.addWidget(win, before_close_func=discard_forms)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def discard_forms(window) -> None:
    from desktop_app.ui.records_page import RecordsPage

    for page in window.pages.values():
        if isinstance(page, RecordsPage) and page.open_form() is not None:
            page.discard_form()
