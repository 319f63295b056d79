"""Backups that share what has not changed: a content-addressed store of compressed chunks beside the
database (backups/chunks/), and one small manifest per backup (backups/<stem>-<stamp>.backup.json) with
the whole file's size and SHA-256 and the list of its chunks.

A backup is a verified copy of the database (safety.backup) cut into fixed 64 KiB chunks — sixteen
4 KiB SQLite pages, aligned with them: a day of registrations changes a few hundred pages, and every
other chunk is already in the store. A chunk is named by the SHA-256 of its bytes and stored
zlib-compressed at level 1 (zlib releases the GIL, so two threads compress). Measured at 1,000,000
records (docs/registry.md "Backups"): 4 KiB chunks change the fewest bytes a day but make 500,000 files,
256 KiB ones change 1.5-2.5x the bytes of 64 KiB; zlib level 1 shrinks a chunk 4.8x at 180 MB/s, level 6
5.6x at 52 MB/s, lzma 6.6-7.5x at 5-39 MB/s, zstd (not in the standard library) 5.5x at 510 MB/s. A
year of backups took 0.37x the database at level 6, far below the 3x allowed, so the first backup's
speed decides: level 1, stdlib only.

Writing: each new chunk goes to a temporary name, is fsynced and renamed; the manifest is written the
same way, last. A backup killed before its manifest is renamed never counts: what it left is chunks no
manifest names, which the next rotation removes (collect). Backups and rotations of one folder take an
OS file lock (released by the system when a process dies), so one never removes a chunk another is
about to name. Reading: every chunk is decompressed and its SHA-256 checked, then the whole file's."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from desktop_app.domain.errors import StorageError

FORMAT = "docroute-backup/1"
SUFFIX = ".backup.json"
CHUNK = 64 * 1024
LEVEL = 1
PARTIAL = ".partial"
_WORKERS = 2
CHECK_DAYS = 7  # a reused chunk is read back once in this many days (store)


@dataclass(frozen=True)
class Manifest:
    path: Path
    size: int
    sha256: str
    chunk_size: int
    chunks: tuple[str, ...]
    taken: str
    verified: str  # the page check the copy passed before it counted ("quick_check")
    repaired: int = 0  # stored chunks found damaged by this backup and written again


def is_manifest(path: Path) -> bool:
    return path.name.endswith(SUFFIX)


def chunks_dir(folder: Path) -> Path:
    return folder / "chunks"


def chunk_path(folder: Path, digest: str) -> Path:
    return chunks_dir(folder) / digest[:2] / digest


# ---- writing -------------------------------------------------------------------------------------
def store(copy: Path, manifest: Path, taken: str, verified: str = "quick_check") -> Manifest:
    """Adds the chunks of the verified `copy` that the store lacks and writes `manifest` last.
    The caller holds lock(folder). Raises OSError (a full disk …); nothing then names the new chunks.

    A chunk already stored is reused unread, except one seventh of them each day in turn (by the day of
    `taken`), which is read back and checked: one damaged on disk (a bad sector, a stray edit) is written
    again from the database's own bytes, which are the very content its name stands for, so every older
    backup naming it is whole again. Within a week every chunk the database still holds is checked."""
    folder = manifest.parent
    turn = _turn(taken)
    whole, names, written, repaired = hashlib.sha256(), [], set(), 0
    with copy.open("rb") as source, ThreadPoolExecutor(_WORKERS) as pool:
        pending: list = []
        for block in iter(lambda: source.read(CHUNK), b""):
            whole.update(block)
            digest = hashlib.sha256(block).hexdigest()
            names.append(digest)
            target = chunk_path(folder, digest)
            if not target.exists():
                pending.append(pool.submit(_compressed, digest, block))
            elif int(digest[:2], 16) % CHECK_DAYS == turn:
                pending.append(pool.submit(_repair, target, digest, block))
            if len(pending) >= 64:  # bounded memory: write what the workers have done so far
                repaired += _write_chunks(folder, pending, written)
                pending = []
        repaired += _write_chunks(folder, pending, written)
        size = source.tell()
    for changed in written:  # the new names in chunks/xx/ are durable before the manifest names them
        sync_folder(changed)
    if written:
        sync_folder(chunks_dir(folder))
    entry = Manifest(manifest, size, whole.hexdigest(), CHUNK, tuple(names), taken, verified, repaired)
    _write_file(manifest, json.dumps(_manifest_json(entry), ensure_ascii=False).encode("utf-8"))
    sync_folder(folder)
    return entry


def _turn(taken: str) -> int:
    try:
        return date.fromisoformat(taken[:10]).toordinal() % CHECK_DAYS
    except ValueError:
        return 0


def _compressed(digest: str, block: bytes) -> tuple[str, bytes, bool]:
    return digest, zlib.compress(block, LEVEL), False


def _repair(target: Path, digest: str, block: bytes) -> tuple[str, bytes, bool] | None:
    """None when the stored chunk reads back as `digest`; else its bytes to write again."""
    try:
        intact = hashlib.sha256(zlib.decompress(target.read_bytes())).hexdigest() == digest
    except (OSError, zlib.error):
        intact = False
    return None if intact else (digest, zlib.compress(block, LEVEL), True)


def _write_chunks(folder: Path, pending: list, written: set) -> int:
    """Writes the workers' chunks (new ones, and damaged ones again); returns how many were repairs."""
    repaired = 0
    for future in pending:
        done = future.result()
        if done is None:
            continue
        digest, data, repair = done
        target = chunk_path(folder, digest)
        if target.exists() and not repair:  # the same chunk twice in one file (e.g. empty pages)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_file(target, data)
        written.add(target.parent)
        repaired += repair
    return repaired


def _write_file(target: Path, data: bytes) -> None:
    """Temporary name, fsync, rename: under its final name a file is always whole."""
    partial = target.with_name(target.name + PARTIAL)
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _manifest_json(entry: Manifest) -> dict:
    return {"format": FORMAT, "taken": entry.taken, "size": entry.size, "sha256": entry.sha256,
            "chunk_size": entry.chunk_size, "compression": f"zlib-{LEVEL}", "verified": entry.verified,
            "repaired_chunks": entry.repaired, "chunks": list(entry.chunks)}


def sync_folder(folder: Path) -> None:
    """Makes renames in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---- reading -------------------------------------------------------------------------------------
def read(path: Path) -> Manifest:
    """The manifest at `path`; StorageError when it is not one this version can read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(data.get("format"))
        chunks = tuple(str(c) for c in data["chunks"])
        if any(len(c) != 64 for c in chunks) or not isinstance(data["size"], int):
            raise ValueError("chunks")
        return Manifest(path, data["size"], str(data["sha256"]), int(data["chunk_size"]), chunks,
                        str(data.get("taken", "")), str(data.get("verified", "")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StorageError(f"文件 {path} 不是可读的公文流转助手备份清单（{type(exc).__name__}）",
                           "请选择另一个备份文件") from None


def reassemble(path: Path, target: Path) -> Manifest:
    """Writes the database a manifest stands for to `target` (fsynced), checking every chunk's and
    the whole file's SHA-256. StorageError names a missing or damaged chunk; `target` is then removed."""
    entry = read(path)
    whole = hashlib.sha256()
    try:
        with target.open("wb") as out:
            for number, digest in enumerate(entry.chunks):
                block = _chunk(path.parent, digest, number)
                whole.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
            written = out.tell()
        if written != entry.size or whole.hexdigest() != entry.sha256:
            raise StorageError(f"备份 {path.name} 拼合后与清单记录的校验值不符", "请选择另一个备份文件")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return entry


def _chunk(folder: Path, digest: str, number: int) -> bytes:
    try:
        block = zlib.decompress(chunk_path(folder, digest).read_bytes())
    except FileNotFoundError:
        raise StorageError(f"备份缺少第 {number + 1} 块数据（chunks/{digest[:2]}/{digest}）",
                           "请选择另一个备份文件") from None
    except zlib.error:
        block = b""
    if hashlib.sha256(block).hexdigest() != digest:
        raise StorageError(f"备份的第 {number + 1} 块数据已损坏（chunks/{digest[:2]}/{digest}）",
                           "请选择另一个备份文件")
    return block


# ---- rotation and space --------------------------------------------------------------------------
def referenced(folder: Path) -> set[str] | None:
    """Every chunk some manifest in `folder` names; None when a manifest cannot be read (a passing read
    error, a damaged byte, a newer DocRoute's format): what it names is then unknown."""
    names: set[str] = set()
    for manifest in folder.glob(f"*{SUFFIX}"):
        try:
            names.update(read(manifest).chunks)
        except StorageError:
            return None
    return names


def collect(folder: Path) -> int:
    """Removes the chunks no manifest names, and unfinished chunk files (under the lock, any is a dead
    backup's). The caller holds lock(folder). Returns the bytes freed. Removes nothing while a manifest
    cannot be read: its chunks may be among the others, and a backup that counts must stay whole."""
    keep, freed = referenced(folder), 0
    if keep is None:
        return 0
    for path in _chunk_files(folder):
        if path.name in keep:
            continue
        with contextlib.suppress(OSError):
            size = path.stat().st_size
            path.unlink()
            freed += size
    return freed


def _chunk_files(folder: Path) -> Iterator[Path]:
    root = chunks_dir(folder)
    if root.is_dir():
        for sub in root.iterdir():
            if sub.is_dir():
                yield from sub.iterdir()


def stored_bytes(folder: Path) -> tuple[int, int]:
    """(chunk files, their bytes) in the store."""
    count = size = 0
    for path in _chunk_files(folder):
        with contextlib.suppress(OSError):
            size += path.stat().st_size
            count += 1
    return count, size


# ---- the lock ------------------------------------------------------------------------------------
@contextlib.contextmanager
def lock(folder: Path, *, name: str = ".lock", waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """One backup or rotation of this folder at a time, across processes and threads (each holder opens
    the file itself); the system releases the lock of a process that dies. `name`: another lock in the
    same place (safety.backing_up); `waiting()` is called once, before waiting, when another holds it."""
    chunks_dir(folder).mkdir(parents=True, exist_ok=True)
    with open(chunks_dir(folder) / name, "a+b") as handle:
        if not _try_acquire(handle):
            if waiting is not None:
                waiting()
            _acquire(handle)
        try:
            yield
        finally:
            _release(handle)


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt
    import time

    def _try_acquire(handle) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _acquire(handle) -> None:
        while not _try_acquire(handle):
            time.sleep(0.2)

    def _release(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_acquire(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _acquire(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _release(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
