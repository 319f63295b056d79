"""The routing on paper: a plan's steps become opinion boxes, its warnings and deadlines a notice box.

Each box names the role and the person (from the step, else the org chart), cites its articles in small
print, and either leaves room for opinion, signature and date or prints what was recorded (opinion, name,
date, and 代 after the name of someone signing in another's stead, 第五条)."""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from desktop_app.domain.enums import Action, Classification, Role
from desktop_app.domain.org import OrgChart
from desktop_app.slips.model import NOTICE, OPINION, SMALL, Cell, Grid, Opinion, Row, Text, label

BOX_WIDTHS = (26.0, 144.0)
PAIR_WIDTHS = (26.0, 59.0, 26.0, 59.0)

# Writing room (mm) by action: the signature gets the most, a co-signer the least.
_ROOM = {Action.SIGN: 26.0, Action.APPROVE: 18.0, Action.COMMENT: 18.0, Action.DIRECTOR_REVIEW: 18.0,
         Action.COSIGN: 7.0, Action.DRAFT: 6.0}

_DEADLINE_LABELS = {"cosign_reply": "会签单位回复时限", "minutes_issue": "纪要发出时限"}

# How each action is headed on the two forms: the incoming form speaks of 拟办 and 批示.
OUTGOING_LABELS = {Action.DRAFT: "拟稿单位\n核稿", Action.OFFICE_REVIEW: "办公室审核",
                   Action.APPROVE: "分管领导\n审定", Action.SIGN: "签发", Action.COSIGN: "会签"}
INCOMING_LABELS = {Action.OFFICE_REVIEW: "拟办意见", Action.DIRECTOR_REVIEW: "办公室主任\n签批",
                   Action.COMMENT: "领导批示", Action.APPROVE: "领导批示", Action.SIGN: "领导批示",
                   Action.HANDLE: "承办单位"}
# A step the plan words itself (Step.label): a leader reads a plain 报告 (第六十五条: 圈阅 = 已阅知).
WORDED_LABELS = {"阅示": "领导阅示\n（圈阅）"}


def cn_date(value: Any) -> str:
    """2026-11-30 → 2026年11月30日; anything unparseable is printed as given."""
    if not value:
        return ""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{day.year}年{day.month}月{day.day}日"


def classification_text(fields: dict) -> str:
    """密级 with its 保密期限 as printed on documents: 机密★1年; 无 when not classified."""
    level = fields.get("classification") or "none"
    if level == Classification.NONE.value:
        return "无"
    term = fields.get("secrecy_term") or fields.get("classification_term")
    return f"{level}★{term}" if term else str(level)


def urgency_text(fields: dict) -> str:
    value = fields.get("urgency") or "none"
    return "无" if value == "none" else str(value)


def role_label(role: str | None) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role or ""


def action_label(action: str, labels: dict[Action, str]) -> str:
    try:
        member = Action(action)
    except ValueError:
        return action
    return labels.get(member, member.label)


def person_name(step: dict, org: OrgChart | None) -> str:
    if step.get("name"):
        return str(step["name"])
    person = org.get(step["person"]) if org and step.get("person") else None
    return person.name if person else ""


def who(step: dict, org: OrgChart | None, drafting_department: str = "") -> str:
    """The pre-printed line of a box: role and name, and for whom an acting signer signs."""
    role = step.get("role")
    if role == Role.LEAD_DEPARTMENT.value and step.get("name"):
        return str(step["name"])  # a co-signing department: its name says it all
    if role == Role.DRAFTER.value:
        return f"{drafting_department}负责人".strip() if drafting_department else "拟稿单位负责人"
    text = " ".join(part for part in (role_label(role), person_name(step, org)) if part)
    if step.get("acting_for"):
        text += f"（代{role_label(step['acting_for'])}，第五条）"
    return text


def signed_name(action: dict, org: OrgChart | None) -> str:
    """The recorded signer; 代 follows the name of one who signed in another's stead."""
    name = action.get("by_name") or (org.get(action["by"]).name if org and action.get("by") and org.get(action["by"])
                                     else action.get("by") or "")
    acting = action.get("acting_for")
    if not acting:
        return name
    if acting in Role.values():
        return f"{name}（代{Role(acting).label}）"
    person = org.get(acting) if org else None
    return f"{name}（代{person.name}）" if person else f"{name} 代"


def opinion_cell(step: dict, action: dict | None, org: OrgChart | None, department: str,
                 span: int = 1) -> Cell:
    room = _ROOM.get(_action(step), 12.0)
    if action is None:
        box = Opinion(who(step, org, department), room=room)
    else:
        box = Opinion(who(step, org, department), str(action.get("opinion") or ""),
                      signed_name(action, org), cn_date(action.get("on")), room=room)
    return Cell((box,), span, valign="top")


def _action(step: dict) -> Action | None:
    try:
        return Action(step.get("action"))
    except ValueError:
        return None


def step_label(step: dict, labels: dict[Action, str]) -> Cell:
    basis = "、".join(step.get("basis") or ())
    text = WORDED_LABELS.get(step.get("label") or "") or action_label(str(step.get("action")), labels)
    return label(text, 1, basis)


def opinion_grids(record: dict, labels: dict[Action, str], org: OrgChart | None,
                  department: str = "") -> list[Grid]:
    """One box per step in the plan's order; consecutive co-signers share rows two by two."""
    steps = list((record.get("plan") or {}).get("steps") or ())
    done = {a.get("order"): a for a in record.get("actions") or () if isinstance(a, dict)}
    grids: list[Grid] = []
    index = 0
    while index < len(steps):
        group = _cosign_run(steps, index)
        if len(group) > 1:
            grids.append(_pair_grid(group, done, labels, org, department))
            index += len(group)
            continue
        step = steps[index]
        row = Row((step_label(step, labels), opinion_cell(step, done.get(step.get("order")), org, department)))
        grids.append(Grid(BOX_WIDTHS, (row,)))
        index += 1
    return _merge(grids)


def _cosign_run(steps: list[dict], start: int) -> list[dict]:
    run = []
    for step in steps[start:]:
        if step.get("action") != Action.COSIGN.value:
            break
        run.append(step)
    return run


def _pair_grid(group: list[dict], done: dict, labels: dict[Action, str], org: OrgChart | None,
               department: str) -> Grid:
    rows = []
    for i in range(0, len(group), 2):
        cells: list[Cell] = []
        for step in group[i:i + 2]:
            cells += [step_label(step, labels), opinion_cell(step, done.get(step.get("order")), org, department)]
        if len(cells) == 2:  # an odd co-signer out: its box takes the whole row
            cells[1] = Cell(cells[1].content, 3, cells[1].valign)
        rows.append(Row(tuple(cells)))
    return Grid(PAIR_WIDTHS, tuple(rows))


def _merge(grids: list[Grid]) -> list[Grid]:
    """Adjacent grids with the same columns become one table (fewer, cleaner tables in the DOCX)."""
    merged: list[Grid] = []
    for grid in grids:
        if merged and merged[-1].widths == grid.widths:
            merged[-1] = Grid(grid.widths, merged[-1].rows + grid.rows)
        else:
            merged.append(grid)
    return merged


def notice_lines(plan: dict | None) -> list[str]:
    """The plan's warnings and deadlines, each with its article, as printed in the notice box."""
    plan = plan or {}
    lines = []
    if plan.get("refused"):
        lines.append("按规定不予办理，原因见下。")
    for warning in plan.get("warnings") or ():
        lines.append(f"{warning.get('message', '')}（{warning.get('basis', '')}）")
    for deadline in plan.get("deadlines") or ():
        what = _DEADLINE_LABELS.get(deadline.get("what"), deadline.get("what", ""))
        lines.append(f"{what}：{cn_date(deadline.get('due'))}（{deadline.get('basis', '')}）")
    return lines


def notice_grid(plan: dict | None) -> Grid | None:
    lines = notice_lines(plan)
    if not lines:
        return None
    numbered = [f"{i}. {line}" if len(lines) > 1 else line for i, line in enumerate(lines, 1)]
    cell = Cell(tuple(Text(line, NOTICE) for line in numbered), valign="top")
    return Grid(BOX_WIDTHS, (Row((label("提示"), cell)),))


def free_rows(widths: tuple[float, ...], names: Iterable[tuple[str, float]]) -> list[Row]:
    """Label rows with an empty, tall value cell: 办理结果, 附注, 备注."""
    return [Row((label(name), Cell((Text("", OPINION),), len(widths) - 1, "top")), height) for name, height in names]


def small(text: str, align: str = "left") -> Text:
    return Text(text, SMALL, align)
