"""Paper back to the record: a barcode scanner types what it reads like a keyboard, then Enter.
`ScanListener` hears the window's keys and recognises a scan — the QR payload of our slips at any speed,
or a burst of keys too fast for a person — and hands it to scan_open.py (imported on the first scan).
Only what every start needs is here; docs/window.md "Paper back to the record" explains the rules."""
from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

MIN_BURST = 4
BURST_GAP_MS = 45  # scanners send a key every 1–20 ms; the fastest typists one every ~60 ms at best
ENTER_GAP_MS = 150
KEEP = 80  # keys remembered (a 文号 or a payload is ~15)
QR_PREFIX = "docroute:"  # slips/forms.py qr_payload; read back there by read_qr_payload
# By class name (QObject.inherits): touching these types at start-up would make PySide6 load them (~2 ms).
_TEXT_INPUTS = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
              Qt.Key.Key_CapsLock)


class ScanListener(QObject):
    """Listens on the window's QWindow, where each key press arrives before Qt gives it to the focused
    widget: one look per key and none at the widgets' other events (an application-wide filter cost
    ~15 ms of start-up). Dialogs are windows of their own and are not heard. Timing uses the events'
    own timestamps, so typing delivered late by a busy window is no burst; `clock` serves events
    without one."""

    def __init__(self, window: Any, clock: Callable[[], float] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock or (lambda: time.monotonic() * 1000)
        self._keys: list[tuple[str, float]] = []
        self._handle: QObject | None = None
        self.last_scan: str | None = None
        window.installEventFilter(self)  # until it is shown and has its QWindow

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window:
            if event.type() == QEvent.Type.Show and self._handle is None:
                self._attach()
            return False
        if event.type() != QEvent.Type.KeyPress or obj is not self._handle:
            return False
        stamp = float(event.timestamp() or self.clock())
        if event.key() in _ENTER:
            text = self.recognised(stamp)
            self._keys.clear()
            target = QApplication.focusWidget() or self.window
            return bool(text) and self.allowed(target) and self.open(text, target)
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
    def allowed(widget: Any) -> bool:
        """A list's search box, or no text field at all: elsewhere the keys are the clerk's typing."""
        typing = any(widget.inherits(name) for name in _TEXT_INPUTS)
        return not typing or widget.objectName() == "searchEdit"

    def recognised(self, enter_at: float) -> str | None:
        """The payload at the end of the keys (any speed), else the burst that ended with this Enter."""
        text = "".join(ch for ch, _ in self._keys)
        start = text.lower().rfind(QR_PREFIX)
        if start >= 0 and text[start + len(QR_PREFIX):].lower().removeprefix("seal:").isdigit():
            return text[start:]
        burst = 0
        if self._keys and enter_at - self._keys[-1][1] <= ENTER_GAP_MS:
            burst = 1
            while burst < len(self._keys) and self._keys[-burst][1] - self._keys[-burst - 1][1] <= BURST_GAP_MS:
                burst += 1
        if burst < MIN_BURST:
            return None
        return text[-burst:].strip() or None

    def open(self, text: str, widget: Any) -> bool:
        from desktop_app.ui.office.scan_open import ScanOpener  # on the first scan, not at start-up

        self.last_scan = text
        return ScanOpener(self.window, self).handle(text, widget)
