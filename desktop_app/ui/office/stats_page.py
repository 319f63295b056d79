"""The 统计 page (第六十六条 asks to keep the number of documents down): for a chosen year, documents per
month (a chart and a table), per series, 文种, direction and drafting department, incoming per sender,
the average working days from registration to signature and the share of deadlines missed — the
figures of `registry.stats.year(year)` — exported to XLSX or printed and saved as the one-page PDF of
`docroute stats` (slips/statistics.py)."""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DocRouteError
from desktop_app.ui.office.charts import INCOMING, OUTGOING, BarTable, MonthChart
from desktop_app.ui.office.common import Today, ask_save_path, button, county, page_title, preview_pdf, write_bytes

YEARS_BACK = 10
BREAKDOWNS = (("outgoing", "by_series"), ("outgoing", "by_doc_type"), ("outgoing", "by_direction"),
              ("outgoing", "by_department"), ("incoming", "by_sender"))


class StatsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, registry: Any, heading: str, today: Today = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry, self.heading, self.today = registry, heading, today
        self.stats: dict | None = None
        self.year = QComboBox(self)
        self.year.setObjectName("statsYear")
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        self.month_chart = MonthChart(self)
        self.month_table = self._month_table()
        titles = {"by_series": self.tr("Outgoing by series"), "by_doc_type": self.tr("Outgoing by type"),
                  "by_direction": self.tr("Outgoing by direction"),
                  "by_department": self.tr("Outgoing by drafting department"),
                  "by_sender": self.tr("Incoming by sender")}
        self.tables = {key: BarTable(titles[key], self) for _kind, key in BREAKDOWNS}
        top = QHBoxLayout()
        top.addWidget(page_title(self.heading, self))
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        for text, name, slot in ((self.tr("Export to Excel…"), "statsXlsx", lambda: self.save("xlsx")),
                                 (self.tr("Print…"), "statsPrint", self.print_preview),
                                 (self.tr("Save as PDF…"), "statsPdf", lambda: self.save("pdf"))):
            top.addWidget(button(text, name, slot, self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self._scrolled(), 1)

    def _month_table(self) -> QTableWidget:
        table = QTableWidget(3, 13, self)
        table.setObjectName("monthTable")
        table.setHorizontalHeaderLabels([f"{m}月" for m in range(1, 13)] + [self.tr("Total")])
        table.setVerticalHeaderLabels([self.tr("Outgoing"), self.tr("Incoming"), self.tr("Total")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() +
                             3 * table.verticalHeader().defaultSectionSize() + 4)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _scrolled(self) -> QScrollArea:
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.month_chart, 0, 0, 1, 2)
        grid.addWidget(self.month_table, 1, 0, 1, 2)
        for index, (_kind, key) in enumerate(BREAKDOWNS):
            grid.addWidget(self.tables[key], 2 + index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(2 + len(BREAKDOWNS) // 2 + 1, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("statsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # ---- showing --------------------------------------------------------------------------------
    def activate(self) -> None:
        if self.stats is None:
            self.refresh()

    def set_year(self, year: int) -> None:
        if self.year.findData(year) < 0:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(year))
        self.refresh()

    def refresh(self) -> dict | None:
        try:
            self.stats = self.registry.stats.year(self.year.currentData(), self.today())
        except DocRouteError as error:
            self.status_message.emit(error.window_line())
            return None
        self._show(self.stats)
        return self.stats

    def _show(self, stats: dict) -> None:
        from desktop_app.slips.statistics import summary_lines

        out, inc = stats["outgoing"], stats["incoming"]
        self.summary.setText("　　".join(f"{name} {value}" for name, value in summary_lines(stats)) +
                             "　　" + self.tr("by registration date, voided ones left out (第六十六条)"))
        months = sorted(out["by_month"])
        self.month_chart.set_series([(self.tr("Outgoing"), OUTGOING, [out["by_month"][m] for m in months]),
                                     (self.tr("Incoming"), INCOMING, [inc["by_month"][m] for m in months])])
        rows = [[out["by_month"][m] for m in months], [inc["by_month"][m] for m in months]]
        rows.append([a + b for a, b in zip(*rows)])
        for row, values in enumerate(rows):
            for column, value in enumerate([*values, sum(values)]):
                self._cell(row, column, value)
        labels = stats.get("direction_labels") or {}
        for kind, key in BREAKDOWNS:
            part = stats[kind]
            self.tables[key].set_counts(part[key], part["total"], labels if key == "by_direction" else None,
                                        OUTGOING if kind == "outgoing" else INCOMING)

    def _cell(self, row: int, column: int, value: int) -> None:
        item = QTableWidgetItem(f"{value:,}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_table.setItem(row, column, item)

    # ---- printing and export --------------------------------------------------------------------
    def document(self, fmt: str) -> bytes:
        from desktop_app.slips.forms import issuer
        from desktop_app.slips.statistics import write_stats_pdf, write_stats_xlsx

        stats = self.stats or self.refresh()
        buffer = io.BytesIO()
        if fmt == "pdf":
            write_stats_pdf(stats, buffer, unit=issuer(county(self.registry)[0], "county_office"))
        else:
            write_stats_xlsx(stats, buffer)
        return buffer.getvalue()

    def print_preview(self) -> Any:
        self.preview = preview_pdf(self.document("pdf"), self)
        return self.preview

    def save(self, fmt: str, path: str | None = None) -> Any:
        year = self.year.currentData()
        path = path or ask_save_path(self, self.tr("Save the statistics"), f"{year}年公文统计.{fmt}", f"*.{fmt}")
        if not path:
            return None
        try:
            written = write_bytes(path, self.document(fmt))
        except DocRouteError as error:
            self.status_message.emit(error.window_line())
            return None
        self.status_message.emit(self.tr("Saved to %1").replace("%1", str(written)))
        return written

    def print_current(self) -> Any:
        return self.print_preview()

    def save_current(self) -> Any:
        return self.save("pdf")

    def export_current(self) -> Any:
        return self.save("xlsx")
