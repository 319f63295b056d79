"""Many records at once on a server (bulk.py's `load`, `migrate-to`): the narrow search copy
(record_search, db/migrations/pg/0002) is filled in one statement at the end instead of by its trigger
row by row (the trigger stands aside while `docroute.bulk` is set in this transaction), and, for
migrate-to's copy into a database nobody uses yet, the tables' own indexes are dropped and built once
afterwards. No DDL touches the trigger, so other clerks' reads never wait for a load (MVCC); dropping
an index locks its table for the transaction, which is why bulk.py never asks for it on a live server."""
from __future__ import annotations

import contextlib
from typing import Any, Iterable, Iterator

SEARCH_COLUMNS = "sort_key, kind, status, due, search_text"


@contextlib.contextmanager
def deferred(db: Any, first_id: int, *, rebuild: Iterable[str] = ()) -> Iterator[None]:
    """Inside the caller's write transaction: records from `first_id` on get their search rows at the
    end; the indexes of the `rebuild` tables (and of the search copy with them) are built once."""
    conn = db.conn
    conn.execute("SET LOCAL docroute.bulk = 'on'")
    tables = list(rebuild)
    saved = set_aside_indexes(db, [*tables, "record_search"]) if tables else []
    yield
    conn.execute(f"INSERT INTO record_search ({SEARCH_COLUMNS}) SELECT {SEARCH_COLUMNS} FROM records WHERE id >= ?",
                 [first_id])
    for definition in saved:
        conn.execute(definition)
    advance_identities(db)
    conn.execute("SET LOCAL docroute.bulk = 'off'")


def advance_identities(db: Any) -> None:
    """Identity counters past the ids a bulk write gave itself (plans, audit rows …), so the next row
    the server numbers does not collide with one (a clash would be skipped by ON CONFLICT DO NOTHING)."""
    for table, column in db.conn.execute(
            "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND a.attidentity <> ''").fetchall():
        db.conn.execute(f'SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max("{column}"), 0) + 1, false) '
                        f'FROM "{table}"', [f'"{table}"', column])


def set_aside_indexes(db: Any, tables: Iterable[str]) -> list[str]:
    """Drops the tables' own indexes (not those of their keys and UNIQUE constraints): their definitions."""
    found = []
    for table in tables:
        found += db.conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            [table]).fetchall()
    for name, _ in found:
        db.conn.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in found]
