"""A new office starts with an empty database: the window imports the org chart from JSON or XLSX, names
what was imported, every open form routes with it at once, and bad files say why."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.registry import Registry

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def empty_window(qtbot, app, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    reg = Registry.open(tmp_path / "new.sqlite", auto_backup=False)
    win = MainWindow(reg)
    qtbot.addWidget(win)
    yield win
    reg.close()


@pytest.fixture
def boxes(monkeypatch):
    """What the message boxes said; a question is answered yes."""
    shown: dict[str, list[str]] = {"information": [], "warning": [], "question": []}
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, k=kind: shown[k].append(args[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: shown["question"].append(args[2]) or QMessageBox.StandardButton.Yes)
    return shown


def test_importing_the_org_chart_names_it_and_the_open_form_routes_at_once(empty_window, tmp_path, org_json,
                                                                           boxes):
    empty_window.go_to("outgoing")
    form = empty_window.new_record()  # opened before the import: it says how to get leaders
    assert "设置 → 组织架构" in form.panel.headline.text()
    path = tmp_path / "org.json"
    path.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    assert empty_window.import_org_chart(str(path))
    assert boxes["information"] and "县长 县长甲" in boxes["information"][0] and "共 6 人" in boxes["information"][0]
    form.fields["title"].setText("关于做好冬季防汛工作的通知")
    form.fields["lead_department"].setEditText("县教育局")
    form.update_routing()
    assert "副县长甲" in form.panel.headline.text()  # the same form, not a new one


@pytest.mark.parametrize("example", ["org-chart-example.json", "org-chart-example.xlsx"])
def test_the_documented_example_files_import_as_documented(empty_window, boxes, example):
    assert empty_window.import_org_chart(str(DOCS / example))
    org = empty_window.registry.org_chart()
    head = org.first_with_role(__import__("desktop_app.domain.enums", fromlist=["Role"]).Role.COUNTY_HEAD)
    assert head is not None and "甲" not in head.name  # realistic names, not 县长甲 placeholders
    assert org.deputy_over("县教育局") is not None
    assert org.county in boxes["information"][0]


def test_replacing_a_chart_asks_first(empty_window, tmp_path, org_json, boxes):
    path = tmp_path / "org.json"
    path.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    empty_window.import_org_chart(str(path))
    empty_window.import_org_chart(str(path))
    assert len(boxes["question"]) == 1 and "6 人" in boxes["question"][0]


@pytest.mark.parametrize("content", ["{broken", json.dumps({"people": [{"id": "x", "name": "某", "role": "mayor"}]}),
                                     json.dumps({"people": [
                                         {"id": "a", "name": "甲", "role": "deputy_head", "departments": ["县教育局"]},
                                         {"id": "b", "name": "乙", "role": "deputy_head", "departments": ["县教育局"]}]})])
def test_a_bad_org_file_is_refused_with_a_reason(empty_window, tmp_path, boxes, content):
    path = tmp_path / "org.json"
    path.write_text(content, encoding="utf-8")
    assert not empty_window.import_org_chart(str(path))
    assert boxes["warning"] and "docroute" not in boxes["warning"][0]
    assert empty_window.registry.org_chart() is None
