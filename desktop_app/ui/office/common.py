"""What the office pages share: a page title, the record view shown inside a page (RecordHost, with a
back bar, like the record pages), a save dialog that starts in the documents folder and remembers the
last one, writing a file safely, the print preview of a PDF, the wording of working days left and the
colours of urgency (red overdue, amber due within two working days)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.files import replaced_atomically
from desktop_app.ui import file_dialogs

OVERDUE_TEXT, OVERDUE_BACKGROUND = QColor("#a61b1b"), QColor("#fdecea")
SOON_TEXT, SOON_BACKGROUND = QColor("#7e4a00"), QColor("#fdebc8")
DONE_TEXT = QColor("#1e6b3a")
UNKNOWN_COUNTY = "本县"

Today = Callable[[], date]


def page_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    title.setStyleSheet("font-size: 15pt; font-weight: bold;")
    return title


def button(text: str, name: str, slot: Callable[[], Any], parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def days_left_text(left: int | None) -> str:
    """逾期 3 个工作日 / 今日到期 / 尚余 2 个工作日 (the words of the 催办单, slips/reminder.py)."""
    if left is None:
        return ""
    if left < 0:
        return QCoreApplication.translate("office", "%n working day(s) overdue", "", -left)
    if left == 0:
        return QCoreApplication.translate("office", "due today")
    return QCoreApplication.translate("office", "%n working day(s) left", "", left)


def county(registry: Any) -> tuple[str, Any]:
    """The county's name for a printout's header, and the org chart (None before one is imported)."""
    org = registry.org_chart()
    return (org.county if org else UNKNOWN_COUNTY), org


# ---- files -------------------------------------------------------------------------------------
def documents_folder() -> str:
    return file_dialogs.documents_folder()


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
    """A save dialog in the folder last saved to (first: the documents folder); the extension of
    `pattern` (e.g. "*.xlsx") is added when the clerk left it out. The window's one save dialog
    (ui/file_dialogs.py): one remembered folder, and Chinese where Qt draws the dialog itself."""
    return file_dialogs.ask_save_path(parent, title, suggested, pattern)


def write_bytes(path: str | Path, content: bytes) -> Path:
    """Into a temporary file beside the target, renamed into place when complete (desktop_app/files.py)."""
    with replaced_atomically(Path(path)) as temporary:
        temporary.write_bytes(content)
    return Path(path)


def preview_pdf(pdf: bytes, parent: QWidget):
    """The print preview of our own PDF (what 另存为 PDF writes is what prints)."""
    from desktop_app.ui.slip_preview import preview_dialog

    dialog = preview_dialog(pdf, parent)
    dialog.open()
    return dialog


# ---- the record view inside a page -----------------------------------------------------------------
class RecordHost(QStackedWidget):
    """The page's own widget first, the record view (built on first use) under a back bar second: a
    record opened from 待办 or 查询 returns there with Esc, where the clerk was."""

    record_changed = Signal(int)
    went_back = Signal()

    def __init__(self, registry: Any, list_page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.view: Any = None
        self._frame: QWidget | None = None
        self.today: Today | None = None  # the page's "as of" day, for the view's 会签 deadlines
        self.addWidget(list_page)

    def open_record(self, record_id: int) -> Any:
        from desktop_app.ui.record_view import RecordView  # on first use: keeps start-up short

        if self.view is None:
            self.view = RecordView(self.registry)
            self.view.changed.connect(self.record_changed)
            self._frame = self._framed(self.view)
        parts = getattr(self.view, "office", None)
        if parts is not None and self.today is not None:
            parts.today = self.today
        self.view.show_record(record_id)
        self.setCurrentWidget(self._frame)
        return self.view

    def _framed(self, body: QWidget) -> QWidget:
        frame = QWidget(self)
        back = QPushButton(self.tr("← Back (Esc)"), frame)
        back.setObjectName("backButton")
        back.clicked.connect(self.back_to_list)
        label = QLabel(self.tr("Record"), frame)
        label.setObjectName("detailTitle")
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(label, 1)
        layout = QVBoxLayout(frame)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        self.addWidget(frame)
        return frame

    def showing_list(self) -> bool:
        return self.currentIndex() == 0

    def back_to_list(self) -> None:
        if not self.showing_list():
            self.setCurrentIndex(0)
            self.went_back.emit()

    def current_editor(self) -> Any:
        return None if self.showing_list() else self.view
