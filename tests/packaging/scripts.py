"""Imports the build scripts of packaging/ by path: that folder is deliberately not a Python package
(an importable `packaging` would shadow the PyPI package of that name that pip and pytest use)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:  # build_deb imports fill_templates the way it does when run
        sys.path.append(str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
