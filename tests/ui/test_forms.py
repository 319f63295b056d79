"""The registration forms as a clerk uses them: the live plan follows the fields, saving stores the
record with its plan, and a bad date is marked without losing anything typed."""
from __future__ import annotations

from desktop_app.registry import Registry
from desktop_app.ui.forms import IncomingForm, OutgoingForm


def fill_outgoing(form: OutgoingForm, **overrides) -> None:
    values = {"title": "关于做好冬季防汛工作的通知", "lead_department": "县教育局", "drafter": "张三",
              "main_recipients": "各乡镇人民政府", "date": "2026-11-27", **overrides}
    for key, value in values.items():
        widget = form.fields[key]
        if hasattr(widget, "setEditText"):
            widget.setEditText(value)
        else:
            widget.setText(value)
    form.update_routing()


def test_live_plan_names_the_executive_deputy_then_the_county_head(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form)
    assert "副县长甲" in form.panel.headline.text()
    assert [form.panel.steps.topLevelItem(i).text(1) for i in range(form.panel.steps.topLevelItemCount())][-2:] \
        == ["副县长 副县长乙", "常务副县长 副县长甲"]
    form.fields["scope"].set_value("major")
    form.update_routing()
    assert "县长甲" in form.panel.headline.text() and "副县长" not in form.panel.headline.text()


def test_routing_follows_typing_after_a_short_pause(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form)
    form.fields["lead_department"].setEditText("县自然资源局")
    qtbot.waitUntil(lambda: "副县长 副县长丙" in [form.panel.steps.topLevelItem(i).text(1)
                                              for i in range(form.panel.steps.topLevelItemCount())], timeout=2000)


def test_step_tooltip_shows_the_articles_words(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form)
    sign = form.panel.steps.topLevelItem(form.panel.steps.topLevelItemCount() - 1)
    assert sign.text(2) == "第六十四条"
    assert "常务副县长签发" in sign.toolTip(0)


def test_type_suggests_direction_and_authority_picks_series(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    form.fields["doc_type"].set_value("请示")
    assert form.fields["direction"].value() == "upward"
    form.fields["authority"].set_value("county_office")
    assert form.fields["series"].currentText() == "托政办发"


def test_saving_stores_the_record_with_its_plan(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form)
    with qtbot.waitSignal(form.saved) as saved:
        form.save_button.click()
    record = registry.get(saved.args[0])
    assert record["title"] == "关于做好冬季防汛工作的通知"
    assert record["plan"]["signer"]["person"] == "exec"
    assert record["fields"]["series"] == "托政发"


def test_a_bad_date_is_marked_and_nothing_is_lost(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form, date="2026-02-30")
    assert form.labels["date"] in form.panel.headline.text()  # the label the clerk sees (拟稿日期), not "date"
    assert form.save() is None
    assert form.invalid_fields() == ["date"]
    assert "2026-02-30" in form.message.text() and "YYYY-MM-DD" in form.message.text()
    assert "字段 date" not in form.message.text()
    assert form.fields["title"].text() == "关于做好冬季防汛工作的通知"
    assert form.fields["date"].text() == "2026-02-30"
    assert registry.search_ids("") == []
    form.fields["date"].setText("2026-11-30")
    assert form.save() is not None and form.invalid_fields() == []


def test_a_missing_title_is_marked_on_the_title(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form, title="")
    assert form.save() is None
    assert form.invalid_fields() == ["title"]


def test_incoming_request_to_two_bodies_is_flagged_live(qtbot, registry):
    form = IncomingForm(registry)
    qtbot.addWidget(form)
    form.fields["title"].setText("关于申请防汛物资经费的请示")
    form.fields["sender"].setEditText("县教育局")
    form.fields["received_on"].setText("2026-11-27")
    form.fields["main_recipients"].setText("县人民政府、县财政局")
    form.update_routing()
    assert any("只能主送一个机关" in text for text in form.panel.warning_texts())
    assert "副县长乙" in form.panel.headline.text()


def test_without_an_org_chart_the_form_says_how_to_get_one(qtbot, app, tmp_path):
    reg = Registry.open(tmp_path / "empty.sqlite", auto_backup=False)
    try:
        form = OutgoingForm(reg)
        qtbot.addWidget(form)
        headline = form.panel.headline.text()
        assert "设置 → 组织架构" in headline and "文件 → 导入组织架构…" in headline and "docroute" not in headline
        assert form.panel.steps.topLevelItemCount() == 0
    finally:
        reg.close()


def test_publicity_warnings_show_live_and_the_reason_is_saved(qtbot, registry):
    """第三十五条: a classified document marked 主动公开, and 不予公开 without a reason, warn as the clerk types."""
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form)
    assert not form.fields["publicity_reason"].isEnabled()
    form.fields["classification"].set_value("机密")
    form.fields["publicity"].set_value("主动公开")
    form.update_routing()
    assert any("不得主动公开" in text for text in form.panel.warning_texts())
    assert "第三十五条" in form.panel.notices.text()
    form.fields["publicity"].set_value("不予公开")
    form.update_routing()
    assert form.fields["publicity_reason"].isEnabled()
    assert any("没有写明不予公开的理由" in text for text in form.panel.warning_texts())
    form.fields["publicity_reason"].setText("涉及国家秘密")
    form.update_routing()
    assert form.panel.warning_texts() == []
    record = registry.get(form.save())
    assert record["fields"]["publicity_reason"] == "涉及国家秘密"
    assert "publicity_reason_missing" not in [w["code"] for w in record["plan"]["warnings"]]


def test_a_minutes_asks_for_its_meeting_date(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form, lead_department="县住房和城乡建设局")
    layout = form.fields["meeting_date"].parentWidget().layout()
    assert not layout.isRowVisible(form.fields["meeting_date"])
    form.fields["doc_type"].set_value("纪要")
    assert layout.isRowVisible(form.fields["meeting_date"])
    form.fields["meeting_date"].setText("2026-11-26")
    form.update_routing()
    assert "县长 县长甲" == form.panel.steps.topLevelItem(form.panel.steps.topLevelItemCount() - 1).text(1)
    assert any("会议纪要程序" in text for text in form.panel.warning_texts())
    assert "2026-12-07" in form.panel.notices.text()


def commit_text(widget, text: str) -> None:
    """What an input method does when the clerk picks the characters (keyClicks cannot type Chinese)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_completer_popup_does_not_eat_the_next_click(qtbot, app, registry):
    """Typing 县 in 会签单位 opens the suggestions; a click on 标题 goes there, and so does the typing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    qtbot.waitExposed(form)
    cosign, title = form.fields["cosign_departments"], form.fields["title"]  # above: not under the popup
    cosign.setFocus()
    commit_text(cosign, "县")
    popup = cosign.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert not popup.geometry().contains(title.mapToGlobal(title.rect().center()))
    where = title.mapTo(form.window(), title.rect().center())
    QTest.mouseClick(form.window().windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert QApplication.focusWidget() is title
    commit_text(QApplication.focusWidget(), "关于")
    assert title.text() == "关于" and cosign.text() == "县"


def test_a_list_field_completes_the_name_after_the_last_separator(qtbot, app, registry):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    cosign = form.fields["cosign_departments"]
    cosign.setText("县财政局、")
    where = cosign.mapTo(form, cosign.rect().center())
    QTest.mouseClick(form.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(cosign.hasFocus)  # clicked into, as a clerk does: the window is active
    cosign.end(False)
    commit_text(cosign, "教")
    popup = cosign.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cosign.values() == ["县财政局", "县教育局"]


def test_a_control_character_is_marked_on_its_field_and_nothing_is_saved(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form, drafter="张\x00三")  # pasted from another program
    assert form.save() is None
    assert form.invalid_fields() == ["drafter"]
    assert form.message.text().startswith(form.labels["drafter"]) and "U+0000" in form.message.text()
    assert registry.search_ids("") == []
    form.fields["drafter"].setText("张三")
    assert form.save() is not None


def test_incoming_text_with_a_control_character_is_marked_on_the_text(qtbot, registry):
    form = IncomingForm(registry)
    qtbot.addWidget(form)
    form.fields["title"].setText("关于申请防汛物资经费的请示")
    form.fields["sender"].setEditText("县教育局")
    form.fields["received_on"].setText("2026-11-27")
    form.fields["text"].setPlainText("正文摘录\x1b[0m")
    assert form.save() is None and form.invalid_fields() == ["text"]


def test_a_date_without_dashes_is_marked_not_read(qtbot, registry):
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    fill_outgoing(form, date="20261127")
    assert form.save() is None and form.invalid_fields() == ["date"]
