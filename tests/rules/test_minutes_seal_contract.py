"""Minutes (第五十五条), seals (第六十九—七十二条) and contracts (第二十三、二十四条)."""
import pytest

from tests.rules.helpers import chain, codes, contract, minutes, plan, seal, warning


def test_minutes_chain_and_seven_working_day_deadline(org_json):
    result = plan(minutes(), org_json)
    assert chain(result) == [("draft", None), ("comment", "ddir"), ("comment", "dir"), ("comment", "d3"),
                             ("sign", "head")]
    # Meeting on Thursday 2026-11-26: 7 working days later is Monday 2026-12-07.
    assert result["deadlines"] == [{"what": "minutes_issue", "due": "2026-12-07", "basis": "第五十五条"}]


def test_deputys_own_special_topic_meeting(org_json):
    result = plan(minutes(meeting="special_topic", convened_by="d3"), org_json)
    assert chain(result) == [("draft", None), ("approve", "d3"), ("sign", "head")]
    assert warning(result, "minutes_not_normally_issued")["basis"] == "第五十五条"


def test_special_topic_meeting_of_the_county_head_has_the_full_chain(org_json):
    result = plan(minutes(meeting="special_topic"), org_json)
    assert "minutes_not_normally_issued" not in codes(result)
    assert len(result["steps"]) == 5


def test_minutes_deadline_past_the_calendar_data_is_flagged(org_json):
    result = plan(minutes(meeting_date="2026-12-28"), org_json)
    assert result["deadlines"][0]["due"] == "2027-01-06"
    assert warning(result, "calendar_data_missing")["basis"] == "第五十五条"


def test_signed_official_document_needs_no_further_approval(org_json):
    result = plan(seal(purpose="official_document", document_number="托政发〔2026〕12号"), org_json)
    assert result["approvals"] == [] and result["refused"] is False and result["signer"] is None


@pytest.mark.parametrize("purpose", ["contract", "agreement", "certificate", "report_form", "proof",
                                     "guarantee", "statement"])
def test_county_seal_for_other_uses_needs_the_deputy_then_the_county_head(org_json, purpose):
    result = plan(seal(purpose=purpose), org_json)
    assert [(a["role"], a["person"]) for a in result["approvals"]] == [("deputy_head", "d3"),
                                                                       ("county_head", "head")]
    assert all(a["basis"] == ["第六十九条"] for a in result["approvals"])


def test_steel_seal_same_as_the_county_seal(org_json):
    assert [a["person"] for a in plan(seal(seal="county_government_steel"), org_json)["approvals"]] == ["d3", "head"]


def test_county_heads_name_seal_needs_the_county_head_himself(org_json):
    assert [a["person"] for a in plan(seal(seal="county_head_name"), org_json)["approvals"]] == ["head"]


def test_office_seal_needs_the_office_director(org_json):
    assert [a["person"] for a in plan(seal(seal="county_office"), org_json)["approvals"]] == ["dir"]


def test_introduction_letter_with_proof_needs_a_county_leader(org_json):
    result = plan(seal(purpose="introduction_letter", has_proof=True), org_json)
    assert [(a["person"], a["basis"]) for a in result["approvals"]] == [("d3", ["第七十条"])]
    assert result["refused"] is False


def test_introduction_letter_without_proof_is_refused(org_json):
    result = plan(seal(purpose="introduction_letter"), org_json)
    assert result["refused"] is True
    assert warning(result, "introduction_letter_without_proof")["basis"] == "第七十条"


def test_blank_paper_is_refused(org_json):
    result = plan(seal(blank=True), org_json)
    assert result["refused"] is True and result["approvals"] == []
    assert warning(result, "blank_document")["basis"] == "第七十一条"


def test_taking_the_seal_out_needs_an_escort(org_json):
    result = plan(seal(take_out=True), org_json)
    assert result["refused"] is False
    assert warning(result, "seal_escort_required")["basis"] == "第七十二条"


def test_absent_seal_approver_is_named(org_json):
    result = plan(seal(date="2026-12-02"), org_json)
    assert [a["person"] for a in result["approvals"]] == ["d3", "head"]
    assert "signer_absent" in codes(result)


def test_contract_legality_review_before_the_county_head_signs(org_json):
    result = plan(contract(), org_json)
    assert chain(result) == [("draft", None), ("legal_review", None), ("sign", "head")]
    assert result["steps"][1]["basis"] == ["第二十三条"]
    assert result["steps"][2]["basis"] == ["第二十四条"]


def test_contract_entrusted_to_a_deputy(org_json):
    result = plan(contract(delegate_to="d3"), org_json)
    assert result["signer"] == {"role": "deputy_head", "person": "d3", "name": "副县长丙",
                                "acting_for": "county_head"}
