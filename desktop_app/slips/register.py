"""The layout of the register books, 收文登记簿 and 发文登记簿: one row per document over a date range.

A4 landscape, the header row repeated on every page and each page numbered 第 N 页 共 M 页. Records
come from the registry (`records_between`); they are filtered to the range again and sorted by date and
number, so the book reads in the order the documents were registered."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.errors import Hint, InputError
from desktop_app.slips import boxes
from desktop_app.slips.forms import issuer
from desktop_app.slips.model import LABEL, NOTICE, Cell, Form, Grid, Row, Text

_STATUS = {"registered": "已登记", "signed": "已签发", "numbered": "已编号", "voided": "已作废",
           "in_progress": "办理中", "done": "已办结"}

# (heading, width mm); the title column takes what is left of the 257 mm between the margins.
_INCOMING = (("序号", 11), ("收文编号", 34), ("收文日期", 22), ("来文机关", 24), ("来文字号", 34), ("标题", 0),
             ("密级", 12), ("份数", 11), ("办理时限", 22), ("状态", 15), ("备注", 12))
_OUTGOING = (("序号", 11), ("文号", 37), ("拟稿日期", 22), ("标题", 0), ("主送", 28), ("拟稿单位", 24),
             ("签发人", 18), ("密级", 12), ("份数", 11), ("公开属性", 20), ("备注", 14))
_TEXT_WIDTH = 257.0


def _record_day(record: dict) -> str:
    fields = record.get("fields") or {}
    return str((fields.get("received_on") if record.get("kind") == "incoming" else None) or record.get("date") or "")


def _in_range(records: list[dict], start: date, end: date) -> list[dict]:
    chosen = [r for r in records if start.isoformat() <= _record_day(r)[:10] <= end.isoformat()]
    return sorted(chosen, key=lambda r: (_record_day(r), r.get("serial") or 0, r.get("id") or 0))


def _signer(record: dict) -> str:
    """Who signed: the recorded 签发 (with 代 when acting), else nobody yet."""
    steps = {s.get("order"): s for s in (record.get("plan") or {}).get("steps") or ()}
    for action in record.get("actions") or ():
        step = steps.get(action.get("order")) or {}
        if step.get("action") == "sign":
            return boxes.signed_name(action, None)
    return ""


def _status(record: dict) -> str:
    return record.get("status_label") or _STATUS.get(record.get("status"), record.get("status") or "")


def _incoming_row(n: int, record: dict) -> tuple[str, ...]:
    f = record.get("fields") or {}
    return (str(n), record.get("receipt_number") or "", _record_day(record)[:10], f.get("sender") or "",
            f.get("sender_number") or "", record.get("title") or "", _secrecy(f), str(f.get("copies") or ""),
            str(f.get("due") or ""), _status(record), f.get("remark") or "")


def _outgoing_row(n: int, record: dict) -> tuple[str, ...]:
    f = record.get("fields") or {}
    recipients = "、".join(f.get("main_recipients") or ())
    return (str(n), record.get("number") or "", _record_day(record)[:10], record.get("title") or "", recipients,
            f.get("lead_department") or "", _signer(record), _secrecy(f), str(f.get("copies") or ""),
            f.get("publicity") or "", _status(record) if record.get("status") == "voided" else f.get("remark") or "")


def _secrecy(fields: dict) -> str:
    text = boxes.classification_text(fields)
    return "" if text == "无" else text


def register_form(kind: str, records: list[dict], start: date, end: date, *, county: str) -> Form:
    if kind not in ("incoming", "outgoing"):
        raise InputError("kind", f"没有“{kind}”登记簿", "可选：incoming（收文）、outgoing（发文）")
    if end < start:
        raise InputError("to", "结束日期早于开始日期", Hint("请检查 --from 与 --to", "请检查开始日期和结束日期"))
    columns = _INCOMING if kind == "incoming" else _OUTGOING
    fixed = sum(width for _, width in columns)
    widths = tuple(float(width or _TEXT_WIDTH - fixed) for _, width in columns)
    header = Row(tuple(Cell((Text(name, LABEL, "center"),)) for name, _ in columns), 9.0, header=True)
    make = _incoming_row if kind == "incoming" else _outgoing_row
    chosen = _in_range(records, start, end)
    rows = [header] + [_data_row(make(n, r)) for n, r in enumerate(chosen, 1)]
    if not chosen:
        rows.append(Row((Cell((Text("（本期无登记）", NOTICE, "center"),), len(columns)),), 12.0))
    name = "收文登记簿" if kind == "incoming" else "发文登记簿"
    title = f"{issuer(county, 'county_office')}{name}"
    period = f"{boxes.cn_date(start)}至{boxes.cn_date(end)}　共 {len(chosen)} 件"
    return Form(title, (Grid(widths, tuple(rows)),), subtitle=period, landscape=True,
                continued=f"{title}（续）　{period}", meta={"title": f"{title} {period}", "subject": title})


def _data_row(values: tuple[str, ...]) -> Row:
    centred = {0, 2, 6, 7, 8}  # short columns: number, dates, level, copies
    return Row(tuple(Cell((Text(v, NOTICE, "center" if i in centred else "left"),)) for i, v in enumerate(values)),
               8.0)

