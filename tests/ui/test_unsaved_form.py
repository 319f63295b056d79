"""Leaving a registration form: a form with input asks 保存 / 放弃 / 取消 before it goes (Esc, ← 返回列表,
Ctrl+N, closing the window); an untouched one goes without a question."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

ANSWERS = {"保存": QMessageBox.StandardButton.Save, "放弃": QMessageBox.StandardButton.Discard,
           "取消": QMessageBox.StandardButton.Cancel}


def question(page) -> QMessageBox | None:
    box = getattr(page, "unsaved_question", None)
    try:
        return box if box is not None and box.isVisible() else None
    except RuntimeError:  # answered earlier and deleted
        return None


def answer(page, label: str) -> dict:
    """Clicks `label` in the open question; returns what it asked."""
    box = question(page)
    assert box is not None, "the clerk is asked"
    asked = {"title": box.windowTitle(), "text": box.text(), "buttons": sorted(b.text() for b in box.buttons()),
             "modal": box.windowModality()}
    button = next(b for b in box.buttons() if b.text() == label)
    assert box.standardButton(button) == ANSWERS[label]
    button.click()
    return asked


def open_form(window, title: str = "关于申请2027年防汛物资经费的请示"):
    window.go_to("incoming")
    form = window.new_record()
    form.fields["title"].setText(title)
    return form


def test_esc_on_a_form_with_input_asks_and_cancel_keeps_everything(qtbot, window):
    page = window.pages["incoming"]
    form = open_form(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    asked = answer(page, "取消")
    assert asked["buttons"] == ["保存", "取消", "放弃"] and "没有保存" in asked["text"]
    assert asked["modal"] == Qt.WindowModality.WindowModal
    assert page.current_editor() is form and form.fields["title"].text() == "关于申请2027年防汛物资经费的请示"


def test_back_button_then_discard_returns_to_the_list_and_drops_the_input(qtbot, window, small_registry):
    page = window.pages["incoming"]
    open_form(window)
    page.stack.currentWidget().findChild(QPushButton, "backButton").click()
    assert not page.showing_list()  # not before the answer
    answer(page, "放弃")
    assert page.showing_list() and page.open_form() is None
    assert len(small_registry.search_ids(kind="incoming")) == 2  # nothing was saved
    again = window.new_record()
    assert again.fields["title"].text() == ""  # a new, empty form


def test_save_from_the_question_registers_the_record(qtbot, window, small_registry):
    page = window.pages["incoming"]
    form = open_form(window)
    form.fields["sender"].setEditText("县应急管理局")
    assert not page.back_to_list()
    answer(page, "保存")
    assert page.showing_list()
    titles = [small_registry.get(i)["title"] for i in small_registry.search_ids(kind="incoming")]
    assert "关于申请2027年防汛物资经费的请示" in titles
    assert page.table.current_record_id() == small_registry.search_ids(kind="incoming")[0]


def test_a_refused_save_keeps_the_form_with_the_field_marked(qtbot, window):
    page = window.pages["incoming"]
    form = open_form(window, title="")
    form.fields["sender"].setEditText("县应急管理局")  # input, but no title: the registry refuses it
    page.back_to_list()
    answer(page, "保存")
    assert page.current_editor() is form and "title" in form.invalid_fields()


def test_an_untouched_form_is_left_without_a_question(qtbot, window):
    page = window.pages["outgoing"]
    window.go_to("outgoing")
    window.new_record()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.showing_list() and question(page) is None


def test_ctrl_n_on_a_filled_form_asks_before_replacing_it(qtbot, window):
    page = window.pages["incoming"]
    form = open_form(window)
    assert window.new_record() is form
    answer(page, "取消")
    assert page.current_editor() is form and form.fields["title"].text() == "关于申请2027年防汛物资经费的请示"
    window.new_record()
    answer(page, "放弃")
    assert page.current_editor() is not form and page.current_editor().fields["title"].text() == ""


def test_closing_the_window_with_a_filled_form_asks_for_each(qtbot, window, small_registry):
    incoming = window.pages["incoming"]
    open_form(window)
    window.go_to("outgoing")
    outgoing_form = window.new_record()
    outgoing_form.fields["title"].setText("关于开展冬季安全生产大检查的通知")
    window.quit_action.trigger()  # 文件 → 退出: the same close as the title bar's ×
    assert window.isVisible()
    answer(incoming, "取消")
    assert window.isVisible() and question(window.pages["outgoing"]) is None
    window.close()
    answer(incoming, "放弃")
    answer(window.pages["outgoing"], "放弃")
    assert not window.isVisible()
