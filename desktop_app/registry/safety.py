"""Backups and `check`. A backup is SQLite's online backup API into the backups folder beside the
database, written under a temporary name, verified (`quick_check`) and only then renamed: a killed or
failed backup never counts as one. The daily backup is made once a day (before the first write from the
CLI, in the background in the window) and its failure is a warning, never a refusal. A copy that fails
verification means the database itself is damaged: that is remembered (a mark in the backups folder),
the daily backups stop, so the good backups are not rotated out, and everyone is told to restore.

An automatic backup is stored in the chunk store beside it (chunkstore.py): the verified copy cut into
compressed chunks shared with the other backups, and a manifest, written last, that makes it count. A
backup to a file the user names (`backup -o FILE`) stays a plain SQLite file.

Automatic backups are kept by retention.py (the newest 3, then one a day for a week, one a week for
five weeks, one a month for a year); rotation then removes the chunks no kept manifest names. A file
the user named and the `-replaced-` copies a restore keeps are never pruned. Restore itself lives in
restore.py, the verification in verify.py."""
from __future__ import annotations

import contextlib
import importlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from desktop_app.domain.errors import DocRouteError, Hint, StorageError
from desktop_app.registry import attachments, chunkstore, retention, verify
from desktop_app.registry.engine import Database, engine_of
from desktop_app.registry.database import RESTORE_HINT, inspect_file, read_only, schema_version

KEEP_BACKUPS = retention.RECENT  # the newest ones always kept, whatever their day
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600  # an unfinished copy untouched this long belongs to a killed backup
BACKUP_LOCK = ".backup-lock"  # held for a whole backup into the folder; chunkstore's ".lock" for a store, a rotation


class DamagedDatabase(StorageError):
    """The database's own pages are damaged (found by verifying a fresh copy of it)."""

    def __init__(self, db_path: Path, problem: str) -> None:
        self.problem = problem
        self.good_backup = newest_backup(db_path)
        super().__init__(damage_message(db_path, problem), restore_hint(self.good_backup))


@dataclass(frozen=True)
class BackupOutcome:
    """What the daily backup did: `made`, `current` (one exists today), `damaged` or `failed`."""

    status: str
    path: Path | None = None
    message: str = ""          # one Chinese line for the CLI (stderr)
    reason: str = ""           # failed: why, without advice (the window words its own)
    problem: str = ""          # damaged: what the verification found
    good_backup: Path | None = None

    @property
    def warning(self) -> bool:
        return self.status in ("damaged", "failed")


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _auto_backups(db_path: Path) -> list[Path]:
    # Auto-named backups only (stem-YYYYmmdd-HHMMSS-micro[-label] as a manifest, or a plain .sqlite
    # made by an earlier version), each verified before it got this name. Files the user named and the
    # copies a restore kept (stem-replaced-…, and the …-replaced.sqlite of earlier versions) do not
    # count and are never pruned.
    folder = backups_dir(db_path)
    found = [*folder.glob(f"{db_path.stem}-20*.sqlite"), *folder.glob(f"{db_path.stem}-20*{chunkstore.SUFFIX}")]
    return sorted(p for p in found
                  if p.name[len(db_path.stem) + 1:][:8].isdigit() and not _base(p).endswith("-replaced"))


def _base(path: Path) -> str:
    """A backup's name without .sqlite or .backup.json."""
    return path.name[:-len(chunkstore.SUFFIX)] if chunkstore.is_manifest(path) else path.stem


def stamp(now: datetime | None = None) -> str:
    # Microseconds keep names unique and in time order, so pruning by name keeps the newest.
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def backup(db: Database, db_path: Path, dest: str | Path | None = None, *, label: str = "",
           now: datetime | None = None, waiting: Callable[[], None] | None = None) -> Path:
    """Copies the open database with the online backup API (consistent while others write) to a
    temporary name and verifies the copy. Into the backups folder it then goes as chunks and a
    manifest (chunkstore.py), to `dest` as a plain SQLite file by a rename. Raises DamagedDatabase when
    the copy shows that the database itself is damaged, StorageError for any other failure; nothing
    that counts as a backup is left behind. `now` names the backup (the benchmark simulates a year).
    A backup into the backups folder waits for one already being made (`backing_up`; `waiting()` says
    so first), then makes its own: it holds what was written up to now."""
    if dest is not None:
        return _backup(db, db_path, dest, label=label, now=now)
    with backing_up(db_path, waiting):
        return _backup(db, db_path, label=label, now=now)


@contextlib.contextmanager
def backing_up(db_path: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """One backup of a database into its backups folder at a time, across threads and processes (the
    window's daily backup, 立即备份, `docroute backup` in a terminal): two at once would each copy the
    whole file (gigabytes at a million records) to store the same chunks. A second one waits."""
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(chunkstore.lock(backups_dir(db_path), name=BACKUP_LOCK, waiting=waiting))
        except OSError as exc:  # no backups folder can be made there (a file in its place, no permission)
            raise StorageError(f"备份失败：{exc}", "请检查磁盘空间和文件夹权限后重试") from None
        yield


def _backup(db: Database, db_path: Path, dest: str | Path | None = None, *, label: str = "",
            now: datetime | None = None) -> Path:
    """backup() itself; the caller holds backing_up() for a backup into the backups folder."""
    if dest is None:
        name = f"{db_path.stem}-{stamp(now)}{label}"
        target = backups_dir(db_path) / f"{name}{chunkstore.SUFFIX}"
        partial = target.with_name(f"{name}.sqlite{PARTIAL_SUFFIX}")
    else:
        target = Path(dest)
        if target.exists():
            raise StorageError(f"备份目标 {target} 已存在，未覆盖", "请换一个文件名")
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if dest is None:
            _remove_stale_partials(target.parent)
        _copy(db, partial)
    except (sqlite3.Error, OSError) as exc:
        _unlink(partial)
        raise StorageError(f"备份失败：{exc}", "请检查磁盘空间和文件夹权限后重试") from None
    problems = verify.page_problems(partial, "quick_check")
    if problems != ["ok"]:
        _unlink(partial)
        _refuse_copy(db_path, problems[0])
    try:
        if dest is None:
            with chunkstore.lock(target.parent):
                chunkstore.store(partial, target, (now or datetime.now()).isoformat(timespec="seconds"))
        else:
            os.replace(partial, target)
            _sync_folder(target.parent)
    except OSError as exc:
        raise StorageError(f"备份失败：{exc}", "请检查磁盘空间和文件夹权限后重试") from None
    finally:
        _unlink(partial)
    clear_damage(db_path)  # a verified copy: the database's pages are sound again
    if dest is None:
        prune(db_path, now=now)
    return target


def keep_replaced(db: Database, db_path: Path) -> tuple[Path, bool]:
    """The copy a restore keeps of the database it replaces, never pruned, kept even when it fails
    verification (it may be the only copy of what was there): (path, verified)."""
    target = backups_dir(db_path) / f"{db_path.stem}-replaced-{stamp()}.sqlite"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(db, partial)
        verified = verify.page_problems(partial, "quick_check") == ["ok"]
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        _unlink(partial)
        raise StorageError(f"无法先保存当前数据库（{exc}），未恢复，当前数据库保持不变",
                           "请检查磁盘空间和文件夹权限后重试") from None
    return target, verified


def _copy(db: Database, target: Path) -> None:
    _unlink(target)
    out = sqlite3.connect(str(target))
    try:
        db.conn.backup(out)
        # A copy stands alone: without this it would inherit WAL mode and grow -wal/-shm when read.
        out.execute("PRAGMA journal_mode=DELETE")
    finally:
        out.close()
    with target.open("rb+") as handle:  # on disk before the rename makes it count
        os.fsync(handle.fileno())


def _refuse_copy(db_path: Path, problem: str) -> None:
    """A copy failed verification: the database is damaged (mark it) unless the database itself
    passes the same check, in which case writing the copy went wrong."""
    if verify.page_problems(db_path, "quick_check") == ["ok"]:
        raise StorageError(f"备份失败：写出的备份文件未通过校验（{problem}）", "请检查磁盘后重试")
    mark_damaged(db_path, problem)
    raise DamagedDatabase(db_path, problem)


def _remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in [*folder.glob(f"*{PARTIAL_SUFFIX}"), *folder.glob(f"*{PARTIAL_SUFFIX}-journal")]:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _unlink(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sync_folder(folder: Path) -> None:
    chunkstore.sync_folder(folder)


def prune(db_path: Path, keep: int = KEEP_BACKUPS, now: datetime | None = None) -> None:
    """Applies the retention (retention.py) to the automatic backups, then removes the chunks no kept
    manifest names. Every backup passed verification, and none is made while the database is marked
    damaged, so the newest good backup is never pruned."""
    folder = backups_dir(db_path)
    with chunkstore.lock(folder):
        copies = {p: retention.copy_of(p) for p in _auto_backups(db_path)}
        kept = retention.keep([c for c in copies.values() if c is not None], now or datetime.now(), keep)
        for path, copy in copies.items():
            if copy is not None and copy.name not in kept:
                path.unlink(missing_ok=True)
        chunkstore.collect(folder)


def backup_files(db_path: Path) -> list[Path]:
    """Every backup in the backups folder: manifests and plain copies (automatic, named, replaced)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.is_file() and (p.suffix == ".sqlite" or chunkstore.is_manifest(p))]


def backup_space(db_path: Path) -> dict:
    """What the backups beside the database take on disk (for 设置): plain copies and manifests, and
    the chunks they share, counted once; `as_full_copies_bytes` is what they would take unshared."""
    files = backup_files(db_path)
    chunks, chunk_bytes = chunkstore.stored_bytes(backups_dir(db_path))
    full = sum(database_size(p) for p in files)
    return {**retention.space(files, db_path, shared_bytes=chunk_bytes), "chunks": chunks,
            "as_full_copies_bytes": full}


@contextlib.contextmanager
def plain_copy(path: Path) -> Iterator[Path]:
    """A backup as a plain SQLite file to read (a `Verify` in 设置): a plain backup is itself, a manifest
    is reassembled beside it (every chunk's SHA-256 checked; StorageError names a missing or damaged
    one) and the reassembled file removed afterwards."""
    if not chunkstore.is_manifest(path):
        yield path
        return
    target = path.with_name(path.name + ".verifying")
    try:
        with chunkstore.lock(path.parent):
            chunkstore.reassemble(path, target)
        yield target
    finally:
        _unlink(target)


@dataclass(frozen=True)
class BackupCheck:
    """What checking a backup file found (校验所选备份): `refused` (why it is no DocRoute database, or a
    chunk is missing or damaged), an empty database, damaged pages, or sound with its records and structure."""

    refused: str = ""
    empty: bool = False
    pages: tuple[str, ...] = ("ok",)
    records: int = 0
    structure: str = ""

    @property
    def ok(self) -> bool:
        return not self.refused and not self.empty and self.pages == ("ok",)


def check_backup(path: Path) -> BackupCheck:
    """Reads a backup as a restore would (a chunked one reassembled beside it, every chunk checked) and
    checks every page (`quick_check`); counts its records when sound. Reads the files only: any thread."""
    try:
        with plain_copy(Path(path)) as plain:
            info = inspect_file(plain)
            if info["new"]:
                return BackupCheck(empty=True)
            pages = tuple(verify.page_problems(plain, "quick_check"))
            if pages != ("ok",):
                return BackupCheck(pages=pages)
            conn = read_only(plain)
            try:
                records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
            finally:
                conn.close()
            return BackupCheck(records=records, structure=info["applied"][-1])
    except DocRouteError as error:
        return BackupCheck(refused=error.message)
    except OSError as exc:  # reassembling it beside the manifest failed (a full disk)
        return BackupCheck(refused=f"无法读出备份 {Path(path).name}（{exc}）")


def database_size(path: Path) -> int:
    """The size of the database a backup gives back (a manifest's whole file, a plain copy's own)."""
    try:
        return chunkstore.read(path).size if chunkstore.is_manifest(path) else path.stat().st_size
    except (StorageError, OSError):
        return 0


def newest_backup(db_path: Path) -> Path | None:
    backups = _auto_backups(db_path)
    return backups[-1] if backups else None


def backed_up_today(db_path: Path) -> bool:
    today = datetime.now().strftime("%Y%m%d")
    return any(p.name.startswith(f"{db_path.stem}-{today}-") for p in _auto_backups(db_path))


def daily(db: Database, db_path: Path) -> BackupOutcome:
    """Today's backup unless one exists or the database is marked damaged. Never raises."""
    mark = damage(db_path)
    if mark is not None:
        return _damaged(db_path, mark["problem"])
    if backed_up_today(db_path):
        return BackupOutcome("current", newest_backup(db_path))
    try:
        with backing_up(db_path):  # a 立即备份 under way is waited for, and then is today's backup
            mark = damage(db_path)
            if mark is not None:
                return _damaged(db_path, mark["problem"])
            if backed_up_today(db_path):
                return BackupOutcome("current", newest_backup(db_path))
            return BackupOutcome("made", _backup(db, db_path))
    except DamagedDatabase as damaged:
        return _damaged(db_path, damaged.problem)
    except StorageError as error:
        return BackupOutcome("failed", message=f"今天的自动备份没有完成（{error.message}），本次操作照常进行；"
                                               f"{error.hint}", reason=error.message)


def before_migrating(db: Database, db_path: Path, migration: str) -> BackupOutcome:
    """The backup made before a migration, once: an open that fails again does not make another."""
    if any(_base(p).endswith(f"-before-{migration}") for p in _auto_backups(db_path)):
        return BackupOutcome("current", newest_backup(db_path))
    try:
        return BackupOutcome("made", backup(db, db_path, label="-before-" + migration))
    except DamagedDatabase as damaged:
        return _damaged(db_path, damaged.problem)
    except StorageError as error:
        return BackupOutcome("failed", message=f"升级数据库结构前的备份没有完成（{error.message}）；{error.hint}",
                             reason=error.message)


def _damaged(db_path: Path, problem: str) -> BackupOutcome:
    good = newest_backup(db_path)
    return BackupOutcome("damaged", message=f"{damage_message(db_path, problem)}；{restore_hint(good)}",
                         problem=problem, good_backup=good)


def damage_message(db_path: Path, problem: str) -> str:
    return (f"数据库 {db_path.name} 已损坏（备份校验发现：{problem}），已停止每日自动备份，"
            "以免完好的备份被轮换掉")


def restore_hint(good: Path | None) -> str:
    if good is None:
        return RESTORE_HINT
    return Hint(f"请用 `docroute restore {good}` 恢复最新的完好备份，再补录此后的变动",
                f"请在“设置 → 数据与备份”中点“从备份恢复…”，选择最新的完好备份 {good.name}，再补录此后的变动")


# ---- the damage mark ------------------------------------------------------------------------
def _mark_path(db_path: Path) -> Path:
    return backups_dir(db_path) / f"{db_path.stem}-damaged.json"


def mark_damaged(db_path: Path, problem: str) -> None:
    with contextlib.suppress(OSError):
        _mark_path(db_path).parent.mkdir(parents=True, exist_ok=True)
        _mark_path(db_path).write_text(json.dumps(
            {"found_at": datetime.now().isoformat(timespec="seconds"), "problem": problem},
            ensure_ascii=False), encoding="utf-8")


def damage(db_path: Path) -> dict | None:
    """{"found_at", "problem"} while the database is marked damaged, else None."""
    try:
        mark = json.loads(_mark_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return mark if isinstance(mark, dict) and "problem" in mark else None


def clear_damage(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        _mark_path(db_path).unlink(missing_ok=True)


# ---- check ------------------------------------------------------------------------------------
def check(db: Database, db_path: Path, *, full: bool = False) -> dict:
    """Pages, schema, foreign keys, numbering and the search index (verify.py), plus attachments and
    the seal ledger. Damaged pages mark the database damaged (daily backups stop); sound pages clear it.

    The page check is `quick_check` (every page, every NOT NULL and CHECK; ~5 s at 1,000,000 records),
    `full=True` adds what `integrity_check` adds — that each index holds exactly its table's rows, and
    UNIQUE — for ~8 s more: the search-index comparison already costs ~10 s and `check` must stay < 25 s."""
    if engine_of(db).name != "sqlite":
        from desktop_app.registry import server_check

        return server_check.check(db, full=full)
    pages = "integrity_check" if full else "quick_check"
    report = verify.verify(db.conn, db_path, pages=pages)
    unreadable: list[str] = []  # a damaged page can stop any of the reads below: report it, go on
    seal = _readable(lambda: seal_ledger_check(db), {"checked": False, "ok": False}, "用印登记簿", unreadable)
    files = _readable(lambda: attachment_problems(db), [], "附件登记", unreadable)
    records = _readable(lambda: db.conn.execute("SELECT count(*) FROM records").fetchone()[0], None, "公文记录",
                        unreadable)
    problems = report.problems() + [f"附件 {f['name']}（记录 {f['record_id']}）：{f['problem']}" for f in files]
    problems += unreadable
    if seal.get("ok", True) is False:
        problems.append("用印登记簿校验未通过")
    if list(report.integrity) == ["ok"]:
        clear_damage(db_path)
    else:
        mark_damaged(db_path, report.integrity[0])
    result = {"ok": not problems, "problems": problems, "page_check": pages, "integrity": list(report.integrity),
              "schema": list(report.migrations + report.schema), "foreign_keys": list(report.foreign_keys),
              "number_gaps": list(report.number_gaps), "numbering": list(report.numbering),
              "search_index": report.search_index, "attachments": files,
              "schema_version": schema_version(db),
              "records": records, "seal_ledger": seal}
    if problems:
        result["hint"] = "数据库有问题：" + restore_hint(newest_backup(db_path))
    return result


def _readable(read: Any, fallback: Any, what: str, problems: list[str]) -> Any:
    try:
        return read()
    except sqlite3.DatabaseError as exc:
        problems.append(f"{what}无法读取（{exc}）")
        return fallback


def attachment_problems(db: Database) -> list[dict]:
    """Attachments whose managed copy is missing or no longer has the recorded size and SHA-256."""
    import hashlib

    problems = []
    for record_id, name, stored, size, sha in db.conn.execute(
            "SELECT record_id, name, stored_path, size, sha256 FROM attachments ORDER BY id").fetchall():
        path = attachments.stored_file(db, stored)
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


def seal_ledger_check(db: Database) -> dict:
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
