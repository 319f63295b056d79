"""Backups of a server database are PostgreSQL's own: `pg_dump` (custom format) into a file, checked
by `pg_restore --list` before it gets its name; a restore is `pg_restore` into an EMPTY database, in
one transaction, after which the registry opens it and `check` verifies it (docs/server.md).

Restoring over the live shared database, with other clerks signed in, is refused: the administrator
creates a new empty database, restores into it and points the PCs at it — the old one stays as it
was until it is no longer needed. The daily automatic copy a file database gets is, for a server, the
administrator's scheduled pg_dump on the server itself (docs/server.md gives the line)."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import Hint, RefusedError, StorageError
from desktop_app.registry.engine import postgres

SUFFIX = ".dump"
NOT_FOUND = Hint("请在本机安装 PostgreSQL 客户端工具（Windows：PostgreSQL 安装包中的 Command Line Tools；麒麟/统信："
                 "sudo apt install postgresql-client），或由管理员在服务器上运行 pg_dump（docs/server.md）",
                 "请在本机安装 PostgreSQL 客户端工具（含 pg_dump），或请管理员在服务器上备份")


def find_tool(name: str) -> Path | None:
    """pg_dump or pg_restore: on PATH, else where PostgreSQL's installers put them (newest first)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)), key=_version, reverse=True)
    return Path(candidates[0]) if candidates else None


def _version(path: str) -> tuple[int, ...]:
    parts = [p for p in Path(path).parts if p.replace(".", "").isdigit()]
    return tuple(int(x) for x in parts[-1].split(".")) if parts else (0,)


def default_folder(db: Any) -> Path:
    """This PC's pg_dump files of that server database: backups/<server>-<port>-<database>/ in the
    user's data folder (two servers' backups never mix)."""
    from urllib.parse import urlsplit

    from desktop_app.paths import user_data_dir

    parts = urlsplit(db.url)
    name = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{parts.path.lstrip('/')}"
    return user_data_dir() / "backups" / "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def space(db: Any) -> dict:
    """What this PC's pg_dump files of the database take, for 设置 (as retention.space for a file)."""
    folder = default_folder(db)
    files = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    used = sum(p.stat().st_size for p in files)
    size = db.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    made = [datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds") for p in files]
    return {"backups": len(files), "bytes": used, "database_bytes": size,
            "times_the_database": round(used / size, 2) if size else None,
            "oldest": made[0] if made else None, "newest": made[-1] if made else None}


def backup(db: Any, dest: str | Path | None = None) -> Path:
    """pg_dump of the database into `dest` (default: the user's backups folder), verified by
    pg_restore --list, written under a temporary name first."""
    tool = find_tool("pg_dump")
    if tool is None:
        raise StorageError("本机没有找到 pg_dump，数据库服务器的备份没有做", NOT_FOUND)
    name = db.conn.execute("SELECT current_database()").fetchone()[0]
    target = Path(dest) if dest else default_folder(db) / f"{name}-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        # -Fc: the custom format pg_restore reads; -O -x: no owner or grants (roles belong to a server).
        _run([str(tool), "-Fc", "-O", "-x", "-f", str(partial), "-d", db.url], db, "备份")
        _check_dump(partial, db)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _check_dump(path: Path, db: Any) -> None:
    tool = find_tool("pg_restore")
    if tool is not None:
        listing = _run([str(tool), "-l", str(path)], db, "检查备份")
        if "TABLE DATA public records" not in listing:
            raise StorageError(f"备份文件 {path} 不完整（没有公文记录表的数据）", "请重试；如反复出现请联系管理员")


def restore(url: str, source: Path, password: str | None = None) -> dict:
    """pg_restore of a pg_dump file into the EMPTY database at `url`, in one transaction."""
    from desktop_app.registry import Registry

    if not source.is_file():
        raise StorageError(f"找不到备份文件 {source}", "请检查路径")
    if source.read_bytes()[:5] != b"PGDMP":
        raise RefusedError(f"{source} 不是数据库服务器的备份（pg_dump 文件）",
                           Hint("本机数据库文件（.sqlite）请用 `docroute migrate-to` 迁移到服务器", "请选择 pg_dump 备份文件"))
    target = postgres.connect(url, password)
    try:
        tables = target.conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
        if tables:
            raise RefusedError(f"服务器上的数据库 {postgres.shown_url(url)} 不是空的，不能在正在使用的数据库上恢复，未作任何修改",
                               Hint("请管理员新建一个空数据库，恢复到它，再让各电脑改用新数据库（docs/server.md）",
                                    "请管理员新建一个空数据库，恢复到它，再在“设置 → 数据与备份”中改用新数据库"))
        tool = find_tool("pg_restore")
        if tool is None:
            raise StorageError("本机没有找到 pg_restore，无法恢复", NOT_FOUND)
        # -O -x: no owner, no grants (server.grant gives them); -e -1: stop at the first error, one transaction.
        _run([str(tool), "-O", "-x", "-e", "-1", "-d", url, str(source)], target, "恢复")
    finally:
        target.close()
    from desktop_app.registry import database, server

    with Registry.open(url, password=password) as restored:
        with database.write(restored.db):  # the dump carries no grants: roles belong to the server
            server.grant(restored.db)
        checked = restored.check()
    return {"restored": str(source), "into": postgres.shown_url(url), "schema_version": checked["schema_version"],
            "check": {"ok": checked["ok"], "problems": checked["problems"]}}


def _run(command: list[str], db: Any, what: str) -> str:
    env = dict(os.environ)
    password = getattr(db.conn.raw.info, "password", None)
    if password:
        env["PGPASSWORD"] = password
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=6 * 3600)
    except OSError as exc:
        raise StorageError(f"无法运行 {Path(command[0]).name}（{exc}），{what}没有完成", NOT_FOUND) from None
    if done.returncode != 0:
        line = next((ln for ln in done.stderr.splitlines() if ln.strip()), "")
        if "version mismatch" in line:
            raise StorageError(f"本机的 {Path(command[0]).name} 版本低于服务器（{line}），{what}没有完成",
                               "请安装与服务器版本相同或更新的 PostgreSQL 客户端工具")
        raise StorageError(f"{Path(command[0]).name} 出错，{what}没有完成（{line}）", "请检查服务器连接和磁盘空间后重试")
    return done.stdout
