"""设置 → 组织架构: the county's leaders, their roles and portfolios (分管), edited in place, and the list
of departments they are chosen from. Every edit goes through `registry.org` (registry/org_edit.py), which
checks the whole chart it would produce — one 县长, one 常务副县长, a department under one deputy at most
— and audits it; a refused edit is shown in words and the table goes back to what is stored. Changes
apply to plans computed from now on; a registered record keeps its plan."""
from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableWidget, QVBoxLayout, QWidget)

from desktop_app.domain.enums import Role
from desktop_app.ui.settings.common import WARN_STYLE, Section, item, selected_data, table

NAME, ROLE, DEPARTMENTS = range(3)


def role_combo(current: str = "", parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role_id in Role.person_roles():
        combo.addItem(Role(role_id).label, role_id)
    if current:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class DepartmentPicker(QDialog):
    """Ticks the departments of one deputy; shows who is in charge of the others; can add a department."""

    def __init__(self, person: str, departments: list[dict], chosen: Iterable[str], parent: QWidget | None = None,
                 add_department: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio of %1").replace("%1", person))
        self.add_department = add_department
        self.list = QListWidget(self)
        self.list.setObjectName("departmentChoices")
        chosen = set(chosen)
        for department in departments:
            self._add_item(department["name"], department["name"] in chosen, department.get("deputy_name"), person)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("a department not in the list, e.g. 县数据局"))
        add = QPushButton(self.tr("Add to the list"), self)
        add.clicked.connect(self._add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the departments this deputy head is in charge of. A department "
                                        "already in another deputy's portfolio must be taken off there first."), self))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(420, min(520, screen.height() - 60) if screen else 520)

    def _add_item(self, name: str, checked: bool, holder: str | None, person: str) -> None:
        text = name if not holder or holder == person else f"{name}（{holder}）"
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, name)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(entry)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        if self.add_department is not None and not self.add_department(name):
            return
        self._add_item(name, True, None, "")
        self.new_name.clear()

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class OrgSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Organisation"), self.tr(
            "The county's leaders and the departments each deputy head is in charge of. Double-click a name to "
            "change it, choose a role in its row, double-click the departments to choose them. A change applies "
            "to documents routed from now on; registered records keep their plans."), parent)
        self._filling = False
        self.people = table([self.tr("Name"), self.tr("Role"), self.tr("In charge of")], self)
        self.people.setObjectName("peopleTable")
        self.people.setWordWrap(True)
        self.people.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed)
        self.people.itemChanged.connect(self._name_edited)
        self.people.cellDoubleClicked.connect(self._cell_double_clicked)
        self.vacancies = QLabel(self)
        self.vacancies.setObjectName("vacancies")
        self.vacancies.setWordWrap(True)
        self.vacancies.setStyleSheet(WARN_STYLE)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newPersonName")
        self.new_name.setPlaceholderText(self.tr("name"))
        self.new_role = role_combo(Role.DEPUTY_HEAD.value, self)
        self.new_role.setObjectName("newPersonRole")
        add = QPushButton(self.tr("Add leader"), self)
        add.setObjectName("addPerson")
        add.clicked.connect(self.add_person)
        remove = QPushButton(self.tr("Remove selected"), self)
        remove.clicked.connect(self.remove_selected)
        from_file = QPushButton(self.tr("Import from file…"), self)
        from_file.clicked.connect(self.import_file)
        self.departments = table([self.tr("Department"), self.tr("Deputy in charge")], self, stretch=0)
        self.departments.setObjectName("departmentList")
        self.new_department = QLineEdit(self)
        self.new_department.setPlaceholderText(self.tr("new department"))
        add_department = QPushButton(self.tr("Add"), self)
        add_department.clicked.connect(self._add_department_clicked)
        remove_department = QPushButton(self.tr("Remove"), self)
        remove_department.clicked.connect(self.remove_department)
        self._layout(add, remove, from_file, add_department, remove_department)

    def _layout(self, add, remove, from_file, add_department, remove_department) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        new_row = QHBoxLayout()
        for widget, stretch in ((self.new_name, 2), (self.new_role, 1), (add, 0)):
            new_row.addWidget(widget, stretch)
        more = QHBoxLayout()
        more.addWidget(remove)
        more.addWidget(from_file)
        more.addStretch(1)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.vacancies)
        left_layout.addLayout(new_row)
        left_layout.addLayout(more)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Departments to choose from"), right))
        right_layout.addWidget(self.departments, 1)
        right_layout.addWidget(self.new_department)
        department_row = QHBoxLayout()
        department_row.addWidget(add_department)
        department_row.addWidget(remove_department)
        department_row.addStretch(1)
        right_layout.addLayout(department_row)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)

    # ---- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._filling = True
        people = self.registry.org.people()
        self.people.setRowCount(len(people))
        for row, person in enumerate(people):
            self.people.setItem(row, NAME, item(person["name"], person["id"], editable=True,
                                                tooltip=self.tr("id: %1").replace("%1", person["id"])))
            combo = self.people.cellWidget(row, ROLE)
            if not isinstance(combo, QComboBox):  # kept across refreshes: no widget is thrown away while shown
                combo = role_combo("", self.people)
                combo.currentIndexChanged.connect(lambda _i, c=combo: self._role_chosen(c.property("person"), c))
                self.people.setCellWidget(row, ROLE, combo)
            combo.setProperty("person", person["id"])
            combo.setCurrentIndex(combo.findData(person["role"]))
            departments = "、".join(person["departments"])
            deputy = person["role"] in (Role.DEPUTY_HEAD.value, Role.EXECUTIVE_DEPUTY_HEAD.value)
            self.people.setItem(row, DEPARTMENTS, item(departments or (self.tr("(double-click to choose)") if deputy else "—"),
                                                       person["id"], tooltip=departments))
        self.people.resizeColumnToContents(ROLE)
        self.people.resizeRowsToContents()  # a portfolio wraps rather than hides (a dozen rows at most)
        self._filling = False
        departments = self.registry.org.departments()
        self.departments.setRowCount(len(departments))
        for row, department in enumerate(departments):
            self.departments.setItem(row, 0, item(department["name"], department["name"]))
            self.departments.setItem(row, 1, item(department["deputy_name"] or "—", department["name"]))
        self.vacancies.setText(self._vacancies(people))

    def _vacancies(self, people: list[dict]) -> str:
        held = {p["role"] for p in people}
        missing = [Role(r).label for r in (Role.COUNTY_HEAD.value, Role.EXECUTIVE_DEPUTY_HEAD.value,
                                           Role.OFFICE_DIRECTOR.value) if r not in held]
        if not missing:
            return ""
        return self.tr("No %1 yet: the steps that need them stay unassigned until one is added.").replace(
            "%1", "、".join(missing))

    # ---- editing ---------------------------------------------------------------------------------
    def _name_edited(self, cell) -> None:
        if self._filling or cell.column() != NAME:
            return
        person_id = cell.data(Qt.ItemDataRole.UserRole)
        self.attempt(lambda: self.registry.org.update_person(person_id, name=cell.text()),
                     self.tr("Name saved."), "org")

    def _role_chosen(self, person_id: str, combo: QComboBox) -> None:
        if self._filling:
            return
        role = combo.currentData()
        self.attempt(lambda: self.registry.org.update_person(person_id, role=role), self.tr("Role saved."), "org")

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column == DEPARTMENTS:
            self.choose_departments(self.people.item(row, NAME).data(Qt.ItemDataRole.UserRole))

    def choose_departments(self, person_id: str, chosen: list[str] | None = None) -> bool:
        """Opens the picker (or, for tests and scripts, takes `chosen`) and stores the portfolio."""
        person = self.registry.org.person(person_id)
        if chosen is None:
            picker = DepartmentPicker(person["name"], self.registry.org.departments(), person["departments"], self,
                                      add_department=self.add_department)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = picker.chosen()
        return bool(self.attempt(lambda: self.registry.org.update_person(person_id, departments=chosen),
                                 self.tr("Portfolio of %1 saved.").replace("%1", person["name"]), "org"))

    def add_person(self) -> bool:
        name, role = self.new_name.text().strip(), self.new_role.currentData()
        done = self.attempt(lambda: self.registry.org.add_person(name, role),
                            self.tr("%1 added.").replace("%1", name), "org")
        if done:
            self.new_name.clear()
        return bool(done)

    def remove_selected(self) -> bool:
        person_id = selected_data(self.people, NAME)
        if person_id is None:
            self.show_error(self.tr("Select a leader in the table first."))
            return False
        return bool(self.attempt(lambda: self.registry.org.remove_person(person_id),
                                 self.tr("Removed. Registered records keep their plans."), "org"))

    def import_file(self) -> None:
        from desktop_app.ui.org_import import import_org_file

        if import_org_file(self, self.registry) is not None:
            self.refresh()
            self.changed.emit("org")

    def _add_department_clicked(self) -> None:
        if self.add_department(self.new_department.text()):
            self.new_department.clear()

    def add_department(self, name: str) -> bool:
        name = name.strip()
        return bool(self.attempt(lambda: self.registry.org.add_department(name),
                                 self.tr("%1 added to the list.").replace("%1", name), "org"))

    def remove_department(self) -> bool:
        name = selected_data(self.departments)
        if name is None:
            self.show_error(self.tr("Select a department in the list first."))
            return False
        return bool(self.attempt(lambda: self.registry.org.remove_department(name),
                                 self.tr("%1 removed from the list.").replace("%1", name), "org"))
