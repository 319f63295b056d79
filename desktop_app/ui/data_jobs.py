"""The long work on the whole database that the window starts — 立即备份 (设置 → 数据与备份 and 文件 → 立即备份),
检查数据库, 校验所选备份 — each in a thread of its own, so that the window paints and answers meanwhile: at
a million records a backup takes 9–22 s, a check 24 s, and a window that paints nothing that long is marked
"未响应" (and killed by a clerk who thinks it crashed).

A job opens a registry connection of its own (a SQLite connection belongs to one thread; a server URL
signs in with the password engine/postgres.py remembers), runs one call of the registry on it, and emits
`ended(job)` with `result` or `error` set: a DocRouteError, which the window words exactly as it did when
the call ran on its own thread. Anything else is a bug: it reaches the crash handler (logged, a calm
message) as any exception in a QThread does, and both stay None.

Every job started is known here: the window does not close under a running one (MainWindow.closeEvent
closes it when the job ends), and Session.close and the interpreter's exit wait for them — Qt aborts a
process that ends under a running QThread, and a backup must finish its manifest to count.
The QThread was chosen over threading.Thread for the reason counting.py gives."""
from __future__ import annotations

import atexit
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry.engine import location_of

_STARTED: list[QThread] = []


class DataJob(QThread):
    """Runs `work(registry)` on a connection of its own to `location` (or `work(None)` when the job reads
    files only). `kind` says which: "backup", "check", "verify"."""

    ended = Signal(object)  # the job itself, on the window's thread, after `result` or `error` is set
    waiting = Signal()      # a backup: another one is being made (the daily backup); this one follows it

    def __init__(self, kind: str, location: Path | str | None, work: Callable[[Any], Any], *,
                 subject: Path | None = None) -> None:
        # Owned by the application, not by a widget: a window or section deleted while the job runs
        # must not take the running thread with it.
        super().__init__(QCoreApplication.instance())
        self.kind = kind
        self.location = None if location is None else location_of(location)
        self.work = work
        self.subject = subject  # the file a job reads instead of the database (the backup verified)
        self.result: Any = None
        self.error: DocRouteError | None = None

    def start(self, *args: Any) -> None:
        track(self)
        super().start(*args)

    def run(self) -> None:
        from desktop_app.registry import Registry

        try:
            if self.location is None:
                self.result = self.work(None)
            else:
                with Registry.open(self.location, auto_backup=False) as registry:
                    self.result = self.work(registry)
        except DocRouteError as error:
            self.error = error
        finally:
            self.ended.emit(self)


def backup(location: Path | str) -> DataJob:
    """立即备份: `registry.backup()` (result: the backup's path); `waiting` while another backup is made."""
    job = DataJob("backup", location, lambda registry: registry.backup(waiting=job.waiting.emit))
    return job


def check(location: Path | str) -> DataJob:
    """检查数据库: `registry.check()` (result: what `docroute check` prints)."""
    return DataJob("check", location, lambda registry: registry.check())


def check_backup(path: Path) -> DataJob:
    """校验所选备份: `safety.check_backup(path)` (result: a BackupCheck); reads the backup's files only."""
    from desktop_app.registry import safety

    return DataJob("verify", None, lambda _none: safety.check_backup(Path(path)), subject=Path(path))


class ClosingNotice(QProgressDialog):
    """What closing the window under a running job shows: what is under way, that the window closes as
    soon as it has finished (then it does), and a button to keep the window open instead."""

    POLL_MS = 100

    def __init__(self, window: QWidget) -> None:
        super().__init__("", self.tr("Keep the window open"), 0, 0, window)
        self.setObjectName("closingNotice")
        self.setWindowTitle(self.tr("Closing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)  # nothing new starts while it closes
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.window_to_close = window
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.canceled.connect(self.keep_open)
        self.closing = True
        self.poll()
        self.timer.start()
        self.show()

    def poll(self) -> None:
        jobs = running()
        if jobs:
            self.setLabelText(self.tr("%1 is still under way. The window closes as soon as it has finished.")
                              .replace("%1", self.tr(", ").join(self.name(job) for job in jobs)))
            return
        self.timer.stop()
        self.hide()
        if self.closing:
            self.closing = False
            self.window_to_close.close()

    def keep_open(self) -> None:
        self.closing = False
        self.timer.stop()
        self.hide()

    def name(self, job: QThread) -> str:
        kind = getattr(job, "kind", "restore")  # a RestoreJob (ui/backup_notice.py) has no kind
        return {"backup": self.tr("The backup"), "check": self.tr("The database check"),
                "verify": self.tr("The check of a backup"), "import": self.tr("The import")}.get(kind, self.tr("The restore"))


def track(job: QThread) -> QThread:
    """Counts `job` among the running ones (a RestoreJob too), so that nothing ends under it."""
    _STARTED[:] = [started for started in _STARTED if _alive(started)]
    _STARTED.append(job)
    return job


def running() -> list[QThread]:
    """The jobs whose thread has not ended yet."""
    return [job for job in _STARTED if _alive(job)]


def wait_for_all() -> None:
    """Blocks until every job has ended (at the end of a session: no event loop is left to wait in)."""
    for job in list(_STARTED):
        if _alive(job):
            job.wait()
    _STARTED.clear()


def _alive(job: QThread) -> bool:
    try:
        return job.isRunning()
    except RuntimeError:  # its Qt object is gone (the application was destroyed), and its thread with it
        return False


atexit.register(wait_for_all)
