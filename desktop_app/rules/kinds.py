"""One routing function per kind of request. Each reads its rule table and returns the steps (as
drafts), approvals, findings, deadlines to compute and whether the request is refused."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop_app.domain.enums import Action, Authority, Meeting, Role
from desktop_app.domain.org import OrgChart, Person
from desktop_app.domain.plan import Finding
from desktop_app.domain.requests import (ContractRequest, IncomingRequest, MinutesRequest, OutgoingRequest,
                                         SealRequest)
from desktop_app.rules import checks
from desktop_app.rules.assemble import Draft, drafts_from, insert_before_sign
from desktop_app.rules.people import Context, as_actor
from desktop_app.rules.tables import finding, table


@dataclass(frozen=True)
class Due:
    """A deadline to compute: `days` working days after `start`; routed after it, `late` is raised."""

    what: str
    start: date
    days: int
    basis: str
    late: str | None = None  # the finding for a request routed after the due date
    routed_on: date | None = None


@dataclass
class Outline:
    """A kind's answer before absences, folding and numbering are applied."""

    drafts: list[Draft] = field(default_factory=list)
    approvals: list[Draft] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    deadlines: list[Due] = field(default_factory=list)
    refused: bool = False


def outgoing(req: OutgoingRequest, org: OrgChart) -> Outline:
    rules = table("outgoing")
    ctx = Context(org, req.lead_department, req.cosign_departments)
    if req.doc_type.value in rules["minutes"]["doc_types"]:
        outline = _outgoing_minutes(req, org, ctx)
    else:
        outline = _outgoing_document(req, rules, ctx)
    outline.findings += checks.recipient_findings(req.doc_type, req.main_recipients, org)
    outline.findings += checks.publicity_findings(req.classification, req.publicity, req.publicity_reason)
    if req.cosign_departments:
        reply = rules["cosign_reply"]
        outline.deadlines.append(Due("cosign_reply", req.date, reply["working_days"], reply["basis"]))
    return outline


def _outgoing_document(req: OutgoingRequest, rules: dict, ctx: Context) -> Outline:
    req, reserved = _reserved_to_government(req, rules)
    outline = Outline(findings=reserved)
    before, found = drafts_from(rules["before"], ctx)
    core, core_found = drafts_from(_signing_rows(req, rules), ctx)
    outline.drafts = before + insert_before_sign(core, _collective(req, rules, ctx))
    outline.findings += found + core_found
    if req.normative:
        outline.findings += [finding(key) for key in rules["normative"]["findings"]]
    return outline


def _reserved_to_government(req: OutgoingRequest, rules: dict) -> tuple[OutgoingRequest, list[Finding]]:
    """第六十四条: 决定、命令、议案、人员任免 are the county government's, whoever asks to issue them."""
    reserved = rules[req.authority.value].get("reserved_to_government")
    if reserved is None:
        return req, []
    by_type = req.doc_type.value in reserved["doc_types"]
    if not (by_type or (req.personnel and reserved["personnel"])):
        return req, []
    what = req.doc_type.value if by_type else "人员任免"
    rerouted = replace(req, authority=Authority(reserved["route_as"]))
    return rerouted, [finding(reserved["finding"], what=what)]


def _outgoing_minutes(req: OutgoingRequest, org: OrgChart, ctx: Context) -> Outline:
    """第五十五条: a 纪要 entered as an outgoing document follows the minutes chain."""
    outline = Outline(findings=[finding(table("outgoing")["minutes"]["finding"])])
    convener = org.get(req.convened_by) if req.convened_by else None
    drafts, found = _minutes_chain(req.meeting, convener, replace(ctx, convened_by=req.convened_by))
    outline.drafts = _office_reviewed(drafts, ctx)
    outline.findings += found
    if req.meeting_date is not None:
        outline.deadlines.append(_minutes_issue(req.meeting_date, req.date))
    return outline


def _office_reviewed(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """第六十四条: an outgoing document reaches a leader only after the office's review. A deputy's own
    专题会议 minutes have no office step in their chain (第五十五条), so the outgoing review comes first."""
    office = (Role.COUNTY_OFFICE, Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR)
    if any(d.actor.role in office for d in drafts):
        return drafts
    review, _ = drafts_from([row for row in table("outgoing")["before"] if row["action"] != "draft"], ctx)
    at = 1 if drafts and drafts[0].action is Action.DRAFT else 0
    return drafts[:at] + review + drafts[at:]


def _signing_rows(req: OutgoingRequest, rules: dict) -> list[dict]:
    authority = rules[req.authority.value]
    head = authority.get("county_head_signs")
    if head and _county_head_signs(req, head):
        return head["steps"]
    return authority["scopes"][req.scope.value]


def _county_head_signs(req: OutgoingRequest, head: dict) -> bool:
    return (req.direction.value in head["directions"] or req.doc_type.value in head["doc_types"]
            or (req.personnel and head["personnel"]))


def _collective(req: OutgoingRequest, rules: dict, ctx: Context) -> list[Draft]:
    """第二十二条 (normative) and 第二十七条 (major) each demand a collective decision; one meeting serves
    both. A legality review comes right before it (第二十二条 normative, 第二十六条 major, 第五十一条: the
    meeting's documents are reviewed beforehand); one review serves both."""
    triggers = [rules[key] for key, applies in (("normative", req.normative), ("major", req.scope.value == "major"))
                if applies]
    if not triggers:
        return []
    review = dict(rules["legal_review"], basis=[t["legal_review_basis"] for t in triggers])
    decision = dict(rules["collective_decision"], basis=[t["collective_decision_basis"] for t in triggers])
    return drafts_from([review, decision], ctx)[0]


def incoming(req: IncomingRequest, org: OrgChart) -> Outline:
    rules = table("incoming")
    ctx = Context(org, lead_department=req.sender)
    drafts, found = drafts_from(rules["major_steps"] if req.major else rules["steps"], ctx)
    findings = found + checks.recipient_findings(
        req.doc_type, req.main_recipients, org,
        classification=req.classification, assigned_by_leader=req.assigned_by_leader)
    content = checks.content_findings(req.doc_type, req.text, req.matters)
    asks = any(f.code == "report_contains_request" for f in content)
    return Outline(drafts=_worded(drafts, req, asks, rules["wording"]), findings=findings + content)


def _worded(drafts: list[Draft], req: IncomingRequest, asks: bool, wording: dict) -> list[Draft]:
    """第六十五条: on a report with no request in it the leaders read (阅示, 圈阅 = 已阅知); on anything
    that asks for a decision they decide (审批)."""
    reads = req.doc_type.value in wording["read_types"] and not asks
    rule = wording["read"] if reads else wording["decide"]
    extra = tuple(rule.get("basis", ()))
    return [replace(d, label=rule["label"], basis=tuple(dict.fromkeys(d.basis + extra)))
            if d.action.value in rule["actions"] else d for d in drafts]


def minutes(req: MinutesRequest, org: OrgChart) -> Outline:
    ctx = Context(org, lead_department=req.lead_department, convened_by=req.convened_by)
    drafts, findings = _minutes_chain(req.meeting, org.get(req.convened_by), ctx)
    return Outline(drafts=drafts, findings=findings, deadlines=[_minutes_issue(req.meeting_date, req.date)])


def _minutes_chain(meeting: Meeting | None, convener: Person | None,
                   ctx: Context) -> tuple[list[Draft], list[Finding]]:
    """第五十五条: the full chain, or the deputy's own 专题会议 that normally has no minutes."""
    rules = table("minutes")
    special = rules["deputy_special_topic"]
    if meeting is not None and meeting.value in special["meetings"] and convener is not None and convener.is_deputy:
        drafts, findings = drafts_from(special["steps"], ctx)
        return drafts, findings + [finding(key, convener=convener.name) for key in special["findings"]]
    return drafts_from(rules["chain"], ctx)


def _minutes_issue(meeting_date: date, routed_on: date) -> Due:
    issue = table("minutes")["minutes_issue"]
    return Due("minutes_issue", meeting_date, issue["working_days"], issue["basis"],
               late=issue["late_finding"], routed_on=routed_on)


def seal(req: SealRequest, org: OrgChart) -> Outline:
    rules = table("seals")
    ctx = Context(org, lead_department=req.requesting_department)
    outline = Outline()
    if req.blank:
        outline.findings.append(finding(rules["blank"]["finding"]))
        outline.refused = rules["blank"]["refuse"]
    outline.findings += _proof_findings(req, rules, outline)
    if req.purpose.value in rules["signed_document"]["purposes"] and not req.document_number:
        outline.findings.append(finding(rules["signed_document"]["without_number_finding"], seal=req.seal.label))
    if req.take_out:
        outline.findings.append(finding(rules["take_out"]["finding"]))
    if not outline.refused:
        rows = _seal_approval_rows(req, rules)
        outline.approvals, found = drafts_from(rows, ctx)
        outline.findings += found
    return outline


def _proof_findings(req: SealRequest, rules: dict, outline: Outline) -> list[Finding]:
    """第七十条: a 介绍信 needs proof; without it only the special case goes on, with its own approvals."""
    letter = rules["introduction_letter"]
    if req.purpose.value not in letter["purposes"] or req.has_proof:
        return []
    proof = letter["requires_proof"]
    if req.special_case:
        return [finding(proof["special_case"]["finding"])]
    outline.refused = outline.refused or proof["refuse"]
    return [finding(proof["finding"])]


def _seal_approval_rows(req: SealRequest, rules: dict) -> list[dict]:
    """第六十九条: a signed document with its 文号 needs no approval; anything else its seal's approvals."""
    signed = rules["signed_document"]
    if req.purpose.value in signed["purposes"] and req.seal.value in signed["seals"] and req.document_number:
        return []
    rows = rules["by_seal"][req.seal.value]
    letter = rules["introduction_letter"]
    if req.purpose.value in letter["purposes"]:
        if req.seal.value in letter["replaces_seals"]:
            rows = []
        special = not req.has_proof and req.special_case
        extra = letter["requires_proof"]["special_case"]["approvals"] if special else letter["approvals"]
        rows = extra + rows if special else rows + extra
    return _one_row_per_approver([dict(row, action=Action.APPROVE.value) for row in rows])


def _one_row_per_approver(rows: list[dict]) -> list[dict]:
    """Two rules naming the same approver ask for one signature citing both articles."""
    merged: dict[str, dict] = {}
    for row in rows:
        if row["who"] in merged:
            first = merged[row["who"]]
            first["basis"] = list(dict.fromkeys(first["basis"] + row["basis"]))
        else:
            merged[row["who"]] = dict(row, basis=list(row["basis"]))
    return list(merged.values())


def contract(req: ContractRequest, org: OrgChart) -> Outline:
    rules = table("contracts")
    ctx = Context(org, lead_department=req.requesting_department)
    drafts, found = drafts_from(rules["steps"], ctx)
    if req.delegate_to:
        delegate = org.get(req.delegate_to)
        basis = (rules["delegation_basis"],)
        drafts = [Draft(d.action, as_actor(delegate), basis, acting_for=Role.COUNTY_HEAD)
                  if d.action is Action.SIGN else d for d in drafts]
    return Outline(drafts=drafts, findings=found)

