"""The record view: record the signature, then 编号; attachments dropped in; print preview of our PDF."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from desktop_app.ui.record_view import RecordView

REQUEST = {"title": "关于做好冬季防汛工作的通知", "series": "托政发", "authority": "county_government",
           "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": "县教育局",
           "main_recipients": ["各乡镇人民政府"], "drafter": "张三", "date": "2026-11-27"}


@pytest.fixture
def view(qtbot, registry):
    record = registry.register("outgoing", REQUEST)
    widget = RecordView(registry)
    qtbot.addWidget(widget)
    widget.show_record(record["id"])
    return widget


def select_step(view: RecordView, order: int) -> None:
    view.steps.selectRow(order - 1)


def record(view: RecordView, order: int, by: str | None = None, on: str = "2026-11-28") -> None:
    select_step(view, order)
    if by is not None:
        view.person.setEditText(by)
    view.on.setText(on)
    view.record_button.click()


def test_number_is_offered_only_after_the_signature(view, registry):
    assert not view.number_button.isEnabled()
    record(view, 1, "张三")
    record(view, 2, "文书科")
    record(view, 3)
    assert not view.number_button.isEnabled() and "4. 签发" in view.number_status.text()
    select_step(view, 4)  # 签发 by 副县长甲
    assert view.person.currentData() == "exec"
    view.on.setText("2026-11-30")
    view.opinion.setText("同意")
    view.record_button.click()
    assert view.steps.item(3, 2).text() == "副县长甲"
    assert view.steps.item(3, 4).text() == "同意"
    assert view.number_button.isEnabled()
    view.number_button.click()
    assert view.record["number"] == "托政发〔2026〕1号"
    assert "托政发〔2026〕1号" in view.summary.text()
    assert not view.number_button.isEnabled()
    assert any("编号" in view.history.item(i).text() for i in range(view.history.count()))


def test_a_refused_step_is_explained_and_the_view_keeps_working(view):
    select_step(view, 2)
    view.person.setEditText("文书科")
    view.on.setText("not a date")
    view.record_button.click()
    assert "日期" in view.message.text()
    assert view.steps.item(1, 2).text() == ""


def test_a_leaders_step_before_the_office_review_is_not_offered(view):
    """第六十四条: the view names the step that comes first, and says what 编号 still waits for."""
    select_step(view, 4)
    assert not view.record_button.isEnabled()
    assert "2" in view.step_status.text() and "办公室审核" in view.step_status.text()
    assert "2. 办公室审核" in view.number_status.text() and "1. 拟稿" in view.number_status.text()
    record(view, 2, "文书科")
    select_step(view, 4)
    assert view.record_button.isEnabled() and view.step_status.text() == ""


def test_a_report_is_read_in_the_record_view(qtbot, registry):
    record_ = registry.register("incoming", {"title": "关于2026年防汛工作情况的报告", "doc_type": "报告",
                                             "sender": "县水利局", "received_on": "2026-11-28",
                                             "main_recipients": ["县人民政府"], "text": "现将有关情况报告如下。"})
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.show_record(record_["id"])
    assert view.steps.item(1, 0).text() == "2. 阅示"
    assert "第六十五条" in view.steps.item(1, 5).text()


def test_the_plans_warnings_are_shown_with_the_record(qtbot, registry):
    record = registry.register("outgoing", {**REQUEST, "normative": True})
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.show_record(record["id"])
    assert "政策解读" in view.notices.text() and "第三十七条" in view.notices.text()


def test_a_step_without_a_planned_person_takes_a_typed_name_and_no_default(view):
    select_step(view, 2)  # 办公室审核: no one person owns it, and nobody is put there by default
    assert view.person.currentText() == ""
    view.record_button.click()
    assert "办理人" in view.message.text() and view.steps.item(1, 2).text() == ""
    view.person.setEditText("文书科李四")
    view.on.setText("2026-11-27")
    view.record_button.click()
    assert view.steps.item(1, 2).text() == "文书科李四"


def test_step_one_offers_the_drafter_typed_at_registration(view):
    """拟稿 is the drafter's step: the name typed on the form, preselected, not a list of leaders."""
    select_step(view, 1)
    offered = [view.person.itemData(i) for i in range(view.person.count())]
    assert offered == ["张三"] and view.person.currentData() == "张三"
    view.on.setText("2026-11-27")
    view.record_button.click()
    assert view.steps.item(0, 2).text() == "张三"


def test_a_leaders_step_offers_the_planned_leader_first(view, registry):
    select_step(view, 3)  # 审定 by 副县长乙 (d2)
    assert view.person.itemData(0) == "d2" and view.person.currentData() == "d2"
    assert view.person.count() == len(registry.org_chart().people)


def test_a_leader_taken_off_the_chart_is_still_offered_for_their_step(view, registry):
    registry.org.remove_person("d2")
    view.show_record(view.record["id"])
    select_step(view, 3)  # 审定 by 副县长乙, who has left
    assert view.person.currentData() == "d2" and "副县长乙" in view.person.currentText()
    record(view, 1, "张三")
    record(view, 2, "文书科")
    record(view, 3)
    assert view.steps.item(2, 2).text() == "副县长乙"


def test_a_free_name_on_step_one_is_taken_too(view):
    select_step(view, 1)
    view.person.setEditText("王五")
    view.on.setText("2026-11-27")
    view.record_button.click()
    assert view.steps.item(0, 2).text() == "王五"


def test_the_first_open_step_is_selected(view):
    assert view.selected_step()["order"] == 1


def test_dropping_a_file_attaches_it(view, tmp_path):
    document = tmp_path / "正文.pdf"
    document.write_bytes(b"%PDF-1.4 test")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert view.attachments.count() == 1
    assert "正文.pdf" in view.attachments.item(0).text()
    assert view.record["attachments"][0]["size"] == len(b"%PDF-1.4 test")


def test_print_preview_shows_our_pdf(view, qtbot):
    dialog = view.print_preview()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=5000)
    assert preview.pageCount() == len(view.preview_pages())
    dialog.close()


def test_save_as_pdf_and_docx_write_the_slip(view, tmp_path):
    from pypdf import PdfReader
    from docx import Document

    pdf = view.save_as("pdf", str(tmp_path / "slip.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "冬季防汛" in text and "副县长甲" in text
    docx = view.save_as("docx", str(tmp_path / "slip.docx"))
    cells = [c.text for t in Document(docx).tables for row in t.rows for c in row.cells]
    assert any("冬季防汛" in c for c in cells)


def test_a_message_stays_with_the_record_it_concerns(qtbot, app, registry, tmp_path):
    first = registry.register("outgoing", REQUEST)
    second = registry.register("outgoing", {**REQUEST, "title": "关于开展冬季安全生产大检查的通知"})
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.show_record(first["id"])
    saved = view.save_as("pdf", str(tmp_path / "第一份.pdf"))
    assert saved.is_file() and "已保存到" in view.message.text() and "第一份.pdf" in view.message.text()
    view.show_record(second["id"])
    assert view.message.text() == ""  # not the first record's message
    view.show_record(first["id"])
    assert "第一份.pdf" in view.message.text()


def test_an_incoming_record_has_no_number_button(qtbot, registry):
    incoming = registry.register("incoming", {"title": "关于申请防汛抗旱资金的请示", "sender": "县水利局",
                                              "received_on": "2026-11-01", "doc_type": "请示"})
    outgoing = registry.register("outgoing", REQUEST)
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_record(incoming["id"])
    assert not view.number_button.isVisible()
    view.show_record(outgoing["id"])
    assert view.number_button.isVisible()


def test_the_history_pane_has_room_at_150_percent(qtbot, window, small_registry):
    """910×485 logical pixels is 1366×768 at 150 %: the history shows several lines, the steps all rows."""
    window.resize(910, 485)
    page = window.go_to("outgoing")
    record_id = small_registry.search_ids(kind="outgoing")[0]
    view = page.open_record(record_id)
    for order in (1, 2):
        view.steps.selectRow(order - 1)
        view.person.setEditText("文书科")
        view.on.setText("2026-11-28")
        view.record_button.click()
    view.tabs.setCurrentWidget(view.history)
    qtbot.waitUntil(lambda: view.history.isVisible())
    line = view.history.sizeHintForRow(0)
    assert view.history.count() >= 3 and line > 0
    assert view.history.viewport().height() >= 4 * line
    steps = view.steps
    assert steps.viewport().height() >= steps.rowCount() * steps.rowHeight(0) - 1  # every step without scrolling
    assert view.geometry().bottom() <= page.height()  # nothing below the window's edge
    step_box = view.record_button.parentWidget()
    assert steps.geometry().bottom() < step_box.geometry().top()  # nothing overlaps
