"""Migrations: applied in order and recorded; an earlier schema with its data is upgraded (after a
backup) and its records become searchable; the schema equals the golden db/schema.sql."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import sqlite_utils

from desktop_app.registry import Registry
from desktop_app.registry.database import build_migrations, connect, migration_files, schema_sql
from desktop_app.registry.safety import backups_dir

GOLDEN = Path(__file__).resolve().parents[2] / "db" / "schema.sql"
_GOLDEN_HEADER = ("-- Golden schema: what db/migrations produce, as SQLite stores it. Regenerate with\n"
                  "-- python3 -c \"from tests.registry.test_migrations import write_golden; write_golden()\" "
                  "after adding a migration.\n\n")


def fresh_schema(tmp: Path) -> str:
    with Registry.open(tmp / "fresh.sqlite") as registry:
        return schema_sql(registry.db)


def write_golden() -> None:
    import tempfile

    GOLDEN.write_text(_GOLDEN_HEADER + fresh_schema(Path(tempfile.mkdtemp())), encoding="utf-8")


def test_schema_equals_the_golden_schema(tmp_path):
    assert _GOLDEN_HEADER + fresh_schema(tmp_path) == GOLDEN.read_text(encoding="utf-8")


def test_migrations_are_ordered_and_recorded(db_path):
    with Registry.open(db_path) as registry:
        applied = [m.name for m in build_migrations().applied(registry.db)]
    assert applied == [f.stem for f in migration_files()] == sorted(applied)


def _first_schema_with_data(path: Path) -> None:
    """A database as the first release left it: schema 0001 only, one outgoing and one incoming record."""
    db = connect(path)
    build_migrations(migration_files()[:1]).apply(db)
    common = {"classification": "none", "urgency": "none", "created_at": "2025-03-01T09:00:00",
              "updated_at": "2025-03-01T09:00:00", "plan": json.dumps({"steps": []})}
    db["records"].insert({"id": 1, "kind": "outgoing", "status": "numbered", "title": "关于加强水利工程建设管理的意见",
                          "doc_type": "意见", "date": "2025-03-01", "series": "托政发", "year": 2025, "serial": 1,
                          "number": "托政发〔2025〕1号", "recipients": "各乡镇人民政府",
                          "fields": json.dumps({"series": "托政发"}), "sort_key": 1, **common})
    db["records"].insert({"id": 2, "kind": "incoming", "status": "done", "title": "关于报送防汛预案的通知",
                          "doc_type": "通知", "date": "2025-03-02", "receipt_year": 2025, "receipt_serial": 1,
                          "receipt_number": "收文〔2025〕1号", "sender": "吐鲁番市水利局", "sender_number": "吐市水发〔2025〕9号",
                          "fields": json.dumps({"sender_number_original": "吐市水发(2025)9号"}), "sort_key": 2,
                          **common})
    db.conn.execute("INSERT INTO numbers (series, year, serial, record_id, status, text, given_at) "
                    "VALUES ('托政发', 2025, 1, 1, 'active', '托政发〔2025〕1号', 'x')")
    db.conn.execute("INSERT INTO numbers (series, year, serial, record_id, status, text, given_at) "
                    "VALUES ('收文', 2025, 1, 2, 'active', '收文〔2025〕1号', 'x')")
    db.conn.execute("INSERT INTO audit_log (at, user, action, record_id, after) "
                    "VALUES ('2025-03-01T09:00:00', 'wenshu', 'register', 1, '{\"title\": \"旧记录\"}')")
    db.conn.execute("INSERT INTO series_counters (series, year, next_serial) VALUES ('托政发', 2025, 2)")
    db.conn.commit()
    db.close()


def test_an_earlier_schema_is_upgraded_with_its_data(db_path):
    _first_schema_with_data(db_path)
    with Registry.open(db_path) as registry:
        assert [p.name for p in backups_dir(db_path).glob("*before-0002*")]  # backed up before migrating
        assert registry.check()["ok"]
        assert registry.check()["schema_version"] == migration_files()[-1].stem
        assert registry.search_ids("水利") == [2, 1]  # newest first: the sender 吐鲁番市水利局 matches too
        assert registry.search_ids("工程") == [1]
        assert registry.search_ids("防汛") == [2]
        assert registry.search_ids("吐市水发(2025") == [2]  # the original writing is searchable too
        assert registry.get(1)["number"] == "托政发〔2025〕1号"
        assert registry.get(1)["plan"] == registry.get(2)["plan"] == {"steps": []}  # kept, now shared (0006)
        assert registry.rows([2])[0]["number"] == "收文〔2025〕1号"
        assert registry.audit(1)[0]["user"] == "wenshu"  # the audit log survives its rebuild (0003)


def test_a_failing_migration_leaves_nothing_behind(tmp_path):
    bad = tmp_path / "9999_broken.sql"
    bad.write_text("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n", encoding="utf-8")
    db = sqlite_utils.Database(tmp_path / "x.sqlite")
    with pytest.raises(sqlite3.OperationalError):
        build_migrations([bad]).apply(db)
    assert "half_done" not in db.table_names()
    assert build_migrations([bad]).applied(db) == []


OPENER = """
import sys, time
sys.path.insert(0, {root!r})
from desktop_app.registry import Registry
while time.time() < float(sys.argv[2]):
    time.sleep(0.001)
with Registry.open(sys.argv[1]) as registry:
    print(registry.check()["schema_version"])
"""


def test_two_processes_creating_the_same_database_at_once(db_path):
    import subprocess
    import sys
    import time

    script = OPENER.format(root=str(GOLDEN.parents[1]))
    start_at = str(time.time() + 1.0)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(db_path), start_at], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outputs]
    assert {out.strip() for out, _ in outputs} == {migration_files()[-1].stem}


def test_restoring_an_older_backup_upgrades_it(registry, tmp_path):
    old = tmp_path / "old-backup.sqlite"
    _first_schema_with_data(old)
    result = registry.restore(old)
    assert result["schema_version"] == "0001_registry"
    assert registry.check()["ok"] and registry.check()["schema_version"] == migration_files()[-1].stem
    assert registry.search_ids("工程") == [1]


def test_the_bigram_postings_of_an_older_file_become_the_fts_postings(tmp_path):
    """0012 converts a file indexed by 0002's gram table: afterwards every query class answers what a
    LIKE scan of the same records answers, and the gram table is gone."""
    from desktop_app.registry import search_index
    from desktop_app.registry.search import Filters, scan_ids

    source = tmp_path / "new.sqlite"
    with Registry.open(source) as made:
        made.demo(800)
    old = tmp_path / "old.sqlite"
    db = connect(old)
    before = [f for f in migration_files() if f.stem < "0012"]
    build_migrations(before).apply(db)
    db.conn.execute("ATTACH DATABASE ? AS made", [str(source)])
    for table in ("departments", "people", "portfolios", "series", "series_counters", "plans", "records",
                  "numbers", "step_actions"):
        db.conn.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM made.{table}")
    db.conn.commit()
    db.conn.execute("DETACH DATABASE made")
    assert db.conn.execute("SELECT count(*) FROM search_grams").fetchone()[0] > 10_000
    db.close()
    size_before = old.stat().st_size
    with Registry.open(old) as registry:
        # The freed gram table is given back to the disk (VACUUM after the migration).
        assert registry.db.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        registry.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert old.stat().st_size < size_before
        tables = registry.db.table_names()
        assert "search_grams" not in tables and "search_pairs" in tables
        assert search_index.verify(registry.db.conn)["ok"]
        for text in ["县", "雹", "龘", "防汛", "关于", "防汛抗旱", "〔2026〕1", "收文〔", "托政发〔2025〕"]:
            assert registry.search_ids(text) == scan_ids(registry.db, text, Filters(), use_like=True), text
