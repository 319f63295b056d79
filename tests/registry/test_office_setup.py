"""The faces of 设置 on a real database: the first-run setup in one transaction, the org chart edited one
change at a time with its rules and audit, absences that drive the acting signer, the series with their
next-number guard, and the county's name and settings."""
from __future__ import annotations

import json

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import Registry
from desktop_app.registry.numbering import suggested_series
from desktop_app.registry.office import Setup, offered_departments
from tests.registry.helpers import outgoing_request, signed

LEADERS = ({"name": "王建国", "role": "county_head"},
           {"name": "李建华", "role": "常务副县长", "departments": ["县财政局", "县审计局"]},
           {"name": "古丽娜尔·吐尔逊", "role": "副县长", "departments": ["县教育局", "县民政局"]},
           {"name": "陈明", "role": "县政府办公室主任"})


@pytest.fixture
def empty(db_path):
    with Registry.open(db_path, auto_backup=False) as opened:
        yield opened


def setup_for(county: str = "托克逊县", people=LEADERS) -> Setup:
    return Setup(county, tuple(people), tuple(suggested_series(county)), tuple(offered_departments(county)))


def audit_actions(registry) -> list[str]:
    return [a for (a,) in registry.db.conn.execute("SELECT action FROM audit_log ORDER BY id")]


# ---- first run ---------------------------------------------------------------------------------------
def test_first_setup_leaves_a_registry_that_routes_and_numbers(empty):
    org = empty.office.first_setup(setup_for())
    assert [p.id for p in org.people] == ["head", "exec", "d1", "dir"]
    record = empty.register("outgoing", outgoing_request(lead_department="县教育局"))
    assert record["plan"]["signer"]["name"] == "李建华"  # 常务副县长 signs a routine 通知 (第六十四条)
    approve = next(s for s in record["plan"]["steps"] if s["action"] == "approve")
    assert approve["name"] == "古丽娜尔·吐尔逊"
    assert "县民政局" in [d["name"] for d in empty.org.departments()] and "托克逊镇" in [
        d["name"] for d in empty.org.departments()]
    assert "setup" in audit_actions(empty)


def test_first_setup_of_another_county_makes_its_series_from_its_first_character(empty):
    empty.office.first_setup(setup_for("鄯善县"))
    codes = [s["code"] for s in empty.numbering.series()]
    assert codes == ["鄯政发", "鄯政办发", "鄯政函", "鄯政办函", "鄯政规"]  # the unused 托… defaults are gone
    assert "托克逊镇" not in [d["name"] for d in empty.org.departments()]  # townships only for 托克逊县
    assert empty.office.county() == "鄯善县"


@pytest.mark.parametrize("people, says", [
    (LEADERS[1:], "县长"),
    ((LEADERS[0], {"name": "赵强", "role": "county_head"}, *LEADERS[1:]), "县长只能有一位"),
    ((*LEADERS, {"name": "赵强", "role": "副县长", "departments": ["县教育局"]}), "已由古丽娜尔·吐尔逊分管"),
    ((*LEADERS, {"name": "赵强", "role": "县政府办公室副主任", "departments": ["县水利局"]}), "不分管部门"),
    ((*LEADERS, {"name": "", "role": "副县长"}), "姓名不能为空"),
])
def test_a_setup_that_breaks_a_rule_stores_nothing(empty, people, says):
    with pytest.raises(InputError) as refused:
        empty.office.first_setup(setup_for(people=people))
    assert says in refused.value.one_line()
    assert empty.org_chart() is None and "setup" not in audit_actions(empty)


def test_first_setup_refuses_a_registry_that_has_leaders(registry):
    with pytest.raises(RefusedError) as refused:
        registry.office.first_setup(setup_for())
    assert "设置 → 组织架构" in refused.value.window_hint and "docroute" in refused.value.hint


# ---- the org chart one change at a time ----------------------------------------------------------------
def test_a_portfolio_change_applies_to_new_plans_only_and_is_audited(registry):
    before = registry.register("outgoing", outgoing_request(lead_department="县教育局"))
    registry.org.update_person("d2", departments=["县卫生健康委员会"])  # 县教育局 leaves 副县长乙
    registry.org.update_person("d3", departments=["县住房和城乡建设局", "县自然资源局", "县教育局"])
    after = registry.register("outgoing", outgoing_request(lead_department="县教育局"))
    approver = lambda rec: next(s["person"] for s in rec["plan"]["steps"] if s["action"] == "approve")  # noqa: E731
    assert approver(registry.get(before["id"])) == "d2"  # the stored plan did not change
    assert approver(after) == "d3"
    entries = registry.db.conn.execute("SELECT before, after FROM audit_log WHERE action = 'org_edit'").fetchall()
    assert len(entries) == 2 and "县教育局" in entries[-1][1]


@pytest.mark.parametrize("change, says", [
    (lambda org: org.update_person("d2", role="county_head"), "县长只能有一位"),
    (lambda org: org.add_person("赵强", "常务副县长"), "常务副县长只能有一位"),
    (lambda org: org.update_person("d3", departments=["县教育局"]), "已由副县长乙分管"),
    (lambda org: org.update_person("dir", departments=["县水利局"]), "不分管部门"),
    (lambda org: org.update_person("d2", name="  "), "姓名不能为空"),
    (lambda org: org.add_person("赵强", "mayor"), "未知职务"),
])
def test_an_edit_that_breaks_a_rule_is_refused_and_changes_nothing(registry, change, says):
    chart = registry.org_chart().to_json()
    count = len(audit_actions(registry))
    with pytest.raises(InputError) as refused:
        change(registry.org)
    assert says in refused.value.one_line()
    assert registry.org_chart().to_json() == chart and len(audit_actions(registry)) == count


def test_people_are_added_with_ids_and_removed_with_their_absences(registry):
    added = registry.org.add_person("赵强", "副县长", ["县水利局"])
    assert added["id"] == "d1" and registry.org_chart().deputy_over("县水利局").name == "赵强"
    registry.org.add_absence("d1", "2026-12-01", "2026-12-02", "出差")
    registry.org.remove_person("d1")
    assert registry.org_chart().get("d1") is None
    assert all(a["person"] != "d1" for a in registry.org.absences())


def test_a_plan_naming_a_leader_taken_off_the_chart_can_still_be_completed(registry):
    """A deputy transferred away: the documents already routed to them are not stuck. The steps that name
    them are recorded under the name the plan stored; nobody else unknown to the chart is accepted."""
    record = registry.register("outgoing", outgoing_request())
    steps = record["plan"]["steps"]
    approve = next(s for s in steps if s["action"] == "approve" and s.get("person"))
    registry.org.remove_person(approve["person"])
    assert registry.org_chart().get(approve["person"]) is None
    for step in steps:
        if step["order"] == approve["order"]:
            with pytest.raises(InputError) as refused:
                registry.record_step(record["id"], step["order"], "nobody", "2026-11-30", "同意")
            assert "nobody" in refused.value.one_line()
        by = step.get("person") or ("张三" if step["action"] == "draft" else "文书科")
        registry.record_step(record["id"], step["order"], by, "2026-11-30", "同意")
    names = dict(registry.db.conn.execute("SELECT step_order, by_name FROM step_actions WHERE record_id = ?",
                                          [record["id"]]).fetchall())
    assert names[approve["order"]] == approve["name"], names
    assert registry.get(record["id"])["status"] == "signed"


def test_departments_are_listed_added_and_removed_only_when_nobody_holds_them(registry):
    registry.org.add_department("县数据局")
    assert {"name": "县数据局", "deputy": None, "deputy_name": None} in registry.org.departments()
    with pytest.raises(RefusedError):
        registry.org.remove_department("县教育局")
    registry.org.remove_department("县数据局")
    assert "县数据局" not in [d["name"] for d in registry.org.departments()]


# ---- absences (第七十六条) drive the acting signer (第五条) ---------------------------------------------
def test_an_absence_makes_the_executive_deputy_sign_for_the_head(registry):
    registry.org.add_absence("head", "2027-03-01", "2027-03-05", "外出学习")
    record = registry.register("outgoing", outgoing_request(scope="major", date="2027-03-02"))
    signer = record["plan"]["signer"]
    assert (signer["person"], signer["acting_for"]) == ("exec", "county_head")
    assert [a["name"] for a in registry.org.absences(on="2027-03-05")] == ["县长甲"]
    assert registry.org.absences(on="2027-03-06") == []


def test_overlapping_or_backwards_absences_are_refused(registry):
    registry.org.add_absence("head", "2027-03-01", "2027-03-05")
    with pytest.raises(RefusedError):
        registry.org.add_absence("head", "2027-03-05", "2027-03-07")
    with pytest.raises(InputError):
        registry.org.add_absence("head", "2027-04-05", "2027-04-01")


# ---- series ----------------------------------------------------------------------------------------
def test_the_next_number_cannot_be_set_at_or_below_one_given(registry):
    first = registry.register("outgoing", signed(assign_number=True))
    assert first["number"] == "托政发〔2026〕1号"
    for bad in (1, 0):
        with pytest.raises((RefusedError, InputError)):
            registry.numbering.set_next("托政发", 2026, bad)
    registry.numbering.set_next("托政发", 2026, 38)
    assert registry.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕38号"
    with pytest.raises(RefusedError) as refused:
        registry.numbering.set_next("托政发", 2026, 38)
    assert "托政发〔2026〕38号" in refused.value.message


def test_a_voided_number_counts_as_given_and_is_listed(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    registry.void(record["id"], "标题有误")
    with pytest.raises(RefusedError) as refused:
        registry.numbering.set_next("托政发", 2026, 1)
    assert "已作废" in refused.value.message
    assert registry.numbering.voided(2026) == [{"series": "托政发", "year": 2026, "serial": 1,
                                                "number": "托政发〔2026〕1号", "record_id": record["id"],
                                                "title": record["title"], "reason": "标题有误"}]


def test_series_say_who_uses_them_and_the_form_chooses_by_it(registry):
    listed = {s["code"]: s for s in registry.numbering.series(2026)}
    assert (listed["托政办发"]["authority"], listed["托政函"]["usage"]) == ("county_office", "letters")
    registry.numbering.add("托政任", "county_government", "documents", "任免")
    registry.numbering.update("托政任", authority="county_office")
    assert registry.numbering.series()[-1]["authority_label"] == "县人民政府办公室"
    registry.numbering.remove("托政任")  # never used: it may go
    registry.register("outgoing", outgoing_request())
    with pytest.raises(RefusedError):
        registry.numbering.remove("托政发")  # a record uses it: it stays for ever


# ---- the office ------------------------------------------------------------------------------------
def test_the_county_name_and_the_slip_font_are_settings_with_an_audit(registry):
    registry.office.set_county("托克逊县")
    registry.office.set("slip_font", "AR PL UMing CN")
    assert registry.office.settings() == {"county": "托克逊县", "slip_font": "AR PL UMing CN"}
    with pytest.raises(InputError):
        registry.office.set_county("  ")
    with pytest.raises(InputError):
        registry.office.set("colour", "red")
    entries = [json.loads(a) for (a,) in registry.db.conn.execute(
        "SELECT after FROM audit_log WHERE action = 'office_setting'")]
    assert entries == [{"county": "托克逊县"}, {"slip_font": "AR PL UMing CN"}]


def test_an_import_without_people_is_refused_and_keeps_the_chart(registry):
    before = registry.org_chart()
    with pytest.raises(InputError, match="组织架构中没有任何领导"):
        registry.import_org({"county": "托克逊县", "people": []})
    assert registry.org_chart() == before and len(before.people) > 0
