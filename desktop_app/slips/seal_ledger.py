"""The printed 用印登记簿: every ledger entry dated in a range, one row each, ending with the chain's
head hash so that an auditor can write it down (and later run `docroute seal verify --head N:HASH`).

Each row prints the entry as it was recorded (a correction is its own row; the corrected row says where
it was corrected) and its 校验码, the first 8 hex digits of the entry's hash: with them the paper shows
which entry a rebuilt chain changed. A4 landscape, header repeated, pages numbered; PDF, DOCX or XLSX."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import InputError
from desktop_app.files import replaced_atomically
from desktop_app.slips import Rendered, boxes, render_form
from desktop_app.slips.forms import issuer
from desktop_app.slips.model import LABEL, NOTICE, Cell, Form, Grid, Row, Text
from desktop_app.slips.seal import FIELD_LABELS

CODE_DIGITS = 8
# (heading, width mm); 事由 takes what is left of the 257 mm between the margins.
COLUMNS = (("序号", 10), ("日期时间", 23), ("事项", 14), ("印章", 22), ("申请部门\n经办人", 24),
           ("事由、文件名称及文号", 0), ("份数", 9), ("审批人", 23), ("监印人", 15), ("带出归还", 22),
           ("备注", 24), ("校验码", 19))
_TEXT_WIDTH = 257.0
_CENTRED = {0, 1, 2, 6, 11}
_EVENTS = {"request": "申请", "use": "用印", "take_out": "带出", "return": "归还", "correction": "更正",
           "seal_change": "印章变更"}


def _when(entry: dict) -> str:
    """The entry's date, with the time it was recorded when that was the same day."""
    at = str(entry.get("at") or "")
    day = str(entry.get("on_date") or at[:10])
    return f"{day}\n{at[11:16]}" if at[:10] == day and len(at) >= 16 else day


def _approvers(body: dict) -> str:
    approvals = (body.get("plan") or {}).get("approvals") or ()
    names = [a.get("name") or _role(a.get("role")) for a in approvals]
    return "、".join(n for n in names if n)


def _role(role: str | None) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role or ""


def _document(fields: dict) -> str:
    parts = [p for p in (fields.get("document_name"), fields.get("document_number")) if p]
    return " ".join(parts)


def _cells(entry: dict, seal_names: dict[str, str], corrected_by: dict[int, list[int]]) -> tuple[str, ...]:
    body, kind = entry["body"], entry["kind"]
    fields = body.get("request") or {}
    event = _EVENTS.get(kind, kind)
    people = matter = copies = approvers = operator = outside = note = ""
    if kind == "request":
        people = "\n".join(p for p in (fields.get("requesting_department"), fields.get("requester")) if p)
        matter = "\n".join(p for p in (fields.get("matter"), _document(fields)) if p)
        copies = str(fields.get("copies") or "")
        if body.get("refused"):
            event, note = "申请\n不予用印", f"不予用印（{'、'.join(body.get('reason_basis') or ())}）"
        else:
            approvers = ("需：" + _approvers(body)) if _approvers(body) else "无需另行审批"
        outside = "申请带出" if fields.get("take_out") else ""
    elif kind == "use":
        people = body.get("requesting_department") or ""
        matter, copies = body.get("matter") or "", str(body.get("copies") or "")
        approvers, operator = "、".join(body.get("approved_names") or ()), body.get("operator") or ""
        scan = body.get("scan") or {}
        note = "；".join(p for p in (f"扫描件 {scan['sha256'][:CODE_DIGITS]}" if scan.get("sha256") else "",
                                     body.get("note") or "") if p)
    elif kind == "take_out":
        people = body.get("requesting_department") or ""
        matter = "\n".join(p for p in (f"带出事由：{body.get('reason') or ''}", body.get("matter")) if p)
        outside = f"带出 {str(entry.get('at'))[11:16]}\n随同 {body.get('escort') or ''}"
        note = "" if body.get("foreign_affairs") else "非外事带出（第七十二条）"
    elif kind == "return":
        outside = f"归还 {str(entry.get('at'))[11:16]}（带出见第 {body.get('take_out')} 条）"
        note = "超过当日下班时间" if body.get("late") else ""
    elif kind == "correction":
        changes = "，".join(f"{FIELD_LABELS.get(k, k)}：{v}" for k, v in (body.get("changes") or {}).items())
        matter, note = f"更正第 {entry.get('corrects')} 条：{changes}", body.get("reason") or ""
    elif kind == "seal_change":
        matter, note = body.get("summary") or "", body.get("note") or ""
    later = corrected_by.get(entry["id"])
    if later:
        note = "；".join(p for p in (note, f"见第 {'、'.join(map(str, later))} 条更正") if p)
    if entry.get("request_id") and matter and kind != "request":  # which request a use or take-out is for
        matter = f"〔申请{entry['request_id']}〕{matter}"
    return (str(entry["id"]), _when(entry), event, seal_names.get(entry["seal"], entry["seal"]), people, matter,
            copies, approvers, operator, outside, note, str(entry.get("hash") or "")[:CODE_DIGITS])


def ledger_form(book: dict, *, county: str, printed_at: datetime | None = None) -> Form:
    """The layout of the 用印登记簿 of `book` (SealRegistry.book)."""
    fixed = sum(width for _, width in COLUMNS)
    widths = tuple(float(width or _TEXT_WIDTH - fixed) for _, width in COLUMNS)
    header = Row(tuple(Cell((Text(name, LABEL, "center"),)) for name, _ in COLUMNS), 10.0, header=True)
    entries = book["entries"]
    rows = [header] + [_data_row(_cells(e, book["seal_names"], book.get("corrected_by") or {})) for e in entries]
    if not entries:
        rows.append(Row((Cell((Text("（本期无用印登记）", NOTICE, "center"),), len(COLUMNS)),), 12.0))
    title = f"{issuer(county, 'county_office')}用印登记簿"
    period = f"{boxes.cn_date(book['from'])}至{boxes.cn_date(book['to'])}　共 {len(entries)} 条"
    grids = (Grid(widths, tuple(rows)), _head_grid(book["head"], printed_at or datetime.now()))
    return Form(title, grids, subtitle=period, landscape=True, continued=f"{title}（续）　{period}",
                meta={"title": f"{title} {period}", "subject": title})


def head_lines(head: dict, printed_at: datetime) -> tuple[str, ...]:
    when = printed_at.strftime("%Y-%m-%d %H:%M")
    if not head.get("entry"):
        return (f"登记簿链头：尚无登记（打印于 {when}）",)
    return (f"登记簿链头（打印于 {when}）：第 {head['entry']} 条，共 {head['entries']} 条，校验值 {head['hash']}",
            f"核对方法：docroute seal verify --head {head['entry']}:{head['hash']}",
            f"请抄录链头校验值。登记簿日后如被改动，即使整条链被重新计算，也与抄录的值不符；各条的校验码是该条校验值的前 "
            f"{CODE_DIGITS} 位，可用同一命令（--head 条目号:校验码）逐条核对。",
            "抄录人：　　　　　　　　　　抄录日期：　　　　年　　月　　日")


def _head_grid(head: dict, printed_at: datetime) -> Grid:
    lines = tuple(Text(line, NOTICE) for line in head_lines(head, printed_at) if line)
    return Grid((_TEXT_WIDTH,), (Row((Cell(lines, valign="top"),), 14.0),))


def _data_row(values: tuple[str, ...]) -> Row:
    return Row(tuple(Cell((Text(v, NOTICE, "center" if i in _CENTRED else "left"),))
                     for i, v in enumerate(values)), 9.0)


def render_seal_ledger(book: dict, fmt: str, out: Path | BinaryIO, *, county: str,
                       font: str | None = None) -> Rendered:
    """Writes the 用印登记簿 as PDF, DOCX or XLSX (every text cell a string, never a formula)."""
    form = ledger_form(book, county=county)
    if fmt == "xlsx":
        from desktop_app.slips.xlsx_writer import write_xlsx

        if isinstance(out, (str, Path)):
            with replaced_atomically(Path(out)) as temporary:
                write_xlsx(form, temporary, numeric_columns={0, 6})
        else:
            write_xlsx(form, out, numeric_columns={0, 6})
        return Rendered(out, None)
    if fmt not in ("pdf", "docx"):
        raise InputError("format", f"不支持的格式“{fmt}”", "可选：pdf、docx、xlsx")
    return render_form(form, fmt, out, font=font, numbered=True)
