"""Outgoing documents: who reviews, co-signs and signs (第五、二十二、二十七、三十七、六十二、六十四条)."""
import pytest

from tests.rules.helpers import chain, codes, outgoing, plan, warning


def test_contract_example_routine_downward_notice(org_json):
    result = plan(outgoing(cosign_departments=["县财政局"]), org_json)
    assert result["signer"] == {"role": "executive_deputy_head", "person": "exec", "name": "副县长甲",
                                "acting_for": None}
    assert chain(result) == [("draft", None), ("office_review", None), ("approve", "d2"), ("sign", "exec")]
    assert result["deadlines"] == [{"what": "cosign_reply", "due": "2026-12-08", "basis": "第六十二条"}]
    assert result["basis"] == ["第六十二条", "第六十四条"]
    assert result["refused"] is False and result["warnings"] == []


def test_office_reviews_before_any_leader(org_json):
    """第六十四条: nothing reaches a leader unreviewed."""
    for authority in ("county_government", "county_office"):
        for scope in ("routine", "cross_portfolio", "major"):
            steps = plan(outgoing(authority=authority, scope=scope), org_json)["steps"]
            review = next(s["order"] for s in steps if s["action"] == "office_review")
            leaders = [s["order"] for s in steps if s["person"]]
            assert leaders and review < min(leaders), (authority, scope)
            assert "第六十四条" in steps[review - 1]["basis"]


def test_routine_in_the_executive_deputys_own_portfolio_is_one_step(org_json):
    result = plan(outgoing(lead_department="县财政局"), org_json)
    assert chain(result)[-1] == ("sign", "exec")
    assert [a for a, p in chain(result) if p == "exec"] == ["sign"]


@pytest.mark.parametrize("fields, reason", [
    ({"direction": "upward", "doc_type": "请示", "main_recipients": ["吐鲁番市人民政府"]}, "upward"),
    ({"doc_type": "决定"}, "决定"),
    ({"doc_type": "命令"}, "命令"),
    ({"direction": "upward", "doc_type": "议案"}, "议案"),
    ({"personnel": True}, "人员任免"),
])
def test_county_head_signs_what_article_64_reserves_to_him(org_json, fields, reason):
    result = plan(outgoing(**fields), org_json)
    assert result["signer"]["person"] == "head", reason
    assert result["steps"][-1]["basis"] == ["第六十四条"]


def test_cross_portfolio_other_deputies_cosign_once_each(org_json):
    request = outgoing(scope="cross_portfolio",
                       cosign_departments=["县自然资源局", "县住房和城乡建设局", "县卫生健康委员会"])
    result = plan(request, org_json)
    cosigners = [p for a, p in chain(result) if a == "cosign"]
    assert cosigners == ["d3"]  # both departments are d3's; 卫健委 is the lead deputy's own
    assert chain(result)[-2:] == [("approve", "d2"), ("sign", "exec")]
    assert result["deadlines"][0]["what"] == "cosign_reply"


def test_cross_portfolio_without_another_deputy_says_so(org_json):
    result = plan(outgoing(scope="cross_portfolio", cosign_departments=["县卫生健康委员会"]), org_json)
    assert "cosign" not in [a for a, _ in chain(result)]
    assert "no_other_deputy_to_cosign" in codes(result)


def test_major_matter_needs_a_collective_decision_then_the_county_head(org_json):
    """第二十七条 and 第六十四条: 事关全局 → collective decision, the 县长 signs."""
    result = plan(outgoing(scope="major"), org_json)
    assert chain(result)[-2:] == [("collective_decision", None), ("sign", "head")]
    assert result["steps"][-2]["basis"] == ["第二十七条"]
    assert "第二十七条" in result["basis"]


def test_major_adds_the_collective_decision_whatever_the_direction(org_json):
    result = plan(outgoing(scope="major", direction="upward", doc_type="报告"), org_json)
    assert ("collective_decision", None) in chain(result)
    assert result["signer"]["person"] == "head"


def test_normative_document_gets_legality_review_and_collective_decision(org_json):
    """第二十二条 and 第三十七条."""
    result = plan(outgoing(normative=True), org_json)
    actions = [a for a, _ in chain(result)]
    assert actions.index("legal_review") < actions.index("collective_decision") < actions.index("sign")
    assert result["steps"][actions.index("legal_review")]["role"] == "legal_bureau"
    assert warning(result, "policy_interpretation_required")["basis"] == "第三十七条"


def test_normative_and_major_share_one_collective_decision(org_json):
    result = plan(outgoing(normative=True, scope="major"), org_json)
    decisions = [s for s in result["steps"] if s["action"] == "collective_decision"]
    assert len(decisions) == 1 and decisions[0]["basis"] == ["第二十二条", "第二十七条"]


@pytest.mark.parametrize("scope, signer, before", [
    ("routine", "dir", []),
    ("cross_portfolio", "d2", []),
    ("major", "head", [("approve", "exec")]),
])
def test_county_office_documents(org_json, scope, signer, before):
    result = plan(outgoing(authority="county_office", scope=scope), org_json)
    assert result["signer"]["person"] == signer
    people = [(a, p) for a, p in chain(result) if p and a != "sign"]
    assert people == before


def test_absent_county_head_executive_deputy_signs_for_him(org_json):
    """第五条: the head is away 2026-12-01..05."""
    result = plan(outgoing(scope="major", date="2026-12-02"), org_json)
    assert result["signer"] == {"role": "executive_deputy_head", "person": "exec", "name": "副县长甲",
                                "acting_for": "county_head"}
    assert warning(result, "signer_absent")["basis"] == "第五条"
    assert "第五条" in result["steps"][-1]["basis"]


def test_absence_ranges_are_inclusive(org_json):
    assert plan(outgoing(scope="major", date="2026-12-05"), org_json)["signer"]["acting_for"] == "county_head"
    assert plan(outgoing(scope="major", date="2026-12-06"), org_json)["signer"]["person"] == "head"


def test_other_absent_approver_is_named_never_replaced(org_json):
    org_json["absences"].append({"person": "d2", "from": "2026-11-27", "to": "2026-11-28"})
    result = plan(outgoing(), org_json)
    assert ("approve", "d2") in chain(result)
    absent = warning(result, "signer_absent")
    assert "副县长乙" in absent["message"] and absent["basis"] == "第七十六条"


def test_a_request_to_two_bodies_is_flagged(org_json):
    request = outgoing(direction="upward", doc_type="请示", main_recipients=["吐鲁番市人民政府", "市财政局"])
    assert warning(plan(request, org_json), "multiple_main_recipients")["basis"] == "第六十一条"


def test_vacant_role_is_reported_not_invented(org_json):
    org_json["people"] = [p for p in org_json["people"] if p["role"] != "office_director"]
    result = plan(outgoing(authority="county_office"), org_json)
    assert result["signer"]["person"] is None
    assert "role_vacant" in codes(result)
