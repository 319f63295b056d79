"""The one crash handler of the window: an exception nobody caught is logged with its traceback to
`docroute-errors.log` in the data folder and shown as a calm Chinese message; the window keeps running.

A DocRouteError is a failure the clerk can act on (bad input, refused action, unreadable file): it is
shown with its headline and hint and logged briefly. Anything else is a bug: the dialog says the action
did not complete, that saved work is safe, and where the details are. While one dialog is open, further
errors are only logged, so a fault in painting code cannot bury the screen in message boxes."""
from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.errors import DocRouteError
from desktop_app.identity import VERSION

LOG_NAME = "docroute-errors.log"


def default_log_path() -> Path:
    from desktop_app.paths import user_data_dir

    return user_data_dir() / LOG_NAME


class CrashHandler(QObject):
    """Installs itself as sys.excepthook; `reported` carries the message shown (tests listen to it)."""

    reported = Signal(str)
    _from_thread = Signal(str)  # queued to the window's thread: dialogs live there only

    def __init__(self, log_path: Path | None = None, *, show_dialogs: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = Path(log_path) if log_path is not None else default_log_path()
        self.show_dialogs = show_dialogs
        self._previous_hook = None
        self._previous_thread_hook = None
        self._box: QMessageBox | None = None
        self._lock = threading.Lock()
        self._from_thread.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> "CrashHandler":
        self._previous_hook, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread_hook, threading.excepthook = threading.excepthook, self._handle_thread
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None and threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        with self._lock:  # two threads failing at once must not interleave their tracebacks
            logged = self._log(exc_type, exc, tb)
        message = self.message_for(exc, logged)
        if QThread.currentThread() is self.thread():
            self._report(message)
        else:  # an exception in a worker thread (QThread.run ends up here too)
            self._from_thread.emit(message)

    def _report(self, message: str) -> None:
        self.reported.emit(message)
        if self.show_dialogs:
            self._show(message)

    def message_for(self, exc: BaseException, logged: bool) -> str:
        if isinstance(exc, DocRouteError):
            return exc.window_message()  # the window's hint: a menu or a button, never a command
        where = (self.tr("The details were written to:\n{path}").format(path=self.log_path) if logged
                 else self.tr("The details could not be written to the log file."))
        return "\n\n".join([
            self.tr("Sorry, the last action did not complete."),
            self.tr("Records already saved are not affected, and you can keep working in the window."),
            where,
        ])

    def _log(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> bool:
        stamp = datetime.now().isoformat(timespec="seconds")
        if isinstance(exc, DocRouteError):
            line = exc.one_line()  # the log's words: the whole line as the CLI prints it, for support
            text = f"[{stamp}] DocRoute {VERSION}: {exc_type.__name__}: {line}\n"
        else:
            text = f"[{stamp}] DocRoute {VERSION}\n" + "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8", errors="backslashreplace") as log:
                log.write(text + "\n")
        except OSError:
            return False
        return True

    def _show(self, message: str) -> None:
        if self._box is not None and self._box.isVisible():
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("DocRoute"), message,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("crashMessage")
        box.finished.connect(self._closed)
        box.open()  # not exec(): the event loop and the window go on
        self._box = box

    def _closed(self) -> None:
        if self._box is not None:
            self._box.deleteLater()
        self._box = None
