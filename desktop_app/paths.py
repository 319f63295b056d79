"""Finds the shipped resources/ and db/ folders in a source tree, an installed wheel and a frozen bundle.

In a wheel they are mapped into the package as desktop_app/_resources and desktop_app/_db (setup.cfg);
in a PyInstaller bundle they sit under sys._MEIPASS; in a checkout they are beside the package."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(top_level_name: str, packaged_name: str) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / top_level_name)
    candidates += [_PACKAGE_DIR / packaged_name, _PACKAGE_DIR.parent / top_level_name]
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
