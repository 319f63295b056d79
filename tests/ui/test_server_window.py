"""The window on the office's server (docs/server.md): a document another clerk registers appears in the
open list and in 待办 without the clerk doing anything (on a file too, registered by another program);
a server that asks for a password gets the sign-in dialog; 设置 → 数据与备份 shows the server, offers
pg_dump, and stores this PC's choice of database for the next start."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.registry import Registry, location
from tests import pg
from tests.registry.helpers import incoming_request

from .conftest import SAMPLE_OUTGOING


@pytest.fixture
def choice_file(tmp_path, monkeypatch):
    path = tmp_path / "database.json"
    monkeypatch.setattr(location, "choice_file", lambda: path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def office_registry(request, tmp_path, org_json):
    """A registry with the contract's org chart on a file or on the test server."""
    if request.param == "postgresql":
        where = request.getfixturevalue("server_url")
    else:
        where = tmp_path / "docroute.sqlite"
    reg = Registry.open(where, auto_backup=False)
    reg.import_org(org_json)
    yield reg
    reg.close()


def _window(qtbot, registry):
    from desktop_app.ui.main_window import MainWindow

    from .conftest import discard_forms

    win = MainWindow(registry)
    qtbot.addWidget(win, before_close_func=discard_forms)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_another_clerks_registration_appears_in_the_open_list_and_in_due(qtbot, app, office_registry):
    from desktop_app.ui.change_watch import ChangeWatch

    office_registry.register("outgoing", SAMPLE_OUTGOING)
    window = _window(qtbot, office_registry)
    watch = ChangeWatch(office_registry, window, interval_ms=50)
    watch.changed.connect(window.others_changed)
    incoming = window.go_to("incoming")
    incoming.activate()
    assert incoming.model.rowCount() == 0
    with Registry.open(office_registry.path, auto_backup=False) as other_pc:
        other_pc.register("incoming", incoming_request(title="关于申请防汛物资的请示", due="2026-12-04"))
    qtbot.waitUntil(lambda: incoming.model.rowCount() == 1, timeout=5000)
    due = window.go_to("deadlines")
    due.activate()
    shown = len(due.page()._all_items)
    with Registry.open(office_registry.path, auto_backup=False) as other_pc:
        other_pc.register("incoming", incoming_request(title="关于报送汛情的通知", due="2026-12-07"))
    qtbot.waitUntil(lambda: len(due.page()._all_items) == shown + 1, timeout=5000)
    assert incoming.model.rowCount() == 2
    watch.stop()


def test_a_server_that_asks_for_a_password_gets_the_sign_in_dialog(qtbot, app, server_url, monkeypatch):
    from desktop_app.registry import server
    from desktop_app.ui import app as app_module
    from desktop_app.ui import sign_in

    with Registry.open(server_url) as owner:
        name = f"{server_url.rpartition('/')[2]}_wang"
        server.add_user(owner.db, name, "县政府2026")
    pg.sql(pg.URL, "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'docroute_signin') THEN "
                   "CREATE ROLE docroute_signin NOLOGIN; END IF; END$$")
    pg.sql(pg.URL, f'GRANT docroute_signin TO "{name}"')
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked = []

    def clerk_types(url, problem, parent=None):
        asked.append(problem)
        if len(asked) == 1:
            return url, "typo"
        return url, "县政府2026"
    monkeypatch.setattr(sign_in, "sign_in", clerk_types)
    clerk = pg.database_url(server_url.rpartition("/")[2], user=name)
    registry = app_module._open(clerk)
    try:
        assert registry is not None and registry.db.user_name == name
        assert "要求输入密码" in asked[0] and "用户名或密码不对" in asked[1]
    finally:
        registry.close()
    monkeypatch.setattr(sign_in, "sign_in", lambda *a, **k: None)  # the clerk cancels: nothing opens
    from desktop_app.registry.engine import postgres

    postgres._signed_in.clear()
    assert app_module._open(clerk) is None


def test_the_dialog_carries_the_user_name_typed(qtbot, app):
    from desktop_app.ui.sign_in import SignInDialog

    dialog = SignInDialog("postgresql://zhang@wenshu-server:5432/docroute", "数据库服务器要求输入密码")
    qtbot.addWidget(dialog)
    dialog.user.setText("li")
    assert dialog.signed_in_url() == "postgresql://li@wenshu-server:5432/docroute"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_settings_show_the_server_and_offer_pg_dump(qtbot, app, server_url, org_json, choice_file, tmp_path):
    registry = Registry.open(server_url, auto_backup=False)
    registry.import_org(org_json)
    window = _window(qtbot, registry)
    section = window.show_settings("data")
    section.refresh()
    assert server_url.rpartition("/")[2] in section.database.text()
    assert "pg_dump" in section.backup_button.text() and not section.restore_button.isEnabled()
    job = section.backup_now()  # in a thread, on a connection of its own signed in the same way
    qtbot.waitUntil(lambda: not section.busy(), timeout=30_000)
    made = job.result
    assert made is not None and Path(made).read_bytes()[:5] == b"PGDMP"
    Path(made).unlink()
    job = section.check()
    qtbot.waitUntil(lambda: not section.busy(), timeout=30_000)
    assert job.result["ok"] and "数据库服务器" in section.result.toPlainText()
    assert not section.restore_button.isEnabled() and section.check_button.isEnabled()
    window.close()
    registry.close()


def test_the_choice_of_database_is_stored_for_the_next_start(qtbot, app, window, choice_file, tmp_path):
    from desktop_app.ui import app as app_module

    section = window.show_settings("data")
    dialog = section.choose_database(show=False)
    choice = dialog.choice
    choice.server.setChecked(True)
    choice.host.setText("wenshu-server")
    choice.port.setValue(5433)
    choice.name.setText("docroute")
    choice.user.setText("zhangsan")
    share = tmp_path / "share"
    share.mkdir()
    choice.files.setText(str(share))
    assert choice.save()
    assert json.loads(choice_file.read_text(encoding="utf-8")) == {
        "database": "postgresql://zhangsan@wenshu-server:5433/docroute", "files": str(share)}
    assert app_module._database_path(None) == "postgresql://zhangsan@wenshu-server:5433/docroute"
    choice.files.setText(str(tmp_path / "missing"))
    assert not choice.save() and "找不到共享文件夹" in dialog.message.text()
    choice.file.setChecked(True)
    assert choice.save() and location.chosen().database == ""
