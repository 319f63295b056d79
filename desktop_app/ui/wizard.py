"""The first-run wizard: on an empty registry the window opens it over itself. Four short pages — the
county's name (托克逊县 prefilled), the leaders and their portfolios (a table; departments from a list the
office can extend, or an org chart file), the series (机关代字 prefilled from the county's first character:
托政发, 托政办发, 托政函 …), the seals and their keepers, and a summary — then one transaction
(`registry.office.first_setup`) leaves a registry on which the form routes at once; the seals' names and
keepers follow as entries of the seal ledger (`registry.seals.edit_seal`). 载入示例数据 opens a separate sample database in a new window
instead, so the office's own numbering is never touched by sample records."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import DocRouteError
from desktop_app.registry.numbering import suggested_series
from desktop_app.registry.office import DEFAULT_COUNTY, Setup, check_setup, offered_departments
from desktop_app.ui.settings.common import ERROR_STYLE, explain, item, table
from desktop_app.ui.settings.org_page import DepartmentPicker, role_combo
from desktop_app.ui.settings.series_page import authority_combo, usage_combo

DEMO_ROWS = 1000
STARTING_ROLES = (Role.COUNTY_HEAD, Role.EXECUTIVE_DEPUTY_HEAD, Role.DEPUTY_HEAD, Role.DEPUTY_HEAD,
                  Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR)
NAME, ROLE, DEPARTMENTS = range(3)
CODE, AUTHORITY, USAGE, LABEL = range(4)


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("wizardMessage")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class CountyPage(QWizardPage):
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to DocRoute"))
        intro = QLabel(self.tr(
            "Three short steps set up the registry of your office: the county's name, its leaders and the "
            "departments each deputy head is in charge of, and the document number series. Everything can be "
            "changed later under Settings."), self)
        intro.setWordWrap(True)
        self.county = QLineEdit(DEFAULT_COUNTY, self)
        self.county.setObjectName("wizardCounty")
        # Not a Qt "mandatory" field: Qt counts one complete only once it differs from its first value.
        self.registerField("county", self.county)
        self.county.textChanged.connect(self.completeChanged)
        demo = QPushButton(self.tr("Load sample data to look around first…"), self)
        demo.setObjectName("loadDemo")
        demo.clicked.connect(self.demo_requested)
        demo_note = QLabel(self.tr("Sample data opens in a separate database in a new window; this registry "
                                   "stays empty until you finish these steps."), self)
        demo_note.setWordWrap(True)
        self.message = _message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("County (full name, as on the slips)"), self))
        row.addWidget(self.county, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(demo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(demo_note)
        layout.addWidget(self.message)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.county.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.registry.office import check_county

        try:
            check_county(self.county.text())
        except DocRouteError as error:
            self.message.setText(explain(error))
            return False
        return True


class LeadersPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Leaders and portfolios"))
        self.setSubTitle(self.tr("One row per leader. Double-click the departments of a deputy head to choose them."))
        self.table = table([self.tr("Name"), self.tr("Role"), self.tr("In charge of")], self)
        self.table.setObjectName("wizardLeaders")
        self.table.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        for role in STARTING_ROLES:
            self.add_row("", role.value)
        self.table.horizontalHeader().setSectionResizeMode(NAME, self.table.horizontalHeader().ResizeMode.Interactive)
        self.table.setColumnWidth(NAME, self.fontMetrics().horizontalAdvance("阿不都热合曼·买买提提") + 12)
        add = QPushButton(self.tr("Add row"), self)
        add.clicked.connect(lambda: self.add_row("", Role.DEPUTY_HEAD.value))
        remove = QPushButton(self.tr("Remove row"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        from_file = QPushButton(self.tr("Fill from an org chart file…"), self)
        from_file.setObjectName("wizardFromFile")
        from_file.clicked.connect(lambda: self.fill_from_file())
        self.message = _message_label(self)
        buttons = QHBoxLayout()
        for button in (add, remove, from_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def add_row(self, name: str, role: str, departments: list[str] | tuple[str, ...] = ()) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, item(name, editable=True))
        self.table.setCellWidget(row, ROLE, role_combo(role, self.table))
        self.table.setItem(row, DEPARTMENTS, item("、".join(departments), list(departments)))
        return row

    def set_row(self, row: int, name: str, departments: list[str] | None = None) -> None:
        """Fills a row as the clerk would (tests and the file import use it)."""
        self.table.item(row, NAME).setText(name)
        if departments is not None:
            self.table.setItem(row, DEPARTMENTS, item("、".join(departments), list(departments)))

    def people(self) -> list[dict]:
        rows = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME).text().strip()
            if name:
                rows.append({"name": name, "role": self.table.cellWidget(row, ROLE).currentData(),
                             "departments": self.table.item(row, DEPARTMENTS).data(Qt.ItemDataRole.UserRole) or []})
        return rows

    def _double_clicked(self, row: int, column: int) -> None:
        if column != DEPARTMENTS:
            return
        taken = {d: p["name"] for r, p in enumerate(self.people()) for d in p["departments"]
                 if self.table.item(r, NAME).text().strip()}
        choices = [{"name": d, "deputy_name": taken.get(d)} for d in self.owner.departments]
        name = self.table.item(row, NAME).text().strip() or self.tr("this leader")
        chosen = self.table.item(row, DEPARTMENTS).data(Qt.ItemDataRole.UserRole) or []
        picker = DepartmentPicker(name, choices, chosen, self, add_department=self._add_department)
        if picker.exec():
            self.set_row(row, self.table.item(row, NAME).text(), picker.chosen())

    def _add_department(self, name: str) -> bool:
        if name not in self.owner.departments:
            self.owner.departments.append(name)
        return True

    def fill_from_file(self, path: str | None = None) -> bool:
        """Reads a JSON or XLSX org chart (docs/org-chart.md) into the table, to check before finishing."""
        from desktop_app.registry.orgfile import read_org_file
        from desktop_app.ui.org_import import choose_file

        if path is None:
            path = choose_file(self, self.tr("Org chart file"), self.tr("Org chart (*.json *.xlsx)"))
            if not path:
                return False
        try:
            data = read_org_file(path, county=self.field("county"))
        except DocRouteError as error:
            self.message.setText(explain(error))
            return False
        self.table.setRowCount(0)
        for person in data.get("people") or []:
            if isinstance(person, dict):
                self.add_row(str(person.get("name", "")), str(person.get("role", "")), person.get("departments") or [])
                for department in person.get("departments") or []:
                    self._add_department(department)
        if data.get("county"):
            self.owner.county_page.county.setText(data["county"])
        self.message.setText("")
        return True

    def validatePage(self) -> bool:  # noqa: N802
        try:
            check_setup(Setup(self.field("county"), tuple(self.people()), ()))
        except DocRouteError as error:
            self.message.setText(explain(error))
            return False
        self.message.setText("")
        return True


class SeriesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Document number series"))
        self.setSubTitle(self.tr("The 机关代字 of your office's documents, e.g. 托政发〔2026〕12号. Each series "
                                 "restarts at 1 every year."))
        self.table = table([self.tr("Series"), self.tr("Issued by"), self.tr("Used for"), self.tr("Note")], self)
        self.table.setObjectName("wizardSeries")
        self.table.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Add row"), self)
        add.clicked.connect(lambda: self.add_row({"code": "", "authority": "county_government",
                                                  "usage": "documents", "label": ""}))
        remove = QPushButton(self.tr("Remove row"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.message = _message_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._for_county = ""

    def initializePage(self) -> None:  # noqa: N802
        county = self.field("county")
        if county != self._for_county:  # a new county name: its first character makes the series
            self._for_county = county
            self.table.setRowCount(0)
            for series in suggested_series(county):
                self.add_row(series)

    def add_row(self, series: dict) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CODE, item(series["code"], editable=True))
        self.table.setCellWidget(row, AUTHORITY, authority_combo(series["authority"], self.table))
        self.table.setCellWidget(row, USAGE, usage_combo(series["usage"], self.table))
        self.table.setItem(row, LABEL, item(series["label"], editable=True))

    def series(self) -> list[dict]:
        return [{"code": self.table.item(r, CODE).text().strip(),
                 "authority": self.table.cellWidget(r, AUTHORITY).currentData(),
                 "usage": self.table.cellWidget(r, USAGE).currentData(),
                 "label": self.table.item(r, LABEL).text().strip()}
                for r in range(self.table.rowCount()) if self.table.item(r, CODE).text().strip()]

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.registry.numbers import check_series_code

        codes = [s["code"] for s in self.series()]
        try:
            for code in codes:
                check_series_code(code)
        except DocRouteError as error:
            self.message.setText(explain(error))
            return False
        if not codes or len(set(codes)) != len(codes):
            self.message.setText(self.tr("Give at least one series, each only once."))
            return False
        self.message.setText("")
        return True


class SealsPage(QWizardPage):
    """The seals as they print on the 用印审批单 (the county's name in front) and who keeps them (第六十八条)."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Seals"))
        self.setSubTitle(self.tr("The seals are kept by the document section (第六十八条). Check their names as they "
                                 "print on the seal approval slip, and who keeps each."))
        self.table = table([self.tr("Kind"), self.tr("Seal name"), self.tr("Keeper")], self, stretch=1)
        self.table.setObjectName("wizardSeals")
        self.table.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        self.message = _message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._for_county = ""

    def initializePage(self) -> None:  # noqa: N802
        county = self.field("county").strip()
        if county == self._for_county:
            return
        self._for_county = county
        seals = self.owner.registry.seals.seals()
        self.table.setRowCount(len(seals))
        for row, seal in enumerate(seals):
            name = seal["name"]
            if name.startswith("县人民政府"):  # 县人民政府印章 → 托克逊县人民政府印章, as the seal reads
                name = county + name[1:]
            self.table.setItem(row, 0, item(seal["kind_label"], seal["code"]))
            self.table.setItem(row, 1, item(name, editable=True))
            self.table.setItem(row, 2, item(seal["keeper"], editable=True))

    def seals(self) -> list[dict]:
        return [{"code": self.table.item(r, 0).data(Qt.ItemDataRole.UserRole), "name": self.table.item(r, 1).text().strip(),
                 "keeper": self.table.item(r, 2).text().strip()} for r in range(self.table.rowCount())]

    def validatePage(self) -> bool:  # noqa: N802
        if any(not s["name"] or not s["keeper"] or len(s["name"]) > 60 or len(s["keeper"]) > 60 for s in self.seals()):
            self.message.setText(self.tr("Every seal needs its name and its keeper (at most 60 characters each)."))
            return False
        self.message.setText("")
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel(self)
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.message = _message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        setup = self.owner.setup()
        leaders = "".join(f"<li>{Role(p['role']).label}　{p['name']}"
                          + (f"：{'、'.join(p['departments'])}" if p["departments"] else "") + "</li>"
                          for p in setup.people)
        series = "、".join(s["code"] for s in setup.series)
        seals = "、".join(f"{s['name']}（{s['keeper']}）" for s in self.owner.seals_page.seals())
        self.summary.setText(self.tr("<p><b>%1</b></p><p>Leaders:</p><ul>%2</ul><p>Series: %3</p><p>Seals: %4</p>"
                                     "<p>Finish stores all of this. Then register the first document under "
                                     "Outgoing or Incoming.</p>").replace("%1", setup.county)
                             .replace("%2", leaders).replace("%3", series).replace("%4", seals))

    def validatePage(self) -> bool:  # noqa: N802
        registry = self.owner.registry
        try:
            registry.office.first_setup(self.owner.setup())
        except DocRouteError as error:
            self.message.setText(explain(error))
            return False
        for wanted in self.owner.seals_page.seals():  # each change a ledger entry (checked on their page)
            seal = registry.seals.seal(wanted["code"])
            if (seal["name"], seal["keeper"]) != (wanted["name"], wanted["keeper"]):
                registry.seals.edit_seal(wanted["code"], name=wanted["name"], keeper=wanted["keeper"],
                                         note=self.tr("first-run setup"))
        return True


class FirstRunWizard(QWizard):
    """Over the main window on an empty registry; `set_up` is emitted once the registry is usable."""

    set_up = Signal()
    demo_opened = Signal(str)

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Setting up DocRoute"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # no banner: the pages fit 1366×768 at 150 %
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.departments = offered_departments(DEFAULT_COUNTY)
        self.county_page = CountyPage(self)
        self.leaders_page = LeadersPage(self)
        self.series_page = SeriesPage(self)
        self.seals_page = SealsPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.county_page, self.leaders_page, self.series_page, self.seals_page, self.summary_page):
            self.addPage(page)
        self.county_page.demo_requested.connect(self.open_demo)
        self.currentIdChanged.connect(self._page_changed)
        self.accepted.connect(self.set_up)
        screen = (parent.screen() if parent is not None else QApplication.primaryScreen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(540, screen.height() - 40))

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.leaders_page:
            county = self.field("county")
            for name in offered_departments(county):  # 托克逊县's townships when the county is 托克逊县
                if name not in self.departments:
                    self.departments.append(name)

    def setup(self) -> Setup:
        return Setup(county=self.field("county").strip(), people=tuple(self.leaders_page.people()),
                     series=tuple(self.series_page.series()), departments=tuple(self.departments))

    def demo_path(self) -> Path:
        if self.registry.engine != "sqlite":  # sample records never go to the office's server
            from desktop_app.paths import user_data_dir

            return user_data_dir() / "docroute-示例数据.sqlite"
        return Path(self.registry.path).with_name(f"{Path(self.registry.path).stem}-示例数据.sqlite")

    def open_demo(self, launch: bool = True) -> Path | None:
        """Fills a sample database beside this one (once) and opens it in a new window."""
        from desktop_app.registry import Registry

        path = self.demo_path()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with Registry.open(path, auto_backup=False) as demo:
                if demo.org_chart() is None:
                    demo.demo(DEMO_ROWS)
        except DocRouteError as error:
            self.county_page.message.setText(explain(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if launch:
            QProcess.startDetached(sys.executable, _launch_arguments(path))
        self.county_page.message.setStyleSheet("color: #1e8449;")
        self.county_page.message.setText(self.tr("The sample data opened in a new window ({path}). Come back here "
                                                 "to set up your office.").format(path=path.name))
        self.demo_opened.emit(str(path))
        return path


def _launch_arguments(path: Path) -> list[str]:
    """How this program starts itself on another database (a frozen bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return ["--db", str(path)]
    return ["-m", "desktop_app", "--db", str(path)]
