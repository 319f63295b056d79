"""Paper back to the record: a USB barcode scanner types what it reads like a keyboard, then Enter.

`ScanListener` watches the window's key presses (an application event filter) and recognises a scan
in two ways:
- the QR code of our slips, `docroute:17` or `docroute:seal:5` (slips/forms.py `qr_payload`), however
  fast or slowly it arrives — nobody types that by chance;
- a burst: at least MIN_BURST characters, each within BURST_GAP_MS of the one before and Enter right
  after (a person types a few characters a second, a scanner dozens): a 文号 or 收文编号 read off a
  document, found with `registry.query.by_number` (托政发〔2026〕12号, brackets as the scanner types them).
It listens in a list's search box and anywhere in the window while no text field has focus; in any other
text field the keystrokes are the clerk's typing and are left alone. Timing uses the key events' own
timestamps (set by the windowing system), so a busy window that delivers a person's typing late does
not make it look like a scan; events without one (synthetic ones) use the injectable `clock`."""
from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MIN_BURST = 4
BURST_GAP_MS = 45  # scanners send a character every 1–20 ms; the fastest typists ~60 ms at best
ENTER_GAP_MS = 150
KEEP = 80  # characters remembered (a 文号 is ~15, a payload ~15)
SEARCH_BOX = "searchEdit"
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
              Qt.Key.Key_CapsLock)


class ScanListener(QObject):
    """Listens on the window's QWindow, where the windowing system delivers every key press before Qt
    passes it to the focused widget: one look per key, none at the many other events of the widgets
    (an application-wide filter cost ~15 ms of start-up). Dialogs are windows of their own: not heard."""

    def __init__(self, window: Any, clock: Callable[[], float] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock or (lambda: time.monotonic() * 1000)
        self._keys: list[tuple[str, float]] = []
        self._handle: QObject | None = None
        self.last_scan: str | None = None
        window.installEventFilter(self)  # until it is shown and has its QWindow

    # ---- recognising --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window:
            if event.type() == QEvent.Type.Show and self._handle is None:
                self._attach()
            return False
        if event.type() != QEvent.Type.KeyPress or obj is not self._handle:
            return False
        stamp = float(event.timestamp() or self.clock())
        if event.key() in _ENTER:
            text = self._recognised(stamp)
            self._keys.clear()
            target = QApplication.focusWidget() or self.window
            return bool(text) and self._allowed(target) and self.handle(text, target)
        typed = event.text()
        if typed and typed.isprintable():
            self._keys = [*self._keys[-KEEP:], (typed, stamp)]
        elif event.key() not in _MODIFIERS:  # an arrow, Backspace, Tab …: a person is at the keys
            self._keys.clear()
        return False

    def _attach(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
            self._handle = handle
            self.window.removeEventFilter(self)

    @staticmethod
    def _allowed(widget: QWidget) -> bool:
        return not isinstance(widget, _TEXT_INPUTS) or widget.objectName() == SEARCH_BOX

    def _recognised(self, enter_at: float) -> str | None:
        from desktop_app.slips.forms import QR_PREFIX

        text = "".join(ch for ch, _ in self._keys)
        start = text.lower().rfind(QR_PREFIX)
        if start >= 0 and _payload(text[start:]):
            return text[start:]
        burst = 0  # the characters at the end, each typed right after the one before
        if self._keys and enter_at - self._keys[-1][1] <= ENTER_GAP_MS:
            burst = 1
            while burst < len(self._keys) and \
                    self._keys[-burst][1] - self._keys[-burst - 1][1] <= BURST_GAP_MS:
                burst += 1
        if burst < MIN_BURST:
            return None
        return text[-burst:].strip() or None

    # ---- opening --------------------------------------------------------------------------------
    def handle(self, text: str, widget: QWidget) -> bool:
        """Opens what was scanned; True when the scan was ours (the Enter is then not passed on)."""
        self.last_scan = text
        if isinstance(widget, QLineEdit) and widget.text().endswith(text):
            widget.setText(widget.text()[:-len(text)])  # the list is not filtered by what was scanned
            bar = widget.parent()
            if hasattr(bar, "emit_query"):  # the search bar: its list as it was, now, not after its timer
                bar.emit_query()
        target = _payload(text)
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
        from desktop_app.domain.errors import DocRouteError

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


def _payload(text: str) -> tuple[str, int] | None:
    from desktop_app.slips.forms import read_qr_payload

    return read_qr_payload(text)
