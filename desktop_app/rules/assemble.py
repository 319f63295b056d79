"""Turns rule-table rows into the plan's steps: resolves who acts, applies absences (第五条: the
executive deputy head signs for an absent county head; anyone else absent is named, never replaced),
folds an approval into the signature when one person does both, numbers the steps and finds the signer."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Iterable

from desktop_app.domain.enums import Action, Role
from desktop_app.domain.org import OrgChart
from desktop_app.domain.plan import Finding, Signer, Step
from desktop_app.rules.people import Actor, Context, as_actor, resolve
from desktop_app.rules.tables import finding, table


@dataclass(frozen=True)
class Draft:
    """A step before numbering."""

    action: Action
    actor: Actor
    basis: tuple[str, ...]
    acting_for: Role | None = None
    label: str | None = None  # wording other than the action's own (Step.label)


def drafts_from(rows: Iterable[dict[str, Any]], ctx: Context) -> tuple[list[Draft], list[Finding]]:
    drafts, findings = [], []
    for row in rows:
        actors, found = resolve(row["who"], ctx)
        findings += found
        drafts += [Draft(Action(row["action"]), actor, tuple(row.get("basis", ()))) for actor in actors]
    return drafts, findings


def apply_absences(drafts: list[Draft], org: OrgChart, day: date) -> tuple[list[Draft], list[Finding]]:
    out, findings = [], []
    for draft in drafts:
        person = draft.actor.person
        if person is None or not org.is_absent(person.id, day):
            out.append(draft)
            continue
        if person.role is Role.COUNTY_HEAD and draft.action is Action.SIGN:
            draft, found = _executive_signs_for_head(draft, org, day)
            findings += found
        else:
            findings.append(_absent(person.name, person.role, day, "请待其返回后办理，或由其本人委托他人并在签名后注“代”。"))
        out.append(draft)
    return out, findings


def _executive_signs_for_head(draft: Draft, org: OrgChart, day: date) -> tuple[Draft, list[Finding]]:
    head = draft.actor.person
    executive = org.first_with_role(Role.EXECUTIVE_DEPUTY_HEAD)
    acting_name = executive.name if executive else "（空缺）"
    findings = [finding("county_head_absent", name=head.name, date=day.isoformat(), acting=acting_name)]
    if executive is None:
        return draft, findings
    if org.is_absent(executive.id, day):
        findings.append(_absent(executive.name, executive.role, day, "县长与常务副县长均不在，请报县长另行委托。"))
    acting_basis = table("findings")["county_head_absent"]["basis"]  # 第五条, stated once in the table
    acting = replace(draft, actor=as_actor(executive), basis=draft.basis + (acting_basis,),
                     acting_for=Role.COUNTY_HEAD)
    return acting, findings


def _absent(name: str, role: Role, day: date, consequence: str) -> Finding:
    return finding("signer_absent", name=name, role=role.label, date=day.isoformat(), consequence=consequence)


def fold_into_signature(drafts: list[Draft]) -> list[Draft]:
    """An approval or comment directly before the same person's signature becomes part of it."""
    out: list[Draft] = []
    for draft in drafts:
        previous = out[-1] if out else None
        if (previous is not None and draft.action is Action.SIGN
                and previous.action in (Action.APPROVE, Action.COMMENT)
                and previous.actor.person is not None and previous.actor.person == draft.actor.person):
            merged_basis = tuple(dict.fromkeys(previous.basis + draft.basis))
            out[-1] = replace(draft, basis=merged_basis)
        else:
            out.append(draft)
    return out


def vacancies(drafts: list[Draft]) -> list[Finding]:
    """A person's role that nobody in the org chart holds leaves a step nobody can do."""
    # Every table row a person acts on cites its article (tests/rules/test_articles.py).
    return [finding("role_vacant", role=d.actor.role.label, action=d.action.label, step_basis=d.basis[0])
            for d in drafts if d.actor.person is None and d.actor.role.value in Role.person_roles()]


def number_steps(drafts: list[Draft]) -> tuple[Step, ...]:
    return tuple(
        Step(order=i, action=d.action, role=d.actor.role, person=d.actor.person.id if d.actor.person else None,
             basis=d.basis, name=d.actor.person.name if d.actor.person else None, acting_for=d.acting_for,
             label=d.label)
        for i, d in enumerate(drafts, start=1))


def signer_of(drafts: list[Draft]) -> Signer | None:
    signs = [d for d in drafts if d.action is Action.SIGN]
    if not signs:
        return None
    last = signs[-1]
    person = last.actor.person
    return Signer(role=last.actor.role, person=person.id if person else None,
                  name=person.name if person else None, acting_for=last.acting_for)


def insert_before_sign(drafts: list[Draft], extra: list[Draft]) -> list[Draft]:
    """Collective decisions come after the approvals and before the final signature."""
    index = next((i for i, d in enumerate(drafts) if d.action is Action.SIGN), len(drafts))
    return drafts[:index] + extra + drafts[index:]
