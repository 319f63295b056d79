"""Chinese everywhere the clerk looks: the deadlines of the routing panel and the record view, the history,
and Qt's own dialogs (labels from Qt's catalogue plus the gaps ours fills, dates in the file list)."""
from __future__ import annotations

import os
import re
import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QTreeView, QWidget

from desktop_app.ui.file_dialogs import file_dialog
from desktop_app.ui.forms import OutgoingForm
from desktop_app.ui.i18n import qt_gaps
from desktop_app.ui.record_view import RecordView

ENGLISH = re.compile(r"[A-Za-z]{3,}")  # a word; 文号 letters, PDF and file names are allowed below
ALLOWED = {"PDF", "Ctrl", "DOCX", "Excel", "xlsx", "docx", "pdf"}
COSIGNED = {"title": "关于做好冬季防汛工作的通知", "series": "托政发", "authority": "county_government",
            "direction": "downward", "doc_type": "通知", "scope": "routine", "lead_department": "县教育局",
            "main_recipients": ["各乡镇人民政府"], "drafter": "张三", "date": "2026-11-27",
            "cosign_departments": ["县财政局"]}
MINUTES = {**COSIGNED, "title": "县政府第12次常务会议纪要", "doc_type": "纪要", "cosign_departments": [],
           "meeting_date": "2026-11-25", "authority": "county_office", "series": "托政办发"}


def english_words(text: str) -> list[str]:
    return [w for w in ENGLISH.findall(text) if w not in ALLOWED]


def dialog_texts(widget: QWidget) -> list[str]:
    """Every label, button and tooltip of a dialog, also those behind 选项 (shown when expanded)."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if child.toolTip():
            texts.append(child.toolTip())
    return [text for text in texts if text]


@pytest.mark.parametrize("request_", [COSIGNED, MINUTES], ids=["cosign", "minutes"])
def test_deadlines_read_chinese_in_the_routing_panel_and_the_record_view(qtbot, registry, request_):
    record = registry.register("outgoing", request_)
    assert record["plan"]["deadlines"]
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.show_record(record["id"])
    form = OutgoingForm(registry)
    qtbot.addWidget(form)
    form.panel.show_plan(record["plan"])
    for shown in (view.notices.text(), form.panel.notices.text()):
        plain = re.sub(r"<[^>]+>", "", shown)
        assert ("会签回复期限" in plain) or ("会议纪要印发期限" in plain)
        assert not english_words(plain), plain
        assert "Co-signing" not in shown and "Minutes due" not in shown


def test_the_history_names_every_action_in_chinese(qtbot, registry, tmp_path):
    record = registry.register("outgoing", COSIGNED)
    registry.record_cosign_reply(record["id"], "县财政局", "2026-11-30", "无不同意见")
    attachment = tmp_path / "正文.docx"
    attachment.write_bytes(b"PK test")
    registry.add_attachment(record["id"], str(attachment))
    view = RecordView(registry)
    qtbot.addWidget(view)
    view.show_record(record["id"])
    lines = [view.history.item(i).text() for i in range(view.history.count())]
    assert any("会签回复" in line and "县财政局" in line for line in lines)
    assert any("添加附件" in line and "正文.docx" in line for line in lines)
    for line in lines:
        what = line.split("　")[2]  # when　who　what　detail: the user name is the login, as it is
        assert not english_words(what), line


def test_every_gap_in_qts_catalogue_is_filled_by_ours(app):
    for text in qt_gaps():
        assert not english_words(text), text


def wait_for_rows(qtbot, dialog: QFileDialog) -> tuple[QTreeView, QModelIndex]:
    tree = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) >= 2, timeout=5000)
    return tree, tree.rootIndex()


@pytest.mark.parametrize("save", [True, False], ids=["save", "open"])
def test_qts_own_file_dialog_is_chinese_with_iso_dates(qtbot, app, tmp_path, save):
    (tmp_path / "文件夹甲").mkdir()
    sample = tmp_path / "收文登记.xlsx"
    sample.write_bytes(b"x" * 2048)
    stamp = time.mktime((2026, 11, 30, 9, 5, 0, 0, 0, -1))
    os.utime(sample, (stamp, stamp))
    dialog = file_dialog(None, "导出到 Excel", "Excel 工作簿 (*.xlsx)", save=save)
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(tmp_path))
    dialog.show()
    tree, root = wait_for_rows(qtbot, dialog)
    texts = dialog_texts(dialog)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts and "文件名称(&N)：" in texts
    for text in texts:
        assert not english_words(text.replace(str(tmp_path), "")), text
    model = tree.model()
    rows = {model.index(r, 0, root).data(): [model.index(r, c, root).data() for c in range(4)]
            for r in range(model.rowCount(root))}
    assert rows["收文登记.xlsx"][3] == "2026-11-30 09:05"  # not "30 11 2026" from a C system locale
    assert rows["收文登记.xlsx"][1] == "2.00 KiB" and rows["文件夹甲"][1] == ""
    assert rows["文件夹甲"][2] == "文件夹"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["名称", "大小", "类型", "修改日期"]


def test_qts_print_dialog_is_chinese(qtbot, app):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    for text in dialog_texts(dialog):
        assert not english_words(text.replace(os.path.expanduser("~"), "")), text
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisibleTo(dialog) and combo.objectName() not in ("pageSizeCombo", "paperSize"):
            for i in range(combo.count()):
                assert not english_words(combo.itemText(i)), combo.itemText(i)
