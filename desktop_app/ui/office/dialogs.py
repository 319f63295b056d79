"""The small dialogs of the office's day: 催办 (who was reminded, by whom, when, how), putting a record
under 督办 and closing it with its result, and 归档 (保管期限, 页数; the 全宗号 shown as set in 设置).

Each dialog calls one registry face on OK; a refusal or a bad field is shown in the dialog (the field
marked, the message in Chinese) and nothing is stored, so the clerk corrects it and presses OK again."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DocRouteError, InputError
from desktop_app.ui.office.common import days_left_text
from desktop_app.ui.widgets import DateField, editable_combo, mark

REMINDER_BY_KEY = "office/reminder_by"


class ActionDialog(QDialog):
    """A form of fields, a message line and OK/Cancel; `perform()` stores, `result_value` keeps the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.result_value: Any = None
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setObjectName("dialogNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def describe(self, title: str, note: str) -> None:
        self.setWindowTitle(title)
        self.note.setText(note)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field_{key}")
        self.fields[key] = widget
        self.form.addRow(label, widget)
        return widget

    def perform(self) -> Any:
        raise NotImplementedError

    def submit(self) -> bool:
        for widget in self.fields.values():
            mark(widget, None)
        try:
            self.result_value = self.perform()
        except InputError as error:
            widget = self.fields.get(error.field)
            if widget is not None:
                mark(widget, error.detail)
            label = self.form.labelForField(widget) if widget is not None else None
            name = label.text() if label is not None else error.field
            self.message.setText(f"{name}：{error.detail}" + (f"（{error.window_hint}）" if error.window_hint else ""))
            return False
        except DocRouteError as error:
            self.message.setText(error.window_line())
            return False
        self.accept()
        return True


class RemindDialog(ActionDialog):
    """催办 an item of 待办: the party who owes it is proposed (the 会签 or 督办 department, a seal's
    escort); for an incoming deadline the clerk names the department handling it."""

    def __init__(self, registry: Any, item: dict, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left = days_left_text(item.get("working_days_left"))
        self.describe(self.tr("Remind"), f"{item.get('what_label', '')}（{item.get('basis', '')}）：{item.get('title', '')}"
                      f"\n{self.tr('Due')} {item.get('due', '')}　{left}")
        self.registry, self.item = registry, item
        owes = item.get("escort") if item.get("what") == "seal_out" else \
            item.get("party") if item.get("what") in ("cosign_reply", "follow_up") else ""
        self.add("to", self.tr("Reminded"), QLineEdit(owes or "")).setPlaceholderText(
            self.tr("the department or person reminded"))
        self.add("by", self.tr("Reminded by"), QLineEdit(str(QSettings().value(REMINDER_BY_KEY, "") or "")))
        self.add("on", self.tr("On"), DateField(on))
        means = self.add("means", self.tr("By means of"), QComboBox())
        from desktop_app.registry.reminders import MEANS

        means.addItems(MEANS)
        self.add("note", self.tr("What was said"), QLineEdit()).setPlaceholderText(self.tr("e.g. 请于今日回复"))
        self.print_slip = QCheckBox(self.tr("Print the reminder slip (催办单) now"))
        self.print_slip.setObjectName("printSlip")
        self.form.addRow("", self.print_slip)
        means.currentTextChanged.connect(lambda text: self.print_slip.setChecked(text == "催办单"))

    def perform(self) -> dict:
        by = self.fields["by"].text().strip()
        reminder = self.registry.reminders.remind(
            self.item["key"], by, self.fields["on"].value(), self.fields["to"].text().strip() or None,
            self.fields["means"].currentText(), self.fields["note"].text().strip())
        QSettings().setValue(REMINDER_BY_KEY, by)
        return reminder


class FollowUpDialog(ActionDialog):
    """督办 (第五十六条): the responsible department, the due date and what is to be done."""

    def __init__(self, registry: Any, record: dict, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Put under follow-up"),
                      self.tr("第五十六条: a meeting decision or a leader's instruction is followed up until it is "
                              "done; it stays in To do until closed with its result.") + "\n" + record.get("title", ""))
        self.registry, self.record = registry, record
        org = registry.org_chart()
        departments = list(org.departments()) if org else []
        self.add("department", self.tr("Responsible department"), editable_combo(departments))
        self.add("due", self.tr("Due"), DateField())
        self.add("note", self.tr("Matter"), QLineEdit()).setPlaceholderText(self.tr("what is to be done"))
        self.add("on", self.tr("Opened on"), DateField(on))

    def perform(self) -> dict:
        return self.registry.follow_ups.add(self.record["id"], self.fields["department"].currentText().strip(),
                                            self.fields["due"].value(), self.fields["note"].text().strip(),
                                            self.fields["on"].value())


class CloseFollowUpDialog(ActionDialog):
    def __init__(self, registry: Any, item: dict, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Close the follow-up"), f"{item.get('department', '')}：{item.get('note') or item.get('title', '')}"
                      f"\n{self.tr('Due')} {item.get('due', '')}")
        self.registry, self.item = registry, item
        self.add("on", self.tr("Closed on"), DateField(on))
        self.add("result", self.tr("Result"), QLineEdit()).setPlaceholderText(self.tr("what was done"))

    def perform(self) -> dict:
        return self.registry.follow_ups.close(self.item["id"], self.fields["on"].value(),
                                              self.fields["result"].text().strip())


class ArchiveDialog(ActionDialog):
    """归档 (第六十七条, DA/T 22-2015): the 保管期限 and 页数; the 档号 comes from the registry."""

    def __init__(self, registry: Any, record: dict, on: date, slip: Callable[[dict], bytes],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Archive"), self.tr("第六十七条: the finished document is filed with its slip, attachments "
                                                  "and replies; the archive code never changes.") + "\n" + record.get("title", ""))
        self.registry, self.record, self.slip = registry, record, slip
        retention = self.add("retention", self.tr("Retention"), QComboBox())
        from desktop_app.registry.archive import RETENTIONS

        retention.addItems(list(RETENTIONS))
        pages = self.add("pages", self.tr("Pages"), QSpinBox())
        pages.setRange(0, 100_000)
        pages.setSpecialValueText(self.tr("not counted"))
        self.add("note", self.tr("Note"), QLineEdit()).setPlaceholderText(self.tr("e.g. 复印件"))
        self.add("on", self.tr("Archived on"), DateField(on))
        settings = registry.settings.all()
        fonds = QLabel(f"{settings['archive.fonds']['value']}　{self.tr('organisation code')} "
                       f"{settings['archive.org_code']['value']}　（{self.tr('set in Settings')}）")
        fonds.setObjectName("fondsLabel")
        self.form.addRow(self.tr("Fonds"), fonds)

    def perform(self) -> dict:
        pages = self.fields["pages"].value() or None
        return self.registry.archive.archive(self.record["id"], self.fields["retention"].currentText(), pages,
                                             self.fields["note"].text().strip(), self.fields["on"].value(),
                                             slip=self.slip)
