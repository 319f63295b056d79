"""Many records in one transaction: the demo register, an imported Excel register, a rebuilt index.

Rows go in with executemany (sqlite-utils' insert_all commits every 99 rows and checks types; raw
executemany is ~4x faster, PITFALLS.md), the search postings are indexed once at the end in one
statement per table instead of by a trigger per row (search_index.deferred), and the whole load is
one BEGIN IMMEDIATE transaction: it lands whole or not at all, also when the process is killed
(tests/registry/test_crash.py). Afterwards the WAL, which held the whole load, is folded back into the
database and truncated, so a million-record load leaves no gigabyte-sized -wal file behind."""
from __future__ import annotations

import contextlib
import sqlite3
from typing import Iterator, Sequence

from desktop_app.registry import numbers, records, search_index
from desktop_app.registry.database import write
from desktop_app.registry.engine import Database, engine_of
from desktop_app.registry.search import stores_search_text

# A load of at least this many records, and at least as many as the table held, rebuilds the indexes
# and merges the FTS5 segments (smaller, fewer segments to read); smaller loads leave that to FTS5's
# own incremental merging. Above it the WAL is truncated afterwards.
OPTIMIZE_AT = 20_000
CACHE_KIB = 32_768  # a larger page cache while loading: the indexes grow at many places at once

# direction is the outgoing 行文方向 of the fields (0010): given here, its per-row insert trigger does nothing.
RECORD_COLUMNS = ("id", *records.RECORD_COLUMNS, "fields", "plan_id", "created_at", "updated_at", "sort_key",
                  "void_reason", "search_text", "direction")
SORT_KEY, SEARCH_TEXT = RECORD_COLUMNS.index("sort_key"), RECORD_COLUMNS.index("search_text")
DIRECTIONS = ("upward", "downward", "parallel")


def direction(kind: str, fields: dict) -> str | None:
    value = fields.get("direction") if kind == "outgoing" else None
    return value if value in DIRECTIONS else None
NUMBER_COLUMNS = ("series", "year", "serial", "record_id", "status", "text", "given_at")
STEP_COLUMNS = ("record_id", "step_order", "action", "by_person", "by_name", "on_date", "opinion", "acting_for",
                "recorded_at")
AUDIT_COLUMNS = ("at", "user", "action", "record_id", "before", "after")


class BulkWriter:
    """Adds rows inside the open bulk transaction; ids are given by the caller from `next_id`."""

    def __init__(self, db: Database, first_id: int, *, takes_postings: bool = True) -> None:
        self.conn = db.conn
        # A server keeps its own postings (pgbulk fills its search copy at the end): rows' FTS5 postings
        # are for SQLite only.
        self.takes_postings = takes_postings
        self.stores_text = stores_search_text(db)
        self.first_id = first_id
        self.next_id = first_id
        self.added = 0
        self.unindexed = first_id  # the first record whose postings are still to be added at the end
        self._templates = False  # whether step_templates() made its temporary tables

    def records(self, rows: Sequence[Sequence]) -> None:
        """Record rows in RECORD_COLUMNS order, ids counting up from next_id, indexed now from the search
        text each row carries (cheaper than reading the texts back at the end)."""
        if not self.stores_text:
            # A file does not store the search text (0014): its place in each row is a parameter left unused.
            names = ", ".join(f'"{c}"' for c in RECORD_COLUMNS if c != "search_text")
            places = ", ".join(f"?{n}" for n, c in enumerate(RECORD_COLUMNS, 1) if c != "search_text")
            self.conn.executemany(f"INSERT INTO records ({names}) VALUES ({places})", rows)
        else:
            self._insert("records", RECORD_COLUMNS, rows)
        if self.takes_postings and self.unindexed == self.next_id:
            search_index.add_postings(self.conn, *search_index.postings((row[SORT_KEY], row[SEARCH_TEXT])
                                                                        for row in rows))
            self.unindexed += len(rows)
        self.added += len(rows)
        self.next_id += len(rows)

    def plans(self, rows: Sequence[Sequence]) -> None:
        """(id, json) of plans no stored record had yet, before the records that name them."""
        self._insert("plans", ("id", "json"), rows)

    def numbers(self, rows: Sequence[Sequence]) -> None:
        self._insert("numbers", NUMBER_COLUMNS, rows)

    def numbers_of_records(self, first_id: int, last_id: int) -> None:
        """The numbers (文号 and 收文编号) the records first_id..last_id just written carry, made by the
        database from their own columns (a voided record's 文号 voided with it): no row of them crosses
        from Python."""
        self.conn.execute(
            f"INSERT INTO numbers ({', '.join(NUMBER_COLUMNS)}) "
            "SELECT series, year, serial, id, CASE status WHEN 'voided' THEN 'voided' ELSE 'active' END, number, "
            "created_at FROM records WHERE id BETWEEN ? AND ? AND serial IS NOT NULL "
            "UNION ALL SELECT CAST(? AS TEXT), receipt_year, receipt_serial, id, 'active', receipt_number, created_at "
            "FROM records WHERE id BETWEEN ? AND ? AND receipt_serial IS NOT NULL",
            [first_id, last_id, numbers.RECEIPT_SERIES, first_id, last_id])

    def step_templates(self, rows: Sequence[Sequence]) -> None:
        """Steps that templated_steps() copies: (template, seq, step_order, action, by_person, by_name,
        opinion, acting_for), seq counting a template's steps from 0; by_person and by_name None where
        each record gives its own (its drafter). Kept in a temporary table for the length of the load."""
        if not self._templates:
            self.conn.execute("CREATE TEMP TABLE bulk_step_templates (template INTEGER NOT NULL, seq INTEGER NOT NULL, "
                              "step_order INTEGER NOT NULL, action TEXT NOT NULL, by_person TEXT, by_name TEXT, "
                              "opinion TEXT, acting_for TEXT, PRIMARY KEY (template, seq))")
            self.conn.execute("CREATE TEMP TABLE bulk_templated_steps (record_id INTEGER NOT NULL, "
                              "template INTEGER NOT NULL, done INTEGER NOT NULL, drafter TEXT NOT NULL, "
                              "on_date TEXT NOT NULL)")
            self._templates = True
        self._insert("bulk_step_templates", ("template", "seq", "step_order", "action", "by_person", "by_name",
                                             "opinion", "acting_for"), rows)

    def templated_steps(self, rows: Sequence[Sequence], recorded_at: str) -> None:
        """Each record's first `done` steps of its template: (record_id, template, done, drafter, on_date),
        in record order; the database copies the steps (1M records: 2.6M step rows), by the drafter where
        the template names nobody."""
        if not rows:
            return
        self._insert("bulk_templated_steps", ("record_id", "template", "done", "drafter", "on_date"), rows)
        self.conn.execute(
            f"INSERT INTO step_actions ({', '.join(STEP_COLUMNS)}) "
            "SELECT s.record_id, t.step_order, t.action, coalesce(t.by_person, s.drafter), "
            "coalesce(t.by_name, s.drafter), s.on_date, t.opinion, t.acting_for, ? "
            "FROM bulk_templated_steps s JOIN bulk_step_templates t ON t.template = s.template AND t.seq < s.done "
            "ORDER BY s.record_id, t.seq", [recorded_at])
        self.conn.execute("DELETE FROM bulk_templated_steps")

    def finish(self) -> None:
        """Drops what the load kept aside (its temporary tables)."""
        if self._templates:
            self.conn.execute("DROP TABLE bulk_step_templates")
            self.conn.execute("DROP TABLE bulk_templated_steps")
            self._templates = False

    def audit(self, rows: Sequence[Sequence]) -> None:
        self._insert("audit_log", AUDIT_COLUMNS, rows)

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
        if rows:  # names quoted: "user" is a reserved word on a server
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
                                  f"VALUES ({', '.join('?' * len(columns))})", rows)


@contextlib.contextmanager
def load(db: Database, expected: int = 0) -> Iterator[BulkWriter]:
    """One transaction for a bulk write; the new records' postings are indexed when the block ends.
    When about as many records are `expected` as the table holds, its secondary indexes are dropped
    too and built again at the end, sorted in one pass (faster, and the built indexes are smaller).
    On a server the same in PostgreSQL's words (engine/pgbulk.py)."""
    if engine_of(db).name != "sqlite":
        with _server_load(db, expected) as writer:
            yield writer
        return
    with _cache(db.conn):
        with write(db):
            writer = BulkWriter(db, records.next_id(db))
            rebuild = expected >= max(writer.first_id - 1, OPTIMIZE_AT)
            indexes = _indexes_deferred(db.conn) if rebuild else contextlib.nullcontext()
            with search_index.deferred(db.conn), _triggers_deferred(db.conn), indexes, \
                    search_index.large_buffers(db.conn):
                yield writer
                writer.finish()
                if writer.next_id > writer.unindexed:
                    search_index.index_records(db.conn, writer.unindexed)
                if writer.added and rebuild:  # merging rewrites the whole index: only when the load is most of it
                    search_index.optimize(db.conn)
        if writer.added >= OPTIMIZE_AT:
            _fold_wal(db.conn)


@contextlib.contextmanager
def _server_load(db: Database, expected: int) -> Iterator[BulkWriter]:
    from desktop_app.registry.engine import pgbulk

    # No index is dropped on a shared server: that would lock every other clerk's reads out for the
    # length of the load (migrate-to, into a database nobody uses yet, does drop them).
    with write(db):
        writer = BulkWriter(db, records.next_id(db), takes_postings=False)
        with pgbulk.deferred(db, writer.first_id):
            yield writer
            writer.finish()


@contextlib.contextmanager
def _cache(conn: sqlite3.Connection) -> Iterator[None]:
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


# Triggers whose work the bulk rows do themselves (records.direction is in RECORD_COLUMNS).
REDUNDANT_TRIGGERS = ("records_direction_insert",)


@contextlib.contextmanager
def _triggers_deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Dropped for the load and put back from their stored SQL, inside the caller's transaction."""
    saved = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                         f"({', '.join('?' * len(REDUNDANT_TRIGGERS))}) ORDER BY name", REDUNDANT_TRIGGERS).fetchall()
    for name in REDUNDANT_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for (sql,) in saved:
            conn.execute(sql)


@contextlib.contextmanager
def _indexes_deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """The explicit indexes of every row of the tables a bulk write fills, dropped and put back from their
    stored SQL (inside the caller's transaction, like search_index.deferred). Partial indexes (WHERE …)
    stay: they hold a part of the rows, cheap to keep up, while building one reads the whole table
    (~0.5 s each at a million records)."""
    saved = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                         "AND tbl_name IN ('records', 'step_actions', 'numbers') AND sql NOT LIKE '% WHERE %' "
                         "ORDER BY name").fetchall()
    for name, _ in saved:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    # Only after a load that succeeded: after a failure or a cancel the caller's transaction rolls back,
    # which brings the indexes back as they were; building them first took minutes at a million records.
    for _, sql in saved:
        conn.execute(sql)


def _fold_wal(conn: sqlite3.Connection) -> None:
    """Checkpoints and truncates the WAL; a reader holding an old snapshot only makes it wait for later."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:  # busy: the next automatic checkpoint does it
        pass
