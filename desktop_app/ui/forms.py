"""Registration forms for outgoing (发文) and incoming (收文) documents, each with the live routing panel.

The form only collects input: it builds the registration request of cli.md, asks the engine for the plan
as the clerk types, and hands the request to the registry on save. A field the engine or the registry
rejects is marked inline with the Chinese message; nothing typed is cleared."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from desktop_app.domain.enums import (Authority, Classification, Direction, DocType, Publicity, Scope,
                                      Urgency)
from desktop_app.domain.errors import DocRouteError, InputError
from desktop_app.rules.engine import route
from desktop_app.ui.routing_panel import RoutingPanel
from desktop_app.ui.widgets import DateField, EnumCombo, ListField, editable_combo, mark

ROUTING_DELAY_MS = 150  # typing pauses shorter than this do not re-route


def _choices(enum_type) -> list[tuple[str, str]]:
    return [(member.value, member.label) for member in enum_type]


class RegistrationForm(QWidget):
    """What both forms share: the field map, live routing, inline errors and saving."""

    saved = Signal(int)
    kind = ""

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.org = registry.org_chart()
        self.calendar = registry.holidays.work_calendar()
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.panel = RoutingPanel()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self._timer = QTimer(self, singleShot=True, interval=ROUTING_DELAY_MS)
        self._timer.timeout.connect(self.update_routing)
        self._layout_form()
        self.update_routing()  # say at once what the defaults route to, or what is missing
        self._pristine = self.request()  # what an untouched form holds: leaving it asks nothing

    # -- building (each subclass defines build_fields) ---------------------------------------------
    def _layout_form(self) -> None:
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.build_fields(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        for widget in self.fields.values():
            _on_change(widget, self.schedule_routing)

    def add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field_{key}")
        self.fields[key] = widget
        self.labels[key] = label
        form.addRow(label, widget)
        return widget

    def departments(self) -> list[str]:
        return list(self.org.departments()) if self.org else []

    def reload(self) -> None:
        """设置 changed the org chart, series or holidays: offer and route with the new ones; typed text stays."""
        self.org = self.registry.org_chart()
        self.calendar = self.registry.holidays.work_calendar()
        for widget in self.fields.values():
            if isinstance(widget, QComboBox) and widget.isEditable():
                text = widget.currentText()
                widget.clear()
                widget.addItems(sorted(set(self.departments())))
                widget.setEditText(text)
            elif isinstance(widget, ListField):
                widget.set_suggestions(self.departments())
        if "series" in self.fields:
            current = self.fields["series"].currentText()
            self._fill_series()
            index = self.fields["series"].findText(current)
            if index >= 0:
                self.fields["series"].setCurrentIndex(index)
        self.update_routing()

    # -- routing --------------------------------------------------------------------------------
    def schedule_routing(self) -> None:
        self._timer.start()

    def update_routing(self) -> None:
        self._timer.stop()
        if self.org is None:
            self.panel.show_problem(self.tr("no leaders have been entered yet (Settings → Organisation, or "
                                            "File → Import org chart…)"))
            return
        request = self.request()
        try:
            plan = route({**request, "kind": self.kind, "date": self.routing_date(request)}, self.org,
                         self.calendar)
        except InputError as error:
            self.panel.show_problem(self.explain(error))
            return
        self.panel.show_plan(plan.to_json())

    def routing_date(self, request: dict) -> str:
        return request.get("date") or date.today().isoformat()

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Validates, registers and announces the record; on any problem marks it and keeps every field."""
        self._clear_marks()
        bad_dates = [key for key, w in self.fields.items() if isinstance(w, DateField) and w.value()
                     and not w.is_valid()]
        if bad_dates:
            for key in bad_dates:
                self._show_error(InputError(key, f"日期“{self.fields[key].value()}”格式不正确",
                                            "请按 YYYY-MM-DD 填写，例如 2026-12-01"))
            return None
        try:
            record = self.registry.register(self.kind, self.request())
        except DocRouteError as error:
            self._show_error(error)
            return None
        self.message.setStyleSheet("color: #1e8449;")
        self.message.setText(self.tr("Saved as record %1.").replace("%1", str(record["id"])))
        self._pristine = self.request()
        self.saved.emit(record["id"])
        return record["id"]

    def has_changes(self) -> bool:
        """Whether anything was typed or chosen since the form opened (or was saved)."""
        return self.request() != self._pristine

    def _show_error(self, error: DocRouteError) -> None:
        key = getattr(error, "field", "").split(".")[0].split("[")[0]
        widget = self.fields.get(key)
        text = self.explain(error)
        if widget is not None:
            mark(widget, text)
            widget.setFocus()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(text)

    def explain(self, error: DocRouteError) -> str:
        """The error in the clerk's words: the field's label on the form instead of its id."""
        key = getattr(error, "field", "").split(".")[0].split("[")[0]
        if key not in self.labels:
            return error.window_line()
        text = f"{self.labels[key]}：{error.detail}"
        return f"{text}；{error.window_hint}" if error.window_hint else text

    def _clear_marks(self) -> None:
        for widget in self.fields.values():
            mark(widget, None)
        self.message.clear()

    def invalid_fields(self) -> list[str]:
        return [key for key, widget in self.fields.items() if widget.property("invalid")]

    def request(self) -> dict:
        return {key: _value_of(widget) for key, widget in self.fields.items()}


class OutgoingForm(RegistrationForm):
    kind = "outgoing"

    def build_fields(self, form: QFormLayout) -> None:
        departments = self.departments()
        self.add(form, "title", self.tr("Title"), QLineEdit())
        authority = self.add(form, "authority", self.tr("Issued by"), EnumCombo(_choices(Authority)))
        self.add(form, "series", self.tr("Number series"), QComboBox())
        doc_type = self.add(form, "doc_type", self.tr("Document type"), EnumCombo(_choices(DocType)))
        self.add(form, "direction", self.tr("Direction"), EnumCombo(_choices(Direction)))
        self.add(form, "scope", self.tr("Scope"), EnumCombo(_choices(Scope)))
        self.add(form, "lead_department", self.tr("Drafting department"), editable_combo(departments))
        self.add(form, "cosign_departments", self.tr("Co-signing departments"), ListField(departments))
        self.add(form, "main_recipients", self.tr("Main recipients"), ListField(self._recipients()))
        self.add(form, "cc", self.tr("Copied to"), ListField(self._recipients()))
        self.add(form, "drafter", self.tr("Drafter"), QLineEdit())
        self.add(form, "date", self.tr("Draft date"), DateField(date.today()))
        self.add(form, "classification", self.tr("Classification"), EnumCombo(_choices(Classification)))
        self.add(form, "urgency", self.tr("Urgency"), EnumCombo(_choices(Urgency)))
        publicity = self.add(form, "publicity", self.tr("Publicity"), EnumCombo(_choices(Publicity)))
        reason = self.add(form, "publicity_reason", self.tr("Reason for not publishing"), QLineEdit())
        reason.setPlaceholderText(self.tr("required when the document is not published, e.g. 涉及国家秘密"))
        meeting = self.add(form, "meeting_date", self.tr("Meeting date (minutes)"), DateField())
        copies = self.add(form, "copies", self.tr("Copies printed"), QSpinBox())
        copies.setRange(0, 100000)
        self.add(form, "normative", self.tr("Normative document"), QCheckBox(self.tr("Yes")))
        self.add(form, "personnel", self.tr("Appointment or removal"), QCheckBox(self.tr("Yes")))
        authority.value_changed.connect(self._fill_series)
        doc_type.value_changed.connect(self._suggest_direction)
        doc_type.value_changed.connect(lambda value: form.setRowVisible(meeting, value == DocType.MINUTES.value))
        publicity.value_changed.connect(self._reason_wanted)
        doc_type.set_value(DocType.NOTICE.value)
        self._suggest_direction(DocType.NOTICE.value)
        form.setRowVisible(meeting, False)  # only a 纪要 names its meeting (第五十五条)
        self._reason_wanted(publicity.value())
        self._fill_series()

    def _recipients(self) -> list[str]:
        return ["各乡镇人民政府", "县直各部门", "吐鲁番市人民政府", "县人大常委会", *self.departments()]

    def _fill_series(self) -> None:
        """County government documents use 托政发-like series, the office's those with 办."""
        combo: QComboBox = self.fields["series"]
        authority = self.fields["authority"].value()
        series = [s for s in self.registry.series() if s.get("kind", "outgoing") == "outgoing"]
        # 设置 → 发文字号 says which authority uses each series; an older one is read from its 办.
        matching = [s["code"] for s in series if (s.get("authority") or
                    ("county_office" if "办" in s["code"] else "county_government")) == authority]
        codes = matching or [s["code"] for s in series]
        combo.clear()
        combo.addItems(codes)

    def _suggest_direction(self, doc_type: str) -> None:
        self.fields["direction"].set_value(DocType(doc_type).default_direction.value)

    def _reason_wanted(self, publicity: str) -> None:
        """第三十五条: the reason is asked for when the document is not published; kept if typed."""
        self.fields["publicity_reason"].setEnabled(publicity == Publicity.NOT_PUBLIC.value)

    def request(self) -> dict:
        request = super().request()
        if request.get("publicity") != Publicity.NOT_PUBLIC.value:
            request["publicity_reason"] = ""  # a reason left from an earlier choice is not the document's
        if request.get("doc_type") != DocType.MINUTES.value:
            request["meeting_date"] = None
        return request


class IncomingForm(RegistrationForm):
    kind = "incoming"

    def build_fields(self, form: QFormLayout) -> None:
        self.add(form, "title", self.tr("Title"), QLineEdit())
        self.add(form, "sender", self.tr("Sender"), editable_combo(self.departments()))
        self.add(form, "sender_number", self.tr("Sender's number"), QLineEdit())
        doc_type = self.add(form, "doc_type", self.tr("Document type"), EnumCombo(_choices(DocType)))
        self.add(form, "received_on", self.tr("Received on"), DateField(date.today()))
        self.add(form, "main_recipients", self.tr("Main recipients"), ListField(["县人民政府", "县人民政府办公室"]))
        copies = self.add(form, "copies", self.tr("Copies"), QSpinBox())
        copies.setRange(0, 10000)
        copies.setValue(1)
        self.add(form, "classification", self.tr("Classification"), EnumCombo(_choices(Classification)))
        self.add(form, "urgency", self.tr("Urgency"), EnumCombo(_choices(Urgency)))
        self.add(form, "due", self.tr("Handle by"), DateField())
        matters = self.add(form, "matters", self.tr("Matters requested"), QSpinBox())
        matters.setRange(1, 20)
        self.add(form, "major", self.tr("Major matter"), QCheckBox(self.tr("Report to the county head")))
        self.add(form, "assigned_by_leader", self.tr("Assigned by a leader"), QCheckBox(self.tr("Yes")))
        text = self.add(form, "text", self.tr("Text or excerpt"), QPlainTextEdit())
        text.setMaximumHeight(90)
        doc_type.set_value(DocType.REQUEST.value)
        self.fields["main_recipients"].set_values(["县人民政府"])

    def routing_date(self, request: dict) -> str:
        return request.get("received_on") or date.today().isoformat()


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, EnumCombo):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, ListField):
        return widget.values()
    if isinstance(widget, DateField):
        return widget.value() or None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text().strip()


def _on_change(widget: QWidget, slot) -> None:
    for signal_name in ("textChanged", "currentIndexChanged", "currentTextChanged", "toggled", "valueChanged"):
        signal = getattr(widget, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_: slot())
