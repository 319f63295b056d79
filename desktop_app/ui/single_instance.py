"""One window per database: a second `docroute` on the same database brings the first window forward
instead of opening a second writer, or says plainly that the database is open elsewhere.

Two pieces, both keyed on the database's resolved path:
- a `QLockFile` beside the database (`docroute.sqlite.window-lock`) is the lock: whoever holds it is
  the window of that database. Qt removes a lock left by a process that died on this machine; a lock held
  on another PC (a shared folder) stays, and the second start names that PC.
- a `QLocalServer` named after the path lets a second start on the same machine ask the first window to
  come forward (`activated`); it then exits without opening the registry. The window starts listening
  just after its first paint (QtNetwork is not on the start-up path, bench/startup.py), so a second start
  keeps asking for a moment before it says the database is open elsewhere."""
from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

import time
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Signal

LOCK_SUFFIX = ".window-lock"
ASK_TIMEOUT_MS = 1000
ASK_PATIENCE_S = 2.0  # how long a second start waits for the first window's server to listen
_ACTIVATE = b"activate\n"


def _key(db_path: Path | str) -> str:
    """The database's identity: its resolved path, or a server database's URL without a password."""
    from desktop_app.registry.engine import is_server

    if is_server(db_path):
        from desktop_app.registry.engine.postgres import shown_url

        return shown_url(str(db_path).strip())
    return str(Path(db_path).expanduser().resolve())


def server_name(db_path: Path | str) -> str:
    """A name for the local server: the same for every spelling of one database path, per OS user."""
    key = _key(db_path)
    if sys.platform == "win32":
        key = key.lower()  # NTFS paths are case-insensitive
    try:
        user = getpass.getuser()
    except Exception:  # no login name: the path alone still separates databases
        user = ""
    return "docroute-" + hashlib.sha256(f"{user}\0{key}".encode("utf-8")).hexdigest()[:24]


def lock_path(db_path: Path | str) -> Path:
    """Beside the file; for a server database (one window per database on this PC, every PC its own)
    in the user's data folder."""
    from desktop_app.registry.engine import is_server

    if is_server(db_path):
        from desktop_app.paths import user_data_dir

        return user_data_dir() / f"{server_name(db_path)}{LOCK_SUFFIX}"
    path = Path(db_path).expanduser().resolve()
    return path.with_name(path.name + LOCK_SUFFIX)


class SingleInstance(QObject):
    """`claim()` once at start-up: True when this process is the database's window."""

    activated = Signal()  # another start asked this window to come forward

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path if isinstance(db_path, str) else Path(db_path)
        self.name = server_name(self.db_path)
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)  # a live window holds it for days; only a dead process frees it
        self.server: Any = None  # the QLocalServer, once listening
        self.holder = ""  # who holds the lock when claim() failed: "主机名（进程 1234）"
        self.forwarded = False  # claim() failed and the other window was asked to come forward

    def claim(self, *, listen: bool = True) -> bool:
        """Takes the database's lock (and listens at once unless `listen` is False: call listen() later)."""
        lock_path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        if self.lock.tryLock(0):
            if listen:
                self.listen()
            return True
        self.forwarded = ask_to_activate(self.name)
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname); pid 0 when unreadable
        pid, host = (info[-3], info[-2]) if len(info) >= 3 else (0, "")
        self.holder = f"{host}（进程 {pid}）" if pid else ""
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def listen(self) -> None:
        """Answers a second start on this database from now on (it asks this window to come forward)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket file left by a window that crashed (Unix)
            server.listen(self.name)
        server.newConnection.connect(self._connected)
        self.server = server

    def _connected(self) -> None:
        # The asking side writes one line at once and goes: read it here, briefly, then let the socket go.
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if not socket.bytesAvailable():
                socket.waitForReadyRead(ASK_TIMEOUT_MS)
            asked = _ACTIVATE.strip() in bytes(socket.readAll())
            socket.abort()
            socket.deleteLater()
            if asked:
                self.activated.emit()


def ask_to_activate(name: str, patience: float = ASK_PATIENCE_S) -> bool:
    """Asks the window listening on `name` to come forward; False when nobody listens within `patience`."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + patience
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(ASK_TIMEOUT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the first window may be just painting: it listens right after
    socket.write(_ACTIVATE)
    socket.waitForBytesWritten(ASK_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(ASK_TIMEOUT_MS)
    return True
