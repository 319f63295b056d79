"""The registry fields of a registration request (cli.md): validated, normalised and turned into the
columns of a record row. Routing fields are the engine's business and pass through untouched."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.enums import Classification, DocType, Publicity, Urgency
from desktop_app.domain.errors import InputError
from desktop_app.domain.values import check_tree, integer, optional, parse_date, parse_enum, require, string_list
from desktop_app.registry.numbers import check_series_code, normalise_number

MAX_TITLE = 300
MAX_COPIES = 1_000_000  # 印发份数 / 份数: more is a typing mistake, and SQLite stores at most 2^63 - 1
STATUS_LABELS = {
    "registered": "已登记", "signed": "已签发", "numbered": "已编号", "voided": "已作废",
    "in_progress": "办理中", "done": "已办结",
}
KIND_LABELS = {"outgoing": "发文", "incoming": "收文"}


def _title(request: dict) -> str:
    title = require(request, "title", str).strip()
    if len(title) > MAX_TITLE:
        raise InputError("title", f"标题过长（{len(title)} 字）", f"标题不能超过 {MAX_TITLE} 字")
    return title


def _copies(request: dict) -> int | None:
    return integer(request, "copies", None, low=0, high=MAX_COPIES)


def _common(request: dict) -> dict:
    check_tree(request)  # every string the request carries is stored, read below or not
    optional(request, "assign_number", bool, False)  # "no" is not false: a number is never taken back
    optional(request, "sign_opinion", str, None)
    return {
        "title": _title(request),
        "classification": parse_enum(Classification, request.get("classification"), "classification",
                                     Classification.NONE).value,
        "urgency": parse_enum(Urgency, request.get("urgency"), "urgency", Urgency.NONE).value,
        "copies": _copies(request),
        "doc_type": (parse_enum(DocType, request["doc_type"], "doc_type").value
                     if request.get("doc_type") is not None else None),
    }


def outgoing_columns(request: dict, today: date) -> tuple[dict, dict]:
    """(record columns, stored fields) of an outgoing request; the routing date defaults to today."""
    columns = _common(request)
    series = check_series_code(require(request, "series", str))
    publicity = request.get("publicity")
    if publicity is not None:
        publicity = parse_enum(Publicity, publicity, "publicity").value
    main, cc = string_list(request, "main_recipients"), string_list(request, "cc")
    optional(request, "drafter", str, None)  # a name: the slip prints it and a historical 拟稿 step records it
    day = parse_date(request["date"], "date") if request.get("date") else today
    columns.update(series=series, publicity=publicity, date=day.isoformat(),
                   lead_department=optional(request, "lead_department", str, None),
                   recipients="、".join(main + cc))
    fields = {k: v for k, v in request.items() if k not in ("assign_number", "signed_by", "signed_on")}
    fields.update(series=series, main_recipients=list(main), cc=list(cc), date=day.isoformat(),
                  classification=columns["classification"], urgency=columns["urgency"])
    return columns, fields


def incoming_columns(request: dict) -> tuple[dict, dict]:
    columns = _common(request)
    received = parse_date(request.get("received_on") or request.get("date"), "received_on")
    sender = require(request, "sender", str).strip()
    original = optional(request, "sender_number", str, "").strip()
    normalised = normalise_number(original) if original else None
    due = parse_date(request["due"], "due").isoformat() if request.get("due") else None
    main = string_list(request, "main_recipients")
    columns.update(date=received.isoformat(), sender=sender, sender_number=normalised, due=due,
                   recipients="、".join(main))
    fields = dict(request)
    fields.update(sender=sender, sender_number=normalised, sender_number_original=original or None,
                  received_on=received.isoformat(), due=due, main_recipients=list(main),
                  classification=columns["classification"], urgency=columns["urgency"])
    fields.setdefault("date", received.isoformat())
    return columns, fields


def routing_request(kind: str, fields: dict) -> dict:
    """What the engine is asked: the stored fields with the kind and the routing date."""
    request = {k: v for k, v in fields.items() if v is not None or k in ("date",)}
    request["kind"] = kind
    return request


def earliest_due(plan: dict | None) -> str | None:
    dues = [d.get("due") for d in (plan or {}).get("deadlines", []) if d.get("due")]
    return min(dues) if dues else None


def sign_step(plan: dict | None) -> dict | None:
    """The plan's 签发 step (the one with action "sign"); None for plans without one."""
    return next((s for s in (plan or {}).get("steps", []) if s.get("action") == "sign"), None)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def check_date(value: Any, field: str) -> str:
    return parse_date(value, field).isoformat()
