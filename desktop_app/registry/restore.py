"""Restore from a backup without ever leaving the live database half-changed.

1. The backup is read (never written) and copied to a candidate file beside the database — a chunked
   backup (a manifest, chunkstore.py) is reassembled into it, every chunk's SHA-256 checked.
2. The candidate — not the live database — is migrated to this version and verified: pages, the
   schema against the golden one, foreign keys, numbering, search index (verify.py). The first
   problem found refuses the restore, and the live database has not been touched.
3. The live database is copied to backups/<stem>-replaced-….sqlite (never pruned).
4. The candidate is swapped in with SQLite's backup API as ONE write transaction on the live
   connection: other connections (the window's counter thread, another clerk's process) see the old
   database or the new one, never a mix; a crash or a full disk in the middle rolls it back. Replacing
   the file on disk instead would pair the old -wal/-shm with the new file, cut off open connections,
   and is impossible on Windows while the file is open.

A damaged page deep in the live database does not stop this: the swap overwrites every page. A file
that cannot be opened at all is replaced on disk instead (restore_unreadable)."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Iterator

from desktop_app.domain.errors import StorageError
from desktop_app.registry import chunkstore, database, safety, search_index, verify
from desktop_app.registry.database import audit, inspect_file, migration_files, read_only
from desktop_app.registry.engine import Database

CANDIDATE_SUFFIX = ".restoring"
UNCHANGED = "未恢复，当前数据库保持不变"
OTHER_BACKUP = "请选择另一个备份文件（数据库旁的 backups 文件夹中有按日期命名的备份）"


def restore(db: Database, db_path: Path, source: Path) -> dict:
    """Replaces the live database's content by the verified, migrated copy of `source`."""
    page_size = db.conn.execute("PRAGMA page_size").fetchone()[0]
    with _candidate(db_path, source, page_size) as (cand, found):
        records = cand.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        kept, kept_verified = safety.keep_replaced(db, db_path)
        with database.write(cand):
            audit(cand, "restore", None, {"saved_as": str(kept)}, {"from": str(source)})
        _swap(cand, db, kept)
    safety.clear_damage(db_path)
    return {"restored_from": str(source), "replaced_saved_as": str(kept), "replaced_verified": kept_verified,
            "schema_version": found[-1], "records": records}


def restore_unreadable(db_path: Path, source: Path) -> dict:
    """For a database file that cannot be opened at all (damaged first pages, not SQLite): no one can
    be using it, so the verified candidate replaces the file on disk. The unreadable file and its -wal
    are copied to backups/ first; the -wal/-shm are removed before the rename, so that they can never be
    paired with the new file."""
    with _candidate(db_path, source, None) as (cand, found):
        records = cand.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        kept = safety.backups_dir(db_path) / f"{db_path.stem}-replaced-unreadable-{safety.stamp()}.sqlite"
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            for companion in ("", "-wal"):
                if Path(f"{db_path}{companion}").exists():
                    shutil.copy2(f"{db_path}{companion}", f"{kept}{companion}")
        except OSError as exc:
            raise StorageError(f"无法先保存当前的数据库文件（{exc}），{UNCHANGED}", "请检查磁盘空间后重试") from None
        with database.write(cand):
            audit(cand, "restore", None, {"saved_as": str(kept)}, {"from": str(source)})
        cand.close()
        for companion in ("-wal", "-shm"):
            Path(f"{db_path}{companion}").unlink(missing_ok=True)
        os.replace(db_path.with_name(db_path.name + CANDIDATE_SUFFIX), db_path)
    safety.clear_damage(db_path)
    return {"restored_from": str(source), "replaced_saved_as": str(kept), "replaced_verified": False,
            "schema_version": found[-1], "records": records}


@contextlib.contextmanager
def _candidate(db_path: Path, source: Path, page_size: int | None) -> Iterator[tuple[Database, list[str]]]:
    """The backup copied beside the database, migrated and verified: (connection, the backup's applied
    migrations). Refused at the first problem; the candidate file is gone afterwards either way."""
    candidate = db_path.with_name(db_path.name + CANDIDATE_SUFFIX)
    try:
        if chunkstore.is_manifest(source):  # a chunked backup: reassembled into the candidate itself
            _reassemble_candidate(db_path, source, candidate, page_size)
            found = _readable_backup(db_path, candidate, named=source)
        else:
            found = _readable_backup(db_path, source)
            _copy_candidate(source, candidate, page_size)
        cand = _prepare_candidate(candidate, source)
        try:
            yield cand, found
        finally:
            cand.close()
    finally:
        for leftover in (candidate, Path(f"{candidate}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _readable_backup(db_path: Path, source: Path, named: Path | None = None) -> list[str]:
    """The backup's applied migrations, after refusing what cannot be a backup of this registry
    (`named`: the manifest the clerk chose, when `source` is the file reassembled from it)."""
    named = named or source
    if not source.is_file():
        raise StorageError(f"找不到备份文件 {source}", "请检查路径")
    if source.resolve() == db_path.resolve():
        raise StorageError("不能用数据库自身恢复自身", OTHER_BACKUP)
    try:
        info = inspect_file(source)
    except StorageError as refused:
        raise StorageError(f"{refused.message.replace(str(source), str(named))}；{UNCHANGED}", OTHER_BACKUP) from None
    if info["new"]:
        raise StorageError(f"文件 {named} 是空的数据库，不能用来恢复；{UNCHANGED}", OTHER_BACKUP)
    return info["applied"]


def _reassemble_candidate(db_path: Path, manifest: Path, candidate: Path, page_size: int | None) -> None:
    """A chunked backup written out as the candidate (every chunk's and the whole file's SHA-256
    checked), then brought to the live database's page size like a copied one."""
    if not manifest.is_file():
        raise StorageError(f"找不到备份文件 {manifest}", "请检查路径")
    for leftover in (candidate, Path(f"{candidate}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        with chunkstore.lock(manifest.parent):  # no rotation removes a chunk while it is read
            chunkstore.reassemble(manifest, candidate)
    except StorageError as refused:
        raise StorageError(f"{refused.message}，{UNCHANGED}", OTHER_BACKUP) from None
    except OSError as exc:
        raise StorageError(f"无法在数据库旁准备恢复用的副本（{exc}），{UNCHANGED}", "请检查磁盘空间后重试") from None
    if page_size is None:
        return
    try:
        out = sqlite3.connect(str(candidate))
        try:
            if out.execute("PRAGMA page_size").fetchone()[0] != page_size:
                out.execute(f"PRAGMA page_size = {int(page_size)}")
                out.execute("VACUUM")
        finally:
            out.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"备份文件 {manifest} 无法读出（{exc}），{UNCHANGED}", OTHER_BACKUP) from None


def _copy_candidate(source: Path, candidate: Path, page_size: int | None) -> None:
    """The backup copied beside the database (its WAL included), in the live database's page size:
    the backup API cannot copy between page sizes into a WAL database."""
    for leftover in (candidate, Path(f"{candidate}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        src = read_only(source)
        out = sqlite3.connect(str(candidate))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            if page_size is not None and out.execute("PRAGMA page_size").fetchone()[0] != page_size:
                out.execute(f"PRAGMA page_size = {int(page_size)}")
                out.execute("VACUUM")
        finally:
            out.close()
            src.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"备份文件 {source} 无法读出（{exc}），{UNCHANGED}", OTHER_BACKUP) from None
    except OSError as exc:
        raise StorageError(f"无法在数据库旁准备恢复用的副本（{exc}），{UNCHANGED}", "请检查磁盘空间后重试") from None


def _prepare_candidate(candidate: Path, source: Path) -> Database:
    """The candidate opened, migrated and verified; refused (and closed) at the first problem."""
    cand = None
    try:
        cand = database.connect(candidate, wal=False)
        _migrate(cand, source)
        _index_for_this_python(cand)
        _verify(cand, candidate, source)
        return cand
    except sqlite3.DatabaseError as exc:
        if cand is not None:
            cand.close()
        raise StorageError(f"备份文件 {source} 已损坏（{exc}），{UNCHANGED}", OTHER_BACKUP) from None
    except BaseException:
        if cand is not None:
            cand.close()
        raise


def _migrate(cand: Database, source: Path) -> None:
    """Brings the candidate to this version's schema, one migration at a time (naming the one that fails)."""
    hole = verify.migration_problems(cand.conn, complete=False)
    if hole:
        raise StorageError(f"备份文件 {source} 的{hole[0]}，{UNCHANGED}", OTHER_BACKUP)
    pending = set(database.pending_migrations(cand))
    for file in migration_files():
        if file.stem not in pending:
            continue
        try:
            database.apply_migrations(cand, [file])
        except sqlite3.Error as exc:
            raise StorageError(f"备份文件 {source} 无法升级到本版本的结构（{file.stem}：{exc}），{UNCHANGED}",
                               OTHER_BACKUP) from None


def _index_for_this_python(cand: Database) -> None:
    """A backup whose postings were made under another Unicode version (another Python) is indexed again
    before it is checked: its records' texts are computed now (search_index.reindex)."""
    if search_index.unicode_changed(cand.conn):
        with database.write(cand):
            search_index.reindex(cand.conn)


def _verify(cand: Database, candidate: Path, source: Path) -> None:
    problems = verify.verify(cand.conn, candidate).problems()
    if problems:
        more = f"（另有 {len(problems) - 1} 处问题）" if len(problems) > 1 else ""
        raise StorageError(f"备份文件 {source} 未通过检查：{problems[0]}{more}，{UNCHANGED}", OTHER_BACKUP)


def _swap(cand: Database, db: Database, kept: Path) -> None:
    try:
        cand.conn.backup(db.conn)
    except sqlite3.Error as exc:
        raise StorageError(f"恢复失败（{exc}），{UNCHANGED}", f"恢复前的数据库另存在 {kept}；请检查磁盘空间后重试") from None
    with contextlib.suppress(sqlite3.Error):  # folds the copied pages into the file; others may delay it
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
