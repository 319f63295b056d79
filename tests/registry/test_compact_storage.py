"""Migration 0014: a file stops storing the search text and the second copies of its keys. An office's
older file comes through with every record, step, number and plan as it was, searchable exactly as a
scan of the records' texts, and a text that had been stored stale is found by what the record says."""
from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from desktop_app.registry import Registry, search_index
from desktop_app.registry.database import apply_migrations, applied_migrations, connect, migration_files
from desktop_app.registry.search import Filters, scan_ids

from .helpers import incoming_request, older_copy, outgoing_request

KEPT = {  # what must come through unchanged, table by table, in the key's order
    "records": "SELECT id, kind, status, title, doc_type, date, due, series, year, serial, number, receipt_year, "
               "receipt_serial, receipt_number, sender, sender_number, lead_department, recipients, classification, "
               "urgency, publicity, copies, fields, void_reason, sort_key, created_at, updated_at, plan_id, direction "
               "FROM records ORDER BY id",
    "step_actions": "SELECT * FROM step_actions ORDER BY record_id, step_order",
    "numbers": "SELECT * FROM numbers ORDER BY series, year, serial",
    "plans": "SELECT * FROM plans ORDER BY id",
}


def older_file(tmp_path, org_json, below: str = "0014"):
    """A file before migration `below` (by default at 0013, search text stored) holding what a newer one made."""
    source = tmp_path / "new.sqlite"
    with Registry.open(source) as made:
        made.import_org(org_json)
        made.demo(600)
        made.register("outgoing", outgoing_request(title="关于做好冬季防汛工作的通知"))
        made.register("incoming", incoming_request(sender_number="托水发[2026]15号"))
    old = tmp_path / "old.sqlite"
    db = connect(old)
    older_copy(db, source, below, ("departments", "people", "portfolios", "series", "series_counters", "plans",
                                    "records", "numbers", "step_actions", "audit_log"))
    return db, old


def test_an_older_file_keeps_every_row_and_searches_as_a_scan(tmp_path, org_json):
    db, old = older_file(tmp_path, org_json)
    before = {table: db.conn.execute(sql).fetchall() for table, sql in KEPT.items()}
    db.close()
    with Registry.open(old) as registry:
        conn = registry.db.conn
        assert "0014_compact_storage" in applied_migrations(registry.db)
        assert {table: conn.execute(sql).fetchall() for table, sql in KEPT.items()} == before
        columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
        assert "search_text" not in columns
        shapes = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        assert shapes["step_actions"].endswith("WITHOUT ROWID") and shapes["numbers"].endswith("WITHOUT ROWID")
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the rebuild
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert search_index.verify(conn)["ok"]
        for text in ["县", "雹", "龘", "防汛", "关于", "冬季防汛", "〔2026〕1", "收文〔", "托水发[2026]", "托水发［2026］"]:
            assert registry.search_ids(text) == scan_ids(registry.db, text, Filters(), use_like=True), text
        assert registry.check()["ok"]
        # Writing goes on as before: a new record is found, an edited one by its new words only.
        new = registry.register("outgoing", outgoing_request(title="关于春季植树造林的通知"))
        assert registry.search_ids("植树造林") == [new["id"]]


def test_a_text_stored_stale_is_indexed_again_from_the_record(tmp_path, org_json):
    db, old = older_file(tmp_path, org_json)
    # An older version's text that no longer matches the record (the title was edited without it).
    stale = db.conn.execute("SELECT id FROM records WHERE title = '关于做好冬季防汛工作的通知'").fetchone()[0]
    with db.conn:
        db.conn.execute("DROP TRIGGER records_search_update")
        db.conn.execute("UPDATE records SET title = '关于做好春季植树工作的通知' WHERE id = ?", [stale])
    db.close()
    with Registry.open(old) as registry:
        assert stale in registry.search_ids("春季植树")
        assert stale not in registry.search_ids("冬季防汛")
        assert search_index.verify(registry.db.conn)["ok"]
        assert registry.check()["ok"]


def test_a_rebuild_that_fails_leaves_the_older_file_as_it_was(tmp_path, org_json):
    db, old = older_file(tmp_path, org_json)
    db.close()
    # The same migration failing half-way, after the old records and step tables were dropped.
    broken = tmp_path / "0014_compact_storage.sql"
    text = next(f for f in migration_files() if f.stem == "0014_compact_storage").read_text(encoding="utf-8")
    broken.write_text(text.replace("DROP TABLE step_actions;", "DROP TABLE step_actions;\nSELECT no_such_function();"),
                      encoding="utf-8")
    db = connect(old)
    tables = db.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    rows = {table: db.conn.execute(sql).fetchall() for table, sql in KEPT.items()}
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(db, [broken])
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == tables
    assert {table: db.conn.execute(sql).fetchall() for table, sql in KEPT.items()} == rows
    assert "0014_compact_storage" not in applied_migrations(db)
    db.close()
    with Registry.open(old) as registry:  # and the real one applies afterwards
        assert "0014_compact_storage" in applied_migrations(registry.db)
        assert registry.check()["ok"]


def test_two_records_with_the_same_plan_share_it(registry):
    first = registry.register("outgoing", outgoing_request())
    second = registry.register("outgoing", outgoing_request(title="关于另一件事的通知"))
    plan_ids = registry.db.conn.execute("SELECT plan_id FROM records WHERE id IN (?, ?)",
                                        [first["id"], second["id"]]).fetchall()
    assert plan_ids[0] == plan_ids[1]
    assert registry.db.conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1


@pytest.mark.sqlite_only
def test_a_file_indexed_under_another_unicode_version_is_indexed_again(db_path, org_json):
    with Registry.open(db_path) as registry:
        registry.import_org(org_json)
        registry.demo(200)
        conn = registry.db.conn
        assert conn.execute("SELECT value FROM office_settings WHERE key = 'search_text_unicode'").fetchone()[0] \
            == unicodedata.unidata_version
        # Postings as another version might have made them: one record's lost, a stray one added.
        key, text = conn.execute(f"SELECT sort_key, {search_index.text_sql()} FROM records LIMIT 1").fetchone()
        with conn:
            conn.execute("INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', ?, ?)",
                         [key, search_index.pairs_tokens(text)])
            conn.execute("INSERT INTO search_chars (rowid, chars) VALUES (?, '龘')", [key])
            conn.execute("UPDATE office_settings SET value = '13.0.0' WHERE key = 'search_text_unicode'")
        assert not search_index.verify(conn)["ok"]
    with Registry.open(db_path) as registry:
        conn = registry.db.conn
        assert search_index.verify(conn)["ok"]
        assert registry.search_ids("龘") == []
        assert conn.execute("SELECT value FROM office_settings WHERE key = 'search_text_unicode'").fetchone()[0] \
            == unicodedata.unidata_version


@pytest.mark.sqlite_only
def test_a_backup_indexed_under_another_unicode_version_restores_indexed_again(db_path, org_json):
    with Registry.open(db_path) as registry:
        registry.import_org(org_json)
        registry.demo(200)
        conn = registry.db.conn
        key, text = conn.execute(f"SELECT sort_key, {search_index.text_sql()} FROM records LIMIT 1").fetchone()
        with conn:  # as another Python's Unicode tables might have posted it
            conn.execute("INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', ?, ?)",
                         [key, search_index.pairs_tokens(text)])
            conn.execute("UPDATE office_settings SET value = '13.0.0' WHERE key = 'search_text_unicode'")
        backup = registry.backup()
        with conn:
            conn.execute("UPDATE office_settings SET value = ? WHERE key = 'search_text_unicode'",
                         [unicodedata.unidata_version])
        registry.restore(backup)
        assert search_index.verify(conn)["ok"] and registry.check()["ok"]
        assert conn.execute("SELECT value FROM office_settings WHERE key = 'search_text_unicode'").fetchone()[0] \
            == unicodedata.unidata_version
