"""Incoming documents: director's review, the deputy in charge decides, checks of 第六十一条."""
import pytest

from tests.rules.helpers import chain, codes, incoming, plan, warning


def test_director_reviews_then_the_senders_deputy_decides(org_json):
    """第六十五条 then 第六十三条."""
    result = plan(incoming(), org_json)
    assert chain(result) == [("director_review", "dir"), ("sign", "d2")]
    assert result["steps"][0]["basis"] == ["第六十五条"]
    assert result["signer"]["person"] == "d2"
    assert result["warnings"] == []


def test_major_matter_deputy_comments_and_county_head_signs(org_json):
    result = plan(incoming(major=True), org_json)
    assert chain(result) == [("director_review", "dir"), ("comment", "d2"), ("sign", "head")]
    assert result["steps"][-1]["basis"] == ["第六十三条"]


def test_sender_under_no_deputy_goes_to_the_executive_deputy(org_json):
    result = plan(incoming(sender="伊拉湖镇人民政府"), org_json)
    assert result["signer"]["person"] == "exec"
    assert "sender_without_deputy" in codes(result)


def test_request_to_two_bodies(org_json):
    result = plan(incoming(main_recipients=["县人民政府", "县财政局"]), org_json)
    assert warning(result, "multiple_main_recipients")["basis"] == "第六十一条"


def test_a_report_may_have_two_main_recipients(org_json):
    result = plan(incoming(doc_type="报告", main_recipients=["县人民政府", "县财政局"]), org_json)
    assert "multiple_main_recipients" not in codes(result)


@pytest.mark.parametrize("phrase", ["请批示", "请审批", "妥否", "请予批准"])
def test_report_that_asks_for_a_decision(org_json, phrase):
    result = plan(incoming(doc_type="报告", text=f"特此报告。以上意见{phrase}。"), org_json)
    assert warning(result, "report_contains_request")["basis"] == "第六十一条"


def test_plain_report_is_not_flagged(org_json):
    assert plan(incoming(doc_type="报告", text="现将有关情况报告如下。"), org_json)["warnings"] == []


@pytest.mark.parametrize("recipient", ["县长甲", "head", "张县长", "常务副县长"])
def test_addressed_to_a_leader_in_person(org_json, recipient):
    result = plan(incoming(main_recipients=[recipient]), org_json)
    assert "addressed_to_individual" in codes(result)


@pytest.mark.parametrize("exemption", [{"classification": "绝密"}, {"assigned_by_leader": True}])
def test_leader_in_person_allowed_when_top_secret_or_assigned(org_json, exemption):
    result = plan(incoming(main_recipients=["县长甲"], **exemption), org_json)
    assert "addressed_to_individual" not in codes(result)


def test_one_matter_per_request(org_json):
    assert warning(plan(incoming(matters=3), org_json), "one_matter_per_request")["basis"] == "第六十一条"
    assert "one_matter_per_request" not in codes(plan(incoming(doc_type="报告", matters=3), org_json))
