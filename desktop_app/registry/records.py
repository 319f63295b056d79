"""Incoming and outgoing records: storing a registration with its plan, recording what was done at
each step, numbering, voiding, and reading records back as the JSON of docs/record-json.md.

Every function that writes expects to run inside database.write() (one BEGIN IMMEDIATE transaction)
and appends its audit entry there, so a change and its audit trail commit together or not at all."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import Hint, InputError, RefusedError
from desktop_app.domain.org import OrgChart
from desktop_app.registry import fields_codec, numbers
from desktop_app.registry.attachments import stored_file
from desktop_app.registry.database import audit, compact_json, now
from desktop_app.registry.engine import Database
from desktop_app.registry.fields import KIND_LABELS, check_date, earliest_due, sign_step, status_label
from desktop_app.registry.search import search_text_from_columns, sort_key, stores_search_text
from desktop_app.rules import progress

RECORD_COLUMNS = ("kind", "status", "title", "doc_type", "date", "due", "series", "year", "serial", "number",
                   "receipt_year", "receipt_serial", "receipt_number", "sender", "sender_number",
                   "lead_department", "recipients", "classification", "urgency", "publicity", "copies")


MAX_SEARCH_TEXT = 8000


def next_id(db: Database) -> int:
    # Ids are taken inside the write lock, so max()+1 is safe and lets sort_key carry the id.
    return db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM records").fetchone()[0]


def insert(db: Database, kind: str, columns: dict, fields: dict, plan: dict | None,
           *, status: str = "registered", record_id: int | None = None) -> int:
    """Stores a new record (and, for incoming, its 收文编号). Call inside write()."""
    record_id = record_id or next_id(db)
    row = {name: columns.get(name) for name in RECORD_COLUMNS}
    row.update(id=record_id, kind=kind, status=status, fields=compact_json(fields),
               plan_id=plan_id(db, plan),
               created_at=now(), updated_at=now())
    if row["due"] is None:
        row["due"] = earliest_due(plan)
    row["recipients"] = row["recipients"] or ""
    day = date.fromisoformat(row["date"])
    row["sort_key"] = sort_key(day, record_id)
    claim_receipt = kind == "incoming" and row["receipt_serial"] is None
    if claim_receipt:
        row["receipt_year"] = day.year
        row["receipt_serial"] = numbers.take_serial(db, numbers.RECEIPT_SERIES, day.year)
        row["receipt_number"] = numbers.format_number(numbers.RECEIPT_SERIES, day.year, row["receipt_serial"])
    row["search_text"] = _search_text(row)
    row["fields"] = fields_codec.encode(kind, fields, row)  # without what the columns hold
    if len(row["search_text"]) > MAX_SEARCH_TEXT:  # the gram triggers cut at 8,192 positions (0002)
        raise InputError("main_recipients", f"标题、主送、抄送等文字合计 {len(row['search_text'])} 字，过长",
                         f"合计不能超过 {MAX_SEARCH_TEXT} 字；主送单位很多时请写“各乡镇人民政府”等统称")
    if not stores_search_text(db):
        del row["search_text"]  # a file computes it from the columns (0014)
    names = list(row)
    db.conn.execute(f"INSERT INTO records ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [row[n] for n in names])
    if claim_receipt:
        numbers.claim(db, numbers.RECEIPT_SERIES, day.year, row["receipt_serial"], record_id)
    _insert_cosign_requests(db, record_id, fields, plan)
    return record_id


def plan_id(db: Database, plan: dict | None, cache: dict[str, int] | None = None) -> int | None:
    """The id of this plan's stored text, stored now if no record had it yet (plans are shared)."""
    if plan is None:
        return None
    text = compact_json(plan)
    if cache is not None and text in cache:
        return cache[text]
    # Looked up before it is stored, under the write lock: a file's plans.json is not a UNIQUE key (0014),
    # its index holds the text's length.
    lookup = "SELECT id FROM plans WHERE length(json) = ? AND json = ? ORDER BY id LIMIT 1"
    row = db.conn.execute(lookup, [len(text), text]).fetchone()
    if row is None:
        db.conn.execute("INSERT INTO plans (json) VALUES (?)", [text])
        row = db.conn.execute(lookup, [len(text), text]).fetchone()
    found = row[0]
    if cache is not None:
        cache[text] = found
    return found


def _search_text(row: dict) -> str:
    return search_text_from_columns(row.get("title"), row.get("number"), row.get("receipt_number"),
                                    row.get("sender"), row.get("sender_number"), row.get("lead_department"),
                                    row.get("recipients"), row.get("fields"))


def _insert_cosign_requests(db: Database, record_id: int, fields: dict, plan: dict | None) -> None:
    due = next((d["due"] for d in (plan or {}).get("deadlines", []) if d.get("what") == "cosign_reply"), None)
    for department in fields.get("cosign_departments") or []:
        db.conn.execute("INSERT INTO cosign_requests (record_id, department, requested_on, due) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [record_id, department, fields.get("date"), due])


def load(db: Database, record_id: Any) -> dict:
    try:
        record_id = int(record_id)
    except (TypeError, ValueError):
        raise InputError("id", f"记录编号“{record_id}”不是整数", "请填写登记时返回的 id") from None
    cursor = db.conn.execute("SELECT r.*, p.json AS plan FROM records r LEFT JOIN plans p ON p.id = r.plan_id "
                             "WHERE r.id = ?", [record_id])
    values = cursor.fetchone()
    if values is None:
        raise InputError("id", f"没有 id 为 {record_id} 的记录",
                         Hint("请用 `docroute search` 查找正确的 id", "请在收文或发文列表中查找并打开该公文"))
    row = dict(zip([c[0] for c in cursor.description], values))
    row["fields"] = fields_codec.decode(row["kind"], row["fields"], row)
    row["plan"] = json.loads(row["plan"]) if row["plan"] else None
    return row


def to_json(db: Database, row: dict) -> dict:
    """The record JSON of docs/record-json.md."""
    return {
        "id": row["id"], "kind": row["kind"], "kind_label": KIND_LABELS[row["kind"]],
        "status": row["status"], "status_label": status_label(row["status"]),
        "title": row["title"], "number": row["number"], "series": row["series"] or row["fields"].get("series"),
        "year": row["year"], "serial": row["serial"], "receipt_number": row["receipt_number"],
        "date": row["date"], "due": row["due"], "void_reason": row["void_reason"],
        "fields": row["fields"], "plan": row["plan"], "actions": actions(db, row["id"]),
        "cosign_requests": cosign_requests(db, row["id"]), "attachments": attachments(db, row["id"]),
        "created_at": row["created_at"], "updated_at": row["updated_at"],
    }


def actions(db: Database, record_id: int) -> list[dict]:
    rows = db.conn.execute("SELECT step_order, action, by_person, by_name, on_date, opinion, acting_for "
                           "FROM step_actions WHERE record_id = ? ORDER BY step_order", [record_id])
    return [{"order": o, "action": a, "by": b, "by_name": n, "on": d, "opinion": op, "acting_for": af}
            for o, a, b, n, d, op, af in rows]


def cosign_requests(db: Database, record_id: int) -> list[dict]:
    rows = db.conn.execute("SELECT department, requested_on, due, replied_on, opinion FROM cosign_requests "
                           "WHERE record_id = ? ORDER BY id", [record_id])
    return [{"department": d, "requested_on": r, "due": due, "replied_on": rep, "opinion": op}
            for d, r, due, rep, op in rows]


def attachments(db: Database, record_id: int) -> list[dict]:
    rows = db.conn.execute("SELECT name, size, sha256, stored_path, added_at FROM attachments "
                           "WHERE record_id = ? ORDER BY id", [record_id])
    return [{"name": n, "size": s, "sha256": h, "path": str(stored_file(db, p)), "added_at": a}
            for n, s, h, p, a in rows.fetchall()]


def record_step(db: Database, org: OrgChart, record_id: int, order: int, by: str, on: Any,
                opinion: str | None = None) -> None:
    """Stores that step ORDER of the record's plan was done. Call inside write()."""
    row = load(db, record_id)
    step = _plan_step(row, order)
    if step_recorded(db, row["id"], order):
        raise RefusedError(f"记录 {row['id']} 的第 {order} 步已经记录过，登记簿不能改写",
                           "如记录有误，请作废后重新登记，或在备注中说明")
    _review_recorded_first(db, row, step)
    on_date = check_date(on, "on")
    by_name, acting_for = _actor(org, row, step, by)
    before = {"status": row["status"]}
    _insert_action(db, row["id"], step, by, by_name, on_date, opinion, acting_for)
    status = _status_after_step(db, row, step)
    _touch(db, row["id"], status=status)
    audit(db, "record_step", row["id"], before,
          {"order": order, "action": step["action"], "by": by, "on": on_date, "opinion": opinion,
           "acting_for": acting_for, "status": status})


def record_signed_registration(db: Database, org: OrgChart, record_id: int, by: str, on: Any,
                               opinion: str | None = None) -> None:
    """A document registered after it was signed (`signed_by`, `signed_on`). Its earlier steps were done on
    paper before it reached the registry: they are recorded as done on the signing date, by the planned
    person (the drafter, or the body for 办公室审核), with the opinion 登记前已办理 so that no slip invents an
    opinion; then the signature as given. One audit entry records the whole historical registration."""
    row = load(db, record_id)
    steps = row["plan"]["steps"]
    sign = sign_step(row["plan"])
    on_date = check_date(on, "signed_on")
    by_name, acting_for = _actor(org, row, sign, by, field="signed_by")
    for step in historical_steps(steps, row["fields"], sign["order"]):
        _insert_action(db, row["id"], step["step"], step["by"], step["by_name"], on_date, HISTORICAL_OPINION,
                       step["step"].get("acting_for"))
    _insert_action(db, row["id"], sign, by, by_name, on_date, opinion, acting_for)
    status = _status_after_step(db, row, sign)
    _touch(db, row["id"], status=status)
    audit(db, "record_step", row["id"], {"status": row["status"]},
          {"historical": True, "orders": [s["order"] for s in steps if s["order"] <= sign["order"]],
           "order": sign["order"], "action": "sign", "by": by, "on": on_date, "opinion": opinion,
           "acting_for": acting_for, "status": status})


HISTORICAL_OPINION = "登记前已办理"


def historical_steps(steps: list[dict], fields: dict, before: int) -> list[dict]:
    """Who is recorded for each step before `before` in a historical registration."""
    out = []
    for step in steps:
        if step["order"] >= before:
            continue
        if step["action"] == "draft":
            name = (fields.get("drafter") or "").strip() or "拟稿人"
        else:
            name = step.get("name") or _role_label(step.get("role"))
        out.append({"step": step, "by": step.get("person") or name, "by_name": name})
    return out


def _role_label(role: str | None) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role or ""


def _insert_action(db: Database, record_id: int, step: dict, by: str, by_name: str, on_date: str,
                   opinion: str | None, acting_for: str | None) -> None:
    db.conn.execute("INSERT INTO step_actions (record_id, step_order, action, by_person, by_name, on_date, "
                    "opinion, acting_for, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [record_id, step["order"], step["action"], by, by_name, on_date, opinion, acting_for, now()])


def _recorded_orders(db: Database, record_id: int) -> set[int]:
    return {o for (o,) in db.conn.execute("SELECT step_order FROM step_actions WHERE record_id = ?", [record_id])}


def _review_recorded_first(db: Database, row: dict, step: dict) -> None:
    """第六十四条: a leader's step waits for the office's review (rules/progress.py)."""
    first = progress.review_first(row["plan"]["steps"], _recorded_orders(db, row["id"]), step["order"])
    if first is not None:
        raise RefusedError(
            f"记录 {row['id']} 的{progress.describe(step)}须在{progress.describe(first)}之后记录："
            f"县政府领导不直接签批未经县政府办公室审理的公文文稿（{progress.BASIS}）",
            f"请先记录{progress.describe(first)}")


def _plan_step(row: dict, order: int) -> dict:
    if row["status"] == "voided":
        raise RefusedError(f"记录 {row['id']} 已作废，不能再记录办理步骤", "如需重新办理，请重新登记")
    steps = (row["plan"] or {}).get("steps", [])
    if not steps:
        raise RefusedError(f"记录 {row['id']} 没有流转方案（导入的历史记录），无法记录步骤", "请在原登记簿中查阅办理情况")
    step = next((s for s in steps if s.get("order") == order), None)
    if step is None:
        raise InputError("order", f"流转方案中没有第 {order} 步", f"可选步骤：1–{len(steps)}")
    return step


def _actor(org: OrgChart, row: dict, step: dict, by: str, *, field: str = "by") -> tuple[str, str | None]:
    """The actor's name and, for a stand-in (第五条), the role signed for (printed as 代). `field` is what
    the clerk filled in: --by of record-step, or signed_by of a registration."""
    by = (by or "").strip()
    if not by:
        raise InputError(field, "缺少办理人", "请填写办理人的人员 id")
    person = org.get(by)
    # The leader the plan named may have left the chart since (transferred, retired: 设置 → 组织架构 took
    # them off); the step is still theirs to have done, under the name the plan stored.
    planned_name = (step.get("name") or by) if by == step.get("person") else None
    if person is None and step.get("person") and planned_name is None:
        raise InputError(field, f"组织架构中没有 id 为“{by}”的人员",
                         f"该步骤应由 {step.get('name') or step['person']} 办理，请填写其人员 id")
    acting_for = step.get("acting_for")
    if step.get("action") == "sign" and acting_for is None:
        acting_for = ((row["plan"] or {}).get("signer") or {}).get("acting_for")
    return (person.name if person else planned_name or by), acting_for


def _status_after_step(db: Database, row: dict, step: dict) -> str:
    if row["kind"] == "outgoing":
        return "signed" if step["action"] == "sign" and row["status"] == "registered" else row["status"]
    steps = row["plan"]["steps"]
    done = db.conn.execute("SELECT count(*) FROM step_actions WHERE record_id = ?", [row["id"]]).fetchone()[0]
    return "done" if done >= len(steps) or step["action"] == "handle" else "in_progress"


def cosign_reply(db: Database, record_id: int, department: str, on: Any,
                 opinion: str | None = None) -> None:
    """Stores a department's 会签 reply (第六十二条: within 7 working days). Call inside write()."""
    row = load(db, record_id)
    asked = db.conn.execute("SELECT due, replied_on FROM cosign_requests WHERE record_id = ? AND department = ?",
                            [row["id"], department]).fetchone()
    if asked is None:
        departments = "、".join(r["department"] for r in cosign_requests(db, row["id"])) or "（无）"
        raise InputError("department", f"记录 {row['id']} 没有向“{department}”征求会签意见",
                         f"已征求会签的单位：{departments}")
    if asked[1]:
        raise RefusedError(f"“{department}”的会签意见已于 {asked[1]} 记录", "登记簿不能改写")
    on_date = check_date(on, "on")
    db.conn.execute("UPDATE cosign_requests SET replied_on = ?, opinion = ? WHERE record_id = ? AND department = ?",
                    [on_date, opinion, row["id"], department])
    audit(db, "cosign_reply", row["id"], None, {"department": department, "on": on_date, "opinion": opinion,
                                                "late": bool(asked[0] and on_date > asked[0])})


def step_recorded(db: Database, record_id: int, order: int) -> bool:
    return db.conn.execute("SELECT 1 FROM step_actions WHERE record_id = ? AND step_order = ?",
                           [record_id, order]).fetchone() is not None


def assign_number(db: Database, record_id: int) -> None:
    """Gives the outgoing record the next 文号 of its series, in the year it was signed. Call inside write()."""
    row = load(db, record_id)
    if row["kind"] != "outgoing":
        raise RefusedError(f"记录 {row['id']} 是收文，收文编号在登记时已自动给出", "发文字号只给发文编号")
    if row["status"] == "voided":
        raise RefusedError(f"记录 {row['id']} 已作废，不能编号", "如需发文，请重新登记")
    if row["number"]:
        raise RefusedError(f"记录 {row['id']} 已编号为 {row['number']}，文号不能重复编", "无需再次编号")
    sign = sign_step(row["plan"])
    if sign is None:
        raise RefusedError(f"记录 {row['id']} 的流转方案中没有签发步骤，不能编号", "请核对登记信息")
    _all_steps_recorded(db, row, sign)
    signed_on = db.conn.execute("SELECT on_date FROM step_actions WHERE record_id = ? AND step_order = ?",
                                [row["id"], sign["order"]]).fetchone()
    series = numbers.require_outgoing_series(db, row["fields"]["series"])
    year = date.fromisoformat(signed_on[0]).year
    serial, text = numbers.allocate(db, series, year, row["id"])
    _touch(db, row["id"], status="numbered", series=series, year=year, serial=serial, number=text)
    audit(db, "assign_number", row["id"], {"status": row["status"], "number": None},
          {"status": "numbered", "number": text})


def _all_steps_recorded(db: Database, row: dict, sign: dict) -> None:
    """A number is given after review, signature and check (复核 before 登记): every step up to the signature."""
    missing = progress.missing_before_number(row["plan"]["steps"], _recorded_orders(db, row["id"]))
    if not missing:
        return
    state = "尚未签发" if any(s["order"] == sign["order"] for s in missing) else "签发前的步骤尚未记录完整"
    listed = "、".join(progress.describe(s) for s in missing)
    raise RefusedError(f"记录 {row['id']} {state}，不能编号（公文须审核、签发、复核后登记编号）：{listed}尚未记录",
                       "请按流转方案的顺序记录这些步骤后再编号")


def void(db: Database, record_id: int, reason: str) -> None:
    row = load(db, record_id)
    reason = (reason or "").strip()
    if not reason:
        raise InputError("reason", "缺少作废原因", "请写明作废原因，它会记入审计日志")
    if row["kind"] != "outgoing":
        raise RefusedError(f"记录 {row['id']} 是收文，收文不能作废", "收文请办结后归档")
    if row["status"] == "voided":
        raise RefusedError(f"记录 {row['id']} 已经作废", "无需再次作废")
    if row["number"]:
        # The number stays on the record and in the numbers table, marked 作废, never given again.
        numbers.void_number(db, row["series"], row["year"], row["serial"])
    _touch(db, row["id"], status="voided", void_reason=reason)
    audit(db, "void", row["id"], {"status": row["status"]}, {"status": "voided", "reason": reason,
                                                             "number": row["number"]})


def _touch(db: Database, record_id: int, **changes: Any) -> None:
    changes["updated_at"] = now()
    assignments = ", ".join(f"{name} = ?" for name in changes)
    db.conn.execute(f"UPDATE records SET {assignments} WHERE id = ?", [*changes.values(), record_id])
    if "number" in changes and stores_search_text(db):
        # Computed here, not by an SQL function: a server cannot call back into Python.
        columns = db.conn.execute("SELECT title, number, receipt_number, sender, sender_number, lead_department, "
                                  "recipients, fields FROM records WHERE id = ?", [record_id]).fetchone()
        db.conn.execute("UPDATE records SET search_text = ? WHERE id = ?",
                        [search_text_from_columns(*columns), record_id])


def light_rows(db: Database, ids: list[int], today: date | None = None) -> list[dict]:
    """Small dicts for a table view, in the order of ids (the lazy list fetches a page at a time)."""
    if not ids:
        return []
    today_text = (today or date.today()).isoformat()
    placeholders = ",".join("?" * len(ids))
    cursor = db.conn.execute(
        "SELECT id, kind, number, receipt_number, title, sender, lead_department, date, status, due, "
        f"sender_number FROM records WHERE id IN ({placeholders})", ids)
    rows = {}
    for rid, kind, number, receipt, title, sender, lead, day, status, due, sender_number in cursor:
        rows[rid] = {
            "id": rid, "kind": kind, "kind_label": KIND_LABELS[kind], "number": number or receipt,
            "title": title, "sender": sender or lead, "sender_number": sender_number, "date": day,
            "status": status, "status_label": status_label(status), "due": due,
            "overdue": bool(due and due < today_text and status not in ("done", "numbered", "voided")),
        }
    return [rows[i] for i in ids if i in rows]
