"""Lists that stay current (registry/changes.py): a watcher tells the window, cheaply, that another
connection — another clerk's PC, another program — has committed, and not for the window's own writes."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry

from .helpers import incoming_request, signed


def test_a_registration_by_another_clerk_is_noticed_once(registry, db_path):
    watcher = registry.changes()
    try:
        assert watcher.changed() is False
        registry.register("outgoing", signed())  # this window's own write: it refreshes itself
        assert watcher.changed() is False
        with Registry.open(db_path, auto_backup=False) as other:
            other.register("incoming", incoming_request())
        assert watcher.changed() is True
        assert watcher.changed() is False  # once per change
        with Registry.open(db_path, auto_backup=False) as other:
            other.search_ids("防汛")  # reading changes nothing
        assert watcher.changed() is False
    finally:
        watcher.close()


def test_a_change_that_rolled_back_is_not_a_change(registry, db_path):
    from desktop_app.registry.database import write

    watcher = registry.changes()
    try:
        with Registry.open(db_path, auto_backup=False) as other:
            try:
                with write(other.db):
                    other.db.conn.execute("DELETE FROM calendar_days")
                    raise KeyboardInterrupt
            except KeyboardInterrupt:
                pass
        assert watcher.changed() is False
    finally:
        watcher.close()


def test_a_server_that_is_away_is_asked_again_only_every_thirty_seconds(registry, monkeypatch):
    if registry.engine == "sqlite":
        pytest.skip("a file is never away")
    from desktop_app.domain.errors import StorageError
    from desktop_app.registry import changes
    from desktop_app.registry.engine import postgres

    watcher = registry.changes()
    tries = []

    def away(*_args, **_kwargs):
        tries.append(1)
        raise StorageError("无法连接数据库服务器")

    monkeypatch.setattr(postgres, "connect", away)
    clock = [1000.0]
    monkeypatch.setattr(changes.time, "monotonic", lambda: clock[0])
    watcher.close()  # the listening connection is lost
    watcher._next_try = 0.0
    assert watcher.changed() is False and tries == [1]  # tried once, the server is away
    for _ in range(10):  # the window asks every two seconds: no new try for 30 s, no freeze
        clock[0] += 2
        assert watcher.changed() is False
    assert tries == [1]
    monkeypatch.undo()
    monkeypatch.setattr(changes.time, "monotonic", lambda: clock[0] + 31)
    assert watcher.changed() is True  # back: the lists are read again
    watcher.close()
