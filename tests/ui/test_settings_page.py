"""设置 in the window, used as a clerk would: each section built when first shown; an absence makes the next
县长-signed plan name the 常务副县长 with 代; a series cannot be set at or below a used number; 2027 without
data carries its notice until its days are imported and the year marked complete, and a 会签 deadline
across 春节 2027 moves; a bad backup is refused with the registry unchanged; the section shown persists."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.rules.calendar import package_has_year
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import SECTION_KEYS

# A 春节 arrangement for 2027 as the office would import it (the State Council publishes the real one each
# November; these are the test's own days): 7 days off from 2027-02-06, make-up working days around them.
SPRING_2027 = {"year": 2027, "days": {
    "2027-01-01": {"workday": False, "note": "元旦"},
    **{f"2027-02-{d:02d}": {"workday": False, "note": "春节"} for d in range(6, 13)},
    "2027-01-31": {"workday": True, "note": "春节调休上班"}, "2027-02-20": {"workday": True, "note": "春节调休上班"}}}


def outgoing_form(window, **values):
    window.go_to("outgoing")
    form = window.new_record()
    form.fields["title"].setText("关于做好春节期间安全生产工作的通知")
    form.fields["lead_department"].setEditText("县教育局")
    for key, value in values.items():
        widget = form.fields[key]
        if hasattr(widget, "set_value"):
            widget.set_value(value)
        elif hasattr(widget, "set_values"):
            widget.set_values(value)
        else:
            widget.setText(value)
    form.update_routing()
    return form


def test_no_section_is_built_before_it_is_shown(window):
    assert not window.pages["settings"].built  # nothing of 设置 at start-up
    window.go_to("settings")
    page = window.settings_page()
    assert list(page.sections) == ["org"]  # the one on screen
    for key in SECTION_KEYS:
        window.show_settings(key)
    assert list(page.sections) == list(SECTION_KEYS)


def test_an_absence_entered_in_settings_makes_the_next_head_signed_plan_show_the_executive_with_dai(window):
    section = window.show_settings("absences")
    section.person.setCurrentIndex(section.person.findData("head"))
    section.start.setText("2027-03-01")
    section.end.setText("2027-03-05")
    section.reason.setEditText("外出学习")
    assert section.add_absence(), section.message.text()
    assert section.list.rowCount() == 2 and section.list.item(0, 4).text() == "外出学习"  # newest first
    form = outgoing_form(window, scope="major", date="2027-03-02")  # 事关全局: the 县长 signs (第六十四条)
    assert form.panel.headline.text() == "签发：副县长甲（常务副县长，代县长签发）"
    sign = [form.panel.steps.topLevelItem(i).text(1) for i in range(form.panel.steps.topLevelItemCount())][-1]
    assert sign == "常务副县长 副县长甲（代县长）"
    assert any("外出" in w for w in form.panel.warning_texts())
    later = outgoing_form(window, scope="major", date="2027-03-08")  # back at work
    assert "县长甲" in later.panel.headline.text() and "代" not in later.panel.headline.text()


def test_todays_absences_are_shown_at_a_glance(window):
    section = window.show_settings("absences")
    section.today = date(2026, 11, 20)
    section.refresh()
    assert section.at_a_glance.text() == "今天（2026-11-20）各位领导均在岗。"
    section.today = date(2026, 12, 2)  # the contract's org chart: the 县长 is away 12-01 … 12-05
    section.refresh()
    text = section.at_a_glance.text()
    assert "县长 县长甲（外出，至 2026-12-05）" in text and "由常务副县长副县长甲主持工作" in text


def test_a_series_cannot_be_set_at_or_below_a_used_number(window, small_registry):
    record = small_registry.register("outgoing", {**_signed_request(), "assign_number": True})
    assert record["number"] == "托政发〔2026〕1号"
    section = window.show_settings("series")
    section.year.setValue(2026)
    section.select("托政发")
    section.next.setValue(1)
    assert not section.set_next()
    assert "托政发〔2026〕1号" in section.message.text() and "docroute" not in section.message.text()
    section.next.setValue(38)
    assert section.set_next()
    assert small_registry.numbering.next_number("托政发", 2026) == 38
    row = next(r for r in range(section.list.rowCount()) if section.list.item(r, 0).text() == "托政发")
    assert section.list.item(row, 5).text() == "38"


def test_a_new_series_is_offered_by_the_form_for_its_authority(window):
    section = window.show_settings("series")
    section.code.setText("托政办任")
    section.new_authority.setCurrentIndex(section.new_authority.findData("county_office"))
    assert section.add_series()
    form = outgoing_form(window, authority="county_office")
    combo = form.fields["series"]
    assert "托政办任" in [combo.itemText(i) for i in range(combo.count())]


@pytest.mark.skipif(package_has_year(2027), reason="chinesecalendar now carries 2027: the notice never shows")
def test_2027_shows_its_notice_until_its_days_are_imported_and_the_year_is_marked_complete(window, tmp_path):
    form = outgoing_form(window, date="2027-02-03", cosign_departments=["县财政局"], scope="cross_portfolio")
    due = {d["what"]: d["due"] for d in form.panel.plan["deadlines"]}
    assert due["cosign_reply"] == "2027-02-12"  # weekends only: 春节 unknown
    assert any(w["code"] == "calendar_data_missing" for w in form.panel.plan["warnings"])
    section = window.show_settings("holidays")
    section.today = date(2026, 12, 1)
    section.refresh()
    assert "2027 年的国务院放假安排尚未录入" in section.notice.text()
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(SPRING_2027, ensure_ascii=False), encoding="utf-8")
    assert section.import_file(str(path))
    assert "2027" in section.notice.text()  # imported, not yet complete: still not official
    assert section.mark_complete(2027), section.message.text()
    assert "2027" not in section.notice.text()
    # The open form routes with the new calendar at once: 7 working days after 2027-02-03, skipping 春节.
    due = {d["what"]: d["due"] for d in form.panel.plan["deadlines"]}
    assert due["cosign_reply"] == "2027-02-19"
    assert not any(w["code"] == "calendar_data_missing" for w in form.panel.plan["warnings"])


def test_restoring_a_bad_file_is_refused_and_the_registry_is_unchanged(qtbot, window, small_registry, tmp_path,
                                                                       monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.Yes)
    before = (small_registry.count(), small_registry.db.conn.execute("SELECT count(*) FROM audit_log").fetchone())
    section = window.show_settings("data")
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_bytes(b"this is no database" * 200)
    assert section.restore(str(bad)) is None
    assert "未恢复" in section.message.text() and "不是 SQLite 文件" in section.message.text()
    assert "docroute" not in section.message.text() and not asked  # refused before anything was asked
    damaged = tmp_path / "damaged.sqlite"
    good = small_registry.backup(tmp_path / "good.sqlite")
    data = bytearray(good.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xff" * 4096  # a damaged page in the middle
    damaged.write_bytes(bytes(data))
    job = section.restore(str(damaged))
    with qtbot.waitSignal(job.failed, timeout=20_000):
        pass
    job.wait()
    assert "未恢复" in section.message.text() and "docroute" not in section.message.text()
    after = (small_registry.count(), small_registry.db.conn.execute("SELECT count(*) FROM audit_log").fetchone())
    assert after == before


def test_a_good_backup_restores_after_the_clerk_agrees_and_the_lists_show_it(qtbot, window, small_registry,
                                                                            monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    section = window.show_settings("data")
    job = section.backup_now()  # in a thread: the section shows the backup when it has ended
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    saved = job.result
    assert saved and saved.is_file() and section.message.text() == f"已备份到 {saved}"
    row = next(r for r in range(section.backups.rowCount()) if section.backups.item(r, 0).text() == saved.name)
    assert section.backups.item(row, 3).text() == "备份时已校验"
    section.backups.selectRow(row)
    job = section.verify_selected()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    assert job.result.ok and section.backups.item(row, 3).text().startswith("完好：3 条记录")
    small_registry.register("incoming", {"title": "关于防汛物资的报告", "sender": "县水利局", "doc_type": "报告",
                                         "received_on": "2026-11-30"})
    job = section.restore(str(saved))
    with qtbot.waitSignal(job.restored, timeout=20_000):
        pass
    job.wait()
    assert small_registry.count() == 3
    qtbot.waitUntil(lambda: window.pages["incoming"].model.total == 2, timeout=5000)


def test_check_shows_a_readable_result(qtbot, window):
    section = window.show_settings("data")
    job = section.check()
    qtbot.waitUntil(lambda: not section.busy(), timeout=20_000)
    assert job.result["ok"] and section.message.text() == "数据库正常。"
    text = section.result.toPlainText()
    assert "✔ 文件页面完好" in text and "✔ 文号连续，各在其记录上" in text and "共 3 条记录" in text
    assert "docroute" not in text


def test_the_county_name_saved_heads_the_slips(window, small_registry):
    section = window.show_settings("slips")
    assert section.fonts.rowCount() >= 1  # the bundled font at least
    assert section.save_county("鄯善县")
    assert small_registry.office.county() == "鄯善县"
    assert "鄯善县人民政府发文稿纸" in section.sample.text()


def test_a_seals_keeper_changed_in_settings_is_a_ledger_entry(window, small_registry):
    section = window.show_settings("seals")
    assert section.list.rowCount() == 4 and section.list.item(0, 3).text() == "在保险柜中"
    section.note.setText("经办公室主任批准由机要员保管（第七十二条）")
    keeper = section.list.item(0, 2)
    keeper.setText("机要员 李娜")  # as a double-click edit ends
    assert small_registry.seals.seal("county_government")["keeper"] == "机要员 李娜"
    assert small_registry.seals.verify()["ok"] and section.note.text() == ""
    section.list.item(0, 1).setText("  ")
    assert "不能为空" in section.message.text() or "名称" in section.message.text()
    assert small_registry.seals.seal("county_government")["name"] == "县人民政府印章"


def test_the_rules_are_shown_with_their_articles_words(window):
    section = window.show_settings("rules")
    section.which.setCurrentIndex(section.which.findData("outgoing"))
    rows = [section.rows.item(r, 1).text() for r in range(section.rows.rowCount())]
    assert "签发：常务副县长" in rows
    section.rows.selectRow(rows.index("签发：常务副县长"))
    assert "常务副县长签发" in section.articles.toPlainText()


def test_org_edits_in_place_are_validated_and_reach_the_open_form(window):
    form = outgoing_form(window)
    assert "副县长乙" in form.panel.plan["steps"][-2]["name"]
    section = window.show_settings("org")
    assert section.choose_departments("d3", ["县住房和城乡建设局", "县教育局"]) is False  # 副县长乙 has it
    assert "已由副县长乙分管" in section.message.text()
    assert section.choose_departments("d2", ["县卫生健康委员会"])
    assert section.choose_departments("d3", ["县住房和城乡建设局", "县教育局"])
    assert form.panel.plan["steps"][-2]["name"] == "副县长丙"  # the open form re-routed
    name_cell = next(section.people.item(r, 0) for r in range(section.people.rowCount())
                     if section.people.item(r, 0).text() == "副县长丙")
    name_cell.setText("赵志强")
    assert window.registry.org_chart().get("d3").name == "赵志强"
    row = next(r for r in range(section.people.rowCount()) if section.people.item(r, 0).text() == "赵志强")
    combo = section.people.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("county_head"))  # a second 县长: refused, the row shows what is stored
    assert "县长只能有一位" in section.message.text()
    assert section.people.cellWidget(row, 1).currentData() == "deputy_head"


def test_the_section_shown_last_and_the_window_size_persist(qtbot, app, small_registry):
    first = MainWindow(small_registry)
    qtbot.addWidget(first)
    first.show()
    first.show_settings("holidays")
    first.resize(790, 510)
    first.close()
    again = MainWindow(small_registry)
    qtbot.addWidget(again)
    again.show()
    assert again.current_key() == "settings" and again.settings_page().current_key() == "holidays"
    assert (again.width(), again.height()) == (790, 510)


def _signed_request() -> dict:
    from tests.ui.conftest import SAMPLE_OUTGOING

    return {**SAMPLE_OUTGOING, "signed_by": "exec", "signed_on": "2026-11-30"}
