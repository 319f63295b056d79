"""The main window as the clerk meets it: Chinese navigation and status bar, the places of the parts
other updates bring, and the shortcuts reaching the form and the record view."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app import identity
from desktop_app.ui.main_window import PAGE_KEYS, MainWindow

NAVIGATION = ["收文", "发文", "用印", "待办与期限", "查询", "统计", "设置"]


def nav_labels(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_navigation_and_status_bar_are_in_chinese(window, small_registry):
    assert nav_labels(window) == NAVIGATION
    assert window.db_label.text() == f"数据库：{small_registry.path}"
    assert window.backup_label.text() == "最近备份：尚无"
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_identity_is_set_before_any_settings(app):
    assert QApplication.organizationName() == identity.ORGANIZATION
    assert QApplication.applicationName() == identity.APP_NAME


def test_the_office_pages_are_built_when_first_shown(window):
    """待办与期限, 查询 and 统计 cost nothing at start-up (bench/startup.py): built on the first visit."""
    from desktop_app.ui.lazy_page import LazyPage

    for key, name in (("deadlines", "DuePage"), ("search", "QueryPage"), ("statistics", "StatsPage")):
        holder = window.pages[key]
        assert isinstance(holder, LazyPage) and not holder.built
        window.go_to(key)
        assert holder.built and type(holder.page()).__name__ == name


def test_install_page_replaces_a_page(window):
    real = QLabel("用印登记簿")
    window.install_page("seals", real)
    assert window.go_to("seals") is real
    assert nav_labels(window) == NAVIGATION


def test_back_up_now_updates_the_status_bar(qtbot, window):
    job = window.backup_now()  # in a thread: the menu item is back when it has ended
    assert not window.backup_action.isEnabled() and window.statusBar().currentMessage() == "正在备份……"
    qtbot.waitUntil(window.backup_action.isEnabled, timeout=20_000)
    assert job.result.is_file() and window.statusBar().currentMessage().startswith("已备份到 ")
    assert window.backup_label.text().startswith("最近备份：20")


def test_ctrl_n_opens_the_outgoing_form_and_ctrl_s_saves_it(qtbot, window, small_registry):
    window.go_to("outgoing")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["outgoing"]
    form = page.current_editor()
    assert type(form).__name__ == "OutgoingForm"
    form.fields["title"].setText("关于开展冬季安全生产大检查的通知")
    form.fields["lead_department"].setEditText("县教育局")
    form.fields["main_recipients"].setText("各乡镇人民政府")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = page.current_editor()
    assert type(view).__name__ == "RecordView"
    assert view.record["title"] == "关于开展冬季安全生产大检查的通知"
    assert page.model.total == 2
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.showing_list()
    assert page.table.current_record_id() == view.record["id"]


def test_ctrl_n_on_a_page_without_a_form_explains_itself(qtbot, window):
    window.go_to("deadlines")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "请先选择“收文”或“发文”，再新建登记。"


def test_ctrl_f_focuses_the_search_box_of_the_current_page(qtbot, window):
    window.go_to("outgoing")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["outgoing"].search.edit


def test_enter_opens_the_record_and_ctrl_p_its_print_preview(qtbot, window):
    page = window.go_to("incoming")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = page.current_editor()
    assert view.record["title"] == "关于全县教育质量提升情况的报告"  # newest first: received the same day, later id
    preview = window.print_current()
    assert preview is not None and preview.isVisible()
    preview.close()


def test_ctrl_p_from_the_list_prints_the_selected_record(window):
    page = window.go_to("outgoing")
    page.table.selectRow(0)
    preview = window.print_current()
    assert preview is not None
    assert page.current_editor().record["title"].startswith("关于做好冬季森林草原防火")
    preview.close()


def test_tab_order_goes_search_year_overdue_table_then_buttons(qtbot, window):
    window.activateWindow()
    page = window.go_to("incoming")
    page.search.edit.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [page.search.year, page.search.overdue, page.table, page.new_button, page.open_button,
                       page.export_button]


def test_every_page_key_has_a_navigation_entry(window):
    assert list(window.pages) == list(PAGE_KEYS)


def test_run_opens_the_window_on_the_given_database_and_returns_the_exit_code(app, tmp_path, monkeypatch):
    import sys

    from desktop_app.ui import app as app_module

    seen = []

    def fake_exec(self=None) -> int:  # the event loop: look at what the clerk would see, then quit
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    hook = sys.excepthook
    assert app_module.run(str(tmp_path / "new.sqlite")) == 0
    assert (tmp_path / "new.sqlite").is_file()
    assert seen and seen[-1].db_label.text().endswith("new.sqlite")
    assert not seen[-1].isVisible()
    assert sys.excepthook is hook  # the crash handler leaves with the window


def test_the_daily_backup_runs_after_the_window_shows_and_updates_the_status_bar(qtbot, app, tmp_path):
    from desktop_app.registry import Registry
    from desktop_app.ui.app import DailyBackup

    path = tmp_path / "daily.sqlite"
    Registry.open(path, auto_backup=False).close()
    with Registry.open(path, auto_backup=False) as registry:
        win = MainWindow(registry)
        qtbot.addWidget(win)
        assert win.backup_label.text() == "最近备份：尚无"
        backup = DailyBackup(path)
        backup.finished_backup.connect(win.update_status)
        with qtbot.waitSignal(backup.finished_backup, timeout=10_000):
            backup.start()
        backup.wait()
        assert win.backup_label.text().startswith("最近备份：20")
        assert registry.last_backup().is_file()


def test_ctrl_digits_switch_pages(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "outgoing"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "deadlines"


def test_the_window_reopens_on_the_page_and_size_it_was_closed_with(qtbot, app, small_registry):
    first = MainWindow(small_registry)
    qtbot.addWidget(first)
    first.show()
    first.go_to("outgoing")
    first.resize(780, 500)  # the offscreen screen is 800×600: restoreGeometry keeps a window on it
    first.close()
    again = MainWindow(small_registry)
    qtbot.addWidget(again)
    assert again.current_key() == "outgoing"
    assert (again.width(), again.height()) == (780, 500)


def test_ctrl_s_on_a_record_view_saves_its_slip_as_pdf(qtbot, window, monkeypatch):
    page = window.go_to("outgoing")
    page.table.selectRow(0)
    page.open_current()
    saved = []
    monkeypatch.setattr(page.current_editor(), "save_as", lambda fmt, path=None: saved.append(fmt))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["pdf"]
