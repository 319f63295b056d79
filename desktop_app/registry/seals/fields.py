"""The registry's own rules for seal requests and uses: the fields of a request (routing.md's seal
fields plus cli.md's `matter`, `copies`, `requester`), the signed outgoing record an official-document
seal must match (cli.md), and whether the approvals given cover the approvals the engine requires."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.enums import Authority, Seal, SealPurpose
from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import optional, parse_date, parse_enum, require
from desktop_app.registry import fields_codec
from desktop_app.registry.engine import Database
from desktop_app.registry.numbers import normalise_number

MAX_MATTER = 300
MAX_NAME = 60
# Routing fields the engine reads (routing.md); every one is kept with the request, so a reading the engine
# learns later (special_case, 第七十条) reaches it without a change here.
ROUTING_KEYS = ("seal", "purpose", "requesting_department", "blank", "has_proof", "special_case", "take_out",
                "document_number")
FLAGS = ("blank", "has_proof", "special_case", "take_out")
# The issuing authority each seal may seal a numbered document of (cli.md). The 县长's name seal goes on
# documents the county government issues (命令、议案 signed by the 县长).
SEAL_AUTHORITY = {Seal.COUNTY_GOVERNMENT: Authority.COUNTY_GOVERNMENT,
                  Seal.COUNTY_GOVERNMENT_STEEL: Authority.COUNTY_GOVERNMENT,
                  Seal.COUNTY_HEAD_NAME: Authority.COUNTY_GOVERNMENT,
                  Seal.COUNTY_OFFICE: Authority.COUNTY_OFFICE}


def text(data: dict, key: str, limit: int, *, required: bool = True) -> str:
    value = require(data, key, str) if required else optional(data, key, str, "")
    value = value.strip()
    if len(value) > limit:
        raise InputError(key, f"过长（{len(value)} 字）", f"不能超过 {limit} 字")
    return value


def positive(data: dict, key: str, *, default: int | None = None) -> int:
    value = require(data, key, int) if default is None else optional(data, key, int, default)
    if value < 1:
        raise InputError(key, "份数至少为 1", "请填写正整数")
    if value > 100000:
        raise InputError(key, f"份数 {value} 不合理", "请检查份数")
    return value


def request_fields(request: Any, today: date) -> dict:
    """The stored fields of a request: routing fields (enums checked here too, so the message names the
    field even before routing), the registry's fields and the routing date (today when not given)."""
    if not isinstance(request, dict):
        raise InputError("request", "用印申请必须是 JSON 对象", "请按 cli.md 的格式提供")
    fields: dict[str, Any] = {
        "date": (parse_date(request["date"], "date") if request.get("date") else today).isoformat(),
        "seal": parse_enum(Seal, request.get("seal"), "seal").value,
        "purpose": parse_enum(SealPurpose, request.get("purpose"), "purpose").value,
        "requesting_department": text(request, "requesting_department", MAX_NAME),
        "matter": text(request, "matter", MAX_MATTER),
        "copies": positive(request, "copies"),
        "requester": text(request, "requester", MAX_NAME),
        "document_name": text(request, "document_name", MAX_MATTER, required=False),
        "note": text(request, "note", MAX_MATTER, required=False),
    }
    for flag in FLAGS:
        fields[flag] = optional(request, flag, bool, False)
    number = text(request, "document_number", MAX_NAME, required=False)
    fields["document_number"] = normalise_number(number) if number else ""
    return fields


def routing_request(fields: dict) -> dict:
    request = {key: fields[key] for key in ROUTING_KEYS if fields.get(key) not in (None, "")}
    return {"kind": "seal", "date": fields["date"], **request}


def signed_record(db: Database, fields: dict) -> dict | None:
    """The signed, numbered outgoing record an official-document seal is asked for (cli.md), or None
    when the purpose is not 公文 or no number is given. Exit 2 naming the number otherwise."""
    number = fields.get("document_number")
    if fields["purpose"] != SealPurpose.OFFICIAL_DOCUMENT.value or not number:
        return None
    row = db.conn.execute("SELECT id, title, status, fields FROM records WHERE kind = 'outgoing' AND number = ?",
                          [number]).fetchone()
    if row is None:
        raise RefusedError(f"文号 {number}：登记簿中没有这份已签发、已编号的发文，不能按公文用印",
                           "请核对文号；尚未登记的公文请先在发文中登记、签发并编号")
    record_id, title, status, stored = row
    if status != "numbered":
        raise RefusedError(f"文号 {number}：该发文（记录 {record_id}）{'已作废' if status == 'voided' else '尚未签发编号'}，不能用印",
                           "作废的文号不能再用印；请核对文号")
    seal = Seal(fields["seal"])
    authority = fields_codec.held(stored, "authority", None)  # stored without its columns (fields_codec)
    wanted = SEAL_AUTHORITY[seal]
    if authority != wanted.value:
        issuer = label_or(Authority, authority)
        raise RefusedError(f"文号 {number} 是{issuer}的发文，不能加盖{seal.label}",
                           f"{seal.label}只用于{wanted.label}的公文；请选择与发文机关相符的印章")
    return {"id": record_id, "title": title}


def label_or(enum_type: Any, value: Any) -> str:
    try:
        return enum_type(value).label
    except ValueError:
        return str(value or "（未注明）")


def approvers(org: OrgChart, approved_by: list[str]) -> list[Any]:
    """The people named by --approved-by, each a person of the org chart."""
    people = []
    for person_id in dict.fromkeys(p.strip() for p in approved_by if p and p.strip()):
        person = org.get(person_id)
        if person is None:
            known = "、".join(f"{p.id}（{p.name}）" for p in org.people)
            raise InputError("approved_by", f"组织架构中没有 id 为“{person_id}”的人员", f"可填写：{known}")
        people.append(person)
    return people


def missing_approvals(approvals: list[dict], people: list[Any]) -> list[dict]:
    """The required approvals that the people given do not cover: the named person, or, for a role no one
    holds (role_vacant), anyone who holds that role."""
    ids = {p.id for p in people}
    roles = {p.role.value for p in people}
    return [a for a in approvals
            if not (a.get("person") in ids if a.get("person") else a.get("role") in roles)]


def approval_text(approval: dict) -> str:
    from desktop_app.domain.enums import Role

    role = label_or(Role, approval.get("role"))
    basis = "、".join(approval.get("basis") or ())
    detail = f"{role}，{basis}" if basis else role
    return f"{approval['name']}（{detail}）" if approval.get("name") else detail
