"""The 待办与期限 page: everything due on a day (`registry.due.items(on)`) — 会签 replies (第六十二条; after
the deadline 逾期未复，视为无不同意见), minutes to issue (第五十五条), incoming 办理时限, seals still out
(第七十二条) and 督办 items (第五十六条) — most urgent first, red when overdue, amber within two working
days; 催办 recorded against an item and its 催办单 printed; and the 督办 list, open and closed.

The day is the "as of" field (today unless the clerk looks ahead, and what tests drive). Enter or a
double-click opens the record here, under a back bar; a seal opens its request on the 用印 page."""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.ui.office.common import RecordHost, Today, button, county, page_title, preview_pdf
from desktop_app.ui.office.due_models import DueItemsModel, FollowUpsModel
from desktop_app.ui.office.tables import FittedTable
from desktop_app.ui.widgets import DateField, mark

DUE_SAMPLES = {0: "2026-10-13", 1: "逾期 13 个工作日", 2: "会议纪要印发", 3: "托政办发〔2026〕123号",
               5: "县发展和改革委员会", 6: "逾期未复，视为无不同意见", 7: "3 次，最近 10-12"}
FOLLOW_UP_SAMPLES = {0: "督办中", 1: "2026-10-13", 2: "县发展和改革委员会", 3: "托政发〔2026〕123号",
                     5: "督办事项说明写在这里", 6: "2026-10-13", 7: "办理结果写在这里"}


class DuePage(QWidget):
    status_message = Signal(str)

    def __init__(self, registry: Any, heading: str, today: Today = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry, self.heading, self.today = registry, heading, today
        self.items_model = DueItemsModel(self)
        self.follow_ups_model = FollowUpsModel(self)
        self._all_items: list[dict] = []
        self.host = RecordHost(registry, self._build(), self)
        self.host.today = self.day
        self.host.went_back.connect(self.refresh)
        self.host.record_changed.connect(lambda _id: self.status_message.emit(self.tr("Saved.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)

    # ---- building -------------------------------------------------------------------------------
    def _build(self) -> QWidget:
        page = QWidget(self)
        self.as_of = DateField(self.today(), page)
        self.as_of.setObjectName("asOfDate")
        self.as_of.setMaximumWidth(self.as_of.fontMetrics().horizontalAdvance("2026-11-27") + 24)
        self.as_of.returnPressed.connect(self.refresh)
        self.as_of.editingFinished.connect(self._day_edited)
        self.summary = QLabel(page)
        self.summary.setObjectName("dueSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(page_title(self.heading, page))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("As of"), page))
        top.addWidget(self.as_of)
        top.addWidget(button(self.tr("Today"), "todayButton", lambda: self.set_day(self.today()), page))
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("dueTabs")
        self.tabs.addTab(self._items_tab(page), self.tr("Due"))
        self.tabs.addTab(self._follow_ups_tab(page), self.tr("Follow-up (督办)"))
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        return page

    def _items_tab(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.what_filter = QComboBox(tab)
        self.what_filter.setObjectName("whatFilter")
        from desktop_app.registry.due import WHAT_LABELS

        self.what_filter.addItem(self.tr("Everything due"), None)
        for what, label in WHAT_LABELS.items():
            self.what_filter.addItem(label, what)
        self.level_filter = QComboBox(tab)
        self.level_filter.setObjectName("levelFilter")
        for text, value in ((self.tr("Any urgency"), None), (self.tr("Overdue"), "overdue"),
                            (self.tr("Due within 2 working days"), "soon"), (self.tr("Later"), "later")):
            self.level_filter.addItem(text, value)
        for combo in (self.what_filter, self.level_filter):
            combo.currentIndexChanged.connect(lambda _i: self._show_items())
        self.items_table = FittedTable(self.items_model, DUE_SAMPLES, stretch=4, optional=(3, 7), parent=tab)
        self.items_table.setObjectName("dueTable")
        self.items_table.activated_row.connect(self.open_item)
        self.remind_button = button(self.tr("Remind…"), "remindButton", self.remind, tab)
        self.slip_button = button(self.tr("Print reminder slip…"), "reminderSlipButton", self.print_reminder, tab)
        bar = QHBoxLayout()
        bar.addWidget(self.what_filter)
        bar.addWidget(self.level_filter)
        bar.addStretch(1)
        for widget in (button(self.tr("&Open"), "openButton", self.open_current, tab), self.remind_button,
                       self.slip_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.items_table, 1)
        return tab

    def _follow_ups_tab(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.follow_up_filter = QComboBox(tab)
        self.follow_up_filter.setObjectName("followUpFilter")
        for text, value in ((self.tr("Open"), "open"), (self.tr("Closed"), "closed"), (self.tr("All"), None)):
            self.follow_up_filter.addItem(text, value)
        self.follow_up_filter.currentIndexChanged.connect(lambda _i: self._show_follow_ups())
        self.follow_ups_table = FittedTable(self.follow_ups_model, FOLLOW_UP_SAMPLES, stretch=4, optional=(3, 6),
                                            parent=tab)
        self.follow_ups_table.setObjectName("followUpTable")
        self.follow_ups_table.activated_row.connect(self.open_follow_up)
        self.close_button = button(self.tr("Close with result…"), "closeFollowUpButton", self.close_follow_up, tab)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), tab))
        bar.addWidget(self.follow_up_filter)
        note = QLabel(self.tr("Put a record under follow-up from its record view."), tab)
        note.setObjectName("followUpNote")
        bar.addWidget(note, 1)
        bar.addWidget(button(self.tr("&Open"), "openFollowUpButton",
                             lambda: self.open_follow_up(self.follow_ups_table.current_row()), tab))
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.follow_ups_table, 1)
        return tab

    # ---- the day and the lists ------------------------------------------------------------------
    def day(self) -> date:
        """The "as of" day; today while the field holds no valid date."""
        return date.fromisoformat(self.as_of.value()) if self.as_of.is_valid() else self.today()

    def set_day(self, day: date) -> None:
        self.as_of.setText(day.isoformat())
        self.refresh()

    def _day_edited(self) -> None:
        mark(self.as_of, None if self.as_of.is_valid() else self.tr("Write the date as YYYY-MM-DD"))
        if self.as_of.is_valid():
            self.refresh()

    def activate(self) -> None:
        """Called each time the page is shown: other pages may have settled or added items meanwhile."""
        if self.host.showing_list():
            self.refresh()

    def refresh(self) -> None:
        key = self.current_item()["key"] if self.current_item() else None
        try:
            self._all_items = self.registry.due.to_json(self.day())
        except DocRouteError as error:
            self.status_message.emit(error.window_line())
            return
        self._show_items(key)
        self._show_follow_ups()

    def _show_items(self, keep_key: str | None = None) -> None:
        what, level = self.what_filter.currentData(), self.level_filter.currentData()
        shown = [i for i in self._all_items if (what is None or i["what"] == what) and
                 (level is None or i["level"] == level)]
        self.items_model.set_rows(shown)
        counts = {name: sum(1 for i in self._all_items if i["level"] == name) for name in ("overdue", "soon", "later")}
        self.summary.setText(self.tr("%1 overdue · %2 due within 2 working days · %3 later (working days of the "
                                     "official calendar)").replace("%1", str(counts["overdue"]))
                             .replace("%2", str(counts["soon"])).replace("%3", str(counts["later"]))
                             if self._all_items else self.tr("Nothing is due as of %1.").replace("%1", str(self.day())))
        self.tabs.setTabText(0, self.tr("Due (%1)").replace("%1", str(len(self._all_items))))
        rows = [i["key"] for i in shown]
        self.items_table.select(rows.index(keep_key) if keep_key in rows else 0)

    def _show_follow_ups(self) -> None:
        wanted = self.follow_up_filter.currentData()
        items = self.registry.follow_ups.list(open_only=wanted == "open", today=self.day())
        self.follow_ups_model.set_rows([i for i in items if wanted is None or i["status"] == wanted])
        open_count = sum(1 for i in self._all_items if i["what"] == "follow_up")
        self.tabs.setTabText(1, self.tr("Follow-up (督办) (%1 open)").replace("%1", str(open_count)))
        self.follow_ups_table.select(0)

    def current_item(self) -> dict | None:
        return self.items_model.row(self.items_table.current_row()) if hasattr(self, "items_table") else None

    # ---- acting ---------------------------------------------------------------------------------
    def open_current(self) -> Any:
        return self.open_item(self.items_table.current_row())

    def open_item(self, row: int) -> Any:
        item = self.items_model.row(row)
        if item is None:
            return None
        if item["what"] == "seal_out":
            return self._open_seal(item)
        return self.host.open_record(item["record_id"]) if item.get("record_id") else None

    def _open_seal(self, item: dict) -> Any:
        window = self.window()
        if not hasattr(window, "go_to"):
            return None
        page = window.go_to("seals")
        page = page.page() if hasattr(page, "page") else page
        return page.open_request(item["request_id"]) if item.get("request_id") else page

    def open_follow_up(self, row: int) -> Any:
        item = self.follow_ups_model.row(row)
        return self.host.open_record(item["record_id"]) if item else None

    def remind(self) -> Any:
        from desktop_app.ui.office.dialogs import RemindDialog

        item = self.current_item()
        if item is None:
            self.status_message.emit(self.tr("Select the item to remind."))
            return None
        self.remind_dialog = RemindDialog(self.registry, item, self.day(), self)
        self.remind_dialog.accepted.connect(self._reminded)
        self.remind_dialog.open()
        return self.remind_dialog

    def _reminded(self) -> None:
        dialog = self.remind_dialog
        reminder = dialog.result_value
        self.refresh()
        self.status_message.emit(self.tr("Reminder recorded: %1 reminded on %2.").replace("%1", reminder["reminded"])
                                 .replace("%2", reminder["on"]))
        if dialog.print_slip.isChecked():
            self.print_reminder(reminder["id"])

    def print_reminder(self, reminder_id: int | None = None) -> Any:
        """The 催办单 of a reminder (the latest one of the selected item when none is named)."""
        if reminder_id is None:
            item = self.current_item()
            earlier = self.registry.reminders.for_item(item["key"]) if item else []
            if not earlier:
                self.status_message.emit(self.tr("No reminder recorded for this item yet: use Remind… first."))
                return None
            reminder_id = earlier[-1]["id"]
        self.preview = preview_pdf(self.reminder_pdf(reminder_id), self)
        return self.preview

    def reminder_pdf(self, reminder_id: int) -> bytes:
        from desktop_app.slips import render_form
        from desktop_app.slips.reminder import reminder_form

        name, _org = county(self.registry)
        buffer = io.BytesIO()
        render_form(reminder_form(self.registry.reminders.slip_data(reminder_id), county=name), "pdf", buffer)
        return buffer.getvalue()

    def close_follow_up(self) -> Any:
        from desktop_app.ui.office.dialogs import CloseFollowUpDialog

        item = self.follow_ups_model.row(self.follow_ups_table.current_row())
        if item is None or item["status"] != "open":
            self.status_message.emit(self.tr("Select an open follow-up item to close."))
            return None
        self.close_dialog = CloseFollowUpDialog(self.registry, item, self.day(), self)
        self.close_dialog.accepted.connect(lambda: (self.refresh(), self.status_message.emit(
            self.tr("Follow-up closed with its result."))))
        self.close_dialog.open()
        return self.close_dialog

    # ---- the window's commands ------------------------------------------------------------------
    def print_current(self) -> Any:
        editor = self.host.current_editor()
        if editor is not None:
            return editor.print_preview()
        return self.print_reminder()

    def save_current(self) -> Any:
        editor = self.host.current_editor()
        return editor.save_as("pdf") if editor is not None else None

    def escape(self) -> None:
        self.host.back_to_list()
