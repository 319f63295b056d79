"""What a recognised scan opens (ui/office/scan.py hears it): the record or seal request of a slip's QR
code (`docroute:17`, `docroute:seal:5`, read back by slips/forms.py `read_qr_payload`), or the record of
a 文号 or 收文编号 read off a document (`registry.query.by_number`; brackets as the scanner types them).
One match opens on its own page; several are listed on 查询; none is said in the status bar."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from desktop_app.domain.errors import DocRouteError
from desktop_app.slips.forms import read_qr_payload


class ScanOpener(QObject):
    def __init__(self, window: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window

    def handle(self, text: str, widget: Any) -> bool:
        """Opens what was scanned; True: the scan was ours (its Enter is not passed on)."""
        if isinstance(widget, QLineEdit) and widget.text().endswith(text):
            widget.setText(widget.text()[:-len(text)])  # the list is not filtered by what was scanned
            bar = widget.parent()
            if hasattr(bar, "emit_query"):  # the search bar: its list as it was, now, not after its timer
                bar.emit_query()
        target = read_qr_payload(text)
        if target is not None:
            return self.open_target(*target)
        return self.open_number(text)

    def open_target(self, kind: str, target_id: int) -> bool:
        if kind == "seal":
            page = self.window.go_to("seals")
            (page.page() if hasattr(page, "page") else page).open_request(target_id)
            return True
        return self.open_record(target_id)

    def open_record(self, record_id: int) -> bool:
        rows = self.window.registry.rows([record_id])
        if not rows:
            self._say(self.tr("Scanned a slip of record %1, which is not in this registry.").replace(
                "%1", str(record_id)))
            return True
        self.window.go_to(rows[0]["kind"]).open_record(record_id)
        self._say(self.tr("Scanned: %1").replace("%1", rows[0].get("number") or rows[0]["title"]))
        return True

    def open_number(self, text: str) -> bool:
        try:
            ids = self.window.registry.query.by_number(text)
        except DocRouteError:
            ids = []
        if len(ids) == 1:
            return self.open_record(ids[0])
        if not ids:
            self._say(self.tr("Scanned “%1”: no record has this number.").replace("%1", text))
            return True
        page = self.window.go_to("search")
        (page.page() if hasattr(page, "page") else page).show_number(text)
        self._say(self.tr("Scanned “%1”: %2 records have this number.").replace("%1", text)
                  .replace("%2", str(len(ids))))
        return True

    def _say(self, text: str) -> None:
        show = getattr(self.window, "show_message", None)
        if show is not None:
            show(text)
