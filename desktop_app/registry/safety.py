"""Backups, restore and checks: SQLite's online backup API into a backups folder beside the database
(once a day on open and before every migration, keeping the last 30), a restore that checks the file
before it replaces anything and keeps the replaced database, and integrity and foreign-key checks."""
from __future__ import annotations

import importlib
import sqlite3
from datetime import datetime
from pathlib import Path

import sqlite_utils

from desktop_app.domain.errors import StorageError
from desktop_app.registry.database import RESTORE_HINT, inspect_file, read_only, schema_version

KEEP_BACKUPS = 30


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _auto_backups(db_path: Path) -> list[Path]:
    # Auto-named files only (stem-YYYYmmdd-HHMMSS-micro[-label].sqlite); a file the user named is never pruned.
    return sorted(p for p in backups_dir(db_path).glob(f"{db_path.stem}-20*.sqlite")
                  if p.name[len(db_path.stem) + 1:][:8].isdigit())


def backup(db: sqlite_utils.Database, db_path: Path, dest: str | Path | None = None, *,
           label: str = "") -> Path:
    """Copies the open database with the online backup API (consistent while others write)."""
    if dest is None:
        folder = backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        # Microseconds keep names unique and in time order, so pruning by name keeps the newest.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{db_path.stem}-{stamp}{label}.sqlite"
    else:
        target = Path(dest)
        if target.exists():
            raise StorageError(f"备份目标 {target} 已存在，未覆盖", "请换一个文件名")
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        out = sqlite3.connect(str(target))
        try:
            db.conn.backup(out)
        finally:
            out.close()
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise StorageError(f"备份失败：{exc}", "请检查磁盘空间和文件夹权限后重试") from None
    if dest is None:
        prune(db_path)
    return target


def prune(db_path: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in _auto_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)


def newest_backup(db_path: Path) -> Path | None:
    backups = _auto_backups(db_path)
    return backups[-1] if backups else None


def backed_up_today(db_path: Path) -> bool:
    today = datetime.now().strftime("%Y%m%d")
    return any(p.name.startswith(f"{db_path.stem}-{today}-") for p in _auto_backups(db_path))


def verify_file(path: Path) -> dict:
    """Checks a backup before it replaces anything: a DocRoute database, undamaged, of a known schema."""
    if not path.is_file():
        raise StorageError(f"找不到备份文件 {path}", "请检查路径")
    info = inspect_file(path)
    if info["new"]:
        raise StorageError(f"文件 {path} 是空的数据库，不能用来恢复", "请选择 backups 文件夹中的备份文件")
    conn = read_only(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"备份文件 {path} 已损坏（{exc}），未恢复，当前数据库保持不变", RESTORE_HINT) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise StorageError(f"备份文件 {path} 未通过完整性检查（{problems[0]}），未恢复，当前数据库保持不变",
                           "请选择另一个备份文件")
    return {"schema_version": info["applied"][-1], "records": records}


def restore_into(db: sqlite_utils.Database, db_path: Path, source: Path) -> dict:
    """Replaces the open database's content by the checked backup, keeping the replaced one first."""
    facts = verify_file(source)
    if source.resolve() == db_path.resolve():
        raise StorageError("不能用数据库自身恢复自身", "请选择 backups 文件夹中的备份文件")
    kept = backup(db, db_path, label="-replaced")
    src = read_only(source)
    try:
        src.backup(db.conn)
    except sqlite3.Error as exc:
        raise StorageError(f"恢复失败（{exc}），当前数据库未改变", f"被替换前的数据库已保存在 {kept}") from None
    finally:
        src.close()
    return {"restored_from": str(source), "replaced_saved_as": str(kept), **facts}


def check(db: sqlite_utils.Database) -> dict:
    """SQLite's integrity and foreign-key checks plus the registry's own promises (numbers without gaps)."""
    integrity = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
    foreign = [{"table": t, "rowid": r, "parent": p} for t, r, p, _ in db.conn.execute("PRAGMA foreign_key_check")]
    gaps = [{"series": s, "year": y, "numbers": n, "highest": h} for s, y, n, h in db.conn.execute(
        "SELECT series, year, count(*), max(serial) FROM numbers GROUP BY series, year HAVING count(*) != max(serial)")]
    seal = seal_ledger_check(db)
    files = attachment_problems(db)
    ok = integrity == ["ok"] and not foreign and not gaps and not files and seal.get("ok", True) is not False
    result = {"ok": ok, "integrity": integrity, "foreign_keys": foreign, "number_gaps": gaps,
              "attachments": files,
              "schema_version": schema_version(db),
              "records": db.conn.execute("SELECT count(*) FROM records").fetchone()[0],
              "seal_ledger": seal}
    if not ok:
        result["hint"] = "数据库有问题：" + RESTORE_HINT
    return result


def attachment_problems(db: sqlite_utils.Database) -> list[dict]:
    """Attachments whose managed copy is missing or no longer has the recorded size and SHA-256."""
    import hashlib

    problems = []
    for record_id, name, stored, size, sha in db.conn.execute(
            "SELECT record_id, name, stored_path, size, sha256 FROM attachments ORDER BY id"):
        path = Path(stored)
        if not path.is_file():
            problems.append({"record_id": record_id, "name": name, "problem": "文件缺失"})
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        if path.stat().st_size != size or digest.hexdigest() != sha:
            problems.append({"record_id": record_id, "name": name, "problem": "文件内容与登记时不一致"})
    return problems


def seal_ledger_check(db: sqlite_utils.Database) -> dict:
    """Hook for the seal ledger (a later issue): a module desktop_app.registry.seals with
    `verify(db) -> {"ok": bool, "entries": int}` is called when present; until then `check` says
    plainly that the ledger was not checked."""
    try:
        module = importlib.import_module("desktop_app.registry.seals")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_app.registry.seals":
            raise
        return {"checked": False, "note": "用印登记簿校验尚未实现"}
    return {"checked": True, **module.verify(db)}
