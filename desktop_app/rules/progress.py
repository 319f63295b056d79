"""What may be recorded next on a stored plan, and when a 文号 may be given (第六十四条).

第六十四条: 县政府领导不直接签批未经县政府办公室审理的公文文稿 — a leader's step (approve, cosign, comment,
sign) cannot be recorded before the office's review steps that come before it in the plan. A number is
given at 登记, after the document has been reviewed, signed and checked (签发、复核后登记编号): every step up
to the signature must be recorded. Both read the plan's JSON (routing.md) and the recorded step orders,
so the registry refuses and the window explains with the same answer."""
from __future__ import annotations

from typing import Iterable

from desktop_app.domain.enums import Action, Role

BASIS = "第六十四条"
LEADER_ACTIONS = (Action.APPROVE.value, Action.COSIGN.value, Action.COMMENT.value, Action.SIGN.value)
REVIEW_ACTIONS = (Action.OFFICE_REVIEW.value, Action.DIRECTOR_REVIEW.value)
OFFICE_ROLES = (Role.COUNTY_OFFICE.value, Role.OFFICE_DIRECTOR.value, Role.OFFICE_DEPUTY_DIRECTOR.value)


def wording(step: dict) -> str:
    """How a step is named to the clerk: its own label (阅示, 审批) or its action's."""
    if step.get("label"):
        return str(step["label"])
    try:
        return Action(step.get("action")).label
    except ValueError:
        return str(step.get("action"))


def describe(step: dict) -> str:
    return f"第 {step['order']} 步“{wording(step)}”"


def is_office_review(step: dict) -> bool:
    """The office's own review: 办公室审核, 办公室主任签批, or the office's comments on minutes (第五十五条)."""
    return step.get("action") in REVIEW_ACTIONS or step.get("role") in OFFICE_ROLES


def review_first(steps: list[dict], done: Iterable[int], order: int) -> dict | None:
    """The first office review before step `order` that is not recorded yet, when `order` is a leader's
    step; None when the step may be recorded now."""
    step = next((s for s in steps if s.get("order") == order), None)
    if step is None or step.get("action") not in LEADER_ACTIONS:
        return None
    recorded = set(done)
    return next((s for s in steps if s["order"] < order and is_office_review(s) and s["order"] not in recorded),
                None)


def missing_before_number(steps: list[dict], done: Iterable[int]) -> list[dict]:
    """The steps up to and including the signature that are not recorded yet (all of them without a sign)."""
    sign = next((s for s in steps if s.get("action") == Action.SIGN.value), None)
    last = sign["order"] if sign else max((s["order"] for s in steps), default=0)
    recorded = set(done)
    return [s for s in steps if s["order"] <= last and s["order"] not in recorded]
