"""设置 → 数据与备份: the database in use, the backup folder, 立即备份, 从备份恢复… (the file is checked before
anything is replaced, and what is wrong with it is named; the replaced database is kept), the backups
with their verification state, and 检查数据库 with a readable result. Everything goes through the
Registry facade (backup, restore, check) and registry/safety.py: a backup is verified before it gets its
dated name (safety.backup), a restore migrates and verifies a candidate copy before the swap (restore.py,
run in a thread by ui/backup_notice.RestoreJob, as 文件 → 从备份恢复… does)."""
from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QApplication, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QTextBrowser, QWidget)

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry import chunkstore, safety
from desktop_app.ui.settings.common import Section, item, selected_data, table

NAME, WHEN, SIZE, STATE = range(4)


def _size(path: Path) -> str:
    """What restoring a backup gives back (a chunked backup's whole database), or a file's own size."""
    try:
        size = safety.database_size(path) if path.name.endswith(".backup.json") else path.stat().st_size
    except OSError:
        return "—"
    return _mb(size)


def _mb(size: int) -> str:
    return f"{size / 1_048_576:,.1f} MB" if size >= 1_048_576 else f"{size / 1024:,.0f} KB"


class DataSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Data and backups"), self.tr(
            "DocRoute backs the database up once a day and before every update of its structure, keeping the "
            "newest few, one a day for a week, one a week for five weeks and one a month for a year. Backups "
            "share what has not changed and are compressed. A restore checks the backup first and keeps the "
            "database it replaces."), parent)
        self.database = QLabel(self)
        self.database.setObjectName("databaseInUse")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLabel(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open folder"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backup_folder()))))
        backup = QPushButton(self.tr("Back up now"), self)
        backup.setObjectName("backupNow")
        backup.clicked.connect(lambda: self.backup_now())
        restore = QPushButton(self.tr("Restore from backup…"), self)
        restore.setObjectName("restore")
        restore.clicked.connect(lambda: self.restore())
        check = QPushButton(self.tr("Check database"), self)
        check.setObjectName("checkDatabase")
        check.clicked.connect(lambda: self.check())
        verify = QPushButton(self.tr("Verify selected backup"), self)
        verify.setObjectName("verifyBackup")
        verify.clicked.connect(lambda: self.verify_selected())
        self.backups = table([self.tr("Backup"), self.tr("Made"), self.tr("Size"), self.tr("Verified")], self,
                             stretch=STATE)
        self.backups.setObjectName("backupTable")
        self.result = QTextBrowser(self)
        self.result.setObjectName("checkResult")
        self.result.setMaximumHeight(self.fontMetrics().height() * 8)
        self.space = QLabel(self)
        self.space.setObjectName("backupSpace")
        self.space.setWordWrap(True)
        self._verified: dict[str, str] = {}
        self.verify_button, self.restore_button, self.backup_button = verify, restore, backup
        change = QPushButton(self.tr("Change…"), self)
        change.setObjectName("changeDatabase")
        change.clicked.connect(lambda: self.choose_database())
        self.choice_dialog: Any = None
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(change)
        form = QFormLayout()
        form.addRow(self.tr("Database in use"), database_row)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(self.tr("Space used"), self.space)
        buttons = QHBoxLayout()
        for button in (backup, restore, check, verify):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(form)
        self.body.addLayout(buttons)
        self.body.addWidget(self.backups, 1)
        self.body.addWidget(self.result)
        if self.on_server:
            self._for_a_server()

    def choose_database(self, *, show: bool = True) -> Any:
        """设置's choice of the database this PC opens (a file or the office's server), in a dialog."""
        from desktop_app.ui.settings.database_choice import DatabaseChoiceDialog

        if self.choice_dialog is None:
            self.choice_dialog = DatabaseChoiceDialog(self)
        if show:
            self.choice_dialog.open()
        return self.choice_dialog

    @property
    def on_server(self) -> bool:
        return self.registry.engine != "sqlite"

    def _for_a_server(self) -> None:
        """A server is backed up with pg_dump (this PC can make one when pg_dump is installed) and restored
        by the administrator into an empty database (docs/server.md)."""
        from desktop_app.registry.server_backup import find_tool

        found = find_tool("pg_dump")
        self.explanation.setText(self.tr(
            "The database is on the office's server: the administrator backs it up there with pg_dump every day "
            "and restores a backup into a new, empty database. This PC can also make a pg_dump backup now.")
            if found else self.tr(
            "The database is on the office's server: the administrator backs it up there with pg_dump every day "
            "and restores a backup into a new, empty database. Install PostgreSQL's client tools (pg_dump) to "
            "back it up from this PC too."))
        self.backup_button.setText(self.tr("Back up now (pg_dump)"))
        self.backup_button.setEnabled(found is not None)
        self.restore_button.setEnabled(False)
        self.verify_button.setEnabled(False)

    def backup_folder(self) -> Path:
        if self.on_server:
            from desktop_app.registry.server_backup import default_folder

            return default_folder(self.registry.db)
        return safety.backups_dir(Path(self.registry.path))

    def backup_files(self) -> list[Path]:
        """The backups beside the database, newest first (the daily and manual ones, the kept replaced ones)."""
        if self.on_server:
            folder = self.backup_folder()
            files = folder.glob("*.dump") if folder.is_dir() else []
        else:
            files = safety.backup_files(Path(self.registry.path))
        return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)

    def state(self, path: Path) -> str:
        """How far a backup can be trusted: checked here, checked when made (dated names), or unknown."""
        if str(path) in self._verified:
            return self._verified[str(path)]
        stem = Path(self.registry.path).stem
        if path.name.startswith(f"{stem}-replaced"):
            return self.tr("kept when a restore replaced the database")
        if path.name[len(stem) + 1:][:8].isdigit() and path.name.startswith(f"{stem}-20"):
            return self.tr("verified when made")
        return self.tr("not verified yet")

    def refresh(self) -> None:
        from desktop_app.ui.settings.database_choice import describe

        if self.on_server:
            self.database.setText(describe(self.registry))
        else:
            path = Path(self.registry.path)
            self.database.setText(f"{path}　（{_size(path)}）")
        self.folder.setText(str(self.backup_folder()))
        self.space.setText(self.space_text(self.registry.backup_space()))
        files = self.backup_files()
        self.backups.setRowCount(len(files))
        for row, file in enumerate(files):
            made = datetime.fromtimestamp(file.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            for column, text in ((NAME, file.name), (WHEN, made), (SIZE, _size(file)),
                                 (STATE, self.state(file))):
                self.backups.setItem(row, column, item(text, str(file)))

    def space_text(self, used: dict) -> str:
        """The bytes the backups take on disk (their shared chunks counted once), against the database."""
        if not used["backups"]:
            return self.tr("No backups yet.")
        text = self.tr("%1 on disk for %2 backups (%3× the database; %4 as separate full copies)")
        return (text.replace("%1", _mb(used["bytes"])).replace("%2", str(used["backups"]))
                .replace("%3", f"{used['times_the_database'] or 0:.2f}")
                .replace("%4", _mb(used.get("as_full_copies_bytes", used["bytes"]))))

    # ---- actions ---------------------------------------------------------------------------------
    def backup_now(self) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = self.attempt(lambda: self.registry.backup(), "", "data")
        finally:
            QApplication.restoreOverrideCursor()
        if target:
            self.show_ok(self.tr("Backed up to %1").replace("%1", str(target)))
        return target or None

    def verify(self, path: Path) -> str:
        """What is wrong with a backup, in words, or "" when it is a sound DocRoute database (every page)."""
        from desktop_app.registry.database import inspect_file
        from desktop_app.registry.verify import page_problems

        chosen = Path(path)
        try:
            with safety.plain_copy(chosen) as path:  # a chunked backup is reassembled to be checked
                info = inspect_file(path)
                pages = page_problems(path, "quick_check") if not info["new"] else [self.tr("an empty database")]
                problem = "" if pages == ["ok"] else self.tr("the file is damaged (%1)").replace("%1", pages[0])
                records = self._records_in(path) if not problem else 0
        except DocRouteError as error:  # the headline names what is wrong; what to do is said by the caller
            problem = error.message
        if not problem:
            self._verified[str(chosen)] = self.tr("good: %1 records, structure %2").replace(
                "%1", f"{records:,}").replace("%2", info["applied"][-1])
            return ""
        self._verified[str(chosen)] = self.tr("unusable: %1").replace("%1", problem)
        return problem

    @staticmethod
    def _records_in(path: Path) -> int:
        from desktop_app.registry.database import read_only

        conn = read_only(path)
        try:
            return conn.execute("SELECT count(*) FROM records").fetchone()[0]
        finally:
            conn.close()

    def verify_selected(self) -> bool:
        path = selected_data(self.backups)
        if path is None:
            self.show_error(self.tr("Select a backup in the list first."))
            return False
        problem = self.verify(Path(path))
        self.refresh()
        if problem:
            self.show_error(problem)
            return False
        self.show_ok(self._verified[path])
        return True

    def restore(self, path: str | None = None, *, confirm: bool = True) -> Any:
        """Names what is wrong with the file and stops; else asks, then restores in a thread (the backup is
        migrated and verified as a copy first; the replaced database is kept). Returns the RestoreJob."""
        from desktop_app.registry.database import inspect_file
        from desktop_app.ui.backup_notice import RestoreJob

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), str(self.backup_folder()),
                                                  self.tr("DocRoute backups (*.backup.json *.sqlite)"))
            if not path:
                return None
        try:  # what can be told at once, before asking anything (the pages are checked on the copy)
            if path.endswith(".backup.json"):  # its chunks are read and checked when it is restored
                chunkstore.read(Path(path))
                problem = ""
            else:
                info = inspect_file(Path(path))
                problem = self.tr("it is an empty database") if info["new"] else ""
        except DocRouteError as error:
            problem = error.message
        if problem or not Path(path).is_file():
            self._verified[str(path)] = self.tr("unusable: %1").replace("%1", problem or path)
            self.refresh()
            self.show_error(self.tr("Not restored, the database in use is unchanged: %1. Choose another backup.")
                            .replace("%1", (problem or path).rstrip("。")))
            return None
        if confirm and QMessageBox.question(self, self.tr("Restore from backup"), self.tr(
                "Replace the database in use by the backup {name}? The backup is checked first; if anything is "
                "wrong, nothing changes. The database in use is kept in the backup folder.").format(
                name=Path(path).name)) != QMessageBox.StandardButton.Yes:
            return None
        job = RestoreJob(Path(self.registry.path), Path(path), self)
        job.restored.connect(self._restored)
        job.failed.connect(self._restore_failed)
        self.show_ok(self.tr("Checking the backup and restoring it…"))
        job.start()
        self.job = job
        return job

    def _restored(self, result: dict) -> None:
        self.refresh()
        self.show_ok(self.tr("Restored from %1. The database it replaced is kept as %2.").replace(
            "%1", Path(result["restored_from"]).name).replace("%2", Path(result["replaced_saved_as"]).name))
        self.changed.emit("data")

    def _restore_failed(self, text: str) -> None:
        self.refresh()
        self.show_error(text)

    def check(self) -> dict | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.attempt(lambda: self.registry.check(), "")
        finally:
            QApplication.restoreOverrideCursor()
        if not result:
            return None
        self.result.setHtml(self.readable(result))
        (self.show_ok if result["ok"] else self.show_error)(
            self.tr("The database is in order.") if result["ok"] else self.tr("The check found problems (below)."))
        QSettings().setValue("data/last_check", datetime.now().isoformat(timespec="seconds"))
        return result

    def readable(self, result: dict) -> str:
        """The check's findings as a short list a clerk can read (the JSON is what `docroute check` prints)."""
        good, bad = "✔", "✘"
        seal = result.get("seal_ledger") or {}
        pages = (self.tr("Pages kept intact by the database server") if result.get("page_check") == "server"
                 else self.tr("Pages of the file intact"))
        lines = [(result.get("page_check") == "server" or result.get("integrity") == ["ok"], pages),
                 (not result.get("schema"), self.tr("Structure as this version expects")),
                 (not result.get("foreign_keys"), self.tr("Every reference points to an existing record")),
                 (not result.get("number_gaps") and not result.get("numbering"),
                  self.tr("Document numbers without gaps, each on its record")),
                 ((result.get("search_index") or {}).get("ok", True), self.tr("Search index matches the records")),
                 (not result.get("attachments"), self.tr("Attachments present and unchanged")),
                 (seal.get("ok", True) is not False, self.tr("Seal ledger unaltered") if seal.get("checked", True)
                  else self.tr("Seal ledger: not part of this version yet"))]
        rows = [f"{good if ok else bad} {label}" for ok, label in lines]
        rows += [f"　· {escape(str(problem))}" for problem in result.get("problems", [])[:10]]
        records = result.get("records")
        rows.append(self.tr("%1 records; structure version %2.").replace(
            "%1", f"{records:,}" if isinstance(records, int) else "?").replace("%2", str(result.get("schema_version"))))
        if not result["ok"]:
            rows.append(self.tr("Restore the newest good backup with “Restore from backup…” above, or ask "
                                "for support."))
        return "<br>".join(rows)
