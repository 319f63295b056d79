"""A page of the main window that is built the first time it is shown, so that a page the clerk may not
open today costs nothing at start-up (bench/startup.py). It forwards the window's shortcuts to the page."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

# The commands the main window's shortcuts call on a page that offers them (Ctrl+N, Ctrl+F, Ctrl+P, …).
COMMANDS = ("new_record", "focus_search", "print_current", "save_current", "export_current", "escape")


class LazyPage(QWidget):
    status_message = Signal(str)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory()
            signal = getattr(self._page, "status_message", None)
            if signal is not None:
                signal.connect(self.status_message)
            self._layout.addWidget(self._page)
        return self._page

    def activate(self) -> None:
        page = self.page()
        if hasattr(page, "activate"):
            page.activate()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.activate()
        super().showEvent(event)

    def command(self, name: str) -> tuple[bool, Any]:
        """(whether the page offers the command, its result)."""
        method = getattr(self.page(), name, None) if name in COMMANDS else None
        return (True, method()) if method is not None else (False, None)
