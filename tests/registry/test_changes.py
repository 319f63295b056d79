"""Lists that stay current (registry/changes.py): a watcher tells the window, cheaply, that another
connection — another clerk's PC, another program — has committed, and not for the window's own writes."""
from __future__ import annotations

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

