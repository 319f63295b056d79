"""The seal request form (用印申请) with the live approvals panel: who must approve, each approval's
article (its words on hover), and a refusal with its article as soon as the facts call for one.

Built on the registration form of 收文/发文 (forms.py): the same field map, live routing, inline errors
and keys. Saving stores the request in the seal ledger; a refused request is stored too, as refused."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox

from desktop_app.domain.enums import SealPurpose
from desktop_app.domain.errors import DocRouteError, InputError
from desktop_app.ui.forms import RegistrationForm, _choices
from desktop_app.ui.widgets import DateField, EnumCombo, editable_combo

_STRINGS = ("seal", "purpose", "requesting_department", "matter", "document_number", "document_name", "requester")


class SealRequestForm(RegistrationForm):
    kind = "seal"

    def __init__(self, registry: Any, prefill: dict | None = None, parent=None) -> None:
        super().__init__(registry, parent)
        self.request_id: int | None = None
        if prefill:
            self.fill(prefill)

    def build_fields(self, form: QFormLayout) -> None:
        seals = [(s["code"], s["name"]) for s in self.registry.seals.seals()]
        self.add(form, "seal", self.tr("Seal"), EnumCombo(seals))
        self.add(form, "purpose", self.tr("Used on"), EnumCombo(_choices(SealPurpose)))
        self.add(form, "requesting_department", self.tr("Requesting department"), editable_combo(self.departments()))
        self.add(form, "matter", self.tr("Matter"), QLineEdit())
        self.add(form, "document_name", self.tr("Document name"), QLineEdit())
        number = self.add(form, "document_number", self.tr("Document number"), QLineEdit())
        number.setPlaceholderText(self.tr("for a signed document, e.g. 托政发〔2026〕12号"))
        copies = self.add(form, "copies", self.tr("Copies"), QSpinBox())
        copies.setRange(1, 100000)
        self.add(form, "requester", self.tr("Requested by"), QLineEdit())
        self.add(form, "date", self.tr("Date"), DateField(date.today()))
        self.add(form, "blank", self.tr("Blank paper"), QCheckBox(self.tr("The paper is blank (blank forms, letters)")))
        self.add(form, "has_proof", self.tr("Proof attached"), QCheckBox(self.tr("Yes (introduction letters)")))
        self.add(form, "special_case", self.tr("Special case"), QCheckBox(self.tr("Yes (第七十条)")))
        self.add(form, "take_out", self.tr("Seal leaves the office"), QCheckBox(self.tr("Yes (第七十二条)")))

    def fill(self, values: dict) -> None:
        """Sets the fields from a request dict (e.g. from a signed outgoing record, 申请用印)."""
        for key, value in values.items():
            widget = self.fields.get(key)
            if widget is None or value is None:
                continue
            if isinstance(widget, EnumCombo):
                widget.set_value(str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif hasattr(widget, "setEditText"):
                widget.setEditText(str(value))
            else:
                widget.setText(str(value))
        self.update_routing()

    def save(self) -> int | None:
        """Stores the request (refused ones too); on a problem marks the field and keeps everything typed."""
        self._clear_marks()
        date_field = self.fields["date"]
        if date_field.value() and not date_field.is_valid():
            self._show_error(InputError("date", f"日期“{date_field.value()}”格式不正确", "请按 YYYY-MM-DD 填写，例如 2026-12-01"))
            return None
        try:
            stored = self.registry.seals.request(self.request())
        except DocRouteError as error:
            self._show_error(error)
            return None
        self.request_id = stored["id"]
        if stored["refused"]:
            self.message.setStyleSheet("color: #c0392b;")
            self.message.setText(self.tr("Stored as request %1, refused: %2 (%3)").replace("%1", str(stored["id"]))
                                 .replace("%2", stored["reason"] or "").replace("%3", "、".join(stored["reason_basis"])))
        else:
            self.message.setStyleSheet("color: #1e8449;")
            self.message.setText(self.tr("Saved as request %1.").replace("%1", str(stored["id"])))
        self.saved.emit(stored["id"])
        return stored["id"]

    def _show_error(self, error: DocRouteError) -> None:
        # A document number the registry does not hold is named in the message: mark its field too.
        if not getattr(error, "field", "") and "文号" in error.message:
            error.field = "document_number"  # type: ignore[attr-defined]
            error.detail = error.window_line()  # type: ignore[attr-defined]
            error.hint = ""
        super()._show_error(error)

    def request(self) -> dict:
        values = super().request()
        return {key: (value if key not in _STRINGS or value else None) for key, value in values.items()}
