"""设置 → 数据与备份 → 使用的数据库: this PC opens a file (the default, one PC) or the office's database server
(several PCs, docs/server.md), and for a server, the shared folder where attachments and scans are kept.
The choice is stored per PC (registry/location.py, the twin of `docroute use`) and takes effect when the
program is opened next; 测试连接 opens the server once (asking for the password if it wants one)."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop_app.domain.errors import DocRouteError
from desktop_app.registry import location


class DatabaseChoice(QGroupBox):
    message = Signal(str, bool)  # text, ok

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Database this PC opens"), parent)
        self.file = QRadioButton(self.tr("A database file on this PC (one PC)"), self)
        self.file.setObjectName("useFile")
        self.server = QRadioButton(self.tr("The office's database server (several PCs)"), self)
        self.server.setObjectName("useServer")
        group = QButtonGroup(self)
        group.addButton(self.file)
        group.addButton(self.server)
        self.path = QLineEdit(self)
        self.path.setObjectName("filePath")
        self.path.setPlaceholderText(self.tr("empty: the database in the user's data folder"))
        self.host, self.name, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for widget, key in ((self.host, "serverHost"), (self.name, "serverDatabase"), (self.user, "serverUser")):
            widget.setObjectName(key)
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.files = QLineEdit(self)
        self.files.setObjectName("sharedFolder")
        self.files.setPlaceholderText(self.tr("e.g. \\\\wenshu-server\\docroute"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        test = QPushButton(self.tr("Test connection"), self)
        test.setObjectName("testConnection")
        test.clicked.connect(lambda: self.test_connection())
        save = QPushButton(self.tr("Save choice"), self)
        save.setObjectName("saveChoice")
        save.clicked.connect(lambda: self.save())
        self._build(browse, test, save)
        self.file.toggled.connect(self._enable)
        self.load()

    def _build(self, browse: QPushButton, test: QPushButton, save: QPushButton) -> None:
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server"), self.host)
        server_form.addRow(self.tr("Port"), self.port)
        server_form.addRow(self.tr("Database name"), self.name)
        server_form.addRow(self.tr("User name"), self.user)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(browse)
        server_form.addRow(self.tr("Shared folder for attachments"), files_row)
        buttons = QHBoxLayout()
        buttons.addWidget(test)
        buttons.addWidget(save)
        buttons.addStretch(1)
        note = QLabel(self.tr("The password is asked for when the program opens the server; it is never stored. "
                              "The choice takes effect the next time DocRoute is opened."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file)
        layout.addWidget(self.path)
        layout.addWidget(self.server)
        layout.addLayout(server_form)
        layout.addLayout(buttons)
        layout.addWidget(note)

    def load(self) -> None:
        choice = location.chosen()
        on_server = location.is_server(choice.database)
        (self.server if on_server else self.file).setChecked(True)
        if on_server:
            parts = urlsplit(choice.database)
            self.host.setText(parts.hostname or "")
            self.port.setValue(parts.port or 5432)
            self.name.setText(parts.path.lstrip("/"))
            self.user.setText(parts.username or "")
        else:
            self.path.setText(choice.database)
        self.files.setText(choice.files)
        self._enable()

    def _enable(self) -> None:
        for widget in (self.host, self.port, self.name, self.user, self.files):
            widget.setEnabled(self.server.isChecked())
        self.path.setEnabled(self.file.isChecked())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared folder for attachments"), self.files.text())
        if folder:
            self.files.setText(folder)

    def url(self) -> str:
        host, name, user = self.host.text().strip(), self.name.text().strip(), self.user.text().strip()
        return f"postgresql://{user + '@' if user else ''}{host}:{self.port.value()}/{name}"

    def choice(self) -> location.Choice | None:
        if self.file.isChecked():
            return location.Choice(self.path.text().strip(), "")
        if not self.host.text().strip() or not self.name.text().strip():
            self.message.emit(self.tr("Fill in the server and the database name."), False)
            return None
        return location.Choice(self.url(), self.files.text().strip())

    def save(self) -> bool:
        choice = self.choice()
        if choice is None:
            return False
        try:
            location.save(choice)
        except DocRouteError as error:
            self.message.emit(error.window_line(), False)
            return False
        self.message.emit(self.tr("Saved. DocRoute opens this database the next time it is started."), True)
        return True

    def test_connection(self, password: str | None = None) -> dict | None:
        """Opens the server once and says what it holds (the sign-in dialog when it wants a password)."""
        from desktop_app.registry import Registry
        from desktop_app.registry.engine.postgres import SignInRequired

        choice = self.choice()
        if choice is None or not location.is_server(choice.database):
            self.message.emit(self.tr("Choose the database server first."), False)
            return None
        url = choice.database
        while True:
            try:
                with Registry.open(url, auto_backup=False, password=password) as registry:
                    found = {"records": registry.count(), "user": registry.db.user_name,
                             "read_only": registry.read_only}
                break
            except SignInRequired as refused:
                from desktop_app.ui.sign_in import sign_in

                answer = sign_in(url, refused.message, self)
                if answer is None:
                    return None
                url, password = answer
                self.user.setText(urlsplit(url).username or "")
            except DocRouteError as error:
                self.message.emit(error.window_line(), False)
                return None
        text = self.tr("Connected as {user}: {records} records.").format(user=found["user"], records=f"{found['records']:,}")
        if found["read_only"]:
            text += self.tr(" This user may only read.")
        self.message.emit(text, True)
        return found


class DatabaseChoiceDialog(QDialog):
    """The choice in its own window (设置 → 数据与备份 → 更改…): the section itself stays short enough for
    150 % on a 1366×768 screen. Its messages show in the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database this PC opens"))
        self.choice = DatabaseChoice(self)
        self.message = QLabel(self)
        self.message.setObjectName("choiceMessage")
        self.message.setWordWrap(True)
        self.choice.message.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)  # a UNC path shows whole

    def _show(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("color: #1e8449;" if ok else "color: #c0392b;")
        self.message.setText(text)


def describe(registry: Any) -> str:
    """The database in use, for the label above the choice."""
    if registry.engine == "sqlite":
        return str(registry.path)
    who = registry.db.user_name
    return f"{registry.location}（{who}{'，只读' if registry.read_only else ''}）"
