"""What the window says about backups, and the restore it offers.

`BackupNotice` is a banner above the pages: a failed automatic backup (the clerk keeps working) or a
damaged database (restore the newest good backup from File → Restore from backup…). It names menus,
never commands. `RestoreJob` runs a restore on its own connection in a thread: the registry swaps the
verified copy in as one transaction, so the window's own connection simply sees the restored records."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry.engine import location_of

_STYLES = {"warning": "background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e0c36a;",
           "danger": "background: #fde7e9; color: #5c0a12; border-bottom: 1px solid #e8a0a8;"}


class BackupNotice(QLabel):
    """A banner that stays until the cause is gone (a backup made, a restore done)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupNotice")
        self.setWordWrap(True)
        self.setContentsMargins(12, 8, 12, 8)
        self.kind = ""
        self.hide()

    def show_backup_failed(self, reason: str) -> None:
        if self.kind == "danger":
            return  # the damage notice says more, and stays
        self._show("warning", self.tr(
            "Today's automatic backup did not complete ({reason}). Your work is saved as usual; free some "
            "disk space, then use File → Back up now.").format(reason=reason))

    def show_damaged(self, problem: str, good_backup: str) -> None:
        if good_backup:
            text = self.tr(
                "The database is damaged: checking the daily backup found “{problem}”. Daily backups have "
                "stopped so that the good ones are kept. Restore the newest good backup, {name}, with "
                "File → Restore from backup…, then enter again what changed since then.").format(
                problem=problem, name=Path(good_backup).name)
        else:
            text = self.tr(
                "The database is damaged: checking the daily backup found “{problem}”. Daily backups have "
                "stopped. Restore a good backup with File → Restore from backup…").format(problem=problem)
        self._show("danger", text)

    def clear(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel#backupNotice {{ {_STYLES[kind]} }}")
        self.setText(text)
        self.show()


class RestoreJob(QThread):
    """Restores `source` into the database at `db_path` on a connection of its own."""

    restored = Signal(dict)
    failed = Signal(str)

    def __init__(self, db_path: Path, source: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = location_of(db_path)
        self.source = Path(source)

    def run(self) -> None:
        from desktop_app.registry import Registry

        try:
            with Registry.open(self.db_path, auto_backup=False) as registry:
                result = registry.restore(self.source)
        except DocRouteError as error:
            self.failed.emit(error.window_line())
            return
        self.restored.emit(result)
