"""Writes a layout model (slips.model.Form) as one Excel sheet: the title, the subtitle, then every grid
row as a sheet row (spanned cells merged), header rows bold and frozen.

Every text cell is written as a string, never as a formula: a matter that begins with `=`, `+`, `-` or
`@` stays text (OWASP "CSV injection"; PITFALLS.md). Only the columns named numeric hold numbers."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from desktop_app.slips.model import Form, Grid, Text

_MM_PER_CHAR = 2.0  # Excel's column width unit is about one digit of the default font


def _text(cell) -> str:
    return "\n".join(part.text for part in cell.content if isinstance(part, Text))


def write_xlsx(form: Form, out: Path | BinaryIO, *, numeric_columns: frozenset[int] | set[int] = frozenset()) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = form.title[:31]
    _put(sheet, 1, 1, form.title).font = Font(bold=True, size=14)
    row = 2
    if form.subtitle:
        _put(sheet, row, 1, form.subtitle)
        row += 1
    row += 1
    widths = form.grids[0].widths if form.grids else ()
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[_letter(index)].width = max(6.0, width / _MM_PER_CHAR * 1.2)
    wrap = Alignment(wrap_text=True, vertical="top")
    for grid in form.grids:
        row = _write_grid(sheet, grid, row, numeric_columns if grid.widths == widths else frozenset(), wrap)
        if grid.rows and grid.rows[0].header:
            sheet.freeze_panes = sheet.cell(row=row - len(grid.rows) + 1, column=1)
    book.properties.title = str(form.meta.get("title", form.title))[:255]
    book.properties.creator = "DocRoute 公文流转助手"
    book.save(out)


def _write_grid(sheet, grid: Grid, row: int, numeric: frozenset[int] | set[int], wrap) -> int:
    from openpyxl.styles import Font

    for model_row in grid.rows:
        column = 1
        for cell in model_row.cells:
            value = _text(cell)
            written = (_put_number(sheet, row, column, value) if column - 1 in numeric and not model_row.header
                       else _put(sheet, row, column, value))
            written.alignment = wrap
            if model_row.header:
                written.font = Font(bold=True)
            if cell.span > 1:
                sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + cell.span - 1)
            column += cell.span
        row += 1
    return row + 1


def _put(sheet, row: int, column: int, value: str):
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    cell.data_type = "s"  # after the value: openpyxl would otherwise take "=…" for a formula
    return cell


def _put_number(sheet, row: int, column: int, value: str):
    if value.strip().isdigit():
        cell = sheet.cell(row=row, column=column)
        cell.value = int(value)
        return cell
    return _put(sheet, row, column, value)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
