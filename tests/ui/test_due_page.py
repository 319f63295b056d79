"""待办与期限 in the window: a 会签 request is due 7 working days later across 国庆, turns amber then red as
the "as of" day advances (then 逾期未复，视为无不同意见), and is cleared by recording its reply in the record
view; a 督办 item shows until it is closed; 催办 is recorded against the item and its 催办单 printed."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.office.due_models import LEVEL_ROLE

from .office_helpers import NATIONAL_DAY, due_page, open_window, outgoing_request, row_of


@pytest.fixture
def cosign(registry):
    return registry.register("outgoing", outgoing_request(**NATIONAL_DAY))


@pytest.fixture
def window(qtbot, app, registry):
    return open_window(qtbot, registry)


def _cosign_rows(page) -> list[tuple]:
    model = page.items_model
    return [(model.index(r, 5).data(), model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 6).data(),
             model.index(r, 0).data(LEVEL_ROLE)) for r in range(model.rowCount())]


def test_a_cosign_request_is_due_across_national_day_and_turns_amber_then_red(window, cosign):
    page = due_page(window, date(2026, 9, 28))
    assert _cosign_rows(page) == [("县自然资源局", "2026-10-13", "尚余 7 个工作日", "待回复", "later"),
                                  ("县财政局", "2026-10-13", "尚余 7 个工作日", "待回复", "later")]
    assert page.items_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    page.set_day(date(2026, 10, 10))  # the Saturday worked after 国庆
    assert {row[2:] for row in _cosign_rows(page)} == {("尚余 2 个工作日", "待回复", "soon")}
    amber = page.items_model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert amber == "#fdebc8"
    page.set_day(date(2026, 10, 13))
    assert {row[2] for row in _cosign_rows(page)} == {"今日到期"}
    page.set_day(date(2026, 10, 14))
    assert {row[2:] for row in _cosign_rows(page)} == {("逾期 1 个工作日", "逾期未复，视为无不同意见", "overdue")}
    assert page.items_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"
    assert "已逾期 2 项" in page.summary.text()


def test_recording_the_reply_in_the_record_view_clears_it(qtbot, window, cosign):
    page = due_page(window, date(2026, 10, 12))
    view = page.open_item(row_of(page.items_model, party="县财政局"))
    assert view.record["id"] == cosign["id"] and not page.host.showing_list()
    panel = view.office.cosign
    assert view.tabs.currentWidget() is view.office.pages[panel]  # 会签 awaiting: its tab is in front
    assert view.tabs.tabText(view.tabs.currentIndex()) == "会签 0/2 已复"
    assert panel.table.item(0, 2).text() == "2026-10-13" and "尚余 1 个工作日" in panel.table.item(0, 3).text()
    panel.department.setCurrentText("县财政局")
    panel.on.setText("2026-10-12")
    panel.opinion.setText("同意")
    panel.record_button.click()
    assert view.message.text() == "已记录县财政局的会签意见。"
    assert [panel.table.item(0, c).text() for c in (0, 3, 4, 5)] == ["县财政局", "已回复", "2026-10-12", "同意"]
    assert [panel.department.itemText(i) for i in range(panel.department.count())] == ["县自然资源局"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # back to 待办, which asks again
    assert page.host.showing_list()
    assert [row[0] for row in _cosign_rows(page)] == ["县自然资源局"]
    page.set_day(date(2026, 10, 14))  # the other department stayed silent
    view = page.open_item(0)
    status = [view.office.cosign.table.item(r, 3).text() for r in range(2)]
    assert status == ["已回复", "逾期未复，视为无不同意见"]


def test_a_follow_up_shows_in_to_do_until_it_is_closed(window, registry, cosign):
    page = due_page(window, date(2026, 10, 12))
    view = page.open_item(0)
    dialog = view.office.follow_up.add()
    dialog.fields["department"].setEditText("县水利局")
    dialog.fields["due"].setText("2026-10-20")
    dialog.fields["note"].setText("县长批示：抓紧落实")
    assert dialog.submit()
    assert view.tabs.tabText(view.tabs.indexOf(view.office.pages[view.office.follow_up])) == "督办 1 项未结"
    page.host.back_to_list()
    follow = row_of(page.items_model, what="follow_up")
    assert page.items_model.index(follow, 5).data() == "县水利局"
    assert page.items_model.index(follow, 0).data() == "2026-10-20"
    assert page.tabs.tabText(1) == "督办 (1 项未办结)"
    page.tabs.setCurrentIndex(1)
    assert page.follow_ups_model.rowCount() == 1
    page.set_day(date(2026, 10, 22))
    follow = row_of(page.items_model, what="follow_up")
    assert page.items_model.index(follow, 0).data(LEVEL_ROLE) == "overdue"
    page.follow_ups_table.selectRow(0)
    closing = page.close_follow_up()
    closing.fields["result"].setText("已落实，书面报告已报县政府")
    assert closing.submit()
    assert [i["what"] for i in page.items_model.rows()].count("follow_up") == 0
    assert page.follow_ups_model.rowCount() == 0  # the list shows open ones by default
    page.follow_up_filter.setCurrentIndex(page.follow_up_filter.findData("closed"))
    closed = page.follow_ups_model.rows()
    assert [(i["department"], i["result"], i["closed_on"]) for i in closed] == [
        ("县水利局", "已落实，书面报告已报县政府", "2026-10-22")]


def test_a_refused_follow_up_is_explained_in_the_dialog_and_nothing_is_stored(window, registry, cosign):
    page = due_page(window, date(2026, 10, 12))
    dialog = page.open_item(0).office.follow_up.add()
    dialog.fields["department"].setEditText("县水利局")
    dialog.fields["due"].setText("2026-10-01")  # before the day it is opened
    assert not dialog.submit()
    assert dialog.message.text().startswith("督办期限：督办期限 2026-10-01 早于立项日期 2026-10-12")
    assert dialog.fields["due"].property("invalid") is True
    assert registry.follow_ups.list() == []


def test_remind_records_who_was_reminded_and_prints_the_reminder_slip(window, registry, cosign, qtbot):
    from pypdf import PdfReader
    import io

    page = due_page(window, date(2026, 10, 14))
    page.items_table.selectRow(row_of(page.items_model, party="县财政局"))
    dialog = page.remind()
    assert dialog.fields["to"].text() == "县财政局"  # who owes a 会签 reply
    dialog.fields["by"].setText("文书科张三")
    dialog.fields["means"].setCurrentText("催办单")
    assert dialog.print_slip.isChecked()
    dialog.fields["note"].setText("请于今日回复")
    assert dialog.submit()
    reminders = registry.reminders.for_item(f"cosign_reply:{cosign['id']}:县财政局")
    assert [(r["reminded"], r["by"], r["on"], r["means"]) for r in reminders] == [
        ("县财政局", "文书科张三", "2026-10-14", "催办单")]
    row = row_of(page.items_model, party="县财政局")
    assert page.items_model.index(row, 7).data() == "1 次，最近 10-14"
    assert page.preview.isVisible()  # the 催办单, printed at once
    page.preview.close()
    text = PdfReader(io.BytesIO(page.reminder_pdf(reminders[0]["id"]))).pages[0].extract_text()
    assert "催办单" in text and "县财政局" in text and "逾期1个工作日" in text.replace(" ", "")
    again = page.remind()
    assert again.fields["by"].text() == "文书科张三"  # remembered for the next reminder
    again.reject()


def test_an_incoming_deadline_needs_the_reminded_unit_named(window, registry):
    from .office_helpers import incoming_request

    registry.register("incoming", incoming_request(received_on="2026-12-01", due="2026-12-04"))
    page = due_page(window, date(2026, 12, 3))
    dialog = page.remind()
    dialog.fields["by"].setText("文书科张三")
    assert not dialog.submit()
    assert dialog.message.text().startswith("被催办单位：请写明被催办的单位或人")
    dialog.fields["to"].setText("县水利局")
    assert dialog.submit()


def test_an_empty_registry_says_nothing_is_due(window):
    page = due_page(window, date(2026, 12, 1))
    assert page.items_model.rowCount() == 0
    assert page.summary.text() == "截至 2026-12-01 没有待办事项。"
