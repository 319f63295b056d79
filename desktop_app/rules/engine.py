"""The routing engine: request + org chart → plan (routing.md). It reads like a table of contents:
parse the request, route it by kind, apply absences, fold, number, compute deadlines, collect findings.
It never raises for a request that breaks a rule (that is a finding); only for malformed input."""
from __future__ import annotations

from typing import Any

from desktop_app.domain.enums import Action, Kind
from desktop_app.domain.org import OrgChart
from desktop_app.domain.plan import Approval, Deadline, Finding, Plan, deadline_label
from desktop_app.domain.requests import (ContractRequest, IncomingRequest, MinutesRequest, OutgoingRequest,
                                         RouteRequest, SealRequest, parse_request)
from desktop_app.rules import kinds
from desktop_app.rules.assemble import (Draft, apply_absences, fold_into_signature, number_steps, signer_of,
                                        vacancies)
from desktop_app.rules.calendar import WorkCalendar
from desktop_app.rules.tables import finding

_PARSED = (OutgoingRequest, IncomingRequest, MinutesRequest, SealRequest, ContractRequest)
_ROUTERS = {Kind.OUTGOING: kinds.outgoing, Kind.INCOMING: kinds.incoming, Kind.MINUTES: kinds.minutes,
            Kind.SEAL: kinds.seal, Kind.CONTRACT: kinds.contract}


def route(request: dict[str, Any] | RouteRequest, org: OrgChart | dict[str, Any],
          calendar: WorkCalendar | None = None) -> Plan:
    """Routes one request. Raises InputError (naming the field) only for malformed input."""
    chart = org if isinstance(org, OrgChart) else OrgChart.from_json(org)
    req = request if isinstance(request, _PARSED) else parse_request(request, chart)
    outline = _ROUTERS[req.kind](req, chart)
    drafts, absent = apply_absences(outline.drafts, chart, req.date)
    drafts = fold_into_signature(drafts)
    approvals, absent_approvers = apply_absences(outline.approvals, chart, req.date)
    deadlines, calendar_findings = _deadlines(outline.deadlines, calendar or WorkCalendar())
    findings = outline.findings + absent + absent_approvers + vacancies(drafts + approvals) + calendar_findings
    steps = number_steps(drafts if req.kind is not Kind.SEAL else drafts + _approval_steps(approvals))
    return Plan(
        signer=signer_of(drafts),
        steps=steps,
        approvals=tuple(_approval(a) for a in approvals),
        refused=outline.refused,
        warnings=tuple(_unique(findings)),
        deadlines=tuple(deadlines),
    )


def route_json(request: dict[str, Any], org: OrgChart | dict[str, Any],
               calendar: WorkCalendar | None = None) -> dict[str, Any]:
    return route(request, org, calendar).to_json()


def _approval(draft: Draft) -> Approval:
    person = draft.actor.person
    return Approval(role=draft.actor.role, person=person.id if person else None, basis=draft.basis,
                    name=person.name if person else None)


def _approval_steps(approvals: list[Draft]) -> list[Draft]:
    """A seal request's approvals are also its steps, so they can be recorded like any other step."""
    return [Draft(Action.APPROVE, a.actor, a.basis, a.acting_for) for a in approvals]


def _deadlines(wanted: list[kinds.Due], calendar: WorkCalendar) -> tuple[list[Deadline], list[Finding]]:
    deadlines, findings = [], []
    for want in wanted:
        due = calendar.add_working_days(want.start, want.days)
        deadlines.append(Deadline(want.what, due.due, want.basis, due.official))
        if not due.official:
            findings.append(finding("calendar_data_missing", year=due.due.year, what=deadline_label(want.what),
                                    due=due.due.isoformat(), deadline_basis=want.basis))
        if want.late and want.routed_on is not None and want.routed_on > due.due:
            late = calendar.working_days_between(due.due, want.routed_on)
            findings.append(finding(want.late, due=due.due.isoformat(), date=want.routed_on.isoformat(),
                                    late=late))
    return deadlines, findings


def _unique(findings: list[Finding]) -> list[Finding]:
    return list(dict.fromkeys(findings))
