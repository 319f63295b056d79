"""The layout of the two routing slips: 发文稿纸 for an outgoing record, 收文处理笺 for an incoming one.

Both read the record of docs/record-json.md: the fields the clerk registered, the stored routing plan
(its steps become the opinion boxes, its warnings the notice box) and the recorded actions."""
from __future__ import annotations

import re
from typing import Any

from desktop_app.domain.enums import Authority, Direction
from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.slips import boxes
from desktop_app.slips.model import OPINION, Cell, Form, Grid, Row, Text, label, pairs, value

FIELD_WIDTHS = (26.0, 36.0, 20.0, 34.0, 20.0, 34.0)  # first label column 26 mm, as in the box grids


QR_PREFIX = "docroute:"
_QR_PAYLOAD = re.compile(r"docroute:(?:(seal):)?([1-9][0-9]{0,11})", re.IGNORECASE)


def qr_payload(record_id: Any, kind: str = "") -> str:
    """What the QR code says: scanning it into the search box finds the record (docs/slips.md)."""
    return f"{QR_PREFIX}{kind + ':' if kind else ''}{record_id}"


def read_qr_payload(text: str) -> tuple[str, int] | None:
    """The inverse of qr_payload: `docroute:17` → ("record", 17), `docroute:seal:5` → ("seal", 5); None
    for anything else. Upper case is accepted: a scanner with Caps Lock on types DOCROUTE:17."""
    found = _QR_PAYLOAD.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        return None
    return ("seal" if found[1] else "record"), int(found[2])


def issuer(county: str, authority: str | None) -> str:
    """托克逊县 + county_office → 托克逊县人民政府办公室."""
    office = authority == Authority.COUNTY_OFFICE.value
    return f"{county}人民政府{'办公室' if office else ''}"


def slip_form(record: dict, *, county: str, org: OrgChart | None = None) -> Form:
    kind = record.get("kind")
    if kind == "outgoing":
        return outgoing_form(record, county=county, org=org)
    if kind == "incoming":
        return incoming_form(record, county=county, org=org)
    raise InputError("kind", f"没有“{kind}”类记录的处理笺", "只有发文（outgoing）和收文（incoming）记录可以打印")


def _top_line(left: str, right: str) -> Grid:
    return Grid((110.0, 60.0), (Row((Cell((Text(left),)), Cell((Text(right, align="right"),)))),), ruled=False)


def _joined(items: Any) -> str:
    if isinstance(items, str):
        return items
    return "、".join(str(i.get("name", i)) if isinstance(i, dict) else str(i) for i in items or ())


def _direction(fields: dict) -> str:
    try:
        return Direction(fields.get("direction")).label
    except ValueError:
        return ""


def _publicity(fields: dict) -> str:
    text = fields.get("publicity") or ""
    reason = fields.get("publicity_reason") or fields.get("non_disclosure_reason")
    return f"{text}（{reason}）" if reason else text


def outgoing_form(record: dict, *, county: str, org: OrgChart | None = None) -> Form:
    fields = record.get("fields") or {}
    title = f"{issuer(county, fields.get('authority'))}发文稿纸"
    department = fields.get("lead_department") or ""
    w = FIELD_WIDTHS
    head = Grid(w, (
        pairs(w, ("文种", fields.get("doc_type")), ("行文方向", _direction(fields)),
              ("密级", boxes.classification_text(fields))),
        pairs(w, ("紧急程度", boxes.urgency_text(fields)), ("公开属性", _publicity(fields)),
              ("印发份数", str(fields.get("copies") or ""))),
        pairs(w, ("拟稿单位", department), ("拟稿人", fields.get("drafter")), ("电话", fields.get("phone"))),
        Row((label("标题"), value(record.get("title"), 5, OPINION)), 12.0),
        pairs(w, ("主送", _joined(fields.get("main_recipients")))),
        pairs(w, ("抄送", _joined(fields.get("cc")))),
        pairs(w, ("附件", _joined(record.get("attachments")))),
    ))
    tail = Grid(w, (
        pairs(w, ("拟稿日期", boxes.cn_date(record.get("date"))), ("成文日期", boxes.cn_date(fields.get("signed_on"))),
              ("印发日期", boxes.cn_date(fields.get("issued_on")))),
        pairs(w, ("印制份数", str(fields.get("copies") or "")), ("校对", fields.get("proofread_by")),
              ("用印", fields.get("sealed_by"))),
        *boxes.free_rows(w, [("附注", 12.0)]),
    ))
    return _assemble(record, title, "文号：" + (record.get("number") or ""), head, tail,
                     boxes.OUTGOING_LABELS, org, department)


def incoming_form(record: dict, *, county: str, org: OrgChart | None = None) -> Form:
    fields = record.get("fields") or {}
    title = f"{issuer(county, None)}收文处理笺"
    w = FIELD_WIDTHS
    head = Grid(w, (
        pairs(w, ("收文日期", boxes.cn_date(fields.get("received_on") or record.get("date"))),
              ("办理时限", boxes.cn_date(fields.get("due"))), ("紧急程度", boxes.urgency_text(fields))),
        pairs(w, ("来文机关", fields.get("sender")), ("来文字号", fields.get("sender_number"))),
        pairs(w, ("文种", fields.get("doc_type")), ("密级", boxes.classification_text(fields)),
              ("份数", str(fields.get("copies") or ""))),
        pairs(w, ("成文日期", boxes.cn_date(fields.get("written_on"))), ("页数", str(fields.get("pages") or ""))),
        Row((label("标题"), value(record.get("title"), 5, OPINION)), 12.0),
        pairs(w, ("附件", _joined(record.get("attachments")))),
    ))
    tail = Grid(w, tuple(boxes.free_rows(w, [("办理结果", 24.0), ("备注", 12.0)])))
    number = "收文编号：" + (record.get("receipt_number") or "")
    return _assemble(record, title, number, head, tail, boxes.INCOMING_LABELS, org, "")


def _assemble(record: dict, title: str, number_line: str, head: Grid, tail: Grid, labels: dict,
              org: OrgChart | None, department: str) -> Form:
    caption = f"登记号 {record.get('id')}"
    from desktop_app.slips.archive import stamp_grids  # the 归档章 once archived (第六十七条)

    grids = [_top_line(number_line, caption), *stamp_grids(record), head]
    notice = boxes.notice_grid(record.get("plan"))
    if notice:
        grids.append(notice)
    grids += boxes.opinion_grids(record, labels, org, department)
    grids.append(tail)
    return Form(title, tuple(grids), qr=qr_payload(record.get("id")), qr_caption=caption,
                continued=f"{title}（续）　{caption}",
                meta={"title": record.get("title") or title, "subject": title})
