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
    return "已附" if request.get("has_proof") else "未附"


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
    grids = [_top_line(f"编号：{request.get('id', '')}", f"用印登记号 {request.get('id', '')}"), head]
    notice = boxes.notice_grid(request.get("plan"))
    if notice:
        grids.append(notice)
    grids.append(Grid(boxes.BOX_WIDTHS, tuple(_approval_rows(request, org))))
    tail = Grid(w, (
        pairs(w, ("监印人", request.get("operator")), ("用印时间", boxes.cn_date(request.get("used_on"))),
              ("用印份数", str(request.get("used_copies") or ""))),
        pairs(w, ("带出时间", boxes.cn_date(request.get("taken_on"))), ("归还时间", boxes.cn_date(request.get("returned_on"))),
              ("随同人员", request.get("escort"))),
        *boxes.free_rows(w, [("备注", 12.0)]),
    ))
    grids.append(tail)
    caption = f"用印登记号 {request.get('id', '')}"
    return Form(title, tuple(grids), qr=qr_payload(request.get("id"), "seal"), qr_caption=caption,
                continued=f"{title}（续）　{caption}", meta={"title": request.get("matter") or title, "subject": title})
