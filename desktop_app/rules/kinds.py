"""One routing function per kind of request. Each reads its rule table and returns the steps (as
drafts), approvals, findings, deadlines to compute and whether the request is refused."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.enums import Action, Role
from desktop_app.domain.org import OrgChart
from desktop_app.domain.plan import Finding
from desktop_app.domain.requests import (ContractRequest, IncomingRequest, MinutesRequest, OutgoingRequest,
                                         SealRequest)
from desktop_app.rules import checks
from desktop_app.rules.assemble import Draft, drafts_from, insert_before_sign
from desktop_app.rules.people import Context, as_actor
from desktop_app.rules.tables import finding, table


@dataclass
class Outline:
    """A kind's answer before absences, folding and numbering are applied."""

    drafts: list[Draft] = field(default_factory=list)
    approvals: list[Draft] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    deadlines: list[tuple[str, date, int, str]] = field(default_factory=list)  # what, from, days, basis
    refused: bool = False


def outgoing(req: OutgoingRequest, org: OrgChart) -> Outline:
    rules = table("outgoing")
    ctx = Context(org, req.lead_department, req.cosign_departments)
    outline = Outline()
    before, found = drafts_from(rules["before"], ctx)
    normative, _ = drafts_from(rules["normative"]["steps"] if req.normative else [], ctx)
    core, core_found = drafts_from(_signing_rows(req, rules), ctx)
    outline.drafts = before + normative + insert_before_sign(core, _collective(req, rules, ctx))
    outline.findings = found + core_found
    if req.normative:
        outline.findings += [finding(key) for key in rules["normative"]["findings"]]
    outline.findings += checks.recipient_findings(req.doc_type, req.main_recipients, org)
    if req.cosign_departments:
        reply = rules["cosign_reply"]
        outline.deadlines.append(("cosign_reply", req.date, reply["working_days"], reply["basis"]))
    return outline


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
    """第二十二条 (normative) and 第二十七条 (major) each demand a collective decision; one meeting serves both."""
    basis = []
    if req.normative:
        basis.append(rules["normative"]["collective_decision_basis"])
    if req.scope.value == "major":
        basis.append(rules["major"]["collective_decision_basis"])
    if not basis:
        return []
    row = dict(rules["collective_decision"], basis=basis)
    return drafts_from([row], ctx)[0]


def incoming(req: IncomingRequest, org: OrgChart) -> Outline:
    rules = table("incoming")
    ctx = Context(org, lead_department=req.sender)
    drafts, found = drafts_from(rules["major_steps"] if req.major else rules["steps"], ctx)
    findings = found + checks.recipient_findings(
        req.doc_type, req.main_recipients, org,
        classification=req.classification, assigned_by_leader=req.assigned_by_leader)
    findings += checks.content_findings(req.doc_type, req.text, req.matters)
    return Outline(drafts=drafts, findings=findings)


def minutes(req: MinutesRequest, org: OrgChart) -> Outline:
    rules = table("minutes")
    ctx = Context(org, lead_department=req.lead_department, convened_by=req.convened_by)
    convener = org.get(req.convened_by)
    special = rules["deputy_special_topic"]
    outline = Outline()
    if req.meeting.value in special["meetings"] and convener is not None and convener.is_deputy:
        outline.drafts, outline.findings = drafts_from(special["steps"], ctx)
        outline.findings += [finding(key, convener=convener.name) for key in special["findings"]]
    else:
        outline.drafts, outline.findings = drafts_from(rules["chain"], ctx)
    issue = rules["minutes_issue"]
    outline.deadlines.append(("minutes_issue", req.meeting_date, issue["working_days"], issue["basis"]))
    return outline


def seal(req: SealRequest, org: OrgChart) -> Outline:
    rules = table("seals")
    ctx = Context(org, lead_department=req.requesting_department)
    outline = Outline()
    if req.blank:
        outline.findings.append(finding(rules["blank"]["finding"]))
        outline.refused = rules["blank"]["refuse"]
    letter = rules["introduction_letter"]
    if req.purpose.value in letter["purposes"] and not req.has_proof:
        outline.findings.append(finding(letter["requires_proof"]["finding"]))
        outline.refused = outline.refused or letter["requires_proof"]["refuse"]
    if req.take_out:
        outline.findings.append(finding(rules["take_out"]["finding"]))
    if not outline.refused:
        rows = _seal_approval_rows(req, rules)
        outline.approvals, found = drafts_from(rows, ctx)
        outline.findings += found
    return outline


def _seal_approval_rows(req: SealRequest, rules: dict) -> list[dict]:
    signed = rules["signed_document"]
    if req.purpose.value in signed["purposes"] and req.seal.value in signed["seals"]:
        return []
    rows = [dict(row, action=Action.APPROVE.value) for row in rules["by_seal"][req.seal.value]]
    letter = rules["introduction_letter"]
    if req.purpose.value in letter["purposes"]:
        if req.seal.value in letter["replaces_seals"]:
            rows = []
        rows += [dict(row, action=Action.APPROVE.value) for row in letter["approvals"]]
    return rows


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

