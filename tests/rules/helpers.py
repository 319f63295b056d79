"""Builders for engine tests: a request with sensible defaults, routed against an org chart."""
from __future__ import annotations

from desktop_app.rules.engine import route_json


def outgoing(**fields) -> dict:
    return {"kind": "outgoing", "date": "2026-11-27", "authority": "county_government",
            "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": "县教育局",
            **fields}


def incoming(**fields) -> dict:
    return {"kind": "incoming", "date": "2026-11-27", "doc_type": "请示", "sender": "县教育局",
            "main_recipients": ["县人民政府"], **fields}


def minutes(**fields) -> dict:
    return {"kind": "minutes", "date": "2026-11-27", "meeting": "executive", "convened_by": "head",
            "meeting_date": "2026-11-26", "lead_department": "县住房和城乡建设局", **fields}


def seal(**fields) -> dict:
    return {"kind": "seal", "date": "2026-11-27", "seal": "county_government", "purpose": "contract",
            "requesting_department": "县自然资源局", **fields}


def contract(**fields) -> dict:
    return {"kind": "contract", "date": "2026-11-27", "requesting_department": "县自然资源局",
            "counterparty": "托克逊县某建设有限公司", **fields}


def plan(request: dict, org: dict) -> dict:
    return route_json(request, org)


def chain(result: dict) -> list[tuple[str, str | None]]:
    """The steps as (action, person) pairs: what a clerk reads down the slip."""
    return [(s["action"], s["person"]) for s in result["steps"]]


def codes(result: dict) -> list[str]:
    return [w["code"] for w in result["warnings"]]


def warning(result: dict, code: str) -> dict:
    return next(w for w in result["warnings"] if w["code"] == code)
