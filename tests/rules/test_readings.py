"""The readings of routing.md ("Readings", added 2026-12): each rule the review found wrong or missing."""
from datetime import date

import pytest

from desktop_app.rules.calendar import WorkCalendar
from desktop_app.rules.engine import route_json
from tests.rules.helpers import chain, codes, incoming, minutes, outgoing, plan, seal, warning


# 1. 第六十四条: 决定、命令、议案、人员任免 are the county government's ---------------------------------
@pytest.mark.parametrize("fields", [{"doc_type": "议案", "direction": "upward", "main_recipients": ["县人大常委会"]},
                                    {"doc_type": "决定"}, {"doc_type": "命令"}, {"personnel": True}])
def test_reserved_documents_asked_in_the_offices_name_go_as_the_governments(org_json, fields):
    result = plan(outgoing(authority="county_office", **fields), org_json)
    assert chain(result) == [("draft", None), ("office_review", None), ("approve", "d2"), ("sign", "head")]
    assert result["signer"]["role"] == "county_head"
    assert warning(result, "authority_reserved_to_government")["basis"] == "第六十四条"


def test_an_ordinary_office_notice_stays_the_offices(org_json):
    result = plan(outgoing(authority="county_office"), org_json)
    assert result["signer"]["person"] == "dir"
    assert "authority_reserved_to_government" not in codes(result)


# 2. 第五十五条: an outgoing 纪要 follows the minutes chain; minutes routed late ---------------------------
def test_an_outgoing_minutes_goes_through_the_minutes_chain(org_json):
    result = plan(outgoing(doc_type="纪要", lead_department="县住房和城乡建设局"), org_json)
    assert chain(result) == [("draft", None), ("comment", "ddir"), ("comment", "dir"), ("comment", "d3"),
                             ("sign", "head")]
    assert warning(result, "register_as_minutes")["basis"] == "第五十五条"
    assert result["deadlines"] == []  # no meeting fields, no minutes_issue deadline


def test_a_deputys_special_topic_minutes_sent_out_is_reviewed_by_the_office_first(org_json):
    """第五十五条 lets a deputy's 专题会议 minutes go to the 县长 after the deputy; 第六十四条 still puts the
    office's review before any leader of an outgoing document."""
    result = plan(outgoing(doc_type="纪要", meeting="special_topic", convened_by="d3",
                           meeting_date="2026-11-26"), org_json)
    assert chain(result) == [("draft", None), ("office_review", None), ("approve", "d3"), ("sign", "head")]
    assert "minutes_not_normally_issued" in codes(result)


def test_an_outgoing_minutes_with_its_meeting_date_has_the_seven_day_deadline(org_json):
    result = plan(outgoing(doc_type="纪要", meeting_date="2026-11-26"), org_json)
    assert result["deadlines"] == [{"what": "minutes_issue", "due": "2026-12-07", "basis": "第五十五条"}]


def test_minutes_routed_after_the_due_date_are_overdue(org_json):
    on_time = plan(minutes(meeting_date="2026-11-26", date="2026-12-07"), org_json)
    assert "minutes_overdue" not in codes(on_time)
    late = plan(minutes(meeting_date="2026-11-26", date="2026-12-10"), org_json)
    overdue = warning(late, "minutes_overdue")
    assert overdue["basis"] == "第五十五条" and "2026-12-07" in overdue["message"] and "3 个工作日" in overdue["message"]


# 3. 第六十一条: a leader's title as a person's address, not as a substring -----------------------------
@pytest.mark.parametrize("recipient", ["王县长", "副县长丁同志", "县长县长甲", "县长", "常务副县长李明", "欧阳副县长"])
def test_a_leaders_title_addressing_a_person(org_json, recipient):
    assert "addressed_to_individual" in codes(plan(incoming(main_recipients=[recipient]), org_json))


@pytest.mark.parametrize("recipient", ["托克逊县长途汽车客运站", "县长办公室", "县人民政府", "县长途客运管理站"])
def test_a_unit_whose_name_contains_a_title_is_no_person(org_json, recipient):
    assert "addressed_to_individual" not in codes(plan(incoming(main_recipients=[recipient]), org_json))


# 4. 第二十二、二十六、五十一条: a legality review before every collective decision -------------------------
def _review_then_decision(result: dict) -> dict:
    steps = result["steps"]
    decision = next(i for i, s in enumerate(steps) if s["action"] == "collective_decision")
    review = steps[decision - 1]
    assert review["action"] == "legal_review" and review["role"] == "legal_bureau"
    assert [s["action"] for s in steps].count("legal_review") == 1  # one review serves both
    return review


@pytest.mark.parametrize("fields, basis", [({"scope": "major"}, ["第二十六条"]),
                                           ({"normative": True}, ["第二十二条"]),
                                           ({"normative": True, "scope": "major"}, ["第二十二条", "第二十六条"])])
def test_legality_review_comes_right_before_the_collective_decision(org_json, fields, basis):
    result = plan(outgoing(**fields), org_json)
    assert _review_then_decision(result)["basis"] == basis
    assert set(basis) <= set(result["basis"])


def test_major_office_document_is_reviewed_before_the_meeting_too(org_json):
    _review_then_decision(plan(outgoing(authority="county_office", scope="major"), org_json))


# 5. 第六十九条: an official-document seal without a 文号 ----------------------------------------------
def test_official_document_seal_without_a_number_needs_its_seals_approvals(org_json):
    result = plan(seal(purpose="official_document"), org_json)
    assert [(a["person"], a["basis"]) for a in result["approvals"]] == [("d3", ["第六十九条"]), ("head", ["第六十九条"])]
    assert warning(result, "document_number_missing")["basis"] == "第六十九条"
    office = plan(seal(purpose="official_document", seal="county_office"), org_json)
    assert [a["person"] for a in office["approvals"]] == ["dir"] and "document_number_missing" in codes(office)


def test_official_document_seal_with_its_number_needs_nothing_more(org_json):
    result = plan(seal(purpose="official_document", document_number="托政发〔2026〕12号"), org_json)
    assert result["approvals"] == [] and "document_number_missing" not in codes(result)


# 6. 第七十条: the special case of a 介绍信 without proof ----------------------------------------------
def test_introduction_letter_without_proof_as_a_special_case(org_json):
    result = plan(seal(purpose="introduction_letter", special_case=True), org_json)
    assert result["refused"] is False
    assert [(a["role"], a["person"], a["basis"]) for a in result["approvals"]] == [
        ("office_director", "dir", ["第七十条"]), ("deputy_head", "d3", ["第七十条"])]
    assert warning(result, "introduction_letter_without_proof")["basis"] == "第七十条"


def test_special_case_with_the_office_seal_asks_the_director_once(org_json):
    result = plan(seal(purpose="introduction_letter", special_case=True, seal="county_office"), org_json)
    assert [a["person"] for a in result["approvals"]] == ["dir", "d3"]
    assert result["approvals"][0]["basis"] == ["第七十条", "第六十九条"]


def test_without_the_special_case_it_is_still_refused(org_json):
    result = plan(seal(purpose="introduction_letter", special_case=False), org_json)
    assert result["refused"] is True and result["approvals"] == []


# 7. 第三十五条: publication ---------------------------------------------------------------------------
def test_a_classified_document_cannot_be_published(org_json):
    result = plan(outgoing(classification="机密", publicity="主动公开"), org_json)
    assert warning(result, "publicity_conflict")["basis"] == "第三十五条"
    assert "机密" in warning(result, "publicity_conflict")["message"]
    assert "publicity_conflict" not in codes(plan(outgoing(classification="机密", publicity="不予公开",
                                                           publicity_reason="涉及国家秘密"), org_json))


def test_not_publishing_needs_a_reason(org_json):
    result = plan(outgoing(publicity="不予公开"), org_json)
    assert warning(result, "publicity_reason_missing")["basis"] == "第三十五条"
    assert codes(plan(outgoing(publicity="不予公开", publicity_reason="内部事务"), org_json)) == []
    assert codes(plan(outgoing(publicity="主动公开"), org_json)) == []


def test_publicity_values_are_checked(org_json):
    from desktop_app.domain.errors import InputError

    with pytest.raises(InputError, match="publicity"):
        plan(outgoing(publicity="公开"), org_json)


# 8. Official calendar data ----------------------------------------------------------------------------
def test_one_day_entered_does_not_make_a_year_official(org_json):
    calendar = WorkCalendar({date(2027, 1, 1): False})
    result = route_json(outgoing(date="2027-02-04", cosign_departments=["县财政局"]), org_json, calendar)
    assert warning(result, "calendar_data_missing")["basis"] == "第六十二条"


def test_a_year_marked_complete_is_official(org_json):
    spring = {date(2027, 2, day): False for day in range(5, 13) if date(2027, 2, day).weekday() < 5}
    calendar = WorkCalendar(spring, complete_years={2027})
    result = route_json(outgoing(date="2027-02-04", cosign_departments=["县财政局"]), org_json, calendar)
    assert "calendar_data_missing" not in codes(result)
    # 2027-02-05..12 off: the seven working days are 15–19, 22 and 23 February.
    assert result["deadlines"][0]["due"] == "2027-02-23"


# 10. 第六十五条: a 报告 is read, a 请示 decided ------------------------------------------------------
def test_a_plain_report_is_read_not_approved(org_json):
    result = plan(incoming(doc_type="报告", text="现将有关情况报告如下。"), org_json)
    sign = result["steps"][-1]
    assert (sign["action"], sign["label"]) == ("sign", "阅示")
    assert "第六十五条" in sign["basis"]
    major = plan(incoming(doc_type="报告", major=True), org_json)
    assert [s.get("label") for s in major["steps"]] == [None, "阅示", "阅示"]


def test_a_request_and_a_report_asking_for_a_decision_keep_approval(org_json):
    assert plan(incoming(), org_json)["steps"][-1]["label"] == "审批"
    asks = plan(incoming(doc_type="报告", text="以上意见妥否，请批示。"), org_json)
    assert asks["steps"][-1]["label"] == "审批"
