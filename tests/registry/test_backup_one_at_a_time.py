"""One backup of a database into its backups folder at a time (safety.backing_up): a second one — the
window's daily backup beside a 立即备份, or `docroute backup` in a terminal — says it waits, waits, then
makes its own; a daily backup that waited counts the one made meanwhile instead of copying the file again;
a backup to a named file never waits. And checking a backup file (校验所选备份) in words."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_app.registry import Registry, chunkstore, safety
from desktop_app.registry.safety import backups_dir

pytestmark = pytest.mark.sqlite_only  # the chunked backups of a SQLite file (a server: pg_dump, tests/server)


def manifests(db_path: Path) -> list[Path]:
    return sorted(backups_dir(db_path).glob(f"*{chunkstore.SUFFIX}"))


@pytest.fixture
def filled(registry):
    registry.demo(300)
    return registry


@pytest.fixture
def held_store(monkeypatch):
    """The first backup to store its chunks stops there (its verified copy written, the lock held) until
    the test sets `release`; `stored` is set when it has reached that point."""
    stored, release, store = threading.Event(), threading.Event(), chunkstore.store

    def store_when_released(*args, **kwargs):
        if not stored.is_set():
            stored.set()
            assert release.wait(20)
        return store(*args, **kwargs)

    monkeypatch.setattr(chunkstore, "store", store_when_released)
    return stored, release


def in_thread(db_path: Path, work) -> tuple[threading.Thread, dict]:
    """`work(registry)` in a thread, on a connection of its own (as the window's jobs run)."""
    out: dict = {}

    def run() -> None:
        with Registry.open(db_path, auto_backup=False) as registry:
            out["value"] = work(registry)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_a_second_backup_says_it_waits_then_makes_its_own_and_both_count(filled, db_path, held_store, tmp_path):
    stored, release = held_store
    first, made_first = in_thread(db_path, lambda registry: registry.backup())
    assert stored.wait(20)
    waited = []
    second, made_second = in_thread(db_path, lambda registry: registry.backup(waiting=lambda: waited.append(True)))
    second.join(0.5)
    assert second.is_alive() and waited == [True]  # waiting, and said so, while the first one stores
    assert manifests(db_path) == []
    release.set()
    first.join(20)
    second.join(20)
    assert made_first["value"] != made_second["value"]
    assert manifests(db_path) == sorted([made_first["value"], made_second["value"]])
    for made in manifests(db_path):  # each whole: every chunk there, the file's SHA-256 as recorded
        chunkstore.reassemble(made, tmp_path / "out.sqlite")
        assert sqlite3.connect(tmp_path / "out.sqlite").execute("SELECT count(*) FROM records").fetchone()[0] == 300
    assert not list(backups_dir(db_path).glob("*.partial*"))


def test_the_daily_backup_waits_for_a_backup_under_way_and_counts_it(filled, db_path, held_store):
    stored, release = held_store
    manual, made = in_thread(db_path, lambda registry: registry.backup())
    assert stored.wait(20)
    daily, outcome = in_thread(db_path, lambda registry: registry.daily_backup())
    daily.join(0.5)
    assert daily.is_alive()  # not a second copy of the whole file beside the first
    release.set()
    manual.join(20)
    daily.join(20)
    assert outcome["value"].status == "current" and outcome["value"].path == made["value"]
    assert manifests(db_path) == [made["value"]]


def test_a_backup_to_a_named_file_does_not_wait(filled, db_path, held_store, tmp_path):
    stored, release = held_store
    manual, _made = in_thread(db_path, lambda registry: registry.backup())
    assert stored.wait(20)
    try:
        named = filled.backup(tmp_path / "交接.sqlite")  # the folder's lock is not its business
        assert named.is_file() and manual.is_alive()
    finally:
        release.set()
        manual.join(20)


def test_the_lock_cannot_be_taken_where_a_file_stands_for_the_folder(filled, db_path):
    backups_dir(db_path).write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(safety.StorageError, match="备份失败"):
        filled.backup()


def test_checking_a_backup_file_says_what_it_holds_or_what_is_wrong(filled, db_path, tmp_path):
    made = filled.backup()
    good = safety.check_backup(made)
    assert good.ok and good.records == 300 and good.structure == filled.check()["schema_version"]
    assert not list(backups_dir(db_path).glob("*.verifying"))  # the reassembled copy is gone again
    names = chunkstore.read(made).chunks
    victim = chunkstore.chunk_path(backups_dir(db_path), names[len(names) // 2])
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    damaged = safety.check_backup(made)
    assert not damaged.ok and "已损坏" in damaged.refused
    sqlite3.connect(tmp_path / "empty.sqlite").execute("PRAGMA user_version = 1").connection.close()
    assert safety.check_backup(tmp_path / "empty.sqlite").empty  # a SQLite file without a table
    (tmp_path / "junk.sqlite").write_bytes(b"junk" * 1000)
    assert "不是 SQLite 文件" in safety.check_backup(tmp_path / "junk.sqlite").refused
