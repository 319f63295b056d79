"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11 and older.

Measured here (PySide6 6.12.0, Python 3.11.7): every call of a void Qt method from Python —
`label.setText(…)`, `timer.start()`, `app.processEvents()` — returns None without taking a reference
to it, so None's reference count falls by one per call. After about 5,400 such calls the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None". The window would die within
minutes of ordinary use, and so would a long UI test run. From Python 3.12 on None is immortal and the
same bug is harmless.

The guard probes for the bug at start-up and, only where it is present, gives None the immortality
that 3.12 has: a reference count so high that no session can use it up (2**40 calls). Nothing else is
touched; None is a static object that is never freed, so a count that stays high changes nothing else."""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_RESERVE = 1 << 40
_PROBE_CALLS = 8


def void_calls_leak_none() -> bool:
    """True when calling a void Qt method from Python loses a reference to None."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def protect_none() -> bool:
    """Applies the guard where the bug is present; returns whether it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > _RESERVE // 2:  # already guarded in this process
        return False
    if not void_calls_leak_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
