"""The 用印 screen as a clerk uses it, in the real window: the page is built only when first shown; a
blank-paper request is refused with its article; a contract lists the deputy head and the 县长; a use
(with the scan dropped in) appears in the ledger list; a seal taken out and not returned shows as out;
申请用印 on a signed outgoing record opens the form filled in."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog

from desktop_app.ui.lazy_page import LazyPage
from desktop_app.ui.record_list import RECORD_ID_ROLE
from desktop_app.ui.seal_form import SealRequestForm
from tests.registry.helpers import signed

CONTRACT = {"seal": "county_government", "purpose": "contract", "requesting_department": "县住房和城乡建设局",
            "matter": "县城老旧小区改造工程施工合同签订", "copies": 4, "requester": "王五", "date": "2026-11-27"}


@pytest.fixture
def seals_page(window, qtbot):
    lazy = window.pages["seals"]
    assert isinstance(lazy, LazyPage) and not lazy.built  # nothing of 用印 is built at start-up
    window.go_to("seals")
    qtbot.waitUntil(lambda: lazy.built)
    return lazy.page()


def panel_rows(form: SealRequestForm) -> list[str]:
    steps = form.panel.steps
    return [steps.topLevelItem(i).text(1) for i in range(steps.topLevelItemCount())]


def new_form(window, qtbot, **values) -> SealRequestForm:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.pages["seals"].page().current_editor()
    assert isinstance(form, SealRequestForm)
    form.fill({**CONTRACT, **values})
    return form


def ledger_rows(page) -> list[dict]:
    model = page.model
    return [model.row_data(r) for r in range(model.rowCount())]


def test_the_page_is_built_when_first_shown_and_lists_the_four_seals(seals_page):
    cards = seals_page.strip.cards
    assert list(cards) == ["county_government", "county_government_steel", "county_head_name", "county_office"]
    assert "在保险柜中" in cards["county_office"][1].text()


def test_a_blank_paper_request_is_refused_with_the_article_shown(window, qtbot, seals_page):
    form = new_form(window, qtbot, blank=True)
    assert form.panel.headline.text().startswith("不予办理")
    assert "第七十一条" in form.panel.notices.text() and form.panel.notices.isVisibleTo(form)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "不予用印" in form.message.text() and "第七十一条" in form.message.text()
    stored = window.registry.seals.get(form.request_id)
    assert stored["refused"] is True
    view = seals_page.current_editor()
    assert "第七十一条" in view.notices.text() and not view.use_box.isEnabled()


def test_a_contract_request_lists_the_deputy_head_and_the_county_head(window, qtbot, seals_page):
    form = new_form(window, qtbot)
    assert panel_rows(form) == ["副县长 副县长丙", "县长 县长甲"]
    first = form.panel.steps.topLevelItem(0)
    assert first.text(2) == "第六十九条" and "分管副县长" in first.toolTip(0)


def test_the_approvals_follow_the_seal_as_it_is_changed(window, qtbot, seals_page):
    form = new_form(window, qtbot)
    form.fields["seal"].set_value("county_office")
    form.update_routing()
    assert panel_rows(form) == ["县政府办公室主任 办公室主任甲"]


def test_a_use_recorded_appears_in_the_ledger_list(window, qtbot, seals_page, tmp_path):
    form = new_form(window, qtbot)
    form.save()
    view = seals_page.current_editor()
    view.operator.setText("李四")
    view.on.setText("2026-11-28")
    for box in view.approval_boxes:
        box.setChecked(True)
    scan = tmp_path / "审批单扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    view.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    assert "审批单扫描.pdf" in view.scan_label.text()
    assert view.record_use() is True
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert seals_page.showing_list()
    use = next(r for r in ledger_rows(seals_page) if r["kind"] == "use")
    assert "监印 李四" in use["people"] and use["request_id"] == form.request_id
    assert seals_page.model.data(seals_page.model.index(0, 0), RECORD_ID_ROLE) == use["id"]
    stored = window.registry.seals.get(form.request_id)
    assert stored["uses"][0]["scan"]["name"] == "审批单扫描.pdf"


def test_a_use_short_of_an_approval_names_who_is_missing(window, qtbot, seals_page):
    form = new_form(window, qtbot)
    form.save()
    view = seals_page.current_editor()
    view.operator.setText("李四")
    view.on.setText("2026-11-28")
    view.approval_boxes[0].setChecked(True)
    assert view.record_use() is False
    assert "县长甲" in view.message.text() and "第六十九条" in view.message.text()


def test_a_take_out_not_returned_shows_as_out(window, qtbot, seals_page):
    dialog = seals_page.take_out()
    dialog.seal.set_value("county_government")
    dialog.escort.setText("张三")
    dialog.reason.setText("赴乌鲁木齐签约")
    assert dialog.take_out() is True
    card, label = seals_page.strip.cards["county_government"]
    assert card.property("out") is True and "随同 张三" in label.text()
    row = ledger_rows(seals_page)[0]
    assert row["kind"] == "take_out" and row["still_out"] is True
    assert seals_page.model.display_text(row, "status_label") == "带出未归还"
    colour = seals_page.model.data(seals_page.model.index(0, 1), Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#a61b1b"
    since = datetime.fromisoformat(window.registry.seals.out()[0]["out_since"])
    assert "下班前未归还" in seals_page.strip.text(window.registry.seals.seal("county_government",
                                                                             since.replace(hour=19)))
    assert seals_page.return_seal() is True
    assert seals_page.strip.cards["county_government"][0].property("out") is False
    assert seals_page.model.display_text(ledger_rows(seals_page)[1], "status_label") == "已归还"


def test_the_ledger_list_searches_and_filters(window, qtbot, seals_page):
    seals = window.registry.seals
    seals.request({**CONTRACT, "matter": "防汛物资采购合同"})
    seals.request({**CONTRACT, "matter": "空白纸张", "blank": True})
    seals_page.search.edit.setText("防汛")
    seals_page.search.emit_query()
    assert [r["title"] for r in ledger_rows(seals_page)] == ["防汛物资采购合同"]
    seals_page.search.edit.clear()
    seals_page.kind_filter.setCurrentIndex(seals_page.kind_filter.findData("pending"))
    assert [r["title"] for r in ledger_rows(seals_page)] == ["防汛物资采购合同"]


def test_request_seal_use_on_a_signed_outgoing_record_opens_the_form_filled_in(window, qtbot, small_registry):
    record = small_registry.register("outgoing", signed(assign_number=True))
    outgoing = window.go_to("outgoing")
    outgoing.refresh()
    view = outgoing.open_record(record["id"])
    assert view.seal_button.isVisibleTo(view)
    qtbot.mouseClick(view.seal_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "seals"
    form = window.pages["seals"].page().current_editor()
    assert form.fields["document_number"].text() == record["number"]
    assert form.fields["purpose"].value() == "official_document"
    assert form.panel.plan["approvals"] == [] and form.panel.headline.text().startswith("无需")
    assert form.save() is not None
    assert small_registry.seals.get(form.request_id)["record_id"] == record["id"]


def test_an_unsigned_record_offers_no_seal_request(window, small_registry):
    outgoing = window.go_to("outgoing")
    unsigned = small_registry.search_ids(kind="outgoing", limit=1)[0]
    view = outgoing.open_record(unsigned)
    assert not view.seal_button.isVisibleTo(view)


def test_ctrl_p_previews_the_slip_of_the_request_and_the_ledger_saves_as_xlsx(window, qtbot, seals_page, tmp_path):
    window.registry.seals.request(CONTRACT)
    seals_page.refresh()
    seals_page.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = seals_page.current_editor().preview
    assert isinstance(dialog, QPrintPreviewDialog)
    dialog.close()
    ledger = seals_page.print_ledger(fmt="xlsx")
    ledger.start.setText("2026-11-01")
    ledger.end.setText("2026-11-30")
    saved = ledger.save(str(tmp_path / "用印登记簿.xlsx"))
    assert saved.is_file() and saved.stat().st_size > 0
    ledger.close()


def test_a_wrong_document_number_is_marked_on_its_field(window, qtbot, seals_page):
    form = new_form(window, qtbot, purpose="official_document", document_number="托政发〔2026〕99号")
    assert form.save() is None
    assert form.fields["document_number"].property("invalid") is True
    assert "托政发〔2026〕99号" in form.message.text()


def test_the_ledger_preview_prints_landscape(window, seals_page):
    from PySide6.QtGui import QPageLayout

    window.registry.seals.request(CONTRACT)
    ledger = seals_page.print_ledger()
    ledger.start.setText("2026-11-01")
    preview = ledger.preview()
    assert preview.printer_keepalive.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    preview.close()
    ledger.close()
