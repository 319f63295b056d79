"""The first run: `docroute` on an empty registry opens the wizard over the window; the clerk fills in the
county, the leaders and their portfolios and the series, and the form routes at once — no file, no command."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from desktop_app.registry import Registry

LEADERS = [("王建国", None), ("李建华", ["县财政局", "县审计局"]), ("古丽娜尔·吐尔逊", ["县教育局", "县民政局"]),
           ("张志强", ["县水利局"]), ("陈明", None), ("刘静", None)]


@pytest.fixture
def session(app, tmp_path):
    from desktop_app.ui import app as app_module

    started = app_module.start(str(tmp_path / "office.sqlite"), daily_backup=False)
    yield started
    started.close()


def fill_leaders(wizard, leaders=LEADERS) -> None:
    for row, (name, departments) in enumerate(leaders):
        wizard.leaders_page.set_row(row, name, departments)


def test_the_wizard_leaves_a_registry_on_which_a_routine_notice_routes_to_the_right_signer(qtbot, session):
    window = session.window
    wizard = window.first_run
    assert wizard.isVisible() and wizard.county_page.county.text() == "托克逊县"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()  # the prefilled county is enough to go on
    next_button.click()
    fill_leaders(wizard)
    next_button.click()
    assert [s["code"] for s in wizard.series_page.series()] == ["托政发", "托政办发", "托政函", "托政办函", "托政规"]
    next_button.click()
    seals = wizard.seals_page
    assert [s["name"] for s in seals.seals()][0] == "托克逊县人民政府印章"
    seals.table.item(0, 2).setText("机要员 李娜")
    next_button.click()
    assert "李建华" in wizard.summary_page.summary.text() and "机要员 李娜" in wizard.summary_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    org = session.registry.org_chart()
    assert org.county == "托克逊县" and org.deputy_over("县教育局").name == "古丽娜尔·吐尔逊"
    seal = session.registry.seals.seal("county_government")
    assert (seal["name"], seal["keeper"]) == ("托克逊县人民政府印章", "机要员 李娜")
    assert session.registry.seals.verify()["ok"]  # the changes are entries of the hash-chained ledger
    assert window.current_key() == "outgoing"
    form = window.new_record()
    form.fields["title"].setText("关于做好全县义务教育招生工作的通知")
    form.fields["lead_department"].setEditText("县教育局")
    form.update_routing()
    # 第六十四条: a routine downward 通知 of the county government — the deputy in charge approves, the
    # executive deputy head signs.
    assert "李建华" in form.panel.headline.text() and "常务副县长" in form.panel.headline.text()
    assert form.panel.plan["steps"][-2]["name"] == "古丽娜尔·吐尔逊"
    assert form.save() is not None


def test_a_mistake_is_named_on_its_page_and_nothing_is_stored(qtbot, session):
    wizard = session.window.first_run
    wizard.next()
    fill_leaders(wizard, [("王建国", None), ("", None), ("古丽娜尔·吐尔逊", ["县教育局"]),
                          ("张志强", ["县教育局"])])
    wizard.next()
    assert wizard.currentPage() is wizard.leaders_page  # refused: two deputies over 县教育局
    assert "县教育局" in wizard.leaders_page.message.text()
    wizard.leaders_page.set_row(3, "张志强", ["县水利局"])
    wizard.next()
    assert "常务副县长" in wizard.leaders_page.message.text()  # the executive deputy head is missing
    assert session.registry.org_chart() is None


def test_another_county_gets_its_own_series(qtbot, session):
    wizard = session.window.first_run
    wizard.county_page.county.setText("鄯善县")
    wizard.next()
    fill_leaders(wizard)
    wizard.next()
    assert wizard.series_page.series()[0]["code"] == "鄯政发"


def test_sample_data_opens_a_separate_database_and_leaves_this_one_empty(qtbot, session):
    wizard = session.window.first_run
    path = wizard.open_demo(launch=False)
    assert path != session.registry.path and path.is_file()
    with Registry.open(path, auto_backup=False) as demo:
        assert demo.count() > 100 and demo.org_chart() is not None
    assert session.registry.org_chart() is None and session.registry.count() == 0
    assert wizard.isVisible()


def test_a_set_up_registry_opens_without_the_wizard(app, tmp_path, org_json):
    from desktop_app.ui import app as app_module

    path = tmp_path / "ready.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(org_json)
    started = app_module.start(str(path), daily_backup=False)
    try:
        assert getattr(started.window, "first_run", None) is None
    finally:
        started.close()
