"""File → Import registers…: an Excel/CSV register read, checked and written in a thread of its own
(registry.import_file on its own connection), with a progress dialog whose Cancel stops it. Nothing
is imported unless every row is good; a cancelled import leaves the database as it was."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry.engine import location_of


class Cancelled(Exception):
    """Raised from the progress callback: the registry rolls the import back."""


class ImportJob(QThread):
    """Imports `source` into the database at `db_path`; `progress(phase, done, total)` as it goes."""

    progress = Signal(str, int, int)
    imported = Signal(dict)
    failed = Signal(str)
    cancelled = Signal()

    kind = "import"  # what closing the window waits for (ui/data_jobs.ClosingNotice)

    def __init__(self, db_path: Path, source: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path, self.source = location_of(db_path), Path(source)
        self._stop = False

    def cancel(self) -> None:
        self._stop = True

    def _step(self, phase: str, done: int, total: int) -> None:
        if self._stop:
            raise Cancelled
        self.progress.emit(phase, done, total)

    def run(self) -> None:
        from desktop_app.registry import Registry

        try:
            with Registry.open(self.db_path, auto_backup=False) as registry:
                result = registry.import_file(self.source, progress=self._step)
        except Cancelled:
            self.cancelled.emit()
            return
        except DocRouteError as error:
            self.failed.emit(error.window_line())
            return
        self.imported.emit(result)


class ImportProgress(QProgressDialog):
    """The dialog of one ImportJob: 'Reading and checking rows…' then 'Writing…', with Cancel."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reading and checking the rows of {name}…").format(name=job.source.name),
                         self.tr("Cancel"), 0, 0, parent)
        self.job = job
        self.setWindowTitle(self.tr("Import registers"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(self._cancel)
        job.progress.connect(self.show_progress)
        for signal in (job.imported, job.failed, job.cancelled):
            signal.connect(self._finish)

    def show_progress(self, phase: str, done: int, total: int) -> None:
        if phase == "write":
            self.setLabelText(self.tr("All rows are good. Writing {total} records…").format(total=f"{total:,}"))
        else:
            self.setLabelText(self.tr("Reading and checking rows: {done}…").format(done=f"{done:,}"))
        self.setMaximum(total)
        self.setValue(min(done, total) if total else 0)

    def _finish(self, *_: object) -> None:
        self.canceled.disconnect(self._cancel)  # closing a progress dialog also emits canceled
        self.close()

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling: nothing will be imported…"))
        self.job.cancel()
