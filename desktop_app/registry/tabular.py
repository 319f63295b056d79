"""The cells of CSV and XLSX files, written and read safely (exchange.py decides what goes in them).

Writing: text never becomes a formula. XLSX text cells are typed as strings; CSV cells that a
spreadsheet would take for a formula (starting with = + - @ tab or CR) get the apostrophe OWASP
advises, and the reader takes exactly that apostrophe off again, so an export imports back unchanged.
Characters XML cannot hold (left in records saved before they were refused) are written as U+FFFD.

Reading: one bad file is one clear line — an empty file, a missing header, a field over 131,072
characters, an XLSX carrying a DTD (entity expansion), a damaged sheet — never a traceback. XLSX is
read with python-calamine, streamed row by row to the caller; openpyxl writes."""
from __future__ import annotations

import codecs
import csv
import re
import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from desktop_app.domain.errors import InputError

_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


# ---- writing ----------------------------------------------------------------------------------
def clean(value: Any) -> Any:
    """A cell value as it may be written: text without characters XML (and so XLSX) cannot hold."""
    return _XML_ILLEGAL.sub(REPLACEMENT, value) if isinstance(value, str) else value


def csv_cell(value: Any) -> Any:
    """OWASP's CSV-injection guard: a leading apostrophe before a cell that could start a formula.
    Cells already starting with apostrophes before such a character get one more, so that
    `csv_text` can take exactly one off and every text survives the round trip."""
    value = clean(value)
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """Cells for a write-only sheet: every text cell typed as a string, so '=…' stays text."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in values:
        if isinstance(value, str):
            cell = WriteOnlyCell(sheet, clean(value))
            cell.data_type = "s"  # openpyxl would otherwise store a leading '=' as a formula
            cells.append(cell)
        else:
            cells.append(value)
    return cells


def save_xlsx(book: Any, path: Path) -> None:
    """book.save(path), but with the archive closed by us whatever happens: after a failure (a full
    disk) openpyxl leaves its ZipFile and sheet streams open, and Python prints `Exception ignored …`
    with a traceback when it collects them at exit."""
    from datetime import datetime, timezone

    from openpyxl.writer.excel import ExcelWriter

    try:
        book.properties.modified = datetime.now(tz=timezone.utc).replace(tzinfo=None)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(book, archive).save()
    except BaseException:
        close_quietly(book)
        raise


def close_quietly(book: Any) -> None:
    """Closes openpyxl's per-sheet streams and removes their temporary files after a failure."""
    for sheet in getattr(book, "worksheets", ()):
        writer = getattr(sheet, "_writer", None)  # write-only sheets stream through a WorksheetWriter
        steps = [getattr(getattr(sheet, "_rows", None), "close", None)]
        if writer is not None:
            steps += [writer.close, writer.cleanup]
        for step in steps:
            try:
                if step is not None:
                    step()
            except Exception:  # already failing: the caller reports the first error
                pass
        if writer is not None:
            writer.xf = None


# ---- reading ----------------------------------------------------------------------------------
def csv_text(value: str) -> str:
    """Undoes csv_cell: one apostrophe off a cell that it protected."""
    if value.startswith("'") and _FORMULA_START.match(value[1:]):
        return value[1:]
    return value


def read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, {header: text}) for every data line of a UTF-8 CSV (with or without BOM)."""
    line = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            _check_header(path, reader.fieldnames, required)
            for row in reader:
                line = reader.line_num
                yield line, {k: csv_text(v) if isinstance(v, str) else v for k, v in row.items() if k}
    except UnicodeDecodeError:
        raise InputError("file", f"{path.name} 不是 UTF-8 编码的 CSV", "请在 Excel 中另存为“CSV UTF-8”后重试") from None
    except csv.Error as exc:
        limit = csv.field_size_limit()
        what = (f"有一格超过 {limit:,} 个字符" if "field larger" in str(exc) else f"无法读取（{exc}）")
        raise InputError("file", f"{path.name} 第 {line + 1} 行附近{what}", "请检查该行后重新导入") from None


class XlsxReader:
    """The non-empty rows of the named sheets as (sheet name, row number, {header: value}), read with
    python-calamine (a Rust reader: 100,000 rows in ~3 s where openpyxl's read-only mode takes ~19 s).
    `total` is the number of rows below the headers, known before the first row is read. calamine holds
    a sheet it reads whole in memory, so one sheet is read at a time and let go after its last row (the
    two registers of 100,000 rows together held ~35 MB more at once)."""

    def __init__(self, path: Path, sheets: dict[str, str], required: tuple[str, ...]) -> None:
        from python_calamine import CalamineWorkbook

        refuse_dtd(path)
        rows = refuse_malformed(path)
        self.path, self.required = path, required
        try:
            self.book = CalamineWorkbook.from_path(str(path))
            self.names = [name for name in self.book.sheet_names if name in sheets]
            parts = sheet_parts(path)
            self.total = sum(rows[parts[name]] - 1 if rows.get(parts.get(name)) else self._counted(name)
                             for name in self.names)
        except Exception as exc:  # calamine raises its own kinds for a damaged or foreign file
            raise InputError("file", f"无法读取 Excel 文件 {path.name}（{type(exc).__name__}）",
                             "请确认是 .xlsx 格式") from None
        if not self.names:
            self.book.close()
            raise InputError("file", f"{path.name} 中没有“{'”或“'.join(sheets)}”工作表", "请使用导出的模板")

    def _counted(self, name: str) -> int:
        """The rows below row 1 of a sheet not found by its part name: read to count them."""
        sheet = self.book.get_sheet_by_name(name)
        return sheet.end[0] if sheet.end else 0  # 0-based last row: rows below row 1

    def __iter__(self) -> Iterator[tuple[str, int, dict]]:
        try:
            for name in self.names:
                yield from self._rows(self.book.get_sheet_by_name(name))
        except InputError:
            raise
        except Exception as exc:  # a damaged sheet found while reading it
            raise InputError("file", f"无法读取 Excel 文件 {self.path.name}（{type(exc).__name__}）",
                             "文件可能已损坏，请在 Excel 中打开后另存为 .xlsx 再导入") from None
        finally:
            self.book.close()

    def _rows(self, sheet: Any) -> Iterator[tuple[str, int, dict]]:
        # Rows come from the sheet's first row; columns from its first used one (padded back here).
        pad = [None] * sheet.start[1] if sheet.start else []
        rows = sheet.iter_rows()
        first = next(rows, None)
        header = [str(h).strip() if h is not None else "" for h in pad + list(first or ())]
        _check_header(self.path, header, self.required, where=f" 工作表“{sheet.name}”")
        for line, cells in enumerate(rows, start=2):
            if any(c not in (None, "") for c in cells):
                yield sheet.name, line, {h: c for h, c in zip(header, pad + cells) if h}


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATION = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_ROW_TAG = b"<row"


def sheet_parts(path: Path) -> dict[str, str]:
    """Each sheet's XML part in the archive, by sheet name (xl/workbook.xml and its relations). Called
    after refuse_dtd, so the small XML parts parsed here hold no entities."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") or "" for r in relations}
    parts = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_RELATION), "")
        parts[sheet.get("name") or ""] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def _count_rows(chunk: bytes, tail: bytes) -> int:
    """The row tags (`<row`) that end in `chunk`, read after `tail` (the chunk before), in one pass in C.
    Only the progress bar's total: a rare `<rowBreaks` counts one too many, and a part written with a
    namespace prefix (`<x:row`) counts none, so its sheet is counted by reading it (XlsxReader)."""
    return chunk.count(_ROW_TAG) + (tail[-len(_ROW_TAG) + 1:] + chunk[:len(_ROW_TAG) - 1]).count(_ROW_TAG)


def _check_header(path: Path, header: Any, required: tuple[str, ...], where: str = "") -> None:
    if not header or not any(header):
        raise InputError("file", f"{path.name}{where} 是空的，没有表头", "请使用导出的模板（第一行是表头）")
    missing = [column for column in required if column not in header]
    if missing:
        raise InputError("file", f"{path.name}{where} 第一行不是登记簿的表头（缺少 {'、'.join(missing)}）",
                         "请使用导出的模板：第一行是表头，从第二行起每行一份公文")


def refuse_dtd(path: Path) -> None:
    """Refuses an XLSX any of whose XML parts declares a DTD: no sheet needs one, and its entities can
    swell a small file into gigabytes or pull in other files. Only the prolog is read (it ends where
    the root element starts), so this costs next to nothing."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.filename.endswith((".xml", ".rels", ".vml")) and _has_dtd(archive, member):
                    raise InputError("file", f"{path.name} 的 {member.filename} 含有 DTD 或实体声明，已拒绝读取",
                                     "正常导出的 Excel 文件没有这些内容；请在 Excel 中另存为 .xlsx 后再导入")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise InputError("file", f"无法读取 Excel 文件 {path.name}（{type(exc).__name__}）", "请确认是 .xlsx 格式") from None


def refuse_malformed(path: Path) -> dict[str, int]:
    """Refuses an XLSX whose sheet or string XML is not well-formed. calamine reads such a part as far
    as it can and carries on, so a damaged file would import fewer rows without a word; expat (C, no
    DTD left to expand) reads 100,000 rows' XML in about a second. Returns the rows of each sheet part,
    counted on the way (the progress bar's total, before calamine reads any sheet)."""
    from xml.parsers import expat

    rows: dict[str, int] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                name = member.filename
                if name.endswith(".xml") and (name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"):
                    parser, tail, counted = expat.ParserCreate(), b"", 0
                    with archive.open(member) as stream:
                        while chunk := stream.read(1 << 20):
                            parser.Parse(chunk, False)
                            counted += _count_rows(chunk, tail)
                            tail = chunk
                    parser.Parse(b"", True)
                    rows[name] = counted
    except expat.ExpatError as exc:
        raise InputError("file", f"无法读取 Excel 文件 {path.name}（{name} 第 {exc.lineno} 行 XML 格式错误）",
                         "文件可能已损坏，请在 Excel 中打开后另存为 .xlsx 再导入") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise InputError("file", f"无法读取 Excel 文件 {path.name}（{type(exc).__name__}）", "请确认是 .xlsx 格式") from None
    return rows


def _has_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Walks the part's prolog (declaration, comments, processing instructions) up to the root element."""
    with archive.open(member) as stream:
        head = stream.read(4)
        utf16 = head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        decoder = codecs.getincrementaldecoder("utf-16" if utf16 else "utf-8")(errors="replace")
        text, at, ended = decoder.decode(head), 0, False
        while True:
            verdict, at = _prolog_step(text, at)
            if verdict is not None:
                return verdict
            if ended:
                return False
            chunk = stream.read(1 << 16)
            ended = not chunk
            text += decoder.decode(chunk, final=ended)


def _prolog_step(text: str, at: int) -> tuple[bool | None, int]:
    """(True: a DTD, False: the root element came first, None: need more text) and where to go on."""
    while at < len(text):
        if text[at] != "<":
            at += 1
        elif len(text) - at < 4:
            return None, at
        elif text.startswith(("<?", "<!--"), at):
            end = text.find("?>" if text[at + 1] == "?" else "-->", at + 2)
            if end < 0:
                return None, at
            at = end + 2
        else:
            return text.startswith("<!", at), at
    return None, at
