"""The two engines behind one `Registry`: SQLite (a file beside the program, the default) and PostgreSQL
(a server shared by the office's PCs). The registry's modules speak one SQL (`db.conn.execute(sql,
params)` with `?` placeholders, as sqlite3 does); what the engines do differently sits in one adapter per
engine, chosen once when the database is opened, the way Django's database backends or SQLAlchemy's
dialects isolate it (without an ORM):

    engine_of(db).begin_write(conn)     SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN + the office's advisory lock
    engine_of(db).one_of(column)        "column is one of these values" with one parameter
    engine_of(db).user(db)              who the audit trail names: the OS login / the server role
    engine_of(db).files_folder(db)      where attachments, scans and archive packages are kept
    engine_of(db).describe(exc)         a failed write as ("check", expression) / ("unique", columns) / …

sqlite.py is SQLite's adapter; postgres.py PostgreSQL's (psycopg 3, imported only when a server URL is
opened), with pgsql.py translating the shared SQL's few SQLite spellings (placeholders, INDEXED BY,
`IS NOT x`) and pgschema.py reading the schema back for the golden file and `check`."""
from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any, Iterable, Protocol

SERVER_SCHEMES = ("postgresql://", "postgres://")


class Engine(Protocol):
    name: str                      # "sqlite" | "postgresql"
    label: str                     # shown to the clerk: 本机数据库文件 / 数据库服务器
    errors: tuple[type[BaseException], ...]
    migrations_table: str
    counting_key: str              # the column type of a key the engine numbers itself
    bytes_type: str                # the column type of raw bytes

    def begin_write(self, conn: Any) -> None: ...
    def before_commit(self, conn: Any) -> None: ...
    def user(self, db: Any) -> str: ...
    def one_of(self, column: str, placeholder: str = "?") -> str: ...
    def packed(self, values: Iterable[Any]) -> Any: ...
    def json_rows(self, columns: str) -> str: ...
    def files_folder(self, db: Any) -> Path | None: ...
    def describe(self, exc: BaseException, db: Any = None) -> tuple[str, str]: ...
    def schema_sql(self, db: Any) -> str: ...


class Database(Protocol):
    """An open registry database as the modules use it: `conn` (sqlite3's interface) and `close()`;
    engine/sqlite.py's FileDatabase or engine/postgres.py's ServerDatabase."""

    conn: Any

    def close(self) -> None: ...


def is_server(location: Any) -> bool:
    """Whether `--db` (or the choice of 设置) names a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


def location_of(path: Any) -> Path | str:
    """A database's location as `Registry.open` takes it: a server URL stays a string (a Path would
    fold its `//`), anything else is a path."""
    return str(path).strip() if is_server(path) else Path(path)


def engine_of(db: Any) -> Engine:
    """The adapter of an open database (a sqlite-utils Database without one is SQLite's)."""
    engine = getattr(db, "engine", None)
    if engine is None:
        from desktop_app.registry.engine.sqlite import SQLITE

        return SQLITE
    return engine


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers): still record something honest
        return "unknown"
