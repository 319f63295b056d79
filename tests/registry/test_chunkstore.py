"""Chunked backups (registry/chunkstore.py): a backup reassembles byte for byte into a verified
database, backups share their unchanged chunks, a killed backup never counts, rotation removes the
chunks no kept backup names (and never the newest good backup), and restore takes a chunked backup
through the candidate path."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry, chunkstore, safety
from desktop_app.registry.safety import backups_dir

from .disks import ROOT
from .helpers import signed

pytestmark = pytest.mark.sqlite_only  # the chunked backups of a SQLite file (a server: pg_dump, tests/server)


def manifests(db_path: Path) -> list[Path]:
    return sorted(backups_dir(db_path).glob(f"*{chunkstore.SUFFIX}"))


def chunk_files(db_path: Path) -> set[str]:
    return {p.name for p in chunkstore.chunks_dir(backups_dir(db_path)).glob("*/*")}


@pytest.fixture
def filled(registry):
    registry.demo(1500)
    return registry


def test_a_backup_reassembles_byte_for_byte_into_a_verified_database(filled, db_path, tmp_path):
    made = filled.backup()
    plain = filled.backup(tmp_path / "plain.sqlite")  # the same pages, as one file
    out = tmp_path / "reassembled.sqlite"
    entry = chunkstore.reassemble(made, out)
    assert out.read_bytes() == plain.read_bytes()
    assert entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest() and entry.size == out.stat().st_size
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 1500
    conn.close()
    assert entry.verified == "quick_check" and not list(backups_dir(db_path).glob("*.sqlite*"))


def test_a_second_backup_stores_only_the_chunks_that_changed(filled, db_path):
    size = chunkstore.read(filled.backup()).size
    _, first = chunkstore.stored_bytes(backups_dir(db_path))
    filled.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    filled.backup()
    _, both = chunkstore.stored_bytes(backups_dir(db_path))
    assert first < size / 3  # compressed
    assert both - first < first / 2  # the second shares most chunks (of ~40 here; at 1M: docs/registry.md)
    used = filled.backup_space()
    assert used["backups"] == 2 and used["bytes"] < used["as_full_copies_bytes"] / 2


def test_a_damaged_chunk_or_a_missing_one_is_named_and_nothing_half_written_stays(filled, db_path, tmp_path):
    made = filled.backup()
    names = chunkstore.read(made).chunks
    victim = chunkstore.chunk_path(backups_dir(db_path), names[len(names) // 2])
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(StorageError, match=f"第 {len(names) // 2 + 1} 块数据已损坏"):
        chunkstore.reassemble(made, tmp_path / "out.sqlite")
    victim.unlink()
    with pytest.raises(StorageError, match="缺少第"):
        chunkstore.reassemble(made, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


KILLED = """
import os, signal, sys
sys.path.insert(0, {root!r})
from desktop_app.registry import Registry, chunkstore
write, written = chunkstore._write_file, []
def write_then_die(target, data):
    write(target, data)
    written.append(target)
    if len(written) == 5:  # killed in the middle of storing the chunks
        os.kill(os.getpid(), signal.SIGKILL)
chunkstore._write_file = write_then_die
with Registry.open(sys.argv[1], auto_backup=False) as registry:
    registry.backup()
"""


def test_a_killed_chunked_backup_never_counts_and_its_chunks_go_at_the_next_rotation(filled, db_path):
    filled.close()
    child = subprocess.run([sys.executable, "-c", KILLED.format(root=str(ROOT)), str(db_path)])
    assert child.returncode == -signal.SIGKILL
    assert len(chunk_files(db_path)) == 5  # chunks written, no manifest names them
    assert manifests(db_path) == [] and safety.newest_backup(db_path) is None
    assert not safety.backed_up_today(db_path)
    with Registry.open(db_path, auto_backup=False) as again:
        assert again.daily_backup().status == "made"
    made = manifests(db_path)
    assert len(made) == 1 and chunk_files(db_path) == set(chunkstore.read(made[0]).chunks)


def test_rotation_removes_the_chunks_only_dropped_backups_named(filled, db_path):
    start = datetime(2026, 1, 1, 9)
    for day in range(12):  # a change and a backup a day; the retention thins them
        filled.register("outgoing", signed(title=f"关于第{day}天工作的通知", assign_number=True))
        filled.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        safety.backup(filled.db, db_path, now=start + timedelta(days=day))
    kept = manifests(db_path)
    assert 3 <= len(kept) < 12
    named = set().union(*(chunkstore.read(m).chunks for m in kept))
    assert chunk_files(db_path) == named  # nothing else is left in the store
    for manifest in kept:  # and each kept backup is whole
        assert chunkstore.reassemble(manifest, db_path.parent / "check.sqlite").size > 0
    (db_path.parent / "check.sqlite").unlink()


def test_rotation_never_removes_the_newest_good_backup_however_old(filled, db_path):
    safety.backup(filled.db, db_path, now=datetime(2023, 5, 1, 9))
    only = manifests(db_path)
    safety.prune(db_path, now=datetime(2026, 6, 1, 9))
    assert manifests(db_path) == only and chunk_files(db_path) == set(chunkstore.read(only[0]).chunks)


def test_restore_takes_a_chunked_backup_through_the_candidate_path(filled, db_path):
    filled.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    saved = filled.backup()
    filled.register("outgoing", signed(title="关于教育经费的通知", assign_number=True))
    result = filled.restore(saved)
    assert result["restored_from"] == str(saved) and result["records"] == 1501
    assert filled.search_ids("教育经费") == [] and len(filled.search_ids("防汛物资")) == 1
    assert filled.check()["ok"] and not list(db_path.parent.glob("*.restoring*"))


def test_restore_refuses_a_chunked_backup_with_a_missing_chunk_and_changes_nothing(filled, db_path):
    saved = filled.backup()
    filled.register("outgoing", signed(title="关于教育经费的通知", assign_number=True))
    victim = chunkstore.read(saved).chunks[3]
    chunkstore.chunk_path(backups_dir(db_path), victim).unlink()
    with pytest.raises(StorageError, match="缺少第 4 块数据.*未恢复，当前数据库保持不变"):
        filled.restore(saved)
    assert len(filled.search_ids("教育经费")) == 1 and filled.count("") == 1501
    assert not list(db_path.parent.glob("*.restoring*"))


def test_a_manifest_that_is_not_one_is_refused_in_one_line(registry, db_path, tmp_path):
    bogus = tmp_path / f"bogus{chunkstore.SUFFIX}"
    bogus.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(StorageError, match="不是可读的公文流转助手备份清单"):
        registry.restore(bogus)


def test_a_named_backup_stays_one_plain_sqlite_file(registry, tmp_path):
    named = registry.backup(tmp_path / "交接.sqlite")
    assert named.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not chunkstore.chunks_dir(tmp_path).exists()


def test_the_store_lock_is_released_when_its_holder_dies(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", (
        f"import sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\nfrom desktop_app.registry import chunkstore\n"
        f"with chunkstore.lock(Path({str(tmp_path)!r})):\n    print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with chunkstore.lock(tmp_path):  # would wait forever if the dead process still held it
        pass


def test_a_manifest_that_cannot_be_read_keeps_every_chunk_at_rotation(filled, db_path):
    # Its chunks are unknown while it cannot be read (a passing read error, a damaged byte, a newer
    # format): nothing is collected, so it is whole again once it reads (e.g. put back from a copy).
    start = datetime(2026, 1, 1, 9)
    for day in range(3):
        filled.register("outgoing", signed(title=f"关于第{day}天工作的通知", assign_number=True))
        filled.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        safety.backup(filled.db, db_path, now=start + timedelta(days=day))
    oldest, *_, newest = manifests(db_path)
    before, text = chunk_files(db_path), newest.read_bytes()
    newest.write_bytes(text[:-9])  # cut short: no longer JSON
    oldest.unlink()  # as the rotation drops a backup
    with chunkstore.lock(backups_dir(db_path)):
        assert chunkstore.collect(backups_dir(db_path)) == 0
    assert chunk_files(db_path) == before
    newest.write_bytes(text)
    assert chunkstore.reassemble(newest, db_path.parent / "check.sqlite").size > 0


def test_a_damaged_chunk_is_found_in_its_turn_and_written_again_from_the_database(filled, tmp_path):
    """A reused chunk is read back one day in seven (by its name): a bad sector under it is then
    repaired from the database's bytes, and the older backups that name it restore again."""
    plain = filled.backup(tmp_path / "plain.sqlite")
    folder = tmp_path / "backups"
    folder.mkdir()
    first = chunkstore.store(plain, folder / "a.backup.json", "2026-12-01T18:00:00")
    digest = first.chunks[len(first.chunks) // 2]
    damaged = chunkstore.chunk_path(folder, digest)
    damaged.write_bytes(b"\x00" * 100)
    due = int(digest[:2], 16) % chunkstore.CHECK_DAYS
    days = [datetime(2026, 12, 2) + timedelta(days=n) for n in range(chunkstore.CHECK_DAYS)]
    other = next(d for d in days if d.toordinal() % chunkstore.CHECK_DAYS != due)
    turn = next(d for d in days if d.toordinal() % chunkstore.CHECK_DAYS == due)

    later = chunkstore.store(plain, folder / "b.backup.json", other.isoformat())
    assert later.repaired == 0 and damaged.read_bytes() == b"\x00" * 100  # not its day: reused unread
    with pytest.raises(StorageError, match="已损坏"):
        chunkstore.reassemble(folder / "a.backup.json", tmp_path / "out.sqlite")

    checked = chunkstore.store(plain, folder / "c.backup.json", turn.isoformat())
    assert checked.repaired == 1
    chunkstore.reassemble(folder / "a.backup.json", tmp_path / "out.sqlite")
    assert (tmp_path / "out.sqlite").read_bytes() == plain.read_bytes()
