"""Routing slips and register books: one layout model per form, a DOCX writer and a PDF writer.

    render_slip(record, "pdf", Path("slip.pdf"), county="托克逊县")            # 发文稿纸 / 收文处理笺
    render_seal_slip(request, "docx", Path("seal.docx"), county="托克逊县")      # 用印审批单
    render_register_book("incoming", records, start, end, "pdf", out, county="托克逊县")
    available_fonts()                                                            # [FontChoice, …]

`out` is a path or a writable binary file object (e.g. io.BytesIO for a preview without temp files);
the functions return what they were given, as a Path for paths. A path is written to a temporary file
beside it and renamed into place when complete (desktop_app/files.py). `font` names the body font: a name from
available_fonts() or a .ttf/.ttc path; None picks 仿宋, else 宋体, else the bundled font. No Qt here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.files import replaced_atomically
from desktop_app.slips.fonts import FontChoice, FontSet, available_fonts, font_set
from desktop_app.slips.model import Form

__all__ = ["render_slip", "render_seal_slip", "render_register_book", "available_fonts", "FontChoice",
           "Rendered", "render_form"]

Target = Path | str | BinaryIO


@dataclass(frozen=True)
class Rendered:
    target: Path | BinaryIO
    pages: int | None  # None for DOCX: Word and WPS paginate it themselves
    replaced: tuple[str, ...] = ()  # characters printed as 〓: no font has them, or the format cannot hold them


def render_slip(record: dict, fmt: str, out: Target, *, county: str, font: str | None = None,
                org: OrgChart | None = None) -> Path | BinaryIO:
    """The record's routing slip: 发文稿纸 for outgoing, 收文处理笺 for incoming."""
    from desktop_app.slips.forms import slip_form

    return render_form(slip_form(record, county=county, org=org), fmt, out, font=font).target


def render_seal_slip(request: dict, fmt: str, out: Target, *, county: str, font: str | None = None,
                     org: OrgChart | None = None) -> Path | BinaryIO:
    """The 用印审批单 of a seal request."""
    from desktop_app.slips.seal import seal_form

    return render_form(seal_form(request, county=county, org=org), fmt, out, font=font).target


def render_register_book(kind: str, records: list[dict], start: date, end: date, fmt: str, out: Target, *,
                         county: str, font: str | None = None) -> Path | BinaryIO:
    """收文登记簿 / 发文登记簿 of the records dated start..end (inclusive), one row per document."""
    from desktop_app.slips.register import register_form

    form = register_form(kind, records, start, end, county=county)
    return render_form(form, fmt, out, font=font, numbered=True).target


def render_form(form: Form, fmt: str, out: Target, *, font: str | None = None,
                numbered: bool = False) -> Rendered:
    """Writes any layout model. PDF pages say 第 N 页 共 M 页 when there are several, or always when
    `numbered`; DOCX pages always do (Word paginates, see docx_writer)."""
    if fmt not in ("pdf", "docx"):
        raise InputError("format", f"不支持的格式“{fmt}”", "可选：pdf、docx")
    fonts = font_set(font)
    replaced: set[str] = set()
    if isinstance(out, (str, Path)):
        target = Path(out)
        with replaced_atomically(target) as temporary:
            pages = _write(form, fmt, fonts, temporary, numbered, replaced)
        return Rendered(target, pages, tuple(sorted(replaced)))
    return Rendered(out, _write(form, fmt, fonts, out, numbered, replaced), tuple(sorted(replaced)))


def _write(form: Form, fmt: str, fonts: FontSet, out: Path | BinaryIO, numbered: bool, replaced: set[str]) -> int | None:
    if fmt == "pdf":
        from desktop_app.slips.pdf_writer import write_pdf

        return write_pdf(form, fonts, str(out) if isinstance(out, Path) else out, numbered=numbered, replaced=replaced)
    from desktop_app.slips.docx_writer import write_docx

    write_docx(form, fonts, out, replaced)
    return None
