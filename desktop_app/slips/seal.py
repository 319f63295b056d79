"""The layout of the 用印审批单: a seal request with the approvals the rules demand (第六十八—七十二条).

The request carries the seal fields of routing.md (seal, purpose, requesting_department, blank,
has_proof, take_out, document_number), its `id`, `matter` (事由), `copies`, `requester` (经办人), `date`
and `plan` (routing output); `approvals` become the boxes, in order, each citing its articles. When the
seal was used, `used_on`, `operator` (监印人) and `approved_by` (person ids) are printed too."""
from __future__ import annotations

from desktop_app.domain.enums import Action, Authority, Seal, SealPurpose
from desktop_app.domain.org import OrgChart
from desktop_app.slips import boxes
from desktop_app.slips.forms import FIELD_WIDTHS, _top_line, issuer, qr_payload
from desktop_app.slips.model import OPINION, Cell, Form, Grid, Opinion, Row, label, pairs, value

SEAL_LABELS = {Action.APPROVE: "审批", Action.SIGN: "审批"}


def _label_of(enum_type, raw) -> str:
    try:
        return enum_type(raw).label
    except ValueError:
        return str(raw or "")


def _yes_no(flag) -> str:
    return "是" if flag else "否"


def _proof(request: dict) -> str:
    """Proof papers matter only for an introduction letter (第七十条)."""
    if request.get("purpose") != SealPurpose.INTRODUCTION_LETTER.value:
        return "—"
    if request.get("has_proof"):
        return "已附"
    return "未附（特殊情况）" if request.get("special_case") else "未附"


def _when(value) -> str:
    """A date, or a recorded time (2026-12-01T09:30:00) as 2026年12月1日 09:30."""
    text = str(value or "")
    return f"{boxes.cn_date(text)} {text[11:16]}" if len(text) >= 16 and text[10] == "T" else boxes.cn_date(text)


def _remarks(request: dict) -> str:
    """What the ledger adds below the form: the scan kept with the use, and any corrections."""
    lines = []
    for use in request.get("uses") or ():
        scan = use.get("scan") or {}
        if scan.get("sha256"):
            lines.append(f"已留存签字审批单扫描件 {scan.get('name', '')}（SHA-256 {scan['sha256'][:16]}…）")
    for correction in request.get("corrections") or ():
        changes = "，".join(f"{FIELD_LABELS.get(k, k)}：{v}" for k, v in (correction.get("changes") or {}).items())
        lines.append(f"登记簿第 {correction.get('entry')} 条更正：{changes}（{correction.get('reason', '')}）")
    for use in request.get("uses") or ():
        for correction in use.get("corrections") or ():
            changes = "，".join(f"{FIELD_LABELS.get(k, k)}：{v}" for k, v in (correction.get("changes") or {}).items())
            lines.append(f"登记簿第 {correction.get('entry')} 条更正用印记录：{changes}（{correction.get('reason', '')}）")
    return "\n".join(lines)


# The fields a correction may change (registry/seals/state.py CORRECTABLE), as printed.
FIELD_LABELS = {"matter": "事由", "requester": "经办人", "copies": "份数", "document_name": "文件名称", "note": "备注",
                "on": "用印日期", "operator": "监印人", "escort": "随同人员", "reason": "事由"}


def _approval_rows(request: dict, org: OrgChart | None) -> list[Row]:
    approvals = list((request.get("plan") or {}).get("approvals") or ())
    approved = set(request.get("approved_by") or ())
    rows = []
    for order, approval in enumerate(approvals, 1):
        step = {"order": order, "action": Action.APPROVE.value, **approval}
        box_cell = boxes.opinion_cell(step, None, org, "")
        if approval.get("person") in approved:
            box = box_cell.content[0]
            box_cell = Cell((Opinion(box.who, "同意。", boxes.person_name(step, org),
                                     boxes.cn_date(request.get("used_on")), box.room),), valign="top")
        rows.append(Row((boxes.step_label(step, SEAL_LABELS), box_cell)))
    if not rows:
        rows.append(Row((label("审批"), value("（无需审批，或按规定不予用印，见提示）"))))
    return rows


def seal_form(request: dict, *, county: str, org: OrgChart | None = None) -> Form:
    title = f"{issuer(county, Authority.COUNTY_OFFICE.value)}用印审批单"
    w = FIELD_WIDTHS
    document = " ".join(p for p in (request.get("document_name"), request.get("document_number")) if p)
    head = Grid(w, (
        pairs(w, ("印章", _label_of(Seal, request.get("seal"))), ("用印类别", _label_of(SealPurpose, request.get("purpose"))),
              ("份数", str(request.get("copies") or ""))),
        pairs(w, ("申请部门", request.get("requesting_department")), ("经办人", request.get("requester")),
              ("申请日期", boxes.cn_date(request.get("date")))),
        Row((label("事由"), value(request.get("matter"), 5, OPINION)), 14.0),
        pairs(w, ("文件名称\n及文号", document)),
        pairs(w, ("空白文书", _yes_no(request.get("blank"))), ("证明材料", _proof(request)),
              ("印章带出", _yes_no(request.get("take_out")))),
    ))
    code = f"　登记簿校验码 {request['hash'][:8]}" if request.get("hash") else ""
    grids = [_top_line(f"编号：{request.get('id', '')}{code}", f"用印登记簿第 {request.get('id', '')} 条"), head]
    notice = boxes.notice_grid(request.get("plan"))
    if notice:
        grids.append(notice)
    grids.append(Grid(boxes.BOX_WIDTHS, tuple(_approval_rows(request, org))))
    tail = Grid(w, (
        pairs(w, ("监印人", request.get("operator")), ("用印时间", boxes.cn_date(request.get("used_on"))),
              ("用印份数", str(request.get("used_copies") or ""))),
        pairs(w, ("带出时间", _when(request.get("taken_on"))), ("归还时间", _when(request.get("returned_on"))),
              ("随同人员", request.get("escort"))),
        Row((label("备注"), value(_remarks(request), len(w) - 1)), 12.0),
    ))
    grids.append(tail)
    caption = f"用印登记号 {request.get('id', '')}"
    return Form(title, tuple(grids), qr=qr_payload(request.get("id"), "seal"), qr_caption=caption,
                continued=f"{title}（续）　{caption}", meta={"title": request.get("matter") or title, "subject": title})
