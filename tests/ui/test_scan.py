"""Paper back to the record: a barcode scanner types what it reads, then Enter. The QR code of a slip
(docroute:17, docroute:seal:5) opens its record or seal request wherever no text field has focus, or in
a list's search box; a 文号 read off a document, typed in a burst, finds its record; a person's typing
is left alone. The key events are synthetic, with the timestamps a windowing system gives them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.slips.forms import qr_payload

from .office_helpers import incoming_request, open_window, signed

SCANNER_MS, PERSON_MS = 4, 180


@pytest.fixture
def window(qtbot, app, registry):
    return open_window(qtbot, registry)


@pytest.fixture
def records(registry):
    outgoing = registry.register("outgoing", signed(assign_number=True, title="关于做好冬季防火工作的通知"))
    incoming = registry.register("incoming", incoming_request(sender_number="托水发〔2026〕15号"))
    return outgoing, incoming


class Keys:
    """Types as a keyboard (or a scanner in keyboard mode) does: the windowing system hands each key to
    the window (its QWindow), which passes it to the focused widget."""

    def __init__(self, window) -> None:
        self.window = window.windowHandle()
        self.clock = 1_000_000

    def press(self, text: str, key: int = Qt.Key.Key_unknown, gap: int = SCANNER_MS) -> None:
        self.clock += gap
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(self.clock)
        QApplication.sendEvent(self.window, event)

    def type(self, text: str, gap: int = SCANNER_MS) -> None:
        for ch in text:
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_Colon if ch == ":" else \
                Qt.Key.Key_unknown
            self.press(ch, key, gap)
        self.press("\r", Qt.Key.Key_Return, gap)


def shown_record(window):
    page = window.current_page()
    editor = page.current_editor() if hasattr(page, "current_editor") else None
    return editor.record["id"] if editor is not None and hasattr(editor, "record") else None


def test_a_slip_scanned_while_no_field_has_focus_opens_its_record(qtbot, window, records):
    outgoing, incoming = records
    window.go_to("incoming")
    window.nav.setFocus()  # the navigation list: no text field has focus
    Keys(window).type(qr_payload(outgoing["id"]), gap=PERSON_MS)  # the prefix says what it is, at any speed
    assert window.current_key() == "outgoing" and shown_record(window) == outgoing["id"]
    assert window.statusBar().currentMessage() == f"已扫描：{outgoing['number']}"
    window.pages["outgoing"].table.setFocus()  # a list has focus: Enter there would open its own row
    Keys(window).type(qr_payload(incoming["id"]).upper())  # Caps Lock on the scanner
    assert window.current_key() == "incoming" and shown_record(window) == incoming["id"]


def test_a_slip_scanned_into_the_search_box_opens_the_record_and_leaves_the_box_empty(qtbot, window, records):
    outgoing, _incoming = records
    page = window.go_to("outgoing")
    page.search.focus_search()
    Keys(window).type(qr_payload(outgoing["id"]))
    assert shown_record(window) == outgoing["id"] and page.search.edit.text() == ""


def test_a_document_number_scanned_in_a_burst_finds_its_record(qtbot, window, records):
    outgoing, incoming = records
    page = window.go_to("incoming")
    page.search.focus_search()
    Keys(window).type("托水发(2026)15号")  # the sender's number off the incoming document, brackets as scanned
    assert window.current_key() == "incoming" and shown_record(window) == incoming["id"]
    window.nav.setFocus()
    Keys(window).type(outgoing["number"])
    assert window.current_key() == "outgoing" and shown_record(window) == outgoing["id"]
    window.nav.setFocus()
    Keys(window).type("托政发〔2019〕99号")
    assert window.statusBar().currentMessage() == "已扫描“托政发〔2019〕99号”：没有这个编号的公文。"


def test_the_same_number_typed_by_a_person_is_an_ordinary_search(qtbot, window, records):
    page = window.go_to("incoming")
    page.search.focus_search()
    Keys(window).type("托水发〔2026〕15号", gap=PERSON_MS)
    assert page.showing_list() and page.search.edit.text() == "托水发〔2026〕15号"
    assert [page.model.row_data(r)["title"] for r in range(page.model.rowCount())] == ["关于申请防汛物资的请示"]


def test_typing_in_a_form_field_is_never_taken_for_a_scan(qtbot, window, records):
    outgoing, _incoming = records
    window.go_to("incoming")
    form = window.new_record()
    form.fields["title"].setFocus()
    Keys(window).type(qr_payload(outgoing["id"]))
    assert form.fields["title"].text() == qr_payload(outgoing["id"])
    assert window.current_key() == "incoming" and window.pages["incoming"].current_editor() is form


def test_a_seal_request_slip_opens_the_request_on_the_seal_page(qtbot, window, registry):
    request = registry.seals.request({"seal": "county_government", "purpose": "contract", "copies": 4,
                                      "requesting_department": "县住房和城乡建设局", "requester": "王五",
                                      "matter": "县城老旧小区改造工程施工合同签订", "date": "2026-11-27"})
    window.go_to("incoming")
    window.nav.setFocus()
    Keys(window).type(qr_payload(request["id"], "seal"))
    seals = window.pages["seals"].page()
    assert window.current_key() == "seals" and seals.current_editor().request["id"] == request["id"]


def test_a_slip_of_another_registry_says_so(qtbot, window, records):
    window.nav.setFocus()
    Keys(window).type(qr_payload(9999))
    assert window.statusBar().currentMessage() == "扫描到第 9999 号记录的处理笺，但本登记簿中没有这条记录。"
