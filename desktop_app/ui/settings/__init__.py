"""设置: the office's settings, one section a page — 组织架构, 请假与外出, 发文字号, 节假日, 印章, 稿纸与字体,
数据与备份, 规则. Each section is built when it is first shown (the window with a million records must
start as fast as a bare one, bench/startup.py), re-reads the registry whenever it is shown again, and
emits `changed(what)` after it stored something, so the main window can refresh the open forms."""
from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

# key, module, class; titles come from SettingsPage.titles() (translated).
SECTIONS = (
    ("org", "org_page", "OrgSection"),
    ("absences", "absences_page", "AbsencesSection"),
    ("series", "series_page", "SeriesSection"),
    ("holidays", "holidays_page", "HolidaysSection"),
    ("seals", "seals_page", "SealsSection"),
    ("slips", "slips_page", "SlipsSection"),
    ("data", "data_page", "DataSection"),
    ("rules", "rules_page", "RulesSection"),
)
SECTION_KEYS = tuple(key for key, _module, _class in SECTIONS)
LAST_SECTION = "settings/section"


class SettingsPage(QWidget):
    """The 设置 page: a list of sections and the section shown; sections are built on first show."""

    changed = Signal(str)  # "org", "absences", "series", "holidays", "office", "data"
    status_message = Signal(str)

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.sections: dict[str, QWidget] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("settingsNavigation")
        self.stack = QStackedWidget(self)
        titles = self.titles()
        for key in SECTION_KEYS:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # an empty place until the section is first shown
        self.nav.setFixedWidth(max(self.fontMetrics().horizontalAdvance("数据与备份") + 36, 110))
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        self.nav.currentRowChanged.connect(lambda row: self.show_section(SECTION_KEYS[row]))
        self._started = False

    def titles(self) -> dict[str, str]:
        return {"org": self.tr("Organisation"), "absences": self.tr("Absences"),
                "series": self.tr("Document numbers"), "holidays": self.tr("Holidays"), "seals": self.tr("Seals"),
                "slips": self.tr("Slips and fonts"), "data": self.tr("Data and backups"), "rules": self.tr("Rules")}

    def activate(self) -> None:
        """Called when the page is shown: the section the clerk left it on (QSettings), else 组织架构."""
        if not self._started:
            self._started = True
            key = QSettings().value(LAST_SECTION, "org")
            self.show_section(key if key in SECTION_KEYS else "org")
        else:
            self.show_section(self.current_key())

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return SECTION_KEYS[row] if 0 <= row < len(SECTION_KEYS) else "org"

    def show_section(self, key: str) -> QWidget:
        row = SECTION_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back here through currentRowChanged
            return self.sections[key]
        section = self.section(key)
        self.stack.setCurrentWidget(section)
        section.refresh()
        QSettings().setValue(LAST_SECTION, key)
        return section

    def section(self, key: str) -> QWidget:
        """The section's widget, built now if it was never shown."""
        if key not in self.sections:
            _key, module_name, class_name = SECTIONS[SECTION_KEYS.index(key)]
            module = importlib.import_module(f"desktop_app.ui.settings.{module_name}")
            section = getattr(module, class_name)(self.registry, self.stack)
            section.setObjectName(f"settings_{key}")
            section.changed.connect(self.changed)
            section.status_message.connect(self.status_message)
            placeholder = self.stack.widget(SECTION_KEYS.index(key))
            self.stack.insertWidget(SECTION_KEYS.index(key), section)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.sections[key] = section
        return self.sections[key]

    def refresh_shown(self) -> None:
        """Another part of the window changed the registry: the section on screen re-reads it."""
        key = self.current_key()
        if key in self.sections and self.isVisible():
            self.sections[key].refresh()
