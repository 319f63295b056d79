"""Draws a layout model (slips.model.Form) as an A4 PDF with reportlab, embedding font subsets.

Text is broken into lines by slips.linebreak and drawn run by run, so a character the chosen face lacks
is drawn in the bundled face (or a system symbol face) instead of as an empty box; one that no face has
is printed as 〓 and reported (slips/fonts.py). Grids become reportlab tables that flow onto
further pages between rows; register books repeat their header row, and every page of a multi-page
form says 第 N 页 共 M 页 (a two-pass canvas: the total is known only at the end)."""
from __future__ import annotations

from functools import lru_cache
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from desktop_app.domain.errors import InputError
from desktop_app.slips import fonts as font_lookup
from desktop_app.slips.fonts import FontSet
from desktop_app.slips.linebreak import break_lines
from desktop_app.slips.model import (LABEL, MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, NOTICE, OPINION, SMALL,
                                     TITLE, VALUE, Form, Grid, Opinion, Text)

# style → (font role, size pt, leading pt). Sizes follow the Chinese 字号: 二号 22, 四号 14, 小四 12, 五号 10.5.
_STYLES = {TITLE: ("title", 22.0, 28.0), LABEL: ("heading", 11.5, 15.0), VALUE: ("body", 12.0, 16.0),
           OPINION: ("body", 14.0, 20.0), SMALL: ("body", 8.0, 10.0), NOTICE: ("body", 10.5, 14.0)}
_PAD = 2.5  # cell padding, points
_QR_SIZE = 18 * mm


class Faces:
    """The registered reportlab names of a FontSet's faces."""

    def __init__(self, fonts: FontSet, replaced: set[str] | None = None) -> None:
        self.by_role = {role: font_lookup.pdf_font_name(getattr(fonts, role))
                        for role in ("body", "title", "heading")}
        self.fallback = font_lookup.pdf_font_name(fonts.fallback)
        self.replaced = replaced if replaced is not None else set()  # characters printed as 〓

    def style(self, style: str) -> tuple[str, float, float]:
        role, size, leading = _STYLES[style]
        return self.by_role[role], size, leading

    def width(self, text: str, font: str, size: float) -> float:
        return _run_width(text, font, self.fallback, size)

    def draw(self, canvas: rl_canvas.Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
        for name, chunk in font_lookup.runs(text, font, self.fallback, self.replaced):
            canvas.setFont(name, size)
            canvas.drawString(x, y, chunk)
            x += _width(chunk, name, size)


@lru_cache(maxsize=20000)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=50000)
def _run_width(text: str, font: str, fallback: str, size: float) -> float:
    """Width with per-character fallback; cached, as line breaking measures the same pieces often."""
    return sum(_width(chunk, name, size) for name, chunk in font_lookup.runs(text, font, fallback))


class TextBlock(Flowable):
    """Lines of styled text in a cell, broken by the Chinese rules, at least `min_height` tall."""

    def __init__(self, texts: tuple[Text, ...], faces: Faces, min_height: float = 0.0,
                 center: bool = False) -> None:
        super().__init__()
        self.texts, self.faces, self.min_height, self.center = texts, faces, min_height, center
        self.lines: list[tuple[Text, str, str, float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines and avail_width == self.width:  # tables wrap each cell more than once
            return self.width, self.height
        self.width, self.lines = avail_width, []
        for text in self.texts:
            font, size, leading = self.faces.style(text.style)
            measure = lambda s, f=font, z=size: self.faces.width(s, f, z)  # noqa: E731
            for line in break_lines(text.text, measure, avail_width) if text.text else [""]:
                self.lines.append((text, line, font, size, leading))
        self.height = max(sum(line[4] for line in self.lines), self.min_height)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height - (self.height - sum(line[4] for line in self.lines)) / 2 if self.center else self.height
        for text, line, font, size, leading in self.lines:
            top -= leading
            baseline = top + (leading - size) / 2 + size * 0.12
            width = self.faces.width(line, font, size)
            x = {"center": (self.width - width) / 2, "right": self.width - width}.get(text.align, 0.0)
            self.faces.draw(self.canv, x, baseline, line, font, size)


class OpinionBlock(Flowable):
    """An opinion box: who signs at the top, writing room (or the recorded opinion), then name and date."""

    def __init__(self, box: Opinion, faces: Faces) -> None:
        super().__init__()
        self.box, self.faces = box, faces

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.who = TextBlock((Text(self.box.who, VALUE),), self.faces)
        self.opinion = TextBlock((Text(self.box.opinion, OPINION),), self.faces)
        who_h = self.who.wrap(avail_width, avail_height)[1]
        opinion_h = self.opinion.wrap(avail_width - 12, avail_height)[1] if self.box.opinion else 0.0
        self.footer = self._footer_lines()
        self.height = who_h + max(self.box.room * mm, opinion_h + 4) + _SIGN_LEADING * len(self.footer) + 2
        return self.width, self.height

    def _footer_lines(self) -> list[str]:
        """Name and date (or 签名 and 年月日 to fill in) on one line, or two when the box is narrow."""
        font, size, _ = self.faces.style(VALUE)
        fits = lambda s: self.faces.width(s, font, size) <= self.width  # noqa: E731
        if self.box.signed_by:
            both = f"{self.box.signed_by}　{self.box.signed_on}"
            if fits(both):
                return [both]
            measure = lambda s: self.faces.width(s, font, size)  # noqa: E731
            return [line for part in (self.box.signed_by, self.box.signed_on) if part
                    for line in break_lines(part, measure, self.width)]
        blank = f"签名：{_SIGN_GAP}　{_DATE_BLANK}"
        return [blank] if fits(blank) else [f"签名：{_SIGN_GAP}", _DATE_BLANK]

    def draw(self) -> None:
        canvas, height = self.canv, self.height
        self.who.drawOn(canvas, 0, height - self.who.height)
        if self.box.opinion:
            self.opinion.drawOn(canvas, 12, height - self.who.height - self.opinion.height - 2)
        font, size, _ = self.faces.style(VALUE)
        y = 3 + _SIGN_LEADING * (len(self.footer) - 1)
        for line in self.footer:
            x = self.width - self.faces.width(line, font, size)
            self.faces.draw(canvas, x, y, line, font, size)
            if _SIGN_GAP in line:  # the blank after 签名： is a drawn rule, not characters
                start = x + self.faces.width("签名：", font, size)
                canvas.setLineWidth(0.5)
                canvas.line(start, y - 1.5, start + self.faces.width(_SIGN_GAP, font, size), y - 1.5)
            y -= _SIGN_LEADING


_SIGN_LEADING = 16.0
_SIGN_GAP = "\u3000" * 8  # room for a handwritten name
_DATE_BLANK = "年\u3000\u3000月\u3000\u3000日"


def _cell_flowable(cell, faces: Faces, min_height: float) -> Flowable:
    if len(cell.content) == 1 and isinstance(cell.content[0], Opinion):
        return OpinionBlock(cell.content[0], faces)
    return TextBlock(tuple(cell.content), faces, min_height, center=cell.valign == "middle")


def _table(grid: Grid, faces: Faces) -> Table:
    data, commands = [], []
    for r, row in enumerate(grid.rows):
        line, col = [], 0
        min_height = max(row.height * mm - 2 * _PAD, 0.0)
        for cell in row.cells:
            line.append(_cell_flowable(cell, faces, min_height))
            line += [""] * (cell.span - 1)
            if cell.span > 1:
                commands.append(("SPAN", (col, r), (col + cell.span - 1, r)))
            commands.append(("VALIGN", (col, r), (col, r), "TOP" if cell.valign == "top" else "MIDDLE"))
            col += cell.span
        data.append(line)
    # Empty span placeholders are drawn as strings too: give them an embedded font, not Helvetica.
    commands += [("FONTNAME", (0, 0), (-1, -1), faces.by_role["body"]), ("LEFTPADDING", (0, 0), (-1, -1), _PAD + 1), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD + 1),
                 ("TOPPADDING", (0, 0), (-1, -1), _PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD)]
    if grid.ruled:
        commands += [("INNERGRID", (0, 0), (-1, -1), 0.6, "black"), ("BOX", (0, 0), (-1, -1), 1.2, "black")]
    headers = sum(1 for row in grid.rows if row.header)
    table = Table(data, colWidths=[w * mm for w in grid.widths], repeatRows=headers, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


class Header(Flowable):
    """The form's title, centred, with an optional subtitle and the QR code at the top right."""

    def __init__(self, form: Form, faces: Faces) -> None:
        super().__init__()
        self.form, self.faces = form, faces

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = (_QR_SIZE if self.form.qr else 14 * mm) + (8 * mm if self.form.subtitle else 0) + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        font, size, _ = self.faces.style(TITLE)
        top = self.height
        title_y = top - (_QR_SIZE if self.form.qr else 14 * mm) / 2 - size * 0.35
        room = self.width - 2 * (_QR_SIZE + 4 * mm)
        while self.faces.width(self.form.title, font, size) > room and size > 14:
            size -= 1  # a long county name shrinks the title rather than running under the QR code
        title_width = self.faces.width(self.form.title, font, size)
        self.faces.draw(self.canv, (self.width - title_width) / 2, title_y, self.form.title, font, size)
        if self.form.subtitle:
            sub_font, sub_size, _ = self.faces.style(VALUE)
            sub_w = self.faces.width(self.form.subtitle, sub_font, sub_size)
            self.faces.draw(self.canv, (self.width - sub_w) / 2, 2 * mm + 2, self.form.subtitle, sub_font, sub_size)
        if self.form.qr:
            _draw_qr(self.canv, self.form.qr, self.width - _QR_SIZE, top - _QR_SIZE, _QR_SIZE)


def _draw_qr(canvas: rl_canvas.Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Vector QR code (crisp at any printer resolution); horizontal runs are drawn as one rectangle."""
    import segno

    # A fixed mask skips segno's evaluation of all eight (most of its time); any mask scans fine.
    matrix = segno.make(payload, error="m", micro=False, mask=0).matrix
    cell = size / (len(matrix) + 2)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            canvas.rect(x + (start + 1) * cell, y + size - (r + 2) * cell, (c - start) * cell, cell,
                        stroke=0, fill=1)


def _meta(text: str) -> str:
    """A document property without control characters (they would end up in the PDF's Info strings)."""
    return "".join(ch if font_lookup.printable(ch) else " " for ch in text)


def _numbered_canvas(faces: Faces, always: bool):
    """A canvas class that holds pages back until the end, then stamps 第 N 页 共 M 页 on each."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                if always or total > 1:
                    self._stamp(number, total)
                super().showPage()
            self.page_count = total
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            font, size, _ = faces.style(NOTICE)
            text = f"第 {number} 页  共 {total} 页"
            width, _height = self._pagesize
            faces.draw(self, (width - faces.width(text, font, size)) / 2, 9 * mm, text, font, size)

    return NumberedCanvas


def write_pdf(form: Form, fonts: FontSet, out: str | BinaryIO, *, numbered: bool = False,
              replaced: set[str] | None = None) -> int:
    """Writes the form to a path or binary file object; returns the number of pages. Characters no
    font has are printed as 〓 and added to `replaced`."""
    faces = Faces(fonts, replaced)
    pagesize = landscape(A4) if form.landscape else A4
    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=MARGIN_SIDE * mm, rightMargin=MARGIN_SIDE * mm,
                          topMargin=MARGIN_TOP * mm, bottomMargin=MARGIN_BOTTOM * mm,
                          title=_meta(form.meta.get("title", form.title)),
                          subject=_meta(form.meta.get("subject", form.title)),
                          author="DocRoute 公文流转助手", creator="DocRoute", lang="zh-CN",
                          initialFontName=faces.by_role["body"])  # no unembedded Helvetica
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")

    def later(canvas: rl_canvas.Canvas, _doc) -> None:
        if form.continued:
            font, size, _ = faces.style(NOTICE)
            faces.draw(canvas, doc.leftMargin, pagesize[1] - 10 * mm, form.continued, font, size)

    doc.addPageTemplates([PageTemplate("first", [frame], autoNextPageTemplate="later"),
                          PageTemplate("later", [frame], onPage=later)])
    story: list[Flowable] = [Header(form, faces)] + [_table(grid, faces) for grid in form.grids]
    canvas_class = _numbered_canvas(faces, numbered)
    made: list[rl_canvas.Canvas] = []  # the canvas reportlab creates, asked for its page count afterwards

    def make_canvas(*args, **kwargs):
        made.append(canvas_class(*args, **kwargs))
        return made[-1]

    try:
        doc.build(story, canvasmaker=make_canvas)
    except LayoutError:
        # A single box taller than a page cannot be printed on the form; say so instead of crashing.
        raise InputError("内容", "某一栏的内容超过一整页，无法排入表格",
                         "请精简该栏（如标题、意见）后重试，或导出 DOCX 由 Word 排版") from None
    return made[-1].page_count
