"""Where the window asks for a file name: the save and open dialogs, in Chinese, starting where the clerk
keeps documents.

They start in the folder last used (QSettings), else the user's documents folder
(QStandardPaths.DocumentsLocation), never the working directory the program happened to start in.

Native or Qt's own: where the system has its own file dialog (Windows, GNOME) Qt uses it, in the system's
language, and we keep it — it is the dialog the clerk knows, with its shortcuts and network drives. Where it
has none (Kylin's UKUI with our bundled Qt, offscreen), Qt draws its own. That one takes its labels from the
translations (ui/i18n.py), but its file list formats sizes and dates with the *system* locale, which on a
machine set to C/English reads "1 12 2026"; a proxy model gives the list Chinese sizes, types and ISO dates."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QIdentityProxyModel, QLocale, QModelIndex, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView, QWidget

from desktop_app.ui.widgets import fit_to_screen

LAST_FOLDER_KEY = "dialogs/last_folder"
_SIZE, _TYPE, _DATE = 1, 2, 3  # QFileSystemModel's columns


def documents_folder() -> str:
    """The user's documents folder (文档), or the home folder when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else QDir.homePath()


def start_folder() -> str:
    """Where a dialog opens: the folder used last time, while it still exists, else 文档."""
    last = QSettings().value(LAST_FOLDER_KEY, "", str)
    return last if last and Path(last).is_dir() else documents_folder()


def remember_folder(path: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))


class ChineseFileList(QIdentityProxyModel):
    """Qt's file list with Chinese sizes (字节, KB), 文件夹 and dates as 2026-12-01 09:30."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == _SIZE:
            return self.tr("Size")  # Qt's catalogue says 体积 (volume)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(source, QFileSystemModel) \
                or index.column() not in (_SIZE, _TYPE, _DATE):
            return super().data(index, role)
        info = source.fileInfo(self.mapToSource(index))
        if index.column() == _DATE:
            return self._locale.toString(info.lastModified(), "yyyy-MM-dd HH:mm")
        if info.isDir():
            return self.tr("Folder") if index.column() == _TYPE else ""
        if index.column() == _SIZE:
            return self._locale.formattedDataSize(info.size())
        return super().data(index, role)


def file_dialog(parent: QWidget | None, title: str, filters: str, *, save: bool,
                suggested_name: str = "") -> QFileDialog:
    """A configured dialog (not shown): start folder, filters, Chinese file list when Qt draws it."""
    dialog = QFileDialog(parent, title, start_folder(), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if suggested_name:
        dialog.selectFile(suggested_name)
    default_suffix = filters.partition("*.")[2].partition(")")[0].split()[0] if "*." in filters else ""
    if save and default_suffix:
        dialog.setDefaultSuffix(default_suffix)  # 公文登记簿 becomes 公文登记簿.xlsx
    dialog.setProxyModel(ChineseFileList(dialog))  # ignored by a native dialog, which is Chinese already
    _fit_widget_dialog(dialog, parent)
    return dialog


def _fit_widget_dialog(dialog: QFileDialog, parent: QWidget | None) -> None:
    """Qt's own dialog opens at 600×400 with the dates cut off; a native one sizes itself."""
    fit_to_screen(dialog, parent, width=900, height=600, fraction=0.85)
    tree = dialog.findChild(QTreeView)
    if tree is not None:
        metrics = tree.fontMetrics()
        tree.header().resizeSection(0, metrics.horizontalAdvance("中") * 20)
        tree.header().resizeSection(_SIZE, metrics.horizontalAdvance("1023.99 KiB") + metrics.height())
        tree.header().resizeSection(_TYPE, metrics.horizontalAdvance("Excel 2007 电子表格") + metrics.height())
        tree.header().resizeSection(_DATE, metrics.horizontalAdvance("2026-12-01 09:30") + metrics.height())


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, filters: str) -> str | None:
    """The path the clerk chose to save to (remembered for next time), or None when cancelled."""
    return _ask(file_dialog(parent, title, filters, save=True, suggested_name=suggested_name))


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    return _ask(file_dialog(parent, title, filters, save=False))


def _ask(dialog: QFileDialog) -> str | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    remember_folder(path)
    return path
