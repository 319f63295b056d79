"""Realistic sample records for font previews, the bench, the docs renders and the tests.

Plans come from the real rules engine on the contract's org chart, so the boxes, articles and warnings
printed on a sample are the ones a clerk would see."""
from __future__ import annotations

import copy
from datetime import date, timedelta

from desktop_app.domain.org import OrgChart

COUNTY = "托克逊县"

ORG = {
    "county": COUNTY,
    "people": [
        {"id": "head", "name": "县长甲", "role": "county_head"},
        {"id": "exec", "name": "副县长甲", "role": "executive_deputy_head",
         "departments": ["县财政局", "县发展和改革委员会", "县审计局"]},
        {"id": "d2", "name": "副县长乙", "role": "deputy_head", "departments": ["县教育局", "县卫生健康委员会"]},
        {"id": "d3", "name": "副县长丙", "role": "deputy_head", "departments": ["县住房和城乡建设局", "县自然资源局"]},
        {"id": "dir", "name": "办公室主任甲", "role": "office_director"},
        {"id": "ddir", "name": "办公室副主任甲", "role": "office_deputy_director"},
    ],
    "absences": [{"person": "head", "from": "2026-12-01", "to": "2026-12-05"}],
}


def org_chart() -> OrgChart:
    return OrgChart.from_json(copy.deepcopy(ORG))


def plan_for(request: dict) -> dict:
    from desktop_app.rules.engine import route

    return route(request, org_chart()).to_json()


def outgoing_record(record_id: int = 17, *, number: str | None = "托政发〔2026〕12号", title: str | None = None,
                    cosign: list[str] | None = None, on: str = "2026-11-27", signed: bool = True) -> dict:
    """A 通知 of the county government touching two portfolios; signed and numbered unless told otherwise."""
    fields = {"authority": "county_government", "direction": "downward", "doc_type": "通知",
              "scope": "cross_portfolio", "lead_department": "县教育局",
              "cosign_departments": ["县财政局", "县住房和城乡建设局"], "main_recipients": ["各乡镇人民政府", "县直各部门"],
              "cc": ["县委办公室", "县人大常委会办公室"], "drafter": "张三", "phone": "0995-8521234",
              "classification": "none", "urgency": "加急", "copies": 40, "publicity": "主动公开", "normative": False}
    plan = plan_for({"kind": "outgoing", "date": on, **fields})
    if cosign is not None:
        plan["steps"] = _with_cosigners(plan["steps"], cosign)
    actions = _actions(plan["steps"], on) if signed else []
    return {"id": record_id, "kind": "outgoing", "status": "numbered" if number else "registered",
            "title": title or "关于做好2026年冬春季校园安全和学生资助工作的通知", "number": number,
            "series": "托政发", "year": 2026, "serial": 12 if number else None, "receipt_number": None,
            "date": on, "fields": {**fields, "signed_on": "2026-11-30" if signed else None},
            "plan": plan, "actions": actions, "attachments": [{"name": "附件1.2026年学生资助项目清单.xlsx"}]}


def acting_record(record_id: int = 18) -> dict:
    """A 请示 to the prefecture signed while the county head is away: the executive deputy signs with 代."""
    fields = {"authority": "county_government", "direction": "upward", "doc_type": "请示", "scope": "routine",
              "lead_department": "县教育局", "main_recipients": ["吐鲁番市人民政府"], "cc": [], "drafter": "李四",
              "classification": "none", "urgency": "none", "copies": 5, "publicity": "依申请公开"}
    plan = plan_for({"kind": "outgoing", "date": "2026-12-02", **fields})
    actions = _actions(plan["steps"], "2026-12-02")
    return {"id": record_id, "kind": "outgoing", "status": "signed", "title": "关于申请下达2027年农村义务教育学校校舍维修改造资金的请示",
            "number": None, "date": "2026-12-02", "fields": fields, "plan": plan, "actions": actions,
            "attachments": []}


def incoming_record(record_id: int = 45, received: str = "2026-11-27") -> dict:
    fields = {"doc_type": "请示", "sender": "县教育局", "sender_number": "托教发〔2026〕8号",
              "sender_number_original": "托教发[2026]8号", "received_on": received, "copies": 2, "pages": 6,
              "classification": "none", "urgency": "特急", "due": "2026-12-04", "main_recipients": ["县人民政府"],
              "major": True, "written_on": "2026-11-25"}
    plan = plan_for({"kind": "incoming", "date": received, **fields})
    actions = _actions(plan["steps"][:1], received)
    return {"id": record_id, "kind": "incoming", "status": "in_progress",
            "title": "关于县第二中学教学楼抗震加固工程追加预算资金的请示", "number": None,
            "receipt_number": f"收文〔2026〕{record_id}号", "date": received, "fields": fields, "plan": plan,
            "actions": actions, "attachments": [{"name": "预算明细表.pdf"}]}


def seal_request(request_id: int = 5) -> dict:
    fields = {"seal": "county_government", "purpose": "contract", "requesting_department": "县住房和城乡建设局",
              "blank": False, "has_proof": False, "take_out": True, "document_number": None}
    plan = plan_for({"kind": "seal", "date": "2026-11-27", **fields})
    return {"id": request_id, **fields, "matter": "县城老旧小区改造工程施工合同签订", "copies": 4,
            "requester": "王五", "date": "2026-11-27", "document_name": "托克逊县老旧小区改造工程施工合同",
            "plan": plan}


def register_records(kind: str, count: int, start: date) -> list[dict]:
    """`count` records spread over the days from `start`, for register books."""
    make = outgoing_record if kind == "outgoing" else incoming_record
    base = make()
    out = []
    for i in range(count):
        record = copy.deepcopy(base)
        day = (start + timedelta(days=i // 4)).isoformat()
        record.update(id=100 + i, date=day, title=f"{base['title'][:-3]}（第{i + 1}批）{base['title'][-3:]}")
        if kind == "outgoing":
            record.update(number=f"托政发〔{start.year}〕{i + 1}号", serial=i + 1)
        else:
            record.update(receipt_number=f"收文〔{start.year}〕{i + 1}号")
            record["fields"] = {**record["fields"], "received_on": day}
        out.append(record)
    return out


def _with_cosigners(steps: list[dict], departments: list[str]) -> list[dict]:
    """Replaces the plan's co-signers with the given departments, renumbering the steps."""
    before = [s for s in steps if s["action"] != "cosign"]
    at = next((i for i, s in enumerate(steps) if s["action"] == "cosign"), len(before))
    cosigns = [{"order": 0, "action": "cosign", "role": "lead_department", "person": None,
                "basis": ["第六十二条"], "name": name} for name in departments]
    merged = before[:at] + cosigns + before[at:]
    return [{**step, "order": i} for i, step in enumerate(merged, 1)]


def _actions(steps: list[dict], on: str) -> list[dict]:
    """Recorded actions for every step with a named person, as the registry stores them."""
    out = []
    for step in steps:
        if step.get("person") or step.get("name"):
            out.append({"order": step["order"], "by": step.get("person"), "by_name": step.get("name"), "on": on,
                        "opinion": "同意。" if step["action"] != "sign" else "同意印发。",
                        "acting_for": step.get("acting_for")})
    return out
