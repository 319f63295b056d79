"""The managed attachment files: `attachments/<record id>/` beside the database.

A file is read once, hashed while it is copied to a temporary name in its folder, flushed to disk and
only then renamed to `<sha256[:12]>-<name>`: a full disk or a killed process leaves no partial file
under a real name. Every folder on the way is checked not to be a symbolic link, and the final folder
must resolve inside the data folder, so a link planted in `attachments/` cannot make us write elsewhere."""
from __future__ import annotations

import errno
import hashlib
import os
import secrets
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import Hint, InputError, StorageError
from desktop_app.domain.values import bad_character

FOLDER = "attachments"
# A server keeps no files itself: attachments, scans and archive packages go to a shared folder that
# each PC names in 设置 (docs/server.md); until then the registry refuses to store one.
NO_FILES_FOLDER = StorageError("还没有设置存放附件、扫描件和归档文件的共享文件夹，文件没有保存",
                               Hint("请用 `docroute use 服务器地址 --files 共享文件夹` 设置本机访问服务器共享文件夹的路径（docs/server.md）",
                                    "请在“设置 → 数据与备份”中设置存放附件的共享文件夹"))
MAX_STORED_NAME_BYTES = 200  # well under the 255 bytes a file name may have, with room for the hash
_CHUNK = 1 << 20
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def checked_name(source: Path) -> str:
    """The file's name as it is recorded, or InputError: it must be UTF-8 text on one line."""
    name = source.name
    bad = bad_character(name) or next(((i, ch) for i, ch in enumerate(name, 1) if ch in "\t\n"), None)
    if bad is not None:
        if "\udc80" <= bad[1] <= "\udcff":
            raise InputError("file", "附件的文件名不是有效的 UTF-8 文字（可能来自其他系统）", "请把文件改名后重试")
        raise InputError("file", f"附件的文件名第 {bad[0]} 个字符是控制字符 U+{ord(bad[1]):04X}", "请把文件改名后重试")
    return name


def stored_name(digest: str, name: str) -> str:
    """`<hash>-<name>`, shortened (keeping the extension) so that the file system accepts it."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 16:
        stem, suffix = name, ""
    suffix = f".{suffix}" if suffix else ""
    prefix = f"{digest[:12]}-"
    room = MAX_STORED_NAME_BYTES - len(prefix.encode()) - len(suffix.encode())
    encoded = stem.encode("utf-8")[:room]
    return prefix + encoded.decode("utf-8", errors="ignore") + suffix


def managed_folder(data_dir: Path, record_id: int) -> Path:
    """attachments/<id> inside the data folder, created if needed; never through a symbolic link."""
    data_dir = data_dir.resolve()
    folder = data_dir
    for part in (FOLDER, str(int(record_id))):
        folder = folder / part
        if folder.is_symlink():
            raise StorageError(f"附件文件夹 {folder} 是一个符号链接，已拒绝写入（附件只保存在数据文件夹内）",
                               "请删除该链接，或把它换成普通文件夹后重试")
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建附件文件夹 {folder}（{exc.strerror}）", "请检查文件夹权限后重试") from None
    if not folder.resolve().is_relative_to(data_dir):
        raise StorageError(f"附件文件夹 {folder} 不在数据文件夹 {data_dir} 内，已拒绝写入", "请检查该文件夹")
    return folder


def store(data_dir: Path, record_id: int, source: Path, name: str) -> tuple[Path, str, int]:
    """Copies source into the record's folder: (stored path, SHA-256 hex, size in bytes)."""
    folder = managed_folder(data_dir, record_id)
    temporary = folder / f".part-{secrets.token_hex(8)}"
    try:
        digest, size = _copy_hashed(source, temporary)
        stat = source.stat()
        os.utime(temporary, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        target = folder / stored_name(digest, name)
        os.replace(temporary, target)  # rename() replaces a link planted under this name, never follows it
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        full = exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))
        raise StorageError(f"无法复制附件 {name}（{exc.strerror or exc}），附件没有保存",
                           "请腾出磁盘空间后重试" if full else "请检查文件是否可读、数据文件夹是否可写") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target, digest, size


def _copy_hashed(source: Path, temporary: Path) -> tuple[str, int]:
    """One read of the source: each chunk is hashed and written; the copy is on disk when this returns."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as reader:
        handle = os.open(temporary, _OPEN_FLAGS, 0o644)
        with os.fdopen(handle, "wb") as writer:
            for chunk in iter(lambda: reader.read(_CHUNK), b""):
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    return digest.hexdigest(), size


def stored_file(db: Any, stored_path: str) -> Path:
    """Where a recorded attachment is: a file's registry records the absolute path, a server's the path
    inside its shared folder (the same on every PC, whichever way the PC reaches the share)."""
    path = Path(stored_path)
    if path.is_absolute():
        return path
    from desktop_app.registry.engine import engine_of

    folder = engine_of(db).files_folder(db)
    return (folder / path) if folder is not None else path


def recorded_path(db: Any, target: Path) -> str:
    """What the registry records for a copy it just stored (see stored_file)."""
    from desktop_app.registry.engine import engine_of

    engine = engine_of(db)
    if engine.name == "sqlite":
        return str(target)
    return target.relative_to(engine.files_folder(db).resolve()).as_posix()
