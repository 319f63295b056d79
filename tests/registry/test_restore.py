"""Restore: a backup is copied beside the database, migrated and verified as a copy, and only then
swapped in; any problem refuses it with the first difference named and leaves the live database
byte for byte as it was. Each bad backup here is a real backup file altered with sqlite3."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry
from desktop_app.registry.database import sql_functions
from desktop_app.registry.search_index import text_sql
from desktop_app.registry.safety import KEEP_BACKUPS, backups_dir

from .helpers import incoming_request, signed

pytestmark = pytest.mark.sqlite_only  # the backup and restore of a SQLite file (a server: tests/server)


def state(path: Path) -> str:
    """The live database as a clerk has it: the main file after folding in the WAL."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def alter(path: Path, *statements: str, writable_schema: bool = False) -> None:
    conn = sql_functions(sqlite3.connect(path))  # what a change of a searchable column needs (0014)
    conn.execute("PRAGMA foreign_keys = OFF")
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def saved(registry, tmp_path):
    """A real backup of a registry with three records, and the live registry moved on since."""
    registry.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    registry.register("incoming", incoming_request())
    registry.register("outgoing", signed(title="关于冬季安全生产的通知"))
    backup = registry.backup(tmp_path / "saved.sqlite")
    registry.register("outgoing", signed(title="关于教育经费的通知", assign_number=True))
    return backup


def refused_and_unchanged(registry, backup: Path, *expected: str) -> str:
    """Restores `backup`, expecting a refusal naming `expected`; the live database must be exactly as it
    was, still open and writable, with nothing left beside it."""
    registry.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = state(registry.path)
    with pytest.raises(StorageError) as refused:
        registry.restore(backup)
    message = refused.value.one_line()
    assert "未恢复，当前数据库保持不变" in message
    for text in expected:
        assert text in message, message
    assert state(registry.path) == before
    assert registry.count("") == 4 and len(registry.search_ids("教育经费")) == 1
    assert not list(registry.path.parent.glob("*.restoring*"))
    assert not list(backups_dir(registry.path).glob("*replaced*"))
    return message


def test_the_issue_repro_a_backup_whose_migration_fails_changes_nothing(registry, saved):
    alter(saved, "DELETE FROM _sqlite_migrations WHERE name = '0006_shared_plans'")
    refused_and_unchanged(registry, saved, "0006_shared_plans")
    registry.close()
    # Every later open works and makes no further backups of an unchanged database.
    for _ in range(3):
        with Registry.open(registry.path) as again:
            assert again.check()["ok"] and again.count("") == 4
    assert not list(backups_dir(registry.path).glob("*before*"))


def test_a_planted_trigger_is_named_and_refused(registry, saved):
    alter(saved, "CREATE TRIGGER keep_titles AFTER INSERT ON records BEGIN "
                 "UPDATE records SET title = 'HACKED'; END")
    refused_and_unchanged(registry, saved, "多出触发器 keep_titles")
    assert registry.register("outgoing", signed())["title"] != "HACKED"


def test_dropped_append_only_triggers_are_named(registry, saved):
    alter(saved, "DROP TRIGGER audit_no_delete", "DROP TRIGGER audit_no_update")
    refused_and_unchanged(registry, saved, "缺少触发器 audit_no_delete", "另有 1 处问题")


def test_a_removed_check_constraint_is_named(registry, saved):
    alter(saved, "UPDATE sqlite_master SET sql = replace(sql, ' CHECK (serial >= 1)', '') WHERE name = 'numbers'",
          writable_schema=True)
    refused_and_unchanged(registry, saved, "表 numbers 的列 serial 与标准结构不同", "CHECK (serial >= 1)")


def test_a_table_rebuilt_without_its_checks_is_named(registry, saved):
    # The way a hand-editing tool does it: a new table without the CHECKs, the rows copied over.
    alter(saved, "CREATE TABLE calendar_days_new (day TEXT PRIMARY KEY, is_workday INTEGER NOT NULL, "
                 "note TEXT NOT NULL DEFAULT '')",
          "INSERT INTO calendar_days_new SELECT * FROM calendar_days", "DROP TABLE calendar_days",
          "ALTER TABLE calendar_days_new RENAME TO calendar_days")
    refused_and_unchanged(registry, saved, "表 calendar_days 的列 is_workday")


def _postings(path: Path, where: str) -> tuple[int, str]:
    from desktop_app.registry.search_index import pairs_tokens

    conn = sql_functions(sqlite3.connect(path))
    key, text = conn.execute(f"SELECT sort_key, {text_sql()} FROM records WHERE {where}").fetchone()
    conn.close()
    return key, pairs_tokens(text).replace("'", "''")


def test_missing_search_postings_are_found(registry, saved):
    key, tokens = _postings(saved, f"instr({text_sql()}, '防汛') > 0")
    alter(saved, f"INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', {key}, '{tokens}')")
    refused_and_unchanged(registry, saved, "搜索索引与记录不一致")


def test_a_posting_moved_to_another_record_is_found(registry, saved):
    # The same number of postings, so only the records' own lookups can tell.
    key, tokens = _postings(saved, "sort_key = (SELECT min(sort_key) FROM records)")
    alter(saved, f"INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', {key}, '{tokens}')",
          f"INSERT INTO search_pairs (rowid, pairs) VALUES ((SELECT max(sort_key) + 1 FROM records), '{tokens}')")
    refused_and_unchanged(registry, saved, "搜索索引与记录不一致", "所属记录不同")


def test_a_number_that_no_longer_matches_its_record_is_found(registry, saved):
    alter(saved, "UPDATE records SET number = '托政发〔2026〕9号' WHERE number IS NOT NULL")
    refused_and_unchanged(registry, saved, "托政发〔2026〕1号")


def test_a_broken_reference_is_found(registry, saved):
    alter(saved, "INSERT INTO step_actions (record_id, step_order, action, by_person, by_name, on_date, "
                 "recorded_at) VALUES (999, 1, 'sign', 'x', 'x', '2026-01-01', 'x')")
    refused_and_unchanged(registry, saved, "外键不一致", "step_actions")


def test_a_damaged_page_in_the_backup_is_found(registry, saved):
    damage_deep_page(saved)
    refused_and_unchanged(registry, saved)


def test_a_backup_with_a_hole_in_its_migrations_is_named(registry, saved):
    alter(saved, "DELETE FROM _sqlite_migrations WHERE name = '0003_cosign_replies'")
    refused_and_unchanged(registry, saved, "结构版本记录不连续", "0003_cosign_replies")


def test_a_good_restore_swaps_in_the_backup_and_keeps_the_replaced_database(registry, saved):
    result = registry.restore(saved)
    assert registry.count("") == 3 and registry.search_ids("教育经费") == []
    assert registry.check()["ok"]
    assert result["replaced_verified"] is True
    kept = Path(result["replaced_saved_as"])
    assert kept.parent == backups_dir(registry.path) and "replaced" in kept.name
    with Registry.open(kept, auto_backup=False) as old:
        assert old.count("") == 4
    assert [entry["action"] for entry in _audit(registry)][-1] == "restore"
    # The copy of what was replaced survives any number of daily backups.
    for _ in range(KEEP_BACKUPS + 2):
        registry.backup()
    assert kept.is_file()


def test_another_connection_open_during_the_restore_sees_the_restored_database(registry, saved):
    other = Registry.open(registry.path, auto_backup=False)  # the window's counter thread, another clerk
    try:
        assert other.count("") == 4
        registry.restore(saved)
        assert other.count("") == 3 and other.check()["ok"]
        assert other.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕2号"
    finally:
        other.close()
    assert registry.count("") == 4 and registry.check()["ok"]


def test_restore_mends_a_live_database_with_a_damaged_page(registry, saved):
    registry.demo(400)  # enough pages for one deep inside to hold records
    registry.close()
    damage_deep_page(registry.path)
    with Registry.open(registry.path, auto_backup=False) as damaged:
        assert damaged.check()["ok"] is False
        damaged.restore(saved)
        result = damaged.check()
        assert result["ok"], result["problems"]
        assert damaged.count("") == 3


def damage_deep_page(path: Path) -> None:
    """Overwrites the last b-tree page in use (the first pages hold the schema, which every open reads:
    damage there is refused on open, see test_safety; a page on the freelist would harm nothing)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    target = conn.execute("SELECT max(pageno) FROM dbstat WHERE name != 'sqlite_schema'").fetchone()[0] - 1
    conn.close()
    data = bytearray(path.read_bytes())
    data[target * page_size:(target + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def _audit(registry) -> list[dict]:
    rows = registry.db.conn.execute("SELECT action FROM audit_log ORDER BY id")
    return [{"action": action} for (action,) in rows]
