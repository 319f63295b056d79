"""The routing plan: who acts, in what order, on which article, by when, and what is wrong.

It is the engine's answer and is stored with each record; `to_json` is the shape of routing.md."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.enums import Action, Role, Severity
from desktop_app.domain.numerals import article_number


@dataclass(frozen=True)
class Step:
    order: int
    action: Action
    role: Role
    person: str | None = None
    basis: tuple[str, ...] = ()
    name: str | None = None  # the person's name, for display; not part of the contract
    acting_for: Role | None = None
    # How the step is worded where the action's own label would mislead: a leader 阅示 (reads) an
    # incoming 报告 and 审批 (decides) a 请示 (第六十五条); the action id stays one of the contract's.
    label: str | None = None

    @property
    def wording(self) -> str:
        return self.label or self.action.label

    def to_json(self) -> dict:
        data = {"order": self.order, "action": self.action.value, "role": self.role.value,
                "person": self.person, "basis": list(self.basis)}
        if self.name:
            data["name"] = self.name
        if self.acting_for:
            data["acting_for"] = self.acting_for.value
        if self.label:
            data["label"] = self.label
        return data


@dataclass(frozen=True)
class Signer:
    role: Role
    person: str | None
    name: str | None
    acting_for: Role | None = None

    def to_json(self) -> dict:
        return {"role": self.role.value, "person": self.person, "name": self.name,
                "acting_for": self.acting_for.value if self.acting_for else None}


@dataclass(frozen=True)
class Approval:
    role: Role
    person: str | None
    basis: tuple[str, ...]
    name: str | None = None

    def to_json(self) -> dict:
        data = {"role": self.role.value, "person": self.person, "basis": list(self.basis)}
        if self.name:
            data["name"] = self.name
        return data


@dataclass(frozen=True)
class Finding:
    """A problem or reminder about a request: a value with a code, never an exception."""

    code: str
    basis: str
    message: str
    severity: Severity = Severity.WARNING

    def to_json(self) -> dict:
        return {"code": self.code, "basis": self.basis, "message": self.message,
                "severity": self.severity.value}


# What each deadline is called, once: the window and the engine's findings read it from here.
DEADLINE_LABELS = {"cosign_reply": "会签回复期限", "minutes_issue": "会议纪要印发期限"}


def deadline_label(what: str) -> str:
    return DEADLINE_LABELS.get(what, what)


@dataclass(frozen=True)
class Deadline:
    what: str
    due: date
    basis: str
    official: bool = True  # False: computed on weekends only, the year's holiday data was missing

    def to_json(self) -> dict:
        return {"what": self.what, "due": self.due.isoformat(), "basis": self.basis}


@dataclass(frozen=True)
class Plan:
    signer: Signer | None
    steps: tuple[Step, ...]
    approvals: tuple[Approval, ...] = ()
    refused: bool = False
    warnings: tuple[Finding, ...] = ()
    deadlines: tuple[Deadline, ...] = ()

    @property
    def basis(self) -> tuple[str, ...]:
        """Every article cited anywhere in the answer, once each, in article order."""
        cited: set[str] = set()
        for step in self.steps:
            cited.update(step.basis)
        for approval in self.approvals:
            cited.update(approval.basis)
        cited.update(w.basis for w in self.warnings)
        cited.update(d.basis for d in self.deadlines)
        return tuple(sorted(cited, key=article_number))

    def to_json(self) -> dict:
        return {
            "signer": self.signer.to_json() if self.signer else None,
            "steps": [s.to_json() for s in self.steps],
            "approvals": [a.to_json() for a in self.approvals],
            "refused": self.refused,
            "basis": list(self.basis),
            "warnings": [w.to_json() for w in self.warnings],
            "deadlines": [d.to_json() for d in self.deadlines],
        }
