"""Safety: a corrupt, foreign or newer file is refused and left byte for byte untouched; backups are
made once a day (before the first write) and before migrating, kept by the retention; restore checks the
file first and keeps the database it replaces; check reports integrity, foreign keys and number gaps."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry
from desktop_app.registry.safety import KEEP_BACKUPS, backups_dir

from .helpers import incoming_request, refused_by_database, signed


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"NOT A DATABASE!!"
    path.write_bytes(bytes(data))


def corrupt_schema_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the page that holds sqlite_master
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(registry, db_path):
    registry.register("outgoing", signed(assign_number=True))
    registry.register("incoming", incoming_request())
    registry.close()
    return db_path


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage", [corrupt_header, corrupt_schema_page])
def test_a_corrupt_file_is_refused_and_left_untouched(filled, damage):
    damage(filled)
    before = digest(filled)
    with pytest.raises(StorageError) as refused:
        Registry.open(filled)
    assert "restore" in refused.value.one_line() and "备份" in refused.value.one_line()
    assert digest(filled) == before
    assert not Path(str(filled) + "-wal").exists()


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    foreign = tmp_path / "photos.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    with pytest.raises(StorageError, match="其他程序"):
        Registry.open(foreign)
    assert digest(foreign) == before


@pytest.mark.sqlite_only
def test_a_file_from_a_newer_version_is_refused(filled):
    conn = sqlite3.connect(filled)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('docroute', '9999_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="更新版本"):
        Registry.open(filled)


@pytest.mark.sqlite_only
def test_a_new_database_gets_wal_and_foreign_keys(db_path):
    with Registry.open(db_path) as registry:
        assert registry.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert registry.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            registry.db.conn.execute("INSERT INTO series (code, kind) VALUES ('托政测', 'sideways')")


@pytest.mark.sqlite_only
def test_the_daily_backup_waits_for_the_first_write_and_is_made_once(filled):
    with Registry.open(filled) as reading:
        reading.search_ids("防汛")
        reading.get(1)
        reading.export(filled.parent / "登记簿.csv")
    assert not backups_dir(filled).exists()  # reads never wait for a full copy
    for _ in range(2):
        with Registry.open(filled) as writing:
            writing.register("incoming", incoming_request())
            writing.register("incoming", incoming_request())
    assert len(list(backups_dir(filled).glob("*.backup.json"))) == 1


@pytest.mark.sqlite_only
def test_backups_of_one_day_are_pruned_to_the_newest_few(registry, db_path):
    made = [registry.backup() for _ in range(KEEP_BACKUPS + 3)]
    kept = sorted(backups_dir(db_path).glob("*.backup.json"))
    assert len(kept) == KEEP_BACKUPS
    assert made[-1] in kept and made[0] not in kept


@pytest.mark.sqlite_only
def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(registry, db_path):
    registry.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    saved = registry.backup()
    registry.register("outgoing", signed(title="关于教育经费的通知", assign_number=True))
    result = registry.restore(saved)
    assert registry.search_ids("教育经费") == []
    assert len(registry.search_ids("防汛物资")) == 1
    kept = Registry.open(result["replaced_saved_as"], auto_backup=False)
    assert len(kept.search_ids("教育经费")) == 1
    kept.close()
    # The number given after the backup is lost with the restore; numbering continues from the backup.
    assert registry.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕2号"


@pytest.mark.sqlite_only
def test_restore_refuses_a_corrupt_backup_and_changes_nothing(registry, db_path, tmp_path):
    registry.register("outgoing", signed(assign_number=True))
    bad = registry.backup(tmp_path / "bad.sqlite")
    corrupt_schema_page(bad)
    with pytest.raises(StorageError, match="损坏|完整性"):
        registry.restore(bad)
    assert registry.count("") == 1 and registry.check()["ok"]


@pytest.mark.sqlite_only
def test_check_finds_damage_inside_the_data(filled):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO step_actions (record_id, step_order, action, by_person, by_name, on_date, "
                 "recorded_at) VALUES (999, 1, 'sign', 'x', 'x', '2026-01-01', 'x')")
    conn.commit()
    conn.close()
    with Registry.open(filled) as registry:
        result = registry.check()
    assert result["ok"] is False and result["foreign_keys"]
    assert "restore" in result["hint"]


def test_check_verifies_the_seal_ledger_through_its_hook(registry):
    ledger = registry.check()["seal_ledger"]
    assert ledger["checked"] is True and ledger["ok"] is True and ledger["entries"] == 0


def test_the_audit_log_and_the_numbers_cannot_be_rewritten(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    with pytest.raises(refused_by_database(registry)):
        registry.db.conn.execute("DELETE FROM audit_log")
    with pytest.raises(refused_by_database(registry)):
        registry.db.conn.execute("DELETE FROM numbers")
    registry.db.conn.rollback()
    assert [entry["action"] for entry in registry.audit(record["id"])] == ["register", "record_step", "assign_number"]


@pytest.mark.sqlite_only
def test_a_full_disk_saves_nothing_and_says_so(registry):
    registry.register("outgoing", signed(assign_number=True))
    pages = registry.db.conn.execute("PRAGMA page_count").fetchone()[0]
    registry.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
    with pytest.raises(StorageError, match="没有保存任何内容"):
        registry.demo(300)
    registry.db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert registry.count("") == 1 and registry.check()["ok"]
    assert registry.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕2号"


def test_check_notices_a_changed_or_missing_attachment(registry, tmp_path):
    source = tmp_path / "附件.pdf"
    source.write_bytes(b"%PDF-1.4 original")
    record = registry.register("outgoing", signed())
    stored = Path(registry.add_attachment(record["id"], source)["path"])
    assert registry.check()["ok"]
    stored.write_bytes(b"%PDF-1.4 tampered")
    result = registry.check()
    assert result["ok"] is False and result["attachments"][0]["problem"] == "文件内容与登记时不一致"
    stored.unlink()
    assert registry.check()["attachments"][0]["problem"] == "文件缺失"


@pytest.mark.sqlite_only
def test_check_full_finds_an_index_that_lost_rows(filled):
    # An index emptied behind SQLite's back but declared as the golden one: the schema agrees, every
    # page is sound (quick_check), and only integrity_check's index-against-table pass sees it.
    conn = sqlite3.connect(filled)
    golden = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'records_status_sort'").fetchone()[0]
    conn.execute("DROP INDEX records_status_sort")
    conn.execute("CREATE INDEX records_status_sort ON records(status, sort_key) WHERE 0")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'records_status_sort'", [golden])
    conn.commit()
    conn.close()
    with Registry.open(filled, auto_backup=False) as registry:
        assert registry.check()["ok"] is True and registry.check()["page_check"] == "quick_check"
        full = registry.check(full=True)
    assert full["ok"] is False and "records_status_sort" in full["problems"][0]


@pytest.mark.sqlite_only
def test_a_replaced_copy_kept_by_an_earlier_version_is_never_pruned(registry, db_path):
    old_style = registry.backup(backups_dir(db_path) / "docroute-20250101-090000-000000-replaced.sqlite")
    for _ in range(KEEP_BACKUPS + 1):
        registry.backup()
    assert old_style.is_file() and registry.last_backup() != old_style
