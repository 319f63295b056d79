"""Importing an org chart from a file in the window (文件 → 导入组织架构…, the wizard, 设置 → 组织架构):
JSON or XLSX (docs/org-chart.md), a question before an existing chart is replaced, and a confirmation
naming what was imported. The caller refreshes what shows the chart (MainWindow.office_changed)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import DocRouteError


def choose_file(parent: QWidget, title: str, filters: str) -> str:
    """An open-file dialog that starts in the folder used last (ui/file_dialogs.py remembers it)."""
    from desktop_app.ui.file_dialogs import ask_open_path

    return ask_open_path(parent, title, filters) or ""


def import_org_file(parent: QWidget, registry: Any, path: str | None = None, *, confirm: bool = True) -> Any:
    """Reads and stores the chart of a .json/.xlsx file; returns the OrgChart, or None (after saying why)."""
    from desktop_app.registry.orgfile import read_org_file, summary

    title = QCoreApplication.translate("org_import", "Import org chart")
    if path is None:
        path = choose_file(parent, title, QCoreApplication.translate("org_import", "Org chart (*.json *.xlsx)"))
        if not path:
            return None
    try:
        data = read_org_file(path, county=registry.office.county())
        current = registry.org_chart()
        if current is not None and confirm and QMessageBox.question(
                parent, title, QCoreApplication.translate(
                    "org_import", "The org chart now in use ({count} people) will be replaced by the one in this "
                    "file. Records already registered keep their plans.").format(
                    count=len(current.people))) != QMessageBox.StandardButton.Yes:
            return None
        org = registry.import_org(data)
    except DocRouteError as error:
        QMessageBox.warning(parent, title, error.window_message())
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate("org_import", "Org chart imported.") + "\n\n" + summary(org))
    return org
