"""The Qt side of registry/changes.py: asks the registry's watcher every two seconds whether another
clerk has committed, and says so with `changed`, which the window answers by reading its open lists
and 待办 again (MainWindow.others_changed). The watcher never raises; a stopped watch asks nothing."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

INTERVAL_MS = 2000


class ChangeWatch(QObject):
    changed = Signal()

    def __init__(self, registry: Any, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.watcher = registry.changes()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        if self.watcher is not None and self.watcher.changed():
            self.changed.emit()
            return True
        return False

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
