"""The clerk's whole day with one outgoing document, through the real window: register it and watch the
plan, sign and number it, find it by two characters of its title, print its slip."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget


def sign_text(form) -> str:
    steps = form.panel.steps
    return steps.topLevelItem(steps.topLevelItemCount() - 1).text(1) if steps.topLevelItemCount() else ""


def test_register_sign_number_find_and_print(qtbot, window):
    page = window.go_to("outgoing")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.current_editor()
    form.fields["title"].setText("关于做好冬季防汛物资储备工作的通知")
    form.fields["lead_department"].setEditText("县教育局")
    form.fields["main_recipients"].setText("各乡镇人民政府")
    form.fields["date"].setText("2026-11-27")
    qtbot.waitUntil(lambda: sign_text(form) == "常务副县长 副县长甲", timeout=2000)

    form.fields["scope"].set_value("major")  # 事关全局 → the 县长 signs after a collective decision
    qtbot.waitUntil(lambda: sign_text(form) == "县长 县长甲", timeout=2000)
    form.fields["scope"].set_value("routine")
    qtbot.waitUntil(lambda: sign_text(form) == "常务副县长 副县长甲", timeout=2000)

    form.fields["date"].setText("2026-11-31")  # a slip of the keyboard: marked, nothing lost
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.current_editor() is form and form.invalid_fields() == ["date"]
    assert form.fields["title"].text() == "关于做好冬季防汛物资储备工作的通知"
    form.fields["date"].setText("2026-11-27")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    view = page.current_editor()
    assert type(view).__name__ == "RecordView" and not view.number_button.isEnabled()
    for row, by in ((0, "张三"), (1, "文书科"), (2, None)):  # 拟稿, 办公室审核, 审定 before 签发 (第六十四条)
        view.steps.selectRow(row)
        if by:
            view.person.setEditText(by)
        view.on.setText("2026-11-28")
        view.record_button.click()
    view.steps.selectRow(3)
    assert view.person.currentData() == "exec"
    view.on.setText("2026-11-30")
    view.opinion.setText("同意")
    view.record_button.click()
    view.number_button.click()
    number = view.record["number"]
    assert number == "托政发〔2026〕1号"

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    page.search.edit.setText("防汛")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    page.table.selectRow(0)
    preview = window.print_current()
    assert page.current_editor().record["number"] == number
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=5000)
    preview.close()
