"""What the ledger says now: a request's state folded from its entries (corrections applied), whether a
seal is out, and the light rows of the ledger list. Pure functions over ledger entries; no SQL here."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from desktop_app.domain.enums import Seal, SealPurpose

# 第七十二条: a seal taken out comes back the same working day; still out after this hour, it is flagged.
END_OF_WORKING_DAY = time(18, 0)

KIND_LABELS = {"request": "申请", "use": "用印", "take_out": "带出", "return": "归还", "correction": "更正",
               "seal_change": "印章变更"}
STATUS_LABELS = {"refused": "不予用印", "pending": "待用印", "used": "已用印"}
# What a correction may change, per kind of entry; the routing fields are not among them: a request with
# other routing facts is another request (it may need other approvals).
CORRECTABLE = {
    "request": ("matter", "requester", "copies", "document_name", "note"),
    "use": ("on", "operator", "copies", "note"),
    "take_out": ("escort", "reason", "note"),
    "return": ("note",),
}


def label_of(enum_type: Any, value: Any) -> str:
    try:
        return enum_type(value).label
    except ValueError:
        return str(value or "")


def apply_corrections(entries: list[dict]) -> list[dict]:
    """Each entry with `body` as corrected by later correction entries, plus `corrections` (what changed)."""
    by_id = {e["id"]: {**e, "body": dict(e["body"]), "corrections": []} for e in entries}
    for entry in entries:
        if entry["kind"] == "correction" and entry["corrects"] in by_id:
            target = by_id[entry["corrects"]]
            changes = entry["body"].get("changes") or {}
            if target["kind"] == "request":  # a request's own fields sit under "request"
                target["body"]["request"] = {**(target["body"].get("request") or {}), **changes}
            else:
                target["body"].update(changes)
            target["corrections"].append({"entry": entry["id"], "at": entry["at"],
                                          "changes": entry["body"].get("changes"),
                                          "reason": entry["body"].get("reason")})
    return [by_id[e["id"]] for e in entries]


def fold_request(entries: list[dict]) -> dict:
    """The request JSON (the 用印审批单's fields) from the entries of one request, in ledger order."""
    entries = apply_corrections(entries)
    first = next(e for e in entries if e["kind"] == "request")
    body = first["body"]
    fields = dict(body.get("request") or {})
    plan = body.get("plan") or {}
    uses = [_use(e) for e in entries if e["kind"] == "use"]
    take_outs = _take_outs(entries)
    status = "refused" if body.get("refused") else ("used" if uses else "pending")
    result = {
        "id": first["id"], **fields, "seal_name": body.get("seal_name") or label_of(Seal, fields.get("seal")),
        "purpose_label": label_of(SealPurpose, fields.get("purpose")),
        "record_id": body.get("record_id"), "plan": plan, "approvals": plan.get("approvals") or [],
        "refused": bool(body.get("refused")), "reason": body.get("reason"), "reason_basis": body.get("reason_basis"),
        "status": status, "status_label": STATUS_LABELS[status],
        "uses": uses, "take_outs": take_outs, "corrections": first["corrections"],
        "recorded_at": first["at"], "recorded_by": first["recorded_by"], "hash": first["hash"],
    }
    result.update(_slip_fields(uses, take_outs))
    return result


def _use(entry: dict) -> dict:
    body = entry["body"]
    return {"entry": entry["id"], "on": body.get("on"), "operator": body.get("operator"),
            "copies": body.get("copies"), "approved_by": body.get("approved_by") or [],
            "approved_names": body.get("approved_names") or [], "scan": body.get("scan"),
            "note": body.get("note"), "at": entry["at"], "corrections": entry["corrections"]}


def _take_outs(entries: list[dict]) -> list[dict]:
    out = []
    for entry in entries:
        if entry["kind"] == "take_out":
            out.append({"entry": entry["id"], "seal": entry["seal"], "at": entry["at"], "on": entry["on_date"],
                        "escort": entry["body"].get("escort"), "reason": entry["body"].get("reason"),
                        "returned_at": None, "returned_entry": None})
        elif entry["kind"] == "return":
            for taken in out:
                if taken["entry"] == entry["body"].get("take_out"):
                    taken.update(returned_at=entry["at"], returned_entry=entry["id"])
    return out


def _slip_fields(uses: list[dict], take_outs: list[dict]) -> dict:
    """The flat fields the 用印审批单 prints (slips/seal.py): the first use and the first take-out."""
    use = uses[0] if uses else {}
    taken = take_outs[0] if take_outs else {}
    return {"used_on": use.get("on"), "operator": use.get("operator"), "used_copies": use.get("copies"),
            "approved_by": use.get("approved_by") or [], "taken_on": taken.get("at"),
            "returned_on": taken.get("returned_at"), "escort": taken.get("escort")}


def seal_out(entries: list[dict], now: datetime) -> dict | None:
    """Whether a seal is out, from its take-out and return entries (newest last); None when it is in."""
    if not entries:
        return None
    last = apply_corrections(entries)[-1]
    if last["kind"] != "take_out":
        return None
    since = datetime.fromisoformat(last["at"])
    due = datetime.combine(since.date(), END_OF_WORKING_DAY)
    return {"entry": last["id"], "since": last["at"], "escort": last["body"].get("escort"),
            "reason": last["body"].get("reason"), "request_id": last["request_id"],
            "due": due.isoformat(timespec="minutes"), "overdue": now >= due}


def people_text(entry: dict, request: dict | None) -> str:
    body = entry["body"]
    if entry["kind"] == "request":
        names = [a.get("name") or a.get("role") for a in (body.get("plan") or {}).get("approvals") or ()]
        return "、".join(n for n in names if n)
    if entry["kind"] == "use":
        approved = "、".join(body.get("approved_names") or ())
        return f"{approved}｜监印 {body.get('operator', '')}" if approved else f"监印 {body.get('operator', '')}"
    if entry["kind"] in ("take_out", "return"):
        return f"随同 {body.get('escort', '')}" if body.get("escort") else ""
    return ""


def light_row(entry: dict, request: dict | None, seal_names: dict[str, str]) -> dict:
    """One row of the ledger list: the entry, with its request's matter, department and state."""
    body = entry["body"]
    fields = (request or {})
    kind = entry["kind"]
    label = KIND_LABELS[kind]
    title = fields.get("matter") or body.get("matter") or body.get("reason") or ""
    if kind == "take_out":
        title = f"带出事由：{body.get('reason', '')}" + (f"（{fields.get('matter')}）" if fields.get("matter") else "")
    elif kind == "correction":
        title = f"更正第 {entry['corrects']} 条：{body.get('reason', '')}"
    elif kind == "seal_change":
        title = f"印章信息变更：{body.get('summary', '')}"
    copies = body.get("copies") if kind == "use" else fields.get("copies") if kind == "request" else None
    return {
        "id": entry["id"], "kind": kind, "event": label, "at": entry["at"], "date": entry["on_date"],
        "seal": entry["seal"], "seal_name": seal_names.get(entry["seal"], label_of(Seal, entry["seal"])),
        "department": fields.get("requesting_department") or "", "requester": fields.get("requester") or "",
        "title": title, "copies": copies, "people": people_text(entry, request),
        "request_id": entry["request_id"], "status_label": (request or {}).get("status_label", ""),
        "refused": bool((request or {}).get("refused")) and kind == "request", "hash": entry["hash"],
    }


def working_day_end(day: date) -> datetime:
    return datetime.combine(day, END_OF_WORKING_DAY)
