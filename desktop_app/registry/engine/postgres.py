"""PostgreSQL's adapter: one database on a server shared by the office's PCs (docs/server.md).

`connect(url)` gives a `ServerDatabase` shaped like the sqlite-utils Database the registry's modules
already use (`db.conn.execute(sql, params)` → a cursor with fetchone/fetchall/description), so the
modules do not know which engine they talk to. The connection runs in autocommit, like sqlite3 outside
a transaction; `database.write()` opens each write transaction with `begin_write`:

- The write lock: `BEGIN` then `pg_advisory_xact_lock(DocRoute's key)`. Every write of every clerk
  takes the same lock first, so writes are serial as SQLite's BEGIN IMMEDIATE makes them, while reads
  never wait (MVCC). A serial read inside a write (a record id, a seal ledger entry, a 件号) is then this
  clerk's alone, and no two writers can wait on each other's rows: no deadlock. Numbers are in
  addition taken from their counter row with `UPDATE … RETURNING` (numbers.py), a row lock of its own.
- Values travel as they do in sqlite3: a Python bool or date is stored as 0/1 or ISO text, a
  comparison comes back as 0/1, a sum or average as int/float (the dumpers and loaders below).
- Each write announces itself with NOTIFY before COMMIT (delivered only if it commits): the open
  lists of the other PCs refresh (registry/changes.py)."""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import unquote, urlsplit

from desktop_app.domain.errors import Hint, StorageError
from desktop_app.registry.engine.pgsql import translate

WRITE_LOCK = 0x446F63526F757465  # "DocRoute" in ASCII: the advisory lock every write takes first
CHANNEL = "docroute_changes"
LOCK_WAIT = "30s"  # as patient as SQLite's busy timeout
SERVER_HINT = Hint("请检查 --db 中的服务器地址、端口、数据库名和用户名，确认服务器已开启；密码可放在 PGPASSWORD 环境变量或 pgpass 文件中",
                   "请在“设置 → 数据与备份”中检查服务器地址、端口、数据库名和用户名，确认服务器已开启")


def psycopg_module() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StorageError(f"本机没有安装连接 PostgreSQL 服务器的组件（psycopg：缺少 {exc.name or exc}）",
                           "请安装服务器版组件：pip install \"docroute[server]\"（安装包版已自带）") from None
    return psycopg


def shown_url(url: str) -> str:
    """The URL as it may be printed: never its password."""
    parts = urlsplit(url)
    if parts.password is not None:
        parts = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@"))
    if "password=" in parts.query.lower():  # ?password=… is a libpq parameter as well
        parts = parts._replace(query=re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query))
    return parts.geturl()


def url_user(url: str) -> str | None:
    user = urlsplit(url).username
    return unquote(user) if user else None


def dropped_error() -> StorageError:
    """What a statement that found its server connection gone says (the next one connects again)."""
    return StorageError("与数据库服务器的连接中断了，本次操作没有保存任何内容",
                        "连接会自动重新建立；请再试一次。如反复出现，请检查网络或联系管理员")


class PgConnection:
    """psycopg's connection with sqlite3's calling convention (the registry's SQL, pgsql.translate)."""

    def __init__(self, raw: Any, reopen: Callable[[], Any] | None = None) -> None:
        self.raw = raw
        self._reopen = reopen

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._alive()
        try:
            return self.raw.execute(translate(sql), params if params is not None else ())
        except Exception as exc:
            if self.raw.broken:
                raise dropped_error() from exc
            raise

    def executemany(self, sql: str, rows: Iterable[Any]) -> Any:
        self._alive()
        cursor = self.raw.cursor()
        try:
            cursor.executemany(translate(sql), rows)
        except Exception as exc:
            if self.raw.broken:
                raise dropped_error() from exc
            raise
        return cursor

    def __enter__(self) -> "PgConnection":
        return self

    def __exit__(self, kind: Any, *rest: Any) -> None:
        """As sqlite3's connection: commit a transaction left open, or roll it back on an error."""
        (self.rollback if kind else self.commit)()

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        # A dropped connection's status is UNKNOWN: no transaction of it goes on (the server rolled it back).
        return not self.raw.broken and self.raw.info.transaction_status != 0  # IDLE

    def _alive(self) -> None:
        """A connection the network or the server dropped (a restart, a cable, an idle timeout) is opened
        again before the next statement, signed in the same way; the transaction it was in is gone
        already, rolled back by the server, and the statement that found it broken failed with a message."""
        if self.raw.broken and self._reopen is not None:
            self.raw = self._reopen()

    @property
    def backend_pid(self) -> int:
        return self.raw.info.backend_pid

    def close(self) -> None:
        self.raw.close()


class ServerDatabase:
    """The open server database: `conn`, `close()`, and the adapter as `engine`."""

    def __init__(self, raw: Any, url: str) -> None:
        self.conn = PgConnection(raw, reopen=lambda: connect(url).conn.raw)
        self.url = url
        self.engine = POSTGRES
        self.files: Path | None = None  # the shared folder of attachments and scans (Registry sets it)
        self.user_name = ""              # the signed-in role, what the audit trail records

    def close(self) -> None:
        self.conn.close()


# Passwords a clerk typed to sign in, kept in this process's memory only (never on disk), so that the
# window's background connections (the record counter, the change watcher) sign in the same way.
_signed_in: dict[str, str] = {}


def connect(url: str, password: str | None = None) -> ServerDatabase:
    """Signs in to the server (the URL's user, `password` or libpq's PGPASSWORD / pgpass file)."""
    psycopg = psycopg_module()
    # Keepalives: a PC that vanishes (power cut, cable pulled) is noticed within a minute or so and its
    # open transaction, with the write lock, rolled back.
    options: dict[str, Any] = {"autocommit": True, "connect_timeout": 10, "application_name": "DocRoute",
                               "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
    password = password or _signed_in.get(shown_url(url))
    if password:
        options["password"] = password
    try:
        raw = psycopg.connect(url, **options)
    except psycopg.OperationalError as exc:
        raise connection_error(url, exc) from None
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise StorageError(f"数据库服务器地址 {shown_url(url)} 格式不正确（{_first_line(exc)}）",
                           Hint("格式为 postgresql://用户名@服务器:端口/数据库名", SERVER_HINT.window)) from None
    if password:
        _signed_in[shown_url(url)] = password
    _adapt(raw, psycopg)
    raw.execute(f"SET lock_timeout = '{LOCK_WAIT}'")
    raw.execute("SET jit = off")  # short questions only: compiling one took 30 ms to save none
    if raw.info.server_version >= 140000:  # a killed program's long statement stops within 2 s, lock and all
        raw.execute("SET client_connection_check_interval = '2s'")
    db = ServerDatabase(raw, url)
    db.user_name = raw.execute("SELECT current_user").fetchone()[0]
    return db


class SignInRequired(StorageError):
    """The server asks for a password that was not given (the window then asks the clerk for it)."""


def connection_error(url: str, exc: BaseException) -> StorageError:
    text = _first_line(exc)
    lowered = text.lower()
    where = shown_url(url)
    if "password" in lowered and ("no password" in lowered or "fe_sendauth" in lowered):
        return SignInRequired(f"数据库服务器 {where} 要求输入密码",
                              Hint("请把密码放在 PGPASSWORD 环境变量或 pgpass 文件中后重试", "请输入密码后登录"))
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return SignInRequired(f"用户 {url_user(url) or ''} 登录数据库服务器 {where} 失败：用户名或密码不对",
                              Hint("请检查用户名和密码（PGPASSWORD 环境变量或 pgpass 文件）", "请检查用户名和密码后重新登录"))
    if "does not exist" in lowered and "database" in lowered:
        return StorageError(f"数据库服务器上没有这个数据库：{where}",
                            Hint("请管理员先建好数据库（docs/server.md），或检查 --db 中的数据库名",
                                 "请管理员先建好数据库，或在“设置 → 数据与备份”中检查数据库名"))
    if "role" in lowered and "does not exist" in lowered:
        return SignInRequired(f"数据库服务器上没有用户 {url_user(url) or ''}（{where}）",
                              "请管理员为您建好用户（docs/server.md），或检查用户名")
    return StorageError(f"无法连接数据库服务器 {where}（{text}）", SERVER_HINT)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _adapt(raw: Any, psycopg: Any) -> None:
    """sqlite3's value conventions on this connection (see the module docstring)."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.numeric import IntDumper

    class BoolAsInt(IntDumper):
        def dump(self, obj: bool) -> bytes:
            return b"1" if obj else b"0"

    class IsoText(Dumper):
        oid = 0  # unknown: the server reads it as the text column it is compared with

        def dump(self, obj: Any) -> bytes:
            return (obj.isoformat(" ") if isinstance(obj, datetime) else obj.isoformat()).encode()

    class BoolAsIntLoader(Loader):
        def load(self, data: bytes) -> int:
            return 1 if bytes(data) == b"t" else 0

    class NumberLoader(Loader):
        def load(self, data: bytes) -> int | float:
            text = bytes(data).decode()
            return float(text) if any(c in text for c in ".eEN") else int(text)

    adapters = raw.adapters
    adapters.register_dumper(bool, BoolAsInt)
    adapters.register_dumper(date, IsoText)
    adapters.register_dumper(datetime, IsoText)
    adapters.register_loader("bool", BoolAsIntLoader)
    adapters.register_loader("numeric", NumberLoader)


class PostgresEngine:
    name = "postgresql"
    label = "数据库服务器"
    migrations_table = "docroute_migrations"
    counting_key = "bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    bytes_type = "bytea"

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        return (psycopg_module().Error,)

    def begin_write(self, conn: PgConnection) -> None:
        errors = psycopg_module().errors
        # Said, not assumed: under a stricter default an administrator may set, the snapshot would date
        # from before the lock was granted, and the counter row another clerk changed meanwhile could not
        # be updated ("could not serialize access").
        conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK])
        except errors.LockNotAvailable:
            conn.execute("ROLLBACK")
            raise StorageError("数据库正被其他电脑写入，等待超时，暂时无法写入", "请稍后重试") from None
        except BaseException:
            if conn.in_transaction:  # not on a dropped connection: the server rolled it back
                conn.execute("ROLLBACK")
            raise

    def before_commit(self, conn: PgConnection) -> None:
        conn.execute("SELECT pg_notify(?, '')", [CHANNEL])

    def user(self, db: Any) -> str:
        return db.user_name

    def one_of(self, column: str, placeholder: str = "?") -> str:
        return f"{column} = ANY({placeholder})"

    def packed(self, values: Iterable[Any]) -> list:
        return list(values)

    def json_rows(self, columns: str) -> str:
        return f"coalesce(json_agg(json_build_array({columns}))::text, '[]')"

    def files_folder(self, db: Any) -> Path | None:
        return getattr(db, "files", None)

    def describe(self, exc: BaseException, db: Any = None) -> tuple[str, str]:
        """A CHECK refused: its expression in SQLite's spelling (write_errors names the field from it)."""
        errors = psycopg_module().errors
        diag = getattr(exc, "diag", None)
        text = (diag.message_primary if diag is not None else None) or _first_line(exc)
        if isinstance(exc, errors.CheckViolation):
            return "check", _check_expression(db, exc, diag.constraint_name if diag else None)
        if isinstance(exc, errors.UniqueViolation):
            found = re.search(r"Key \(([^)]*)\)", diag.message_detail or "") if diag else None
            return "unique", f"{diag.table_name}.{found.group(1)}" if found and diag else text
        if isinstance(exc, (errors.NumericValueOutOfRange, OverflowError)):
            return "overflow", text
        if isinstance(exc, errors.InsufficientPrivilege):
            return "read_only", text
        if isinstance(exc, errors.DiskFull):
            return "other", f"disk is full: {text}"
        return "other", text

    def schema_sql(self, db: Any) -> str:
        from desktop_app.registry.engine.pgschema import schema_sql

        return schema_sql(db.conn)


def _check_expression(db: Any, exc: BaseException, constraint: str | None) -> str:
    """The CHECK's expression as written in the migration (IN lists and all), read from the catalog."""
    if constraint is None or db is None or db.conn.in_transaction:
        return constraint or _first_line(exc)
    definition = db.conn.execute("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?",
                                 [constraint]).fetchone()
    return sqlite_spelling(definition[0]) if definition else constraint


def sqlite_spelling(definition: str) -> str:
    """`CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))` → `kind IN ('a', 'b')`."""
    text = re.sub(r"^CHECK\s*\((.*)\)$", r"\1", definition.strip())
    text = re.sub(r"\(?(\w+) = ANY \(ARRAY\[(.*?)\]\)\)?", r"\1 IN (\2)", text)
    text = re.sub(r"::\w+(\s+\w+)?", "", text)
    text = re.sub(r"TRIM\(BOTH FROM ", "trim(", text)
    text = re.sub(r"\((\w+) >= (-?\d+)\) AND \(\1 <= (-?\d+)\)", r"\1 BETWEEN \2 AND \3", text)
    while _wrapped(text):
        text = text[1:-1]
    return text


def _wrapped(text: str) -> bool:
    """Whether the whole text is one parenthesised expression."""
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and position < len(text) - 1:
            return False
    return True


POSTGRES = PostgresEngine()
