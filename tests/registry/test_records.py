"""Records: what a clerk registers comes back whole (record-json.md), with the engine's plan, the steps
actually done (who, when, opinion, 代), 会签 deadlines, attachments and an audit trail of every change."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import Registry

from .helpers import incoming_request, outgoing_request, signed


def test_register_outgoing_returns_the_record_json(registry):
    record = registry.register("outgoing", outgoing_request(cosign_departments=["县财政局"]))
    assert {"id", "kind", "status", "status_label", "title", "number", "series", "year", "serial",
            "receipt_number", "date", "fields", "plan", "actions", "attachments", "created_at",
            "updated_at"} <= set(record)
    assert record["kind"] == "outgoing" and record["status_label"] == "已登记"
    assert record["series"] == "托政发" and record["number"] is None
    assert record["plan"]["signer"]["person"] == "exec"  # routine downward: 常务副县长 signs (第六十四条)
    assert record["fields"]["cc"] == ["县委办公室"]
    cosign = record["cosign_requests"][0]
    assert cosign["department"] == "县财政局" and cosign["due"] == "2026-12-08"  # 7 working days (第六十二条)
    assert registry.get(record["id"]) == record


def test_register_is_refused_without_an_org_chart(tmp_path):
    with Registry.open(tmp_path / "empty.sqlite") as registry:
        with pytest.raises(RefusedError, match="组织架构"):
            registry.register("outgoing", outgoing_request())


def test_bad_requests_name_the_field_and_store_nothing(registry):
    with pytest.raises(InputError, match="title"):
        registry.register("outgoing", outgoing_request(title=""))
    with pytest.raises(InputError, match="classification"):
        registry.register("incoming", incoming_request(classification="内部"))
    with pytest.raises(InputError, match="lead_department"):
        registry.register("outgoing", outgoing_request(lead_department="县宇宙局"))
    with pytest.raises(InputError, match="signed_on"):
        registry.register("outgoing", outgoing_request(signed_by="exec"))
    assert registry.count("") == 0


def test_the_sign_step_records_the_stand_in_with_dai(registry):
    # The 县长 is away 2026-12-01..05 (conftest): the 常务副县长 signs in his stead (第五条).
    record = registry.register("outgoing", outgoing_request(scope="major", date="2026-12-02"))
    sign = next(s for s in record["plan"]["steps"] if s["action"] == "sign")
    for step in record["plan"]["steps"][:-1]:
        registry.record_step(record["id"], step["order"], step["person"] or "文书科", "2026-12-02")
    done = registry.record_step(record["id"], sign["order"], sign["person"], "2026-12-03", "同意")
    action = done["actions"][-1]
    assert action["by"] == "exec" and action["by_name"] == "副县长甲"
    assert action["acting_for"] == "county_head" and done["status"] == "signed"


def test_a_recorded_step_cannot_be_rewritten(registry):
    record = registry.register("outgoing", signed())
    sign = next(s for s in record["plan"]["steps"] if s["action"] == "sign")
    with pytest.raises(RefusedError, match="已经记录"):
        registry.record_step(record["id"], sign["order"], "exec", "2026-12-01")
    with pytest.raises(InputError, match="order"):
        registry.record_step(record["id"], 99, "exec", "2026-12-01")
    unsigned = registry.register("outgoing", outgoing_request())
    registry.record_step(unsigned["id"], 1, "张三", "2026-11-27")
    registry.record_step(unsigned["id"], 2, "文书科", "2026-11-28")
    with pytest.raises(InputError, match="by"):
        registry.record_step(unsigned["id"], 3, "nobody", "2026-12-01")


def test_incoming_moves_to_in_progress_then_done(registry):
    record = registry.register("incoming", incoming_request())
    assert record["receipt_number"] == "收文〔2026〕1号" and record["status_label"] == "已登记"
    steps = record["plan"]["steps"]
    first = registry.record_step(record["id"], steps[0]["order"], steps[0]["person"] or "文书科", "2026-11-29", "拟办")
    assert first["status_label"] == "办理中"
    for step in steps[1:]:
        last = registry.record_step(record["id"], step["order"], step["person"] or "县水利局", "2026-11-30")
    assert last["status_label"] == "已办结"


def test_every_change_is_audited_with_the_os_user(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    registry.void(record["id"], "重复发文")
    trail = registry.audit(record["id"])
    assert [t["action"] for t in trail] == ["register", "record_step", "assign_number", "void"]
    assert all(t["user"] and t["at"] for t in trail)
    assert trail[2]["before"]["number"] is None and trail[2]["after"]["number"] == "托政发〔2026〕1号"
    assert trail[3]["after"]["reason"] == "重复发文"


def test_attachment_is_copied_with_size_and_sha256(registry, tmp_path):
    source = tmp_path / "附件1.pdf"
    source.write_bytes(b"%PDF-1.4 sample")
    record = registry.register("outgoing", outgoing_request())
    info = registry.add_attachment(record["id"], source)
    source.write_bytes(b"changed afterwards")
    stored = registry.get(record["id"])["attachments"][0]
    assert stored["name"] == "附件1.pdf" and stored["size"] == 15
    assert stored["sha256"] == hashlib.sha256(b"%PDF-1.4 sample").hexdigest() == info["sha256"]
    assert open(stored["path"], "rb").read() == b"%PDF-1.4 sample"


def test_records_between_gives_the_register_book_of_a_period(registry):
    a = registry.register("incoming", incoming_request(received_on="2026-11-02"))
    registry.register("incoming", incoming_request(received_on="2026-12-02"))
    b = registry.register("incoming", incoming_request(received_on="2026-11-30"))
    registry.register("outgoing", outgoing_request(date="2026-11-15"))
    book = registry.records_between("incoming", date(2026, 11, 1), date(2026, 11, 30))
    assert [r["id"] for r in book] == [a["id"], b["id"]]


def test_org_chart_round_trips(registry, org_json):
    assert registry.org_chart().to_json() == org_json


def test_calendar_overrides_feed_the_deadlines(registry):
    registry.set_calendar_day("2027-01-04", False, "2027年元旦调休")
    assert registry.calendar_overrides() == {date(2027, 1, 4): False}
    record = registry.register("outgoing", outgoing_request(date="2027-01-01", cosign_departments=["县财政局"]))
    # 7 working days after Fri 2027-01-01, with Mon 01-04 off: 01-05..01-08, 01-11..01-13.
    assert record["plan"]["deadlines"][0]["due"] == "2027-01-13"


def test_cosign_replies_are_recorded_once(registry):
    record = registry.register("outgoing", outgoing_request(cosign_departments=["县财政局"]))
    replied = registry.record_cosign_reply(record["id"], "县财政局", "2026-12-01", "无意见")
    assert replied["cosign_requests"][0]["replied_on"] == "2026-12-01"
    assert registry.audit(record["id"])[-1]["after"]["late"] is False
    with pytest.raises(RefusedError):
        registry.record_cosign_reply(record["id"], "县财政局", "2026-12-02")
    with pytest.raises(InputError, match="department"):
        registry.record_cosign_reply(record["id"], "县审计局", "2026-12-02")


def test_demo_data_is_realistic_and_consistent(tmp_path):
    with Registry.open(tmp_path / "demo.sqlite") as registry:
        assert registry.demo(1500)["rows"] == 1500
        db = registry.db.conn
        types = {r[0] for r in db.execute("SELECT DISTINCT doc_type FROM records WHERE kind = 'outgoing'")}
        assert len(types) == 15  # all of 条例 第八条
        assert registry.check()["ok"]  # numbers 1, 2, 3 … per series and year, no gap
        assert registry.count("县教育局") > 0 and registry.count("库米什镇") > 0
        sample = registry.get(registry.search_ids("", kind="outgoing", status="numbered", limit=1)[0])
        assert sample["number"].startswith(("托政发〔", "托政办发〔", "托政函〔"))
        with pytest.raises(InputError, match="rows"):
            registry.demo(1_000_001)


def test_an_overlong_recipient_list_is_refused_rather_than_half_indexed(registry):
    many = [f"第{i}个收文单位名称很长的单位" for i in range(700)]
    with pytest.raises(InputError, match="过长"):
        registry.register("outgoing", outgoing_request(main_recipients=many))
    assert registry.count("") == 0


def test_a_registration_after_a_demo_stores_its_new_plan(registry):
    # The demo writes its plans with ids of its own; the next plan the registry numbers must not collide
    # with one of them (on a server the identity counter is moved past them after the load).
    registry.demo(300)
    plans = registry.db.conn.execute("SELECT count(*) FROM plans").fetchone()[0]
    record = registry.register("outgoing", outgoing_request(title="关于新设流转方案的测试通知", date="2026-11-30",
                                                            cosign_departments=["县财政局", "县教育局", "县审计局"]))
    assert registry.db.conn.execute("SELECT count(*) FROM plans").fetchone()[0] == plans + 1
    assert registry.get(record["id"])["plan"]["signer"]["person"] == record["plan"]["signer"]["person"]
