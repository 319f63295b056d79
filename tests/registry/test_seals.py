"""The seal registry's rules (第六十八—七十二条, cli.md "Seals"): seals as data, requests stored with the
approvals the engine requires (refused ones too), the signed document a 公文 seal must match, uses
refused until the approvals are given, scans kept with their SHA-256, and corrections as new entries."""
from __future__ import annotations

import pytest

from desktop_app.domain.errors import InputError, RefusedError, StorageError
from desktop_app.registry import Registry
from desktop_app.registry.database import write
from desktop_app.registry.seals import ledger, prefill_from_record
from desktop_app.rules.engine import route
from tests.registry.helpers import refused_by_database, signed
from tests.registry.seal_helpers import seal_request


def _engine(registry, request: dict) -> dict:
    """What the engine answers for the same routing fields (the registry must store exactly that)."""
    fields = {k: v for k, v in request.items() if k not in ("matter", "copies", "requester", "document_name")}
    return route({"kind": "seal", **fields}, registry.org_chart()).to_json()


def test_the_four_seals_are_there_on_first_run_with_kind_and_keeper(registry):
    seals = registry.seals.seals()
    assert [(s["code"], s["name"], s["kind_label"]) for s in seals] == [
        ("county_government", "县人民政府印章", "公章"), ("county_government_steel", "县人民政府钢印", "钢印"),
        ("county_head_name", "县长印章", "名章"), ("county_office", "县人民政府办公室印章", "公章")]
    assert {s["keeper"] for s in seals} == {"文书科"} and not any(s["out"] for s in seals)


def test_a_seal_is_edited_through_the_registry_and_the_change_is_a_ledger_entry(registry, db_path):
    changed = registry.seals.edit_seal("县人民政府办公室印章", keeper="文书科 赵六", note="经办公室主任批准（第七十二条）")
    assert changed["keeper"] == "文书科 赵六"
    registry.close()
    with Registry.open(db_path) as again:
        assert again.seals.seal("county_office")["keeper"] == "文书科 赵六"
        entry = ledger.entries(again.db)[-1]
        assert entry["kind"] == "seal_change" and entry["body"]["before"]["keeper"] == "文书科"
        assert again.seals.verify() == {"ok": True, "entries": 1}


def test_an_unknown_seal_names_the_ones_there_are(registry):
    with pytest.raises(InputError) as error:
        registry.seals.take_out("县财政局印章", escort="张三", reason="外事")
    assert "county_government（县人民政府印章）" in error.value.one_line()


def test_a_contract_needs_the_deputy_head_then_the_county_head(registry):
    stored = registry.seals.request(seal_request())
    assert [(a["person"], a["basis"]) for a in stored["approvals"]] == [("d3", ["第六十九条"]), ("head", ["第六十九条"])]
    assert stored["refused"] is False and stored["status"] == "pending" and stored["id"] == 1
    assert stored["plan"] == _engine(registry, seal_request())


@pytest.mark.parametrize("seal, approvers", [("county_head_name", ["head"]), ("county_office", ["dir"]),
                                             ("county_government_steel", ["d3", "head"])])
def test_each_seal_has_its_own_approvers(registry, seal, approvers):
    stored = registry.seals.request(seal_request(seal=seal))
    assert [a["person"] for a in stored["approvals"]] == approvers


@pytest.mark.parametrize("changes", [
    {"blank": True},
    {"purpose": "introduction_letter"},
    {"purpose": "introduction_letter", "has_proof": True},
    {"purpose": "introduction_letter", "special_case": True},  # 第七十条 (issue 9 changes the engine's reading)
    {"purpose": "official_document"},  # without a 文号: 第六十九条 document_number_missing (issue 9)
    {"take_out": True},
])
def test_a_stored_request_carries_exactly_what_the_engine_returns(registry, changes):
    request = seal_request(**changes)
    stored = registry.seals.get(registry.seals.request(request)["id"])
    engine = _engine(registry, request)
    assert stored["plan"] == engine
    assert stored["approvals"] == engine["approvals"] and stored["refused"] is engine["refused"]
    assert stored["special_case"] is bool(changes.get("special_case"))


def test_blank_paper_is_refused_and_stored_with_its_reason_and_article(registry):
    stored = registry.seals.request(seal_request(blank=True))
    assert stored["refused"] is True and stored["status_label"] == "不予用印"
    assert "空白" in stored["reason"] and stored["reason_basis"] == ["第七十一条"]
    assert registry.seals.get(stored["id"])["refused"] is True  # stored, not dropped
    with pytest.raises(RefusedError) as error:
        registry.seals.use(stored["id"], on="2026-11-28", operator="李四")
    assert "不予用印" in error.value.message


def test_an_introduction_letter_without_proof_is_refused_on_article_seventy(registry):
    stored = registry.seals.request(seal_request(purpose="introduction_letter"))
    assert stored["refused"] is True and stored["reason_basis"] == ["第七十条"]


def test_an_introduction_letter_with_proof_needs_a_county_leader(registry):
    stored = registry.seals.request(seal_request(purpose="introduction_letter", has_proof=True))
    assert [(a["person"], a["basis"]) for a in stored["approvals"]] == [("d3", ["第七十条"])]


def test_an_official_document_seal_without_a_number_needs_the_seals_approvals(registry):
    """第六十九条: only a document handled through the 办文程序 (with its 文号) is sealed without approval."""
    stored = registry.seals.request(seal_request(purpose="official_document", document_name="会议通知"))
    assert stored["refused"] is False
    assert [(a["person"], a["basis"]) for a in stored["approvals"]] == [("d3", ["第六十九条"]),
                                                                       ("head", ["第六十九条"])]
    assert "document_number_missing" in [w["code"] for w in stored["plan"]["warnings"]]
    with pytest.raises(RefusedError) as error:
        registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3"])
    assert "县长甲" in error.value.message
    registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"])


def test_an_introduction_letter_without_proof_as_a_special_case_goes_to_the_director_and_the_deputy(registry):
    """第七十条: 特殊情况 — the office director, then the county leader in charge, instead of a refusal."""
    stored = registry.seals.request(seal_request(purpose="introduction_letter", special_case=True))
    assert stored["refused"] is False
    assert [(a["person"], a["basis"]) for a in stored["approvals"]] == [("dir", ["第七十条"]), ("d3", ["第七十条"])]
    assert "introduction_letter_without_proof" in [w["code"] for w in stored["plan"]["warnings"]]
    with pytest.raises(RefusedError):
        registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3"])
    registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["dir", "d3"])


def test_an_official_document_seal_matches_a_signed_numbered_record_of_its_authority(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    stored = registry.seals.request(seal_request(purpose="official_document", document_number=record["number"],
                                                 document_name=""))
    assert stored["approvals"] == [] and stored["record_id"] == record["id"]
    assert stored["document_name"] == record["title"]


def test_an_official_document_number_is_matched_whatever_brackets_were_typed(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    typed = record["number"].replace("〔", "[").replace("〕", "]")
    assert registry.seals.request(seal_request(purpose="official_document", document_number=typed))["record_id"] == \
        record["id"]


def test_the_office_seal_is_refused_for_a_county_government_document_naming_the_number(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    with pytest.raises(RefusedError) as error:
        registry.seals.request(seal_request(seal="county_office", purpose="official_document",
                                            document_number=record["number"]))
    assert record["number"] in error.value.message and "县人民政府办公室印章" in error.value.message
    assert registry.seals.verify()["entries"] == 0  # nothing stored


@pytest.mark.parametrize("number", ["托政发〔2026〕99号", "托政办发〔2026〕1号"])
def test_a_number_the_registry_does_not_hold_is_refused_by_name(registry, number):
    with pytest.raises(RefusedError) as error:
        registry.seals.request(seal_request(purpose="official_document", document_number=number))
    assert number in error.value.message


def test_an_unsigned_or_voided_document_cannot_be_sealed(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    registry.void(record["id"], "重复登记")
    with pytest.raises(RefusedError) as error:
        registry.seals.request(seal_request(purpose="official_document", document_number=record["number"]))
    assert "作废" in error.value.message


def test_the_office_seal_goes_on_an_office_document(registry):
    record = registry.register("outgoing", signed(series="托政办发", authority="county_office", assign_number=True,
                                                  signed_by="dir"))
    stored = registry.seals.request(seal_request(seal="county_office", purpose="official_document",
                                                 document_number=record["number"]))
    assert stored["record_id"] == record["id"]


@pytest.mark.parametrize("changes, field", [({"matter": ""}, "matter"), ({"copies": 0}, "copies"),
                                            ({"copies": "4"}, "copies"), ({"seal": "county"}, "seal"),
                                            ({"requester": None}, "requester"), ({"date": "2026-13-01"}, "date"),
                                            ({"blank": "yes"}, "blank")])
def test_a_bad_field_is_named_and_nothing_is_stored(registry, changes, field):
    with pytest.raises(InputError) as error:
        registry.seals.request(seal_request(**changes))
    assert error.value.field == field
    assert registry.seals.verify()["entries"] == 0


def test_a_use_is_refused_naming_who_has_not_approved(registry):
    stored = registry.seals.request(seal_request())
    with pytest.raises(RefusedError) as error:
        registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3"])
    assert "县长甲" in error.value.message and "第六十九条" in error.value.message
    assert "副县长丙" not in error.value.message
    assert registry.seals.get(stored["id"])["uses"] == []


def test_a_use_with_the_approvals_is_recorded_with_operator_copies_and_names(registry):
    stored = registry.seals.request(seal_request())
    used = registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["head", "d3"], copies=3)
    assert used["status"] == "used" and used["used_on"] == "2026-11-28" and used["operator"] == "李四"
    assert used["uses"][0]["approved_names"] == ["县长甲", "副县长丙"] and used["used_copies"] == 3


def test_a_signed_document_needs_no_further_approval_to_be_sealed(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    stored = registry.seals.request(seal_request(purpose="official_document", document_number=record["number"]))
    assert registry.seals.use(stored["id"], on="2026-12-01", operator="李四")["status"] == "used"


@pytest.mark.parametrize("kwargs, field", [({"copies": 5}, "copies"), ({"on": "2026-11-26"}, "on"),
                                           ({"approved_by": ["nobody"]}, "approved_by"), ({"operator": " "}, "operator")])
def test_a_use_with_bad_details_is_refused(registry, kwargs, field):
    stored = registry.seals.request(seal_request())
    details = {"on": "2026-11-28", "operator": "李四", "approved_by": ["d3", "head"], **kwargs}
    with pytest.raises(InputError) as error:
        registry.seals.use(stored["id"], **details)
    assert error.value.field == field


def test_a_request_is_used_once(registry):
    stored = registry.seals.request(seal_request())
    registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"])
    with pytest.raises(RefusedError):
        registry.seals.use(stored["id"], on="2026-11-29", operator="李四", approved_by=["d3", "head"])


def test_the_scan_is_copied_into_the_data_folder_with_its_sha256(registry, db_path, tmp_path):
    scan = tmp_path / "审批单.pdf"
    scan.write_bytes(b"%PDF-1.4 signed slip" * 100)
    stored = registry.seals.request(seal_request())
    used = registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"],
                              scan=str(scan))
    kept = used["uses"][0]["scan"]
    copy = registry.files / kept["file"]
    import hashlib

    assert copy.read_bytes() == scan.read_bytes() and kept["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert copy.is_relative_to(registry.files / "seal_scans")
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(".")]  # no temporary left behind


def test_a_use_refused_after_copying_leaves_no_scan(registry, db_path, tmp_path):
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"png")
    stored = registry.seals.request(seal_request())
    with pytest.raises(RefusedError):
        registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3"], scan=str(scan))
    assert not (registry.files / "seal_scans").exists() or not any((registry.files / "seal_scans").rglob("*.png"))


def test_a_changed_or_missing_scan_fails_verification_naming_the_use(registry, db_path, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"original")
    stored = registry.seals.request(seal_request())
    used = registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"], scan=str(scan))
    copy = registry.files / used["uses"][0]["scan"]["file"]
    copy.write_bytes(b"forgery!")  # same size: only the full check sees it
    assert registry.seals.verify()["ok"] is True
    assert registry.seals.verify(scans=True) == {"ok": False, "entries": 2, "first_bad": 2,
                                                 "reason": registry.seals.verify(scans=True)["reason"]}
    copy.unlink()
    assert registry.seals.verify()["first_bad"] == 2 and "缺失" in registry.seals.verify()["reason"]


def test_a_correction_is_a_new_entry_and_the_corrected_one_never_changes(registry):
    stored = registry.seals.request(seal_request())
    registry.seals.use(stored["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"])
    before = ledger.entries(registry.db, "id = 2")[0]
    corrected = registry.seals.correct(2, {"operator": "李思"}, "监印人姓名写错")
    assert corrected["operator"] == "李思" and corrected["uses"][0]["corrections"][0]["entry"] == 3
    assert ledger.entries(registry.db, "id = 2")[0] == before
    assert ledger.entries(registry.db, "id = 3")[0]["corrects"] == 2
    with pytest.raises(InputError):
        registry.seals.correct(1, {"seal": "county_office"}, "换印章")  # a routing fact: request again


def test_the_ledger_refuses_update_and_delete(registry):
    registry.seals.request(seal_request())
    for statement in ("UPDATE seal_ledger SET body = '{}' WHERE id = 1", "DELETE FROM seal_ledger WHERE id = 1"):
        with pytest.raises(refused_by_database(registry)):
            registry.db.conn.execute(statement)


def test_an_entry_is_only_appended_under_the_write_lock(registry):
    with pytest.raises(StorageError):
        ledger.append(registry.db, "request", {}, seal="county_government", on_date="2026-11-27")
    with write(registry.db):
        ledger.append(registry.db, "request", {}, seal="county_government", on_date="2026-11-27", request_id="self")
    assert registry.seals.verify() == {"ok": True, "entries": 1}


def test_without_an_org_chart_a_request_says_to_import_one(db_path):
    with Registry.open(db_path) as empty:
        with pytest.raises(RefusedError) as error:
            empty.seals.request(seal_request())
    assert "组织架构" in error.value.message


def test_a_signed_outgoing_record_fills_in_a_seal_request(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    prefill = prefill_from_record(record)
    assert prefill["purpose"] == "official_document" and prefill["document_number"] == record["number"]
    assert prefill["seal"] == "county_government" and prefill["requesting_department"] == "县教育局"
    stored = registry.seals.request({**prefill, "date": "2026-12-01"})
    assert stored["record_id"] == record["id"] and stored["approvals"] == []
