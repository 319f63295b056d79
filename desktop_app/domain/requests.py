"""What the engine is asked to route: one frozen value per kind, parsed from the JSON of routing.md.

Parsing validates every field against the org chart and names the field in any error; unknown extra
keys (the registry's own fields) are ignored here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Union

from desktop_app.domain.enums import (Authority, Classification, Direction, DocType, Kind, Meeting,
                                      Publicity, Scope, Seal, SealPurpose)
from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import check_tree, optional, parse_date, parse_enum, require, string_list


@dataclass(frozen=True)
class OutgoingRequest:
    date: date
    authority: Authority
    direction: Direction
    doc_type: DocType
    scope: Scope
    lead_department: str
    cosign_departments: tuple[str, ...] = ()
    main_recipients: tuple[str, ...] = ()
    normative: bool = False
    personnel: bool = False
    classification: Classification = Classification.NONE
    publicity: Publicity | None = None  # 第三十五条; not yet decided when None
    publicity_reason: str = ""
    # An outgoing 纪要 may name its meeting (第五十五条): then it has the minutes_issue deadline.
    meeting: Meeting | None = None
    convened_by: str = ""
    meeting_date: date | None = None
    kind: Kind = Kind.OUTGOING


@dataclass(frozen=True)
class IncomingRequest:
    date: date
    doc_type: DocType
    sender: str
    main_recipients: tuple[str, ...] = ()
    major: bool = False
    classification: Classification = Classification.NONE
    assigned_by_leader: bool = False
    matters: int = 1
    text: str = ""
    kind: Kind = Kind.INCOMING


@dataclass(frozen=True)
class MinutesRequest:
    date: date
    meeting: Meeting
    convened_by: str
    meeting_date: date
    lead_department: str
    kind: Kind = Kind.MINUTES


@dataclass(frozen=True)
class SealRequest:
    date: date
    seal: Seal
    purpose: SealPurpose
    requesting_department: str
    blank: bool = False
    has_proof: bool = False
    special_case: bool = False  # 第七十条 特殊情况: a 介绍信 without proof, approved by the director and a leader
    take_out: bool = False
    document_number: str = ""
    kind: Kind = Kind.SEAL


@dataclass(frozen=True)
class ContractRequest:
    date: date
    requesting_department: str
    counterparty: str
    delegate_to: str | None = None
    kind: Kind = Kind.CONTRACT


RouteRequest = Union[OutgoingRequest, IncomingRequest, MinutesRequest, SealRequest, ContractRequest]


def parse_request(data: Any, org: OrgChart) -> RouteRequest:
    if not isinstance(data, dict):
        raise InputError("request", "请求必须是 JSON 对象")
    check_tree(data)  # every string of the request, read here or not (values.py)
    kind = parse_enum(Kind, data.get("kind"), "kind")
    day = parse_date(data.get("date"), "date")
    return _PARSERS[kind](data, day, org)


def _department(data: dict, key: str, org: OrgChart, *, known: bool) -> str:
    name = require(data, key, str).strip()
    if known and org.deputy_over(name) is None:
        raise InputError(key, f"组织架构中没有分管“{name}”的副县长",
                         "请检查部门名称，或先在组织架构中把该部门分配给一位副县长")
    return name


def _known_departments(data: dict, key: str, org: OrgChart) -> tuple[str, ...]:
    names = string_list(data, key)
    for name in names:
        if org.deputy_over(name) is None:
            raise InputError(key, f"组织架构中没有分管“{name}”的副县长",
                             "请检查部门名称，或先在组织架构中把该部门分配给一位副县长")
    return tuple(dict.fromkeys(names))


def _flag(data: dict, key: str) -> bool:
    return optional(data, key, bool, False)


def _classification(data: dict) -> Classification:
    return parse_enum(Classification, data.get("classification"), "classification", Classification.NONE)


def _optional_enum(enum_type, data: dict, key: str):
    """An enum field that may be left out (None or empty means not given)."""
    return None if data.get(key) in (None, "") else parse_enum(enum_type, data.get(key), key)


def _meeting_fields(data: dict, org: OrgChart) -> dict:
    """The optional meeting of an outgoing 纪要; a convener must be a person of the org chart."""
    convened_by = optional(data, "convened_by", str, "").strip()
    if convened_by and org.get(convened_by) is None:
        raise InputError("convened_by", f"组织架构中没有 id 为“{convened_by}”的人员", "请填写召集人的人员 id")
    meeting_date = data.get("meeting_date")
    return {"meeting": _optional_enum(Meeting, data, "meeting"), "convened_by": convened_by,
            "meeting_date": parse_date(meeting_date, "meeting_date") if meeting_date not in (None, "") else None}


def _outgoing(data: dict, day: date, org: OrgChart) -> OutgoingRequest:
    return OutgoingRequest(
        date=day,
        authority=parse_enum(Authority, data.get("authority"), "authority"),
        direction=parse_enum(Direction, data.get("direction"), "direction"),
        doc_type=parse_enum(DocType, data.get("doc_type"), "doc_type"),
        scope=parse_enum(Scope, data.get("scope"), "scope"),
        lead_department=_department(data, "lead_department", org, known=True),
        cosign_departments=_known_departments(data, "cosign_departments", org),
        main_recipients=string_list(data, "main_recipients"),
        normative=_flag(data, "normative"),
        personnel=_flag(data, "personnel"),
        classification=_classification(data),
        publicity=_optional_enum(Publicity, data, "publicity"),
        publicity_reason=optional(data, "publicity_reason", str, "").strip(),
        **_meeting_fields(data, org),
    )


def _incoming(data: dict, day: date, org: OrgChart) -> IncomingRequest:
    matters = optional(data, "matters", int, 1)
    if matters < 1:
        raise InputError("matters", "请示事项数至少为 1")
    return IncomingRequest(
        date=day,
        doc_type=parse_enum(DocType, data.get("doc_type"), "doc_type"),
        # A sender may be a township or a unit outside every portfolio (handled by the engine).
        sender=_department(data, "sender", org, known=False),
        main_recipients=string_list(data, "main_recipients"),
        major=_flag(data, "major"),
        classification=_classification(data),
        assigned_by_leader=_flag(data, "assigned_by_leader"),
        matters=matters,
        text=optional(data, "text", str, ""),
    )


def _minutes(data: dict, day: date, org: OrgChart) -> MinutesRequest:
    convened_by = require(data, "convened_by", str)
    if org.get(convened_by) is None:
        raise InputError("convened_by", f"组织架构中没有 id 为“{convened_by}”的人员", "请填写召集人的人员 id")
    return MinutesRequest(
        date=day,
        meeting=parse_enum(Meeting, data.get("meeting"), "meeting"),
        convened_by=convened_by,
        meeting_date=parse_date(data.get("meeting_date"), "meeting_date"),
        lead_department=_department(data, "lead_department", org, known=True),
    )


def _seal(data: dict, day: date, org: OrgChart) -> SealRequest:
    return SealRequest(
        date=day,
        seal=parse_enum(Seal, data.get("seal"), "seal"),
        purpose=parse_enum(SealPurpose, data.get("purpose"), "purpose"),
        requesting_department=_department(data, "requesting_department", org, known=False),
        blank=_flag(data, "blank"),
        has_proof=_flag(data, "has_proof"),
        special_case=_flag(data, "special_case"),
        take_out=_flag(data, "take_out"),
        document_number=optional(data, "document_number", str, ""),
    )


def _contract(data: dict, day: date, org: OrgChart) -> ContractRequest:
    delegate = optional(data, "delegate_to", str, None)
    if delegate is not None:
        person = org.get(delegate)
        if person is None or not person.is_deputy:
            raise InputError("delegate_to", f"“{delegate}”不是组织架构中的常务副县长或副县长",
                             "第二十四条：县长只能委托常务副县长或副县长签订，请填写其人员 id")
    return ContractRequest(
        date=day,
        requesting_department=_department(data, "requesting_department", org, known=False),
        counterparty=require(data, "counterparty", str),
        delegate_to=delegate,
    )


_PARSERS = {Kind.OUTGOING: _outgoing, Kind.INCOMING: _incoming, Kind.MINUTES: _minutes,
            Kind.SEAL: _seal, Kind.CONTRACT: _contract}
