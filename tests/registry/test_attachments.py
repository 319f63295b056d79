"""Attachments are copied into attachments/<id>/ inside the data folder: read once and hashed while copied,
written under a temporary name and renamed, never through a planted symbolic link, never left half-copied
on a full disk; odd file names are stored or refused in one line, never crash."""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from desktop_app.domain.errors import InputError, StorageError
from desktop_app.registry import attachments
from tests.small_disk import DISKS, small_disk

from .helpers import outgoing_request


POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need admin rights and file names are "
                                "always Unicode on Windows")


@pytest.fixture
def record(registry):
    return registry.register("outgoing", outgoing_request())


def _attachment_rows(registry) -> int:
    return registry.db.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]


def test_the_copy_is_hashed_while_copied_and_the_source_is_read_once(registry, record, tmp_path, monkeypatch):
    source = tmp_path / "正文.pdf"
    source.write_bytes(os.urandom(3 * (1 << 20) + 17))
    opened: list[str] = []
    real_open = Path.open

    def counting_open(self, mode="r", *args, **kwargs):
        if self == source:
            opened.append(mode)
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting_open)
    result = registry.add_attachment(record["id"], source)
    assert opened == ["rb"]  # one read: no separate hashing pass
    stored = Path(result["path"])
    assert result["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest() == hashlib.sha256(
        stored.read_bytes()).hexdigest()
    assert stored.parent == registry.files / "attachments" / str(record["id"])
    assert [p.name for p in stored.parent.iterdir()] == [stored.name]  # no temporary file left


@POSIX_ONLY
def test_a_symlink_planted_for_the_record_folder_is_not_followed(registry, record, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (registry.files / "attachments").mkdir()
    (registry.files / "attachments" / str(record["id"])).symlink_to(outside)
    source = tmp_path / "附件.txt"
    source.write_text("防汛物资清单", encoding="utf-8")
    with pytest.raises(StorageError, match="符号链接"):
        registry.add_attachment(record["id"], source)
    assert list(outside.iterdir()) == [] and _attachment_rows(registry) == 0


@POSIX_ONLY
def test_a_symlinked_attachments_folder_is_not_followed(registry, record, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (registry.files / "attachments").symlink_to(outside)
    source = tmp_path / "附件.txt"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="符号链接"):
        registry.add_attachment(record["id"], source)
    assert list(outside.iterdir()) == []


@POSIX_ONLY
def test_a_symlink_planted_under_the_final_name_is_replaced_not_written_through(registry, record, tmp_path):
    source = tmp_path / "附件.txt"
    source.write_text("防汛物资清单", encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    folder = registry.files / "attachments" / str(record["id"])
    folder.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("不可改动", encoding="utf-8")
    (folder / attachments.stored_name(digest, source.name)).symlink_to(victim)
    stored = Path(registry.add_attachment(record["id"], source)["path"])
    assert not stored.is_symlink() and stored.read_text(encoding="utf-8") == "防汛物资清单"
    assert victim.read_text(encoding="utf-8") == "不可改动"


def test_a_name_of_242_bytes_is_kept_and_stored_under_a_name_the_disk_accepts(registry, record, tmp_path):
    name = "关于" + "防" * 78 + ".pdf"  # 244 bytes in UTF-8: with the hash prefix, over the 255-byte limit
    source = tmp_path / name
    source.write_bytes(b"%PDF-1.4")
    result = registry.add_attachment(record["id"], source)
    assert result["name"] == name and registry.get(record["id"])["attachments"][0]["name"] == name
    stored = Path(result["path"])
    assert stored.suffix == ".pdf" and len(stored.name.encode()) <= 255 and stored.read_bytes() == b"%PDF-1.4"


@POSIX_ONLY
def test_a_name_that_is_not_utf8_is_refused_in_one_line(registry, record, tmp_path):
    raw = os.fsencode(tmp_path) + b"/\xb8\xbd\xbc\xfe.pdf"  # GBK bytes, as a file from an old Windows share
    with open(raw, "wb") as handle:
        handle.write(b"x")
    with pytest.raises(InputError) as caught:
        registry.add_attachment(record["id"], os.fsdecode(raw))
    assert "UTF-8" in caught.value.one_line() and _attachment_rows(registry) == 0


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", DISKS)
def test_a_full_disk_leaves_no_partial_copy_in_attachments(registry, record, tmp_path, how):
    registry.backup()
    registry.close()
    folder = registry.files / "attachments"
    source = tmp_path / "扫描件.pdf"
    source.write_bytes(os.urandom(600 * 1024))
    with small_disk(how, folder, 256 * 1024, tmp_path / "home") as run:
        result = run(["--db", str(registry.path), "attach", str(record["id"]), str(source)])
        leftovers = [p.name for p in folder.rglob("*") if p.is_file()]
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert "附件没有保存" in result.stderr and leftovers == []
