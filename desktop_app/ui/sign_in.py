"""登录数据库服务器: asks the clerk for the password (and, if need be, another user name) when the server
asks for one. The password stays in this process's memory only (engine/postgres.py), never on disk."""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class SignInDialog(QDialog):
    def __init__(self, url: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the database server"))
        parts = urlsplit(url)
        self.url = url
        where = QLabel(self.tr("Server: {host}, database: {name}").format(
            host=f"{parts.hostname or 'localhost'}:{parts.port or 5432}", name=parts.path.lstrip("/")), self)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("signInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.user = QLineEdit(parts.username or "", self)
        self.user.setObjectName("signInUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.password if self.user.text() else self.user).setFocus()

    def signed_in_url(self) -> str:
        """The server's URL with the user name typed (the password is handed over separately)."""
        parts = urlsplit(self.url)
        user = self.user.text().strip()
        host = parts.netloc.rpartition("@")[2]
        return parts._replace(netloc=f"{user}@{host}" if user else host).geturl()


def sign_in(url: str, problem: str, parent: QWidget | None = None) -> tuple[str, str] | None:
    """(url, password) as the clerk typed them, or None when the clerk cancelled."""
    dialog = SignInDialog(url, problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.signed_in_url(), dialog.password.text()
