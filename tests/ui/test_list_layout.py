"""How the lists look to the clerk: the title column is the wide one at 150 % too, the date arrow points the
way the list runs, names are in pinyin order, an empty list says what to do first, and the export says
what it wrote where, from a save dialog that starts in 文档 and remembers the folder."""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.registry import Registry
from desktop_app.ui.file_dialogs import LAST_FOLDER_KEY, documents_folder, file_dialog
from desktop_app.ui.forms import IncomingForm

# 1366×768 at 150 % leaves 910×485 logical pixels, and Qt lays out in logical pixels with the same fonts.
AT_150 = (910, 485)


def column_width(table, key: str) -> int:
    return table.columnWidth(table.record_model().COLUMNS.index(key))


def test_at_150_percent_the_title_is_the_wide_column(qtbot, window):
    window.resize(*AT_150)
    page = window.go_to("incoming")
    qtbot.waitUntil(lambda: page.table.viewport().width() < 800)
    table = page.table
    assert column_width(table, "title") > 1.5 * column_width(table, "sender")
    metrics = table.fontMetrics()
    for key, sample in (("number", "收文〔2026〕1234号"), ("date", "2026-11-30"), ("due", "2026-11-10 已超期")):
        assert column_width(table, key) > metrics.horizontalAdvance(sample), key  # still read in full
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    assert column_width(table, "title") > 2.5 * column_width(table, "sender")


def arrow_points_down(table) -> bool:
    """Reads the sort arrow off the painted header: widest row at the top means ▼."""
    header = table.horizontalHeader()
    column = table.record_model().COLUMNS.index("date")
    image = header.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    left, width = header.sectionViewportPosition(column), header.sectionSize(column)
    title_end = left + (width + header.fontMetrics().horizontalAdvance("日期")) // 2 + 2
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(title_end, left + width - 1) if image.pixelColor(x, y).value() < 140)
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "the date header shows a sort arrow"
    return widths[0] > widths[-1]


def test_the_date_arrow_points_the_way_the_list_runs(qtbot, window):
    page = window.go_to("incoming")
    dates = [page.model.index(r, page.model.COLUMNS.index("date")).data() for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first …
    assert arrow_points_down(page.table)  # … is ▼, as in Explorer, Excel and WPS
    page.table.horizontalHeader().sectionClicked.emit(page.model.COLUMNS.index("date"))
    page.table.horizontalHeader().repaint()
    assert not arrow_points_down(page.table)


def test_the_sender_list_is_in_pinyin_order(qtbot, registry):
    form = IncomingForm(registry)
    qtbot.addWidget(form)
    combo = form.fields["sender"]
    names = [combo.itemText(i) for i in range(combo.count())]
    # cai < fa < jiao < shen < wei < zhu < zi; Python's sorted() gives code-point order instead
    assert names == ["县财政局", "县发展和改革委员会", "县教育局", "县审计局", "县卫生健康委员会",
                     "县住房和城乡建设局", "县自然资源局"]
    assert names != sorted(names)


def test_an_empty_registry_says_what_to_do_first(qtbot, app, tmp_path, org_json):
    from desktop_app.ui.main_window import MainWindow

    registry = Registry.open(tmp_path / "new.sqlite", auto_backup=False)
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("incoming")
    assert "文件 → 导入组织架构…" in page.table.placeholder() and "新建…（Ctrl+N）" in page.table.placeholder()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "导入组织架构(&O)…" in menu_texts  # the text names a menu that is there
    registry.import_org(org_json)
    page.refresh()
    assert page.table.placeholder() == "还没有收文。点右上角的“新建…（Ctrl+N）”登记第一份收文。"
    page.search.edit.setText("防汛")
    page.search.emit_query()
    assert "没有符合条件的公文" in page.table.placeholder()
    window.close()
    registry.close()


def test_the_text_is_drawn_in_the_empty_table(qtbot, app, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    registry = Registry.open(tmp_path / "new.sqlite", auto_backup=False)
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    table = window.go_to("outgoing").table
    blank = QImage(table.viewport().size(), QImage.Format.Format_RGB32)
    blank.fill(table.palette().base().color())
    qtbot.waitUntil(lambda: table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32) != blank)
    window.close()
    registry.close()


class DialogAnswer:
    """Finds the modal file dialog the click opened, notes where it started, and picks `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started_in: str | None = None
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, self._answer)
            return
        self.started_in = dialog.directory().absolutePath()
        dialog.selectFile(str(self.path))
        dialog.accept()


def test_the_save_dialog_starts_in_documents_then_in_the_last_folder(qtbot, window, tmp_path):
    assert QSettings().value(LAST_FOLDER_KEY) is None  # the tests' own, empty settings
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else str(Path.home())
    first = file_dialog(window, "导出到 Excel", "Excel 工作簿 (*.xlsx)", save=True)
    assert Path(first.directory().absolutePath()) == Path(expected) == Path(documents_folder())
    assert Path(expected) != Path.cwd()  # where QFileDialog started before: the working directory
    first.deleteLater()
    page = window.go_to("incoming")
    chosen = tmp_path / "导出" / "收文.xlsx"
    chosen.parent.mkdir()
    answer = DialogAnswer(chosen)
    written = page.export_xlsx()
    assert answer.started_in and Path(answer.started_in) == Path(expected)
    assert written == 2 and load_workbook(chosen).active.max_row == 3
    page.export_notice.close()
    again = file_dialog(window, "另存为", "PDF (*.pdf)", save=True)
    assert Path(again.directory().absolutePath()) == chosen.parent  # remembered
    again.deleteLater()


def test_the_export_says_what_it_wrote_where(qtbot, window, tmp_path):
    page = window.go_to("incoming")
    target = tmp_path / "收文.xlsx"
    assert page.export_xlsx(str(target)) == 2
    box = page.export_notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "已导出 2 条记录" in box.text() and str(target) in box.text()
    labels = sorted(b.text() for b in box.buttons())
    assert labels == ["打开所在文件夹", "确定"]
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()
