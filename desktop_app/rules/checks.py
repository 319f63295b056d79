"""The rules of 行文 of 第六十一条, checked on a document's recipients, type and text: one main
addressee for a 请示, one matter per 请示, no request inside a 报告, nothing addressed to a leader in
person unless assigned by a leader or 绝密. The word lists live in resources/rules/checks.json."""
from __future__ import annotations

from desktop_app.domain.enums import Classification, DocType
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
    """A person of the org chart, by name or id, or any text carrying a leader's title."""
    if any(recipient in (person.name, person.id) for person in org.people):
        return True
    return any(title in recipient for title in table("checks")["leader_titles"])


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
