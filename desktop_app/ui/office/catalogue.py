"""The 归档文件目录 of a year (第六十七条, DA/T 22-2015): the archived records, 永久 then 30年 then 10年, each
by 件号, with the columns the printed catalogue has (序号、档号、文号、责任者、题名、日期、密级、页数、备注: the
same `slips.archive.catalogue_values` draws both), printed or saved as PDF, DOCX and XLSX."""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.ui.office.common import ask_save_path, button, county, preview_pdf, write_bytes
from desktop_app.ui.office.due_models import _ListModel
from desktop_app.ui.office.tables import FittedTable

SAMPLES = {0: "保管期限", 1: "0000", 2: "Z001-WS·2026-D30-BGS-0001", 3: "托政办发〔2026〕123号", 4: "托克逊县人民政府办公室",
           6: "20261231", 7: "机密★10年", 8: "页数", 9: "备注一二"}


class CatalogueModel(_ListModel):
    COLUMNS = ("retention", "n", "code", "number", "responsible", "title", "date", "secrecy", "pages", "note")

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Retention"), self.tr("No."), self.tr("Archive code"), self.tr("Number"),
                self.tr("Responsible"), self.tr("Title"), self.tr("Date"), self.tr("Classification"),
                self.tr("Pages"), self.tr("Note"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] in ("n", "date", "pages"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CatalogueView(QWidget):
    open_record = Signal(int)
    status_message = Signal(str)

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.rows: list[dict] = []
        self.model = CatalogueModel(self)
        self.year = QComboBox(self)
        self.year.setObjectName("catalogueYear")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("catalogueSummary")
        self.summary.setWordWrap(True)
        self.table = FittedTable(self.model, SAMPLES, stretch=5, optional=(3, 4, 9, 7), parent=self)
        self.table.setObjectName("catalogueTable")
        self.table.activated_row.connect(self._activated)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for text, name, fmt in ((self.tr("Print…"), "cataloguePrint", None), (self.tr("Save as PDF…"), "cataloguePdf", "pdf"),
                                (self.tr("Save as DOCX…"), "catalogueDocx", "docx"),
                                (self.tr("Export to Excel…"), "catalogueXlsx", "xlsx")):
            bar.addWidget(button(text, name, (lambda f=fmt: self.save(f)) if fmt else self.print_preview, self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def activate(self) -> None:
        """The years with archived records, and this one (where the next records will be filed)."""
        chosen = self.year.currentData()
        years = sorted({date.today().year, *self.registry.archive.years()}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen if chosen in years else years[0])))
        self.year.blockSignals(False)
        self.refresh()

    def set_year(self, year: int) -> None:
        if self.year.findData(year) < 0:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(year))
        self.refresh()

    def refresh(self) -> None:
        from desktop_app.slips.archive import catalogue_values, sections

        year = self.year.currentData()
        if year is None:
            return
        self.rows = self.registry.archive.catalogue(year)
        name, _org = county(self.registry)
        shown = []
        for retention, chosen in sections(self.rows):
            for n, row in enumerate(chosen, 1):
                values = catalogue_values(row, n, name)
                shown.append({"retention": retention, "record_id": row["record_id"],
                              **dict(zip(self.model.COLUMNS[1:], values))})
        self.model.set_rows(shown)
        per = "、".join(f"{retention} {len(chosen)} 件" for retention, chosen in sections(self.rows))
        settings = self.registry.settings.all()
        self.summary.setText(self.tr("%1: %2 archived record(s)%3 · fonds %4, organisation code %5 (set in Settings)")
                             .replace("%1", str(year)).replace("%2", str(len(self.rows)))
                             .replace("%3", f"（{per}）" if per else "")
                             .replace("%4", settings["archive.fonds"]["value"])
                             .replace("%5", settings["archive.org_code"]["value"]) if self.rows else
                             self.tr("Nothing archived in %1 yet: archive a finished record from its record view "
                                     "(tab Archive).").replace("%1", str(year)))

    def _activated(self, row: int) -> None:
        item = self.model.row(row)
        if item is not None:
            self.open_record.emit(item["record_id"])

    # ---- printing -------------------------------------------------------------------------------
    def document(self, fmt: str) -> bytes:
        """The catalogue as PDF or DOCX (the layout of `docroute archive-catalogue`), or XLSX."""
        from desktop_app.slips import render_form
        from desktop_app.slips.archive import catalogue_form, catalogue_sheet
        from desktop_app.slips.sheets import write_xlsx

        year = self.year.currentData()
        name, _org = county(self.registry)
        buffer = io.BytesIO()
        if fmt == "xlsx":
            header, body = catalogue_sheet(self.rows, county=name)
            write_xlsx([("归档文件目录", header, body)], buffer, title=f"{year}年度归档文件目录")
        else:
            form = catalogue_form(year, self.rows, county=name, fonds=self.registry.settings.get("archive.fonds"),
                                  org_code=self.registry.settings.get("archive.org_code"))
            render_form(form, fmt, buffer, numbered=True)
        return buffer.getvalue()

    def print_preview(self) -> Any:
        self.preview = preview_pdf(self.document("pdf"), self)
        return self.preview

    def save(self, fmt: str, path: str | None = None) -> Any:
        year = self.year.currentData()
        path = path or ask_save_path(self, self.tr("Save the archive catalogue"), f"{year}年度归档文件目录.{fmt}",
                                     f"*.{fmt}")
        if not path:
            return None
        try:
            written = write_bytes(path, self.document(fmt))
        except DocRouteError as error:
            self.status_message.emit(error.window_line())
            return None
        self.status_message.emit(self.tr("Saved to %1").replace("%1", str(written)))
        return written
