"""Export of the list the clerk is looking at (same search, same filters, same order) to an XLSX file,
or to CSV, the fast path for long lists (1,000,000 rows: CSV ~18 s, openpyxl's XLSX ~131 s, PITFALLS.md).

Rows come from the registry a chunk at a time and go straight to openpyxl's write-only workbook, so a
view of a million records is written with flat memory; a progress dialog can cancel between chunks.
Text cells are typed as strings (a title starting with '=' is no formula) and the file is renamed into
place only when complete (registry/tabular.py, desktop_app/files.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop_app.files import replaced_atomically
from desktop_app.registry import tabular
from desktop_app.ui.record_list import RecordListModel

EXPORT_KEYS = ("number", "title", "sender", "sender_number", "date", "status_label", "due", "overdue")
XLSX_MAX_ROWS = 1_048_575  # one row of the sheet holds the headers
CHUNK = 2000


def export_view(model: RecordListModel, path: str | Path, headers: Iterable[str],
                progress: Callable[[int, int], bool] | None = None) -> int:
    """Writes the model's current query to `path`; returns the rows written.

    `progress(done, total)` is called after each chunk; returning False cancels (nothing is written)."""
    try:
        return _export(model, Path(path), headers, progress)
    except _Cancelled:
        return 0  # the temporary file is removed, nothing is in place


def _export(model: RecordListModel, path: Path, headers: Iterable[str],
            progress: Callable[[int, int], bool] | None) -> int:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return _export_csv(model, path, list(headers), progress)
    ids = model.all_ids()[:XLSX_MAX_ROWS]
    total = len(ids)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="公文")
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (22, 60, 24, 22, 12, 10, 12, 8)):
        sheet.column_dimensions[column].width = width
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    sheet.append(header_cells)
    for start in range(0, total, CHUNK):
        for row in model.registry.rows(ids[start:start + CHUNK]):
            sheet.append(tabular.xlsx_row(sheet, [_value(row, key) for key in EXPORT_KEYS]))
        if progress is not None and progress(min(total, start + CHUNK), total) is False:
            return 0  # nothing was saved yet
    with replaced_atomically(path) as temporary:
        tabular.save_xlsx(book, temporary)
    return total


def _export_csv(model: RecordListModel, path: Path, headers: list[str],
                progress: Callable[[int, int], bool] | None) -> int:
    """UTF-8 with BOM (Excel opens it), cells that could start a formula guarded as in the registers' CSV."""
    import csv

    ids = model.all_ids()
    total = len(ids)
    with replaced_atomically(path) as temporary:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            for start in range(0, total, CHUNK):
                writer.writerows([tabular.csv_cell(_value(row, key)) for key in EXPORT_KEYS]
                                 for row in model.registry.rows(ids[start:start + CHUNK]))
                if progress is not None and progress(min(total, start + CHUNK), total) is False:
                    raise _Cancelled
    return total


class _Cancelled(Exception):
    pass


def _value(row: dict, key: str):
    value = row.get(key)
    if key == "overdue":
        return "是" if value else ""
    return value
