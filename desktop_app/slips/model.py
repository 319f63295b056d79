"""The layout model: what a printed form contains and how it is arranged, independent of the file format.

A form is a title, an optional QR payload and a list of ruled grids. A grid has column widths in
millimetres and rows of cells; a cell holds lines of styled text or one opinion box. The DOCX writer and
the PDF writer both walk this model, so the two files carry the same content in the same structure."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

# Text styles, mapped to fonts and sizes by each writer: the title in 宋体 (小标宋 when present), labels in
# 黑体, filled-in values and opinions in 仿宋, the article citations in small print.
TITLE, LABEL, VALUE, OPINION, SMALL, NOTICE = "title", "label", "value", "opinion", "small", "notice"


@dataclass(frozen=True)
class Text:
    text: str
    style: str = VALUE
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class Opinion:
    """An opinion box: who is to sign (printed in advance) and what was recorded, or room to write it."""

    who: str  # role and the person's name, e.g. "常务副县长 副县长甲"
    opinion: str = ""  # the recorded opinion; empty leaves room to write by hand
    signed_by: str = ""  # the recorded signer, with （代县长） when acting
    signed_on: str = ""  # the recorded date, 2026年11月30日
    room: float = 22.0  # millimetres of writing room


@dataclass(frozen=True)
class Cell:
    content: tuple[Text | Opinion, ...] = ()
    span: int = 1
    valign: str = "middle"  # middle | top


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    height: float = 0.0  # minimum height in millimetres; 0 lets the content decide
    header: bool = False  # repeated at the top of every page (register books)
    keep: bool = True  # never split across pages (opinion boxes)


@dataclass(frozen=True)
class Grid:
    widths: tuple[float, ...]  # millimetres; they add up to the text width of the page
    rows: tuple[Row, ...]
    ruled: bool = True  # False: a borderless line above the form, e.g. 文号 and 登记号

    def __post_init__(self) -> None:
        for row in self.rows:
            if sum(c.span for c in row.cells) != len(self.widths):
                raise ValueError(f"row spans {sum(c.span for c in row.cells)} of {len(self.widths)} columns")


@dataclass(frozen=True)
class Form:
    title: str
    grids: tuple[Grid, ...]
    qr: str | None = None  # payload of the QR code printed at the top right
    qr_caption: str = ""
    subtitle: str = ""  # a line under the title, e.g. the date range of a register book
    landscape: bool = False
    continued: str = ""  # header on pages after the first, e.g. "发文稿纸（续） 登记号 17"
    meta: dict = field(default_factory=dict, compare=False)  # document properties: title, subject

    @property
    def text_width(self) -> float:
        """Millimetres between the margins (A4 with the margins both writers use)."""
        return (297.0 if self.landscape else 210.0) - 2 * MARGIN_SIDE


def map_text(form: Form, fix: Callable[[str], str]) -> Form:
    """The same form with every text (title, cells, opinion boxes, document properties) passed through
    `fix`: how a writer removes what its format cannot hold without each drawing routine checking."""
    def item(content: Text | Opinion) -> Text | Opinion:
        if isinstance(content, Text):
            return replace(content, text=fix(content.text))
        return replace(content, who=fix(content.who), opinion=fix(content.opinion),
                       signed_by=fix(content.signed_by), signed_on=fix(content.signed_on))

    grids = tuple(replace(grid, rows=tuple(replace(row, cells=tuple(
        replace(cell, content=tuple(item(c) for c in cell.content)) for cell in row.cells)) for row in grid.rows))
        for grid in form.grids)
    meta = {k: fix(v) if isinstance(v, str) else v for k, v in form.meta.items()}
    return replace(form, title=fix(form.title), subtitle=fix(form.subtitle), continued=fix(form.continued),
                   qr_caption=fix(form.qr_caption), grids=grids, meta=meta)


MARGIN_SIDE = 20.0
MARGIN_TOP = 15.0
MARGIN_BOTTOM = 18.0


def label(text: str, span: int = 1, *small: str) -> Cell:
    """A centred label cell, with optional small print under it (the article a box rests on)."""
    lines = [Text(text, LABEL, "center")] + [Text(s, SMALL, "center") for s in small if s]
    return Cell(tuple(lines), span)


def value(text: str | None, span: int = 1, style: str = VALUE) -> Cell:
    return Cell((Text(text or "", style),), span)


def pairs(widths: tuple[float, ...], *items: tuple[str, str | None]) -> Row:
    """A row of label/value pairs; a lone pair at the end stretches its value over the rest of the row."""
    cells: list[Cell] = []
    for name, text in items:
        cells += [label(name), value(text)]
    used = sum(c.span for c in cells)
    if used < len(widths):
        last = cells.pop()
        cells.append(Cell(last.content, last.span + len(widths) - used))
    return Row(tuple(cells))
