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
import platformdirs  # noqa: F401,I001  (the same: the user data folder is found at every start)
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import identity
from desktop_app.domain.errors import DocRouteError
from desktop_app.paths import resource
from desktop_app.ui.errors import CrashHandler
from desktop_app.ui.fonts import register_bundled_font
from desktop_app.ui.i18n import install_translators

BACKUP_DELAY_MS = 2000
LISTEN_DELAY_MS = 300


def prepare_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with identity, font and translation (reuses a running one, as tests do)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(identity.ORGANIZATION)
    app.setApplicationName(identity.APP_NAME)
    app.setApplicationDisplayName(identity.APP_DISPLAY_NAME)
    app.setApplicationVersion(identity.VERSION)
    if not app.property("docroute_prepared"):
        app.setWindowIcon(app_icon())
        app.setDesktopFileName(identity.APP_ID)  # Wayland/taskbar grouping with the .desktop entry
        register_bundled_font(app)
        app._docroute_translators = install_translators(app)  # keep them alive with the app
        app.setProperty("docroute_prepared", True)
    return app


def app_icon() -> QIcon:
    """The icon of the window and the taskbar: the sizes packaging/draw_icon.py drew (read when shown)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"{identity.APP_ID}-{size}.png")))
    return icon


class OpenElsewhere(Exception):
    """The database already has its window: it was asked to come forward, or is open on another PC."""


@dataclass
class Session:
    """What a running window holds on to: run() ends it, the start-up bench measures it."""

    app: QApplication
    handler: CrashHandler
    registry: Any
    window: Any
    backup: "DailyBackup"
    instance: Any = None  # the SingleInstance lock of the database (ui/single_instance.py)
    watch: Any = None  # the ChangeWatch: other clerks' commits refresh the lists (ui/change_watch.py)

    def close(self) -> None:
        from desktop_app.ui import data_jobs

        if self.watch is not None:
            self.watch.stop()
        self.backup.cancel()
        self.backup.wait()
        data_jobs.wait_for_all()  # a 立即备份 or a check still under way (the event loop is over)
        QCoreApplication.sendPostedEvents()  # its outcome reaches the window while the registry is open
        self.window.close()
        self.registry.close()
        if self.instance is not None:
            self.instance.release()
        self.handler.uninstall()


def start(db_path: str | None = None, *, daily_backup: bool = True) -> Session | None:
    """Everything `docroute` does before the event loop; None (after a message) if the database fails.

    Raises OpenElsewhere, before the registry is opened, when the database already has a window."""
    app = prepare_app()
    handler = CrashHandler(parent=app).install()
    path = _database_path(db_path)
    instance = _claim(path, handler)
    registry = _open_or_recover(path)
    if registry is None:
        instance.release()
        handler.uninstall()
        return None
    from desktop_app.ui.change_watch import ChangeWatch
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(registry)
    window.show()
    instance.activated.connect(window.bring_forward)
    backup = DailyBackup(registry.path, parent=app)
    backup.finished_backup.connect(window.backup_done)
    backup.failed.connect(window.backup_failed)
    backup.damaged.connect(window.database_damaged)
    if daily_backup and registry.engine == "sqlite":  # a server is backed up on the server (docs/server.md)
        backup.start_later(BACKUP_DELAY_MS)  # after the first paint, not during it
    watch = ChangeWatch(registry, window)
    watch.changed.connect(window.others_changed)
    if registry.org_chart() is None:
        window.open_first_run()  # an empty registry: the wizard, over the window (ui/wizard.py)
    return Session(app, handler, registry, window, backup, instance, watch)


def _database_path(db_path: str | None) -> Path | str:
    """The file (resolved) or the server URL to open: --db, else the choice of 设置, else the default."""
    from desktop_app.registry.engine import is_server

    if db_path and is_server(db_path):
        return db_path.strip()
    if db_path:
        return Path(db_path).expanduser().resolve()
    from desktop_app.registry.location import default_location

    chosen = default_location()
    return chosen if isinstance(chosen, str) else Path(chosen).resolve()


def _open(location: Path | str) -> Any:
    """The registry; on a server that asks for a password, the sign-in dialog until it opens or the
    clerk cancels (None)."""
    from desktop_app.registry.engine import is_server

    if not is_server(location):  # a file: the server's adapter (and psycopg) stays unimported
        return Registry.open(location, auto_backup=False)
    from desktop_app.registry.engine.postgres import SignInRequired

    password = None
    while True:
        try:
            return Registry.open(location, auto_backup=False, password=password)
        except SignInRequired as refused:
            from desktop_app.ui.sign_in import sign_in

            answer = sign_in(str(location), refused.message)
            if answer is None:
                return None
            location, password = answer


def _claim(path: Path, handler: CrashHandler) -> Any:
    """This process becomes the database's window, or says where it is open and raises OpenElsewhere."""
    from desktop_app.ui.single_instance import SingleInstance

    instance = SingleInstance(path, parent=QApplication.instance())
    if instance.claim(listen=False):
        QTimer.singleShot(LISTEN_DELAY_MS, instance.listen)  # after the first paint (QtNetwork costs ~6 ms)
        return instance
    handler.uninstall()
    if not instance.forwarded:  # held, but nobody here answered: another PC, or a window not responding
        QMessageBox.information(None, identity.APP_DISPLAY_NAME, QApplication.translate(
            "app", "This database is already open in DocRoute elsewhere ({holder}). Close it there first, "
            "or open another database.").format(holder=instance.holder or "?") + f"\n\n{path}")
    raise OpenElsewhere(str(path))


def run(db_path: str | None = None) -> int:
    try:
        session = start(db_path)
    except OpenElsewhere:
        return 0  # the window of that database came forward (or the clerk was told where it is open)
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


def _open_or_recover(path: Path | None) -> Any:
    """The registry, or None after a message. A file too damaged to open has no window to offer
    文件 → 从备份恢复… from, so the message itself offers the restore, and the window opens after it."""
    from desktop_app.registry.database import UnreadableDatabase

    try:
        # The daily backup copies the whole file (gigabytes at a million records): not before the window.
        return _open(path)
    except UnreadableDatabase as error:
        if not _restore_unreadable(path, error):
            return None
    except DocRouteError as error:
        QMessageBox.critical(None, identity.APP_DISPLAY_NAME, _cannot_open(error))
        return None
    try:
        return _open(path)
    except DocRouteError as error:
        QMessageBox.critical(None, identity.APP_DISPLAY_NAME, _cannot_open(error))
        return None


def _restore_unreadable(path: Path | None, error: DocRouteError) -> bool:
    """Asks whether to restore a backup over the unreadable file; True once one is restored."""
    from desktop_app.paths import default_db_path
    from desktop_app.registry.safety import backups_dir, newest_backup
    from desktop_app.ui.file_dialogs import file_dialog

    db_path = Path(path or default_db_path()).expanduser().resolve()
    headline = QApplication.translate("app", "The database could not be opened.")
    advice = QApplication.translate("app", "Choose a backup to restore: the damaged file is kept in the backups "
                                           "folder, and the window opens on the restored registry.")
    box = QMessageBox(QMessageBox.Icon.Critical, identity.APP_DISPLAY_NAME,
                      "\n\n".join((headline, error.message, advice)))
    box.setObjectName("cannotOpen")
    restore = box.addButton(QApplication.translate("app", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    while True:
        box.exec()
        if box.clickedButton() is not restore:
            return False
        dialog = file_dialog(None, QApplication.translate("app", "Restore from backup"),
                             QApplication.translate("app", "DocRoute backups (*.backup.json *.sqlite)"), save=False)
        dialog.setDirectory(str(backups_dir(db_path)))
        newest = newest_backup(db_path)
        if newest is not None:
            dialog.selectFile(str(newest))
        chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else None
        dialog.deleteLater()
        if chosen is None:
            continue
        try:
            Registry.restore_unreadable(db_path, chosen)
            return True
        except DocRouteError as refused:  # that backup is no good either: say why, offer another
            box.setText("\n\n".join((QApplication.translate("app", "This backup was not restored."),
                                      refused.window_message())))


def _cannot_open(error: DocRouteError) -> str:
    text = QApplication.translate("app", "The database could not be opened.")
    return "\n\n".join(part for part in (text, error.message, error.window_hint) if part)
