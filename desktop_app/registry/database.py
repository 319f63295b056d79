"""Opening the registry database safely: refuse foreign or corrupt files without touching them, back up
before migrating, apply the ordered migrations of db/migrations, and give every write one
transaction under the write lock (SQLite: `BEGIN IMMEDIATE`; a server: engine/postgres.py) with its
audit entry.

Nothing here writes to a file until it has been recognised as a DocRoute database (or is new)."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from desktop_app.domain.errors import Hint, StorageError
from desktop_app.paths import db_dir
from desktop_app.registry.engine import Database, engine_of, os_user  # noqa: F401  (os_user: imported from here)
from desktop_app.registry.engine.sqlite import FileDatabase

MIGRATION_SET = "docroute"
# The first line of a migration that copies tables into new ones (apply_rebuild).
REBUILDS_TABLES = "-- docroute: rebuilds tables"
SQLITE_MAGIC = b"SQLite format 3\x00"
CHECK_HINT = Hint("请重试；如反复出现，请运行 `docroute check`",
                  "请重试；如反复出现，请在“设置 → 数据与备份”中点“检查数据库”")
RESTORE_HINT = Hint("请用 `docroute restore 备份文件` 从备份恢复（备份在数据库旁的 backups 文件夹中）",
                    "请在“设置 → 数据与备份”中点“从备份恢复…”，选择数据库旁 backups 文件夹中的备份")


class UnreadableDatabase(StorageError):
    """The file at the database's path cannot be read as SQLite at all (damaged first pages, or not
    SQLite): nothing can use it, so a restore may replace it on disk (restore.restore_unreadable)."""


def migration_files() -> list[Path]:
    """The ordered schema migrations: db/migrations/NNNN_name.sql, applied by file name order. A server
    runs the same list, each from db/migrations/pg/ where its SQL differs (engine/pgmigrate.py)."""
    return sorted(db_dir().joinpath("migrations").glob("[0-9][0-9][0-9][0-9]_*.sql"))


def build_migrations(files: list[Path] | None = None) -> Any:
    """sqlite-utils' Migrations of the files (imported here only: see engine/sqlite.py's FileDatabase)."""
    from desktop_app.registry._sqlite_utils import sqlite_utils  # noqa: F401  (first: keeps numpy out)
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for file in files if files is not None else migration_files():
        migrations(name=file.stem)(_sql_migration(file))
    return migrations


def _sql_migration(file: Path) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        # executescript() would COMMIT the surrounding transaction; run statement by statement instead
        # so that a failing migration leaves nothing behind.
        for statement in sql_statements(file.read_text(encoding="utf-8")):
            db.conn.execute(statement)
    apply.__name__ = file.stem
    return apply


def sql_statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def inspect_file(path: Path) -> dict:
    """Reads what a file is without writing to it: {"new": bool, "applied": [migration names]}.

    Raises StorageError for a file that is not SQLite, is damaged, or belongs to another program."""
    if not path.exists() or path.stat().st_size == 0:
        return {"new": True, "applied": []}
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_MAGIC:
        raise UnreadableDatabase(f"文件 {path} 不是公文流转助手的数据库（不是 SQLite 文件），已原样保留，未作任何修改",
                                 Hint("请检查 --db 路径；" + RESTORE_HINT, "请检查打开的数据库文件；" + RESTORE_HINT.window))
    tables, applied = _read_schema(path)
    if tables and not applied:
        raise StorageError(f"文件 {path} 是其他程序的 SQLite 数据库，不是公文流转助手的数据库，已原样保留",
                           Hint("请检查 --db 路径，或指定一个新文件名以新建数据库",
                                "请检查打开的数据库文件；公文流转助手只打开它自己的数据库"))
    known = {f.stem for f in migration_files()}
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StorageError(f"数据库 {path} 由更新版本的公文流转助手创建（结构版本 {unknown[-1]}），本版本无法打开",
                           "请升级公文流转助手后再打开")
    return {"new": not tables, "applied": applied}


def _read_schema(path: Path) -> tuple[set[str], list[str]]:
    """(table names, applied DocRoute migrations) of a file, read without changing it."""
    try:
        conn = read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            applied: list[str] = []
            if "_sqlite_migrations" in tables:
                applied = [r[0] for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", [MIGRATION_SET])]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UnreadableDatabase(f"数据库文件 {path} 已损坏，无法读取（{exc}），已原样保留，未作任何修改",
                                 RESTORE_HINT) from None
    return tables, applied


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file. Without a WAL beside it the file is opened immutable,
    so not even the -wal/-shm companions are created next to a file we are about to refuse."""
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def writable(path: Path) -> bool:
    """Whether SQLite can write an existing file and its -wal/-shm companions beside it (False on
    read-only media, where even root gets EROFS, and for a file or folder without write permission)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect_read_only(path: Path) -> Database:
    """The registry on read-only media: reads work as usual, `write()` refuses with a clear message."""
    db = FileDatabase(sql_functions(read_only(path)))
    db.docroute_read_only = path  # type: ignore[attr-defined]
    return db


def connect(path: Path, *, wal: bool = True) -> Database:
    """A connection with the registry's settings: WAL, foreign keys on, a patient busy timeout.
    `wal=False` (a restore candidate): a rollback journal, so the file stands alone when closed."""
    conn = sqlite3.connect(str(path), timeout=30.0)
    db = FileDatabase(conn)
    with db.ensure_autocommit_on():
        if wal:
            _enable_wal(db.conn)
        else:
            db.conn.execute("PRAGMA journal_mode=DELETE")
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA synchronous=NORMAL")
    sql_functions(db.conn)
    return db


def sql_functions(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Registers the registry's SQL functions on a connection: the search text of a record's columns and
    the postings' tokens (the search triggers, 0012/0014: a file written without them is refused by its
    own triggers), and the fields encoder of migration 0013."""
    from desktop_app.registry import fields_codec, search_index

    conn.create_function("docroute_search_text", 8, _search_text_sql, deterministic=True)
    search_index.register_functions(conn)
    conn.create_function("docroute_fields_encode", 2 + len(fields_codec.SQL_COLUMNS), fields_codec.sql_encode,
                         deterministic=True)
    return conn


def _enable_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switches a new file to WAL. SQLite answers 'database is locked' at once, without waiting, when
    another process is switching the same new file at that moment, so wait here for it."""
    deadline = time.monotonic() + patience
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _search_text_sql(*columns: Any) -> str:
    from desktop_app.registry.search import search_text_from_columns

    return search_text_from_columns(*columns)


def pending_migrations(db: Database) -> list[str]:
    if engine_of(db).name != "sqlite":
        from desktop_app.registry.engine import pgmigrate

        return pgmigrate.pending(db)
    applied = set(applied_migrations(db))
    return [file.stem for file in migration_files() if file.stem not in applied]


def migrate(db: Database) -> None:
    """Applies every pending migration (outside any transaction: each run of them takes the write lock)."""
    if engine_of(db).name != "sqlite":
        from desktop_app.registry.engine import pgmigrate

        with write(db):
            pgmigrate.apply(db)
        return
    if pending_migrations(db):
        apply_migrations(db)


def apply_migrations(db: Database, files: list[Path] | None = None) -> None:
    """Applies those of `files` (default: all) not yet applied, each with its record. Consecutive plain
    migrations share one immediate transaction (a second process opening the same new file waits for it,
    then finds nothing pending); one that rebuilds tables runs alone (apply_rebuild)."""
    from desktop_app.registry._sqlite_utils import sqlite_utils

    plain: list[Path] = []
    for file in [*(files if files is not None else migration_files()), None]:
        if file is not None and not rebuilds_tables(file):
            plain.append(file)
            continue
        if plain:
            with _immediate(db):  # sqlite-utils nests each migration as a savepoint in it
                build_migrations(plain).apply(sqlite_utils.Database(db.conn, execute_plugins=False))
            plain = []
        if file is not None:
            apply_rebuild(db, file)


@contextlib.contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """A write transaction whose SQLite errors reach the caller as they are (restore names the
    migration that failed)."""
    engine_of(db).begin_write(db.conn)
    try:
        yield
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def rebuilds_tables(file: Path) -> bool:
    with file.open(encoding="utf-8") as handle:
        return handle.readline().strip() == REBUILDS_TABLES


def apply_rebuild(db: Database, file: Path) -> None:
    """A migration that copies tables into new ones (SQLite's way of changing a table's keys): with
    foreign keys off, since a parent table cannot otherwise be dropped and put back, in one transaction
    with its record. Before it commits, the foreign keys are checked: the copies must leave no row
    without its parent that had one before."""
    conn = db.conn
    with db.ensure_autocommit_on():
        conn.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction does this take effect
        try:
            engine_of(db).begin_write(conn)
            try:
                if file.stem not in applied_migrations(db):  # else another process applied it while we waited
                    orphans = _orphans(conn)
                    for statement in sql_statements(file.read_text(encoding="utf-8")):
                        conn.execute(statement)
                    if _orphans(conn) > orphans:
                        raise sqlite3.IntegrityError(f"{file.stem} 会使记录与其上级记录脱节，已撤销")
                    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                                 [MIGRATION_SET, file.stem, str(datetime.now(timezone.utc))])
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("PRAGMA foreign_keys=ON")


def _orphans(conn: sqlite3.Connection) -> int:
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def applied_migrations(db: Database) -> list[str]:
    if engine_of(db).name != "sqlite":
        from desktop_app.registry.engine import pgmigrate

        return pgmigrate.applied(db)
    # Read as sqlite-utils' Migrations records them (a row per migration, in the order applied), without it.
    if db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
                       ).fetchone() is None:
        return []
    return [name for (name,) in db.conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


def reclaim_space(db: Database, sparse: float = 0.1) -> bool:
    """VACUUM when more than `sparse` of the file's pages are free (after a migration dropped a large
    table: 0012 leaves 1.06 GB free in a 2.7 GB file at a million records; VACUUM took 8.8 s there and
    gave 1.66 GB). A failure (a full disk: VACUUM needs room for the new copy) leaves the file as it was."""
    free = db.conn.execute("PRAGMA freelist_count").fetchone()[0]
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    if not pages or free / pages <= sparse:
        return False
    try:
        with db.ensure_autocommit_on():
            db.conn.execute("VACUUM")
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL held the whole new copy
    except sqlite3.Error:
        return False
    return True


def schema_version(db: Database) -> str | None:
    names = applied_migrations(db)
    return names[-1] if names else None


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction holding the write lock from the first read (SQLite's BEGIN IMMEDIATE, the
    server's advisory lock), so a serial read inside it cannot be read by another writer before this
    one commits."""
    engine = engine_of(db)
    if db.conn.in_transaction:
        raise StorageError("内部错误：写事务不能嵌套", "请重试；如反复出现请联系维护人员")
    require_writable(db)
    hook = getattr(db, "docroute_before_write", None)
    if hook is not None:
        db.docroute_before_write = None  # once per connection: the daily backup before the first write
        hook()
    try:
        engine.begin_write(db.conn)
    except engine.errors as exc:
        raise _write_failed(exc, db) from exc
    try:
        yield db
        engine.before_commit(db.conn)
        db.conn.execute("COMMIT")
    except (*engine.errors, OverflowError, UnicodeEncodeError) as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise _write_failed(exc, db) from exc
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def _write_failed(exc: BaseException, db: Any) -> BaseException:
    if getattr(getattr(db.conn, "raw", None), "broken", False):  # a server connection that was dropped
        from desktop_app.registry.engine.postgres import dropped_error

        return dropped_error()
    from desktop_app.registry.write_errors import explain  # names the field of a CHECK failure

    return explain(exc, db)


def require_writable(db: Database) -> None:
    """Refuses a change to a database opened from read-only media, or by a server user who may only
    read, before anything is attempted."""
    read_only_path = getattr(db, "docroute_read_only", None)
    if read_only_path is not None and engine_of(db).name != "sqlite":
        raise StorageError(f"用户 {user_of(db)} 在数据库服务器上只有查看权限（只读用户），只能查看、查询、打印和导出，"
                           "本次修改没有保存",
                           Hint("如需登记或修改，请用有登记权限的用户连接（--db postgresql://用户名@服务器/数据库）",
                                "如需登记或修改，请在“设置 → 数据与备份”中换用有登记权限的用户登录"))
    if read_only_path is not None:
        raise StorageError(f"数据库 {read_only_path} 是只读的（只读介质或没有写入权限），只能查看、查询和导出，"
                           "本次修改没有保存", "如需修改，请把数据库文件复制到可写的文件夹后再打开")


def before_first_write(db: Database, hook: Callable[[], None]) -> None:
    """Runs `hook` once, just before the first write transaction of this connection (the daily backup:
    reads never wait for it)."""
    db.docroute_before_write = hook  # type: ignore[attr-defined]


def audit(db: Database, action: str, record_id: int | None,
          before: Any = None, after: Any = None) -> None:
    """Appends one audit entry (inside the caller's transaction)."""
    db.conn.execute(
        'INSERT INTO audit_log (at, "user", action, record_id, before, after) VALUES (?, ?, ?, ?, ?, ?)',
        [now(), user_of(db), action, record_id, _dump(before), _dump(after)])


def user_of(db: Database) -> str:
    """Who the audit trail names: the OS login on a file, the signed-in server role on a server."""
    return engine_of(db).user(db)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def compact_json(value: Any) -> str | None:
    """JSON as stored in a column: readable Chinese, no spaces (a million plans add up)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def schema_sql(db: Database) -> str:
    """The schema as the engine stores it, in a stable order: compared with db/schema.sql (SQLite) or
    db/schema.pg.sql (a server), the golden schemas, by the tests, so that a migration that changes the
    schema also updates the golden file."""
    return engine_of(db).schema_sql(db)
