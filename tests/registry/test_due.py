"""待办与期限 (registry.due): every open deadline with its working days left on the official calendar,
due soon (within 2 working days) and overdue as the day advances, cleared when the thing is done."""
from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import records
from desktop_app.registry.database import write
from desktop_app.registry.fields import outgoing_columns
from desktop_app.rules.calendar import WorkCalendar
from desktop_app.rules.engine import route

from .helpers import incoming_request, outgoing_request

# Registered the Monday before 国庆 2026 (1–7 October off, Saturday 10 October worked): the 7th working
# day after it is Tuesday 13 October, not 7 October as weekends alone would say.
NATIONAL_DAY = {"date": "2026-09-28", "cosign_departments": ["县财政局", "县自然资源局"]}


def _cosign(registry):
    return registry.register("outgoing", outgoing_request(**NATIONAL_DAY))


def _through_sign(registry, record_id: int, plan: dict, on: str) -> None:
    """Records every step of the plan up to the signature, in order, as a clerk would."""
    sign = next(s["order"] for s in plan["steps"] if s["action"] == "sign")
    for step in plan["steps"]:
        if step["order"] <= sign:
            registry.record_step(record_id, step["order"], step.get("person") or step.get("name") or "张三", on)


def _levels(registry, on: str, what: str = "cosign_reply") -> list[tuple]:
    return [(i.party, i.due.isoformat(), i.working_days_left, i.level, i.state)
            for i in registry.due.items(on, what=what)]


def test_a_cosign_request_is_due_seven_working_days_later_across_national_day(registry):
    record = _cosign(registry)
    assert WorkCalendar().add_working_days(date(2026, 9, 28), 7).due == date(2026, 10, 13)
    items = registry.due.items("2026-09-28")
    assert [(i.what, i.record_id, i.due) for i in items] == [("cosign_reply", record["id"], date(2026, 10, 13))] * 2
    assert {i.party for i in items} == {"县财政局", "县自然资源局"}
    assert all(i.working_days_left == 7 and i.level == "later" and i.basis == "第六十二条" for i in items)


def test_it_turns_due_soon_then_overdue_as_the_day_advances(registry):
    _cosign(registry)
    assert {x[2:] for x in _levels(registry, "2026-10-08")} == {(4, "later", "awaiting_reply")}
    assert {x[2:] for x in _levels(registry, "2026-10-10")} == {(2, "soon", "awaiting_reply")}  # a 调休 Saturday
    assert {x[2:] for x in _levels(registry, "2026-10-13")} == {(0, "soon", "awaiting_reply")}
    # The day after: silence counts as no objection (第六十二条), and the item is red.
    overdue = registry.due.items("2026-10-14")
    assert {(i.working_days_left, i.level, i.state) for i in overdue} == {(-1, "overdue", "silence_no_objection")}
    assert overdue[0].to_json()["state_label"] == "逾期未复，视为无不同意见"


def test_recording_the_reply_clears_it_and_the_record_view_shows_each_department(registry):
    record = _cosign(registry)
    registry.record_cosign_reply(record["id"], "县财政局", "2026-10-12", "同意")
    assert [x[0] for x in _levels(registry, "2026-10-14")] == ["县自然资源局"]
    status = {s["department"]: s for s in registry.due.cosign_status(record["id"], "2026-10-14")}
    assert status["县财政局"]["state"] == "replied" and status["县财政局"]["opinion"] == "同意"
    assert status["县自然资源局"]["state_label"] == "逾期未复，视为无不同意见"
    assert status["县自然资源局"]["due"] == "2026-10-13" and status["县自然资源局"]["working_days_left"] == -1


def test_once_signed_an_unanswered_cosign_request_is_no_longer_due(registry):
    record = _cosign(registry)
    _through_sign(registry, record["id"], record["plan"], "2026-10-09")
    assert registry.due.items("2026-10-14", what="cosign_reply") == []
    assert {s["state"] for s in registry.due.cosign_status(record["id"], "2026-10-14")} == {"not_needed"}


def test_an_incoming_deadline_is_due_until_the_document_is_done(registry):
    record = registry.register("incoming", incoming_request(received_on="2026-12-01", due="2026-12-04"))
    [item] = registry.due.items("2026-12-03")
    assert (item.what, item.key, item.working_days_left, item.level) == ("incoming_due", f"incoming_due:{record['id']}",
                                                                         1, "soon")
    assert item.number == record["receipt_number"] and item.party == "县水利局"
    for step in record["plan"]["steps"]:
        registry.record_step(record["id"], step["order"], step.get("person") or "承办人", "2026-12-03")
    assert registry.get(record["id"])["status"] == "done"
    assert registry.due.items("2026-12-07") == []


def test_minutes_are_due_until_issued(registry):
    """An outgoing record carrying the engine's 纪要 plan (第五十五条: issued within 7 working days of the
    meeting) is due until it is numbered."""
    org = registry.org_chart()
    minutes = {"kind": "minutes", "date": "2026-09-29", "meeting": "executive", "convened_by": "head",
               "meeting_date": "2026-09-29", "lead_department": "县财政局"}
    plan = route(minutes, org, WorkCalendar()).to_json()
    columns, fields = outgoing_columns(outgoing_request(title="县人民政府第12次常务会议纪要", doc_type="纪要",
                                                        date="2026-09-29"), date(2026, 9, 29))
    with write(registry.db):
        rid = records.insert(registry.db, "outgoing", columns, {**fields, **minutes}, plan)
    [item] = registry.due.items("2026-10-13", what="minutes_issue")
    assert item.record_id == rid and item.due == date(2026, 10, 14) and item.working_days_left == 1
    assert item.basis == "第五十五条"
    _through_sign(registry, rid, plan, "2026-10-12")
    registry.assign_number(rid)
    assert registry.due.items("2026-10-13", what="minutes_issue") == []


def test_a_follow_up_is_due_until_closed(registry):
    record = registry.register("incoming", incoming_request())
    item = registry.follow_ups.add(record["id"], "县水利局", "2026-12-10", "落实防汛物资储备", on="2026-12-01")
    assert item["status"] == "open" and item["department"] == "县水利局"
    [due] = registry.due.items("2026-12-09", what="follow_up")
    assert (due.key, due.party, due.working_days_left, due.basis) == (f"follow_up:{item['id']}", "县水利局", 1,
                                                                     "第五十六条")
    closed = registry.follow_ups.close(item["id"], "2026-12-09", "物资已入库")
    assert closed["status"] == "closed" and closed["result"] == "物资已入库" and not closed["overdue"]
    assert registry.due.items("2026-12-09", what="follow_up") == []
    with pytest.raises(RefusedError, match="已于 2026-12-09 办结"):
        registry.follow_ups.close(item["id"], "2026-12-10", "再次办结")
    assert [f["status"] for f in registry.follow_ups.list()] == ["closed"]
    assert registry.follow_ups.list(open_only=True) == []


def test_follow_up_input_is_checked(registry):
    record = registry.register("incoming", incoming_request())
    with pytest.raises(InputError, match="department"):
        registry.follow_ups.add(record["id"], " ", "2026-12-10")
    with pytest.raises(InputError, match="due"):
        registry.follow_ups.add(record["id"], "县水利局", "2026-13-01")
    with pytest.raises(InputError, match="早于立项日期"):
        registry.follow_ups.add(record["id"], "县水利局", "2026-11-01", on="2026-12-01")
    with pytest.raises(InputError, match="没有 id 为 999"):
        registry.follow_ups.add(999, "县水利局", "2026-12-10")
    item = registry.follow_ups.add(record["id"], "县水利局", "2026-12-10", on="2026-12-01")
    with pytest.raises(InputError, match="result"):
        registry.follow_ups.close(item["id"], "2026-12-05", "")
    assert registry.follow_ups.get(item["id"])["status"] == "open"


def test_most_urgent_first(registry):
    _cosign(registry)  # due 13 October
    registry.register("incoming", incoming_request(received_on="2026-09-30", due="2026-10-09"))
    record = registry.register("incoming", incoming_request(received_on="2026-09-30"))
    registry.follow_ups.add(record["id"], "县教育局", "2026-10-30", on="2026-09-30")
    order = [(i.what, i.level) for i in registry.due.items("2026-10-12")]
    assert order == [("incoming_due", "overdue"), ("cosign_reply", "soon"), ("cosign_reply", "soon"),
                     ("follow_up", "later")]
    assert registry.due.summary("2026-10-12") == {"overdue": 1, "soon": 2, "later": 1, "total": 4}
    assert [i.what for i in registry.due.items("2026-10-12", level="soon")] == ["cosign_reply"] * 2


def test_the_contract_keys_of_an_item(registry):
    _cosign(registry)
    item = registry.due.to_json("2026-10-12")[0]
    assert list(item)[:6] == ["what", "record_id", "title", "due", "working_days_left", "basis"]
    assert item["level"] == "soon" and item["level_label"] == "即将到期" and item["kind"] == "outgoing"


def test_reminders_are_recorded_against_an_item_and_listed_with_it(registry):
    _cosign(registry)
    key = "cosign_reply:1:县财政局"
    first = registry.reminders.remind(key, by="文书科张三", on="2026-10-09", means="电话", note="请尽快回复")
    second = registry.reminders.remind(key, by="文书科李四", on="2026-10-12", reminded="县财政局办公室")
    assert first["reminded"] == "县财政局" and second["reminded"] == "县财政局办公室"
    item = next(i for i in registry.due.items("2026-10-12") if i.key == key)
    assert (item.reminders, item.last_reminded_on) == (2, "2026-10-12")
    slip = registry.reminders.slip_data(second["id"])
    assert slip["ordinal"] == 2 and [e["id"] for e in slip["earlier"]] == [first["id"]]
    assert slip["working_days_left"] == 1 and slip["due"] == "2026-10-13"
    assert [r["id"] for r in registry.reminders.for_record(1)] == [first["id"], second["id"]]


def test_a_reminder_needs_an_item_that_is_due(registry):
    record = _cosign(registry)
    registry.record_cosign_reply(record["id"], "县财政局", "2026-10-09")
    with pytest.raises(InputError, match="待办中没有"):
        registry.reminders.remind("cosign_reply:1:县财政局", by="张三", on="2026-10-10")
    with pytest.raises(InputError, match="不是待办事项的编号"):
        registry.reminders.remind("overdue:1", by="张三")
    with pytest.raises(InputError, match="means"):
        registry.reminders.remind("cosign_reply:1:县自然资源局", by="张三", on="2026-10-10", means="飞鸽")
    incoming = registry.register("incoming", incoming_request(received_on="2026-10-08", due="2026-10-16"))
    key = f"incoming_due:{incoming['id']}"
    with pytest.raises(InputError, match="被催办的单位"):  # the sender does not owe the handling
        registry.reminders.remind(key, by="张三", on="2026-10-10")
    assert registry.reminders.remind(key, by="张三", on="2026-10-10", reminded="县应急管理局")["reminded"] == "县应急管理局"
    assert registry.reminders.for_item("cosign_reply:1:县自然资源局") == []


def test_a_deadline_computed_before_the_year_was_known_follows_the_office_entries(registry):
    """In 2027 (not in chinesecalendar) a plan's 会签 deadline counts weekends only; once the office enters
    the year's holidays, 待办 counts them."""
    registry.register("outgoing", outgoing_request(date="2027-09-27", cosign_departments=["县财政局"]))
    [before] = registry.due.items("2027-09-27")
    assert before.due == date(2027, 10, 6) and not before.official
    for day in range(1, 8):
        registry.set_calendar_day(f"2027-10-0{day}", False, "国庆节")
    if hasattr(registry, "holidays"):  # issue 9's calendar: a year is official once marked complete
        registry.holidays.mark_complete(2027)
    [after] = registry.due.items("2027-09-27")
    assert after.due == date(2027, 10, 13) and after.official


def test_a_seal_taken_out_is_due_back_the_same_day(registry):
    """With the seal ledger of issue 10 present: a seal taken out shows until it is returned."""
    if not registry.due.seal_ledger_available:
        pytest.skip("the seal ledger (desktop_app.registry.seals) is not in this build; see the provider test")
    registry.seals.take_out("county_government", escort="机要员王五", reason="外事签约")
    today = date.today()
    [item] = registry.due.items(today, what="seal_out")
    assert item.key == f"seal_out:county_government:{today.isoformat()}" and item.working_days_left == 0
    assert item.basis == "第七十二条" and "机要员王五" in (item.note + item.title)
    registry.seals.return_seal("county_government")
    assert registry.due.items(today, what="seal_out") == []


def test_seals_still_out_come_from_the_seal_ledger_provider(registry, monkeypatch):
    """How the hook reads the ledger's rows: `desktop_app.registry.seals.seals_out(db, on) -> list[dict]`,
    or the rows of its `SealQueries(db).out()`. Two small stand-ins give both shapes."""
    ledger = types.ModuleType("desktop_app.registry.seals")
    ledger.seals_out = lambda db, on: [{"seal": "county_government", "seal_name": "县人民政府印章",
                                        "taken_on": "2026-11-30", "escort": "机要员王五", "reason": "外事签约"}]
    monkeypatch.setitem(sys.modules, "desktop_app.registry.seals", ledger)
    [item] = registry.due.items("2026-12-01")
    assert (item.what, item.key, item.due, item.working_days_left, item.basis) == (
        "seal_out", "seal_out:county_government:2026-11-30", date(2026, 11, 30), -1, "第七十二条")
    assert "县人民政府印章" in item.title and item.note == "机要员王五"
    queries = types.ModuleType("desktop_app.registry.seals")

    class SealQueries:
        def __init__(self, db):
            self.db = db

        def out(self):
            return [{"code": "county_office", "name": "县人民政府办公室印章", "out_since": "2026-12-01T09:30:00",
                     "escort": "机要员赵六", "reason": "赴市里办事", "request_id": 7}]

    queries.SealQueries = SealQueries
    monkeypatch.setitem(sys.modules, "desktop_app.registry.seals", queries)
    [item] = registry.due.items("2026-12-01")
    assert (item.key, item.working_days_left, item.level, item.extra["request_id"]) == (
        "seal_out:county_office:2026-12-01", 0, "soon", 7)
