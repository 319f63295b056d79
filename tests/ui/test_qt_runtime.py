"""The installed Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 loses one
per void call (setText, timer.start, processEvents) and the window aborts after ~5,400 of them with
"none_dealloc". setup.cfg excludes that release; this test catches it or any like it coming back."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    label.setText("收文")
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("收文")
    assert before - sys.getrefcount(None) < 100
