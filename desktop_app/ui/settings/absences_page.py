"""设置 → 请假与外出 (第七十六条): when a leader is away, by person and date range. The routing reads them:
while the 县长 is away the 常务副县长 presides and signs in the head's stead, written 代 (第五条), and a plan
whose signer is away says so (`signer_absent`). Today's absences are shown at a glance above the list."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.domain.enums import Role
from desktop_app.registry.org_edit import ABSENCE_REASONS
from desktop_app.rules.articles import article_text
from desktop_app.ui.settings.common import Section, item, selected_data, table
from desktop_app.ui.widgets import DateField


class AbsencesSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(registry, self.tr("Absences"), self.tr(
            "Enter when a leader is on a trip, on leave or away (第七十六条). While the county head is away the "
            "executive deputy head presides and signs for the head, written 代 (第五条); a plan whose signer is "
            "away says so."), parent)
        self.today = today
        self.explanation.setToolTip(f"第七十六条　{article_text('第七十六条')}\n\n第五条　{article_text('第五条')}")
        self.at_a_glance = QLabel(self)
        self.at_a_glance.setObjectName("absentToday")
        self.at_a_glance.setWordWrap(True)
        self.at_a_glance.setStyleSheet("background: palette(alternate-base); padding: 6px;")
        self.person = QComboBox(self)
        self.person.setObjectName("absencePerson")
        self.start = DateField(date.today(), self)
        self.start.setObjectName("absenceFrom")
        self.end = DateField(date.today(), self)
        self.end.setObjectName("absenceTo")
        for field in (self.start, self.end):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("2026-12-31") + 24)
        self.reason = QComboBox(self)
        self.reason.setObjectName("absenceReason")
        self.reason.setEditable(True)
        self.reason.addItems(ABSENCE_REASONS)
        add = QPushButton(self.tr("Enter absence"), self)
        add.setObjectName("addAbsence")
        add.clicked.connect(self.add_absence)
        remove = QPushButton(self.tr("Delete selected"), self)
        remove.clicked.connect(self.remove_selected)
        self.list = table([self.tr("Leader"), self.tr("Role"), self.tr("From"), self.tr("To"), self.tr("Reason")],
                          self)
        self.list.setObjectName("absenceTable")
        row = QHBoxLayout()
        for label, widget, stretch in ((self.tr("Leader"), self.person, 2), (self.tr("from"), self.start, 0),
                                       (self.tr("to"), self.end, 0), (self.tr("Reason"), self.reason, 1)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget, stretch)
        row.addWidget(add)
        self.body.addWidget(self.at_a_glance)
        self.body.addLayout(row)
        self.body.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(remove)
        self.body.addLayout(buttons)

    def day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for person in self.registry.org.people():
            self.person.addItem(f"{person['name']}（{person['role_label']}）", person["id"])
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))
        absences = self.registry.org.absences()
        self.list.setRowCount(len(absences))
        for row, absence in enumerate(absences):
            for column, text in enumerate((absence["name"], absence["role_label"], absence["from"], absence["to"],
                                           absence["reason"])):
                self.list.setItem(row, column, item(text, absence["id"]))
        self.at_a_glance.setText(self.glance())

    def glance(self) -> str:
        """Who is away today and what it means for signing (第五条)."""
        today = self.day()
        away = self.registry.org.absences(on=today)
        if not away:
            return self.tr("Today (%1) every leader is at work.").replace("%1", today.isoformat())
        away_word, until = self.tr("away"), self.tr("until %1")
        names = "；".join(f"{a['role_label']} {a['name']}（{a['reason'] or away_word}，{until.replace('%1', a['to'])}）"
                         for a in away)
        text = self.tr("Away today (%1): %2").replace("%1", today.isoformat()).replace("%2", names)
        if any(a["role"] == Role.COUNTY_HEAD.value for a in away):
            org = self.registry.org_chart()
            acting = org.first_with_role(Role.EXECUTIVE_DEPUTY_HEAD) if org else None
            if acting is not None:
                text += "\n" + self.tr("The executive deputy head %1 presides and signs for the county head, "
                                       "written 代 (第五条).").replace("%1", acting.name)
        return text

    def add_absence(self) -> bool:
        person = self.person.currentData()
        if person is None:
            self.show_error(self.tr("There are no leaders yet: enter them under Settings → Organisation."))
            return False
        name = self.person.currentText()
        return bool(self.attempt(
            lambda: self.registry.org.add_absence(person, self.start.value(), self.end.value(),
                                                  self.reason.currentText()),
            self.tr("Absence of %1 entered: documents routed in those days take it into account.").replace(
                "%1", name), "absences"))

    def remove_selected(self) -> bool:
        absence_id = selected_data(self.list)
        if absence_id is None:
            self.show_error(self.tr("Select an absence in the list first."))
            return False
        return bool(self.attempt(lambda: self.registry.org.remove_absence(absence_id), self.tr("Absence deleted."),
                                 "absences"))
