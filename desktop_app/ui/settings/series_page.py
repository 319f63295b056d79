"""设置 → 发文字号: the 机关代字 series — which authority issues under each and for what (the registration
form offers the series of the authority chosen), the next number of a year with the highest given so far,
setting the next number when the office starts mid-year (refused at or below a number already given,
voided ones included), adding a series, and the numbers voided (never given again)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop_app.domain.enums import Authority
from desktop_app.registry.numbering import MAX_SERIAL, USAGES
from desktop_app.ui.settings.common import Section, item, selected_data, table

CODE, AUTHORITY, USAGE, LABEL, HIGHEST, NEXT = range(6)


def authority_combo(current: str | None = None, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for member in Authority:
        combo.addItem(member.label, member.value)
    if current:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def usage_combo(current: str | None = None, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for key, label in USAGES.items():
        if key != "receipt":
            combo.addItem(label, key)
    if current:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class SeriesSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Document numbers"), self.tr(
            "Each series (机关代字) restarts at 1 every year and never skips or repeats a number. Set the next "
            "number only when the office starts using DocRoute in the middle of a year."), parent)
        self._filling = False
        self.year = QSpinBox(self)
        self.year.setObjectName("seriesYear")
        self.year.setRange(2000, 2999)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.list = table([self.tr("Series"), self.tr("Issued by"), self.tr("Used for"), self.tr("Note"),
                           self.tr("Given up to"), self.tr("Next number")], self, stretch=LABEL)
        self.list.setObjectName("seriesTable")
        self.list.itemChanged.connect(self._label_edited)
        self.list.setEditTriggers(self.list.EditTrigger.DoubleClicked | self.list.EditTrigger.EditKeyPressed)
        self.list.itemSelectionChanged.connect(self._selected)
        self.next = QSpinBox(self)
        self.next.setObjectName("nextSerial")
        self.next.setRange(1, MAX_SERIAL)
        set_next = QPushButton(self.tr("Set next number"), self)
        set_next.setObjectName("setNext")
        set_next.clicked.connect(lambda: self.set_next())
        self.code = QLineEdit(self)
        self.code.setObjectName("newSeriesCode")
        self.code.setPlaceholderText(self.tr("e.g. 托政任"))
        self.new_authority = authority_combo(parent=self)
        self.new_usage = usage_combo(parent=self)
        add = QPushButton(self.tr("Add series"), self)
        add.setObjectName("addSeries")
        add.clicked.connect(self.add_series)
        remove = QPushButton(self.tr("Remove unused series"), self)
        remove.clicked.connect(self.remove_selected)
        self.voided = table([self.tr("Voided number"), self.tr("Title"), self.tr("Reason")], self, stretch=1)
        self.voided.setObjectName("voidedTable")
        self._layout(set_next, add, remove)

    def _layout(self, set_next, add, remove) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Next number of the selected series"), self))
        top.addWidget(self.next)
        top.addWidget(set_next)
        new_row = QHBoxLayout()
        for widget, stretch in ((self.code, 1), (self.new_authority, 1), (self.new_usage, 1), (add, 0),
                                (remove, 0)):
            new_row.addWidget(widget, stretch)
        self.body.addLayout(top)
        self.body.addWidget(self.list, 3)
        self.body.addLayout(new_row)
        self.voided_title = QLabel(self)
        self.body.addWidget(self.voided_title)
        self.body.addWidget(self.voided, 2)

    # ---- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = selected_data(self.list)
        self._filling = True
        rows = self.registry.numbering.series(self.year.value())
        self.list.setRowCount(len(rows))
        for row, series in enumerate(rows):
            self.list.setItem(row, CODE, item(series["code"], series["code"]))
            for column, make, value in ((AUTHORITY, authority_combo, series["authority"]),
                                        (USAGE, usage_combo, series["usage"])):
                combo = self.list.cellWidget(row, column)
                if not isinstance(combo, QComboBox):  # kept across refreshes
                    combo = make(None, self.list)
                    combo.currentIndexChanged.connect(lambda _i, c=combo: self._use_chosen(c.property("code")))
                    self.list.setCellWidget(row, column, combo)
                combo.setProperty("code", series["code"])
                combo.setCurrentIndex(combo.findData(value))
            self.list.setItem(row, LABEL, item(series["label"], series["code"], editable=True))
            voided = self.tr("%1 voided").replace("%1", str(series["voided"]))
            given = f"{series['highest']}（{voided}）" if series["voided"] else (
                str(series["highest"]) if series["highest"] else "—")
            self.list.setItem(row, HIGHEST, item(given))
            self.list.setItem(row, NEXT, item(series["next"], series["next"]))
            if series["code"] == selected:
                self.list.selectRow(row)
        self._filling = False
        if selected is None and rows:
            self.list.selectRow(0)
        voided = self.registry.numbering.voided(self.year.value())
        self.voided_title.setText(self.tr("Numbers voided in %1 (kept, never given again): %2").replace(
            "%1", str(self.year.value())).replace("%2", str(len(voided))))
        self.voided.setRowCount(len(voided))
        for row, entry in enumerate(voided):
            for column, text in enumerate((entry["number"], entry["title"], entry["reason"])):
                self.voided.setItem(row, column, item(text, entry["record_id"]))

    def _selected(self) -> None:
        row = self.list.currentRow()
        cell = self.list.item(row, NEXT) if row >= 0 else None
        if cell is not None:
            self.next.setValue(int(cell.data(Qt.ItemDataRole.UserRole)))

    def select(self, code: str) -> None:
        for row in range(self.list.rowCount()):
            if self.list.item(row, CODE).text() == code:
                self.list.selectRow(row)
                return

    # ---- editing ---------------------------------------------------------------------------------
    def set_next(self, code: str | None = None, serial: int | None = None) -> bool:
        code = code or selected_data(self.list)
        if code is None:
            self.show_error(self.tr("Select a series in the table first."))
            return False
        serial = self.next.value() if serial is None else serial
        year = self.year.value()
        return bool(self.attempt(lambda: self.registry.numbering.set_next(code, year, serial),
                                 self.tr("The next number of %1 in %2 is now %3.").replace("%1", code).replace(
                                     "%2", str(year)).replace("%3", str(serial)), "series"))

    def _use_chosen(self, code: str) -> None:
        if self._filling:
            return
        row = next(r for r in range(self.list.rowCount()) if self.list.item(r, CODE).text() == code)
        authority = self.list.cellWidget(row, AUTHORITY).currentData()
        usage = self.list.cellWidget(row, USAGE).currentData()
        self.attempt(lambda: self.registry.numbering.update(code, authority=authority, usage=usage),
                     self.tr("%1 saved.").replace("%1", code), "series")

    def _label_edited(self, cell) -> None:
        if self._filling or cell.column() != LABEL:
            return
        code = cell.data(Qt.ItemDataRole.UserRole)
        self.attempt(lambda: self.registry.numbering.update(code, label=cell.text()),
                     self.tr("%1 saved.").replace("%1", code), "series")

    def add_series(self) -> bool:
        code = self.code.text().strip()
        done = self.attempt(lambda: self.registry.numbering.add(code, self.new_authority.currentData(),
                                                                self.new_usage.currentData()),
                            self.tr("%1 added.").replace("%1", code), "series")
        if done:
            self.code.clear()
            self.select(code)
        return bool(done)

    def remove_selected(self) -> bool:
        code = selected_data(self.list)
        if code is None:
            self.show_error(self.tr("Select a series in the table first."))
            return False
        return bool(self.attempt(lambda: self.registry.numbering.remove(code),
                                 self.tr("%1 removed.").replace("%1", code), "series"))
