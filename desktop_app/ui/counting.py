"""Exact match counts for the lists, computed off the window's thread.

The list shows its first rows at once and never waits for a count; counting every match of a common
word takes about a second at a million records. A counter thread with its own registry connection
(SQLite connections belong to one thread) answers the newest request only, and the page shows the
number when it arrives, if the clerk has not typed something else meanwhile."""
from __future__ import annotations

import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.record_list import ListQuery


class RecordCounter(QObject):
    """`request(query)`; `counted(query, n)` arrives later on the window's thread."""

    counted = Signal(object, int)

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._requests: queue.Queue[ListQuery | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def request(self, query: ListQuery) -> None:
        if self._thread is None:
            # A daemon: it only reads, so ending it mid-count at exit loses nothing.
            self._thread = threading.Thread(target=self._work, name="docroute-counter", daemon=True)
            self._thread.start()
        self._requests.put(query)

    def stop(self) -> None:
        if self._thread is not None:
            self._requests.put(None)
            self._thread.join(timeout=5)
            self._thread = None

    def _work(self) -> None:
        from desktop_app.domain.errors import DocRouteError
        from desktop_app.registry import Registry

        try:
            registry = Registry.open(self.db_path, auto_backup=False)
        except DocRouteError:
            return  # the window has its own connection and says what is wrong; counts just do not appear
        try:
            while True:
                query = self._requests.get()
                while not self._requests.empty():  # only the newest question matters
                    query = self._requests.get()
                if query is None:
                    return
                self.counted.emit(query, registry.count(query.text, **query.registry_args()))
        finally:
            registry.close()
