"""The main window: navigation between the office's tasks, the pages, the status bar and the shortcuts.

收文 and 发文 are record pages (list ⇄ form ⇄ record view). 用印 is the seal registry (seal_page.py);
待办与期限, 查询 (with the 归档文件目录) and 统计 are the office's pages (ui/office/); 设置 is the office's
settings (ui/settings/); each of these is built when first shown. On an empty registry the first-run
wizard opens over the window (ui/wizard.py). Whatever changes the org chart, the series or the holidays
calls `office_changed`, and every open form routes with the new data at once. A barcode scanner's
keystrokes open the record of a scanned slip or 文号 (ui/office/scan.py).
Ctrl+N, Ctrl+F, Ctrl+P and Ctrl+S act on the current page and the form or record view it shows."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QVBoxLayout, QWidget)
from shiboken6 import isValid

from desktop_app.domain.errors import DocRouteError
from desktop_app.identity import APP_DISPLAY_NAME, VERSION
from desktop_app.ui import data_jobs
from desktop_app.ui.backup_notice import BackupNotice, RestoreJob
from desktop_app.ui.counting import RecordCounter
from desktop_app.ui.lazy_page import LazyPage
from desktop_app.ui.office.scan import ScanListener
from desktop_app.ui.record_list import ListQuery
from desktop_app.ui.records_page import RecordsPage

PAGE_KEYS = ("incoming", "outgoing", "seals", "deadlines", "search", "statistics", "settings")
STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("DocRoute — document routing assistant"))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.notice = BackupNotice(self)
        self.restore_job: RestoreJob | None = None
        self.import_job: Any = None
        self.closing_notice: Any = None  # shown while closing waits for a job (ui/data_jobs.py)
        self.pages: dict[str, QWidget] = {}
        self.first_run: QWidget | None = None  # the first-run wizard while it is open (ui/wizard.py)
        self._build_pages()
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._show_page)
        self.scanner = ScanListener(self)  # a barcode scanner's keystrokes open the record (ui/office/scan.py)
        self._restore_settings()
        mark = registry.damage()
        if mark is not None:
            last = registry.last_backup()
            self.database_damaged(mark["problem"], str(last) if last else "")

    # ---- pages ----------------------------------------------------------------------------------
    def page_titles(self) -> dict[str, str]:
        return {"incoming": self.tr("Incoming"), "outgoing": self.tr("Outgoing"), "seals": self.tr("Seals"),
                "deadlines": self.tr("To do and deadlines"), "search": self.tr("Search"),
                "statistics": self.tr("Statistics"), "settings": self.tr("Settings")}

    def _build_pages(self) -> None:
        titles = self.page_titles()
        self.counter = RecordCounter(self.registry.path, self)
        pages = {
            "incoming": RecordsPage(self.registry, ListQuery(kind="incoming"), titles["incoming"],
                                    counter=self.counter),
            "outgoing": RecordsPage(self.registry, ListQuery(kind="outgoing"), titles["outgoing"],
                                    counter=self.counter),
            "seals": LazyPage(lambda: _seals_page(self.registry, titles["seals"])),  # built when first shown
            # 待办与期限, 查询 (with the 归档文件目录) and 统计: ui/office/, each built when first shown
            "deadlines": LazyPage(lambda: _office_page("deadlines", self.registry, titles["deadlines"], self.counter)),
            "search": LazyPage(lambda: _office_page("search", self.registry, titles["search"], self.counter)),
            "statistics": LazyPage(lambda: _office_page("statistics", self.registry, titles["statistics"],
                                                        self.counter)),
            "settings": LazyPage(self._settings_page),  # 设置: built when first shown (ui/settings/)
        }
        for key in PAGE_KEYS:
            self.install_page(key, pages[key], titles[key])

    def install_page(self, key: str, widget: QWidget, title: str | None = None) -> None:
        """Puts `widget` in the place of `key` (another issue replaces a placeholder this way)."""
        old = self.pages.get(key)
        if old is None:
            item = QListWidgetItem(title or key)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 8))
            self.nav.addItem(item)
            self.stack.addWidget(widget)
        else:
            index = self.stack.indexOf(old)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages[key] = widget
        widget.setObjectName(f"page_{key}")
        status = getattr(widget, "status_message", None)  # record pages, the 用印 page, 设置
        if status is not None:
            status.connect(self.show_message)

    def current_key(self) -> str:
        return PAGE_KEYS[self.nav.currentRow()] if 0 <= self.nav.currentRow() < len(PAGE_KEYS) else ""

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def go_to(self, key: str) -> QWidget:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        return self.pages[key]

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, (RecordsPage, LazyPage)):
            page.activate()

    # ---- layout, actions, status bar ---------------------------------------------------------------
    def _build_layout(self) -> None:
        width = max(self.fontMetrics().horizontalAdvance("待办与期限") + 48, 120)
        self.nav.setFixedWidth(width)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#navigation { background: palette(window); }"
                               "QListWidget#navigation::item { padding-left: 12px; }"
                               "QListWidget#navigation::item:selected { background: palette(highlight);"
                               " color: palette(highlighted-text); }")
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New record"), self.new_record, QKeySequence.StandardKey.New)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.print_action = self._action(self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print)
        self.save_action = self._action(self.tr("&Save"), self.save_current, QKeySequence.StandardKey.Save)
        self.export_action = self._action(self.tr("&Export list to Excel…"), self.export_current)
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_from_backup)
        self.org_action = self._action(self.tr("Import &org chart…"), self.import_org_chart)
        self.import_action = self._action(self.tr("&Import registers from Excel or CSV…"), self.import_registers)
        self.wizard_action = self._action(self.tr("First-run &wizard…"), self.open_first_run)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.save_action, self.print_action, None, self.export_action,
                       self.import_action, self.backup_action, self.restore_action, self.org_action, None,
                       self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        self.settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        self.settings_menu.aboutToShow.connect(self._fill_settings_menu)  # its sections: not at start-up
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)
        for number, key in enumerate(PAGE_KEYS, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda k=key: self.go_to(k))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databasePath")
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("lastBackup")
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.update_status()

    def update_status(self) -> None:
        path = self.registry.location  # a file's path, or a server's URL (never its password)
        self.db_label.setText(self.tr("Database: {path}").format(path=path))
        self.db_label.setToolTip(path)
        last = last_backup(self.registry)
        self.backup_label.setText(
            self.tr("Last backup: {when}").format(when=last.strftime("%Y-%m-%d %H:%M")) if last
            else self.tr("Last backup: none yet"))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        self.setMinimumSize(760, 460)  # 1366×768 at 150 % leaves 910×485 logical pixels
        if available is None:
            self.resize(1280, 720)
            return
        self.resize(min(1280, available.width()), min(760, available.height() - 40))

    # ---- commands (the shortcuts) -----------------------------------------------------------------
    def _records_page(self) -> RecordsPage | None:
        page = self.current_page()
        return page if isinstance(page, RecordsPage) else None

    def _page_command(self, name: str) -> tuple[bool, Any]:
        """A page built lazily (用印) takes the shortcuts itself: (whether it did, its result)."""
        page = self.current_page()
        return page.command(name) if isinstance(page, LazyPage) else (False, None)

    def request_seal_use(self, prefill: dict) -> QWidget:
        """申请用印 from a signed outgoing record: the 用印 page's request form, filled in."""
        return self.go_to("seals").page().new_record(prefill)

    def new_record(self) -> QWidget | None:
        """Ctrl+N: the registration form of the current page (收文, 发文, or a seal request on 用印)."""
        done, result = self._page_command("new_record")
        if done:
            return result
        page = self._records_page()
        if page is None or not page.can_create:
            self.show_message(self.tr("Choose Incoming or Outgoing to register a new document."))
            return None
        return page.new_record()

    def focus_search(self) -> None:
        if self._page_command("focus_search")[0]:
            return
        page = self._records_page()
        if page is None:
            page = self.go_to("incoming")
        page.focus_search()

    def print_current(self):
        """Ctrl+P: print preview of the record on screen, or of the record selected in the list."""
        done, result = self._page_command("print_current")
        if done:
            return result
        page = self._records_page()
        if page is None:
            return None
        editor = page.current_editor()
        if editor is None and page.showing_list():
            record_id = page.table.current_record_id()
            if record_id is None:
                self.show_message(self.tr("Select a record to print."))
                return None
            editor = page.open_record(record_id)
        if editor is not None and hasattr(editor, "print_preview"):
            return editor.print_preview()
        self.show_message(self.tr("There is nothing to print on this page."))
        return None

    def save_current(self):
        """Ctrl+S: saves the form on screen; on a record view, saves its slip as PDF."""
        done, result = self._page_command("save_current")
        if done:
            return result
        page = self._records_page()
        editor = page.current_editor() if page is not None else None
        if editor is not None and hasattr(editor, "save"):
            return editor.save()
        if editor is not None and hasattr(editor, "save_as"):
            return editor.save_as("pdf")
        self.show_message(self.tr("There is nothing to save on this page: the list is always up to date."))
        return None

    def export_current(self) -> Any:
        done, result = self._page_command("export_current")
        if done:
            return result
        page = self._records_page()
        if page is None:
            self.show_message(self.tr("Choose a list to export."))
            return 0
        return page.export_xlsx()

    # ---- backups and restore ------------------------------------------------------------------------
    def backup_now(self) -> Any:
        """文件 → 立即备份, in a thread (ui/data_jobs.py): the status bar says so meanwhile. Returns the job."""
        job = data_jobs.backup(self.registry.path)
        job.waiting.connect(self._backup_waits)  # methods, not lambdas: called on the window's thread
        job.ended.connect(self._backed_up)
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up…"))
        job.start()
        return job

    def _backup_waits(self) -> None:
        self.statusBar().showMessage(self.tr("Waiting for another backup (the daily one, say) to finish, then "
                                             "backing up…"))

    def _backed_up(self, job: Any) -> None:
        from desktop_app.registry.safety import DamagedDatabase

        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        if isinstance(job.error, DamagedDatabase):
            self.database_damaged(job.error.problem, str(job.error.good_backup or ""))
            QMessageBox.warning(self, self.tr("Backup"), self.notice.text())
        elif job.error is not None:
            QMessageBox.warning(self, self.tr("Backup"), job.error.window_message())
        elif job.result is not None:
            self.backup_done()
            self.show_message(self.tr("Backed up to {path}").format(path=job.result))

    def backup_done(self) -> None:
        """A verified backup exists now: a warning about an earlier failed one is out of date."""
        self.update_status()
        if self.notice.kind == "warning":
            self.notice.clear()

    def backup_failed(self, reason: str) -> None:
        self.notice.show_backup_failed(reason)

    def database_damaged(self, problem: str, good_backup: str) -> None:
        self.notice.show_damaged(problem, good_backup)

    def restore_from_backup(self, path: str | None = None, *, confirm: bool = True) -> RestoreJob | None:
        """File → Restore from backup…: the backup is migrated and checked as a copy first; the records
        on screen are replaced only when it passes, and the current database is kept in backups/."""
        if self.restore_job is not None and self.restore_job.isRunning():
            return None
        if self.registry.engine != "sqlite":  # a server is restored by its administrator (docs/server.md)
            try:
                self.registry.restore(path or "")
            except DocRouteError as refused:
                QMessageBox.information(self, self.tr("Restore from backup"), refused.window_line())
            return None
        if path is None:
            folder = Path(self.registry.path).parent / "backups"
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), str(folder),
                                                  self.tr("DocRoute backups (*.backup.json *.sqlite)"))
            if not path:
                return None
        if confirm and QMessageBox.question(self, self.tr("Restore from backup"), self.tr(
                "Replace the records in this database by those in the backup {name}?\n\n"
                "The backup is checked first; if anything is wrong, nothing changes. The current database "
                "is kept in the backups folder.").format(name=Path(path).name)) != QMessageBox.StandardButton.Yes:
            return None
        self.restore_job = RestoreJob(Path(self.registry.path), Path(path), self)
        self.restore_job.restored.connect(self._restored)
        self.restore_job.failed.connect(self._restore_failed)
        data_jobs.track(self.restore_job)  # the window closes after it (closeEvent)
        self.restore_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Checking the backup and restoring it…"))
        self.restore_job.start()
        return self.restore_job

    def _restored(self, result: dict) -> None:
        self.restore_action.setEnabled(True)
        self.notice.clear()
        for page in self.pages.values():
            if isinstance(page, RecordsPage):
                page.back_to_list()
                page.refresh()
        self.update_status()
        self.show_message(self.tr("Restored {count} records from {name}; the replaced database is kept as {kept}").format(
            count=result["records"], name=Path(result["restored_from"]).name,
            kept=Path(result["replaced_saved_as"]).name))

    def _restore_failed(self, text: str) -> None:
        self.restore_action.setEnabled(True)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Restore from backup"), text)

    def import_registers(self, path: str | None = None) -> Any:
        """File → Import registers…: read and checked in a thread with progress and Cancel (import_job.py)."""
        from desktop_app.ui.import_job import ImportJob, ImportProgress

        if self.import_job is not None and self.import_job.isRunning():
            return None
        if path is None:
            from desktop_app.ui.file_dialogs import ask_open_path

            path = ask_open_path(self, self.tr("Import registers"), self.tr("Registers (*.xlsx *.csv)"))
            if not path:
                return None
        self.import_job = ImportJob(self.registry.path, Path(path), self)
        self.import_job.imported.connect(self._imported)
        self.import_job.failed.connect(lambda text: QMessageBox.warning(self, self.tr("Import registers"), text))
        self.import_job.cancelled.connect(lambda: self.show_message(self.tr("Import cancelled: nothing was imported.")))
        self.import_progress = ImportProgress(self.import_job, self)
        data_jobs.track(self.import_job)  # the window closes after it (closeEvent): Qt aborts under a running thread
        self.import_job.start()
        return self.import_job

    def _imported(self, result: dict) -> None:
        for page in self.pages.values():
            if isinstance(page, RecordsPage):
                page.refresh()
        self.show_message(self.tr("Imported {n} records ({outgoing} outgoing, {incoming} incoming).").format(
            n=f"{result['imported']:,}", outgoing=f"{result['outgoing']:,}", incoming=f"{result['incoming']:,}"))

    def import_org_chart(self, path: str | None = None) -> bool:
        """The county's leaders and portfolios from a JSON or XLSX file (docs/org-chart.md), confirmed by
        name; every open form then routes with them."""
        from desktop_app.ui.org_import import import_org_file

        org = import_org_file(self, self.registry, path)
        if org is None:
            return False
        self.office_changed("org")
        self.show_message(self.tr("Org chart imported: {count} people of {county}").format(
            count=len(org.people), county=org.county))
        return True

    # ---- 设置 and the first run ----------------------------------------------------------------------
    def _settings_page(self) -> QWidget:
        from desktop_app.ui.settings import SettingsPage

        page = SettingsPage(self.registry)
        page.changed.connect(lambda what: self.office_changed(what, from_settings=True))
        return page

    def settings_page(self) -> QWidget:
        """The 设置 page itself (built now if it was never shown)."""
        return self.pages["settings"].page()

    def show_settings(self, section: str = "org") -> QWidget:
        self.go_to("settings")
        return self.settings_page().show_section(section)

    def _fill_settings_menu(self) -> None:
        if self.settings_menu.actions():
            return
        from desktop_app.ui.settings import SECTION_KEYS

        titles = self.settings_page().titles()
        for key in SECTION_KEYS:
            action = self.settings_menu.addAction(titles[key])
            action.triggered.connect(lambda _c=False, k=key: self.show_settings(k))
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.wizard_action)

    def open_first_run(self) -> QWidget | None:
        """The first-run wizard over the window (an empty registry); once set up, says so instead."""
        if self.registry.org_chart() is not None:
            self.show_settings("org")
            self.show_message(self.tr("This registry is set up already: change it here, under Settings."))
            return None
        from desktop_app.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.registry, self)
        wizard.set_up.connect(self._set_up)
        wizard.open()  # window-modal, and start-up goes on to the event loop
        self.first_run = wizard
        return wizard

    def _set_up(self) -> None:
        self.office_changed("org")
        self.go_to("outgoing")
        self.show_message(self.tr("The registry is set up: register the first document with New… (Ctrl+N)."))

    def office_changed(self, what: str = "", *, from_settings: bool = False) -> None:
        """The org chart, series, holidays or county changed: open forms route with them at once."""
        for page in self.pages.values():
            if isinstance(page, RecordsPage):
                if what == "data":  # restored from a backup: every list shows the restored records
                    page.refresh()
                form = page.form
                if form is not None and isValid(form) and hasattr(form, "reload"):
                    form.reload()
        if what == "data" and hasattr(self, "notice"):
            self.notice.clear()  # restored: a damage notice is out of date
        settings = self.pages.get("settings")
        if isinstance(settings, LazyPage) and settings.built and not from_settings:
            settings.page().refresh_shown()
        self.update_status()

    def others_changed(self) -> None:
        """Another clerk committed (ui/change_watch.py): the lists and the page in view read again; a form
        being filled in is left alone."""
        for page in self.pages.values():
            if isinstance(page, RecordsPage):
                page.refresh()
        current = self.current_page()
        shown = current.page() if isinstance(current, LazyPage) and current.built else current
        if shown is not None and not isinstance(shown, RecordsPage) and hasattr(shown, "refresh"):
            shown.refresh()
        self.update_status()

    def bring_forward(self) -> None:
        """A second start on this database asked for this window (ui/single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), f"{APP_DISPLAY_NAME} DocRoute {VERSION}")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        unsaved = [p for p in self.pages.values() if isinstance(p, RecordsPage) and p.has_unsaved_form()]
        if unsaved:  # ask about each filled registration form first; the window closes after the answers
            event.ignore()
            self._ask_then_close(unsaved)
            return
        if data_jobs.running():  # a backup, check or restore under way: closed when it has finished
            event.ignore()
            if self.closing_notice is None or not self.closing_notice.closing:
                self.closing_notice = data_jobs.ClosingNotice(self)
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_key())
        if self.restore_job is not None:
            self.restore_job.wait()  # never leave a restore half-run behind a closed window
        self.counter.stop()
        super().closeEvent(event)

    def _ask_then_close(self, pages: list) -> None:
        if not pages:
            self.close()  # every form is saved or discarded now: closes without asking again
            return
        self.go_to(next(key for key, page in self.pages.items() if page is pages[0]))
        pages[0].leave_form(lambda: self._ask_then_close(pages[1:]))

    def _restore_settings(self) -> None:
        """The size, place and page the clerk left the window with (QSettings: identity.py names)."""
        settings = QSettings()
        page = settings.value("window/page", "incoming")
        self.nav.setCurrentRow(PAGE_KEYS.index(page) if page in PAGE_KEYS else 0)
        geometry = settings.value("window/geometry")
        if not (geometry and self.restoreGeometry(geometry)):
            self._fit_to_screen()

    def _escape(self) -> None:
        if self._page_command("escape")[0]:
            return
        page = self._records_page()
        if page is None:
            return
        if not page.showing_list():
            page.back_to_list()
        elif page.search.edit.text():
            page.search.edit.clear()
            page.search.emit_query()


def _office_page(key: str, registry: Any, heading: str, counter: RecordCounter) -> QWidget:
    from desktop_app.ui.office import pages  # imported when the page is first shown, not at start-up

    return pages.build(key, registry, heading, counter)


def _seals_page(registry: Any, heading: str) -> QWidget:
    from desktop_app.ui.seal_page import SealsPage  # imported when 用印 is first shown, not at start-up

    return SealsPage(registry, heading)


def last_backup(registry: Any) -> datetime | None:
    """When the newest backup was written (`Registry.last_backup` names the file)."""
    path = registry.last_backup()
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime) if path else None
    except OSError:  # pruned or moved since
        return None
