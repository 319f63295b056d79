"""Archive printouts (第六十七条, DA/T 22-2015): the 归档章 on an archived record's slip, the 归档文件目录 of
a year (PDF and DOCX through the layout model, XLSX through slips/sheets.py), and the slip PDF that goes
into the archive package.

Catalogue rows are registry/archive.py `catalogue(year)`; 责任者 is the issuing body of an outgoing
record (县人民政府 or its 办公室) and the sender of an incoming one, 文号 that body's number (for incoming
the 来文字号, not the 收文编号); 日期 is the document's date as eight
digits (outgoing: the 签发 date; incoming: its 成文日期 when recorded, else the day received)."""
from __future__ import annotations

import io
from typing import Any

from desktop_app.domain.org import OrgChart
from desktop_app.slips import boxes
from desktop_app.slips.forms import FIELD_WIDTHS, issuer
from desktop_app.slips.model import LABEL, NOTICE, SMALL, Cell, Form, Grid, Row, Text, label, pairs

RETENTION_ORDER = ("永久", "30年", "10年")
# (heading, width mm); 题名 takes what is left of the 257 mm between the margins (A4 landscape).
COLUMNS = (("序号", 12), ("档号", 51), ("文号", 40), ("责任者", 28), ("题名", 0), ("日期", 19), ("密级", 12),
           ("页数", 11), ("备注", 14))
_TEXT_WIDTH = 257.0
_CENTRED = {0, 5, 6, 7}


def stamp_grids(record: dict) -> list[Grid]:
    """The 归档章 of an archived record (全宗号、年度、保管期限、件号、机构（问题）代码、页数, and the 档号),
    printed under the slip's number line in three rows; nothing before the record is archived."""
    stamp = record.get("archive")
    if not stamp:
        return []
    w = FIELD_WIDTHS
    code = Cell((Text(f"档号　{stamp.get('code') or ''}"), Text("第六十七条　DA/T 22-2015", SMALL, "right")), len(w) - 1)
    gap = Grid((sum(w),), (Row((Cell((Text("", SMALL),)),), 2.0),), ruled=False)  # a stamp, not part of the form
    return [Grid(w, (
        Row((label("归档章"), code)),
        pairs(w, ("全宗号", stamp.get("fonds")), ("年度", str(stamp.get("year") or "")),
              ("件号", f"{int(stamp.get('item') or 0):04d}")),
        pairs(w, ("机构代码", stamp.get("org_code")), ("保管期限", stamp.get("retention")),
              ("页数", str(stamp.get("pages") or ""))),
    )), gap]


def responsible(row: dict, county: str) -> str:
    if row.get("kind") == "outgoing":
        return issuer(county, row.get("authority"))
    return str(row.get("sender") or "")


def document_number(row: dict) -> str:
    """The document's own 文号: ours for outgoing, the sender's (来文字号) for incoming — the number of the
    责任者 beside it, not the 收文编号 the office gave on receipt (DA/T 22-2015 文号 = 发文字号)."""
    if row.get("kind") == "incoming":
        return str(row.get("sender_number") or "")
    return str(row.get("number") or "")


def catalogue_values(row: dict, n: int, county: str) -> tuple[str, ...]:
    level = row.get("classification") or "none"
    secrecy = "" if level == "none" else boxes.classification_text({"classification": level,
                                                                     "secrecy_term": row.get("secrecy_term")})
    return (str(n), row.get("code") or "", document_number(row),
            responsible(row, county), row.get("title") or "", str(row.get("document_date") or "").replace("-", ""),
            secrecy, str(row.get("pages") or ""), row.get("note") or "")


def sections(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    return [(r, [row for row in rows if row.get("retention") == r]) for r in RETENTION_ORDER
            if any(row.get("retention") == r for row in rows)]


def catalogue_form(year: int, rows: list[dict], *, county: str, fonds: str, org_code: str) -> Form:
    """A4 landscape, one table per 保管期限, its header repeated on every page; pages numbered."""
    fixed = sum(width for _, width in COLUMNS)
    widths = tuple(float(width or _TEXT_WIDTH - fixed) for _, width in COLUMNS)
    header = Row(tuple(Cell((Text(name, LABEL, "center"),)) for name, _ in COLUMNS), 9.0, header=True)
    grids = []
    for retention, chosen in sections(rows):
        title_row = Row((Cell((Text(f"保管期限：{retention}　共 {len(chosen)} 件", LABEL),), len(COLUMNS)),), 8.0,
                        header=True)
        body = [_data_row(catalogue_values(row, n, county)) for n, row in enumerate(chosen, 1)]
        grids.append(Grid(widths, (title_row, header, *body)))
    if not grids:
        grids.append(Grid(widths, (header, Row((Cell((Text("（本年度尚无归档文件）", NOTICE, "center"),), len(COLUMNS)),),
                                                 12.0))))
    unit = f"{issuer(county, 'county_office')}"
    subtitle = f"全宗：{unit}（全宗号 {fonds}）　机构代码 {org_code}　年度 {year}　共 {len(rows)} 件"
    title = f"{year}年度归档文件目录"
    return Form(title, tuple(grids), subtitle=subtitle, landscape=True, continued=f"{title}（续）　{subtitle}",
                meta={"title": f"{unit}{title}", "subject": "归档文件目录（DA/T 22-2015）"})


def _data_row(values: tuple[str, ...]) -> Row:
    return Row(tuple(Cell((Text(v, NOTICE, "center" if i in _CENTRED else "left"),)) for i, v in enumerate(values)),
               8.0)


def catalogue_sheet(rows: list[dict], *, county: str) -> tuple[list[str], list[list[Any]]]:
    """The catalogue as one table for a spreadsheet: the printed columns plus 保管期限 and 件号."""
    header = [name for name, _ in COLUMNS] + ["保管期限", "件号"]
    body = []
    for retention, chosen in sections(rows):
        for n, row in enumerate(chosen, 1):
            values: list[Any] = list(catalogue_values(row, n, county))
            values[0], values[7] = n, row.get("pages")  # numbers stay numbers in Excel
            body.append(values + [retention, row.get("item")])
    return header, body


def slip_pdf(record: dict, *, county: str, org: OrgChart | None = None, font: str | None = None) -> bytes:
    """The routing slip of the record, 归档章 included, as PDF bytes (for the archive package)."""
    from desktop_app.slips import render_form
    from desktop_app.slips.forms import slip_form

    buffer = io.BytesIO()
    render_form(slip_form(record, county=county, org=org), "pdf", buffer, font=font)
    return buffer.getvalue()
