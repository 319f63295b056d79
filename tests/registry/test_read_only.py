"""A database on read-only media (a CD, a write-protected USB stick, a read-only share) opens for
reading — show, search, export, slips, check — and every change is refused with one clear line."""
from __future__ import annotations

import json
import os
import stat

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry

from .disks import docroute_on_tmpfs, namespaces
from .helpers import incoming_request, signed

pytestmark = pytest.mark.sqlite_only  # read-only media; a server's read-only role: tests/server


@pytest.fixture
def filled(registry, db_path):
    registry.register("outgoing", signed(title="关于防汛物资储备的通知", assign_number=True))
    registry.register("incoming", incoming_request())
    registry.close()
    return db_path


@pytest.mark.skipif(not namespaces(), reason="needs a private mount namespace (unshare) for a read-only tmpfs")
def test_the_cli_reads_from_read_only_media_and_refuses_changes(filled, tmp_path):
    media = tmp_path / "media"
    db = media / "docroute.sqlite"
    request = tmp_path / "in.json"
    request.write_text(json.dumps(incoming_request(), ensure_ascii=False), encoding="utf-8")
    reads = [["show", "1"], ["search", "防汛"], ["export", "-o", str(tmp_path / "登记簿.xlsx")],
             ["slip", "1", "--format", "pdf", "-o", str(tmp_path / "单.pdf")], ["check"], ["backup", "-o", str(tmp_path / "copy.sqlite")]]
    writes = [["register", "incoming", str(request)], ["record-step", "2", "1", "--by", "dir", "--on", "2026-11-29"],
              ["void", "1", "--reason", "测试"], ["restore", str(tmp_path / "copy.sqlite")],
              ["attach", "1", str(request)], ["seal", "take-out", "county_government", "--escort", "张三",
                                               "--reason", "外事"]]
    results = docroute_on_tmpfs(media, 4096, f"cp {filled} {db}", [["--db", str(db), *a] for a in reads + writes],
                                tmp_path / "out.json", read_only=True)
    for args, (code, out, err) in zip(reads, results):
        assert code == 0 and out.strip() and err == "", (args, err)
    assert json.loads(results[4][1])["ok"] is True
    assert (tmp_path / "登记簿.xlsx").is_file() and (tmp_path / "单.pdf").is_file()
    for args, (code, out, err) in zip(writes, results[len(reads):]):
        assert code == 2 and out == "", (args, out)
        assert err.count("\n") == 1 and "只读" in err and "Traceback" not in err, (args, err)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_write_protected_file_opens_for_reading(filled):
    folder = filled.parent
    for path in (filled, folder):
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        with Registry.open(filled) as registry:
            assert registry.read_only and len(registry.search_ids("防汛")) == 2
            with pytest.raises(StorageError, match="只读"):
                registry.register("incoming", incoming_request())
    finally:
        folder.chmod(folder.stat().st_mode | stat.S_IWUSR)
        filled.chmod(filled.stat().st_mode | stat.S_IWUSR)
