"""The 用印 page: where each seal is (in the safe, or out and with whom — red once the working day is
over), the seal ledger as a lazy, searchable list, the request form with its live approvals, the request
view (record a use, take out, return, print), and the printed 用印登记簿.

Same look and keys as 收文/发文 (records_page.py): Ctrl+N new request, Ctrl+F search, Ctrl+P print,
Ctrl+S save, Esc back to the list. Built the first time the page is shown (lazy_page.py)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from desktop_app.ui.record_list import ListQuery
from desktop_app.ui.search_bar import SearchBar
from desktop_app.ui.seal_list import SealLedgerModel, SealLedgerTable

STRIP_REFRESH_MS = 60_000  # the end of the working day passes while the window is open
_IN_STYLE = "QFrame#sealCard { border: 1px solid palette(mid); border-radius: 3px; }"
_OUT_STYLE = "QFrame#sealCard { border: 1px solid #b9770e; border-radius: 3px; background: #fef5e7; }"
_OVERDUE_STYLE = "QFrame#sealCard { border: 2px solid #c0392b; border-radius: 3px; background: #fdecea; }"


class SealStrip(QWidget):
    """One card per seal: its name, its keeper, and in the safe or out (since when, with whom)."""

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.cards: dict[str, tuple[QFrame, QLabel]] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> list[dict]:
        seals = self.registry.seals.seals()
        for seal in seals:
            card, label = self.cards.get(seal["code"]) or self._card(seal["code"])
            label.setText(self.text(seal))
            card.setStyleSheet(_OVERDUE_STYLE if seal["overdue"] else _OUT_STYLE if seal["out"] else _IN_STYLE)
            card.setToolTip(self.tr("Keeper: %1").replace("%1", seal["keeper"]))
            card.setProperty("out", seal["out"])
            card.setProperty("overdue", seal["overdue"])
        return seals

    def _card(self, code: str) -> tuple[QFrame, QLabel]:
        card = QFrame(self)
        card.setObjectName("sealCard")
        label = QLabel(card)
        label.setObjectName(f"seal_{code}")
        label.setWordWrap(True)
        QVBoxLayout(card).addWidget(label)
        self._layout.addWidget(card, 1)
        self.cards[code] = (card, label)
        return card, label

    def text(self, seal: dict) -> str:
        if not seal["out"]:
            state = self.tr("in the safe")
        elif seal["overdue"]:
            state = self.tr("OUT since %1 with %2 — not back by the end of the working day (第七十二条)")
        else:
            state = self.tr("out since %1 with %2")
        state = state.replace("%1", (seal.get("out_since") or "")[5:16].replace("T", " ")) \
            .replace("%2", seal.get("escort") or "")
        return f"<b>{seal['name']}</b><br>{state}"


class SealsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, registry: Any, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.heading = heading
        self.model = SealLedgerModel(registry.seals, ListQuery(), self)
        self.form: QWidget | None = None
        self.view: Any = None
        self._form_frame: QWidget | None = None
        self._view_frame: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_list())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.model.rows_known.connect(lambda loaded, complete: self.search.show_count(loaded, complete))
        self._timer = QTimer(self, interval=STRIP_REFRESH_MS)
        self._timer.timeout.connect(self.strip.refresh)
        self._timer.start()

    # ---- building -------------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.heading, page)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.strip = SealStrip(self.registry, page)
        self.search = SearchBar(ListQuery(), show_overdue=False, parent=page)
        self.search.edit.setPlaceholderText(self.tr("Search matter, department, people or seal"))
        self.kind_filter = QComboBox(page)
        self.kind_filter.setObjectName("entryFilter")
        for text, value in ((self.tr("All entries"), None), (self.tr("Requests"), "request"),
                            (self.tr("Awaiting use"), "pending"), (self.tr("Uses"), "use"),
                            (self.tr("Take-outs and returns"), "take_out"), (self.tr("Corrections"), "correction")):
            self.kind_filter.addItem(text, value)
        self.search.layout().insertWidget(3, self.kind_filter)
        self.search.query_changed.connect(self._query_changed)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.search.emit_query())
        self.new_button = self._button(page, self.tr("New request… (Ctrl+N)"), "newButton", self.new_record)
        self.open_button = self._button(page, self.tr("&Open"), "openButton", self.open_current)
        self.take_out_button = self._button(page, self.tr("Take out…"), "takeOutButton", self.take_out)
        self.return_button = self._button(page, self.tr("Return…"), "returnButton", self.return_seal)
        self.ledger_button = self._button(page, self.tr("Print ledger…"), "ledgerButton", self.print_ledger)
        self.table = SealLedgerTable(self.model, page)
        self.table.setObjectName("ledgerTable")
        self.table.activated_record.connect(self.open_entry)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.new_button, self.open_button, self.take_out_button, self.return_button,
                       self.ledger_button):
            top.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.search.edit, self.search.year)
        QWidget.setTabOrder(self.search.year, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.table)
        return page

    def _button(self, parent: QWidget, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _framed(self, title: str, body: QWidget) -> QWidget:
        frame = QWidget(self)
        back = QPushButton(self.tr("← Back to list (Esc)"), frame)
        back.setObjectName("backButton")
        back.clicked.connect(self.back_to_list)
        label = QLabel(title, frame)
        label.setObjectName("detailTitle")
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(label, 1)
        layout = QVBoxLayout(frame)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        self.stack.addWidget(frame)
        return frame

    # ---- the list -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.model.ensure_loaded()
        self.strip.refresh()

    def _query_changed(self, query: ListQuery) -> None:
        self.model.set_query(replace(query, kind=self.kind_filter.currentData()))

    def refresh(self, select_entry: int | None = None) -> None:
        self.model.refresh()
        self.strip.refresh()
        if select_entry is not None:
            self.table.select_record(select_entry)

    def showing_list(self) -> bool:
        return self.stack.currentIndex() == 0

    def back_to_list(self) -> None:
        if not self.showing_list():
            self.stack.setCurrentIndex(0)
            self.table.setFocus()

    def focus_search(self) -> None:
        self.back_to_list()
        self.search.focus_search()

    def escape(self) -> None:
        if not self.showing_list():
            self.back_to_list()
        elif self.search.edit.text():
            self.search.edit.clear()
            self.search.emit_query()

    def open_current(self) -> Any:
        index = self.table.currentIndex()
        entry = self.model.record_id(index.row()) if index.isValid() else None
        return self.open_entry(entry) if entry is not None else None

    def open_entry(self, entry_id: int) -> Any:
        row = next(iter(self.registry.seals.rows([entry_id])), None)
        if row is None or not row.get("request_id"):
            self.status_message.emit(self.tr("This entry belongs to no request (a take-out or a seal change)."))
            return None
        return self.open_request(row["request_id"])

    # ---- the form and the request view ----------------------------------------------------------
    def new_record(self, prefill: dict | None = None) -> QWidget:
        from desktop_app.ui.seal_form import SealRequestForm  # on first use: keeps start-up short

        self.form = SealRequestForm(self.registry, prefill)
        self.form.saved.connect(self._form_saved)
        frame = self._framed(self.tr("New seal request"), self.form)
        if self._form_frame is not None:
            self.stack.removeWidget(self._form_frame)
            self._form_frame.deleteLater()
        self._form_frame = frame
        self.stack.setCurrentWidget(frame)
        self.form.setFocus()
        return self.form

    def open_request(self, request_id: int) -> Any:
        from desktop_app.ui.seal_view import SealRequestView  # on first use

        if self.view is None:
            self.view = SealRequestView(self.registry)
            self.view.changed.connect(self._request_changed)
            self.view.take_out_requested.connect(lambda rid: self.take_out(rid))
            self._view_frame = self._framed(self.tr("Seal request"), self.view)
        self.view.show_request(request_id)
        self.stack.setCurrentWidget(self._view_frame)
        return self.view

    def current_editor(self) -> Any:
        current = self.stack.currentWidget()
        if current is not None and current is self._form_frame:
            return self.form
        if current is not None and current is self._view_frame:
            return self.view
        return None

    def _form_saved(self, request_id: int) -> None:
        self.refresh(select_entry=request_id)
        self.status_message.emit(self.tr("Request stored in the seal ledger."))
        self.open_request(request_id)

    def _request_changed(self, request_id: int) -> None:
        self.refresh()

    # ---- the window's commands ------------------------------------------------------------------
    def print_current(self) -> Any:
        editor = self.current_editor()
        if editor is None and self.showing_list():
            index = self.table.currentIndex()
            request_id = self.model.request_id(index.row()) if index.isValid() else None
            if request_id is None:
                self.status_message.emit(self.tr("Select a request to print its slip, or use Print ledger…"))
                return None
            editor = self.open_request(request_id)
        return editor.print_preview() if hasattr(editor, "print_preview") else None

    def save_current(self) -> Any:
        editor = self.current_editor()
        if editor is self.form and editor is not None:
            return editor.save()
        if editor is not None:
            return editor.save_as("pdf")
        self.status_message.emit(self.tr("There is nothing to save on this page: the ledger is always up to date."))
        return None

    def export_current(self) -> Any:
        return self.print_ledger(fmt="xlsx")

    # ---- take-out, return, the printed ledger ---------------------------------------------------
    def take_out(self, request_id: int | None = None) -> Any:
        from desktop_app.ui.seal_dialogs import TakeOutDialog

        seal = self.registry.seals.get(request_id)["seal"] if request_id else None
        self.take_out_dialog = TakeOutDialog(self.registry, seal, request_id, self)
        self.take_out_dialog.accepted.connect(self._seal_moved)
        self.take_out_dialog.open()
        return self.take_out_dialog

    def return_seal(self, seal: str | None = None) -> bool:
        out = [s for s in self.registry.seals.seals() if s["out"]]
        if seal is None:
            if not out:
                self.status_message.emit(self.tr("Every seal is in the safe."))
                return False
            seal = out[0]["code"] if len(out) == 1 else self._choose(out)
            if seal is None:
                return False
        from desktop_app.domain.errors import DocRouteError

        try:
            returned = self.registry.seals.return_seal(seal)
        except DocRouteError as error:
            self.status_message.emit(error.window_line())
            return False
        self.status_message.emit(self.tr("%1 returned to the safe.").replace("%1", returned["name"]))
        self._seal_moved()
        return True

    def _choose(self, out: list[dict]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        names = [s["name"] for s in out]
        name, ok = QInputDialog.getItem(self, self.tr("Return a seal"), self.tr("Seal"), names, 0, False)
        return out[names.index(name)]["code"] if ok else None

    def _seal_moved(self) -> None:
        self.refresh()
        if self.view is not None and self.current_editor() is self.view:
            self.view.show_request(self.view.request["id"])

    def print_ledger(self, fmt: str | None = None) -> Any:
        from desktop_app.ui.seal_dialogs import LedgerDialog

        self.ledger_dialog = LedgerDialog(self.registry, self)
        if fmt:
            self.ledger_dialog.format.set_value(fmt)
        self.ledger_dialog.open()
        return self.ledger_dialog
