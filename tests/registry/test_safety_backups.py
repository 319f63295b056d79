"""Backups never lock the office out and never lie: a full disk or a killed backup is a warning and
counts as no backup; a copy is verified before it gets its name; a damaged database is noticed by the
daily backup's verification, said so with what to do, and no longer copied over the good backups."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry, chunkstore
from desktop_app.registry.safety import KEEP_BACKUPS, PARTIAL_SUFFIX, backed_up_today, backups_dir, newest_backup

from .disks import ROOT, docroute_on_tmpfs, docroute_with_file_limit, namespaces
from .helpers import incoming_request, signed

pytestmark = pytest.mark.sqlite_only  # the backup and restore of a SQLite file (a server: tests/server)


def backups(db_path: Path) -> list[Path]:
    return sorted(backups_dir(db_path).glob("*.backup.json"))


def leftovers(db_path: Path) -> list[Path]:
    return list(backups_dir(db_path).glob(f"*{PARTIAL_SUFFIX}*")) if backups_dir(db_path).exists() else []


def as_of_yesterday(path: Path) -> Path:
    """Renames an automatic backup as if it had been made on an earlier day."""
    stem, rest = path.name.split("-", 1)
    older = path.with_name(f"{stem}-20200101-{rest[9:]}")
    path.rename(older)
    return older


def damage_a_records_page(path: Path) -> None:
    """Overwrites one leaf page in the middle of the records table: reads of other records, new
    registrations and backups go on as if nothing happened (SQLite copies pages without reading them)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        leaves = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'records' AND pagetype = 'leaf' ORDER BY pageno")]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a records page with")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = leaves[len(leaves) // 2]
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size + 8:page * page_size] = b"\x5a" * (page_size - 8)
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(registry, db_path):
    registry.demo(600)
    registry.close()
    return db_path


def test_a_backup_is_verified_before_it_gets_its_name(registry, db_path):
    made = registry.backup()
    assert made.name.endswith(".backup.json") and not leftovers(db_path)
    copy = db_path.parent / "reassembled.sqlite"
    chunkstore.reassemble(made, copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_a_damaged_database_is_caught_by_the_daily_backup_and_stops_it(filled, db_path):
    with Registry.open(db_path) as registry:
        registry.register("incoming", incoming_request())  # today's good backup …
    good = [as_of_yesterday(p) for p in backups(db_path)]  # … made yesterday, say
    assert len(good) == 1
    damage_a_records_page(db_path)
    lines = []
    with Registry.open(db_path, warn=lines.append) as registry:
        assert registry.get(1)["id"] == 1  # reads and writes still work …
        registry.register("incoming", incoming_request())
        assert backups(db_path) == good and not leftovers(db_path)  # … but no damaged copy was kept
        assert len(lines) == 1 and "已损坏" in lines[0] and "已停止每日自动备份" in lines[0]
        assert f"docroute restore {good[0]}" in lines[0]
        assert registry.damage() is not None
        with pytest.raises(StorageError, match="已损坏"):
            registry.backup()  # a backup by hand is refused too: it would be a copy of the damage
    # Every later open says so at once, and none makes a copy.
    for _ in range(3):
        lines.clear()
        with Registry.open(db_path, warn=lines.append) as registry:
            registry.register("incoming", incoming_request())
        assert len(lines) == 1 and "已损坏" in lines[0]
    assert backups(db_path) == good
    # Restoring the newest good backup ends it: the mark goes, tomorrow's backup is made again.
    with Registry.open(db_path, auto_backup=False) as registry:
        registry.restore(good[0])
        assert registry.check()["ok"] and registry.damage() is None
    with Registry.open(db_path, warn=lines.append) as registry:
        registry.register("incoming", incoming_request())
    assert backed_up_today(db_path)


def test_rotation_never_trades_good_backups_for_copies_of_a_damaged_database(filled, db_path):
    with Registry.open(db_path, auto_backup=False) as registry:
        good = [as_of_yesterday(registry.backup()) for _ in range(KEEP_BACKUPS)]
    damage_a_records_page(db_path)
    with Registry.open(db_path, auto_backup=False) as registry:
        for _ in range(5):
            assert registry.daily_backup().status == "damaged"
            with pytest.raises(StorageError):
                registry.backup()
    assert backups(db_path) == sorted(good)


def test_check_marks_a_damaged_database_and_clears_the_mark_once_sound(filled, db_path):
    damage_a_records_page(db_path)
    with Registry.open(db_path, auto_backup=False) as registry:
        result = registry.check()
        assert result["ok"] is False and result["integrity"] != ["ok"]
        assert result["problems"][0].startswith("数据页损坏")
        assert registry.damage() is not None


KILLED_BACKUP = """
import sys
sys.path.insert(0, {root!r})
from desktop_app.registry import Registry

with Registry.open(sys.argv[1], auto_backup=False) as registry:
    registry.backup()
"""


def test_a_backup_killed_midway_does_not_count(registry, db_path):
    registry.register("outgoing", signed(assign_number=True))
    # Padding makes the copy take long enough to be killed in the middle.
    registry.db.conn.execute("CREATE TABLE IF NOT EXISTS padding (x)")
    registry.db.conn.execute("INSERT INTO padding VALUES (zeroblob(120 * 1024 * 1024))")
    registry.db.conn.commit()
    registry.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP.format(root=str(ROOT)), str(db_path)])
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.stat().st_size > (1 << 20) for p in leftovers(db_path)):
        time.sleep(0.002)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert leftovers(db_path), "the backup finished before it could be killed"
    assert backups(db_path) == [] and not backed_up_today(db_path) and newest_backup(db_path) is None
    # The next daily backup is made (not skipped as "done today") and the stale part is cleared later.
    for stale in leftovers(db_path):
        os.utime(stale, (time.time() - 7200, time.time() - 7200))
    with Registry.open(db_path, auto_backup=False) as again:
        assert again.daily_backup().status == "made"
    assert len(backups(db_path)) == 1 and not leftovers(db_path)


READS = [["show", "1"], ["search", "防汛"], ["check"]]


def _small_disk_run(tmp_path: Path, db: Path, extra: list[list[str]]) -> list[list]:
    """The CLI with no room for a backup: a tmpfs just larger than the database, else a file-size limit."""
    size = db.stat().st_size
    if namespaces():
        mount = tmp_path / "disk"
        inside = mount / db.name
        commands = [["--db", str(inside), *args] for args in READS + extra]
        return docroute_on_tmpfs(mount, size // 1024 + 700, f"cp {db} {inside}", commands, tmp_path / "out.json")
    return docroute_with_file_limit(size // 2, [["--db", str(db), *args] for args in READS + extra])


def test_a_full_disk_never_stops_reads_and_a_write_only_warns(filled, db_path, tmp_path):
    with Registry.open(db_path, auto_backup=False) as registry:
        registry.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    request = tmp_path / "in.json"
    request.write_text(json.dumps(incoming_request(title="关于磁盘已满时登记的请示"), ensure_ascii=False), "utf-8")
    export = tmp_path / "登记簿.csv"  # to another disk
    results = _small_disk_run(tmp_path, db_path, [["export", "-o", str(export)],
                                                  ["register", "incoming", str(request)],
                                                  ["search", "磁盘已满"]])
    for code, out, err in results[:4]:  # show, search, check, export: as if the disk had room
        assert code == 0 and json.loads(out) and err == "", err
    code, out, err = results[4]  # register: saved, with one warning line
    assert code == 0 and json.loads(out)["title"] == "关于磁盘已满时登记的请示"
    assert err.count("\n") == 1 and "警告" in err and "自动备份没有完成" in err and "Traceback" not in err
    code, out, _ = results[5]
    assert code == 0 and len(json.loads(out)) == 1
    assert export.is_file()
