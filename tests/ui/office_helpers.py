"""Shared by the office screens' tests: a window over a given registry, and requests as the forms send them."""
from __future__ import annotations

from datetime import date

from tests.registry.helpers import incoming_request, outgoing_request, signed  # noqa: F401 (re-exported)

# Registered the Monday before 国庆 2026 (1–7 October off, Saturday 10 October worked): the 7th working
# day after it is Tuesday 13 October, not 7 October as weekends alone would say.
NATIONAL_DAY = {"date": "2026-09-28", "cosign_departments": ["县财政局", "县自然资源局"]}


def open_window(qtbot, registry):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(registry)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def due_page(window, day: date):
    page = window.go_to("deadlines").page()
    page.set_day(day)
    return page


def row_of(model, **wanted) -> int:
    rows = model.rows()
    return next(i for i, row in enumerate(rows) if all(row.get(k) == v for k, v in wanted.items()))
