"""No command line in the window: every message the window can show names a menu or a button, never a
`docroute …` command. Three nets: the source (a command may only be written as the CLI side of a Hint),
the window's own strings and their translation, and the messages of real failures shown in the window."""
from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import COMMAND, DocRouteError, StorageError
from desktop_app.paths import resource
from desktop_app.registry import Registry

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
CORE = ("domain", "rules", "registry", "slips")


def _strings(tree: ast.AST):
    """(string, node, parents) of every literal, docstrings left out."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value, node, parents


def _cli_side_of_a_hint(node: ast.AST, parents: dict) -> bool:
    """True when the literal is (part of) the first argument of Hint(...)."""
    child = node
    while id(child) in parents:
        parent = parents[id(child)]
        if isinstance(parent, ast.Call) and getattr(parent.func, "id", None) == "Hint":
            return bool(parent.args) and child is parent.args[0]
        child = parent
    return False


# Text that is not a message: the printed 用印登记簿 tells an auditor, on paper, the command that checks it.
PRINTED = {("slips/seal_ledger.py", "head_lines")}


def _function_of(node: ast.AST, parents: dict) -> str:
    while id(node) in parents:
        node = parents[id(node)]
        if isinstance(node, ast.FunctionDef):
            return node.name
    return ""


def test_in_the_core_a_command_is_only_ever_the_cli_side_of_a_hint():
    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            where = path.relative_to(ROOT).as_posix()
            for text, node, parents in _strings(ast.parse(path.read_text(encoding="utf-8"))):
                if (where, _function_of(node, parents)) in PRINTED or re.fullmatch(r"--[a-z-]+", text):
                    continue  # printed for auditors, or a CLI option as the field id of a CLI-only input
                if COMMAND.search(text) and not _cli_side_of_a_hint(node, parents):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]}")
    assert not offenders, "write these as Hint(cli, window):\n" + "\n".join(offenders)


def test_the_window_never_writes_a_command_nor_calls_the_clis_wording():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for text, node, _parents in _strings(ast.parse(source)):
            if COMMAND.search(text) and not re.fullmatch(r"--[a-z-]+", text):  # an argument, not a message
                offenders.append(f"{path.name}:{node.lineno}: {text[:60]}")
        for line_number, line in enumerate(source.splitlines(), start=1):
            reads_cli_words = "one_line()" in line or re.search(r"\b(error|exc)\.hint\b(?!\s*=[^=])", line)
            if reads_cli_words and "the log's" not in line:
                offenders.append(f"{path.name}:{line_number}: the CLI's words ({line.strip()[:50]})")
    assert not offenders, "\n".join(offenders)


def test_no_translation_of_the_window_names_a_command():
    for message in ET.parse(resource("translations", "docroute_zh_CN.ts")).getroot().iter("message"):
        for text in (message.find("source").text or "", message.find("translation").text or ""):
            assert not COMMAND.search(text), text


@pytest.fixture
def said(monkeypatch):
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    return shown


def test_real_failures_shown_in_the_window_name_menus_and_buttons(qtbot, app, tmp_path, org_json, said):
    from desktop_app.ui.app import _cannot_open
    from desktop_app.ui.errors import CrashHandler
    from desktop_app.ui.main_window import MainWindow

    shown: list[str] = []
    reg = Registry.open(tmp_path / "office.sqlite", auto_backup=False)
    win = MainWindow(reg)
    qtbot.addWidget(win)
    win.go_to("outgoing")
    form = win.new_record()
    form.fields["title"].setText("关于做好冬季防火工作的通知")
    form.save()  # no leaders yet
    shown += [form.message.text(), form.panel.headline.text()]
    reg.import_org(org_json)
    form.reload()
    request = {**form.request(), "series": "托政任"}
    try:
        reg.register("outgoing", request)
    except DocRouteError as error:
        shown.append(form.explain(error))  # an unknown series, as the form words it
    bad = tmp_path / "junk.sqlite"
    bad.write_bytes(b"junk" * 1000)
    section = win.show_settings("data")
    section.restore(str(bad))
    shown.append(section.message.text())
    (tmp_path / "org.json").write_text("{broken", encoding="utf-8")
    win.import_org_chart(str(tmp_path / "org.json"))
    try:
        Registry.open(bad, auto_backup=False)
    except StorageError as error:
        shown.append(_cannot_open(error))
        shown.append(CrashHandler(tmp_path / "log.txt").message_for(error, True))
    with pytest.raises(DocRouteError) as caught:
        reg.get(999)
    shown.append(CrashHandler(tmp_path / "log.txt").message_for(caught.value, True))
    shown += said
    assert len(shown) >= 8 and all(text for text in shown), shown
    leaks = [text for text in shown if COMMAND.search(text) or "docroute " in text]
    assert not leaks, json.dumps(leaks, ensure_ascii=False, indent=1)
    assert any("设置 → 组织架构" in text for text in shown), json.dumps(shown, ensure_ascii=False, indent=1)
    assert any("设置 → 发文字号" in text for text in shown), json.dumps(shown, ensure_ascii=False, indent=1)
    assert any("从备份恢复" in text or "备份" in text for text in shown)
    win.close()
    reg.close()
