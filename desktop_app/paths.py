"""Finds the shipped resources/ and db/ folders in a source tree, an installed wheel and a frozen bundle.

In a wheel they are mapped into the package as desktop_app/_resources and desktop_app/_db (setup.cfg);
in a PyInstaller bundle (sys.frozen) they sit under sys._MEIPASS, where packaging/docroute.spec puts
them, and nowhere else is looked at: a frozen app must never pick up a source tree that happens to lie
beside it; in a checkout they are beside the package."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside the PyInstaller bundle (the installed program), False in a checkout or a wheel."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _locate(top_level_name: str, packaged_name: str) -> Path:
    if is_frozen():
        candidates = [Path(sys._MEIPASS) / top_level_name]
    else:
        candidates = [_PACKAGE_DIR / packaged_name, _PACKAGE_DIR.parent / top_level_name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"找不到程序资源目录 {top_level_name}（已查找：{', '.join(map(str, candidates))}）")


@cache
def resources_dir() -> Path:
    return _locate("resources", "_resources")


@cache
def db_dir() -> Path:
    return _locate("db", "_db")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user data folder (database, backups, attachments, logs), created on first use."""
    from platformdirs import user_data_path

    from desktop_app.identity import APP_NAME

    folder = user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db_path() -> Path:
    return user_data_dir() / "docroute.sqlite"
