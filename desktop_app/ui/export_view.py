"""Export of the list the clerk is looking at (same search, same filters, same order) to an XLSX file.

Rows come from the registry a chunk at a time and go straight to openpyxl's write-only workbook, so a
view of a million records is written with flat memory; a progress dialog can cancel between chunks."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.ui.record_list import RecordListModel

EXPORT_KEYS = ("number", "title", "sender", "sender_number", "date", "status_label", "due", "overdue")
XLSX_MAX_ROWS = 1_048_575  # one row of the sheet holds the headers


def export_view(model: RecordListModel, path: str | Path, headers: Iterable[str],
                progress: Callable[[int, int], bool] | None = None) -> int:
    """Writes the model's current query to `path`; returns the rows written.

    `progress(done, total)` is called after each chunk; returning False cancels (nothing is written)."""
    path = Path(path)
    total = min(model.total, XLSX_MAX_ROWS)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="公文")
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (22, 60, 24, 22, 12, 10, 12, 8)):
        sheet.column_dimensions[column].width = width
    header_cells = []
    for text in headers:
        cell = _cell(sheet, text)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    sheet.append(header_cells)
    done = 0
    for ids in model.ids_in_view():
        for row in model.registry.rows(ids[: total - done]):
            sheet.append([_value(row, key) for key in EXPORT_KEYS])
        done = min(total, done + len(ids))
        if progress is not None and progress(done, total) is False:
            return 0  # nothing was saved yet
        if done >= total:
            break
    book.save(path)
    return done


def _cell(sheet, value):
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet, value=value)


def _value(row: dict, key: str):
    value = row.get(key)
    if key == "overdue":
        return "是" if value else ""
    return value
