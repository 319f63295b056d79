"""Resolves the `who` of a rule-table row to the org chart: a role held by one person, the deputy head
over a department, or an organisational role (the office, the justice bureau) with no person."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from desktop_app.domain.enums import Role
from desktop_app.domain.org import OrgChart, Person
from desktop_app.domain.plan import Finding
from desktop_app.rules.tables import finding


@dataclass(frozen=True)
class Actor:
    role: Role
    person: Person | None = None


@dataclass(frozen=True)
class Context:
    """What a `who` needs to be resolved: the org chart and the departments the request names."""

    org: OrgChart
    lead_department: str = ""
    cosign_departments: tuple[str, ...] = ()
    convened_by: str = ""
    delegate_to: str = ""


ORGANISATIONAL = {
    "drafter": Role.DRAFTER,
    "county_office": Role.COUNTY_OFFICE,
    "legal_bureau": Role.LEGAL_BUREAU,
    "executive_meeting": Role.EXECUTIVE_MEETING,
    "lead_department": Role.LEAD_DEPARTMENT,
}
SINGLE_HOLDER = {
    "county_head": Role.COUNTY_HEAD,
    "executive_deputy_head": Role.EXECUTIVE_DEPUTY_HEAD,
    "office_director": Role.OFFICE_DIRECTOR,
    "office_deputy_director": Role.OFFICE_DEPUTY_DIRECTOR,
}


def resolve(who: str, ctx: Context) -> tuple[list[Actor], list[Finding]]:
    """The actors a table row names (several for cosign_deputies, none when nobody co-signs)."""
    if who in ORGANISATIONAL:
        return [Actor(ORGANISATIONAL[who])], []
    if who in SINGLE_HOLDER:
        role = SINGLE_HOLDER[who]
        return [Actor(role, ctx.org.first_with_role(role))], []
    if who not in _DEPARTMENT_RESOLVERS:
        raise KeyError(f"unknown `who` in a rule table: {who}")
    return _DEPARTMENT_RESOLVERS[who](ctx)


def as_actor(person: Person) -> Actor:
    return Actor(person.role, person)


def _deputy_or_executive(department: str, ctx: Context, finding_key: str) -> tuple[list[Actor], list[Finding]]:
    deputy = ctx.org.deputy_over(department)
    if deputy is not None:
        return [as_actor(deputy)], []
    executive = ctx.org.first_with_role(Role.EXECUTIVE_DEPUTY_HEAD)
    name = executive.name if executive else "（空缺）"
    return [Actor(Role.EXECUTIVE_DEPUTY_HEAD, executive)], [finding(finding_key, department=department, name=name)]


def _lead_deputy(ctx: Context) -> tuple[list[Actor], list[Finding]]:
    deputy = ctx.org.deputy_over(ctx.lead_department)
    return [Actor(Role.DEPUTY_HEAD, None) if deputy is None else as_actor(deputy)], []


def _cosign_deputies(ctx: Context) -> tuple[list[Actor], list[Finding]]:
    lead = ctx.org.deputy_over(ctx.lead_department)
    deputies: dict[str, Person] = {}
    for department in ctx.cosign_departments:
        deputy = ctx.org.deputy_over(department)
        if deputy is not None and deputy != lead:
            deputies.setdefault(deputy.id, deputy)
    if not deputies and lead is not None:
        return [], [finding("no_other_deputy_to_cosign", name=lead.name)]
    return [as_actor(p) for p in deputies.values()], []


def _convener(ctx: Context) -> tuple[list[Actor], list[Finding]]:
    person = ctx.org.get(ctx.convened_by)
    return [as_actor(person)] if person else [], []


_DEPARTMENT_RESOLVERS: dict[str, Callable[[Context], tuple[list[Actor], list[Finding]]]] = {
    "lead_deputy": _lead_deputy,
    "cosign_deputies": _cosign_deputies,
    "sender_deputy": lambda ctx: _deputy_or_executive(ctx.lead_department, ctx, "sender_without_deputy"),
    "requesting_deputy": lambda ctx: _deputy_or_executive(ctx.lead_department, ctx, "department_without_deputy"),
    "county_leader": lambda ctx: _deputy_or_executive(ctx.lead_department, ctx, "department_without_deputy"),
    "convener": _convener,
}
