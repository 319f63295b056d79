"""The rules of 行文 of 第六十一条, checked on a document's recipients, type and text: one main
addressee for a 请示, one matter per 请示, no request inside a 报告, nothing addressed to a leader in
person unless assigned by a leader or 绝密; and 第三十五条's publicity of an outgoing document. The word
lists live in resources/rules/checks.json."""
from __future__ import annotations

from desktop_app.domain.enums import Classification, DocType, Publicity
from desktop_app.domain.org import OrgChart
from desktop_app.domain.plan import Finding
from desktop_app.rules.tables import finding, table


def recipient_findings(doc_type: DocType, recipients: tuple[str, ...], org: OrgChart, *,
                       classification: Classification = Classification.NONE,
                       assigned_by_leader: bool = False) -> list[Finding]:
    words = table("checks")
    findings = []
    if doc_type.value in words["single_recipient_types"] and len(recipients) > 1:
        findings.append(finding("multiple_main_recipients", count=len(recipients), recipients=recipients))
    exempt = assigned_by_leader or classification.value in words["individual_allowed_classifications"]
    if not exempt:
        findings += [finding("addressed_to_individual", recipient=r) for r in recipients
                     if is_individual(r, org)]
    return findings


def is_individual(recipient: str, org: OrgChart) -> bool:
    """A person of the org chart, by name or id, or a leader's title standing as a person's address:
    the title alone or with a surname or name before or after it (王县长, 县长县长甲, 副县长丁同志). A unit
    whose name merely contains the title (托克逊县长途汽车客运站) is no person (routing.md, 第六十一条)."""
    names = {person.name for person in org.people} | {person.id for person in org.people}
    if recipient in names:
        return True
    words = table("checks")
    text = recipient
    for honorific in words["honorifics"]:
        text = text.removesuffix(honorific)
    for title in words["leader_titles"]:
        start = text.find(title)
        while start >= 0:
            before, after = text[:start], text[start + len(title):]
            if _name_or_nothing(before, names, words) and _name_or_nothing(after, names, words):
                return True
            start = text.find(title, start + 1)
    return False


def _name_or_nothing(part: str, names: set[str], words: dict) -> bool:
    """Nothing, a person of the org chart, or a short name with no mark of a unit (局, 站, 政府 …)."""
    if not part or part in names:
        return True
    return len(part) <= words["max_name_length"] and not any(mark in part for mark in words["unit_marks"])


def publicity_findings(classification: Classification, publicity: Publicity | None,
                       reason: str) -> list[Finding]:
    """第三十五条: publish unless it must be kept secret; not publishing needs its reason."""
    rules = table("outgoing")["publicity"]
    findings = []
    if publicity is not None and classification is not Classification.NONE \
            and publicity.value in rules["classified_not_public"]:
        findings.append(finding(rules["conflict_finding"], classification=classification.label))
    if publicity is not None and publicity.value in rules["needs_reason"] and not reason.strip():
        findings.append(finding(rules["reason_finding"]))
    return findings


def content_findings(doc_type: DocType, text: str, matters: int) -> list[Finding]:
    words = table("checks")
    findings = []
    if doc_type.value in words["report_types"]:
        phrase = next((p for p in words["request_phrases"] if p in text), None)
        if phrase:
            findings.append(finding("report_contains_request", phrase=phrase))
    if doc_type.value in words["one_matter_types"] and matters > 1:
        findings.append(finding("one_matter_per_request", matters=matters))
    return findings
