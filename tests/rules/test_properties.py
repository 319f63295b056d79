"""Properties over random valid requests and org charts: whatever is asked, the answer is coherent."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.enums import DocType
from desktop_app.rules.articles import load_articles
from desktop_app.rules.calendar import WorkCalendar
from desktop_app.rules.engine import route_json
from desktop_app.rules.tables import table

DEPARTMENTS = ["县财政局", "县教育局", "县自然资源局", "县水利局", "县公安局", "县民政局", "县审计局", "县农业农村局"]
CALENDAR = WorkCalendar()
ARTICLES = set(load_articles())
CODES = {entry.get("code", key) for key, entry in table("findings").items() if not key.startswith("_")}
CLASSIFICATIONS = st.sampled_from(["none", "秘密", "机密", "绝密"])
PUBLICITY = st.sampled_from([None, "主动公开", "依申请公开", "不予公开"])
RECIPIENTS = ["吐鲁番市人民政府", "各乡镇人民政府", "县长", "王县长", "托克逊县长途汽车客运站", "县财政局"]


@st.composite
def org_charts(draw):
    deputies = draw(st.integers(min_value=1, max_value=4))
    shuffled = draw(st.permutations(DEPARTMENTS))
    # The executive deputy always holds at least one department; others may hold none.
    cut = sorted(draw(st.lists(st.integers(1, len(DEPARTMENTS)), min_size=deputies, max_size=deputies)))
    portfolios = [shuffled[a:b] for a, b in zip([0] + cut, cut + [len(DEPARTMENTS)])][:deputies]
    people = [{"id": "head", "name": "县长", "role": "county_head"},
              {"id": "dir", "name": "主任", "role": "office_director"},
              {"id": "ddir", "name": "副主任", "role": "office_deputy_director"}]
    for i, departments in enumerate(portfolios):
        role = "executive_deputy_head" if i == 0 else "deputy_head"
        people.append({"id": f"d{i}", "name": f"副县长{i}", "role": role, "departments": departments})
    absences = draw(st.lists(st.builds(
        lambda who, start, length: {"person": who, "from": start.isoformat(),
                                    "to": (start + timedelta(days=length)).isoformat()},
        st.sampled_from([p["id"] for p in people]), st.dates(date(2026, 11, 1), date(2027, 2, 1)),
        st.integers(0, 10)), max_size=3))
    return {"county": "托克逊县", "people": people, "absences": absences}


def _covered(org):
    return [d for p in org["people"] for d in p.get("departments", [])]


@st.composite
def requests(draw, org):
    kind = draw(st.sampled_from(["outgoing", "incoming", "minutes", "seal", "contract"]))
    day = draw(st.dates(date(2025, 1, 1), date(2027, 3, 1))).isoformat()
    covered = _covered(org)
    department = st.sampled_from(covered)
    deputy_ids = [p["id"] for p in org["people"] if "departments" in p]
    base = {"kind": kind, "date": day}
    if kind == "outgoing":
        return base | {
            "authority": draw(st.sampled_from(["county_government", "county_office"])),
            "direction": draw(st.sampled_from(["upward", "downward", "parallel"])),
            "doc_type": draw(st.sampled_from(DocType.values())),
            "scope": draw(st.sampled_from(["routine", "cross_portfolio", "major"])),
            "lead_department": draw(department),
            "cosign_departments": draw(st.lists(department, max_size=4)),
            "main_recipients": draw(st.lists(st.sampled_from(RECIPIENTS), max_size=3)),
            "normative": draw(st.booleans()), "personnel": draw(st.booleans()),
            "classification": draw(CLASSIFICATIONS), "publicity": draw(PUBLICITY),
            "publicity_reason": draw(st.sampled_from(["", "涉及国家秘密"])),
            **draw(st.one_of(st.just({}), st.builds(
                lambda d, m, c: {"meeting_date": d.isoformat(), "meeting": m, "convened_by": c},
                st.dates(date(2025, 1, 1), date(2027, 3, 1)),
                st.sampled_from(["plenary", "executive", "special_topic"]), st.sampled_from(["head"] + deputy_ids))))}
    if kind == "incoming":
        return base | {
            "doc_type": draw(st.sampled_from(DocType.values())),
            "sender": draw(st.one_of(department, st.just("伊拉湖镇人民政府"))),
            "main_recipients": draw(st.lists(st.sampled_from(["县人民政府", *RECIPIENTS]), max_size=3)),
            "major": draw(st.booleans()), "matters": draw(st.integers(1, 3)),
            "classification": draw(CLASSIFICATIONS),
            "text": draw(st.sampled_from(["", "妥否，请批示。", "特此报告。"]))}
    if kind == "minutes":
        return base | {
            "meeting": draw(st.sampled_from(["plenary", "executive", "party_group", "head_office", "special_topic"])),
            "convened_by": draw(st.sampled_from(["head"] + deputy_ids)),
            "meeting_date": draw(st.dates(date(2025, 1, 1), date(2027, 3, 1))).isoformat(),
            "lead_department": draw(department)}
    if kind == "seal":
        return base | {
            "seal": draw(st.sampled_from(["county_government", "county_government_steel", "county_head_name",
                                          "county_office"])),
            "purpose": draw(st.sampled_from(["official_document", "contract", "agreement", "certificate",
                                             "report_form", "proof", "guarantee", "statement",
                                             "introduction_letter"])),
            "requesting_department": draw(st.one_of(department, st.just("伊拉湖镇人民政府"))),
            "blank": draw(st.booleans()), "has_proof": draw(st.booleans()), "take_out": draw(st.booleans()),
            "special_case": draw(st.booleans()),
            "document_number": draw(st.sampled_from(["", "托政发〔2026〕12号"]))}
    return base | {"requesting_department": draw(department), "counterparty": "某公司",
                   "delegate_to": draw(st.one_of(st.none(), st.sampled_from(deputy_ids)))}


@st.composite
def cases(draw):
    org = draw(org_charts())
    return org, draw(requests(org))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_answer_is_coherent(case):
    org, request = case
    result = route_json(request, org)
    people = {p["id"] for p in org["people"]}
    steps = result["steps"]
    assert [s["order"] for s in steps] == list(range(1, len(steps) + 1))
    signs = [s for s in steps if s["action"] == "sign"]
    if signs:
        assert steps[-1]["action"] == "sign" and len(signs) == 1
        assert result["signer"]["person"] == signs[0]["person"]
    for s in steps:
        assert s["person"] is None or s["person"] in people
    for a in result["approvals"]:
        assert a["person"] is None or a["person"] in people
    cited = {b for s in steps for b in s["basis"]} | {b for a in result["approvals"] for b in a["basis"]}
    cited |= {w["basis"] for w in result["warnings"]} | {d["basis"] for d in result["deadlines"]}
    assert set(result["basis"]) == cited and len(result["basis"]) == len(cited)
    assert cited <= ARTICLES
    assert {w["code"] for w in result["warnings"]} <= CODES
    leaders = [s["order"] for s in steps if s["role"] in ("county_head", "executive_deputy_head", "deputy_head")]
    reviews = [s["order"] for s in steps if s["action"] in ("office_review", "director_review")
               or s["role"] in ("office_director", "office_deputy_director")]
    if leaders and request["kind"] in ("outgoing", "incoming"):  # 第六十四条: reviewed before a leader sees it
        assert reviews and min(reviews) < min(leaders)
    for i, step in enumerate(steps):
        if step["action"] == "collective_decision":  # 第二十六、五十一条: reviewed for legality first
            assert steps[i - 1]["action"] == "legal_review"
    for deadline in result["deadlines"]:
        assert CALENDAR.is_workday(date.fromisoformat(deadline["due"]))[0]
    if result["refused"]:
        assert result["warnings"] and result["approvals"] == []
    codes = {w["code"] for w in result["warnings"]}
    if request["kind"] == "outgoing":
        classified = request["classification"] != "none" and request["publicity"] == "主动公开"
        assert ("publicity_conflict" in codes) == classified
    if request["kind"] == "seal" and request["purpose"] == "introduction_letter" and not request["has_proof"]:
        assert result["refused"] == (request["blank"] or not request["special_case"])
        assert "introduction_letter_without_proof" in codes
