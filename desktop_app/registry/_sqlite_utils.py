"""sqlite-utils, imported without numpy and pandas.

sqlite-utils imports numpy and pandas, when they are installed, only to map their number types to
SQLite column types. The registry never stores such values, and importing numpy cost about 0.1 s of
every start of the window (docs/window.md). The package imports this module first, so that the first
import of sqlite-utils happens here; numpy and pandas stay importable for anyone else afterwards."""
from __future__ import annotations

import sys
from types import ModuleType


def _import_without_numpy() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # `import numpy` now raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_without_numpy()
