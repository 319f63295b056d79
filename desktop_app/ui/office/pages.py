"""The office pages by their place in the navigation: built by the main window's LazyPage on first show."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def build(key: str, registry: Any, heading: str, counter: Any = None) -> QWidget:
    if key == "deadlines":
        from desktop_app.ui.office.due_page import DuePage

        return DuePage(registry, heading)
    if key == "search":
        from desktop_app.ui.office.query_page import QueryPage

        return QueryPage(registry, heading, counter)
    if key == "statistics":
        from desktop_app.ui.office.stats_page import StatsPage

        return StatsPage(registry, heading)
    raise KeyError(key)
