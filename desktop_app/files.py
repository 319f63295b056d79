"""Writing an output file safely: into a temporary file beside the target, flushed to disk, then renamed
over the target. A full disk, a killed process or a failing writer leaves the previous file (or none)
and never a truncated one under the real name. Used by exports, slips and register books alike; the
registry's attachments do the same with their own hashing copy (registry/attachments.py)."""
from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from desktop_app.domain.errors import InputError, StorageError

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


@contextmanager
def replaced_atomically(target: Path, option: str = "-o") -> Iterator[Path]:
    """Yields a temporary path to write; on success it becomes `target`, on any failure it is removed.

    An OSError (in the body or while renaming) becomes one StorageError line naming the file."""
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise InputError(option, f"目录 {target.parent} 不存在", "请先创建该目录，或换一个输出路径")
    try:
        handle, name = tempfile.mkstemp(prefix=".docroute-", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise write_failed(target, exc) from None
    os.close(handle)
    temporary = Path(name)
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp's 0600 would hide an export from colleagues
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise write_failed(target, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_failed(target: Path, exc: BaseException) -> StorageError:
    """One line for a file that could not be written, with what to do about the usual causes."""
    code = getattr(exc, "errno", None)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if code in _FULL or "EFBIG" in reason or "ENOSPC" in reason:
        hint = "磁盘空间不足：请腾出空间，或换一个磁盘上的路径"
    elif code in _DENIED:
        hint = "请关闭正在打开该文件的程序（如 Excel、Word），或换一个有写入权限的路径"
    else:
        hint = "请换一个路径后重试"
    return StorageError(f"无法写入 {target}（{reason}），没有留下不完整的文件", hint)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
