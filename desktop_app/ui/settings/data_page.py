"""设置 → 数据与备份: the database in use, the backup folder, 立即备份, 从备份恢复… (the file is checked before
anything is replaced, and what is wrong with it is named; the replaced database is kept), the backups
with their verification state, and 检查数据库 with a readable result. Everything goes through the
Registry facade (backup, restore, check) and registry/safety.py: a backup is verified before it gets its
dated name (safety.backup), a restore migrates and verifies a candidate copy before the swap (restore.py,
run in a thread by ui/backup_notice.RestoreJob, as 文件 → 从备份恢复… does).

立即备份, 检查数据库 and 校验所选备份 run in threads too (ui/data_jobs.py): the section says what is under way
and disables only the buttons that would conflict with it (CONFLICTS); the rest of the window stays in use.
The result is shown when the job ends, in the same words as when it ran on the window's thread."""
from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton,
                               QTextBrowser, QWidget)

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry import chunkstore, safety
from desktop_app.ui import data_jobs
from desktop_app.ui.settings.common import Section, explain, item, selected_data, table

NAME, WHEN, SIZE, STATE = range(4)
# What cannot run beside what: a restore replaces the database the others read; a backup's rotation may
# remove the backup being verified; a second backup or check would only repeat the first. A check and a
# backup, or a check and a verification, read different things (or a snapshot) and may run together.
CONFLICTS = {"backup": {"backup", "verify", "restore"}, "verify": {"verify", "backup", "restore"},
             "check": {"check", "restore"}, "restore": {"backup", "verify", "check", "restore"}}


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
        self.check_button = check
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
        self.jobs: dict[str, QThread] = {}  # kind -> the job under way
        self.job: QThread | None = None     # the newest job started here
        self._activity: dict[str, str] = {}
        self._usable = {"backup": True, "restore": True, "verify": True, "check": True}  # a server: fewer
        self.busy_bar, self.activity = self._activity_widgets()
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
        buttons.addSpacing(self.fontMetrics().horizontalAdvance("数"))
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.activity, 1)  # kept in place while hidden: the buttons do not stretch
        self.body.addLayout(form)
        self.body.addLayout(buttons)
        self.body.addWidget(self.backups, 1)
        self.body.addWidget(self.result)
        if self.on_server:
            self._for_a_server()

    def _activity_widgets(self) -> tuple[QProgressBar, QLabel]:
        """A busy bar and a line beside the buttons, shown while a job runs."""
        bar = QProgressBar(self)
        bar.setObjectName("dataBusy")
        bar.setRange(0, 0)  # no measure of how far: a backup or a check moves along, that is all
        bar.setTextVisible(False)
        bar.setFixedWidth(self.fontMetrics().horizontalAdvance("数据与备份"))
        activity = QLabel(self)
        activity.setObjectName("dataActivity")
        activity.setWordWrap(True)
        for widget in (bar, activity):  # their place is kept: nothing jumps when they show
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            widget.hide()
        return bar, activity

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
        self._usable.update(backup=found is not None, restore=False, verify=False)
        self._update_buttons()

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
    def backup_now(self) -> QThread | None:
        """立即备份, in a thread: the backup list and the message say how it went when it ends. Returns the
        job (None while a conflicting one runs)."""
        job = data_jobs.backup(self.registry.path)
        job.waiting.connect(self._backup_waits)
        return self._start("backup", job, self.tr("Backing up…"))

    def _backup_waits(self) -> None:
        if "backup" in self.jobs:
            self._say("backup", self.tr("Waiting for another backup (the daily one, say) to finish, then backing "
                                        "up…"))

    def _backed_up(self, job: Any) -> None:
        if job.error is not None:
            self.show_error(explain(job.error))
        elif job.result is not None:
            self.changed.emit("data")
            self.show_ok(self.tr("Backed up to %1").replace("%1", str(job.result)))

    def check(self) -> QThread | None:
        """检查数据库, in a thread: the readable list below the backups when it ends. Returns the job."""
        self.result.clear()
        return self._start("check", data_jobs.check(self.registry.path), self.tr("Checking the database…"))

    def _checked(self, job: Any) -> None:
        result = job.result
        if job.error is not None:
            self.show_error(explain(job.error))
        if not result:
            return
        self.result.setHtml(self.readable(result))
        (self.show_ok if result["ok"] else self.show_error)(
            self.tr("The database is in order.") if result["ok"] else self.tr("The check found problems (below)."))
        QSettings().setValue("data/last_check", datetime.now().isoformat(timespec="seconds"))

    def verify_selected(self) -> QThread | None:
        """校验所选备份, in a thread (a chunked backup is reassembled to be read): its state in the list and
        in the message when it ends. Returns the job."""
        path = selected_data(self.backups)
        if path is None:
            self.show_error(self.tr("Select a backup in the list first."))
            return None
        return self._start("verify", data_jobs.check_backup(Path(path)),
                           self.tr("Checking the backup %1…").replace("%1", Path(path).name))

    def _verified_backup(self, job: Any) -> None:
        if job.result is None:
            return
        path = str(job.subject)
        problem = self.verified(path, job.result)
        if problem:
            self.show_error(problem)
        else:
            self.show_ok(self._verified[path])

    def verified(self, path: str, found: "safety.BackupCheck") -> str:
        """Notes a backup's state for the list; what is wrong with it in words, or "" when it is sound."""
        if found.refused:
            problem = found.refused
        elif found.empty or found.pages != ("ok",):
            page = self.tr("an empty database") if found.empty else found.pages[0]
            problem = self.tr("the file is damaged (%1)").replace("%1", page)
        else:
            self._verified[path] = self.tr("good: %1 records, structure %2").replace(
                "%1", f"{found.records:,}").replace("%2", found.structure)
            return ""
        self._verified[path] = self.tr("unusable: %1").replace("%1", problem)
        return problem

    def restore(self, path: str | None = None, *, confirm: bool = True) -> Any:
        """Names what is wrong with the file and stops; else asks, then restores in a thread (the backup is
        migrated and verified as a copy first; the replaced database is kept). Returns the RestoreJob."""
        from desktop_app.registry.database import inspect_file
        from desktop_app.ui.backup_notice import RestoreJob

        if self._blocked("restore"):
            return None
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
        job = RestoreJob(Path(self.registry.path), Path(path), QCoreApplication.instance())  # outlives the section
        job.restored.connect(self._restored)
        job.failed.connect(self._restore_failed)
        job.finished.connect(self._restore_ended)
        self._begin("restore", job, self.tr("Checking the backup and restoring it…"))
        data_jobs.track(job)
        job.start()
        return job

    def _restored(self, result: dict) -> None:
        self._restore_ended()
        self.refresh()
        self.show_ok(self.tr("Restored from %1. The database it replaced is kept as %2.").replace(
            "%1", Path(result["restored_from"]).name).replace("%2", Path(result["replaced_saved_as"]).name))
        self.changed.emit("data")

    def _restore_failed(self, text: str) -> None:
        self._restore_ended()
        self.refresh()
        self.show_error(text)

    def _restore_ended(self) -> None:
        if "restore" in self.jobs:
            self._settle("restore")

    # ---- the jobs under way --------------------------------------------------------------------
    def busy(self) -> bool:
        """Whether a job started here is still under way."""
        return bool(self.jobs)

    def _start(self, kind: str, job: Any, doing: str) -> QThread | None:
        if self._blocked(kind):
            return None
        job.ended.connect(self._ended)
        self._begin(kind, job, doing)
        job.start()
        return job

    def _blocked(self, kind: str) -> bool:
        """A job that would conflict with `kind` is under way: say so (the button is disabled anyway)."""
        running = [other for other in self.jobs if kind in CONFLICTS[other]]
        if running:
            self.show_error(self.tr("Wait until the work under way has finished."))
        return bool(running)

    def _begin(self, kind: str, job: QThread, doing: str) -> None:
        self.jobs[kind] = self.job = job
        self.show_ok("")  # the outcome of the one before is not news any more
        self._say(kind, doing)

    def _ended(self, job: Any) -> None:
        """A DataJob has ended (on the window's thread): its outcome, shown as the call used to show it."""
        if self.jobs.get(job.kind) is not job:
            return
        self._settle(job.kind)
        {"backup": self._backed_up, "check": self._checked, "verify": self._verified_backup}[job.kind](job)
        self.refresh()  # the list and the space: a backup made, a rotation, a state checked

    def _settle(self, kind: str) -> None:
        self.jobs.pop(kind, None)
        self._activity.pop(kind, None)
        self._show_activity()

    def _say(self, kind: str, text: str) -> None:
        self._activity[kind] = text
        self._show_activity()

    def _show_activity(self) -> None:
        self.activity.setText("　".join(self._activity.values()))
        self.activity.setVisible(bool(self._activity))
        self.busy_bar.setVisible(bool(self._activity))
        self._update_buttons()

    def _update_buttons(self) -> None:
        buttons = {"backup": self.backup_button, "restore": self.restore_button, "verify": self.verify_button,
                   "check": self.check_button}
        for kind, button in buttons.items():
            button.setEnabled(self._usable[kind] and not any(kind in CONFLICTS[other] for other in self.jobs))

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
