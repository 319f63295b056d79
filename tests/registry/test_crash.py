"""A process killed with SIGKILL in the middle of registering leaves a database that passes `check` and
holds only whole records: each with its plan, its number and its audit entry. Killed inside a bulk
load (the demo: one transaction, its rows made by a second process), nothing of the load is there, the
search triggers it had set aside are back, and the second process does not outlive it."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.registry import Registry
from desktop_app.registry.search import stored_text_sql

from .helpers import signed

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from tests.registry.helpers import incoming_request, signed
    from desktop_app.registry import Registry
    with Registry.open(sys.argv[1], auto_backup=False) as registry:
        if sys.argv[2] == "demo":
            registry.demo(200_000)
        for i in range(100_000):
            if i % 3:
                registry.register("outgoing", signed(assign_number=True))
            else:
                registry.register("incoming", incoming_request())
""")


def _count(path: Path | str) -> int:
    if isinstance(path, str):  # a server: the writer's own database, read as the administrator
        from tests import pg

        return pg.sql(path, "SELECT count(*) FROM records")[0][0]
    conn = sqlite3.connect(path, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        conn.close()


def _wal_size(path: Path | str) -> int:
    """How far the load is into its one transaction: the file's WAL; on a server, how long the writer's
    transaction has been open (a second of loading stands for 10 MB of WAL)."""
    if isinstance(path, str):
        from tests import pg

        age = pg.sql(path, "SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND application_name = 'DocRoute' "
                           "AND xact_start IS NOT NULL")[0][0]
        return int(float(age) * (10 << 20))
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def _triggers(registry) -> set[str]:
    if registry.engine == "sqlite":
        return {r[0] for r in registry.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return {r[0] for r in registry.db.conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("mode", ["register", "demo"])
def test_sigkill_mid_registration_leaves_only_whole_records(registry, db_path, mode):
    registry.close()
    child = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT)), str(db_path), mode],
                             stderr=subprocess.PIPE)
    deadline = time.time() + 60
    if mode == "demo":  # until the load has written a good part of its one transaction
        while _wal_size(db_path) < 40 << 20 and _count(db_path) == 0 and time.time() < deadline:
            time.sleep(0.05)
    else:
        while _count(db_path) < 150 and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # land the kill somewhere inside a transaction, not between two
    makers = _children(child.pid)  # the demo's second process, making the rows (demo_worker.py)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    if mode == "demo":
        assert makers, "the demo made its rows in this process"
        assert _count(db_path) in (0, 200_000)  # the load landed whole or not at all
        deadline = time.time() + 20  # and the row maker does not outlive the writer
        while any(_alive(pid) for pid in makers) and time.time() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in makers)

    with Registry.open(db_path) as reopened:
        assert reopened.check()["ok"]
        db = reopened.db.conn
        total = db.execute("SELECT count(*) FROM records").fetchone()[0]
        assert total >= (0 if mode == "demo" else 150)
        assert {"records_search_insert", "records_search_update", "records_search_delete"} <= _triggers(reopened)
        assert db.execute("SELECT count(*) FROM records WHERE plan_id IS NULL").fetchone()[0] == 0
        # Every outgoing record numbered by the writer has its number row and its sign step.
        assert db.execute("SELECT count(*) FROM records r WHERE r.number IS NOT NULL AND NOT EXISTS "
                          "(SELECT 1 FROM numbers n WHERE n.record_id = r.id)").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM records r WHERE r.status = 'numbered' AND NOT EXISTS "
                          "(SELECT 1 FROM step_actions s WHERE s.record_id = r.id AND s.action = 'sign')"
                          ).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM records WHERE kind = 'incoming' AND receipt_number IS NULL"
                          ).fetchone()[0] == 0
        if mode == "register":
            assert db.execute("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                              "WHERE a.record_id = r.id AND a.action = 'register')").fetchone()[0] == 0
        # The search index holds exactly the records there are, so a two-character search still finds all.
        assert reopened.count("防汛") == db.execute(
            f"SELECT count(*) FROM records WHERE instr({stored_text_sql(reopened.db)}, '防汛') > 0").fetchone()[0]
        # And numbering carries on from where it stopped, without a gap.
        next_record = reopened.register("outgoing", signed(assign_number=True))
        assert reopened.check()["number_gaps"] == []
        assert next_record["serial"] == db.execute(
            "SELECT max(serial) FROM numbers WHERE series = '托政发' AND year = 2026").fetchone()[0]
