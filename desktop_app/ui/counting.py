"""Exact match counts for the lists, computed off the window's thread.

The list shows its first rows at once and never waits for a count; counting every match of a common
word takes about a second at a million records. A counter thread with its own registry connection
(SQLite connections belong to one thread) answers the newest request only, and the page shows the
number when it arrives, if the clerk has not typed something else meanwhile.

The thread is a QThread, not a threading.Thread: a signal emitted from a thread Qt did not start
crashed the test run now and then (PySide6 6.12), while a QThread's signals are queued safely."""
from __future__ import annotations

import atexit
import queue
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from desktop_app.registry.engine import location_of
from desktop_app.ui.record_list import ListQuery

START_DELAY_MS = 300


class _CounterThread(QThread):
    counted = Signal(object, int)

    def __init__(self, db_path: Path, requests: "queue.Queue[ListQuery | None]") -> None:
        super().__init__()
        self.db_path = db_path
        self.requests = requests

    def run(self) -> None:
        from desktop_app.domain.errors import DocRouteError
        from desktop_app.registry import Registry

        try:
            registry = Registry.open(self.db_path, auto_backup=False)
        except DocRouteError:
            return  # the window has its own connection and says what is wrong; counts just do not appear
        try:
            while True:
                query = self.requests.get()
                while not self.requests.empty():  # only the newest question matters
                    query = self.requests.get()
                if query is None:
                    return
                try:
                    # A page with its own kind of question (查询: ui/office/query_form.py) says how to count it.
                    total = query.count_in(registry) if hasattr(query, "count_in") else \
                        registry.count(query.text, **query.registry_args())
                except Exception:  # noqa: BLE001 — a count is a nicety: the list works without it,
                    continue        # and a dialog cannot be raised from this thread
                self.counted.emit(query, total)
        finally:
            registry.close()


class RecordCounter(QObject):
    """`request(query)`; `counted(query, n)` arrives later on the window's thread."""

    counted = Signal(object, int)

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = location_of(db_path)
        self._requests: queue.Queue[ListQuery | None] = queue.Queue()
        self._thread: _CounterThread | None = None
        # Qt aborts a process that ends under a running QThread; a window closed normally stops it
        # first (MainWindow.closeEvent), this covers every other way out (a script, a test run).
        atexit.register(self._stop_at_exit)

    def request(self, query: ListQuery) -> None:
        if self._thread is None:
            self._thread = _CounterThread(self.db_path, self._requests)
            self._thread.counted.connect(self.counted)
            # The first request comes while the window paints for the first time: let that finish.
            QTimer.singleShot(START_DELAY_MS, self, lambda thread=self._thread: self._start(thread))
        self._requests.put(query)

    def _start(self, thread: _CounterThread) -> None:
        if thread is self._thread and not thread.isRunning():
            thread.start()

    def _stop_at_exit(self) -> None:
        try:
            self.stop()
        except RuntimeError:  # the Qt object is already gone, and its thread with it
            pass

    def stop(self) -> None:
        """Ends the thread after the count in progress (a count is a read: nothing is left half done)."""
        thread, self._thread = self._thread, None
        if thread is not None and thread.isRunning():
            self._requests.put(None)
            thread.wait()
        self._requests = queue.Queue()  # a thread that never started leaves its questions unanswered
