"""Migration 0015: the CHECKs of records and step_actions name their allowed values as comparisons, not
IN lists (an IN list costs SQLite a temporary table per inserted row). An office's 0014 file comes
through with every row as it was, and each constrained column accepts and refuses exactly the values
it did before."""
from __future__ import annotations

import re
import sqlite3

import pytest

from desktop_app.registry import Registry, search_index
from desktop_app.registry.database import applied_migrations, connect
from desktop_app.registry.search import Filters, scan_ids

from .test_compact_storage import KEPT, older_file

pytestmark = pytest.mark.sqlite_only

CHECKED = {"records": ("kind", "status", "doc_type", "classification", "urgency", "publicity", "direction"),
           "step_actions": ("action", "acting_for")}
_LIST = re.compile(r"(\w+) IN \(([^()]*)\)")


def files(tmp_path, org_json):
    """An older 0014 file, made as an older DocRoute would (test_compact_storage's)."""
    db, old = older_file(tmp_path, org_json, "0015")
    db.close()
    return old


def listed_values(conn: sqlite3.Connection) -> set[str]:
    """Every value any IN list of the older tables' CHECKs names (the candidates to try on both files)."""
    values = set()
    for table in CHECKED:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        for _, items in _LIST.findall(sql):
            values |= {item.strip().strip("'") for item in items.split(",")}
    return values


def verdicts(path, candidates) -> dict:
    """For each constrained column and candidate value (NULL and an unknown one too): accepted or not,
    tried on the first record or step of each kind and undone."""
    conn = connect(path).conn
    found = {}
    rows = {"records": [r for (r,) in conn.execute("SELECT min(id) FROM records GROUP BY kind, status")],
            "step_actions": conn.execute("SELECT record_id, step_order FROM step_actions WHERE step_order IN (1, 2) "
                                         "GROUP BY step_order").fetchall()}
    for table, columns in CHECKED.items():
        for column in columns:
            for value in [*sorted(candidates), None, "其他"]:
                for row in rows[table]:
                    where, key = (("id = ?", [row]) if table == "records"
                                  else ("record_id = ? AND step_order = ?", list(row)))
                    conn.execute("SAVEPOINT try")
                    try:
                        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [value, *key])
                        found[table, column, value, tuple(key)] = True
                    except sqlite3.IntegrityError:
                        found[table, column, value, tuple(key)] = False
                    conn.execute("ROLLBACK TO try")
                    conn.execute("RELEASE try")
    conn.close()
    return found


def test_an_older_file_keeps_its_rows_and_its_rules(tmp_path, org_json):
    old = files(tmp_path, org_json)
    db = connect(old)
    before = {table: db.conn.execute(sql).fetchall() for table, sql in KEPT.items()}
    candidates = listed_values(db.conn)
    assert {"纪要", "秘密", "特急", "不予公开", "parallel", "handle", "office_deputy_director"} <= candidates
    db.close()
    rules_before = verdicts(old, candidates)
    assert not all(rules_before.values()) and any(rules_before.values())
    with Registry.open(old) as registry:
        conn = registry.db.conn
        assert applied_migrations(registry.db)[-1] == "0015_checks_without_lists"
        assert {table: conn.execute(sql).fetchall() for table, sql in KEPT.items()} == before
        for table in CHECKED:
            assert not _LIST.search(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0])
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert search_index.verify(conn)["ok"]
        for text in ["县", "防汛", "冬季防汛", "〔2026〕1", "托水发[2026]"]:
            assert registry.search_ids(text) == scan_ids(registry.db, text, Filters(), use_like=True), text
        assert registry.check()["ok"]
    assert verdicts(old, candidates) == rules_before
