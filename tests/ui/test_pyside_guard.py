"""The guard that keeps PySide6 6.12 on Python 3.11 from aborting after a few thousand Qt calls."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from desktop_app.ui.pyside_guard import protect_none


def test_many_void_qt_calls_do_not_exhaust_none(qapp):
    protect_none()
    label = QLabel()
    for _ in range(20_000):  # about four times what killed an unguarded process
        label.setText("收文")
    assert sys.getrefcount(None) > 1_000_000


def test_the_guard_is_applied_once(qapp):
    protect_none()
    assert protect_none() is False
