"""Writes a layout model (slips.model.Form) as an A4 DOCX with python-docx.

Every run names its font twice — w:ascii/w:hAnsi and w:eastAsia — or Word and WPS set the Chinese in a
Latin fallback. Tables get explicit column widths with autofit off (LibreOffice reads the grid, Word the
cells), header rows repeat on every page (w:tblHeader), opinion rows do not split across pages
(w:cantSplit), and the footer carries 第 N 页 共 M 页 as PAGE/NUMPAGES fields that Word fills in.
Characters XML cannot hold (control characters in a record saved before they were refused) print as 〓,
and the document properties, which Word limits to 255 characters, are shortened: the paper keeps the
whole title."""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell

from desktop_app.slips.fonts import REPLACEMENT, FontSet
from desktop_app.slips.model import (LABEL, MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, NOTICE, OPINION, SMALL,
                                     TITLE, VALUE, Cell, Form, Grid, Opinion, Text, map_text)

# style → (font role, size pt); the same 字号 as the PDF writer.
_STYLES = {TITLE: ("title", 22.0), LABEL: ("heading", 11.5), VALUE: ("body", 12.0), OPINION: ("body", 14.0),
           SMALL: ("body", 8.0), NOTICE: ("body", 10.5)}
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT}
_QR_MM = 18.0
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")  # tab and newline are handled
MAX_PROPERTY = 255  # python-docx (and Word) refuse longer core properties


class _Fonts:
    def __init__(self, fonts: FontSet) -> None:
        self.names = {"body": fonts.docx_body, "title": fonts.docx_title, "heading": fonts.docx_heading}

    def apply(self, run, style: str) -> None:
        role, size = _STYLES[style]
        set_run_font(run, self.names[role], size)


def set_run_font(run, family: str, size: float | None = None) -> None:
    """Names the font for Latin and East Asian text alike; sets the size when given."""
    run.font.name = family
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), family)
    if size:
        run.font.size = Pt(size)


def _tight(paragraph, align: str = "left") -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    paragraph.alignment = _ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)


def _add_text(container, text: Text, fonts: _Fonts, first: bool) -> None:
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    _tight(paragraph, text.align)
    lines = text.text.split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        fonts.apply(run, text.style)
        if i < len(lines) - 1:
            run.add_break()


def _add_opinion(cell, box: Opinion, fonts: _Fonts) -> None:
    _add_text(cell, Text(box.who, VALUE), fonts, first=True)
    opinion = cell.add_paragraph()
    _tight(opinion)
    opinion.paragraph_format.left_indent = Mm(4)
    fonts.apply(opinion.add_run(box.opinion), OPINION)
    # The writing room is the space after the opinion, so name and date sit at the foot of the box.
    written = 7.0 * (1 + len(box.opinion) // 30) if box.opinion else 0.0
    opinion.paragraph_format.space_after = Mm(max(box.room - written, 2.0))
    sign = cell.add_paragraph()
    _tight(sign, "right")
    if box.signed_by:
        fonts.apply(sign.add_run(f"{box.signed_by}　{box.signed_on}"), VALUE)
    else:
        fonts.apply(sign.add_run("签名："), VALUE)
        blank = sign.add_run("\u3000" * 8)
        fonts.apply(blank, VALUE)
        blank.font.underline = True
        fonts.apply(sign.add_run("　　　年　　月　　日"), VALUE)


def _fill(cell, content: Cell, fonts: _Fonts) -> None:
    if len(content.content) == 1 and isinstance(content.content[0], Opinion):
        _add_opinion(cell, content.content[0], fonts)
    else:
        for i, text in enumerate(content.content or (Text(""),)):
            _add_text(cell, text, fonts, first=i == 0)
    cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.TOP if content.valign == "top"
                               else WD_CELL_VERTICAL_ALIGNMENT.CENTER)


def _borders(table, ruled: bool) -> None:
    """A heavier frame and thin inner rules, as on printed forms; none for the line above the form."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        inner = edge.startswith("inside")
        element.set(qn("w:val"), "single" if ruled else "nil")
        element.set(qn("w:sz"), "6" if inner else "12")  # eighths of a point
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    tbl_pr.append(borders)
    # Word's default 1.9 mm side margins wrap a four-character label in a 20 mm column; use the PDF's 3.5 pt.
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "70")  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.append(margins)


def _row_flag(row, tag: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(tag))


def _boundaries(grids: list[Grid]) -> list[float]:
    """Every column edge of the grids, so that grids with different columns share one table."""
    edges = {0.0}
    for grid in grids:
        x = 0.0
        for width in grid.widths:
            x = round(x + width, 1)
            edges.add(x)
    return sorted(edges)


def _add_grids(doc, grids: list[Grid], fonts: _Fonts) -> None:
    """Consecutive grids as one table: Word and LibreOffice fuse adjacent tables anyway, badly."""
    edges = _boundaries(grids)
    widths = [b - a for a, b in zip(edges, edges[1:])]
    rows = [(grid, row) for grid in grids for row in grid.rows]
    table = doc.add_table(rows=len(rows), cols=len(widths))
    table.autofit = False
    table.alignment = 1  # centred
    _borders(table, grids[0].ruled)
    for i, width in enumerate(widths):
        table.columns[i].width = Mm(width)
    for row in table.rows:  # cell widths for Word; straight on the w:tc, table.columns[i].cells is O(n²)
        for tc, width in zip(row._tr.tc_lst, widths):
            tc.width = Mm(width)
    for (grid, row_model), row in zip(rows, table.rows):
        _fill_row(row, grid, row_model, edges, fonts)


def _fill_row(row, grid: Grid, row_model, edges: list[float], fonts: _Fonts) -> None:
    own = _boundaries([Grid(grid.widths, ())])  # this grid's edges, rounded the same way
    tcs = list(row._tr.tc_lst)
    col = 0
    for cell_model in row_model.cells:
        first = edges.index(own[col])
        last = edges.index(own[col + cell_model.span]) - 1
        _fill(_span(row, tcs, first, last, own[col + cell_model.span] - own[col]), cell_model, fonts)
        col += cell_model.span
    # Word cells have no top/bottom padding: a 7 mm floor gives the rows the air of the PDF's.
    row.height, row.height_rule = Mm(max(row_model.height, 7.0)), WD_ROW_HEIGHT_RULE.AT_LEAST
    if row_model.header:
        _row_flag(row, "w:tblHeader")
    if row_model.keep:
        _row_flag(row, "w:cantSplit")


def _span(row, tcs: list, first: int, last: int, width: float) -> _Cell:
    """Merges grid columns first..last of a fresh row by gridSpan; python-docx's merge() costs ~0.3 ms each."""
    tc = tcs[first]
    if last > first:
        tc.grid_span = last - first + 1
        for extra in tcs[first + 1:last + 1]:
            row._tr.remove(extra)
        tc.width = Mm(width)
    return _Cell(tc, row.table)


def _separator(doc) -> None:
    """A 1 pt paragraph: Word needs one after a table, and it keeps two tables from fusing."""
    paragraph = doc.add_paragraph()
    _tight(paragraph)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(1)


def _runs_of_grids(grids: tuple[Grid, ...]) -> list[list[Grid]]:
    runs: list[list[Grid]] = []
    for grid in grids:
        if runs and grid.ruled and runs[-1][-1].ruled:
            runs[-1].append(grid)
        else:
            runs.append([grid])
    return runs


def _add_header(doc, form: Form, fonts: _Fonts, text_width: float) -> None:
    """Title centred between two QR-wide columns, the QR code in the right one."""
    table = doc.add_table(rows=1, cols=3)
    table.autofit = False
    _borders(table, False)
    widths = (_QR_MM + 2, text_width - 2 * (_QR_MM + 2), _QR_MM + 2)
    for cell, width in zip(table.rows[0].cells, widths):
        cell.width = Mm(width)
    for column, width in zip(table.columns, widths):
        column.width = Mm(width)
    title = table.rows[0].cells[1]
    _add_text(title, Text(form.title, TITLE, "center"), fonts, first=True)
    title.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if form.qr:
        qr_cell = table.rows[0].cells[2]
        _tight(qr_cell.paragraphs[0], "right")
        qr_cell.paragraphs[0].add_run().add_picture(_qr_png(form.qr), width=Mm(_QR_MM))
    if form.subtitle:
        _add_text(doc, Text(form.subtitle, VALUE, "center"), fonts, first=False)


def _qr_png(payload: str) -> io.BytesIO:
    import segno

    buffer = io.BytesIO()
    segno.make(payload, error="m", micro=False, mask=0).save(buffer, kind="png", scale=8, border=1)
    buffer.seek(0)
    return buffer


def _add_field(paragraph, code: str, fonts: _Fonts) -> None:
    """A Word field such as PAGE or NUMPAGES; it shows 1 until Word or WPS updates it."""
    for piece in ("begin", f" {code} ", "separate", "1", "end"):
        run = paragraph.add_run()
        fonts.apply(run, NOTICE)
        if piece in ("begin", "separate", "end"):
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), piece)
            run._r.append(char)
        elif piece == "1":
            run.text = piece
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = piece
            run._r.append(instruction)


def _page_numbers(paragraph, fonts: _Fonts) -> None:
    _tight(paragraph, "center")
    for i, part in enumerate(("第 ", "PAGE", " 页  共 ", "NUMPAGES", " 页")):
        if i % 2:
            _add_field(paragraph, part, fonts)
        else:
            fonts.apply(paragraph.add_run(part), NOTICE)


def _page_setup(doc, form: Form, fonts: _Fonts) -> float:
    section = doc.sections[0]
    if form.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(MARGIN_SIDE)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP), Mm(MARGIN_BOTTOM)
    section.header_distance, section.footer_distance = Mm(7), Mm(8)
    section.different_first_page_header_footer = True
    for footer in (section.footer, section.first_page_footer):
        _page_numbers(footer.paragraphs[0], fonts)
    if form.continued:
        _add_text(section.header, Text(form.continued, NOTICE), fonts, first=True)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    set_run_font(normal, fonts.names["body"])
    return form.text_width


def write_docx(form: Form, fonts: FontSet, out: Path | BinaryIO, replaced: set[str] | None = None) -> None:
    """Writes the form to a path or binary file object; characters XML cannot hold become 〓 and are
    added to `replaced`.

    Every page is numbered: unlike the PDF writer, we cannot know here whether Word will need a second
    page, and a conditional IF field is not rendered by LibreOffice or WPS reliably."""
    found = replaced if replaced is not None else set()

    def xml_safe(text: str) -> str:
        found.update(_NOT_XML.findall(text))
        return _NOT_XML.sub(REPLACEMENT, text).replace("\t", " ")

    form = map_text(form, xml_safe)
    doc = Document()
    names = _Fonts(fonts)
    text_width = _page_setup(doc, form, names)
    doc.core_properties.title = _property(form.meta.get("title", form.title))
    doc.core_properties.subject = _property(form.meta.get("subject", form.title))
    doc.core_properties.author = "DocRoute 公文流转助手"
    _add_header(doc, form, names, text_width)
    for grids in _runs_of_grids(form.grids):
        _separator(doc)
        _add_grids(doc, grids, names)
    _separator(doc)
    doc.save(out)


def _property(text: str) -> str:
    """A core property within Word's 255 characters (the slip itself prints the whole title)."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_PROPERTY else text[:MAX_PROPERTY - 1] + "…"
