"""Has another clerk changed the registry? A question cheap enough to ask every two seconds, so that the
open lists and 待办 show a document another PC (or another program on this PC) has just registered.
Qt-free: the window asks it from a timer (ui/change_watch.py), a script may ask it in a loop.

- A file: SQLite's `PRAGMA data_version`, which changes when another connection has committed to the
  file since this connection last asked (this connection's own writes do not count: the window
  refreshes itself after them). No write, no lock, a few microseconds.
- A server: every write transaction sends NOTIFY docroute_changes before it commits, which PostgreSQL
  delivers only if it commits (engine/postgres.py); a connection of its own LISTENs, and notices from
  this window's own connection are left out. A lost connection counts as a change (the lists are read
  again, which is harmless) and is made again at the next question."""
from __future__ import annotations

from typing import Any

from desktop_app.registry.engine import engine_of


class FileChanges:
    def __init__(self, db: Any) -> None:
        self.db = db
        self._seen = self._version()

    def _version(self) -> int:
        return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True once for each batch of commits by other connections since the last call."""
        now = self._version()
        changed, self._seen = now != self._seen, now
        return changed

    def close(self) -> None:
        """Nothing of its own to close: it asks the registry's connection."""


class ServerChanges:
    def __init__(self, db: Any) -> None:
        self.db = db
        self.own_pid = db.conn.backend_pid
        self.listener: Any = None
        self._listen()

    def _listen(self) -> None:
        from desktop_app.registry.engine import postgres

        try:
            self.listener = postgres.connect(self.db.url).conn.raw
            self.listener.execute(f"LISTEN {postgres.CHANNEL}")
        except Exception:  # the server is away: say "changed" at the next question and try again
            self.listener = None

    def changed(self) -> bool:
        if self.listener is None or self.listener.closed:
            self._listen()
            return True
        try:
            notices = list(self.listener.notifies(timeout=0))
        except Exception:
            self.close()
            return True
        return any(n.pid != self.own_pid for n in notices)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None


def watch(db: Any) -> FileChanges | ServerChanges:
    """The watcher for an open registry database (Registry.changes())."""
    return FileChanges(db) if engine_of(db).name == "sqlite" else ServerChanges(db)
