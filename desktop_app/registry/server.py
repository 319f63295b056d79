"""Opening the registry on a PostgreSQL server (docs/server.md): sign in, recognise the database as
DocRoute's (or empty), create or migrate its schema in one transaction, and find out whether the
signed-in role may write.

Who may do what is the server's own business, so it holds however a clerk connects (the app, psql, a
script): each clerk signs in as a PostgreSQL role, member of the database's group role
`<db>_clerks` (read and write) or `<db>_readers` (read only: search, print, export). The owner who
creates the schema gets both group roles created (when it may create roles) and granted the tables;
the audit trail names the signed-in role (`current_user`)."""
from __future__ import annotations

from typing import Any, Callable

from desktop_app.domain.errors import Hint, StorageError
from desktop_app.registry import database
from desktop_app.registry.engine import pgmigrate, postgres

_C_COLLATIONS = ("C", "POSIX", "C.UTF-8", "C.utf8")
CREATE_HINT = Hint("请管理员按下面的命令重新建一个空数据库：CREATE DATABASE docroute OWNER docroute TEMPLATE template0 "
                   "ENCODING 'UTF8' LOCALE 'C'（见 docs/server.md）",
                   "请管理员按 docs/server.md 第 2 步，以 UTF8 编码和 C 排序规则重新建一个空数据库")


def open_registry(cls: type, url: str, *, warn: Callable[[str], None] | None = None,
                  password: str | None = None) -> Any:
    from desktop_app.registry.location import files_folder

    db = postgres.connect(url, password)
    try:
        db.files = files_folder(url)
        prepare(db)
    except postgres.psycopg_module().Error as exc:
        db.close()
        raise StorageError(f"数据库服务器 {postgres.shown_url(url)} 上的数据库无法使用（{_first(exc)}）",
                           postgres.SERVER_HINT) from None
    except BaseException:
        db.close()
        raise
    return cls(db, url, warn=warn)


def prepare(db: Any) -> None:
    where = postgres.shown_url(db.url)
    tables = {r[0] for r in db.conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()}
    applied = pgmigrate.applied(db)
    if tables and not applied:
        raise StorageError(f"服务器上的数据库 {where} 已有其他程序的表，不是公文流转助手的数据库，未作任何修改",
                           Hint("请为公文流转助手新建一个空数据库（docs/server.md），或检查 --db 中的数据库名",
                                "请为公文流转助手新建一个空数据库，或检查数据库名"))
    known = [f.stem for f in pgmigrate.files()]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StorageError(f"服务器上的数据库 {where} 由更新版本的公文流转助手建立（结构版本 {unknown[-1]}），本版本无法打开",
                           "请把这台电脑上的公文流转助手升级到与其他电脑相同的版本")
    if not applied:
        require_fit_for_new(db, where)
    elif not _may_write(db):
        db.docroute_read_only = db.url
    pending = pgmigrate.pending(db)
    if pending and getattr(db, "docroute_read_only", None):
        raise StorageError(f"服务器上的数据库 {where} 需要升级到本版本的结构，当前用户 {db.user_name} 没有权限升级",
                           "请管理员先用数据库所有者的用户打开一次（docs/server.md）")
    if pending:
        with database.write(db):
            pgmigrate.apply(db)
            grant(db)


def require_fit_for_new(db: Any, where: str) -> None:
    encoding, collation, may_create = db.conn.execute(
        "SELECT pg_encoding_to_char(encoding), datcollate, has_schema_privilege(current_schema(), 'CREATE') "
        "FROM pg_database WHERE datname = current_database()").fetchone()
    if db.conn.execute("SELECT current_setting('server_version_num')::int >= 150000").fetchone()[0]:
        provider, icu = db.conn.execute("SELECT datlocprovider, daticulocale FROM pg_database "
                                        "WHERE datname = current_database()").fetchone()
        if provider == "i":  # an ICU collation sorts by its language whatever datcollate says
            collation = f"ICU {icu}"
    if encoding != "UTF8" or collation not in _C_COLLATIONS:
        # Text sorts by code point in SQLite; a server ordering by another collation would list the
        # same registry in another order (and GBK cannot hold every character a clerk may type).
        raise StorageError(f"服务器上的数据库 {where} 的编码是 {encoding}、排序规则是 {collation}，公文流转助手需要 UTF8 编码和 C 排序规则",
                           CREATE_HINT)
    if not may_create:
        raise StorageError(f"服务器上的数据库 {where} 还是空的，当前用户 {db.user_name} 没有权限建立数据库结构",
                           "请管理员先用数据库所有者的用户打开一次（docs/server.md），再用各自的用户登录")


def _may_write(db: Any) -> bool:
    return bool(db.conn.execute("SELECT has_table_privilege('records', 'INSERT')").fetchone()[0])


def group_roles(db: Any) -> tuple[str, str]:
    """The database's two group roles: (clerks who write, readers who only read)."""
    name = db.conn.execute("SELECT current_database()").fetchone()[0]
    return f"{name}_clerks", f"{name}_readers"


def grant(db: Any) -> None:
    """Creates the group roles when this role may, and grants them the tables (after each migration,
    so new tables are covered). Inside the migrating transaction."""
    clerks, readers = group_roles(db)
    may_create_roles = db.conn.execute("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
                                       ).fetchone()[0]
    for role in (clerks, readers):
        exists = db.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [role]).fetchone()
        if not exists and may_create_roles:
            db.conn.execute(f'CREATE ROLE "{role}" NOLOGIN')
    present = {r[0] for r in db.conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(?)",
                                             [[clerks, readers]]).fetchall()}
    if clerks in present:
        db.conn.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{clerks}"')
        db.conn.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{clerks}"')
    if readers in present:
        db.conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{readers}"')


def _first(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def add_user(db: Any, name: str, password: str | None, *, read_only: bool = False) -> dict:
    """A clerk's own sign-in on the server: a login role in the database's clerks (or readers) group.
    Run by the owner (or a role that may create roles); the password goes to the server only, which
    keeps its SCRAM hash (docs/server.md)."""
    from desktop_app.domain.errors import InputError, RefusedError

    if not name or not name.replace("_", "a").isalnum() or not name[0].isalpha() or len(name) > 60:
        raise InputError("name", f"用户名“{name}”不合适", "请用字母开头、只含字母、数字和下划线的用户名，例如 zhangsan")
    clerks, readers = group_roles(db)
    group = readers if read_only else clerks
    if not db.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [group]).fetchone():
        raise RefusedError(f"服务器上还没有用户组 {group}", "请用数据库所有者（可以建立用户的角色）打开一次数据库后再添加用户")
    if db.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [name]).fetchone():
        raise RefusedError(f"服务器上已经有用户 {name}", "请换一个用户名")
    if not db.conn.execute("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
        raise RefusedError(f"无法添加用户 {name}：当前用户 {db.user_name} 没有建立用户的权限",
                           "请用数据库所有者（可以建立用户的角色，CREATEROLE）登录后再添加")
    with database.write(db):
        # The server gets the SCRAM verifier made here, never the password itself: a failing or logged
        # CREATE ROLE statement (log_statement = ddl) would otherwise write it into the server's log.
        verifier = (db.conn.raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
                    if password else "")
        quoted = db.conn.execute("SELECT quote_ident(?), quote_literal(?)", [name, verifier]).fetchone()
        login = f" PASSWORD {quoted[1]}" if password else ""
        db.conn.execute(f'CREATE ROLE {quoted[0]} LOGIN{login} IN ROLE "{group}"')
    return {"user": name, "group": group, "read_only": read_only}
