"""SQLite's adapter: the embedded default, one file per office PC (engine/__init__.py lists the seam)."""
from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator

from desktop_app.domain.errors import StorageError
from desktop_app.registry.engine import os_user


class FileDatabase:
    """An open registry file: `conn` (a sqlite3 connection in its default transaction handling), `close()`.

    The same face as the server's ServerDatabase. It replaced sqlite-utils' Database, of which the
    registry used only the connection, and whose import (click, dateutil, pluggy) was about a fifth of the
    window's start-up; sqlite-utils is now imported only to apply a pending migration (database.migrate).
    Triggers may fire triggers, as they did under sqlite-utils (its `recursive_triggers=on`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers=on")

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Iterator[None]:
        """No implicit BEGIN for the block (PRAGMA journal_mode, VACUUM cannot run in a transaction)."""
        if self.conn.in_transaction:
            raise StorageError("内部错误：事务中不能切换自动提交", "请重试；如反复出现请联系维护人员")
        before = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = before

    def close(self) -> None:
        self.conn.close()


class SQLiteEngine:
    name = "sqlite"
    label = "本机数据库文件"
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    migrations_table = "_sqlite_migrations"  # sqlite-utils' own migration record
    counting_key = "INTEGER PRIMARY KEY"  # a key the engine numbers 1, 2, 3 … when none is given
    bytes_type = "BLOB"

    def begin_write(self, conn: sqlite3.Connection) -> None:
        """The write lock from the first read on, so a serial read inside it is this process's alone."""
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError(f"数据库正被其他程序占用，暂时无法写入（{exc}）", "请稍后重试") from None

    def before_commit(self, conn: sqlite3.Connection) -> None:
        """Nothing to announce: another connection sees the commit in PRAGMA data_version (changes.py)."""

    def user(self, db: Any) -> str:
        return os_user()

    def one_of(self, column: str, placeholder: str = "?") -> str:
        """"column is one of these values" with a single parameter of any length: a JSON array (packed)."""
        return f"{column} IN (SELECT value FROM json_each({placeholder}))"

    def packed(self, values: Iterable[Any]) -> str:
        return json.dumps(list(values), ensure_ascii=False)

    def json_rows(self, columns: str) -> str:
        """The group's rows as one JSON text: a list of lists."""
        return f"json_group_array(json_array({columns}))"

    def files_folder(self, db: Any) -> Path | None:
        """The folder of the database file: attachments/, scans/ and archive/ live beside it."""
        row = next((r for r in db.conn.execute("PRAGMA database_list") if r[1] == "main"), None)
        return Path(row[2]).parent if row and row[2] else None

    def describe(self, exc: BaseException, db: Any = None) -> tuple[str, str]:
        text = str(exc)
        if isinstance(exc, sqlite3.IntegrityError) and text.startswith("CHECK constraint failed"):
            return "check", text.partition(":")[2].strip()
        if isinstance(exc, sqlite3.IntegrityError) and text.startswith("UNIQUE constraint failed"):
            return "unique", text.partition(":")[2].strip()
        return "other", text

    def schema_sql(self, db: Any) -> str:
        """The schema as SQLite stores it, in a stable order (compared with db/schema.sql)."""
        rows = db.conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
        return "".join(f"-- {kind} {name}\n{sql};\n\n" for kind, name, sql in rows)


SQLITE = SQLiteEngine()
