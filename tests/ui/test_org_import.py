"""A new office starts with an empty database: the window imports the org chart, and bad files say why."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.registry import Registry


@pytest.fixture
def empty_window(qtbot, app, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    reg = Registry.open(tmp_path / "new.sqlite", auto_backup=False)
    win = MainWindow(reg)
    qtbot.addWidget(win)
    yield win
    reg.close()


def test_importing_the_org_chart_lets_the_form_route(empty_window, tmp_path, org_json):
    path = tmp_path / "org.json"
    path.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    assert empty_window.import_org_chart(str(path))
    assert empty_window.registry.org_chart().county == "托克逊县"
    empty_window.go_to("outgoing")
    form = empty_window.new_record()
    form.fields["title"].setText("关于做好冬季防汛工作的通知")
    form.fields["lead_department"].setEditText("县教育局")
    form.update_routing()
    assert "副县长甲" in form.panel.headline.text()


@pytest.mark.parametrize("content", ["{broken", json.dumps({"people": [{"id": "x", "name": "某", "role": "mayor"}]})])
def test_a_bad_org_file_is_refused_with_a_reason(empty_window, tmp_path, monkeypatch, content):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "org.json"
    path.write_text(content, encoding="utf-8")
    assert not empty_window.import_org_chart(str(path))
    assert shown and empty_window.registry.org_chart() is None
