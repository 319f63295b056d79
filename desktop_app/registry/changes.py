"""Has another clerk changed the registry? A question cheap enough to ask every two seconds, so that the
open lists and 待办 show a document another PC (or another program on this PC) has just registered.
Qt-free: the window asks it from a timer (ui/change_watch.py), a script may ask it in a loop.

- A file: SQLite's `PRAGMA data_version`, which changes when another connection has committed to the
  file since this connection last asked (this connection's own writes do not count: the window
  refreshes itself after them). No write, no lock, a few microseconds.
- A server: every write transaction sends NOTIFY docroute_changes before it commits, which PostgreSQL
  delivers only if it commits (engine/postgres.py); a connection of its own LISTENs, and notices from
  this window's own connection are left out. A lost connection counts as a change (the lists are read
  again, which is harmless); it is made again at most every 30 seconds while the server is away, and
  counts as a change once it is back."""
from __future__ import annotations

import time
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
    RETRY_S = 30.0  # a server that is away is asked again this often, not at every question

    def __init__(self, db: Any) -> None:
        self.db = db
        self.listener: Any = None
        self._next_try = 0.0
        self._listen()

    def _listen(self) -> None:
        from desktop_app.registry.engine import postgres

        self._next_try = time.monotonic() + self.RETRY_S
        try:
            self.listener = postgres.connect(self.db.url).conn.raw
            self.listener.execute(f"LISTEN {postgres.CHANNEL}")
        except Exception:  # the server is away: try again after RETRY_S
            self.listener = None

    def changed(self) -> bool:
        if self.listener is None or self.listener.closed:
            # Connecting waits up to connect_timeout on a server that is away; the window asks every
            # two seconds, so only every RETRY_S. Once back, the lists are read again (all may have changed).
            if time.monotonic() < self._next_try:
                return False
            self._listen()
            return self.listener is not None
        try:
            notices = list(self.listener.notifies(timeout=0))
        except Exception:
            self.close()
            return True
        own = self.db.conn.backend_pid  # read now: the registry's connection may have been opened again
        return any(n.pid != own for n in notices)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None


def watch(db: Any) -> FileChanges | ServerChanges:
    """The watcher for an open registry database (Registry.changes())."""
    return FileChanges(db) if engine_of(db).name == "sqlite" else ServerChanges(db)
