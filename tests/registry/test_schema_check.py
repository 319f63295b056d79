"""The schema of a live database is compared with the golden db/schema.sql: `check` names a planted
trigger, a dropped append-only trigger, a removed CHECK, an extra view or column, a changed index and
missing search postings — none of which SQLite's page checks notice."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.paths import db_dir
from desktop_app.registry import Registry
from desktop_app.registry.database import sql_functions
from desktop_app.registry.search_index import text_sql
from desktop_app.registry.schema_check import differences, golden_objects, tokens

from .helpers import incoming_request, signed


@pytest.fixture
def live(registry, db_path):
    registry.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    registry.register("incoming", incoming_request())
    registry.close()
    return db_path


def tamper(path, *statements, writable_schema=False):
    conn = sql_functions(sqlite3.connect(path))  # what a change of a searchable column needs (0014)
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def problems_after(path, *statements, writable_schema=False) -> list[str]:
    tamper(path, *statements, writable_schema=writable_schema)
    with Registry.open(path, auto_backup=False) as registry:
        result = registry.check()
    assert result["ok"] is False
    return result["problems"]


def test_the_golden_schema_is_read_from_the_shipped_file():
    headers = re.findall(r"^-- (table|index|trigger|view) (\S+)$", (db_dir() / "schema.sql").read_text("utf-8"),
                         re.MULTILINE)
    assert sorted(golden_objects()) == sorted((kind, name.lower()) for kind, name in headers)


def test_a_fresh_and_a_migrated_database_agree_with_it(registry):
    assert differences(registry.db.conn) == []
    assert registry.check()["ok"] and registry.check()["schema"] == []


def test_spelling_does_not_count_but_meaning_does():
    assert tokens('CREATE  TABLE "a" (\n  x  INTEGER -- note\n)') == tokens("create table a (x integer)")
    assert tokens("CHECK (kind IN ('outgoing'))") != tokens("CHECK (kind IN ('OUTGOING'))")


@pytest.mark.sqlite_only
def test_check_names_a_planted_trigger(live):
    found = problems_after(live, "CREATE TRIGGER keep_titles AFTER INSERT ON records BEGIN "
                                 "UPDATE records SET title = 'HACKED'; END")
    assert found[0].startswith("多出触发器 keep_titles") and "HACKED" in found[0]


@pytest.mark.sqlite_only
def test_check_names_dropped_append_only_triggers(live):
    found = problems_after(live, "DROP TRIGGER numbers_never_deleted", "DROP TRIGGER plans_never_changed")
    assert found == ["缺少触发器 numbers_never_deleted", "缺少触发器 plans_never_changed"]


@pytest.mark.sqlite_only
def test_check_names_a_removed_check_constraint(live):
    found = problems_after(live, "UPDATE sqlite_master SET sql = replace(sql, "
                                 "'),' || char(10) || '    CHECK ((number IS NULL) = (serial IS NULL))', ')') "
                                 "WHERE name = 'records'", writable_schema=True)
    assert found == ["表 records 缺少约束 CHECK ((number IS NULL) = (serial IS NULL))"]


@pytest.mark.sqlite_only
def test_check_names_an_extra_view_column_and_a_changed_index(live):
    found = problems_after(live, "CREATE VIEW everything AS SELECT * FROM records",
                           "ALTER TABLE people ADD COLUMN phone TEXT",
                           "DROP INDEX records_status_sort", "CREATE INDEX records_status_sort ON records(status)")
    assert "表 people 多出列 phone" in found
    assert any(p.startswith("索引 records_status_sort 的定义与标准结构不同") for p in found)
    assert any(p.startswith("多出视图 everything") for p in found)


@pytest.mark.sqlite_only
def test_check_finds_missing_search_postings(live):
    from desktop_app.registry.search_index import pairs_tokens

    conn = sql_functions(sqlite3.connect(live))
    key, text = conn.execute(f"SELECT sort_key, {text_sql()} FROM records WHERE instr({text_sql()}, '物资') > 0"
                             ).fetchone()
    expected = sum(len(t) - 1 for (t,) in conn.execute(f"SELECT {text_sql()} FROM records"))
    conn.close()
    found = problems_after(live, f"INSERT INTO search_pairs (search_pairs, rowid, pairs) "
                                 f"VALUES ('delete', {key}, '{pairs_tokens(text)}')")
    missing = len(text) - 1
    assert found == [f"搜索索引与记录不一致：应有 {expected:,} 条索引项，实有 {expected - missing:,} 条，查询可能漏掉或多出记录"]


@pytest.mark.sqlite_only
def test_check_finds_a_record_whose_number_is_not_in_the_numbers_table(live):
    found = problems_after(live, "UPDATE records SET number = '托政发〔2026〕7号', serial = 7 WHERE number IS NOT NULL")
    assert "文号 托政发〔2026〕1号 与记录 1 上的文号或状态不一致" in found
    assert "记录 1 的文号没有登记在文号表中" in found


@pytest.mark.server_only  # a server stores the search text, so it can go stale
def test_check_finds_titles_changed_behind_the_search_index(registry):
    registry.demo(300)
    registry.db.conn.execute("UPDATE records SET title = '关于' || title")  # search_text untouched
    registry.db.conn.commit()
    found = registry.check()["problems"]
    assert len(found) == 1 and "的搜索文本与记录内容不一致" in found[0]


@pytest.mark.sqlite_only  # a file's search text is its columns' (0014)
def test_a_tool_without_docroute_cannot_change_a_title_behind_the_search_index(live):
    before = Path(live).read_bytes()
    conn = sqlite3.connect(live)
    with pytest.raises(sqlite3.OperationalError, match="docroute_search_text"):
        conn.execute("UPDATE records SET title = '关于' || title")
    conn.close()
    assert Path(live).read_bytes() == before
    with Registry.open(live, auto_backup=False) as registry:
        assert registry.check()["ok"]


@pytest.mark.sqlite_only
def test_check_finds_titles_changed_with_the_search_triggers_removed(live):
    found = problems_after(live, "DROP TRIGGER records_search_update", "UPDATE records SET title = '关于' || title")
    assert any(p.startswith("搜索索引与记录不一致") for p in found), found
