"""第六十四条 in the registry: nothing reaches a leader unreviewed, and a 文号 is given only when every step
up to the signature is recorded; a document registered after signing carries its earlier steps."""
from __future__ import annotations

import pytest

from desktop_app.domain.errors import RefusedError
from desktop_app.registry import Registry

from .helpers import incoming_request, outgoing_request, signed


def test_a_leaders_step_waits_for_the_office_review(registry):
    record = registry.register("outgoing", outgoing_request())  # 拟稿, 办公室审核, 审定 d2, 签发 exec
    for order, by in ((3, "d2"), (4, "exec")):
        with pytest.raises(RefusedError, match="第 2 步“办公室审核”") as refused:
            registry.record_step(record["id"], order, by, "2026-11-28", "同意")
        assert "第六十四条" in str(refused.value)
    assert registry.get(record["id"])["actions"] == []
    registry.record_step(record["id"], 2, "文书科", "2026-11-28")
    assert registry.record_step(record["id"], 3, "d2", "2026-11-29", "同意")["actions"][-1]["by"] == "d2"


def test_an_incoming_leaders_decision_waits_for_the_directors_review(registry):
    record = registry.register("incoming", incoming_request())  # 办公室主任签批, then the deputy decides
    with pytest.raises(RefusedError, match="第 1 步“办公室主任签批”"):
        registry.record_step(record["id"], 2, "d3", "2026-11-29")
    registry.record_step(record["id"], 1, "dir", "2026-11-29", "请副县长丙阅示")
    assert registry.record_step(record["id"], 2, "d3", "2026-11-30")["status"] == "done"


def test_minutes_comments_follow_the_offices_order(registry):
    """第五十五条: 副主任, then 主任, then the deputy head; the 县长 last."""
    record = registry.register("outgoing", outgoing_request(doc_type="纪要", lead_department="县住房和城乡建设局",
                                                            title="县人民政府第5次常务会议纪要"))
    assert [s["person"] for s in record["plan"]["steps"]] == [None, "ddir", "dir", "d3", "head"]
    with pytest.raises(RefusedError, match="第 2 步“签署意见”"):
        registry.record_step(record["id"], 3, "dir", "2026-11-28")
    with pytest.raises(RefusedError, match="第 2 步"):
        registry.record_step(record["id"], 5, "head", "2026-11-28")


def test_no_number_over_empty_boxes(registry):
    """Issue 9: a number was given with 拟稿 and 审定 never recorded, the slip then printed a 文号 over empty boxes."""
    record = registry.register("outgoing", outgoing_request())
    registry.record_step(record["id"], 2, "文书科", "2026-11-28")
    registry.record_step(record["id"], 4, "exec", "2026-11-30", "同意")
    with pytest.raises(RefusedError) as refused:
        registry.assign_number(record["id"])
    assert "第 1 步“拟稿”" in str(refused.value) and "第 3 步“审定”" in str(refused.value)
    assert "第 2 步" not in str(refused.value)
    registry.record_step(record["id"], 1, "张三", "2026-11-27")
    registry.record_step(record["id"], 3, "d2", "2026-11-29", "同意")
    assert registry.assign_number(record["id"])["number"] == "托政发〔2026〕1号"


def test_registered_after_signing_carries_its_earlier_steps(registry):
    record = registry.register("outgoing", signed(assign_number=True, drafter="李四"))
    actions = record["actions"]
    assert [a["order"] for a in actions] == [s["order"] for s in record["plan"]["steps"]]
    assert {a["on"] for a in actions} == {"2026-11-30"}
    assert [a["by_name"] for a in actions] == ["李四", "县政府办公室", "副县长乙", "副县长甲"]
    assert [a["opinion"] for a in actions[:-1]] == ["登记前已办理"] * 3
    trail = registry.audit(record["id"])
    assert [t["action"] for t in trail] == ["register", "record_step", "assign_number"]
    assert trail[1]["after"]["historical"] is True and trail[1]["after"]["orders"] == [1, 2, 3, 4]


def test_demo_records_marked_signed_or_numbered_carry_their_steps(tmp_path):
    with Registry.open(tmp_path / "demo.sqlite") as registry:
        registry.demo(600)
        db = registry.db.conn
        ids = [i for (i,) in db.execute("SELECT id FROM records WHERE kind = 'outgoing' "
                                        "AND status IN ('signed', 'numbered')")]
        assert len(ids) > 100
        for record_id in ids:
            record = registry.get(record_id)
            sign = next(s for s in record["plan"]["steps"] if s["action"] == "sign")
            orders = [a["order"] for a in record["actions"]]
            assert orders == list(range(1, sign["order"] + 1)), record_id
        unsigned = db.execute("SELECT count(*) FROM records r WHERE kind = 'outgoing' AND status = 'registered' "
                              "AND EXISTS (SELECT 1 FROM step_actions s WHERE s.record_id = r.id)").fetchone()[0]
        assert unsigned == 0
