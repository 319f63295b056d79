"""Real disks that are full or read-only, for the safety tests: a small tmpfs (or one remounted
read-only) mounted in a private mount namespace (`unshare`), so nothing leaks to the machine; where no
namespace can be made, a file-size limit (RLIMIT_FSIZE) stands in for the full disk."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs docroute commands given as JSON on argv[1], writes [[code, stdout, stderr], …] to argv[2].
RUN_COMMANDS = f"""
import json, subprocess, sys
results = []
for args in json.loads(sys.argv[1]):
    done = subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          cwd={str(ROOT)!r})
    results.append([done.returncode, done.stdout, done.stderr])
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(results, ensure_ascii=False))
"""


@cache
def namespaces() -> bool:
    """Whether this machine lets us mount a tmpfs in a private user and mount namespace."""
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


def docroute_on_tmpfs(mount: Path, size_kb: int, setup: str, commands: list[list[str]], out: Path,
                      read_only: bool = False) -> list[list]:
    """Mounts a tmpfs of `size_kb` at `mount`, runs the shell `setup` (e.g. copy a database in), remounts
    it read-only if asked, then runs each docroute command; returns [code, stdout, stderr] for each."""
    mount.mkdir(parents=True, exist_ok=True)
    script = (f"mount -t tmpfs -o size={size_kb}k tmpfs {mount} && {setup} && "
              + (f"mount -o remount,ro {mount} && " if read_only else "")
              + f'"{sys.executable}" -c "$0" "$1" "$2"')
    done = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", script, RUN_COMMANDS,
                           json.dumps(commands), str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def docroute_with_file_limit(limit_bytes: int, commands: list[list[str]]) -> list[list]:
    """Each docroute command in a process that cannot write a file beyond `limit_bytes` (EFBIG)."""
    results = []
    for args in commands:
        done = subprocess.run(
            [sys.executable, "-c",
             "import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_FSIZE, "
             f"({limit_bytes}, {limit_bytes})); sys.argv = ['docroute', *sys.argv[1:]]; "
             "runpy.run_module('desktop_app', run_name='__main__')", *args],
            capture_output=True, text=True, cwd=str(ROOT), timeout=300)
        results.append([done.returncode, done.stdout, done.stderr])
    return results
