"""Start-up of the window: `run(db_path)` is what `docroute` with no arguments calls.

Order matters: the organisation and application names are set before anything reads QSettings; the
bundled font and the zh_CN translation are in place before the first widget is built; the crash handler
is installed before the registry opens, so a failure there is also logged and explained calmly."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The registry (and sqlite-utils under it) is imported before Qt on purpose: once PySide6 is loaded its
# import hook reads the source of every module imported later, ~35 ms of start-up for sqlite-utils alone.
from desktop_app.registry import Registry  # noqa: I001  (order matters, see above)
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import identity
from desktop_app.domain.errors import DocRouteError
from desktop_app.ui.errors import CrashHandler
from desktop_app.ui.fonts import register_bundled_font
from desktop_app.ui.i18n import install_translators

BACKUP_DELAY_MS = 2000


def prepare_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with identity, font and translation (reuses a running one, as tests do)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(identity.ORGANIZATION)
    app.setApplicationName(identity.APP_NAME)
    app.setApplicationDisplayName(identity.APP_DISPLAY_NAME)
    app.setApplicationVersion(identity.VERSION)
    if not app.property("docroute_prepared"):
        register_bundled_font(app)
        app._docroute_translators = install_translators(app)  # keep them alive with the app
        app.setProperty("docroute_prepared", True)
    return app


@dataclass
class Session:
    """What a running window holds on to: run() ends it, the start-up bench measures it."""

    app: QApplication
    handler: CrashHandler
    registry: Any
    window: Any
    backup: "DailyBackup"

    def close(self) -> None:
        self.backup.cancel()
        self.backup.wait()
        self.window.close()
        self.registry.close()
        self.handler.uninstall()


def start(db_path: str | None = None, *, daily_backup: bool = True) -> Session | None:
    """Everything `docroute` does before the event loop; None (after a message) if the database fails."""
    app = prepare_app()
    handler = CrashHandler(parent=app).install()
    try:
        # The daily backup copies the whole file (gigabytes at a million records): not before the window.
        registry = Registry.open(Path(db_path) if db_path else None, auto_backup=False)
    except DocRouteError as error:
        QMessageBox.critical(None, identity.APP_DISPLAY_NAME, _cannot_open(error))
        handler.uninstall()
        return None
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(registry)
    window.show()
    backup = DailyBackup(registry.path, parent=app)
    backup.finished_backup.connect(window.backup_done)
    backup.failed.connect(window.backup_failed)
    backup.damaged.connect(window.database_damaged)
    if daily_backup:
        backup.start_later(BACKUP_DELAY_MS)  # after the first paint, not during it
    return Session(app, handler, registry, window, backup)


def run(db_path: str | None = None) -> int:
    session = start(db_path)
    if session is None:
        return 2
    try:
        return session.app.exec()
    finally:
        session.close()


class DailyBackup(QThread):
    """The registry's once-a-day backup, run on its own connection in a thread after the window shows.

    `Registry.daily_backup` applies the registry's rule: back up unless a backup was made today or the
    database is marked damaged; the copy is verified before it counts. SQLite's backup API reads a
    consistent snapshot while the window goes on reading and writing. A failure is a notice in the
    window, never a refusal. Session.close waits for the copy rather than leave half a file behind."""

    finished_backup = Signal()
    failed = Signal(str)          # why today's backup did not complete
    damaged = Signal(str, str)    # what the verification found, the newest good backup ("" if none)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._cancelled = False

    def start_later(self, delay_ms: int) -> None:
        QTimer.singleShot(delay_ms, self, self._start_unless_cancelled)

    def cancel(self) -> None:
        """A start still waiting for its timer will not happen; a copy in progress is finished."""
        self._cancelled = True

    def _start_unless_cancelled(self) -> None:
        if not self._cancelled and not self.isRunning():
            self.start()

    def run(self) -> None:
        try:
            with Registry.open(self.db_path, auto_backup=False) as registry:
                outcome = registry.daily_backup()
        except DocRouteError as error:
            self.failed.emit(error.message)
            return
        if outcome.status == "damaged":
            self.damaged.emit(outcome.problem, str(outcome.good_backup or ""))
        elif outcome.status == "failed":
            self.failed.emit(outcome.reason)
        else:
            self.finished_backup.emit()


def _cannot_open(error: DocRouteError) -> str:
    text = QApplication.translate("app", "The database could not be opened.")
    return "\n\n".join(part for part in (text, error.message, error.hint) if part)
