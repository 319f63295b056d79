"""A disk that fills up, for the tests of outputs written to a temporary file and renamed.

A small tmpfs mounted over a folder when this process may mount one (root on Linux, with the
capability), else a file-size limit (RLIMIT_FSIZE) on the child process: either way the child's writes
beyond the limit fail, with ENOSPC or EFBIG, as on a full disk."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
CLI = "import sys; from desktop_app.cli import main; sys.exit(main())"


def run_cli(args: list[str], env_home: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    """`docroute ARGS` as a separate process (crash logs go to env_home), optionally with a file-size limit."""
    env = {**os.environ, "XDG_DATA_HOME": str(env_home), "PYTHONPATH": str(ROOT)}

    def limited() -> None:
        import resource  # POSIX only; the limit is asked for only where it exists

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True, env=env,
                          preexec_fn=limited if limit is not None else None, timeout=120)


DISKS = ("tmpfs", "rlimit")


@contextmanager
def small_disk(how: str, folder: Path, size: int, env_home: Path) -> Iterator[Callable[[list[str]], subprocess.CompletedProcess]]:
    """`run(args)` runs the CLI with `folder` as a disk of `size` bytes: a tmpfs mounted there (skipped
    where this process may not mount one), or a file-size limit on the child."""
    import pytest

    folder.mkdir(parents=True, exist_ok=True)
    if how == "rlimit" and sys.platform == "win32":
        pytest.skip("Windows has no RLIMIT_FSIZE")
    if how == "rlimit":
        yield lambda args: run_cli(args, env_home, limit=size)
        return
    can_mount = sys.platform.startswith("linux") and os.geteuid() == 0
    if not can_mount or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                       capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the rlimit case covers it")
    try:
        yield lambda args: run_cli(args, env_home)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
