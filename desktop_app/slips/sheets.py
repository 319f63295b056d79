"""Small XLSX workbooks of printed tables (统计, 归档文件目录): a sheet per table, a bold header row, text
cells typed as strings so that nothing a clerk typed (a title starting with '=') becomes a formula, and
column widths that fit Chinese text. The register export lives in registry/exchange.py."""
from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Iterable

Sheet = tuple[str, list[str], Iterable[list[Any]]]  # name, header, rows

_MAX_WIDTH = 60


def write_xlsx(sheets: list[Sheet], out: Path | str | BinaryIO, *, title: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    if title:
        book.properties.title = title[:255]
    book.properties.creator = "DocRoute 公文流转助手"
    for name, header, rows in sheets:
        sheet = book.create_sheet(name[:31])
        sheet.append([_cell(v) for v in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        widths = [_width(h) for h in header]
        for row in rows:
            sheet.append([_cell(v) for v in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl would otherwise store a leading '=' as a formula
            widths = [max(w, _width(v)) for w, v in zip(widths, row)] + widths[len(row):]
        for index, width in enumerate(widths):
            sheet.column_dimensions[_column(index)].width = min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = "A2"
    book.save(out)


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return "".join(ch for ch in str(value) if ch in "\t\n" or ord(ch) >= 32)  # XML cannot hold C0 controls


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
